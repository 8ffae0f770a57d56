// The departments one document names, computed once per analysis and shared by the checks,
// hover, completion and rename: every mention (task brackets, 分工表 cells, the 工作专班 member
// list, the 主要职责 section) with its spelling as written, with its jurisdiction restored and
// its canonical name; the near-misses and run-together names found among them.
import type { Cell, DocumentModel, Position, Range, Span, UnitItem } from '../model/types';
import type { GongwenConfig } from '../config';
import { comparePos, containsPos, sameSegments, spanPos, spanRange } from '../text/span';
import { Memo, onClearMemos } from '../text/memo';
import { UNIT_SUFFIX } from '../parse/patterns';
import { itemRange, placeSplit, relativeSplitOf, splitBreaks, type RelativeSplit, type SplitResult } from './split';
import { isGeneric, looksLikeUnit, namesFor, normaliseName, oneSlip, type Edit, type Names } from './names';
import { nameSpots, type NameSpot } from './sources';

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
  /** the split placed in the span (made when first asked: most lists are never reported) */
  readonly split: SplitResult;
  /** mentions made by each split item (an empty item makes none, a run-together one makes two; made when first asked) */
  readonly mentions: Mention[][];
  /** the content's cached split, its offsets relative to `from`: what split places, read without placing it */
  rel: RelativeSplit;
  /** where the content starts in span.text */
  from: number;
  task?: number;
  table?: number;
  row?: number;
}

/** What a mention reads as: every field of it but where it is and which list holds it. */
export type MentionReading = Pick<Mention, 'name' | 'expanded' | 'canonical' | 'form' | 'generic' | 'role' | 'etc'>;

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
  /** how many mentions (mentions.length, without making them) */
  readonly size: number;
  /** mentions[id], made when first asked (the same object each time): a check makes only those it reports */
  mention(id: number): Mention;
  /** what mentions[id] reads as, without making the mention */
  reading(id: number): MentionReading;
  sourceOf(id: number): MentionSource;
  /** mentions[id].range (the same values), without making the mention */
  rangeOf(id: number): Range;
  /** the line mentions[id] starts on (0-based), without making the mention */
  lineOf(id: number): number;
  /** ids of the near-misses' mentions */
  readonly slipIds: readonly number[];
  /**
   * What a list's mentions read as, in order. The same array for every list (of any version) whose content
   * reads alike: a cache key for a value computed from the readings only.
   */
  readingsOf(list: UnitListRef): readonly MentionReading[];
  /**
   * Ids of the task, table and duty mentions that are not groups (those `forms` counts), by canonical name,
   * ascending; the names in the order of their first mention. Kept with the template.
   */
  countedByCanonical(): ReadonlyMap<string, readonly number[]>;
  /** task and table names that do not end like an organisation's, in document order (units/unknown-suffix) */
  unknownNames(): UnknownName[];
  /**
   * A value computed from this registry's names and mentions but never from where they are, kept for
   * every version with the same lists and names: `compute` may read every field of a mention but its
   * range, and its result names mentions by their index in `mentions` (the same mention in each such
   * version), never by the object. One value per `key` (the caller's own constant object).
   */
  derived<T>(key: object, compute: () => T): T;
}

/** 县自然资源: a name that does not end like an organisation's, with the known name it may lack the end of. */
export interface UnknownName {
  mention: Mention;
  /** 县自然资源局, when the table of names or the document knows it */
  completion: string | undefined;
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


// ───────────────────────────── templates ─────────────────────────────
//
// Everything the registry says about a document, except where the mentions are, depends only on the
// lists' texts (in order) and the names outside them, and on the order the mentions come in. After a
// keystroke outside every list (most keystrokes) all of that is as it was: it is kept as a template,
// keyed by those texts, and a new version only places it, giving each mention its range. A keystroke
// in a list (or one that reorders the mentions) builds the template again.

/**
 * What one mention reads as, without where it is or which list holds it. The readings of a list's items
 * are shared by every list with the same content (县民政局、县财政局 closes many tasks and fills as many
 * cells) and by every template made from them, so a reading is never changed once made: a template that
 * reads a mention otherwise (a jurisdiction restored, a slip's department) holds a copy of its own.
 */
interface Reading {
  name: string;
  expanded: string;
  canonical: string;
  form: string;
  generic: boolean;
  role: string | undefined;
  etc: string | undefined;
  /** one half of a run-together name: offsets relative to the item's; from is -1 for the whole item */
  from: number;
  to: number;
  /** names no organisation (units/unknown-suffix), when it is not a group: made with the reading, which every list of one content shares */
  unknown: boolean;
}

/** The items of every list with one content, read: its non-empty items' readings, in item order. */
interface ListReading {
  readings: readonly Reading[];
  /** the item each reading reads */
  items: readonly number[];
  /**
   * the form each reading would have with the jurisdiction restoreAbbreviations may give it back ('' for none;
   * undefined when it may give none): what restoreAbbreviations looks up
   */
  lentForms: readonly string[] | undefined;
}

interface Template {
  /** each list's split, in list order */
  rels: readonly RelativeSplit[];
  /** each list's items read (the readings shared by every list of its content) */
  read: readonly ListReading[];
  /** each list's source: 1 a task, 0 a table row */
  listSources: Uint8Array;
  /** the names outside the lists */
  spots: readonly { name: string; source: 'member' | 'duty' }[];
  /** per mention, in document order: what it reads, where it comes from, its list (-1 for a spot) and its item (or spot) */
  readings: readonly Reading[];
  sources: readonly MentionSource[];
  lists: Int32Array;
  items: Int32Array;
  /** by form, ids of task, table and duty mentions, in the order countForms filed them */
  forms: ReadonlyMap<string, readonly number[]>;
  joined: readonly { list: number; item: number; at: number; first: number; second: number }[];
  nearMisses: readonly { mention: number; target: string; edit: Edit }[];
  slipCanonical: ReadonlyMap<string, string>;
}

/** A units list of this version as the registry reads it from the model: a ListRef before it is placed. */
type ListSource = ListRef;

interface Spot {
  spot: NameSpot;
  source: 'member' | 'duty';
}

/** Whole-document values: a few documents' worth (each one held is one more document's mentions to keep). */
const templates = new Memo<Template>('units/registryTemplate', 16);

type Departments = readonly { canonical: string; aliases: string[]; ids: readonly number[] }[];

/** A template's departments, made when first asked (only hover, completion and rename read them). */
const templateDepartments = new WeakMap<Template, Departments>();

const COMPLETIONS = ['局', '委', '办', '中心', '委员会', '办公室', '人民政府', '大队'];

/** A template's unknown names (ids and completions), made when first asked: after a keystroke they are the same. */
const templateUnknown = new WeakMap<Template, readonly { id: number; completion: string | undefined }[]>();

function unknownOf(tpl: Template, names: Names): readonly { id: number; completion: string | undefined }[] {
  let out = templateUnknown.get(tpl);
  if (out) return out;
  templateUnknown.set(tpl, (out = unknownList(tpl, names)));
  return out;
}

/** unknownOf's list, its loop ending the function (see OSR_NOTE). */
function unknownList(tpl: Template, names: Names): { id: number; completion: string | undefined }[] {
  const list: { id: number; completion: string | undefined }[] = [];
  // indexed loops and a flag per mention: this runs once per template, mostly before it is optimised
  const skip = new Uint8Array(tpl.readings.length);
  // a slip is units/near-miss's, a run-together name units/joined's
  for (let k = 0; k < tpl.nearMisses.length; k++) skip[tpl.nearMisses[k].mention] = 1;
  for (let k = 0; k < tpl.joined.length; k++) skip[tpl.joined[k].first] = skip[tpl.joined[k].second] = 1;
  // the completion of a reading shared by many mentions (the same name in many lists), found once
  let completions: Map<Reading, string | undefined> | undefined;
  for (let id = 0; id < tpl.readings.length; id++) {
    const d = tpl.readings[id];
    if (!d.unknown || skip[id]) continue;
    const source = tpl.sources[id];
    if (source !== 'task' && source !== 'table') continue;
    completions ??= new Map();
    if (!completions.has(d)) {
      const name = normaliseName(d.name);
      // 县自然资源 → 县自然资源局 when that is a department the table or the document knows
      completions.set(d, COMPLETIONS.map((s) => name + s).find((c) => names.isKnown(c) || tpl.forms.has(names.form(c))));
    }
    list.push({ id, completion: completions.get(d) });
  }
  return list;
}

function departmentsOf(tpl: Template): Departments {
  let d = templateDepartments.get(tpl);
  if (!d) templateDepartments.set(tpl, (d = buildDepartments(tpl.readings)));
  return d;
}

/** Whether a (normalised) name read as `expanded` names no organisation: the table does not know it and it does not end like one. */
function unknownName(names: Names, name: string, expanded: string, generic: boolean): boolean {
  return !generic && !!name && !looksLikeUnit(name) && !names.isKnown(expanded);
}

function readingOf(names: Names, written: string, name: string, base: string, role: string | undefined, etc: string | undefined, from: number, to: number): Reading {
  const r = names.read(name, base);
  const generic = names.facts(name).generic;
  return { name: written, expanded: r.expanded, canonical: r.canonical, form: r.form, generic, role, etc, from, to, unknown: unknownName(names, name, r.expanded, generic) };
}

/** A copy of a reading under other names (every field written: one object shape). */
function renamed(names: Names, r: Reading, expanded: string, form: string, canonical: string): Reading {
  const unknown = expanded === r.expanded ? r.unknown : unknownName(names, normaliseName(r.name), expanded, r.generic);
  return { name: r.name, expanded, canonical, form, generic: r.generic, role: r.role, etc: r.etc, from: r.from, to: r.to, unknown };
}

/** By configuration, the readings of names outside the lists (the same member list in every template of a document). */
const spotReadings = new WeakMap<Names, Map<string, Reading>>();

function spotReading(names: Names, name: string): Reading {
  let byName = spotReadings.get(names);
  if (!byName) spotReadings.set(names, (byName = new Map()));
  let r = byName.get(name);
  if (!r) {
    // bounded: a pathological document must not grow it without end
    if (byName.size >= 4000) byName.clear();
    byName.set(name, (r = readingOf(names, name, normaliseName(name), names.level, undefined, undefined, -1, -1)));
  }
  return r;
}

/** By configuration, then by the list's cached split: the readings every list of that content shares. */
const listReadings = new WeakMap<Names, WeakMap<RelativeSplit, ListReading>>();

/**
 * A list's items read one after the other: a name without a jurisdiction gets the one the name before
 * it carried (县发改局、民政局 → 县民政局), or the document's level. Depends only on the content and the
 * configuration, so it is read once per content: the 1 MB plan has 1,370 lists of 106 contents.
 */
function listReading(names: Names, rel: RelativeSplit): ListReading {
  let byRel = listReadings.get(names);
  if (!byRel) listReadings.set(names, (byRel = new WeakMap()));
  let lr = byRel.get(rel);
  if (lr) return lr;
  const readings: Reading[] = [];
  const items: number[] = [];
  let lentForms: string[] | undefined;
  let base = '';
  for (let i = 0; i < rel.items.length; i++) {
    const item = rel.items[i];
    const n = normaliseName(item.name);
    if (!n) continue;
    const facts = names.facts(n);
    if (facts.base && !facts.generic) base = facts.base;
    const given = base || names.level;
    const r = readingOf(names, item.name, n, given, item.role, item.etc, -1, -1);
    if (r.expanded === n && !r.generic && !facts.placed && given) {
      if (!lentForms) lentForms = new Array<string>(readings.length).fill('');
      lentForms.push(names.form(given + r.expanded));
    } else if (lentForms) lentForms.push('');
    readings.push(r);
    items.push(i);
  }
  byRel.set(rel, (lr = { readings, items, lentForms }));
  return lr;
}

/**
 * 县民政局、社区指导中心: a name the table of names does not know gets its jurisdiction back too,
 * when the document writes that fuller name elsewhere (县社区指导中心). `at` are the mentions that
 * may (in the order they were read), `forms` the form each would have with its jurisdiction back.
 * `readings` begins with the lists' readings as `read` gives them, in list order.
 */
function restoreAbbreviations(names: Names, readings: Reading[], read: readonly ListReading[], at: readonly number[], forms: readonly string[]): void {
  if (!at.length) return;
  // the first mention of each form, as the forms were before any was restored. A list read as an earlier
  // one was (the same content: its readings are the same objects) holds no form seen first: skipped whole
  const first = new Map<string, number>();
  const seen = new Set<ListReading>();
  let q = 0;
  for (let l = 0; l < read.length; l++) {
    const rs = read[l].readings;
    if (!seen.has(read[l])) {
      seen.add(read[l]);
      for (let k = 0; k < rs.length; k++) if (!first.has(rs[k].form)) first.set(rs[k].form, q + k);
    }
    q += rs.length;
  }
  for (let i = q; i < readings.length; i++) if (!first.has(readings[i].form)) first.set(readings[i].form, i);
  // one copy per reading and fuller name, shared by every list of one content: such lists read alike
  const copies = new Map<Reading, { full: Reading; copy: Reading }>();
  for (let j = 0; j < at.length; j++) {
    const p = at[j];
    const f = first.get(forms[j]);
    if (f === undefined || f === p) continue;
    const full = readings[f];
    const was = copies.get(readings[p]);
    if (was && was.full === full) {
      readings[p] = was.copy;
      continue;
    }
    const copy = renamed(names, readings[p], full.expanded, full.form, full.canonical);
    copies.set(readings[p], { full, copy });
    readings[p] = copy;
  }
}

/**
 * Task, table and duty mentions by form (a member-list name or a group is not counted), in mention order.
 * Counted first, then filled: arrays grown one id at a time were most of the template's garbage. `read`, when
 * given, says the readings begin with the lists' in list order: a list that reads as its content's shared
 * readings takes the forms the first such list of that content found, without reading them again.
 */
function countForms(readings: readonly Reading[], sources: readonly MentionSource[], read?: readonly ListReading[]): Map<string, number[]> {
  const index = new Map<string, number>();
  const slot = new Int32Array(readings.length);
  const counts: number[] = [];
  // each loop in a function of its own that ends with it (see OSR_NOTE)
  const i = read ? slotLists(readings, sources, read, index, slot, counts) : 0;
  slotRest(readings, sources, i, index, slot, counts);
  return formLists(index, slot, counts, readings.length);
}

/**
 * OSR_NOTE: a function called once per analysis (a template is made once) is optimised while its first loop runs,
 * on the first call, before the code after the loop has ever run; that code then has no type feedback, and the
 * optimised code (kept for the next calls) left the function at the first such site on every later call, never
 * made again (V8 11.3: once per cold analysis, 35 times in 80 runs). A loop that ends its own function leaves nothing
 * after it unseen.
 */
function slotLists(readings: readonly Reading[], sources: readonly MentionSource[], read: readonly ListReading[], index: Map<string, number>, slot: Int32Array, counts: number[]): number {
  let i = 0;
  const first = new Map<ListReading, number>();
  for (let l = 0; l < read.length; l++) {
    const rs = read[l].readings;
    const n = rs.length;
    let shared = true;
    for (let k = 0; k < n && shared; k++) shared = readings[i + k] === rs[k];
    const from = shared ? first.get(read[l]) : undefined;
    if (from !== undefined) {
      for (let k = 0; k < n; k++) if ((slot[i + k] = slot[from + k]) >= 0) counts[slot[i + k]]++;
    } else {
      for (let k = 0; k < n; k++) slot[i + k] = formSlot(readings[i + k], sources[i + k], index, counts);
      if (shared) first.set(read[l], i);
    }
    i += n;
  }
  return i;
}

function slotRest(readings: readonly Reading[], sources: readonly MentionSource[], from: number, index: Map<string, number>, slot: Int32Array, counts: number[]): void {
  for (let i = from; i < readings.length; i++) slot[i] = formSlot(readings[i], sources[i], index, counts);
}

/** The ids filed under each slot, by form (see OSR_NOTE). */
function formLists(index: Map<string, number>, slot: Int32Array, counts: readonly number[], n: number): Map<string, number[]> {
  const lists: number[][] = new Array(counts.length);
  for (let k = 0; k < counts.length; k++) lists[k] = new Array<number>(counts[k]);
  const fill = new Int32Array(counts.length);
  fillSlots(lists, fill, slot, n);
  const forms = new Map<string, number[]>();
  index.forEach((k, form) => forms.set(form, lists[k]));
  return forms;
}

function fillSlots(lists: number[][], fill: Int32Array, slot: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) if (slot[i] >= 0) lists[slot[i]][fill[slot[i]]++] = i;
}

/** The number countForms files a mention under (counted once more), -1 when it is not counted. */
function formSlot(d: Reading, source: MentionSource, index: Map<string, number>, counts: number[]): number {
  if (source === 'member' || d.generic) return -1;
  let k = index.get(d.form);
  if (k === undefined) {
    index.set(d.form, (k = counts.length));
    counts.push(0);
  }
  counts[k]++;
  return k;
}

interface Join {
  /** the mention split in two */
  at: number;
  /** where the second name begins, relative to the item */
  cut: number;
  first: Reading;
  second: Reading;
}

/** 县财政局县税务局 → 县财政局 + 县税务局, when both halves are names the document or the table knows. */
function findJoins(names: Names, readings: readonly Reading[], lists: ArrayLike<number>, forms: Map<string, number[]>, read: readonly ListReading[]): Join[] {
  const joined: Join[] = [];
  const seenAlone = (s: string) => names.isKnown(s) || (forms.get(names.form(s))?.length ?? 0) > 0;
  // the verdict on a reading shared by many mentions, asked once (only a join is ever found, so a set of those that are not)
  const noJoin = new Set<Reading>();
  // list contents none of whose shared readings is a join: a list that reads as one of them is passed over whole
  const clean = new Set<ListReading>();
  let end = 0;
  let shared = false;
  let joinsBefore = 0;
  for (let p = 0; p < readings.length; p++) {
    // the names outside the lists come last
    if (lists[p] < 0) break;
    if (p === end) {
      // the lists' readings come in list order: a new list begins here
      if (shared && joined.length === joinsBefore) clean.add(read[lists[p - 1]]);
      const lr = read[lists[p]];
      const rs = lr.readings;
      end = p + rs.length;
      shared = true;
      for (let k = 0; k < rs.length && shared; k++) shared = readings[p + k] === rs[k];
      if (shared && clean.has(lr)) {
        p = end - 1;
        continue;
      }
      joinsBefore = joined.length;
    }
    const d = readings[p];
    // a name shorter than six is no join whether or not normalising changes it: spares normaliseName on most names
    if (d.name.length < 6 || noJoin.has(d)) continue;
    const n = normaliseName(d.name);
    if (d.generic || n !== d.name || n.length < 6 || names.isKnown(d.expanded) || (forms.get(d.form)?.length ?? 0) > RARE) {
      noJoin.add(d);
      continue;
    }
    let found = false;
    for (let k = 3; k <= n.length - 3; k++) {
      const left = n.slice(0, k);
      const right = n.slice(k);
      if (!UNIT_SUFFIX.test(left) || !names.hasJurisdiction(right) || isGeneric(right)) continue;
      const leftExpanded = names.expand(left, d.expanded.slice(0, d.expanded.length - n.length) || names.level);
      if (!seenAlone(leftExpanded) || !seenAlone(right)) continue;
      const first = readingOf(names, left, normaliseName(left), names.baseOf(leftExpanded), d.role, undefined, 0, k);
      const second = readingOf(names, right, normaliseName(right), names.baseOf(right), d.role, d.etc, k, n.length);
      joined.push({ at: p, cut: k, first, second });
      found = true;
      break;
    }
    if (!found) noJoin.add(d);
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

/** The slips among `forms` (ids into `readings`): each slip's readings are given the department it was meant to be. */
function findNearMisses(names: Names, readings: Reading[], sources: readonly MentionSource[], forms: ReadonlyMap<string, readonly number[]>): { mention: number; target: string; edit: Edit }[] {
  const out: { mention: number; target: string; edit: Edit }[] = [];
  // forEach, not for…of over entries: this runs once per template, mostly unoptimised, where each step of an
  // entries iterator made an object and an entry array
  const frequentForms: string[] = [];
  const frequentIds: (readonly number[])[] = [];
  forms.forEach((ds, form) => {
    if (ds.length >= FREQUENT) {
      frequentForms.push(form);
      frequentIds.push(ds);
    }
  });
  if (!frequentForms.length || forms.size > 5000) return out;
  forms.forEach((ds, form) => {
    if (ds.length > RARE || names.isKnown(form) || BARE_ORGAN.test(form)) return;
    if (!ds.some((d) => sources[d] === 'task' || sources[d] === 'table')) return;
    let best: { form: string; edit: Edit; ds: readonly number[] } | undefined;
    for (let k = 0; k < frequentForms.length; k++) {
      const f = frequentForms[k];
      const fds = frequentIds[k];
      if (fds.length < 2 * ds.length + 1 || Math.abs(f.length - form.length) > 2) continue;
      const e = oneSlip(form, f);
      if (!e || !plausibleSlip(form, f, e)) continue;
      if (!best || fds.length > best.ds.length) best = { form: f, edit: e, ds: fds };
    }
    if (!best) return;
    const canonical = readings[best.ds[0]].canonical;
    for (let k = 0; k < ds.length; k++) {
      const d = ds[k];
      const r = readings[d];
      readings[d] = renamed(names, r, r.expanded, r.form, canonical);
      if (sources[d] === 'task' || sources[d] === 'table') out.push({ mention: d, target: best.form, edit: best.edit });
    }
  });
  return out;
}

function buildDepartments(readings: readonly Reading[]): Departments {
  const by = new Map<string, number[]>();
  for (let i = 0; i < readings.length; i++) {
    const list = by.get(readings[i].canonical);
    if (list) list.push(i);
    else by.set(readings[i].canonical, [i]);
  }
  const out: { canonical: string; aliases: string[]; ids: number[] }[] = [];
  for (const [canonical, ids] of by) {
    const counts = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) counts.set(readings[ids[i]].name, (counts.get(readings[ids[i]].name) ?? 0) + 1);
    const aliases = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    out.push({ canonical, aliases, ids });
  }
  return out;
}

/** Where the last locate() put an offset: spanPos's line and character, without a position object made per mention. */
let atLine = 0;
let atChar = 0;

/** spanPos(span, off) into atLine and atChar. */
function locate(span: Pick<Span, 'segments'>, off: number): void {
  const segs = span.segments;
  if (segs.length > 16) {
    // a paragraph wrapped over many lines: spanPos searches it
    const p = spanPos(span, off);
    atLine = p.line;
    atChar = p.character;
    return;
  }
  let acc = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const len = s.end - s.start;
    if (off < acc + len || (off === acc + len && i === segs.length - 1)) {
      atLine = s.line;
      atChar = s.start + (off - acc);
      return;
    }
    acc += len;
  }
  const last = segs[segs.length - 1];
  atLine = last.line;
  atChar = last.end;
}

/**
 * Whether every mention of list a starts before every mention of list b, seen from the lists alone: two
 * tasks' brackets in task order (each closes its own paragraph, the tasks come in paragraph order), two cells
 * in table and row order, or a's span ends where or before b's begins (a mention starts inside its span,
 * strictly before its end).
 */
function listsInOrder(a: ListRef, b: ListRef): boolean {
  if (a.task !== undefined && b.task !== undefined) return a.task < b.task;
  // two 分工表 cells: tables come in document order and so do a table's rows (reading the cells' ranges was
  // most of the order check at 1 MB)
  if (a.table !== undefined && b.table !== undefined && (a.table < b.table || (a.table === b.table && a.row! < b.row!))) return true;
  const e = a.span.range.end;
  const s = b.span.range.start;
  return e.line < s.line || (e.line === s.line && e.character <= s.character);
}

/** Where a mention starts in this version (its range's start, the same spanRange would give), into atLine and atChar. */
function startOf(r: Reading, list: number, item: number, rels: readonly RelativeSplit[], lists: readonly { span: Span; from: number }[], spots: readonly Spot[]): void {
  if (list < 0) {
    const s = spots[item].spot;
    locate(s.paragraph, s.from);
    return;
  }
  const src = lists[list];
  const at = rels[list].items[item].at + src.from;
  locate(src.span, r.from < 0 ? at : at + r.from);
}

function makeTemplate(names: Names, rels: readonly RelativeSplit[], lists: readonly ListSource[], spots: readonly Spot[]): Template {
  // every mention in the order read (lists in order, then the names outside them), in arrays of the right size
  const read: ListReading[] = new Array(rels.length);
  let total = spots.length;
  for (let l = 0; l < rels.length; l++) total += (read[l] = listReading(names, rels[l])).readings.length;
  let readings: Reading[] = new Array(total);
  let sources: MentionSource[] = new Array(total);
  let listOf = new Int32Array(total);
  let itemOf = new Int32Array(total);
  const pendingAt: number[] = [];
  const pendingForm: string[] = [];
  let q = 0;
  for (let l = 0; l < rels.length; l++) {
    const lr = read[l];
    const source = lists[l].source;
    const rs = lr.readings;
    for (let k = 0; k < rs.length; k++, q++) {
      if (lr.lentForms && lr.lentForms[k]) {
        pendingAt.push(q);
        pendingForm.push(lr.lentForms[k]);
      }
      readings[q] = rs[k];
      sources[q] = source;
      listOf[q] = l;
      itemOf[q] = lr.items[k];
    }
  }
  for (let k = 0; k < spots.length; k++, q++) {
    readings[q] = spotReading(names, spots[k].spot.name);
    sources[q] = spots[k].source;
    listOf[q] = -1;
    itemOf[q] = k;
  }
  restoreAbbreviations(names, readings, read, pendingAt, pendingForm);
  let forms = countForms(readings, sources, read);
  const joins = findJoins(names, readings, listOf, forms, read);
  // a join replaced one mention by two, in its place
  const joinedAt: { first: number; second: number }[] = [];
  if (joins.length) {
    const r2: Reading[] = [];
    const s2: MentionSource[] = [];
    const l2: number[] = [];
    const i2: number[] = [];
    let j = 0;
    for (let p = 0; p < readings.length; p++) {
      if (j < joins.length && joins[j].at === p) {
        joinedAt.push({ first: r2.length, second: r2.length + 1 });
        r2.push(joins[j].first, joins[j].second);
        s2.push(sources[p], sources[p]);
        l2.push(listOf[p], listOf[p]);
        i2.push(itemOf[p], itemOf[p]);
        j++;
      } else {
        r2.push(readings[p]);
        s2.push(sources[p]);
        l2.push(listOf[p]);
        i2.push(itemOf[p]);
      }
    }
    [readings, sources, listOf, itemOf] = [r2, s2, new Int32Array(l2), new Int32Array(i2)];
  }
  // in document order. Tasks, table rows and spots each come in document order, and the table and the member
  // list usually follow the body: a pass that finds them in order spares the sort (which is stable, so
  // skipping it changes nothing)
  const n = readings.length;
  let idOf: number[] | undefined;
  // compared as they come, as numbers: most documents need no sort, and then no array of every start. A list's
  // mentions come in the order of their offsets in it: only where a list or a name outside them ends and the
  // next begins can the order break, so only there are starts worked out
  for (let p = 1; p < n; p++) {
    if (listOf[p] >= 0 && (listOf[p] === listOf[p - 1] || (listOf[p - 1] >= 0 && listsInOrder(lists[listOf[p - 1]], lists[listOf[p]])))) continue;
    startOf(readings[p - 1], listOf[p - 1], itemOf[p - 1], rels, lists, spots);
    const line = atLine;
    const char = atChar;
    startOf(readings[p], listOf[p], itemOf[p], rels, lists, spots);
    if (line < atLine || (line === atLine && char <= atChar)) continue;
    // each start as one number (line, then character), so the sort compares numbers: the runs of lists and
    // of names outside them, each already in order, are merged by the (run-aware) sort in about n steps
    const keys = new Float64Array(n);
    let wide = false;
    for (let k = 0; k < n; k++) {
      startOf(readings[k], listOf[k], itemOf[k], rels, lists, spots);
      if (atChar >= 0x200000) wide = true;
      keys[k] = atLine * 0x200000 + atChar;
    }
    const order: number[] = new Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
    if (wide) {
      // a line longer than two million characters: compared as line and character
      const lines = new Float64Array(n);
      const chars = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        startOf(readings[k], listOf[k], itemOf[k], rels, lists, spots);
        lines[k] = atLine;
        chars[k] = atChar;
      }
      order.sort((a, b) => lines[a] - lines[b] || chars[a] - chars[b] || a - b);
    } else order.sort((a, b) => keys[a] - keys[b] || a - b);
    idOf = new Array(n);
    // plain loops: Int32Array.from with a mapping function goes through the iterator protocol (the slowest
    // lines of a template made for seed 003)
    const [r0, s0, l0, i0] = [readings, sources, listOf, itemOf];
    readings = new Array(n);
    sources = new Array(n);
    listOf = new Int32Array(n);
    itemOf = new Int32Array(n);
    for (let id = 0; id < n; id++) {
      const k = order[id];
      idOf[k] = id;
      readings[id] = r0[k];
      sources[id] = s0[k];
      listOf[id] = l0[k];
      itemOf[id] = i0[k];
    }
    break;
  }
  let formIds: Map<string, number[]>;
  if (joins.length) formIds = countForms(readings, sources);
  else if (idOf) {
    formIds = new Map();
    for (const [form, ps] of forms) formIds.set(form, ps.map((p) => idOf![p]));
  } else formIds = forms;
  forms = formIds;
  const nearMisses = findNearMisses(names, readings, sources, forms);
  const listSources = new Uint8Array(lists.length);
  for (let l = 0; l < lists.length; l++) listSources[l] = lists[l].source === 'task' ? 1 : 0;
  return {
    rels,
    read,
    listSources,
    spots: spots.map((s) => ({ name: s.spot.name, source: s.source })),
    readings,
    sources,
    lists: listOf,
    items: itemOf,
    forms,
    joined: joinedAt.map((j) => {
      const first = idOf ? idOf[j.first] : j.first;
      const second = idOf ? idOf[j.second] : j.second;
      return { list: listOf[first], item: itemOf[first], at: readings[second].from, first, second };
    }),
    nearMisses,
    slipCanonical: new Map(nearMisses.map((x) => [readings[x.mention].form, readings[x.mention].canonical])),
  };
}

/** One object shape for every mention, every field written (a spread of optional fields made many shapes and a copy). */
function mention(r: Reading, source: MentionSource, range: Range, list: ListRef | undefined): Mention {
  return {
    name: r.name,
    expanded: r.expanded,
    canonical: r.canonical,
    range,
    source,
    task: list?.task,
    table: list?.table,
    row: list?.row,
    role: r.role,
    form: r.form,
    generic: r.generic,
    etc: r.etc,
  };
}

/** The mentions of an empty item: one shared array, frozen. */
const NONE = Object.freeze([]) as unknown as Mention[];

/**
 * The last version placed: its template, its lists and names outside them, and the list refs placing gave.
 * The next version takes over, as it is, the placed split of every list that sits where it sat with the
 * same content (a keystroke leaves all lists but one so). Module state: compared in full on every use,
 * forgotten by clearMemos.
 */
interface Placed {
  names: Names;
  tpl: Template;
  lists: readonly ListRef[];
  spots: readonly Spot[];
}

let last: Placed | undefined;
onClearMemos(() => (last = undefined));

/** A list at the same place (lines, columns, indices) with the same content splits as it did: its ranges are the same. */
function samePlace(a: ListSource, b: ListSource): boolean {
  return a.source === b.source && a.from === b.from && a.task === b.task && a.table === b.table && a.row === b.row && sameSegments(a.span.segments, b.span.segments);
}

function sameSpotPlace(a: Spot, b: Spot): boolean {
  return a.source === b.source && a.spot.from === b.spot.from && a.spot.to === b.spot.to && sameSegments(a.spot.paragraph.segments, b.spot.paragraph.segments);
}

/** By template, each list's mention ids, ascending: list l's are ids[start[l]] … ids[start[l + 1] - 1]. */
interface ListIds {
  start: Int32Array;
  ids: Int32Array;
}

const listIds = new WeakMap<Template, ListIds>();

function idsOf(tpl: Template): ListIds {
  let out = listIds.get(tpl);
  if (out) return out;
  const start = new Int32Array(tpl.rels.length + 1);
  for (let id = 0; id < tpl.lists.length; id++) if (tpl.lists[id] >= 0) start[tpl.lists[id] + 1]++;
  for (let l = 0; l < tpl.rels.length; l++) start[l + 1] += start[l];
  const ids = new Int32Array(start[tpl.rels.length]);
  const fill = start.slice(0, tpl.rels.length);
  for (let id = 0; id < tpl.lists.length; id++) {
    const l = tpl.lists[id];
    if (l >= 0) ids[fill[l]++] = id;
  }
  listIds.set(tpl, (out = { start, ids }));
  return out;
}

/**
 * A units list of one version. Its split placed in the span and its mentions are made when first asked: a
 * cold reading of 1 MB has some 9,000 mentions and reports a few hundred, and placing every item and
 * mention (three objects for each range) was the largest allocation of the analysis.
 */
class ListRef implements UnitListRef {
  /** set by place(): the registry that holds the list, the template's split of it */
  owner!: Registry;
  rel!: RelativeSplit;
  private placed: SplitResult | undefined;
  private groups: Mention[][] | undefined;

  constructor(
    readonly index: number,
    readonly source: 'task' | 'table',
    readonly span: Span,
    /** where the content starts in span.text */
    readonly from: number,
    /** items parse made of the same content (a task's bracket): taken over where they agree */
    readonly known: readonly UnitItem[] | undefined,
    /** where the content ends in span.text */
    readonly to: number,
    /** span.text from `from` to `to` (a bracket's content as the parser cut it, a cell's whole text) */
    readonly content: string,
    /** splitBreaks of the content */
    readonly breaks: string,
    readonly task: number | undefined,
    readonly table: number | undefined,
    readonly row: number | undefined,
  ) {}

  /** By place(): the template's split of the list, and the split the last version placed where it sits, if any. */
  settle(owner: Registry, rel: RelativeSplit, placed: SplitResult | undefined): void {
    this.owner = owner;
    this.rel = rel;
    this.placed = placed;
    this.groups = undefined;
  }

  /** the split if it was placed (taken over by the next version when the list did not move) */
  get placedSplit(): SplitResult | undefined {
    return this.placed;
  }

  get split(): SplitResult {
    return (this.placed ??= placeSplit(this.rel, this.span, this.from, this.known));
  }

  get mentions(): Mention[][] {
    if (this.groups) return this.groups;
    const groups: Mention[][] = new Array(this.rel.items.length);
    for (let i = 0; i < groups.length; i++) groups[i] = NONE;
    const reg = this.owner;
    const { start, ids } = idsOf(reg.tpl);
    for (let k = start[this.index]; k < start[this.index + 1]; k++) {
      const id = ids[k];
      const item = reg.tpl.items[id];
      const m = reg.mention(id);
      if (groups[item] === NONE) groups[item] = [m];
      else groups[item].push(m);
    }
    return (this.groups = groups);
  }
}

/**
 * The template placed in this version: undefined when its mentions would not come in document order here
 * (the order was part of what made it; it is made again). `fresh` when the template was just made from this
 * version (its order is this version's). Each list takes over the split the last version placed where it sits
 * with the same content.
 */
function place(tpl: Template, names: Names, lists: ListRef[], spots: readonly Spot[], fresh: boolean): Registry | undefined {
  const prev = last && last.names === names ? last : undefined;
  const same = !fresh && prev && prev.tpl === tpl ? prev : undefined;
  const shift = prev ? lists.length - prev.lists.length : 0;
  const placedSplits: (SplitResult | undefined)[] = new Array(lists.length);
  // a template made again (a keystroke in one list) has moved: its order is checked
  let moved = !same;
  for (let l = 0; l < lists.length; l++) {
    const src = lists[l];
    let placed: SplitResult | undefined;
    if (prev) {
      // the same list of the last version, counted from the start or, when lists came or went, from the end
      const j = l < prev.lists.length && sameContent(prev.lists[l], src) ? l : l - shift >= 0 && l - shift < prev.lists.length && sameContent(prev.lists[l - shift], src) ? l - shift : -1;
      if (j >= 0 && samePlace(prev.lists[j], src)) placed = prev.lists[j].placedSplit;
      else moved = true;
      if (same && j !== l) moved = true;
    }
    placedSplits[l] = placed;
  }
  if (same && !moved) for (let k = 0; k < spots.length && !moved; k++) if (!sameSpotPlace(same.spots[k], spots[k])) moved = true;
  // a template made from another version holds only when its order is this version's document order (a
  // strictly increasing one is the only order a sort could give); one made from this version holds as it
  // is, and so does one whose every list and name sits exactly where the last version placed them
  if (!fresh && moved) {
    // within one list the order is that of the offsets, strictly increasing: only the seams are compared
    const n = tpl.readings.length;
    for (let id = 1; id < n; id++) {
      const l = tpl.lists[id];
      if (l >= 0 && (l === tpl.lists[id - 1] || (tpl.lists[id - 1] >= 0 && listsInOrder(lists[tpl.lists[id - 1]], lists[l])))) continue;
      startOf(tpl.readings[id - 1], tpl.lists[id - 1], tpl.items[id - 1], tpl.rels, lists, spots);
      const line = atLine;
      const char = atChar;
      startOf(tpl.readings[id], tpl.lists[id], tpl.items[id], tpl.rels, lists, spots);
      if (line > atLine || (line === atLine && char >= atChar)) return undefined;
    }
  }
  const reg = new Registry(tpl, names, lists, spots);
  for (let l = 0; l < lists.length; l++) lists[l].settle(reg, tpl.rels[l], placedSplits[l]);
  last = { names, tpl, lists, spots };
  remember(names, tpl);
  return reg;
}

/** Whether readings[ids[from]] … readings[ids[from + n - 1]] are `list`'s, in order. */
function sameReadings(readings: readonly Reading[], ids: Int32Array, from: number, n: number, list: readonly Reading[]): boolean {
  if (n !== list.length) return false;
  for (let k = 0; k < n; k++) if (readings[ids[from + k]] !== list[k]) return false;
  return true;
}

/** By template, by list content read otherwise than its shared readings: the readings registry.readingsOf last gave. */
const templateReadings = new WeakMap<Template, Map<ListReading, readonly Reading[]>>();

const templateCounted = new WeakMap<Template, ReadonlyMap<string, readonly number[]>>();

/**
 * registry.countedByCanonical. A list that reads as its content's shared readings takes the names the first
 * such list found (nothing of its readings is read again: on 1 MB that was most of the grouping).
 */
function countedOf(tpl: Template): ReadonlyMap<string, readonly number[]> {
  const n = tpl.readings.length;
  const slot = new Int32Array(n).fill(-2);
  const groups: Groups = { index: new Map(), keys: [], counts: [] };
  // each loop in a function of its own that ends with it, and no closure made per call (see OSR_NOTE)
  countedLists(tpl, slot, groups);
  // the names outside the lists
  for (let id = 0; id < n; id++) if (slot[id] === -2) fileCounted(tpl, id, slot, groups);
  return countedMap(slot, groups, n);
}

/** countedOf's names, by canonical name: the slot of each, its name and how many mentions it has. */
interface Groups {
  index: Map<string, number>;
  keys: string[];
  counts: number[];
}

/** Files mention id under its canonical name (-1: not counted). */
function fileCounted(tpl: Template, id: number, slot: Int32Array, g: Groups): void {
  const r = tpl.readings[id];
  if (tpl.sources[id] === 'member' || r.generic) {
    slot[id] = -1;
    return;
  }
  let k = g.index.get(r.canonical);
  if (k === undefined) {
    g.index.set(r.canonical, (k = g.keys.length));
    g.keys.push(r.canonical);
    g.counts.push(0);
  }
  g.counts[k]++;
  slot[id] = k;
}

function countedLists(tpl: Template, slot: Int32Array, g: Groups): void {
  const { start, ids } = idsOf(tpl);
  const counts = g.counts;
  const first = new Map<ListReading, number>();
  for (let l = 0; l < tpl.rels.length; l++) {
    const from = start[l];
    const len = start[l + 1] - from;
    const lr = tpl.read[l];
    const shared = sameReadings(tpl.readings, ids, from, len, lr.readings);
    const was = shared ? first.get(lr) : undefined;
    if (was !== undefined) {
      for (let k = 0; k < len; k++) if ((slot[ids[from + k]] = slot[ids[was + k]]) >= 0) counts[slot[ids[from + k]]]++;
      continue;
    }
    for (let k = 0; k < len; k++) fileCounted(tpl, ids[from + k], slot, g);
    if (shared) first.set(lr, from);
  }
}

/** In id order: each name filed at its first mention, each list ascending. */
function countedMap(slot: Int32Array, g: Groups, n: number): Map<string, number[]> {
  const lists: number[][] = new Array(g.keys.length);
  for (let k = 0; k < g.keys.length; k++) lists[k] = new Array<number>(g.counts[k]);
  const firstAt = new Int32Array(g.keys.length).fill(-1);
  fillCounted(lists, slot, firstAt, n);
  // the names in the order of their first mention
  const order: number[] = [];
  for (let k = 0; k < g.keys.length; k++) order.push(k);
  order.sort((a, b) => firstAt[a] - firstAt[b]);
  const out = new Map<string, number[]>();
  for (let j = 0; j < order.length; j++) out.set(g.keys[order[j]], lists[order[j]]);
  return out;
}

function fillCounted(lists: number[][], slot: Int32Array, firstAt: Int32Array, n: number): void {
  const fill = new Int32Array(lists.length);
  for (let id = 0; id < n; id++) {
    const k = slot[id];
    if (k < 0) continue;
    if (fill[k] === 0) firstAt[k] = id;
    lists[k][fill[k]++] = id;
  }
}

/** Values derived from a template's mentions (registry.derived), by the caller's key. */
const templateDerived = new WeakMap<Template, Map<object, unknown>>();

class Registry implements UnitRegistry {
  private made: (Mention | undefined)[] | undefined;
  private all?: Mention[];
  private joinedList?: JoinedName[];
  private nearMissList?: NearMiss[];
  private formsMap?: Map<string, Mention[]>;
  private departmentList?: Department[];
  private byName?: Map<string, Department>;
  readonly size: number;
  readonly slipIds: readonly number[];

  constructor(
    readonly tpl: Template,
    readonly names: Names,
    readonly lists: ListRef[],
    private readonly spots: readonly Spot[],
  ) {
    this.size = tpl.readings.length;
    this.slipIds = tpl.nearMisses.map((n) => n.mention);
  }

  mention(id: number): Mention {
    const made = (this.made ??= new Array<Mention | undefined>(this.size));
    let m = made[id];
    if (m) return m;
    const l = this.tpl.lists[id];
    m = mention(this.tpl.readings[id], this.tpl.sources[id], this.rangeOf(id), l < 0 ? undefined : this.lists[l]);
    made[id] = m;
    return m;
  }

  rangeOf(id: number): Range {
    const m = this.made?.[id];
    if (m) return m.range;
    const tpl = this.tpl;
    const r = tpl.readings[id];
    const l = tpl.lists[id];
    const item = tpl.items[id];
    if (l < 0) {
      const s = this.spots[item].spot;
      return spanRange(s.paragraph, s.from, s.to);
    }
    const ref = this.lists[l];
    const at = ref.rel.items[item].at + ref.from;
    // a whole item's range is its placed item's (the same values); the list is not placed for it, and the item
    // parse made of a task's bracket lends its range when it agrees, as it would to the placed split
    if (r.from < 0) return ref.placedSplit?.items[item].range ?? itemRange(ref.rel, ref.span, ref.from, ref.known, item);
    return spanRange(ref.span, at + r.from, at + r.to);
  }

  reading(id: number): MentionReading {
    return this.tpl.readings[id];
  }

  sourceOf(id: number): MentionSource {
    return this.tpl.sources[id];
  }

  lineOf(id: number): number {
    const m = this.made?.[id];
    if (m) return m.range.start.line;
    startOf(this.tpl.readings[id], this.tpl.lists[id], this.tpl.items[id], this.tpl.rels, this.lists, this.spots);
    return atLine;
  }

  readingsOf(list: UnitListRef): readonly MentionReading[] {
    const l = (list as ListRef).index;
    const tpl = this.tpl;
    const { start, ids } = idsOf(tpl);
    const lr = tpl.read[l];
    const from = start[l];
    const n = start[l + 1] - from;
    if (sameReadings(tpl.readings, ids, from, n, lr.readings)) return lr.readings;
    // read otherwise here (a jurisdiction restored, a slip, a join): the array the last list of this content
    // read so was given, when this one reads as it did
    let other = templateReadings.get(tpl);
    if (!other) templateReadings.set(tpl, (other = new Map()));
    const was = other.get(lr);
    if (was && sameReadings(tpl.readings, ids, from, n, was)) return was;
    const out: Reading[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = tpl.readings[ids[from + k]];
    other.set(lr, out);
    return out;
  }

  get mentions(): Mention[] {
    if (!this.all) {
      const all: Mention[] = new Array(this.size);
      for (let id = 0; id < all.length; id++) all[id] = this.mention(id);
      this.all = all;
    }
    return this.all;
  }

  get joined(): JoinedName[] {
    return (this.joinedList ??= this.tpl.joined.map((j) => {
      const list = this.lists[j.list];
      return { list, item: j.item, at: list.rel.items[j.item].at + list.from + j.at, first: this.mention(j.first), second: this.mention(j.second) };
    }));
  }

  get nearMisses(): NearMiss[] {
    return (this.nearMissList ??= this.tpl.nearMisses.map((n) => ({ mention: this.mention(n.mention), target: n.target, edit: n.edit, targetMentions: this.forms.get(n.target)! })));
  }

  /** Built when asked: most versions' checks never look a form up. */
  get forms(): Map<string, Mention[]> {
    if (!this.formsMap) {
      this.formsMap = new Map();
      for (const [form, ids] of this.tpl.forms) {
        const ms: Mention[] = new Array(ids.length);
        for (let i = 0; i < ids.length; i++) ms[i] = this.mention(ids[i]);
        this.formsMap.set(form, ms);
      }
    }
    return this.formsMap;
  }

  /** Built when asked: only hover, completion and rename read them. */
  get departments(): Department[] {
    if (!this.departmentList) {
      this.departmentList = departmentsOf(this.tpl).map((d) => ({ canonical: d.canonical, aliases: d.aliases.slice(), mentions: d.ids.map((id) => this.mention(id)) }));
    }
    return this.departmentList;
  }

  derived<T>(key: object, compute: () => T): T {
    let byKey = templateDerived.get(this.tpl);
    if (!byKey) templateDerived.set(this.tpl, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key) as T;
    const v = compute();
    byKey.set(key, v);
    return v;
  }

  countedByCanonical(): ReadonlyMap<string, readonly number[]> {
    let out = templateCounted.get(this.tpl);
    if (!out) templateCounted.set(this.tpl, (out = countedOf(this.tpl)));
    return out;
  }

  unknownNames(): UnknownName[] {
    return unknownOf(this.tpl, this.names).map((u) => ({ mention: this.mention(u.id), completion: u.completion }));
  }

  byCanonical(name: string): Department | undefined {
    if (!this.byName) this.byName = new Map(this.departments.map((d) => [d.canonical, d]));
    return this.byName.get(name) ?? this.byName.get(this.resolve(name));
  }

  mentionAt(pos: Position): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) {
      if (m.range.start.line > pos.line) break;
      if (!containsPos(m.range, pos)) continue;
      if (!best || comparePos(m.range.start, best.range.start) > 0) best = m;
    }
    return best;
  }

  resolve(name: string): string {
    const expanded = this.names.expand(normaliseName(name), this.names.level);
    return this.tpl.slipCanonical.get(this.names.form(expanded)) ?? this.names.canonical(expanded);
  }
}

/** Spot names are slices of a paragraph: a copy of their own, so the caches that keep them keep nothing more. */
function ownName(s: NameSpot): NameSpot {
  const name = s.name.length < 13 ? s.name : (' ' + s.name).slice(1);
  return { name, paragraph: s.paragraph, from: s.from, to: s.to };
}

/** FNV-1a over [from, to) of s, continuing from h. */
function hashText(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** Whether the template was made from these lists and names (its key is only a hash of them). */
function madeFrom(tpl: Template, lists: readonly ListSource[], spots: readonly Spot[]): boolean {
  if (tpl.rels.length !== lists.length || tpl.spots.length !== spots.length) return false;
  for (let l = 0; l < lists.length; l++) {
    const src = lists[l];
    const rel = tpl.rels[l];
    if (tpl.listSources[l] !== (src.source === 'task' ? 1 : 0) || rel.breaks !== src.breaks) return false;
    if (rel.content !== src.content) return false;
  }
  for (let k = 0; k < spots.length; k++) if (tpl.spots[k].name !== spots[k].spot.name || tpl.spots[k].source !== spots[k].source) return false;
  return true;
}

/** Whether the template was made from these splits (the same objects), sources and names. */
function madeOf(tpl: Template, rels: readonly RelativeSplit[], lists: readonly ListSource[], spots: readonly Spot[]): boolean {
  if (tpl.rels.length !== rels.length || tpl.spots.length !== spots.length) return false;
  for (let l = 0; l < rels.length; l++) if (tpl.rels[l] !== rels[l] || tpl.listSources[l] !== (lists[l].source === 'task' ? 1 : 0)) return false;
  for (let k = 0; k < spots.length; k++) if (tpl.spots[k].name !== spots[k].spot.name || tpl.spots[k].source !== spots[k].source) return false;
  return true;
}

/**
 * Whether these lists and names are the last version's, read in place (a string the parser handed over
 * unchanged is the same object, compared at once): then the last template is this version's, with no
 * hash of every list's text to make and look up.
 */
function sameAsLast(prev: Placed, names: Names, lists: readonly ListSource[], spots: readonly Spot[]): boolean {
  if (prev.names !== names || prev.lists.length !== lists.length || prev.spots.length !== spots.length) return false;
  for (let l = 0; l < lists.length; l++) if (lists[l].source !== prev.lists[l].source || !sameContent(lists[l], prev.lists[l])) return false;
  for (let k = 0; k < spots.length; k++) if (spots[k].spot.name !== prev.spots[k].spot.name || spots[k].source !== prev.spots[k].source) return false;
  return true;
}

/** The same content (split alike): the same text, range of it and line breaks. */
function sameContent(a: ListSource, b: ListSource): boolean {
  return a.from === b.from && a.to === b.to && a.breaks === b.breaks && a.span.text === b.span.text;
}

/**
 * The lists' cached splits for a template made now: a list with the content of the last version's list at the
 * same index (counted from the start, or from the end when lists came or went) takes its split from there
 * without looking it up. A keystroke in a list makes a template, and leaves every other list as it was.
 */
function splitsFor(names: Names, lists: readonly ListSource[]): RelativeSplit[] {
  const prev = last && last.names === names ? last : undefined;
  const rels: RelativeSplit[] = new Array(lists.length);
  const shift = prev ? lists.length - prev.lists.length : 0;
  for (let l = 0; l < lists.length; l++) {
    const src = lists[l];
    let j = -1;
    if (prev) {
      if (l < prev.lists.length && sameContent(src, prev.lists[l])) j = l;
      else if (l - shift >= 0 && l - shift < prev.lists.length && sameContent(src, prev.lists[l - shift])) j = l - shift;
    }
    rels[l] = j < 0 ? relativeSplitOf(src.content, src.breaks) : prev!.tpl.rels[j];
  }
  return rels;
}

/** The templates placed last (a few: an edit that is typed and then undone comes back to one), most recent first. */
let recent: { names: Names; tpl: Template }[] = [];
onClearMemos(() => (recent = []));

function remember(names: Names, tpl: Template): void {
  if (recent[0]?.tpl === tpl) return;
  recent = [{ names, tpl }, ...recent.filter((r) => r.tpl !== tpl)].slice(0, 4);
}

/** A table's units cell as a list, unless it is empty. */
function pushCell(lists: ListSource[], c: Cell, table: number, row: number): void {
  if (!c.text.trim()) return;
  lists.push(new ListRef(lists.length, 'table', c, 0, undefined, c.text.length, c.text, splitBreaks(c, 0, c.text.length), undefined, table, row));
}

export function buildRegistry(model: DocumentModel, config: Pick<GongwenConfig, 'unitAliases'>): UnitRegistry {
  const names = namesFor(model.jurisdiction, config.unitAliases);
  const lists: ListSource[] = [];
  for (const t of model.tasks) {
    // parse split the same bracket content: its items (ranges included) are taken over where they agree
    const span = t.units;
    // inside the bracket; a list on lines of its own after the task (责任单位：…) has none, and is its content
    const from = span.open.length;
    const to = Math.max(from, span.text.length - span.close.length);
    const content = span.content.length === to - from ? span.content : span.text.slice(from, to);
    lists.push(new ListRef(lists.length, 'task', span, from, span.items, to, content, splitBreaks(span, from, to), t.index, undefined, undefined));
  }
  for (const t of model.tables) {
    if (t.unitsColumn < 0) continue;
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      // the units cell, then the assisting units' (配合单位) when the table has that column: a row's lists in column order
      let cell: Cell | undefined;
      let partner: Cell | undefined;
      for (let i = 0; i < r.cells.length; i++) {
        const c = r.cells[i];
        if (c.column === t.unitsColumn) cell = c;
        else if (c.column === t.partnerColumn) partner = c;
      }
      if (cell) pushCell(lists, cell, t.index, r.index);
      if (partner) pushCell(lists, partner, t.index, r.index);
    }
  }
  const spots: Spot[] = [];
  const found = nameSpots(model, names);
  for (const s of found.members) spots.push({ spot: ownName(s), source: 'member' });
  for (const s of found.duties) spots.push({ spot: ownName(s), source: 'duty' });
  if (last && sameAsLast(last, names, lists, spots)) {
    const reg = place(last.tpl, names, lists, spots, false);
    if (reg) return reg;
  }
  // a template placed a version or two ago (the text before an edit in a list, typed and undone), compared
  // in place: no hash of every list's text
  for (const r of recent) {
    if (r.names !== names || r.tpl === last?.tpl || !madeFrom(r.tpl, lists, spots)) continue;
    const reg = place(r.tpl, names, lists, spots, false);
    if (reg) return reg;
    break;
  }
  // the template's key: a hash of what it is made from, checked against the template on a hit. The lists are
  // hashed by their cached splits' numbers, not their texts: the splits are looked up anyway (by the content
  // strings, whose hashes the engine keeps), and a hit is then compared by identity
  const rels = splitsFor(names, lists);
  let h = 0x811c9dc5;
  for (let l = 0; l < lists.length; l++) h = Math.imul(Math.imul(h ^ (lists[l].source === 'task' ? 0x74 : 0x72), 16777619) ^ rels[l].id, 16777619);
  for (const s of spots) h = hashText(Math.imul(h ^ (s.source === 'member' ? 0x6d : 0x64), 16777619), s.spot.name, 0, s.spot.name.length);
  let made = false;
  const make = (): Template => {
    made = true;
    return makeTemplate(names, rels, lists, spots);
  };
  let tpl = templates.get(`${names.id}:${(h >>> 0).toString(36)}:${lists.length}:${spots.length}`, make);
  // another document (or version) with the same hash: this version's own template, not kept
  if (!made && !madeOf(tpl, rels, lists, spots)) tpl = make();
  if (made) return place(tpl, names, lists, spots, true)!;
  const reg = place(tpl, names, lists, spots, false);
  if (reg) return reg;
  // the same lists, their mentions in another order: a template of this version's own (not kept)
  return place(makeTemplate(names, tpl.rels, lists, spots), names, lists, spots, true)!;
}

/** The document's registry, computed once per analysis (the `shared` map lives as long as one document version). */
export function getRegistry(model: DocumentModel, config: Pick<GongwenConfig, 'unitAliases'>, shared?: Map<string, unknown>): UnitRegistry {
  const hit = shared?.get(REGISTRY_KEY) as UnitRegistry | undefined;
  if (hit) return hit;
  const r = buildRegistry(model, config);
  shared?.set(REGISTRY_KEY, r);
  return r;
}
