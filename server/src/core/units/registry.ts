// The departments one document names, computed once per analysis and shared by the checks,
// hover, completion and rename: every mention (task brackets, 分工表 cells, the 工作专班 member
// list, the 主要职责 section) with its spelling as written, with its jurisdiction restored and
// its canonical name; the near-misses and run-together names found among them.
import type { DocumentModel, Position, Range, Span } from '../model/types';
import type { GongwenConfig } from '../config';
import { comparePos, containsPos, spanRange } from '../text/span';
import { UNIT_SUFFIX } from '../parse/patterns';
import { splitUnits, type SplitResult } from './split';
import { Names, isGeneric, namesFor, normaliseName, oneSlip, type Edit } from './names';
import { dutySpots, memberSpots, type NameSpot } from './sources';

export type MentionSource = 'task' | 'table' | 'member' | 'duty';

export interface Mention {
  /** the name as written (role and 等… tail stripped) */
  name: string;
  /** with the jurisdiction restored: 民政局 after 县发改局 → 县民政局 */
  expanded: string;
  /** the department it names: 县发改局 → 县发展和改革局 */
  canonical: string;
  range: Range;
  source: MentionSource;
  /** index into model.tasks (source 'task') */
  task?: number;
  /** index into model.tables and into that table's rows (source 'table') */
  table?: number;
  row?: number;
  /** 牵头, 参加, 按职责分工负责 … */
  role?: string;
  /** the spelling compared between mentions: `expanded` with the document's own place written as its level (北安市民政局 → 市民政局) */
  form: string;
  /** a group rather than one department: 各乡镇人民政府, 有关部门（单位） */
  generic: boolean;
  /** the 等… tail after this unit (等有关部门（单位）) */
  etc?: string;
}

export interface Department {
  canonical: string;
  /** the spellings seen, as written, most used first */
  aliases: string[];
  mentions: Mention[];
}

/** One units list: a task's bracket or a 分工表 units cell. */
export interface UnitListRef {
  source: 'task' | 'table';
  span: Span;
  split: SplitResult;
  /** mentions made by each split item (an empty item makes none, a run-together one makes two) */
  mentions: Mention[][];
  task?: number;
  table?: number;
  row?: number;
}

/** 县财政局县税务局: two names written without 、 between them. */
export interface JoinedName {
  list: UnitListRef;
  item: number;
  /** offset in list.span.text where the second name begins */
  at: number;
  first: Mention;
  second: Mention;
}

/** A name used once or twice that is one slip away from a name the document uses many times. */
export interface NearMiss {
  mention: Mention;
  /** the spelling it was meant to be (a form) */
  target: string;
  edit: Edit;
  /** the task, table and duty mentions of the target */
  targetMentions: Mention[];
}

export interface UnitRegistry {
  departments: Department[];
  mentions: Mention[];
  byCanonical(name: string): Department | undefined;
  mentionAt(pos: Position): Mention | undefined;
  /** canonical name of a name as a drafter would write it in this document */
  resolve(name: string): string;
  names: Names;
  lists: UnitListRef[];
  joined: JoinedName[];
  nearMisses: NearMiss[];
  /** task, table and duty mentions by form: what "the document uses this spelling N times" counts */
  forms: Map<string, Mention[]>;
}

export const REGISTRY_KEY = 'units/registry';

/** Frequent enough to be the document's spelling. */
export const FREQUENT = 3;
/** Rare enough to be a slip. */
export const RARE = 2;

const BARE_ORGAN = /^[省市县区州旗盟](委|政府|人大|政协|纪委)$/;
/** Characters that tell numbered, placed or differently governed units apart (县一中/县二中, 东城/西城, 县/市): a different unit, not a slip. */
const DISTINCT = /[0-9０-９一二三四五六七八九十东南西北中上下前后左右大小新老内外甲乙丙丁省市县区乡镇村州旗盟]/;
/** One of these more or less is a number or a jurisdiction (社区指导中心 is 县社区指导中心 abbreviated). */
const DISTINCT_EXTRA = /[0-9０-９一二三四五六七八九十省市县区乡镇村州旗盟]/;

const COUNTED: ReadonlySet<MentionSource> = new Set(['task', 'table', 'duty']);

interface MentionPlace {
  task?: number;
  table?: number;
  row?: number;
  role?: string;
  etc?: string;
}

const NOWHERE: MentionPlace = {};

function makeMention(names: Names, written: string, base: string, range: Range, source: MentionSource, at: MentionPlace): Mention {
  return mention(names, written, normaliseName(written), base, range, source, at.task, at.table, at.row, at.role, at.etc);
}

/** One object shape for every mention, every field written (a spread of optional fields made many shapes and a copy). */
function mention(
  names: Names,
  written: string,
  name: string,
  base: string,
  range: Range,
  source: MentionSource,
  task: number | undefined,
  table: number | undefined,
  row: number | undefined,
  role: string | undefined,
  etc: string | undefined,
): Mention {
  const r = names.read(name, base);
  return { name: written, expanded: r.expanded, canonical: r.canonical, range, source, task, table, row, role, form: r.form, generic: names.facts(name).generic, etc };
}

/**
 * The mentions written without a jurisdiction the names table could restore, with the jurisdiction
 * they would get back, in the order they were made: restoreAbbreviations visits only these (a
 * WeakMap over every mention cost a lookup each and weighed on the collector).
 */
interface Pending {
  mentions: Mention[];
  bases: string[];
}

function listMentions(names: Names, list: UnitListRef, fallbackBase: string, pending: Pending): void {
  let base = '';
  const { items } = list.split;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const n = normaliseName(item.name);
    if (!n) {
      list.mentions.push(NONE);
      continue;
    }
    const facts = names.facts(n);
    if (facts.base && !facts.generic) base = facts.base;
    const lent = base || fallbackBase;
    const m = mention(names, item.name, n, lent, item.range, list.source, list.task, list.table, list.row, item.role, item.etc);
    if (m.expanded === n && !m.generic && !facts.placed && lent) {
      pending.mentions.push(m);
      pending.bases.push(lent);
    }
    list.mentions.push([m]);
  }
}

/** The mentions of an empty item: one shared array, frozen (findJoins replaces a group, nothing adds to one). */
const NONE = Object.freeze([]) as unknown as Mention[];

/**
 * 县民政局、社区指导中心: a name the table of names does not know gets its jurisdiction back too,
 * when the document writes that fuller name elsewhere (县社区指导中心).
 */
function restoreAbbreviations(names: Names, mentions: readonly Mention[], pending: Pending): void {
  if (!pending.mentions.length) return;
  const forms = new Map<string, Mention>();
  // an indexed loop over every mention: for…of allocated an iterator result per step until optimised
  for (let i = 0; i < mentions.length; i++) if (!forms.has(mentions[i].form)) forms.set(mentions[i].form, mentions[i]);
  for (let i = 0; i < pending.mentions.length; i++) {
    const m = pending.mentions[i];
    const full = forms.get(names.form(pending.bases[i] + m.expanded));
    if (!full || full === m) continue;
    m.expanded = full.expanded;
    m.form = full.form;
    m.canonical = full.canonical;
  }
}

function spotMention(names: Names, s: NameSpot, source: 'member' | 'duty'): Mention {
  return makeMention(names, s.name, names.level, spanRange(s.paragraph, s.from, s.to), source, NOWHERE);
}

function countForms(mentions: readonly Mention[]): Map<string, Mention[]> {
  const forms = new Map<string, Mention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!COUNTED.has(m.source) || m.generic) continue;
    const list = forms.get(m.form);
    if (list) list.push(m);
    else forms.set(m.form, [m]);
  }
  return forms;
}

/** 县财政局县税务局 → 县财政局 + 县税务局, when both halves are names the document or the table knows. */
function findJoins(names: Names, lists: UnitListRef[], forms: Map<string, Mention[]>): JoinedName[] {
  const joined: JoinedName[] = [];
  const seenAlone = (s: string) => names.isKnown(s) || (forms.get(names.form(s))?.length ?? 0) > 0;
  for (const list of lists) {
    const items = list.split.items;
    // an indexed loop, not forEach: a closure per list, and a 10k-row table has 10k lists
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const ms = list.mentions[i];
      // a name shorter than six is no join whether or not normalising changes it: spares normaliseName on most names
      if (ms.length !== 1 || item.name.length < 6) continue;
      const m = ms[0];
      const n = normaliseName(item.name);
      if (m.generic || n !== item.name || n.length < 6 || names.isKnown(m.expanded) || (forms.get(m.form)?.length ?? 0) > RARE) continue;
      for (let k = 3; k <= n.length - 3; k++) {
        const left = n.slice(0, k);
        const right = n.slice(k);
        if (!UNIT_SUFFIX.test(left) || !names.hasJurisdiction(right) || isGeneric(right)) continue;
        const leftExpanded = names.expand(left, m.expanded.slice(0, m.expanded.length - n.length) || names.level);
        if (!seenAlone(leftExpanded) || !seenAlone(right)) continue;
        const at = list.split.offsets[i];
        const first = makeMention(names, left, names.baseOf(leftExpanded), spanRange(list.span, at, at + k), list.source, { task: m.task, table: m.table, row: m.row, role: m.role });
        const second = makeMention(names, right, names.baseOf(right), spanRange(list.span, at + k, at + n.length), list.source, { task: m.task, table: m.table, row: m.row, role: m.role, etc: m.etc });
        list.mentions[i] = [first, second];
        joined.push({ list, item: i, at: at + k, first, second });
        break;
      }
    }
  }
  return joined;
}

function plausibleSlip(rare: string, target: string, e: Edit): boolean {
  if (e.kind === 'substitute') {
    if (DISTINCT.test(e.chars) || DISTINCT.test(e.expected ?? '')) return false;
    // 委 for 局 at the end is another kind of organ, not a typo
    if (rare.length <= 3 || UNIT_SUFFIX.test(e.chars) || UNIT_SUFFIX.test(e.expected ?? '')) return false;
  }
  if (e.kind === 'insert' || e.kind === 'delete') {
    if (DISTINCT_EXTRA.test(e.chars)) return false;
  }
  return rare.length >= 3 && target.length >= 3;
}

function findNearMisses(names: Names, forms: Map<string, Mention[]>): NearMiss[] {
  const out: NearMiss[] = [];
  const frequent = [...forms.entries()].filter(([, ms]) => ms.length >= FREQUENT);
  if (!frequent.length || forms.size > 5000) return out;
  for (const [form, ms] of forms) {
    if (ms.length > RARE || names.isKnown(form) || BARE_ORGAN.test(form)) continue;
    if (!ms.some((m) => m.source === 'task' || m.source === 'table')) continue;
    let best: { form: string; edit: Edit; ms: Mention[] } | undefined;
    for (const [f, fms] of frequent) {
      if (fms.length < 2 * ms.length + 1 || Math.abs(f.length - form.length) > 2) continue;
      const e = oneSlip(form, f);
      if (!e || !plausibleSlip(form, f, e)) continue;
      if (!best || fms.length > best.ms.length) best = { form: f, edit: e, ms: fms };
    }
    if (!best) continue;
    const canonical = best.ms[0].canonical;
    for (const m of ms) {
      m.canonical = canonical;
      if (m.source === 'task' || m.source === 'table') out.push({ mention: m, target: best.form, edit: best.edit, targetMentions: best.ms });
    }
  }
  return out;
}

function buildDepartments(mentions: readonly Mention[]): Department[] {
  const by = new Map<string, Mention[]>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const list = by.get(m.canonical);
    if (list) list.push(m);
    else by.set(m.canonical, [m]);
  }
  const out: Department[] = [];
  for (const [canonical, ms] of by) {
    const counts = new Map<string, number>();
    for (let i = 0; i < ms.length; i++) counts.set(ms[i].name, (counts.get(ms[i].name) ?? 0) + 1);
    const aliases = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    out.push({ canonical, aliases, mentions: ms });
  }
  return out;
}

/**
 * Sorted by position. Tasks, table rows and spots each come in document order, and the table and the
 * member list usually follow the body: a pass that finds them in order spares the sort (which is stable,
 * so skipping it changes nothing).
 */
function inOrder(ms: Mention[]): Mention[] {
  for (let i = 1; i < ms.length; i++) if (comparePos(ms[i - 1].range.start, ms[i].range.start) > 0) return ms.sort((a, b) => comparePos(a.range.start, b.range.start));
  return ms;
}

export function buildRegistry(model: DocumentModel, config: Pick<GongwenConfig, 'unitAliases'>): UnitRegistry {
  const names = namesFor(model.jurisdiction, config.unitAliases);
  const lists: UnitListRef[] = [];
  model.tasks.forEach((t) => {
    // parse split the same bracket content: its items (ranges included) are taken over where they agree
    const split = splitUnits(t.units, 1, Math.max(1, t.units.text.length - 1), t.units.items);
    lists.push({ source: 'task', span: t.units, split, mentions: [], task: t.index });
  });
  model.tables.forEach((t) => {
    if (t.unitsColumn < 0) return;
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      const cell = r.cells.find((c) => c.column === t.unitsColumn);
      if (!cell || !cell.text.trim()) continue;
      lists.push({ source: 'table', span: cell, split: splitUnits(cell), mentions: [], table: t.index, row: r.index });
    }
  });
  const pending: Pending = { mentions: [], bases: [] };
  for (const l of lists) listMentions(names, l, names.level, pending);
  const spots = [
    ...memberSpots(model, names).map((s) => spotMention(names, s, 'member')),
    ...dutySpots(model).map((s) => spotMention(names, s, 'duty')),
  ];
  // a plain loop into an array of the right size: flatMap + flat + spread were a fifth of the registry's time
  const collect = () => {
    let n = spots.length;
    for (let l = 0; l < lists.length; l++) for (let g = 0; g < lists[l].mentions.length; g++) n += lists[l].mentions[g].length;
    const all: Mention[] = new Array(n);
    let i = 0;
    for (let l = 0; l < lists.length; l++) {
      const groups = lists[l].mentions;
      for (let g = 0; g < groups.length; g++) for (let k = 0; k < groups[g].length; k++) all[i++] = groups[g][k];
    }
    for (let k = 0; k < spots.length; k++) all[i++] = spots[k];
    return all;
  };
  const all = collect();
  restoreAbbreviations(names, all, pending);
  let forms = countForms(all);
  const joined = findJoins(names, lists, forms);
  // a join replaced one mention by two: collect again
  const mentions = inOrder(joined.length ? collect() : all);
  if (joined.length) forms = countForms(mentions);
  const nearMisses = findNearMisses(names, forms);
  const departments = buildDepartments(mentions);
  const byName = new Map(departments.map((d) => [d.canonical, d]));
  const slipCanonical = new Map(nearMisses.map((n) => [n.mention.form, n.mention.canonical]));
  const resolve = (name: string): string => {
    const expanded = names.expand(normaliseName(name), names.level);
    return slipCanonical.get(names.form(expanded)) ?? names.canonical(expanded);
  };
  return {
    departments,
    mentions,
    byCanonical: (name) => byName.get(name) ?? byName.get(resolve(name)),
    mentionAt(pos) {
      let best: Mention | undefined;
      for (const m of mentions) {
        if (m.range.start.line > pos.line) break;
        if (!containsPos(m.range, pos)) continue;
        if (!best || comparePos(m.range.start, best.range.start) > 0) best = m;
      }
      return best;
    },
    resolve,
    names,
    lists,
    joined,
    nearMisses,
    forms,
  };
}

/** The document's registry, computed once per analysis (the `shared` map lives as long as one document version). */
export function getRegistry(model: DocumentModel, config: Pick<GongwenConfig, 'unitAliases'>, shared?: Map<string, unknown>): UnitRegistry {
  const hit = shared?.get(REGISTRY_KEY) as UnitRegistry | undefined;
  if (hit) return hit;
  const r = buildRegistry(model, config);
  shared?.set(REGISTRY_KEY, r);
  return r;
}
