import { rule } from '../../../../server/src/core/rules/structure/missing-title';
import { doc, ruleTester } from '../../../helpers/ruleTester';
import { seed } from '../../../helpers/seeds';

const rest = ['', '《宝清县“一老一小”整体解决方案》已经县政府常务会议审议通过，现印发给你们。', '', '宝清县人民政府办公室', '', '2024年9月29日', '宝清县“一老一小”整体解决方案', '', '一、指导思想'];

ruleTester(rule, {
  valid: [
    ...['000', '001', '002', '003'].map((p) => ({ name: `seed ${p}`, text: seed(p) })),
    { name: 'a title without 关于 (宝清县人民政府办公室印发…的通知) is still a title', text: doc('宝政办规〔2024〕6号', '', '宝清县人民政府办公室印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：', ...rest) },
    { name: 'an extracted plan with its own title and no notice', text: doc('万源市促进养老托育服务健康发展实施方案', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。') },
  ],
  invalid: [
    {
      name: 'seed 004 starts at the 主送机关: only a note',
      text: seed('004'),
      errors: [{ message: '未找到公文标题：主送机关之前应有标题', line: 3, column: 1, severity: 'information' }],
    },
    {
      name: 'a 发文字号 and then straight to the 主送机关: an error',
      text: doc('宝政办规〔2024〕6号', '', '各乡（镇）人民政府：', ...rest),
      errors: [{ message: '缺少公文标题：发文字号之后、主送机关之前应有标题', line: 3, severity: 'error' }],
    },
    {
      name: 'headings with no title at all above them: a note',
      text: doc('一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。', '', '二、重点任务'),
      errors: [{ message: '未找到标题：正文之前应有标题', line: 1, severity: 'information' }],
    },
  ],
});
