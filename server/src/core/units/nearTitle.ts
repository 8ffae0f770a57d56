// A 分工表 row whose task is written a little differently from the body's title (统筹规划养老服务设施建设
// for 统筹规划服务设施建设, one character mistyped) pairs with no task by title: the task was reported as
// missing from the table and the row as having no source, two findings that misname one inconsistency.
// After the exact matching, a row and a task left over on both sides are paired when their titles differ by
// a typo or a short insertion and neither has another such partner; the pair is compared like any other and
// units/title-mismatch names the difference.

import { isDigitCode } from '../text/numerals';

/** Titles shorter than this (after normaliseText) are too short to tell a slip from another task. */
export const NEAR_MIN = 6;
/** A two-character insertion is a slip only in a title at least this long (加强组织领导 / 加强组织保障 are two tasks). */
const INSERTION_MIN = 8;
/** Longer texts are quotes of the body, not titles. */
const NEAR_MAX = 80;
/** Rows × titles left over beyond this are no plan's (a generated table): the pass is skipped. */
export const NEAR_BUDGET = 250_000;

/**
 * Whether a row's text and a title (both normalised) name one task written two ways: one character
 * inserted, dropped or replaced, or two inserted (or dropped) in a title of INSERTION_MIN characters or more.
 * Two characters replaced change a word (医养 / 托育): another task.
 */
export function nearTitle(a: string, b: string): boolean {
  if (a === b) return false;
  // no [s, l] pair: this runs for every row against every task of a near length
  const s = a.length <= b.length ? a : b;
  const l = s === a ? b : a;
  if (s.length < NEAR_MIN || l.length > NEAR_MAX) return false;
  const diff = l.length - s.length;
  if (diff === 0) {
    // one replaced character, not a digit (5万 / 6万 are two targets)
    let at = -1;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) === l.charCodeAt(i)) continue;
      if (at >= 0) return false;
      at = i;
    }
    return !isDigitCode(s.charCodeAt(at)) && !isDigitCode(l.charCodeAt(at));
  }
  if (diff === 2 && s.length < INSERTION_MIN) return false;
  return diff <= 2 && skipsOf(s, l) > 0;
}

/**
 * Walks `s` as a subsequence of `l` (read greedily), stopping once more characters of `l` are skipped than it is
 * longer: the skipped count when `s` is one and none skipped is a digit (1.5万 read without its point is 15万, and
 * 15万 / 5万 are two targets), else -1. Counts, so the near pass builds no string per comparison.
 */
function skipsOf(s: string, l: string): number {
  let skipped = 0;
  let i = 0;
  for (let j = 0; j < l.length; j++) {
    const c = l.charCodeAt(j);
    if (i < s.length && s.charCodeAt(i) === c) i++;
    else if (skipped === l.length - s.length || isDigitCode(c)) return -1;
    else skipped++;
  }
  return i === s.length ? skipped : -1;
}

/** The characters of `l` that `s` skips when it is a subsequence of `l` (read greedily, as skipsOf reads it). */
function dropped(s: string, l: string): string {
  let extra = '';
  let i = 0;
  for (let j = 0; j < l.length; j++) {
    if (i < s.length && s.charCodeAt(i) === l.charCodeAt(j)) i++;
    else extra += l[j];
  }
  return extra;
}

export interface NearRow {
  /** the row's normalised task text */
  text: string;
}

export interface NearCandidate {
  task: number;
  /** normalised title */
  title: string;
}

/**
 * The rows and tasks left over, paired where each has exactly one near partner (several titles of a task
 * count as one partner). Returns [row index in `rows`, candidate index in `cands`] in row order.
 */
export function nearPairs(rows: readonly NearRow[], cands: readonly NearCandidate[]): [number, number][] {
  if (!rows.length || !cands.length || rows.length * cands.length > NEAR_BUDGET) return [];
  // by length: a near title is within two characters of the row's length
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < cands.length; i++) {
    const n = cands[i].title.length;
    if (n < NEAR_MIN || n > NEAR_MAX) continue;
    const list = byLength.get(n);
    if (list) list.push(i);
    else byLength.set(n, [i]);
  }
  // each row's single partner (a candidate index), -1 none, -2 more than one task
  const partner: number[] = [];
  // per task: how many rows take it as their partner
  const taken = new Map<number, number>();
  for (let r = 0; r < rows.length; r++) {
    const text = rows[r].text;
    let found = -1;
    for (let n = text.length - 2; n <= text.length + 2 && found !== -2; n++) {
      const list = byLength.get(n);
      if (!list) continue;
      for (let k = 0; k < list.length; k++) {
        const c = list[k];
        if (!nearTitle(text, cands[c].title)) continue;
        if (found >= 0 && cands[found].task !== cands[c].task) {
          found = -2;
          break;
        }
        // the first of a task's titles that is near (the whole title before its head)
        if (found < 0) found = c;
      }
    }
    partner.push(found);
    if (found >= 0) taken.set(cands[found].task, (taken.get(cands[found].task) ?? 0) + 1);
  }
  const out: [number, number][] = [];
  for (let r = 0; r < rows.length; r++) {
    const c = partner[r];
    if (c >= 0 && taken.get(cands[c].task) === 1) out.push([r, c]);
  }
  return out;
}

/**
 * How two near titles differ, in a drafter's words: 分工表多“养老”二字, 正文多“的”字, “领导”与“引导”一字之差
 * (the normalised texts nearTitle accepted: `row` the row's, `body` the task's).
 */
export function differenceOf(row: string, body: string): string {
  if (row.length === body.length) {
    let at = 0;
    while (at < row.length && row.charCodeAt(at) === body.charCodeAt(at)) at++;
    return `分工表写作“${row[at]}”，正文写作“${body[at]}”`;
  }
  const [s, l, longer] = row.length < body.length ? [row, body, '正文'] : [body, row, '分工表'];
  const extra = dropped(s, l);
  return `${longer}多“${extra}”${extra.length === 2 ? '二' : '一'}字`;
}
