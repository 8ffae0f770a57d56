// The registry of departments a document names: mentions from every source, jurisdictions
// restored, canonical names, the user's aliases, and one computation per analysis.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { defaultConfig } from '../../../server/src/core/config';
import { analyze } from '../../../server/src/core/engine/analyze';
import { buildRegistry, getRegistry, REGISTRY_KEY } from '../../../server/src/core/units/registry';
import { DEPARTMENTS, DEPARTMENTS_SOURCE } from '../../../server/src/core/data/departments';
import { seed } from '../../helpers/seeds';
import { at, plan } from '../../helpers/plan';

const config = defaultConfig();

describe('units/registry', () => {
  describe('seed 000 (宝清县)', () => {
    const model = parse(seed('000'));
    const reg = buildRegistry(model, config);
    it('reads every task and 分工表 mention', () => {
      assert.strictEqual(reg.mentions.filter((m) => m.source === 'task').length, reg.mentions.filter((m) => m.source === 'table').length);
      const dept = reg.byCanonical('县民政局')!;
      assert.strictEqual(dept.mentions.filter((m) => m.source === 'task').length, 22);
      assert.strictEqual(dept.mentions.filter((m) => m.source === 'table').length, 22);
    });
    it('knows short forms: 县发改局 is 县发展和改革局, 县残联 is 县残疾人联合会, 县委编办 is a Party organ', () => {
      assert.strictEqual(reg.resolve('县发改局'), '县发展和改革局');
      assert.strictEqual(reg.resolve('县残联'), '县残疾人联合会');
      assert.strictEqual(reg.resolve('县委编办'), '县委机构编制委员会办公室');
      assert.strictEqual(reg.resolve('团县委'), '团县委');
      assert.deepStrictEqual(reg.byCanonical('县发展和改革局')!.aliases, ['县发改局']);
    });
    it('reads the 工作专班 member list (王云峰  县发改局局长)', () => {
      const m = reg.mentions.find((x) => x.source === 'member' && x.name === '县发改局')!;
      assert.strictEqual(m.range.start.line, 101);
      assert.strictEqual(m.canonical, '县发展和改革局');
      const members = reg.mentions.filter((x) => x.source === 'member').map((x) => x.name);
      assert.ok(members.includes('县委组织部') && members.includes('县委编办') && members.includes('团县委'));
      // 县委常委、宣传部部长: 宣传部 of the 县委
      assert.strictEqual(reg.mentions.find((x) => x.source === 'member' && x.name === '宣传部')?.canonical, '县委宣传部');
      assert.ok(!members.some((n) => /县长|书记|常委$/.test(n)), members.join(' '));
    });
    it('reads the 主要职责 section (县委宣传部：负责…)', () => {
      const duties = reg.mentions.filter((x) => x.source === 'duty');
      assert.strictEqual(duties[0].name, '县委宣传部');
      assert.strictEqual(duties[0].range.start.line, 181);
      assert.ok(duties.some((d) => d.name === '国家金融监督管理总局宝清监管支局'));
      assert.ok(duties.some((d) => d.name === '各乡镇（社区）' && d.generic));
    });
    it('finds no slip and no run-together name in a clean document', () => {
      assert.deepStrictEqual(reg.nearMisses.map((n) => n.mention.name), []);
      assert.deepStrictEqual(reg.joined.map((j) => j.first.name), []);
    });
    it('answers mentionAt with the name under the cursor', () => {
      const m = reg.mentionAt({ line: 37, character: model.paragraphs.find((p) => p.range.start.line === 37)!.text.indexOf('县自然资源局') + 2 })!;
      assert.strictEqual(m.name, '县自然资源局');
      assert.strictEqual(m.source, 'task');
      assert.strictEqual(m.task, 0);
      assert.strictEqual(reg.mentionAt({ line: 37, character: 3 }), undefined);
    });
  });

  it('restores the jurisdiction of abbreviated names (seed 001: 县发改局、民政局、卫健局)', () => {
    const reg = buildRegistry(parse(seed('001')), config);
    const first = reg.lists[0].mentions.flat();
    assert.deepStrictEqual(first.map((m) => m.expanded), ['县发改局', '县民政局', '县卫健局', '各乡镇人民政府', '城市社区管委会']);
    assert.deepStrictEqual(first.map((m) => m.canonical), ['县发展和改革局', '县民政局', '县卫生健康局', '各乡镇人民政府', '城市社区管委会']);
    assert.deepStrictEqual(first.map((m) => m.role), ['按职责分工负责', '按职责分工负责', '按职责分工负责', '具体落实', '具体落实']);
    // the slip joins the department it was meant to be
    const slip = reg.nearMisses.map((n) => [n.mention.name, n.target, n.mention.range.start.line + 1]);
    assert.deepStrictEqual(slip, [['城市社区管委', '城市社区管委会', 68]]);
    assert.deepStrictEqual(reg.byCanonical('城市社区管委会')!.aliases, ['城市社区管委会', '城市社区管委']);
  });

  it('writes the document\'s own place as its level (seed 003: 北安市民政局 = 市民政局), other places stay', () => {
    const reg = buildRegistry(parse(seed('003')), config);
    assert.deepStrictEqual(reg.byCanonical('市民政局')!.aliases, ['市民政局', '北安市民政局']);
    assert.strictEqual(reg.resolve('黑河市北安生态环境局'), '黑河市北安生态环境局');
    // companies and banks are units of their own
    assert.ok(reg.byCanonical('国网黑龙江北安市电业局有限公司'));
    assert.ok(reg.byCanonical('北安市朗智童托育幼儿园'));
  });

  it('splits a run-together name into its two departments (seed 002: 市卫健局市发改局)', () => {
    const reg = buildRegistry(parse(seed('002')), config);
    assert.deepStrictEqual(reg.joined.map((j) => [j.first.name, j.second.name, j.first.range.start.line + 1]), [['市卫健局', '市发改局', 235]]);
    assert.ok(reg.byCanonical('市发展和改革局')!.mentions.some((m) => m.range.start.line === 234));
    assert.deepStrictEqual(reg.nearMisses.map((n) => n.mention.name).sort(), ['市住建设局', '市建局']);
  });

  it('takes the user\'s aliases: new short forms and overrides of built-in ones', () => {
    const text = plan({ tasks: ['1.甲。乙。〔县社区中心、县文旅局、县卫健局〕'] });
    const model = parse(text);
    const plain = buildRegistry(model, config);
    assert.strictEqual(plain.resolve('县文旅局'), '县文化广电和旅游局');
    assert.strictEqual(plain.resolve('县社区中心'), '县社区中心');
    const custom = buildRegistry(model, { unitAliases: { 文旅局: '文化和旅游局', 社区中心: '社区工作指导中心', 县卫健局: '县卫生健康委员会' } });
    assert.strictEqual(custom.resolve('县文旅局'), '县文化和旅游局');
    assert.strictEqual(custom.resolve('县社区中心'), '县社区工作指导中心');
    assert.strictEqual(custom.resolve('县卫健局'), '县卫生健康委员会');
    assert.strictEqual(custom.resolve('县卫生健康委员会'), '县卫生健康委员会');
  });

  it('reads the README example of units.aliases', () => {
    const model = parse(plan({ tasks: ['1.甲。乙。〔县教科体局、县社区中心、县文旅局、县教育局、县教体局〕'] }));
    const reg = buildRegistry(model, { unitAliases: { 教科体局: '教育科技和体育局', 县社区中心: '县社区工作指导中心', 文旅局: '文化和旅游局', 教育局: '教育局' } });
    assert.deepStrictEqual(reg.lists[0].mentions.flat().map((m) => m.canonical), ['县教育科技和体育局', '县社区工作指导中心', '县文化和旅游局', '县教育局', '县教育和体育局']);
    // 教育局 mapped to itself leaves the 教育 family: it is no slip for 教体局
    assert.strictEqual(reg.names.family('县教育局'), undefined);
    assert.strictEqual(reg.names.family('县教体局'), '县|教育');
    assert.strictEqual(buildRegistry(model, config).names.family('县教育局'), '县|教育');
  });

  it('is computed once per analysis and shared through the memo', () => {
    const a = analyze(seed('000'));
    const reg = a.shared.get(REGISTRY_KEY);
    assert.ok(reg, 'the checks filled the memo');
    assert.strictEqual(getRegistry(a.model, config, a.shared), reg);
    assert.notStrictEqual(getRegistry(a.model, config), reg, 'without the memo it is computed afresh');
  });

  it('ships its table of names with a source note', () => {
    assert.ok(DEPARTMENTS_SOURCE.includes('机构改革'));
    const names = new Set<string>();
    for (const d of DEPARTMENTS) for (const n of [d.name, ...d.short]) {
      assert.ok(!names.has(n), `${n} is listed twice`);
      names.add(n);
    }
    for (const [short, full] of [['卫健局', '卫生健康局'], ['住建局', '住房和城乡建设局'], ['人社局', '人力资源和社会保障局'], ['市场监管局', '市场监督管理局'], ['发改局', '发展和改革局'], ['教体局', '教育和体育局'], ['医保局', '医疗保障局'], ['文广旅局', '文化广电和旅游局'], ['应急局', '应急管理局'], ['残联', '残疾人联合会'], ['妇联', '妇女联合会']]) {
      assert.strictEqual(DEPARTMENTS.find((d) => d.short.includes(short))?.name, full, short);
    }
  });

  // speed is measured by `npm run bench`, never by a timed unit test
  it('handles thousands of distinct names without a failing check', () => {
    const tasks = Array.from({ length: 3000 }, (_, i) => `${i + 1}.任务。内容。〔县第${i}社区服务中心、县民政局、县${String.fromCharCode(0x4e00 + i)}局〕`);
    const text = plan({ tasks });
    const a = analyze(text);
    assert.deepStrictEqual(a.failures, []);
    assert.strictEqual(a.model.tasks.length, 3000);
    void at;
  });
  it('says what each mention reads as and where it is without making it, as the mention says (every seed)', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      // asked before any mention is made, then compared with the mentions made afterwards
      const reg = buildRegistry(parse(seed(prefix)), config);
      const ranges = Array.from({ length: reg.size }, (_, id) => reg.rangeOf(id));
      const lines = Array.from({ length: reg.size }, (_, id) => reg.lineOf(id));
      const sides = reg.lists.map((l) => reg.readingsOf(l));
      assert.strictEqual(reg.mentions.length, reg.size, prefix);
      reg.mentions.forEach((m, id) => {
        assert.deepStrictEqual(ranges[id], m.range, `${prefix} #${id}`);
        assert.strictEqual(lines[id], m.range.start.line, `${prefix} #${id}`);
        assert.strictEqual(reg.mention(id), m, `${prefix} #${id}`);
        assert.strictEqual(reg.sourceOf(id), m.source, `${prefix} #${id}`);
        const r = reg.reading(id);
        assert.deepStrictEqual([r.name, r.expanded, r.canonical, r.form, r.generic, r.role, r.etc], [m.name, m.expanded, m.canonical, m.form, m.generic, m.role, m.etc], `${prefix} #${id}`);
      });
      // countedByCanonical: the non-group task, table and duty mentions by canonical name, in mention order
      const naive = new Map<string, number[]>();
      reg.mentions.forEach((m, id) => !m.generic && m.source !== 'member' && naive.set(m.canonical, [...(naive.get(m.canonical) ?? []), id]));
      assert.deepStrictEqual([...reg.countedByCanonical()], [...naive], prefix);
      reg.lists.forEach((l, i) => {
        const items = l.split.items;
        assert.deepStrictEqual(sides[i].map((r) => r.form), l.mentions.flat().map((m) => m.form), `${prefix} list ${i}`);
        // a whole item's mention lies where its placed item does
        l.mentions.forEach((ms, k) => ms.length === 1 && ms[0].name === items[k].name && assert.deepStrictEqual(ms[0].range, items[k].range, `${prefix} list ${i} item ${k}`));
      });
    }
  });
});
