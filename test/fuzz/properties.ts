// Property-based fuzzing of the whole analysis: random edits of the real seeds, biased toward
// what the parser looks at (brackets, ordinals, 、，。, newlines, tabs), plus random text.
// Shared by the bounded run in `npm test` (fuzz.test.ts) and the long run (`npm run fuzz`).
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzeOptions } from '../../server/src/core/engine/analyze';
import { fixAll } from '../../server/src/core/features/fixAll';
import { parse } from '../../server/src/core/parse/parse';
import type { Fix, TextEdit } from '../../server/src/core/rules/types';
import { applyEdits } from '../../server/src/core/text/edits';
import { clearMemos } from '../../server/src/core/text/memo';
import { assertRangesInside } from '../helpers/invariants';
import { SEED_FILES, seed } from '../helpers/seeds';

const SEEDS = SEED_FILES.map((f) => seed(f.slice(0, 3)));

/** What drafters type and what the parser keys on. */
export const BIASED = [
  '（', '）', '〔', '〕', '《', '》', '“', '”', '(', ')', '[', ']', '【', '】', '「', '」',
  '一、', '二、', '十一、', '（一）', '（二十四）', '(三)', '1.', '3．', '12、', '（1）', '(2)', '１．',
  '、', '，', '。', '；', '：', ':', '…', '——',
  '\n', '\n\n', '\r\n', '\r', '\t', '\t1\n', '\t序号\n\t重点任务\n\t责任单位\n', '\u3000\u3000', ' ', '\ufeff',
  '附件', '附件1', '附件：', '附件：1.', '抄送：', '印发', '县民政局', '、县财政局', '民政局牵头', '按职责分工负责', '责任单位：',
  '2024年9月29日', '〔2024〕', '号', '共25个', '第', '条',
];

export interface DocCase {
  seed: number;
  /** first line of the window, as a fraction of the seed's lines */
  from: number;
  /** lines in the window; 0 = the whole seed */
  lines: number;
  eol: '\n' | '\r\n' | '\r';
}

export type EditCase =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; text: string };

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...BIASED) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...BIASED), { minLength: 2, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

export const docArb: fc.Arbitrary<DocCase> = fc.record({
  seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
  from: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  lines: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 3, arbitrary: fc.integer({ min: 61, max: 300 }) }),
  eol: fc.constantFrom<DocCase['eol']>('\n', '\n', '\n', '\r\n', '\r'),
});

export const editArb: fc.Arbitrary<EditCase> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: textArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 6 }), text: textArb }) },
);

export const editedArb = fc.record({ doc: docArb, edits: fc.array(editArb, { maxLength: 8 }) });
export type EditedCase = { doc: DocCase; edits: EditCase[] };

export function buildDoc(d: DocCase): string {
  let text = SEEDS[d.seed];
  if (d.lines > 0) {
    const all = text.split('\n');
    const start = Math.floor(d.from * all.length);
    text = all.slice(start, start + d.lines).join('\n');
  }
  return d.eol === '\n' ? text : text.replace(/\n/g, d.eol);
}

export function applyEditCases(text: string, edits: readonly EditCase[]): string {
  let t = text;
  for (const e of edits) {
    const at = Math.min(t.length, Math.floor(e.at * (t.length + 1)));
    if (e.op === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
    else if (e.op === 'delete') t = t.slice(0, at) + t.slice(at + e.length);
    else t = t.slice(0, at) + e.text + t.slice(at + e.length);
  }
  return t;
}

export function caseText(c: EditedCase): string {
  return applyEditCases(buildDoc(c.doc), c.edits);
}

// ───────────────────────────── properties ─────────────────────────────

/**
 * Never throws, no check fails, every range lies inside the document, the same text gives the
 * same result. Returns the time of the first analysis, ms.
 */
export function checkRobust(text: string, options: AnalyzeOptions = {}): number {
  const t0 = performance.now();
  const a = analyze(text, options);
  const ms = performance.now() - t0;
  assert.deepStrictEqual(a.failures.map((f) => `${f.rule}: ${f.message}`), [], 'a check threw');
  assertRangesInside(text, a.model);
  assertRangesInside(text, a.diagnostics);
  // `a` ran with whatever the memo caches kept from earlier cases (mostly other edits of the same seed,
  // so most paragraphs hit); `b` runs cold: reusing cached results must never change the answer.
  clearMemos();
  const b = analyze(text, options);
  assert.strictEqual(JSON.stringify(b.diagnostics), JSON.stringify(a.diagnostics), 'diagnostics differ between a warm and a cold run');
  assert.strictEqual(JSON.stringify(b.model), JSON.stringify(a.model), 'model differs between a warm and a cold run');
  return ms;
}

function offsets(doc: TextDocument, edits: readonly TextEdit[]): { from: number; to: number; text: string }[] {
  return edits.map((e) => ({ from: doc.offsetAt(e.range.start), to: doc.offsetAt(e.range.end), text: e.newText })).sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Two edits clash when their ranges intersect, or both insert at the same place (the order would be arbitrary). */
export function editsOverlap(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  if (a.from < b.to && b.from < a.to) return true;
  if (a.from === a.to && b.from === b.to) return a.from === b.from;
  if (a.from === a.to) return a.from > b.from && a.from < b.to;
  if (b.from === b.to) return b.from > a.from && b.from < a.to;
  return false;
}

/** Sentences: runs of text closed by 。！？ (an empty one, as in 。。, is not a sentence). */
export function countSentences(text: string): number {
  let n = 0;
  let body = false;
  for (const ch of text) {
    if (ch === '。' || ch === '！' || ch === '？') {
      if (body) n++;
      body = false;
    } else if (!/\s|\u3000/.test(ch)) body = true;
  }
  return n;
}

/**
 * Sentences of the running text: the paragraphs of the 通知, the body and the attachments. The
 * 附件说明, labels, tables and the 版记 are lists, not prose — their 。 separate items (县委办。县纪委办。
 * → 县委办，县纪委办。 is structure/copy-to's fix), so they are not counted; the checks' own tests pin
 * that their fixes leave prose alone.
 */
function countProseSentences(text: string): number {
  let n = 0;
  for (const p of parse(text).paragraphs) if (p.region !== 'head' && p.region !== 'banji') n += countSentences(p.text);
  return n;
}

/** The units each task names, with their offsets in the text. */
function departments(text: string, doc: TextDocument): { name: string; from: number; to: number }[][] {
  return parse(text).tasks.map((t) => t.units.items.filter((u) => u.name).map((u) => ({ name: u.name, from: doc.offsetAt(u.range.start), to: doc.offsetAt(u.range.end) })));
}

/**
 * One quick fix: its edits lie inside the document and do not clash, applying them changes the
 * text only inside the edited ranges (checked against an independent implementation, the LSP
 * TextDocument), and no department or sentence disappears.
 */
export function checkFix(text: string, fix: Fix): void {
  assertRangesInside(text, fix.edits);
  const doc = TextDocument.create('file:///fuzz.gw', 'gongwen', 1, text);
  const spans = offsets(doc, fix.edits);
  for (let i = 1; i < spans.length; i++) assert.ok(!editsOverlap(spans[i - 1], spans[i]), `fix “${fix.title}” has overlapping edits`);
  const ours = applyEdits(text, fix.edits);
  const reference = TextDocument.applyEdits(doc, fix.edits as TextEdit[]);
  assert.strictEqual(ours, reference, `fix “${fix.title}”: applyEdits disagrees with the LSP reference`);
  // outside the edits, the text is the original, piece by piece and in order
  let at = 0;
  let outAt = 0;
  for (const s of spans) {
    const keep = text.slice(at, s.from);
    assert.strictEqual(ours.slice(outAt, outAt + keep.length), keep, `fix “${fix.title}” changed text outside its edits`);
    outAt += keep.length + s.text.length;
    at = s.to;
  }
  assert.strictEqual(ours.slice(outAt), text.slice(at), `fix “${fix.title}” changed text after its last edit`);
  assert.ok(countProseSentences(ours) >= countProseSentences(text), `fix “${fix.title}” removed a sentence`);
  const before = departments(text, doc);
  const after = departments(ours, TextDocument.create('file:///fuzz.gw', 'gongwen', 2, ours));
  assert.ok(after.length >= before.length, `fix “${fix.title}” removed a task (${before.length} → ${after.length})`);
  if (after.length === before.length) {
    before.forEach((units, i) => {
      const names = new Set(after[i].map((u) => u.name));
      for (const u of units) {
        if (names.has(u.name)) continue;
        // a rename in place (an alias made canonical) is not a removal: an edit writes text over the name
        const renamed = spans.some((s) => s.text.trim().length > 0 && s.from < u.to && u.from < s.to);
        assert.ok(renamed, `fix “${fix.title}” removed the department “${u.name}” from task ${i + 1}`);
      }
    });
  }
}

export function checkAllFixes(text: string, options: AnalyzeOptions = {}): number {
  const a = analyze(text, options);
  let n = 0;
  for (const d of a.diagnostics) for (const f of d.data?.fixes ?? []) {
    checkFix(text, f);
    n++;
  }
  return n;
}

/** fixAll applied twice equals once, and within one pass no two fixes overlap. */
export function checkFixAll(text: string, options: AnalyzeOptions = {}): number {
  const once = fixAll(text, options);
  for (const pass of once.passes) {
    const doc = TextDocument.create('file:///fuzz.gw', 'gongwen', 1, pass.text);
    const spans = pass.fixes.map((f) => offsets(doc, f.edits));
    for (let i = 0; i < spans.length; i++)
      for (let j = i + 1; j < spans.length; j++)
        for (const a of spans[i]) for (const b of spans[j]) assert.ok(!editsOverlap(a, b), `fixAll applied overlapping fixes “${pass.fixes[i].title}” and “${pass.fixes[j].title}”`);
  }
  const twice = fixAll(once.text, options);
  assert.strictEqual(twice.text, once.text, 'fixAll applied twice differs from once');
  assert.ok(countSentences(once.text) >= countSentences(text), 'fixAll removed a sentence');
  return once.applied.length;
}
