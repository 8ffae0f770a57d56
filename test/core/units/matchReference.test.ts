// units/match is optimised (trigram ids in typed arrays, an index of only the trigrams rows can
// share). This pins it to the plain algorithm it replaced — string trigrams, a full index — on the
// seeds, a synthetic document and fuzzed edits: the same pairs, in the same order.
import * as assert from 'assert';
import fc from 'fast-check';
import type { DocumentModel, Table } from '../../../server/src/core/model/types';
import { parse } from '../../../server/src/core/parse/parse';
import { matchMarker } from '../../../server/src/core/parse/patterns';
import { headingBlock, matchTasksToRows, normaliseText, titleMatch, type TaskRowMatch, type TaskRowPair } from '../../../server/src/core/units/match';
import { NEAR_BUDGET, nearTitle } from '../../../server/src/core/units/nearTitle';
import { buildSynthetic } from '../../../bench/synthetic';
import { caseText, editedArb } from '../../fuzz/properties';
import { SEED_FILES, seed } from '../../helpers/seeds';

function grams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

function longestQuoted(s: string, g: Set<string>): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    run = g.has(s.slice(i, i + 3)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best ? best + 2 : 0;
}

interface Candidate { task: number; heading: number; paragraph: number; title: string; grams: Set<string> }



/** The algorithm as first written (before the performance work), kept as the reference. */
function reference(model: DocumentModel): TaskRowMatch {
  const cands: Candidate[] = [];
  const withTask = new Set<number>();
  for (const t of model.tasks) {
    if (t.heading >= 0) withTask.add(t.heading);
    cands.push({ task: t.index, heading: t.heading, paragraph: t.paragraph, title: normaliseText(t.title), grams: grams(normaliseText(t.text)) });
  }
  for (const h of model.headings) {
    if (h.region !== 'body' || withTask.has(h.index)) continue;
    cands.push({ task: -1, heading: h.index, paragraph: h.paragraph, title: normaliseText(h.title), grams: grams(normaliseText(headingBlock(model, h))) });
  }
  // a task's title cut at its first ：，； (6 characters or more), after every whole title
  for (const t of model.tasks) {
    const cut = t.title.search(/[：，；:,;]/);
    if (cut < 0 || normaliseText(t.title.slice(0, cut)).length < 6) continue;
    cands.push({ task: t.index, heading: t.heading, paragraph: t.paragraph, title: normaliseText(t.title.slice(0, cut)), grams: grams(normaliseText(t.text)) });
  }
  const index = new Map<string, number[]>();
  cands.forEach((c, i) => {
    for (const g of c.grams) index.set(g, [...(index.get(g) ?? []), i]);
  });
  const pairs: TaskRowPair[] = [];
  let rowsWithoutTask: { table: number; row: number; text: string }[] = [];
  const divisionOf: number[] = [];
  const tables: Table[] = model.tables.filter((t) => t.taskColumn >= 0 && t.unitsColumn >= 0 && t.taskColumn !== t.unitsColumn);
  const counts = new Map<number, { rows: number; matched: number }>();
  for (const t of tables) {
    let rows = 0;
    let matched = 0;
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      const cell = r.cells.find((c) => c.column === t.taskColumn);
      // a numbered task cell (1.…, （二）…) without its number
      const marker = cell ? matchMarker(cell.text.replace(/^\s+/, '')) : undefined;
      const text = cell ? normaliseText(marker ? cell.text.replace(/^\s+/, '').slice(marker.length) : cell.text) : '';
      if (!text) continue;
      rows++;
      let hit: { c: Candidate; how: 'title' | 'quote' } | undefined;
      const byTitle = cands.find((c) => titleMatch(text, c));
      if (byTitle) hit = { c: byTitle, how: 'title' };
      else if (text.length >= 12) {
        const head = text.slice(0, 400);
        const rg = grams(head);
        const counts = new Map<number, number>();
        for (const g of rg) for (const i of index.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
        let best = -1;
        let bestCount = 0;
        for (const [i, n] of counts) if (n > bestCount || (n === bestCount && i < best)) [best, bestCount] = [i, n];
        const share = best >= 0 ? bestCount / rg.size : 0;
        const verbatim = best >= 0 && longestQuoted(head, cands[best].grams) >= 12;
        if (verbatim && share >= 0.3) hit = { c: cands[best], how: 'quote' };
      }
      if (hit) {
        matched++;
        pairs.push({ task: hit.c.task, table: t.index, row: r.index, how: hit.how, heading: hit.c.heading, paragraph: hit.c.paragraph });
      } else rowsWithoutTask.push({ table: t.index, row: r.index, text });
    }
    counts.set(t.index, { rows, matched });
  }
  const covered = new Set(pairs.map((p) => p.task));
  // the rows and tasks left over, paired when each is the other's only near title (a task's titles count once)
  const open = cands.filter((c) => c.task >= 0 && !covered.has(c.task));
  if (rowsWithoutTask.length * open.length <= NEAR_BUDGET) {
    const partners = rowsWithoutTask.map((r) => [...new Set(open.filter((c) => nearTitle(r.text, c.title)).map((c) => c.task))]);
    const near = rowsWithoutTask.filter((_, k) => partners[k].length === 1 && partners.filter((p) => p.length === 1 && p[0] === partners[k][0]).length === 1);
    for (const r of near) {
      const c = open.find((o) => o.task === partners[rowsWithoutTask.indexOf(r)][0])!;
      pairs.push({ task: c.task, table: r.table, row: r.row, how: 'near', heading: c.heading, paragraph: c.paragraph });
      covered.add(c.task);
      counts.get(r.table)!.matched++;
    }
    rowsWithoutTask = rowsWithoutTask.filter((r) => !near.includes(r));
    pairs.sort((a, b) => a.table - b.table || a.row - b.row);
  }
  for (const t of tables) {
    const { rows, matched } = counts.get(t.index)!;
    if (rows > 0 && (/分工/.test(t.title?.text ?? '') || matched * 2 > rows)) divisionOf.push(t.index);
  }
  return { pairs, tasksWithoutRow: model.tasks.filter((t) => !covered.has(t.index)).map((t) => t.index), rowsWithoutTask: rowsWithoutTask.map(({ table, row }) => ({ table, row })), divisionOf };
}

describe('units/match equals the reference algorithm', function () {
  this.timeout(120_000);
  const same = (text: string) => {
    const m = parse(text);
    assert.deepStrictEqual(matchTasksToRows(m), reference(m));
  };
  for (const f of SEED_FILES) it(`seed ${f.slice(0, 3)}`, () => same(seed(f.slice(0, 3))));
  it('a 100 KB synthetic document', () => same(buildSynthetic(100_000).text));
  it('edited seeds', () => {
    fc.assert(fc.property(editedArb, (c) => same(caseText(c))), { seed: 7, numRuns: 150 });
  });
});
