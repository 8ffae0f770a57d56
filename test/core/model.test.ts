// The document model on the five real documents: structure a drafter can check by eye.
import * as assert from 'assert';
import { parse } from '../../server/src/core/parse/parse';
import type { DocumentModel, Table } from '../../server/src/core/model/types';
import { seed } from '../helpers/seeds';
import { forwardedPlan, plan } from '../helpers/plan';

const dataRows = (t: Table) => t.rows.filter((r) => r.kind === 'row');
const lineOf = (text: string, n: number) => text.split('\n')[n];

function textAt(model: DocumentModel, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = model.text.split('\n');
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return lines[r.start.line].slice(r.start.character) + '⏎' + lines[r.end.line].slice(0, r.end.character);
}

describe('document model', () => {
  // found by npm run fuzz (seed 677760478): with 十一、 the line was body text, renumbered to 一、 it became the 发文字号
  it('a first line that starts with a heading marker is not a 发文字号, whatever its number', () => {
    for (const text of ['一、。宝政办规〔2024〕6号', '十一、。宝政办规〔2024〕6号']) {
      const m = parse(text);
      assert.strictEqual(m.head.docNumber, undefined, text);
      assert.strictEqual(m.paragraphs.length, 1, text);
      assert.strictEqual(m.paragraphs[0].text, text);
    }
  });
  it('a bracket holding only an organ ending (（站）（中心）) closes no task: it names a kind of facility', () => {
    const m = parse(['宝清县“一老一小”整体解决方案', '', '一、重点任务', '', '1.完善服务设施（站）', '', '2.建设综合服务中心（中心）', '', '3.新建社区养老服务站。〔县民政局、县财政局〕'].join('\n'));
    assert.deepStrictEqual(m.tasks.map((t) => [t.title, t.units.items.map((u) => u.name)]), [['新建社区养老服务站', ['县民政局', '县财政局']]]);
  });

  it('reads a 配合单位 column beside 牵头单位 as the table\'s second units column', () => {
    const m = parse(plan({ tasks: ['1.统筹规划服务设施建设。〔县民政局牵头，县财政局配合〕'], rows: [['统筹规划服务设施建设', '县民政局', '县财政局']], header: ['重点任务', '牵头单位', '配合单位'] }));
    assert.deepStrictEqual([m.tables[0].unitsColumn, m.tables[0].partnerColumn], [2, 3]);
    const lead = parse(plan({ tasks: ['1.统筹规划服务设施建设。〔县民政局牵头，县财政局负责〕'], rows: [['统筹规划服务设施建设', '县民政局', '县财政局']], header: ['重点任务', '牵头单位', '责任单位'] }));
    assert.deepStrictEqual([lead.tables[0].unitsColumn, lead.tables[0].partnerColumn], [2, 3], '牵头单位 | 责任单位');
    for (const p of ['000', '002', '003']) for (const t of parse(seed(p)).tables) assert.strictEqual(t.partnerColumn, -1, `seed ${p}`);
  });

  it('reads the task and units columns under their other usual headers', () => {
    const columns = (header: string[]) => {
      const t = parse(plan({ tasks: ['1.统筹规划服务设施建设。〔县民政局〕'], rows: [['统筹规划服务设施建设', '县民政局', '县财政局'].slice(0, header.length)], header })).tables[0];
      return [t.taskColumn, t.unitsColumn, t.partnerColumn];
    };
    assert.deepStrictEqual(columns(['重点任务', '牵头部门', '配合部门']), [1, 2, 3]);
    assert.deepStrictEqual(columns(['主要任务', '主责单位']), [1, 2, -1]);
    assert.deepStrictEqual(columns(['工作措施', '责任主体']), [1, 2, -1]);
    assert.deepStrictEqual(columns(['具体措施', '重点任务', '责任单位']), [2, 3, -1], 'a task column wins over a measures column');
  });

  it('ends a table at a paragraph one blank line after its last row; a cell wrapped over a blank line still joins', () => {
    const lines = ['宝清县“一老一小”整体解决方案', '', '一、发展目标', '', '主要指标表', '', '\t序号', '\t指标', '\t单位', '\t目标值', '', '\t1', '\t养老服务床位总量', '\t万张', '\t0.24', '', '到2025年，全县养老服务床位总量达到2400张。'];
    const m = parse(lines.join('\n'));
    const last = dataRows(m.tables[0])[0].cells[3];
    assert.strictEqual(last.text, '0.24');
    assert.deepStrictEqual([last.range.start.line, last.range.end.line], [14, 14]);
    assert.ok(m.paragraphs.some((p) => p.text === '到2025年，全县养老服务床位总量达到2400张。' && p.range.start.line === 16));
    // what a cell holds over a blank line (seed 003): words without a sentence mark, the next item of its numbered list
    const wrapped = parse(['政策清单', '', '\t序号', '\t政策名称', '\t重点工作举措和内容', '\t责任单位', '', '\t1', '\t土地政策', '\t1.设置专门的养老用地类别。', '', '2.养老用地出让起价按不高于同类地段工业用地评估价确定。', '\t市自然资源局', '', '市发改局', '', '（二）工作要求。加强组织领导。'].join('\n'));
    const row = dataRows(wrapped.tables[0])[0];
    assert.deepStrictEqual(row.cells.map((c) => c.text), ['1', '土地政策', '1.设置专门的养老用地类别。2.养老用地出让起价按不高于同类地段工业用地评估价确定。', '市自然资源局市发改局']);
    assert.ok(wrapped.paragraphs.some((p) => p.text === '（二）工作要求。加强组织领导。'), 'a heading not carrying on the cell\'s list ends the table');
  });

  it('reads a lone tab inside a row as an empty cell of that row: a 合计 row is one row, a section title with empty cells beside it one section', () => {
    const lines = ['投资表', '', '\t序号', '\t项目名称', '\t备注', '\t投资（万元）', '', '\t一、养老项目', '\t', '\t', '\t', '', '\t1', '\t县养老服务中心', '\t', '\t1000', '', '\t2', '\t县托育服务中心', '\t改建', '\t2300', '', '\t合计', '\t', '\t', '\t3300'];
    const m = parse(lines.join('\n'));
    const t = m.tables[0];
    assert.deepStrictEqual(t.rows.map((r) => [r.kind, r.seq, r.section, r.cells.map((c) => c.text)]), [
      ['header', undefined, -1, ['序号', '项目名称', '备注', '投资（万元）']],
      ['section', undefined, -1, ['一、养老项目', '', '', '']],
      ['row', 1, 1, ['1', '县养老服务中心', '', '1000']],
      ['row', 2, 1, ['2', '县托育服务中心', '改建', '2300']],
      ['row', undefined, 1, ['合计', '', '', '3300']],
    ]);
    const total = t.rows[4];
    assert.deepStrictEqual(total.cells.map((c) => [c.column, c.range.start.line, c.range.start.character]), [[0, 22, 1], [1, 23, 1], [2, 24, 1], [3, 25, 1]]);
    assert.strictEqual(textAt(m, total.cells[3].range), '3300');
  });

  it('reads a part\'s ordinal in the 序号 column with its title in the next cell (一 / 养老项目（2个）) as one section, not a row', () => {
    const lines = ['重点项目表（共3个项目）', '\t序号', '\t项目名称', '\t责任单位', '', '\t一', '\t养老项目（2个）', '', '\t1', '\t县社会福利中心', '\t县民政局', '', '\t2', '\t城关敬老院改造', '\t县民政局', '', '\t（二）', '\t托育项目（1个）', '', '\t3', '\t县托育中心', '\t县卫健局'];
    const t = parse(lines.join('\n')).tables[0];
    assert.deepStrictEqual(t.rows.map((r) => [r.kind, r.seq, r.section, r.cells.map((c) => c.text)]), [
      ['header', undefined, -1, ['序号', '项目名称', '责任单位']],
      ['section', undefined, -1, ['一', '养老项目（2个）']],
      ['row', 1, 1, ['1', '县社会福利中心', '县民政局']],
      ['row', 2, 1, ['2', '城关敬老院改造', '县民政局']],
      ['section', undefined, -1, ['（二）', '托育项目（1个）']],
      ['row', 3, 4, ['3', '县托育中心', '县卫健局']],
    ]);
  });

  it('reads a table written a row per line with its cells between tabs (Word\'s 纯文本), each cell at its text on its line', () => {
    const lines = ['分工表', '', '序号\t重点任务\t责任单位', '1\t统筹规划服务设施建设\t县民政局、县财政局', '2\t 优化城乡养老服务布局 \t县卫健局', '合计\t\t2项', '', '以上任务按期完成。'];
    const m = parse(lines.join('\n'));
    assert.strictEqual(m.tables.length, 1);
    const t = m.tables[0];
    assert.strictEqual(t.title?.text, '分工表');
    assert.deepStrictEqual([t.columns, t.seqColumn, t.taskColumn, t.unitsColumn], [3, 0, 1, 2]);
    assert.deepStrictEqual(t.rows.map((r) => [r.kind, r.seq, r.cells.map((c) => c.text)]), [
      ['header', undefined, ['序号', '重点任务', '责任单位']],
      ['row', 1, ['1', '统筹规划服务设施建设', '县民政局、县财政局']],
      ['row', 2, ['2', '优化城乡养老服务布局', '县卫健局']],
      ['row', undefined, ['合计', '', '2项']],
    ]);
    for (const r of t.rows) for (const c of r.cells) assert.strictEqual(textAt(m, c.range), c.text);
    assert.deepStrictEqual(t.rows[2].cells.map((c) => [c.range.start.line, c.range.start.character, c.range.end.character]), [[4, 0, 1], [4, 3, 13], [4, 15, 19]]);
    assert.ok(m.paragraphs.every((p) => !p.text.includes('\t')), 'no row is a paragraph');
    assert.strictEqual(m.paragraphs[m.paragraphs.length - 1].text, '以上任务按期完成。');
    // a row of merged cells is written as its one text: a section row when a numbered row follows
    const sections = parse(['分工表', '', '序号\t重点任务\t责任单位', '一、健全服务体系', '1\t统筹规划服务设施建设\t县民政局', '二、创新供给体系', '', '1\t提高公办养老托育机构服务能力\t县民政局', '', '三、保障措施', '', '（一）加强组织领导。'].join('\n'));
    assert.deepStrictEqual(sections.tables[0].rows.map((r) => [r.kind, r.seq, r.section, r.cells[0].text]), [
      ['header', undefined, -1, '序号'],
      ['section', undefined, -1, '一、健全服务体系'],
      ['row', 1, 1, '1'],
      ['section', undefined, -1, '二、创新供给体系'],
      ['row', 1, 3, '1'],
    ]);
    assert.deepStrictEqual(sections.headings.map((h) => h.marker), ['三、', '（一）'], 'the heading after the table is the document\'s');
    // lines with tabs that are not a table: no header naming a column, or no second line with as many cells
    for (const prose of [['组长：蔡纯意\t县委副书记、县长', '副组长：肖海亮\t县委常委、常务副县长'], ['序号\t重点任务\t责任单位', '统筹规划服务设施建设。'], ['1\t统筹规划\t县民政局', '2\t优化布局\t县卫健局']]) {
      assert.strictEqual(parse(prose.join('\n')).tables.length, 0, prose[0]);
    }
  });

  it('joins a decimal number hard-wrapped after its point (每千人口4. / 5个托位数)', () => {
    const m = parse(['宝清县“一老一小”整体解决方案', '', '一、发展目标', '', '到2025年，全县建立1449个托位，实现每千人口4.', '5个托位数，托育机构保育人员总数达到236人。'].join('\n'));
    assert.deepStrictEqual(m.paragraphs.filter((p) => p.region === 'body' && !p.heading).map((p) => p.text), ['到2025年，全县建立1449个托位，实现每千人口4.5个托位数，托育机构保育人员总数达到236人。']);
  });

  it('reads a 通知 whose title is broken after the issuing organ, and whose 附件说明 stands before the 署名', () => {
    const m = parse(forwardedPlan({ tasks: ['（一）统筹规划服务设施建设。严格执行建设标准。〔县民政局〕'], rows: [['统筹规划服务设施建设', '县民政局']] }));
    assert.strictEqual(m.notice?.signature?.text, '宝清县人民政府办公室', 'the numbered 附件说明 lines do not end the 通知');
    assert.strictEqual(m.notice?.date?.text, '2024年5月20日');
    const withHead = parse(['宝清县人民政府办公室文件', '', '宝政办发〔2024〕12号', '', '宝清县人民政府办公室', '关于印发宝清县“一老一小”整体解决方案的通知', '', '各乡镇人民政府：', '　　现将方案印发给你们，请认真组织实施。', '', '宝清县人民政府办公室', '2024年5月20日'].join('\n'));
    assert.strictEqual(withHead.notice?.title?.text, '宝清县人民政府办公室关于印发宝清县“一老一小”整体解决方案的通知');
    assert.strictEqual(withHead.notice?.date?.text, '2024年5月20日');
  });

  it('finds the 署名 and 成文日期 of a 通知 that is itself the text, after its sections and its 附件说明', () => {
    const m = parse([
      '宝清县人民政府办公室关于开展养老服务质量提升行动的通知', '', '各乡镇人民政府，县政府各有关部门：',
      '　　经县政府同意，决定开展养老服务质量提升行动。现将有关事项通知如下：', '　　一、工作目标', '　　到2024年底，全县养老机构服务质量基本规范全部达标。',
      '　　二、有关要求', '　　各乡镇要高度重视，确保行动取得实效。', '', '　　附件：养老机构服务质量检查表', '',
      '宝清县人民政府办公室', '2024年5月20日', '（此件公开发布）', '', '附件', '', '养老机构服务质量检查表',
    ].join('\n'));
    assert.strictEqual(m.notice?.signature?.text, '宝清县人民政府办公室');
    assert.strictEqual(m.notice?.date?.text, '2024年5月20日');
    assert.deepStrictEqual(m.headings.map((h) => h.title), ['工作目标', '有关要求'], 'the sections stay the body');
    assert.ok(!m.paragraphs.some((p) => p.text === '2024年5月20日'), 'the date is no paragraph of the body');
  });

  it('reads a 发文字号 below the title, a bare 附件 label announced by a 附件说明 inside the 通知, and no title in a citing sentence', () => {
    const below = parse(['××县人民政府办公室', '关于印发《××方案》的通知', '', '×政办发〔2024〕3号', '', '各乡镇人民政府，县政府各部门：', '　　现将《××方案》印发给你们，请认真贯彻执行。', '', '××县人民政府办公室', '2024年3月1日'].join('\n'));
    assert.strictEqual(below.head.docNumber?.text, '×政办发〔2024〕3号');
    assert.strictEqual(below.notice?.addressee?.text, '各乡镇人民政府，县政府各部门：');
    const bare = parse(['关于印发《××办法》的通知', '', '各乡镇人民政府：', '　　现将《××办法》印发给你们，请认真贯彻执行。', '', '　　附件：××办法', '', '××县人民政府', '2024年3月1日', '', '附件', '', '××办法', '', '第一条　为规范管理，制定本办法。'].join('\n'));
    assert.deepStrictEqual(bare.attachments.map((a) => [a.number, a.title?.text]), [[1, '××办法']]);
    const citing = parse(['根据《国务院办公厅关于促进养老托育服务健康发展的意见》（国办发〔2020〕52号）要求，结合实际，制定本方案。', '', '一、总体要求', '', '坚持以人民为中心。'].join('\n'));
    assert.strictEqual(citing.notice, undefined);
  });

  it('reads a 发文字号 written without its 号 as the notice\'s, above the title or under it', () => {
    const above = parse(['宝政办规〔2024〕6', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：', '　　现印发给你们。'].join('\n'));
    assert.deepStrictEqual([above.head.docNumber?.text, above.head.docNumber?.serial, above.head.docNumber?.missingHao], ['宝政办规〔2024〕6', 6, true]);
    assert.strictEqual(above.notice?.title?.text, '关于印发《宝清县“一老一小”整体解决方案》的通知');
    const under = parse(['关于印发《宝清县“一老一小”整体解决方案》的通知', '', '宝政办规〔2024〕6', '', '各乡（镇）人民政府：', '　　现印发给你们。'].join('\n'));
    assert.deepStrictEqual([under.head.docNumber?.text, under.head.docNumber?.missingHao, under.notice?.addressee?.text], ['宝政办规〔2024〕6', true, '各乡（镇）人民政府：']);
    // with its 号 nothing is said to be missing
    assert.strictEqual(parse(['宝政办规〔2024〕6号', '', '关于印发《宝清县“一老一小”整体解决方案》的通知'].join('\n')).head.docNumber?.missingHao, undefined);
  });

  it('reads the 主送 after a different 发文字号 below the title (the forwarded document\'s), keeping the first as the notice\'s', () => {
    const lines = ['×政办发〔2022〕5号', '', '×县人民政府办公室关于转发县民政局《×县养老服务实施方案》的通知', '', '×民发〔2022〕12号', '', '各乡镇人民政府，县政府各部门：', '　　县民政局《×县养老服务实施方案》已经县政府同意，现转发给你们，请认真贯彻执行。', '', '×县人民政府办公室', '2022年3月1日'];
    const m = parse(lines.join('\n'));
    assert.strictEqual(m.head.docNumber?.text, '×政办发〔2022〕5号');
    assert.strictEqual(m.notice?.addressee?.text, '各乡镇人民政府，县政府各部门：');
    // the forwarded document's number stays text of the 通知, where a cited number is read
    assert.deepStrictEqual(m.paragraphs.filter((p) => p.region === 'notice').map((p) => p.text).slice(0, 1), ['×民发〔2022〕12号']);
    assert.strictEqual(m.notice?.date?.text, '2022年3月1日');
  });

  it('reads the addressee past a 发文字号 in brackets or cut short, and a 题注 date under the title as no plan title', () => {
    const bracketed = parse(['某市人民政府办公室关于印发某市整治方案的通知', '（某政办发〔2009〕19号）', '各县人民政府，市直有关部门：', '　　现将《某市整治方案》印发给你们。', '某市人民政府办公室', '2009年3月1日'].join('\n'));
    assert.strictEqual(bracketed.notice?.addressee?.text, '各县人民政府，市直有关部门：');
    const cut = parse(['关于印发某区实施方案的通知', '', '某政发〔2019〕1', '', '各乡镇人民政府，区政府各部门：', '', '　　现印发给你们。', '', '某区人民政府', '', '2019年3月9日'].join('\n'));
    assert.strictEqual(cut.notice?.addressee?.text, '各乡镇人民政府，区政府各部门：');
    const noted = parse(['中共某县县委某县人民政府关于推进乡村振兴战略的实施意见', '（2018年5月23日）', '现就我县推进乡村振兴战略提出如下实施意见。', '一、总体要求', '坚持农业农村优先发展。'].join('\n'));
    assert.strictEqual(noted.notice?.titleNote?.text, '（2018年5月23日）');
    assert.strictEqual(noted.planTitle, undefined);
    assert.deepStrictEqual(noted.paragraphs.map((p) => p.text.slice(0, 4)), ['现就我县', '一、总体', '坚持农业']);
  });

  it('joins an attachment name wrapped onto the next line of the 附件说明 to its item, before the next item or the 署名', () => {
    const note = (...lines: string[]) => parse(['关于公布挂牌督办整改单位的通知', '各乡镇人民政府：', '　　现予以公布。', ...lines, '某县人民政府办公室', '2014年5月15日'].join('\n'));
    const m = note('附件：1.县级工贸企业重大事故隐患挂牌督办整改', '　　　单位名单', '　　　2.县级道路交通事故多发点段挂牌督办整改', '　　　单位名单');
    assert.deepStrictEqual(m.attachmentNote?.items.map((i) => [i.number, i.title, i.titleRange.start.line, i.titleRange.end]), [
      [1, '县级工贸企业重大事故隐患挂牌督办整改单位名单', 3, { line: 4, character: 7 }],
      [2, '县级道路交通事故多发点段挂牌督办整改单位名单', 5, { line: 6, character: 7 }],
    ]);
    assert.strictEqual(m.notice?.signature?.text, '某县人民政府办公室');
    // a web copy loses the indentation: the wrapped line is still the item's when the next item follows it
    const flat = note('附件：1.县级工贸企业重大事故隐患挂牌督办整改', '单位名单', '2.县级道路交通事故多发点段挂牌督办整改单位名单');
    assert.deepStrictEqual(flat.attachmentNote?.items.map((i) => i.title), ['县级工贸企业重大事故隐患挂牌督办整改单位名单', '县级道路交通事故多发点段挂牌督办整改单位名单']);
    // one attachment, no number: its name wraps under itself, before the 署名
    const one = note('附件：县级工贸企业重大事故隐患挂牌督办整改', '　　　单位名单');
    assert.deepStrictEqual(one.attachmentNote?.items.map((i) => [i.number, i.title]), [[undefined, '县级工贸企业重大事故隐患挂牌督办整改单位名单']]);
    assert.strictEqual(one.notice?.signature?.text, '某县人民政府办公室');
    // a 署名 that does not end like an organ's (…领导小组), out to the right, is no wrap
    const signed = parse(['关于印发某县营商环境工作方案的通知', '各乡镇人民政府：', '　　现将《某县营商环境工作方案》印发给你们。', '', '　　附件：某县营商环境工作方案', '', '　　　　　　　　　　　　某县优化营商环境工作领导小组', '　　　　　　　　　　　　　　2019年7月16日'].join('\n'));
    assert.deepStrictEqual(signed.attachmentNote?.items.map((i) => i.title), ['某县营商环境工作方案']);
    // a line no deeper than the label is no wrap: the note ends before it
    const level = note('附件：县级工贸企业重大事故隐患挂牌督办整改单位名单', '单位名单');
    assert.deepStrictEqual(level.attachmentNote?.items.map((i) => i.title), ['县级工贸企业重大事故隐患挂牌督办整改单位名单']);
  });

  it('reads a 署名 ending …领导小组 or …工作组 right above the 成文日期 as the 发文机关署名, and no such line without a date under it', () => {
    const signed = (...sig: string[]) => parse(['关于印发某县营商环境工作方案的通知', '各乡镇人民政府：', '　　现将《某县营商环境工作方案》印发给你们。', '', ...sig].join('\n'));
    const m = signed('　　　　　　　　　　　　某县优化营商环境工作领导小组', '　　　　　　　　　　　　　　2019年7月16日');
    assert.strictEqual(m.notice?.signature?.text, '某县优化营商环境工作领导小组');
    assert.strictEqual(m.notice?.date?.text, '2019年7月16日');
    assert.ok(!m.paragraphs.some((p) => p.text.includes('领导小组')), 'the 署名 is no body paragraph');
    assert.strictEqual(signed('某县安全生产专项整治工作组', '2019年7月16日').notice?.signature?.text, '某县安全生产专项整治工作组');
    // with the 附件说明 before it, the note keeps its one item and the 署名 is still read
    const noted = signed('　　附件：某县营商环境工作方案', '', '　　　　　　　　　　　　某县优化营商环境工作领导小组', '　　　　　　　　　　　　　　2019年7月16日');
    assert.deepStrictEqual(noted.attachmentNote?.items.map((i) => i.title), ['某县营商环境工作方案']);
    assert.strictEqual(noted.notice?.signature?.text, '某县优化营商环境工作领导小组');
    // an attachment's name wrapped under itself right before such a 署名 is joined to its item
    const wrapped = signed('　　附件：某县优化营商环境重点任务', '　　　　　分工表', '　　　　　　　　　　　　某县优化营商环境工作领导小组', '　　　　　　　　　　　　　　2019年7月16日');
    assert.deepStrictEqual(wrapped.attachmentNote?.items.map((i) => i.title), ['某县优化营商环境重点任务分工表']);
    assert.strictEqual(wrapped.notice?.signature?.text, '某县优化营商环境工作领导小组');
    // no date under it: a line ending 领导小组 is not taken for a 署名 (成立领导小组 in a body)
    assert.strictEqual(signed('某县优化营商环境工作领导小组').notice?.signature, undefined);
  });

  it('reads 一． and 一. at a paragraph start before a title as first-level headings, with the separator written', () => {
    const m = parse(['宝清县“一老一小”整体解决方案', '', '一．指导思想', '', '（一）加强组织领导。', '', '二. 重点任务', '', '（一）健全服务体系。'].join('\n'));
    assert.deepStrictEqual(
      m.headings.map((h) => [h.level, h.ordinal, h.marker, h.style.separator, h.style.spaceAfter, h.title, h.parent]),
      [[1, 1, '一．', '．', '', '指导思想', -1], [2, 1, '（一）', undefined, '', '加强组织领导', 0], [1, 2, '二.', '.', ' ', '重点任务', -1], [2, 1, '（一）', undefined, '', '健全服务体系', 2]],
    );
    assert.deepStrictEqual(textAt(m, m.headings[2].markerRange), '二.');
    assert.deepStrictEqual(textAt(m, m.headings[2].titleRange), '重点任务');
  });

  it('reads 二。 (a full stop typed for 、) in the sequence of 一、 三、 as a first-level heading, never in prose', () => {
    const m = parse(['宝清县“一老一小”整体解决方案', '', '一、总体要求', '坚持以人民为中心的发展思想。', '二。重点任务。加快建设养老服务体系。', '（一）健全服务体系。', '三、保障措施'].join('\n'));
    assert.deepStrictEqual(m.headings.map((h) => [h.level, h.ordinal, h.marker, h.style.separator, h.title]), [
      [1, 1, '一、', '、', '总体要求'], [1, 2, '二。', '。', '重点任务'], [2, 1, '（一）', undefined, '健全服务体系'], [1, 3, '三、', '、', '保障措施'],
    ]);
    // a hard wrap inside 统一 puts 一。 at a line's start: the sentence goes on, no heading
    const wrapped = parse(['宝清县“一老一小”整体解决方案', '', '一、总体要求', '坚持以人民为中心，全县养老服务标准统', '一。各乡镇要按照标准执行。', '二、重点任务'].join('\n'));
    assert.deepStrictEqual(wrapped.headings.map((h) => h.marker), ['一、', '二、']);
    assert.ok(wrapped.paragraphs.some((p) => p.text === '坚持以人民为中心，全县养老服务标准统一。各乡镇要按照标准执行。'));
    // out of the sequence (五。 after 一、): not read as a heading
    const out = parse(['宝清县“一老一小”整体解决方案', '', '一、总体要求', '坚持以人民为中心。', '五。各乡镇要按照标准执行。', '二、重点任务'].join('\n'));
    assert.deepStrictEqual(out.headings.map((h) => h.marker), ['一、', '二、']);
    // a long sentence after 二。 is prose, not a heading's title
    const long = parse(['宝清县“一老一小”整体解决方案', '', '一、总体要求', '坚持以人民为中心。', '二。各乡镇人民政府和县直各有关部门要按照本方案确定的目标任务抓紧制定具体实施办法并认真组织实施', '三、重点任务'].join('\n'));
    assert.deepStrictEqual(long.headings.map((h) => h.marker), ['一、', '三、']);
  });

  it('reads no heading in 一. or 一． that no title follows (一.5个百分点, a lone 一．, 一．，)', () => {
    for (const line of ['一.5个百分点。', '一．５个百分点。', '一．', '一．，二．', '一.。']) {
      const m = parse(['宝清县“一老一小”整体解决方案', '', '一、发展目标', '', line].join('\n'));
      assert.deepStrictEqual(m.headings.map((h) => h.marker), ['一、'], line);
    }
  });

  it('ends the 抄送 before the 印发机关 on a line of its own, as text taken from a PDF has the 版记', () => {
    const banji = (...lines: string[]) => parse(['宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', '', ...lines].join('\n')).banji!;
    const b = banji('抄送：县委办，县人大办。', '宝清县人民政府办公室', '2024年5月6日印发');
    assert.strictEqual(b.copyTo?.text, '抄送：县委办，县人大办。');
    assert.deepStrictEqual(b.copyTo?.segments, [{ line: 6, start: 0, end: 12 }]);
    assert.strictEqual(b.printer?.text, '宝清县人民政府办公室');
    assert.deepStrictEqual(b.printer?.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 10 } });
    assert.strictEqual(b.printDate?.text, '2024年5月6日');
    // the 抄送 line without its 。 is read as one paragraph with the organ's line: the 印发机关 is still that line
    const joined = banji('抄送：县委办，县人大办，', '宝清县人民政府办公室', '2024年5月6日印发');
    assert.deepStrictEqual([joined.copyTo?.text, joined.printer?.text], ['抄送：县委办，县人大办，', '宝清县人民政府办公室']);
    assert.deepStrictEqual(joined.printer?.range.start, { line: 7, character: 0 });
    // a 抄送 list wrapped over two lines keeps both; an organ closing the 版记 after the list's 。 is the 印发机关
    const wrapped = banji('抄送：县委办，县人大办，县', '法院，县检察院。', '宝清县人民政府办公室', '2024年5月6日印发');
    assert.deepStrictEqual([wrapped.copyTo?.text, wrapped.printer?.text], ['抄送：县委办，县人大办，县法院，县检察院。', '宝清县人民政府办公室']);
    const noDate = banji('抄送：县委办，县人大办。', '宝清县人民政府办公室');
    assert.deepStrictEqual([noDate.copyTo?.text, noDate.printer?.text], ['抄送：县委办，县人大办。', '宝清县人民政府办公室']);
    // an organ on the line after 抄送：…， with more of the list after it is one of the list
    const listed = banji('抄送：县委办，', '县人大常委会', '县政协办公室。', '宝清县人民政府办公室       2024年5月6日印发');
    assert.deepStrictEqual([listed.copyTo?.text, listed.printer?.text], ['抄送：县委办，县人大常委会县政协办公室。', '宝清县人民政府办公室']);
  });

  describe('seed 000 (宝清县: 通知 forwarding a plan, 22 tasks, 22-row 分工表)', () => {
    const text = seed('000');
    const m = parse(text);
    it('reads the 版头, the wrapped title, the addressee, signature and date', () => {
      assert.strictEqual(m.head.docNumber?.text, '宝政办规〔2024〕6号');
      assert.strictEqual(m.head.docNumber?.prefix, '宝政办规');
      assert.strictEqual(m.head.docNumber?.year, 2024);
      assert.strictEqual(m.head.docNumber?.serial, 6);
      assert.strictEqual(m.head.issuer?.text, '宝清县人民政府办公室');
      assert.strictEqual(m.notice?.title?.text, '关于印发《宝清县“一老一小”整体解决方案》的通知');
      assert.deepStrictEqual(m.notice?.title?.segments.map((s) => s.line), [4, 6]);
      assert.ok(m.notice?.addressee?.text.endsWith('省直有关单位：'));
      assert.strictEqual(m.notice?.signature?.text, '宝清县人民政府办公室');
      assert.strictEqual(m.notice?.signature?.range.start.line, 14);
      assert.deepStrictEqual([m.notice?.date?.year, m.notice?.date?.month, m.notice?.date?.day], [2024, 9, 29]);
      assert.strictEqual(m.planTitle?.text, '宝清县“一老一小”整体解决方案');
      assert.strictEqual(m.jurisdiction, '宝清县');
      assert.strictEqual(m.startsMidway, false);
    });
    it('has 22 body tasks, each with its unit list', () => {
      assert.strictEqual(m.tasks.length, 22);
      assert.strictEqual(m.tasks[0].title, '统筹规划服务设施建设');
      assert.strictEqual(m.tasks[0].units.items.length, 13);
      assert.strictEqual(m.tasks[0].units.items[0].name, '县住房和城乡建设局');
      assert.strictEqual(textAt(m, m.tasks[0].units.items[0].range), '县住房和城乡建设局');
      assert.strictEqual(m.tasks[21].title, '强化数据支撑，聚力指标建设');
      assert.deepStrictEqual(m.tasks[21].units.items.map((u) => u.name), ['县统计局', '县民政局', '县卫生健康局', '县教育和体育局', '县发改局']);
      for (const t of m.tasks) {
        assert.ok(t.units.items.length > 0, t.title);
        assert.strictEqual(t.units.open, '〔');
        assert.ok(t.units.items.every((u) => u.name.length >= 2), t.title);
      }
    });
    it('builds the heading tree with the four levels', () => {
      const body = m.headings.filter((h) => h.region === 'body');
      assert.deepStrictEqual(body.filter((h) => h.level === 1).map((h) => h.marker + h.title), ['一、指导思想', '二、发展目标', '三、重点任务', '四、保障措施']);
      const tasks = body[2];
      assert.deepStrictEqual(tasks.children.map((c) => m.headings[c].marker), ['（一）', '（二）', '（三）', '（四）']);
      const first = m.headings[tasks.children[0]];
      assert.deepStrictEqual(first.children.map((c) => m.headings[c].ordinal), [1, 2, 3, 4, 5, 6]);
      const h = m.headings[first.children[0]];
      assert.strictEqual(h.level, 3);
      assert.strictEqual(h.marker, '1.');
      assert.strictEqual(textAt(m, h.markerRange), '1.');
      assert.strictEqual(h.line, 37);
    });
    it('has the 附件说明 with 2 items, both attachments present, and a 22-row table', () => {
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => [i.number, i.title]), [
        [1, '宝清县“一老一小”工作专班'],
        [2, '宝清县“一老一小”工作重点任务分工表'],
      ]);
      assert.deepStrictEqual(m.attachments.map((a) => [a.label, a.title?.text]), [
        ['附件1', '宝清县“一老一小”工作专班'],
        ['附件2', '宝清县“一老一小”工作重点任务分工表'],
      ]);
      assert.strictEqual(m.attachments[1].labelRange.start.character, 1, 'the tab before 附件2 is layout');
      assert.strictEqual(m.tables.length, 1);
      const t = m.tables[0];
      assert.strictEqual(t.attachment, 2);
      assert.strictEqual(t.columns, 3);
      assert.deepStrictEqual(t.header.cells.map((c) => c.text), ['序号', '重点任务', '责任单位']);
      assert.strictEqual(dataRows(t).length, 22);
      assert.deepStrictEqual(t.rows.filter((r) => r.kind === 'section').map((r) => r.cells[0].text), ['一、健全服务体系', '二、创新供给体系', '三、拓展供给范围', '四、规范监管体系', '五、保障措施']);
      assert.deepStrictEqual([t.seqColumn, t.taskColumn, t.unitsColumn], [0, 1, 2]);
      assert.strictEqual(dataRows(t)[0].cells[1].text, '统筹规划服务设施建设');
    });
    it('reads the 版记', () => {
      assert.ok(m.banji?.copyTo?.text.startsWith('抄送：县委办，县纪委办。'));
      assert.ok(m.banji?.copyTo?.text.endsWith('县人大办，县政协办。'));
      assert.strictEqual(m.banji?.printer?.text, '宝清县人民政府办公室');
      assert.strictEqual(m.banji?.printDate?.text, '2024年9月29日');
    });
  });

  describe('seed 001 (崇信县: 16 tasks numbered across （一）–（四）)', () => {
    const text = seed('001');
    const m = parse(text);
    it('reads the 版头 with 文件 and the one-line title', () => {
      assert.strictEqual(m.head.issuer?.text, '崇信县人民政府办公室文件');
      assert.strictEqual(m.head.docNumber?.text, '崇政办发〔2021〕109号');
      assert.ok(m.notice?.title?.text.endsWith('实施方案》的通知'));
      assert.strictEqual(m.notice?.date?.text, '2021年11月8日');
    });
    it('has 16 tasks across （一）–（四）, each with its units and roles', () => {
      assert.strictEqual(m.tasks.length, 16);
      assert.deepStrictEqual(m.tasks.map((t) => m.headings[t.heading].ordinal), Array.from({ length: 16 }, (_, i) => i + 1));
      const parents = new Set(m.tasks.map((t) => m.headings[m.headings[t.heading].parent].marker));
      assert.deepStrictEqual([...parents], ['（一）', '（二）', '(三)', '（四）']);
      const first = m.tasks[0].units.items;
      assert.strictEqual(first[0].name, '县发改局');
      assert.strictEqual(first[0].role, '按职责分工负责');
      assert.strictEqual(first[first.length - 1].name, '城市社区管委会');
      assert.strictEqual(first[first.length - 1].role, '具体落实');
    });
    it('joins a task hard-wrapped over several lines (lines 56–58)', () => {
      const t = m.tasks[8];
      assert.strictEqual(t.title, '提升养老机构服务水平');
      assert.strictEqual(t.units.range.start.line, 55);
      assert.strictEqual(t.units.range.end.line, 57);
      assert.strictEqual(t.units.open, '（');
      assert.strictEqual(t.units.close, ')', 'the mismatched half-width close is kept as written');
      assert.deepStrictEqual(t.units.items.map((u) => u.name).slice(0, 4), ['县民政局', '卫健局', '财政局', '发改局']);
      const wrapped = m.tasks[2];
      assert.strictEqual(wrapped.units.range.start.line, 35, 'task 3 wraps over a blank line into line 35');
    });
    it('keeps a task whose units close a later paragraph of the same item (task 8)', () => {
      const t = m.tasks[7];
      assert.strictEqual(t.title, '完善居家社区服务功能');
      assert.strictEqual(t.range.start.line, 51);
      assert.strictEqual(t.units.range.end.line, 53);
    });
    it('reads the half-width (三) as a level-2 heading with its style', () => {
      const h = m.headings.find((x) => x.marker === '(三)')!;
      assert.strictEqual(h.level, 2);
      assert.strictEqual(h.ordinal, 3);
      assert.strictEqual(h.style.parens, 'half');
      assert.strictEqual(h.style.spaceAfter, ' ');
    });
  });

  describe('seed 002 (万源市: （一）–（二十四） across 二、–七、, two task tables)', () => {
    const m = parse(seed('002'));
    it('numbers level 2 continuously across level-1 parents', () => {
      const l2 = m.headings.filter((h) => h.region === 'body' && h.level === 2);
      assert.strictEqual(l2.length, 24);
      assert.deepStrictEqual(l2.map((h) => h.ordinal), Array.from({ length: 24 }, (_, i) => i + 1));
      assert.strictEqual(l2[23].marker, '（二十四）');
      assert.strictEqual(l2[6].title, '推进公办养老托育机构改革', 'the 。 on the next line ends the title');
    });
    it('reads 52 rows in 附件1 and 15 in 附件2', () => {
      assert.deepStrictEqual(m.attachments.map((a) => a.number), [1, 2]);
      const t1 = m.tables.find((t) => t.attachment === 1)!;
      const t2 = m.tables.find((t) => t.attachment === 2)!;
      assert.strictEqual(dataRows(t1).length, 52);
      assert.strictEqual(dataRows(t2).length, 15);
      assert.deepStrictEqual(dataRows(t1).map((r) => r.seq), Array.from({ length: 52 }, (_, i) => i + 1));
      assert.ok(dataRows(t1).every((r) => r.cells.length === 3));
      const row20 = dataRows(t1)[19];
      assert.ok(row20.cells[1].text.includes('人工智能5G等深度应用'), 'a wrapped cell continues without a tab');
      const row18 = dataRows(t1)[17];
      assert.strictEqual(row18.cells[1].text, '促进康养融合发展。', 'a blank line inside a row');
      assert.strictEqual(m.tasks.length, 0, 'the body names no units: they live in the table');
    });
    it('reads the 附件说明 whose second item is indented', () => {
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => i.number), [1, 2]);
      assert.strictEqual(m.attachmentNote?.items[1].title, '万源市促进养老托育服务健康发展2022 年任务清单');
    });
  });

  describe('seed 003 (北安市: indicator tables, 3/5/6/9-column tables)', () => {
    const text = seed('003');
    const m = parse(text);
    it('keeps the four 一、 … 四、 headings as written, including the second 四、', () => {
      const l1 = m.headings.filter((h) => h.region === 'body' && h.level === 1);
      assert.deepStrictEqual(l1.map((h) => h.marker + h.title), ['一、实施背景', '二、发展目标', '三、重点任务', '四、保障机制', '四、北安市养老托育服务综合专班']);
    });
    it('reads the tables with 3, 5, 6 and 9 columns', () => {
      assert.deepStrictEqual(m.tables.map((t) => t.columns), [3, 3, 9, 5, 5, 6]);
      const [ind1, ind2, projects, , policies] = m.tables;
      assert.strictEqual(ind1.title?.text, '“十四五”时期北安市养老服务主要发展指标');
      assert.strictEqual(dataRows(ind1).length, 17);
      assert.strictEqual(dataRows(ind2).length, 11);
      assert.strictEqual(dataRows(ind2)[5].cells[2].text, '4.5（约束性）');
      assert.strictEqual(projects.header.cells[6].text, '总投资（万元）', 'a header cell wrapped over a blank line');
      assert.strictEqual(dataRows(projects).length, 25);
      assert.strictEqual(projects.rows[1].kind, 'section');
      assert.strictEqual(projects.rows[1].cells[0].text, '北安市（共25个，养老19个、托育6个）');
      assert.strictEqual(dataRows(projects)[0].cells[4].text, '北安市通北镇');
      assert.strictEqual(dataRows(projects)[4].cells[7].text, '', 'an empty cell written as a lone tab');
      assert.strictEqual(projects.unitsColumn, 8);
      assert.deepStrictEqual(policies.rows.filter((r) => r.kind === 'section').map((r) => r.cells[0].text).slice(0, 3), ['一、养老支持政策', '（一）必选项（共16项）', '（二）自选项（共1项）']);
    });
    it('reads the attachment labels with colons and a leading space', () => {
      assert.deepStrictEqual(m.attachments.map((a) => a.label), ['附件1', '附件2', '附件3', '附件4']);
      assert.strictEqual(m.attachments[0].title?.text, '北安市“一老一小”整体解决方案重大项目清单');
      assert.strictEqual(lineOf(text, m.attachments[0].labelRange.start.line), ' 附件1：');
    });
  });

  describe('seed 004 (泊头市: starts mid-way, 〔责任单位：…〕, 附件说明 with 3 items)', () => {
    const m = parse(seed('004'));
    it('starts mid-way with an addressee and a date but no title', () => {
      assert.strictEqual(m.startsMidway, true);
      assert.strictEqual(m.notice?.title, undefined);
      assert.ok(m.notice?.addressee?.text.startsWith('各乡镇人民政府'));
      assert.strictEqual(m.notice?.date?.text, '2022年3月10日');
      assert.strictEqual(m.planTitle?.text, '泊头市“一老一小”整体解决方案');
    });
    it('has an 附件说明 with 3 items and no attachment', () => {
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => [i.number, i.title]), [
        [1, '泊头市“一老一小”工作协调推进机制'],
        [2, '重大政策清单'],
        [3, '重大要素清单'],
      ]);
      assert.strictEqual(m.attachments.length, 0);
    });
    it('reads labelled unit lists', () => {
      const t = m.tasks[0];
      assert.strictEqual(t.title, '整体目标');
      assert.strictEqual(t.units.label, '责任单位');
      assert.deepStrictEqual(t.units.items.map((u) => u.name), ['市民政局', '市卫健局']);
      assert.ok(m.tasks.some((x) => x.units.items.some((u) => u.name === '人行泊头市支行')));
    });
  });
});
