// Small documents written from the seeds' shapes, shared by the numbering tests.
import { doc } from '../../../helpers/ruleTester';

export const TITLE = '宝清县“一老一小”整体解决方案';

/** A plan whose 第二层 restarts under each 一、 and 第三层 restarts under each （一） (seed 000). */
export const restarting = doc(
  TITLE,
  '',
  '一、重点任务',
  '',
  '（一）健全服务体系',
  '',
  '1.统筹规划服务设施建设。严格执行建设标准。〔县住房和城乡建设局、县民政局〕',
  '',
  '2.优化城乡养老服务布局。加快拓展居家和社区养老服务供给。〔县民政局、县卫生健康局〕',
  '',
  '（二）创新供给体系',
  '1.提高公办养老托育机构服务能力。坚持公益属性。〔县民政局〕',
  '',
  '2.增强社区居家养老托育服务能力。推进落实“四同步”要求。〔县住房和城乡建设局〕',
  '',
  '二、保障措施',
  '',
  '（一）建立工作机制，落实部门责任。加强组织领导。〔县发改局〕',
  '',
  '（二）强化政策支持，促进多元发展。积极争取资金。〔县财政局〕',
);

/** A plan whose tasks run 1–6 across （一）–（三） (seed 001's scheme). */
export const continuous = doc(
  '崇信县“十四五”促进养老托育服务健康发展实施方案',
  '',
  '一、重点任务',
  '',
  '（一）健全老有所养、幼有所育的政策体系。',
  '',
  '1. 加强科学规划布局。根据人口分布科学谋划。（县发改局、民政局按职责分工负责）',
  '',
  '2. 整合利用土地资源。合理安排养老托育用地需求。（县自然资源局按职责分工负责）',
  '',
  '（二）扩大多方参与、多种方式的服务供给。',
  '',
  '3. 增强家庭照护能力。鼓励养老托育机构与基层力量加强合作。（县民政局按职责分工负责）',
  '',
  '4. 完善居家社区服务功能。发展智慧养老服务新业态。（县民政局按职责分工负责）',
  '',
  '（三）创建创新融合、包容开放的发展环境。',
  '',
  '5. 促进康养融合发展。培育特色品牌。（县发改局按职责分工负责）',
  '',
  '6. 推进医养结合发展。整合养老服务资源。（县卫健局按职责分工负责）',
);

/** A 分工表 whose 序号 restarts under each section row (seed 000's 附件2). */
export function table(...seqs: (number | string)[][]): string {
  const out = [TITLE, '', '重点任务分工表', '\t序号', '\t重点任务', '\t责任单位', ''];
  let k = 0;
  seqs.forEach((section, si) => {
    out.push(`\t${['一', '二', '三'][si]}、健全服务体系`, '');
    for (const s of section) out.push(`\t${s}`, `\t任务${++k}`, '\t县民政局', '');
  });
  return doc(...out);
}
