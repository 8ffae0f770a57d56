// How the headings of one level are numbered in one scope (the body, the notice, each
// attachment): sibling groups under their parents, and whether the level restarts under each
// parent (一、 → （一）（二）, 二、 → （一）…) or runs on across parents (1–16 across （一）–（四）).
// Both schemes are legitimate; the scheme is read from the document, by majority of the places
// where a new group begins, and only breaks from it are issues.
import type { DocumentModel, Heading, HeadingLevel, Table, TableRow } from '../model/types';
import { keepHeadingFacts, newHeadingFacts, type HeadingFacts } from './facts';
import { markerWithOrdinal } from './markers';

export type Scheme = 'continuous' | 'restart' | 'unknown';

export interface LevelRun {
  scope: string;
  level: HeadingLevel;
  /** sibling groups in document order: the children of one parent that have this level */
  groups: Heading[][];
  scheme: Scheme;
  /** first headings of groups whose earlier items are written inline on the line before (附：1.… then 2.…) */
  inline?: Set<Heading>;
}

export function scopeOf(h: Pick<Heading, 'region' | 'attachment'>): string {
  return h.region + ':' + (h.attachment ?? '');
}

/** One scope's runs and open sibling groups, by level. */
interface ScopeRuns {
  runs: (LevelRun | undefined)[];
  groups: (Map<number, Heading[]> | undefined)[];
  /** per level, the group the last heading of that level went into and its parent */
  lastGroup: (Heading[] | undefined)[];
  lastParent: number[];
}

/** `facts`: filled in with each heading's level and parent on the way (the walk reads both). */
export function levelRuns(model: DocumentModel, facts?: HeadingFacts): LevelRun[] {
  // runs in order of first appearance; per scope, the run and the open sibling groups by level
  // (headings come scope by scope, so the scope's key is worked out when it changes, not per heading)
  const runs: LevelRun[] = [];
  const scopes = new Map<string, ScopeRuns>();
  let cur: ScopeRuns | undefined;
  let curScope = '';
  let lastRegion: Heading['region'] | undefined;
  let lastAttachment: number | undefined;
  const headings = model.headings;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    if (!cur || h.region !== lastRegion || h.attachment !== lastAttachment) {
      curScope = scopeOf(h);
      lastRegion = h.region;
      lastAttachment = h.attachment;
      cur = scopes.get(curScope);
      if (!cur) {
        cur = { runs: [], groups: [], lastGroup: [], lastParent: [-2, -2, -2, -2, -2] };
        scopes.set(curScope, cur);
      }
    }
    const level = h.level;
    if (facts) {
      facts.levels[i] = level;
      facts.parents[i] = h.parent;
    }
    // the next sibling of the level's last heading (most headings): its group is the one that heading went
    // into, found without the map (the map's entry for that parent is that group until a sibling replaces it)
    let g = cur.lastParent[level] === h.parent ? cur.lastGroup[level] : undefined;
    if (g && (h.ordinal !== 1 || g[g.length - 1].paragraph + 1 === h.paragraph)) {
      // (a 1 right after its sibling has no lead-in paragraph between them to start a new list)
      g.push(h);
      continue;
    }
    let run = cur.runs[level];
    if (!run) {
      run = { scope: curScope, level, groups: [], scheme: 'unknown' };
      cur.runs[level] = run;
      runs.push(run);
    }
    const groups = (cur.groups[level] ??= new Map());
    g ??= groups.get(h.parent);
    if (g && h.ordinal === 1 && leadIn(model, g[g.length - 1], h)) {
      // 养老方面：1. 2. 3.  托育方面：1. 2. — a labelled sub-list under the same parent starts over
      groups.delete(h.parent);
      g = undefined;
    }
    if (!g) {
      g = [];
      groups.set(h.parent, g);
      run.groups.push(g);
      if (continuesInline(model, h)) (run.inline ??= new Set()).add(h);
    }
    g.push(h);
    cur.lastGroup[level] = g;
    cur.lastParent[level] = h.parent;
  }
  for (let r = 0; r < runs.length; r++) runs[r].scheme = schemeOf(runs[r].groups);
  return runs;
}

/**
 * A short paragraph ending with a colon between two siblings (托育方面：) introduces a new list; so does an
 * article (第三条 …会议的主要内容是：) of a 制度 or 办法, whose items each 条 numbers from （一）.
 */
function leadIn(model: DocumentModel, prev: Heading, h: Heading): boolean {
  for (let i = prev.paragraph + 1; i < h.paragraph; i++) {
    const p = model.paragraphs[i];
    if (!p.heading && ((p.text.length <= 40 && /[：:]$/.test(p.text)) || ARTICLE.test(p.text))) return true;
  }
  return false;
}

const ARTICLE = /^第[一二三四五六七八九十百零〇]{1,5}条/;

/**
 * Whether the short paragraph before `h` ends with the item before it, written after a colon on the lead-in's
 * own line: 附：1.目标任务分解表 then 2.主要工作任务. The list starts at 1 there, not at `h`.
 */
export function continuesInline(model: DocumentModel, h: Heading): boolean {
  if (h.ordinal < 2) return false;
  const p = model.paragraphs[h.paragraph - 1];
  if (!p || p.heading || p.text.length > 80) return false;
  const colon = Math.max(p.text.lastIndexOf('：'), p.text.lastIndexOf(':'));
  if (colon < 0) return false;
  const after = p.text.slice(colon + 1).replace(/^[ \u3000]+/, '');
  const before = markerWithOrdinal(h, h.ordinal - 1);
  return after.length > before.length && after.startsWith(before);
}

function schemeOf(groups: Heading[][]): Scheme {
  let continuous = 0;
  let restart = 0;
  for (let i = 1; i < groups.length; i++) {
    const first = groups[i][0].ordinal;
    const prevLast = groups[i - 1][groups[i - 1].length - 1].ordinal;
    if (first === 1) restart++;
    else if (first === prevLast + 1) continuous++;
  }
  if (continuous > restart) return 'continuous';
  if (restart > continuous) return 'restart';
  return 'unknown';
}

export type IssueKind = 'duplicate' | 'gap' | 'out-of-order' | 'first' | 'restarted' | 'continued';

export interface NumberingIssue {
  kind: IssueKind;
  heading: Heading;
  /** the ordinal this heading should have */
  expected: number;
  /** duplicate: the heading that already used the ordinal; out-of-order: the one it is swapped with */
  other?: Heading;
  /** the last correct ordinal before this heading (for messages), 0 at the start */
  previous: number;
  run: LevelRun;
}

/**
 * Walks a sequence of ordinals: each should be the previous plus one. At a break, a typo (the
 * next one fits the count again) keeps the expected count; a shift (an item inserted or removed)
 * takes the written value, so one mistake is reported once.
 */
interface Step<T> {
  item: T;
  kind: 'duplicate' | 'gap' | 'out-of-order';
  expected: number;
  other?: T;
  previous: number;
}

/**
 * The first item met at each ordinal in a walk (a run's groups share one while the count runs on), in place of
 * a Map per run, group and table segment that every ordinal was set in. Ordinals below SMALL (all the parser
 * reads: at most four digits or Chinese numerals) sit in two arrays shared by every Seen, each slot marked
 * with the Seen that wrote it, grown to the largest ordinal met; others in a Map. The walks run one after
 * another and a Seen is not read once the next one is made; release() empties the slots after a walk, so no
 * heading or row of a document stays reachable from them.
 */
const SMALL = 10_000;
let slotOwner = new Int32Array(64);
const slotItem: unknown[] = new Array<unknown>(64);
let highWater = 0;
let lastId = 0;

export class Seen<T> {
  private readonly id: number;
  private big?: Map<number, T>;

  constructor() {
    if (lastId === 0x7fffffff) {
      slotOwner.fill(0);
      lastId = 0;
    }
    this.id = ++lastId;
  }

  get(o: number): T | undefined {
    if (o >= 0 && o < SMALL && Number.isInteger(o)) return o < slotOwner.length && slotOwner[o] === this.id ? (slotItem[o] as T) : undefined;
    return this.big?.get(o);
  }

  has(o: number): boolean {
    if (o >= 0 && o < SMALL && Number.isInteger(o)) return o < slotOwner.length && slotOwner[o] === this.id;
    return this.big !== undefined && this.big.has(o);
  }

  set(o: number, item: T): void {
    if (o >= 0 && o < SMALL && Number.isInteger(o)) {
      if (o >= slotOwner.length) {
        let size = slotOwner.length;
        while (size <= o) size *= 2;
        const owner = new Int32Array(size);
        owner.set(slotOwner);
        slotOwner = owner;
        slotItem.length = size;
      }
      slotOwner[o] = this.id;
      slotItem[o] = item;
      if (o >= highWater) highWater = o + 1;
      return;
    }
    (this.big ??= new Map()).set(o, item);
  }

  /** Empties the shared slots (the items they hold), once the walks that use them are done. */
  static release(): void {
    slotItem.fill(undefined, 0, highWater);
    highWater = 0;
  }
}

/** `limit`: stop once this many steps are found (the caller keeps no more; 100 000 duplicates cost nothing then). */
export function walkSequence<T>(items: readonly T[], ordinal: (t: T) => number, start: number, seen: Seen<T>, limit = Infinity): { steps: Step<T>[]; last: number } {
  const steps: Step<T>[] = [];
  let prev = start - 1;
  for (let i = 0; i < items.length && steps.length < limit; i++) {
    const it = items[i];
    const o = ordinal(it);
    const exp = prev + 1;
    if (o === exp) {
      if (!seen.has(o)) seen.set(o, it);
      prev = o;
      continue;
    }
    const next = i + 1 < items.length ? ordinal(items[i + 1]) : undefined;
    if (o === exp + 1 && next === exp) {
      // two neighbours swapped: one finding for the pair
      steps.push({ item: it, kind: 'out-of-order', expected: exp, other: items[i + 1], previous: prev });
      seen.set(exp, items[i + 1]);
      seen.set(exp + 1, it);
      prev = exp + 1;
      i++;
      continue;
    }
    const dup = seen.get(o);
    steps.push({ item: it, kind: dup !== undefined ? 'duplicate' : o < exp ? 'out-of-order' : 'gap', expected: exp, other: dup, previous: prev });
    if (next === exp + 1) prev = exp;
    else prev = o;
    if (!seen.has(o)) seen.set(o, it);
  }
  return { steps, last: prev };
}

/**
 * The ordinal the first heading of group `gi` should have. `counted` is where the level stands
 * if every earlier heading were numbered right, `written` where the written markers stand: a
 * group that follows either is not a new mistake.
 */
function groupStart(run: LevelRun, gi: number, counted: number, written: number): { start: number; issue?: IssueKind } {
  const first = run.groups[gi][0].ordinal;
  if (run.inline?.has(run.groups[gi][0]) && (gi === 0 || run.scheme !== 'continuous')) return { start: first };
  if (gi === 0) return { start: 1, issue: first === 1 ? undefined : 'first' };
  if (run.scheme === 'continuous') {
    if (first === counted + 1 || first === written + 1) return { start: first };
    return { start: counted + 1, issue: first === 1 ? 'restarted' : 'gap' };
  }
  if (run.scheme === 'restart') {
    if (first === 1) return { start: 1 };
    return { start: 1, issue: first === written + 1 ? 'continued' : 'first' };
  }
  if (first === 1) return { start: 1 };
  if (first === written + 1) return { start: first };
  return { start: 1, issue: 'first' };
}

/** The run's issues in document order, the first `limit` of them. */
export function runIssues(run: LevelRun, limit = Infinity): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  let counted = 0;
  let written = 0;
  let seen = new Seen<Heading>();
  for (let gi = 0; gi < run.groups.length && issues.length < limit; gi++) {
    const g = run.groups[gi];
    const { start, issue } = groupStart(run, gi, counted, written);
    if (start === 1) seen = new Seen();
    let from = start;
    let items = g;
    if (issue) {
      issues.push({ kind: issue, heading: g[0], expected: start, previous: start - 1, run });
      // a whole group shifted (（二）（三） under a new parent) is one finding, not one per heading
      const shifted = g.length > 1 && g[1].ordinal === g[0].ordinal + 1;
      seen.set(shifted ? g[0].ordinal : start, g[0]);
      items = g.slice(1);
      from = (shifted ? g[0].ordinal : start) + 1;
    }
    const walked = walkSequence(items, ordinalOf, from, seen, limit - issues.length);
    for (const s of walked.steps) issues.push({ kind: s.kind, heading: s.item, expected: s.expected, other: s.other, previous: s.previous, run });
    written = walked.last;
    counted = start + g.length - 1;
  }
  Seen.release();
  return issues.length > limit ? issues.slice(0, limit) : issues;
}

const ordinalOf = (h: Heading) => h.ordinal;

/** Past this many breaks in one level the text is not numbered prose: say it a few times, not 100 000. */
const MAX_PER_RUN = 20;

export function numberingIssues(model: DocumentModel, facts?: HeadingFacts): NumberingIssue[] {
  const out: NumberingIssue[] = [];
  for (const run of levelRuns(model, facts)) for (const i of runIssues(run, MAX_PER_RUN)) out.push(i);
  out.sort((a, b) => a.heading.index - b.heading.index);
  return out;
}

/** Memoised per analysis: the numbering checks share one walk. */
export function sharedNumberingIssues(model: DocumentModel, shared: Map<string, unknown>): NumberingIssue[] {
  const key = 'numbering/issues';
  let v = shared.get(key) as NumberingIssue[] | undefined;
  if (!v) {
    // the walk reads each heading's level and parent: kept for the checks that need only those
    const facts = newHeadingFacts(model.headings.length);
    v = numberingIssues(model, facts);
    keepHeadingFacts(shared, facts);
    shared.set(key, v);
  }
  return v;
}

// ───────────────────────────── tables ─────────────────────────────

export interface TableIssue {
  kind: 'duplicate' | 'gap' | 'out-of-order' | 'first';
  table: Table;
  row: TableRow;
  expected: number;
  other?: TableRow;
  previous: number;
}

/** A 序号 column restarts at 1 only after a section row (一、健全服务体系); otherwise it counts on. */
export function tableSegments(table: Table): TableRow[][] {
  const segments: TableRow[][] = [];
  let current: TableRow[] = [];
  let sawSection = false;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === 'section') sawSection = true;
    if (r.kind !== 'row' || r.seq === undefined) continue;
    if (sawSection && r.seq === 1 && current.length) {
      segments.push(current);
      current = [];
    }
    sawSection = false;
    current.push(r);
  }
  if (current.length) segments.push(current);
  return segments;
}

export function numberedTable(table: Table): boolean {
  return table.seqColumn === 0;
}

/** The table's issues in row order, the first `limit` of them. */
export function tableIssues(table: Table, limit = Infinity): TableIssue[] {
  if (!numberedTable(table)) return [];
  const issues: TableIssue[] = [];
  const segments = tableSegments(table);
  for (let si = 0; si < segments.length && issues.length < limit; si++) {
    const seg = segments[si];
    const seen = new Seen<TableRow>();
    let items = seg;
    let start = 1;
    if (si === 0 && seg[0].seq !== 1) {
      issues.push({ kind: 'first', table, row: seg[0], expected: 1, previous: 0 });
      const shifted = seg.length > 1 && seg[1].seq === seg[0].seq! + 1;
      seen.set(shifted ? seg[0].seq! : 1, seg[0]);
      items = seg.slice(1);
      start = shifted ? seg[0].seq! + 1 : 2;
    }
    const walked = walkSequence(items, (r) => r.seq!, start, seen, limit - issues.length);
    for (const s of walked.steps) issues.push({ kind: s.kind, table, row: s.item, expected: s.expected, other: s.other, previous: s.previous });
  }
  Seen.release();
  return issues.length > limit ? issues.slice(0, limit) : issues;
}

export function sharedTableIssues(model: DocumentModel, shared: Map<string, unknown>): TableIssue[] {
  const key = 'numbering/tableIssues';
  let v = shared.get(key) as TableIssue[] | undefined;
  if (!v) {
    v = model.tables.flatMap((t) => tableIssues(t, MAX_PER_RUN));
    shared.set(key, v);
  }
  return v;
}
