// The departments one document names, computed once per analysis and shared by the checks,
// hover, completion and rename: every mention (task brackets, 分工表 cells, the 工作专班 member
// list, the 主要职责 section) with its spelling as written, with its jurisdiction restored and
// its canonical name; the near-misses and run-together names found among them.
import type { Cell, DocumentModel, Position, Range, Span, UnitItem } from '../model/types';
import type { GongwenConfig } from '../config';
import { comparePos, containsPos, spanPos, spanRange } from '../text/span';
import { Memo } from '../text/memo';
import { UNIT_SUFFIX } from '../parse/patterns';
import { placeSplit, relativeSplit, splitBreaks, splitKey, type RelativeSplit, type SplitResult } from './split';
import { isGeneric, looksLikeUnit, namesFor, normaliseName, oneSlip, type Edit, type Names } from './names';
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

const COUNTED: ReadonlySet<MentionSource> = new Set(['task', 'table', 'duty']);

// ───────────────────────────── templates ─────────────────────────────
//
// Everything the registry says about a document, except where the mentions are, depends only on the
// lists' texts (in order) and the names outside them, and on the order the mentions come in. After a
// keystroke outside every list (most keystrokes) all of that is as it was: it is kept as a template,
// keyed by those texts, and a new version only places it, giving each mention its range. A keystroke
// in a list (or one that reorders the mentions) builds the template again.

/** A mention as the template holds it: everything but where it is. Built and changed only while the template is made. */
interface Draft {
  name: string;
  expanded: string;
  canonical: string;
  form: string;
  generic: boolean;
  source: MentionSource;
  role: string | undefined;
  etc: string | undefined;
  /** index into the lists; -1 for a name outside them (member list, 主要职责) */
  list: number;
  /** the item in that list, or the index of the name outside them */
  item: number;
  /** one half of a run-together name: offsets relative to the item's; from is -1 for the whole item */
  from: number;
  to: number;
  /** position in the final (document) order */
  id: number;
}

interface Template {
  /** each list's split, in list order */
  rels: readonly RelativeSplit[];
  /** each list's source, one character each (t task, r table row) */
  sources: string;
  /** the names outside the lists */
  spots: readonly { name: string; source: 'member' | 'duty' }[];
  /** in document order */
  drafts: readonly Draft[];
  /** by form, ids of task, table and duty mentions, in the order countForms filed them */
  forms: ReadonlyMap<string, readonly number[]>;
  joined: readonly { list: number; item: number; at: number; first: number; second: number }[];
  nearMisses: readonly { mention: number; target: string; edit: Edit }[];
  slipCanonical: ReadonlyMap<string, string>;
}

/** A units list of this version: what the registry reads from the model. */
interface ListSource {
  source: 'task' | 'table';
  span: Span;
  /** where the content starts in span.text */
  from: number;
  /** items parse made of the same content (a task's bracket): taken over where they agree */
  known: readonly UnitItem[] | undefined;
  /** where the content ends in span.text */
  to: number;
  /** splitBreaks of the content */
  breaks: string;
  task: number | undefined;
  table: number | undefined;
  row: number | undefined;
}

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
  const list: { id: number; completion: string | undefined }[] = [];
  const skip = new Set<number>();
  // a slip is units/near-miss's, a run-together name units/joined's
  for (const n of tpl.nearMisses) skip.add(n.mention);
  for (const j of tpl.joined) skip.add(j.first).add(j.second);
  for (let id = 0; id < tpl.drafts.length; id++) {
    const d = tpl.drafts[id];
    if ((d.source !== 'task' && d.source !== 'table') || d.generic || skip.has(id)) continue;
    const name = normaliseName(d.name);
    if (!name || looksLikeUnit(name) || names.isKnown(d.expanded)) continue;
    // 县自然资源 → 县自然资源局 when that is a department the table or the document knows
    const completion = COMPLETIONS.map((s) => name + s).find((c) => names.isKnown(c) || tpl.forms.has(names.form(c)));
    list.push({ id, completion });
  }
  templateUnknown.set(tpl, (out = list));
  return out;
}

function departmentsOf(tpl: Template): Departments {
  let d = templateDepartments.get(tpl);
  if (!d) templateDepartments.set(tpl, (d = buildDepartments(tpl.drafts)));
  return d;
}

interface MentionPlace {
  role?: string;
  etc?: string;
}

function draft(names: Names, written: string, name: string, base: string, source: MentionSource, list: number, item: number, from: number, to: number, at: MentionPlace): Draft {
  const r = names.read(name, base);
  return { name: written, expanded: r.expanded, canonical: r.canonical, form: r.form, generic: names.facts(name).generic, source, role: at.role, etc: at.etc, list, item, from, to, id: -1 };
}

/**
 * The mentions written without a jurisdiction the names table could restore, with the jurisdiction
 * they would get back, in the order they were made: restoreAbbreviations visits only these.
 */
interface Pending {
  drafts: Draft[];
  bases: string[];
}

/** The drafts of an empty item: one shared array, frozen (findJoins replaces a group, nothing adds to one). */
const NO_DRAFTS = Object.freeze([]) as unknown as Draft[];

function listDrafts(names: Names, rel: RelativeSplit, l: number, source: MentionSource, fallbackBase: string, pending: Pending): Draft[][] {
  let base = '';
  const { items } = rel;
  const groups: Draft[][] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const n = normaliseName(item.name);
    if (!n) {
      groups[i] = NO_DRAFTS;
      continue;
    }
    const facts = names.facts(n);
    if (facts.base && !facts.generic) base = facts.base;
    const lent = base || fallbackBase;
    const d = draft(names, item.name, n, lent, source, l, i, -1, -1, item);
    if (d.expanded === n && !d.generic && !facts.placed && lent) {
      pending.drafts.push(d);
      pending.bases.push(lent);
    }
    groups[i] = [d];
  }
  return groups;
}

/**
 * 县民政局、社区指导中心: a name the table of names does not know gets its jurisdiction back too,
 * when the document writes that fuller name elsewhere (县社区指导中心).
 */
function restoreAbbreviations(names: Names, drafts: readonly Draft[], pending: Pending): void {
  if (!pending.drafts.length) return;
  const forms = new Map<string, Draft>();
  for (let i = 0; i < drafts.length; i++) if (!forms.has(drafts[i].form)) forms.set(drafts[i].form, drafts[i]);
  for (let i = 0; i < pending.drafts.length; i++) {
    const d = pending.drafts[i];
    const full = forms.get(names.form(pending.bases[i] + d.expanded));
    if (!full || full === d) continue;
    d.expanded = full.expanded;
    d.form = full.form;
    d.canonical = full.canonical;
  }
}

function countForms(drafts: readonly Draft[]): Map<string, Draft[]> {
  const forms = new Map<string, Draft[]>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (!COUNTED.has(d.source) || d.generic) continue;
    const list = forms.get(d.form);
    if (list) list.push(d);
    else forms.set(d.form, [d]);
  }
  return forms;
}

interface DraftJoin {
  list: number;
  item: number;
  /** where the second name begins, relative to the item */
  at: number;
  first: Draft;
  second: Draft;
}

/** 县财政局县税务局 → 县财政局 + 县税务局, when both halves are names the document or the table knows. */
function findJoins(names: Names, rels: readonly RelativeSplit[], groups: Draft[][][], forms: Map<string, Draft[]>): DraftJoin[] {
  const joined: DraftJoin[] = [];
  const seenAlone = (s: string) => names.isKnown(s) || (forms.get(names.form(s))?.length ?? 0) > 0;
  for (let l = 0; l < rels.length; l++) {
    const items = rels[l].items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const ds = groups[l][i];
      // a name shorter than six is no join whether or not normalising changes it: spares normaliseName on most names
      if (ds.length !== 1 || item.name.length < 6) continue;
      const d = ds[0];
      const n = normaliseName(item.name);
      if (d.generic || n !== item.name || n.length < 6 || names.isKnown(d.expanded) || (forms.get(d.form)?.length ?? 0) > RARE) continue;
      for (let k = 3; k <= n.length - 3; k++) {
        const left = n.slice(0, k);
        const right = n.slice(k);
        if (!UNIT_SUFFIX.test(left) || !names.hasJurisdiction(right) || isGeneric(right)) continue;
        const leftExpanded = names.expand(left, d.expanded.slice(0, d.expanded.length - n.length) || names.level);
        if (!seenAlone(leftExpanded) || !seenAlone(right)) continue;
        const first = draft(names, left, normaliseName(left), names.baseOf(leftExpanded), d.source, l, i, 0, k, { role: d.role });
        const second = draft(names, right, normaliseName(right), names.baseOf(right), d.source, l, i, k, n.length, { role: d.role, etc: d.etc });
        groups[l][i] = [first, second];
        joined.push({ list: l, item: i, at: k, first, second });
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

function findNearMisses(names: Names, forms: Map<string, Draft[]>): { mention: Draft; target: string; edit: Edit }[] {
  const out: { mention: Draft; target: string; edit: Edit }[] = [];
  const frequent = [...forms.entries()].filter(([, ds]) => ds.length >= FREQUENT);
  if (!frequent.length || forms.size > 5000) return out;
  for (const [form, ds] of forms) {
    if (ds.length > RARE || names.isKnown(form) || BARE_ORGAN.test(form)) continue;
    if (!ds.some((d) => d.source === 'task' || d.source === 'table')) continue;
    let best: { form: string; edit: Edit; ds: Draft[] } | undefined;
    for (const [f, fds] of frequent) {
      if (fds.length < 2 * ds.length + 1 || Math.abs(f.length - form.length) > 2) continue;
      const e = oneSlip(form, f);
      if (!e || !plausibleSlip(form, f, e)) continue;
      if (!best || fds.length > best.ds.length) best = { form: f, edit: e, ds: fds };
    }
    if (!best) continue;
    const canonical = best.ds[0].canonical;
    for (const d of ds) {
      d.canonical = canonical;
      if (d.source === 'task' || d.source === 'table') out.push({ mention: d, target: best.form, edit: best.edit });
    }
  }
  return out;
}

function buildDepartments(drafts: readonly Draft[]): Departments {
  const by = new Map<string, number[]>();
  for (let i = 0; i < drafts.length; i++) {
    const list = by.get(drafts[i].canonical);
    if (list) list.push(i);
    else by.set(drafts[i].canonical, [i]);
  }
  const out: { canonical: string; aliases: string[]; ids: number[] }[] = [];
  for (const [canonical, ids] of by) {
    const counts = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) counts.set(drafts[ids[i]].name, (counts.get(drafts[ids[i]].name) ?? 0) + 1);
    const aliases = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    out.push({ canonical, aliases, ids });
  }
  return out;
}

/** Where a draft starts in this version. */
function startOf(d: Draft, placed: readonly SplitResult[], lists: readonly ListSource[], spots: readonly Spot[]): Position {
  if (d.list < 0) {
    const s = spots[d.item].spot;
    return spanPos(s.paragraph, s.from);
  }
  const split = placed[d.list];
  if (d.from < 0) return split.items[d.item].range.start;
  return spanRange(lists[d.list].span, split.offsets[d.item] + d.from, split.offsets[d.item] + d.to).start;
}

function makeTemplate(names: Names, rels: readonly RelativeSplit[], lists: readonly ListSource[], placed: readonly SplitResult[], spots: readonly Spot[]): Template {
  const pending: Pending = { drafts: [], bases: [] };
  const groups = rels.map((rel, l) => listDrafts(names, rel, l, lists[l].source, names.level, pending));
  const spotDrafts = spots.map((s, k) => {
    const n = s.spot.name;
    return draft(names, n, normaliseName(n), names.level, s.source, -1, k, -1, -1, {});
  });
  // a plain loop into an array of the right size: flatMap + flat + spread were a fifth of the registry's time
  const collect = () => {
    let n = spotDrafts.length;
    for (let l = 0; l < groups.length; l++) for (let g = 0; g < groups[l].length; g++) n += groups[l][g].length;
    const all: Draft[] = new Array(n);
    let i = 0;
    for (let l = 0; l < groups.length; l++) {
      const gs = groups[l];
      for (let g = 0; g < gs.length; g++) for (let k = 0; k < gs[g].length; k++) all[i++] = gs[g][k];
    }
    for (let k = 0; k < spotDrafts.length; k++) all[i++] = spotDrafts[k];
    return all;
  };
  const all = collect();
  restoreAbbreviations(names, all, pending);
  let forms = countForms(all);
  const joined = findJoins(names, rels, groups, forms);
  // a join replaced one mention by two: collect again
  const collected = joined.length ? collect() : all;
  // in document order. Tasks, table rows and spots each come in document order, and the table and the member
  // list usually follow the body: a pass that finds them in order spares the sort (which is stable, so
  // skipping it changes nothing)
  const starts = collected.map((d) => startOf(d, placed, lists, spots));
  let drafts = collected;
  for (let i = 1; i < starts.length; i++) {
    if (comparePos(starts[i - 1], starts[i]) <= 0) continue;
    const order = collected.map((_, k) => k).sort((a, b) => comparePos(starts[a], starts[b]) || a - b);
    drafts = order.map((k) => collected[k]);
    break;
  }
  for (let i = 0; i < drafts.length; i++) drafts[i].id = i;
  if (joined.length) forms = countForms(drafts);
  const nearMisses = findNearMisses(names, forms);
  const formIds = new Map<string, number[]>();
  for (const [form, ds] of forms) formIds.set(form, ds.map((d) => d.id));
  let sources = '';
  for (const l of lists) sources += l.source === 'task' ? 't' : 'r';
  return {
    rels,
    sources,
    spots: spots.map((s) => ({ name: s.spot.name, source: s.source })),
    drafts,
    forms: formIds,
    joined: joined.map((j) => ({ list: j.list, item: j.item, at: j.at, first: j.first.id, second: j.second.id })),
    nearMisses: nearMisses.map((n) => ({ mention: n.mention.id, target: n.target, edit: n.edit })),
    slipCanonical: new Map(nearMisses.map((n) => [n.mention.form, n.mention.canonical])),
  };
}

/** One object shape for every mention, every field written (a spread of optional fields made many shapes and a copy). */
function mention(d: Draft, range: Range, list: ListSource | undefined): Mention {
  return {
    name: d.name,
    expanded: d.expanded,
    canonical: d.canonical,
    range,
    source: d.source,
    task: list?.task,
    table: list?.table,
    row: list?.row,
    role: d.role,
    form: d.form,
    generic: d.generic,
    etc: d.etc,
  };
}

/** The mentions of an empty item: one shared array, frozen. */
const NONE = Object.freeze([]) as unknown as Mention[];

/**
 * The template placed in this version: undefined when its mentions would not come in document order here
 * (the order was part of what made it; it is made again).
 */
function place(tpl: Template, names: Names, lists: readonly ListSource[], placed: readonly SplitResult[], spots: readonly Spot[], made: boolean): UnitRegistry | undefined {
  const refs: UnitListRef[] = new Array(lists.length);
  for (let l = 0; l < lists.length; l++) {
    const src = lists[l];
    const split = placed[l];
    const groups: Mention[][] = new Array(split.items.length);
    for (let i = 0; i < groups.length; i++) groups[i] = NONE;
    refs[l] = { source: src.source, span: src.span, split, mentions: groups, task: src.task, table: src.table, row: src.row };
  }
  const { drafts } = tpl;
  const mentions: Mention[] = new Array(drafts.length);
  for (let id = 0; id < drafts.length; id++) {
    const d = drafts[id];
    let m: Mention;
    if (d.list < 0) {
      const s = spots[d.item].spot;
      m = mention(d, spanRange(s.paragraph, s.from, s.to), undefined);
    } else {
      const ref = refs[d.list];
      if (d.from < 0) {
        m = mention(d, ref.split.items[d.item].range, lists[d.list]);
        ref.mentions[d.item] = [m];
      } else {
        const at = ref.split.offsets[d.item];
        m = mention(d, spanRange(ref.span, at + d.from, at + d.to), lists[d.list]);
        // the first half comes first in document order
        if (d.from === 0) ref.mentions[d.item] = [m];
        else ref.mentions[d.item].push(m);
      }
    }
    // a template made from another version holds only when its order is this version's document order (a
    // strictly increasing one is the only order a sort could give); one made from this version holds as it is
    if (!made && id > 0 && comparePos(mentions[id - 1].range.start, m.range.start) >= 0) return undefined;
    mentions[id] = m;
  }
  return new Registry(tpl, names, refs, mentions);
}

/** Values derived from a template's mentions (registry.derived), by the caller's key. */
const templateDerived = new WeakMap<Template, Map<object, unknown>>();

class Registry implements UnitRegistry {
  readonly joined: JoinedName[];
  readonly nearMisses: NearMiss[];
  private formsMap?: Map<string, Mention[]>;
  private departmentList?: Department[];
  private byName?: Map<string, Department>;

  constructor(
    private readonly tpl: Template,
    readonly names: Names,
    readonly lists: UnitListRef[],
    readonly mentions: Mention[],
  ) {
    this.joined = tpl.joined.map((j) => ({ list: lists[j.list], item: j.item, at: lists[j.list].split.offsets[j.item] + j.at, first: mentions[j.first], second: mentions[j.second] }));
    this.nearMisses = tpl.nearMisses.map((n) => ({ mention: mentions[n.mention], target: n.target, edit: n.edit, targetMentions: this.forms.get(n.target)! }));
  }

  /** Built when asked: most versions' checks never look a form up. */
  get forms(): Map<string, Mention[]> {
    if (!this.formsMap) {
      this.formsMap = new Map();
      for (const [form, ids] of this.tpl.forms) {
        const ms: Mention[] = new Array(ids.length);
        for (let i = 0; i < ids.length; i++) ms[i] = this.mentions[ids[i]];
        this.formsMap.set(form, ms);
      }
    }
    return this.formsMap;
  }

  /** Built when asked: only hover, completion and rename read them. */
  get departments(): Department[] {
    if (!this.departmentList) {
      this.departmentList = departmentsOf(this.tpl).map((d) => ({ canonical: d.canonical, aliases: d.aliases.slice(), mentions: d.ids.map((id) => this.mentions[id]) }));
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

  unknownNames(): UnknownName[] {
    return unknownOf(this.tpl, this.names).map((u) => ({ mention: this.mentions[u.id], completion: u.completion }));
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
    if (tpl.sources.charCodeAt(l) !== (src.source === 'task' ? 0x74 : 0x72) || rel.breaks !== src.breaks) return false;
    const text = src.span.text;
    if (src.from === 0 && src.to === text.length) {
      if (rel.content !== text) return false;
    } else if (rel.content.length !== src.to - src.from || !text.startsWith(rel.content, src.from)) return false;
  }
  for (let k = 0; k < spots.length; k++) if (tpl.spots[k].name !== spots[k].spot.name || tpl.spots[k].source !== spots[k].source) return false;
  return true;
}

export function buildRegistry(model: DocumentModel, config: Pick<GongwenConfig, 'unitAliases'>): UnitRegistry {
  const names = namesFor(model.jurisdiction, config.unitAliases);
  const lists: ListSource[] = [];
  // the template's key: a hash of what it is made from, checked against the template on a hit. Building one
  // string of every list's text and hashing it was a third of a re-analysis's registry
  let h = 0x811c9dc5;
  for (const t of model.tasks) {
    // parse split the same bracket content: its items (ranges included) are taken over where they agree
    const span = t.units;
    const to = Math.max(1, span.text.length - 1);
    const breaks = splitBreaks(span, 1, to);
    lists.push({ source: 'task', span, from: 1, known: span.items, to, breaks, task: t.index, table: undefined, row: undefined });
    h = hashText(Math.imul(h ^ 0x74, 16777619), span.text, 1, to);
    if (breaks) h = hashText(h, breaks, 0, breaks.length);
  }
  for (const t of model.tables) {
    if (t.unitsColumn < 0) continue;
    for (const r of t.rows) {
      if (r.kind !== 'row') continue;
      let cell: Cell | undefined;
      for (const c of r.cells) {
        if (c.column !== t.unitsColumn) continue;
        cell = c;
        break;
      }
      if (!cell || !cell.text.trim()) continue;
      const breaks = splitBreaks(cell, 0, cell.text.length);
      lists.push({ source: 'table', span: cell, from: 0, known: undefined, to: cell.text.length, breaks, task: undefined, table: t.index, row: r.index });
      h = hashText(Math.imul(h ^ 0x72, 16777619), cell.text, 0, cell.text.length);
      if (breaks) h = hashText(h, breaks, 0, breaks.length);
    }
  }
  const spots: Spot[] = [];
  for (const s of memberSpots(model, names)) spots.push({ spot: ownName(s), source: 'member' });
  for (const s of dutySpots(model)) spots.push({ spot: ownName(s), source: 'duty' });
  for (const s of spots) h = hashText(Math.imul(h ^ (s.source === 'member' ? 0x6d : 0x64), 16777619), s.spot.name, 0, s.spot.name.length);
  let placed: SplitResult[] | undefined;
  const make = (): Template => {
    const rels = lists.map((l) => relativeSplit(splitKey(l.span, l.from, l.to)));
    placed = lists.map((l, i) => placeSplit(rels[i], l.span, l.from, l.known));
    return makeTemplate(names, rels, lists, placed, spots);
  };
  let tpl = templates.get(`${names.id}:${(h >>> 0).toString(36)}:${lists.length}:${spots.length}`, make);
  // another document (or version) with the same hash: this version's own template, not kept
  if (!placed && !madeFrom(tpl, lists, spots)) tpl = make();
  if (placed) return place(tpl, names, lists, placed, spots, true)!;
  placed = lists.map((l, i) => placeSplit(tpl.rels[i], l.span, l.from, l.known));
  const reg = place(tpl, names, lists, placed, spots, false);
  if (reg) return reg;
  // the same lists, their mentions in another order: a template of this version's own (not kept)
  return place(makeTemplate(names, tpl.rels, lists, placed, spots), names, lists, placed, spots, true)!;
}

/** The document's registry, computed once per analysis (the `shared` map lives as long as one document version). */
export function getRegistry(model: DocumentModel, config: Pick<GongwenConfig, 'unitAliases'>, shared?: Map<string, unknown>): UnitRegistry {
  const hit = shared?.get(REGISTRY_KEY) as UnitRegistry | undefined;
  if (hit) return hit;
  const r = buildRegistry(model, config);
  shared?.set(REGISTRY_KEY, r);
  return r;
}
