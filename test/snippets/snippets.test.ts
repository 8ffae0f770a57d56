// Snippets as the drafter gets them: every default accepted, the result parsed by the same parser the
// checks use. A skeleton that the parser misreads, or that the checks flag, would teach a wrong layout.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/engine/analyze';
import { parse } from '../../server/src/core/parse/parse';
import { expandSnippet } from '../helpers/snippet';

const ROOT = path.join(__dirname, '..', '..');
const SNIPPETS: Record<string, { prefix: string[]; body: string[]; description: string }> = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'snippets', 'gongwen.json'), 'utf8'),
);
const VARS = { CURRENT_YEAR: '2024', CURRENT_MONTH: '09', CURRENT_DATE: '05' };

function byPrefix(p: string): string {
  const entry = Object.values(SNIPPETS).find((s) => s.prefix.includes(p));
  assert.ok(entry, `no snippet with prefix ${p}`);
  return expandSnippet(entry.body, VARS);
}

/** A heading frame a task or a table can live in. */
const BODY_HEAD = '宝清县“一老一小”整体解决方案\n\n一、重点任务\n\n（一）健全服务体系\n\n';

describe('snippets (snippets/gongwen.json)', () => {
  it('the manifest lists snippet files as a list, this one for gongwen', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(Array.isArray(pkg.contributes.snippets));
    assert.ok(pkg.contributes.snippets.some((s: { language: string; path: string }) => s.language === 'gongwen' && s.path === './snippets/gongwen.json'));
  });

  it('every snippet has a pinyin-initials prefix and a Chinese prefix, a Chinese description and a body that expands', () => {
    for (const [name, s] of Object.entries(SNIPPETS)) {
      assert.ok(s.prefix.some((p) => /^[a-z]{2,6}$/.test(p)), `${name}: pinyin prefix`);
      assert.ok(s.prefix.some((p) => /^[\u4e00-\u9fff]{2,}$/.test(p)), `${name}: Chinese prefix`);
      assert.match(s.description, /[\u4e00-\u9fff]/);
      assert.doesNotThrow(() => expandSnippet(s.body, VARS), name);
    }
    const prefixes = Object.values(SNIPPETS).flatMap((s) => s.prefix);
    assert.strictEqual(new Set(prefixes).size, prefixes.length, 'no prefix is used twice');
  });

  it('tz / 通知: the skeleton reads as a complete 通知 in GB/T 9704 order and draws no error or warning', () => {
    const text = byPrefix('tz');
    assert.strictEqual(byPrefix('通知'), text);
    const { model, diagnostics } = analyze(text);
    assert.strictEqual(model.head.docNumber?.text, '宝政办发〔2024〕1号');
    assert.strictEqual(model.notice?.title?.text, '关于印发《宝清县“一老一小”整体解决方案》的通知');
    assert.match(model.notice?.addressee?.text ?? '', /^各乡（镇）人民政府.*：$/);
    assert.strictEqual(model.notice?.signature?.text, '宝清县人民政府办公室');
    assert.deepStrictEqual([model.notice?.date?.year, model.notice?.date?.month, model.notice?.date?.day], [2024, 9, 5]);
    assert.strictEqual(model.notice?.date?.text, '2024年9月5日', 'no leading zero in month or day');
    assert.deepStrictEqual(model.attachmentNote?.items.map((i) => i.title), ['附件一的名称', '附件二的名称']);
    assert.deepStrictEqual(model.attachments.map((a) => a.number), [1, 2]);
    assert.strictEqual(model.banji?.copyTo?.text, '抄送：县委办，县人大办，县政协办。');
    assert.strictEqual(model.banji?.printDate?.text, '2024年9月5日');
    assert.deepStrictEqual(diagnostics.filter((d) => d.severity <= 2).map((d) => d.message), []);
  });

  it('rq / 成文日期: today without leading zeros', () => {
    assert.strictEqual(byPrefix('rq'), '2024年9月5日');
  });

  it('fwzh / 发文字号: the year in 〔〕', () => {
    const m = parse(byPrefix('fwzh') + '\n');
    assert.strictEqual(m.head.docNumber?.open, '〔');
    assert.strictEqual(m.head.docNumber?.year, 2024);
  });

  it('rw / 重点任务: a task with its units bracket', () => {
    const m = parse(BODY_HEAD + byPrefix('rw') + '\n');
    assert.strictEqual(m.tasks.length, 1);
    assert.strictEqual(m.tasks[0].title, '任务标题');
    assert.strictEqual(m.tasks[0].units.open, '〔');
    assert.deepStrictEqual(m.tasks[0].units.items.map((u) => u.name), ['县民政局', '县财政局']);
  });

  it('rwqt / 重点任务牵头: roles are read as roles, not as part of the names', () => {
    const m = parse(BODY_HEAD + byPrefix('rwqt') + '\n');
    assert.strictEqual(m.tasks.length, 1);
    assert.deepStrictEqual(m.tasks[0].units.items.map((u) => [u.name, u.role]), [['县民政局', '牵头'], ['县财政局', '参加']]);
  });

  it('fgb / 分工表 and fgbh / 分工表行: a table with header, rows and a units column', () => {
    const text = BODY_HEAD + byPrefix('rw') + '\n\n' + byPrefix('fgb') + byPrefix('fgbh').replace('\t1\n', '\t2\n') + '\n';
    const m = parse(text);
    assert.strictEqual(m.tables.length, 1);
    const t = m.tables[0];
    assert.deepStrictEqual(t.header.cells.map((c) => c.text), ['序号', '重点任务', '责任单位']);
    assert.deepStrictEqual(t.rows.filter((r) => r.kind === 'row').map((r) => r.seq), [1, 2]);
    assert.strictEqual(t.unitsColumn, 2);
    assert.strictEqual(t.attachment, 2);
  });

  it('fjsm / 附件说明: two numbered items', () => {
    const m = parse('正文。\n\n' + byPrefix('fjsm') + '\n');
    assert.deepStrictEqual(m.attachmentNote?.items.map((i) => i.number), [1, 2]);
  });

  it('bzcs / 保障措施: the four clauses as level-2 headings with title sentences', () => {
    const m = parse(BODY_HEAD + byPrefix('bzcs') + '\n');
    const l1 = m.headings.find((h) => h.level === 1 && h.title === '保障措施');
    assert.ok(l1, 'the 保障措施 heading');
    assert.deepStrictEqual(
      l1.children.map((i) => m.headings[i].title),
      ['加强组织领导', '强化要素保障', '加强督促落实', '加强宣传引导'],
    );
  });

  it('cs / 版记: 抄送, 印发机关 and 印发日期', () => {
    const m = parse('正文。\n\n' + byPrefix('cs') + '\n');
    assert.strictEqual(m.banji?.printer?.text, '宝清县人民政府办公室');
    assert.strictEqual(m.banji?.printDate?.text, '2024年9月5日');
  });
});
