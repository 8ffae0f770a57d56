// The parser reuses the last parse's work (its line table, its tables) when the next text differs by an
// edit: after any chain of edits, the model must equal the one a parse from nothing gives.
import * as assert from 'assert';
import { parse } from '../../server/src/core/parse/parse';
import { clearMemos } from '../../server/src/core/text/memo';
import { seed } from '../helpers/seeds';
import { plan } from '../helpers/plan';

const PIECES = ['的', '\n', '二。', '\n一。', '\r\n', '\r', '\t', '\t1', '\n\n', '一、', '（一）', '1.', ' ', '\u3000', '。', '〔县民政局〕', '附件2', '\t序号\n\t重点任务\n\t责任单位\n', '抄送：', '2024年9月29日印发'];

function rng(seedValue: number): () => number {
  let s = seedValue;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function edit(text: string, rnd: () => number, where?: number): string {
  const at = where ?? Math.floor(rnd() * (text.length + 1));
  const r = rnd();
  if (r < 0.45) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)] + text.slice(at);
  // deletions, now and then across line breaks (joining lines, splitting a \r\n)
  const len = r < 0.9 ? 1 + Math.floor(rnd() * 3) : 1 + Math.floor(rnd() * 200);
  return text.slice(0, at) + text.slice(at + len);
}

describe('parse after an edit equals parse from nothing', function () {
  // a model compared as JSON four times an edit, on a loaded machine
  this.timeout(60_000);
  for (const name of ['000', '001', '002', '003', '004']) {
    it(`seed ${name}: 150 chained edits`, () => {
      const rnd = rng(Number(name) + 7);
      let text = seed(name);
      clearMemos();
      let before = parse(text);
      let beforeJson = JSON.stringify(before);
      for (let i = 0; i < 150; i++) {
        text = edit(text, rnd);
        const model = parse(text);
        const warm = JSON.stringify(model);
        // what the next parse hands over from the last model is shared, never modified
        assert.strictEqual(JSON.stringify(before), beforeJson, `edit ${i}: the last model changed`);
        clearMemos();
        const cold = JSON.stringify(parse(text));
        assert.strictEqual(warm, cold, `edit ${i}`);
        // the next edit starts from the cold parse's state half the time, from a warm one otherwise
        before = model;
        beforeJson = warm;
        if (rnd() < 0.5) {
          before = parse(text);
          beforeJson = JSON.stringify(before);
        }
      }
    });
  }
  it('units on lines of their own (责任单位：…, 牵头单位：… / 配合单位：…): 150 chained edits near them', () => {
    const rnd = rng(43);
    let text = plan({
      tasks: [
        '（一）统筹规划服务设施建设。严格执行建设标准。\n责任单位：县民政局、县财政局',
        '（二）优化城乡养老服务布局。加快拓展服务供给。\n牵头单位：县卫健局（牵头）\n配合单位：县民政局、县医保局。',
        '（三）加强组织领导。〔县委组织部〕\n责任单位：县委组织部',
        '（四）推进医养结合。加强合作。责任单位：县卫健局；配合单位：县民政局。',
      ],
      rows: [['统筹规划服务设施建设', '县民政局'], ['优化城乡养老服务布局', '县卫健局']],
    });
    clearMemos();
    parse(text);
    for (let i = 0; i < 150; i++) {
      // edits in the units lines and the tasks above them
      const from = Math.max(0, text.indexOf('重点任务'));
      const to = text.indexOf('附件', from);
      text = edit(text, rnd, from + Math.floor(rnd() * ((to < 0 ? text.length : to) - from + 1)));
      const warm = JSON.stringify(parse(text));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(text)), `edit ${i}`);
      parse(text);
    }
  });
  it('a 通知 with its 发文字号 twice, a 附注, a date with ○, and 附件说明 of every form read: 150 chained edits near them', () => {
    const rnd = rng(59);
    const pieces = ['（此件公开发布）', '○', '〇', '附：1.', '附件1.', '附件2.', '2023年', '张政发规〔2021〕3号', '\n', '\n\n', '附件', '：'];
    let text = [
      '张政发规〔2021〕3号', '', '市政府关于印发《某市养老服务方案》的通知', '', '张政发规〔2021〕3号', '', '各镇政府，市政府各部门：',
      '　　现将《某市养老服务方案》印发给你们，请认真贯彻执行。', '', '附件1.某市养老服务方案', '附件2.2023年重点任务分工表', '', '某市人民政府', '二○二一年四月十九日', '',
      '（此件公开发布）', '', '某市养老服务方案', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。', '',
      '附件：1.2023年重点任务分工表', '　　　2.2023年重大项目清单', '', '附件1', '', '2023年重点任务分工表', '', '附件2', '', '2023年重大项目清单',
    ].join('\n');
    clearMemos();
    parse(text);
    for (let i = 0; i < 150; i++) {
      const at = Math.floor(rnd() * (text.length + 1));
      text = rnd() < 0.5 ? text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3));
      const warm = JSON.stringify(parse(text));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(text)), `edit ${i}`);
      if (rnd() < 0.5) parse(text);
    }
  });
  it('seed 003: edits of one original in turn (two changes between versions, as the benchmark makes them)', () => {
    const rnd = rng(11);
    const original = seed('003');
    clearMemos();
    parse(original);
    for (let i = 0; i < 150; i++) {
      let text = edit(original, rnd);
      if (rnd() < 0.3) text = edit(text, rnd);
      const warm = JSON.stringify(parse(text));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(text)), `edit ${i}`);
    }
  });
  for (const name of ['000', '002', '003']) {
    it(`seed ${name}: 150 chained edits inside its tables (a table typed in is read again from the last one's rows)`, () => {
      const rnd = rng(Number(name) + 31);
      let text = seed(name);
      clearMemos();
      parse(text);
      for (let i = 0; i < 150; i++) {
        const tables = parse(text).tables;
        if (!tables.length) break;
        const t = tables[Math.floor(rnd() * tables.length)];
        const starts = [0];
        for (let j = text.indexOf('\n'); j >= 0; j = text.indexOf('\n', j + 1)) starts.push(j + 1);
        const line = t.range.start.line + Math.floor(rnd() * (t.range.end.line - t.range.start.line + 1));
        const at = starts[line] + Math.floor(rnd() * ((starts[line + 1] ?? text.length + 1) - starts[line]));
        text = edit(text, rnd, at);
        const warm = JSON.stringify(parse(text));
        clearMemos();
        assert.strictEqual(warm, JSON.stringify(parse(text)), `edit ${i}`);
        if (rnd() < 0.5) parse(text);
      }
    });
  }
  it('tables ended by a paragraph one blank line below, with cells wrapped over blank lines, empty cells as lone tabs, rows one per line with tabs between cells: 200 chained edits in and around them', () => {
    const rnd = rng(71);
    const pieces = ['\n', '\n\n', '\t', '\t\n', '\n\t\n', '。', '，', '2.', '（二）', '\t合计', '\t1', '市发改局', '到2025年，', '\n3\t优化布局\t县卫健局'];
    const base = [
      '宝清县“一老一小”整体解决方案', '', '一、发展目标', '', '（一）主要指标。到2025年，服务体系更加完善。', '', '主要指标表', '',
      '\t序号', '\t指标', '\t单位', '\t目标值', '', '\t1', '\t养老服务床位总量', '\t万张', '\t0.24', '',
      '到2025年，全县养老服务床位总量达到2400张。', '', '政策清单', '', '\t序号', '\t政策名称', '\t举措', '\t责任单位', '',
      '\t1', '\t土地政策', '\t1.设置专门的养老用地类别。', '', '2.养老用地出让起价按评估价确定。', '\t市自然资源局', '', '市发改局', '',
      '\t合计', '\t', '\t', '\t3300', '', '（二）工作要求。加强组织领导。', '', '分工表', '',
      '序号\t重点任务\t责任单位', '一、健全服务体系', '1\t统筹规划服务设施建设\t县民政局、县财政局', '二、创新供给体系', '', '1\t优化城乡养老服务布局\t县卫健局', '合计\t\t2项', '', '以上任务按期完成。',
    ].join('\n');
    let text = base;
    clearMemos();
    parse(text);
    for (let i = 0; i < 200; i++) {
      const from = text.indexOf('主要指标表');
      const at = Math.max(0, from) + Math.floor(rnd() * (text.length - Math.max(0, from) + 1));
      const r = rnd();
      text = r < 0.6 ? text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3));
      if (text.length < base.length / 2) text = base;
      const warm = JSON.stringify(parse(text));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(text)), `edit ${i}`);
      if (rnd() < 0.5) parse(text);
    }
  });
  it('二。 read from the lines around it: edits to its neighbours (not to its line) change whether it is a heading', () => {
    const lines = ['宝清县“一老一小”整体解决方案', '', '一、总体要求', '坚持以人民为中心的发展思想。', '二。重点任务', '（一）健全服务体系。', '三、保障措施'];
    const variants = [
      lines,
      lines.map((l, i) => (i === 3 ? '坚持以人民为中心，全县养老服务标准统' : l)),
      lines,
      lines.map((l, i) => (i === 2 ? '五、总体要求' : l)),
      lines,
      lines.map((l, i) => (i === 2 ? '' : l)),
    ];
    const heads: string[][] = [];
    for (const v of variants) {
      const text = v.join('\n');
      const model = parse(text);
      const warm = JSON.stringify(model);
      heads.push(model.headings.map((h) => h.marker));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(text)));
    }
    assert.deepStrictEqual(heads.map((h) => h.includes('二。')), [true, false, true, false, true, false]);
  });
  it('a CR-only text, then the same text with \\r\\n, then \\n', () => {
    const base = seed('000');
    for (const t of [base.replace(/\n/g, '\r'), base.replace(/\n/g, '\r\n'), base, base.replace(/\n/g, '\r'), base.slice(0, 500) + '\r' + base.slice(500)]) {
      const warm = JSON.stringify(parse(t));
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(t)));
    }
  });
});

/** Every object reachable from the model, by identity. */
function objects(value: unknown, into = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || into.has(value)) return into;
  into.add(value);
  for (const v of Object.values(value)) objects(v, into);
  return into;
}

describe('what did not change is handed over as it was', () => {
  const original = seed('003');
  // one character typed into line 196 (a heading's paragraph between two others, no blank line) and into a table cell
  const lines = original.split('\n');
  const at = (line: number, ch: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + ch;

  for (const [what, line] of [['a heading paragraph', 195], ['a table cell', 697]] as const) {
    it(`seed 003, one character typed into ${what}: every other paragraph, heading title and cell is the same string`, () => {
      clearMemos();
      const a = parse(original);
      const off = at(line, 3);
      const b = parse(original.slice(0, off) + '的' + original.slice(off));
      assert.strictEqual(b.paragraphs.length, a.paragraphs.length);
      let same = 0;
      b.paragraphs.forEach((p, i) => {
        const edited = p.range.start.line <= line && line <= p.range.end.line;
        if (edited) assert.notStrictEqual(p.text, a.paragraphs[i].text);
        else {
          assert.ok(p.text === a.paragraphs[i].text, `paragraph ${i} (line ${p.range.start.line + 1}) is a new string`);
          // the same object, not an equal one: nothing on the lines moved
          assert.strictEqual(p, a.paragraphs[i], `paragraph ${i}`);
          same++;
        }
      });
      assert.ok(same >= a.paragraphs.length - 1 && same > 100, String(same));
      b.headings.forEach((h, i) => {
        if (h.line !== line) assert.strictEqual(h, a.headings[i], `heading ${i}`);
      });
      b.tables.forEach((t, i) => {
        t.rows.forEach((r, j) => r.cells.forEach((c, k) => {
          const edited = c.range.start.line <= line && line <= c.range.end.line;
          if (!edited) assert.strictEqual(c, a.tables[i].rows[j].cells[k], `table ${i} row ${j} cell ${k}`);
        }));
      });
      // and the model is still the one a parse from nothing gives
      const warm = JSON.stringify(b);
      clearMemos();
      assert.strictEqual(warm, JSON.stringify(parse(original.slice(0, off) + '的' + original.slice(off))));
    });
  }

  it('a line added above: texts are the same strings, positions new (the last model keeps its own)', () => {
    clearMemos();
    const a = parse(original);
    const aJson = JSON.stringify(a);
    const b = parse('\n' + original);
    assert.strictEqual(JSON.stringify(a), aJson);
    let sameText = 0;
    b.paragraphs.forEach((p, i) => {
      if (p.text === a.paragraphs[i].text) sameText++;
      assert.strictEqual(p.range.start.line, a.paragraphs[i].range.start.line + 1);
    });
    assert.ok(sameText >= b.paragraphs.length - 2, `${sameText} of ${b.paragraphs.length}`);
    // no object with a position is shared between the two models
    const before = objects(a);
    const shared = [...objects(b)].filter((o) => before.has(o) && 'line' in o);
    assert.deepStrictEqual(shared, []);
  });
});
