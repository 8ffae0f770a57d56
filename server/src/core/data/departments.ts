// The built-in table of department names (departments.json, with its source note) merged with
// the user's aliases (gongwen.units.aliases / units.aliases in gongwen.config.json).
import data from './departments.json';

export interface DepartmentEntry {
  /** full standard name without the jurisdiction: 卫生健康局 */
  name: string;
  /** short forms and variants: 卫健局 */
  short: string[];
  /** departments with the same remit under different names share a family (教育局, 教育和体育局) */
  family?: string;
  /** a Party organ, written after 县委 / 市委 */
  party?: boolean;
  /** matched only as a whole name (团县委) */
  whole?: boolean;
}

export const DEPARTMENTS_SOURCE: string = data.source;
export const DEPARTMENTS: readonly DepartmentEntry[] = data.departments as DepartmentEntry[];

export interface KnownBody {
  /** the canonical body: 卫生健康局 (or what the user's alias says) */
  canonical: string;
  family?: string;
  party?: boolean;
  whole?: boolean;
  /** true when the user's configuration supplied or changed this entry */
  user?: boolean;
}

export interface AliasTable {
  /** looks up a body (a name without its jurisdiction): 卫健局 → 卫生健康局 */
  body(s: string): KnownBody | undefined;
}

function builtinIndex(): Map<string, KnownBody> {
  const m = new Map<string, KnownBody>();
  for (const e of DEPARTMENTS) {
    const k: KnownBody = { canonical: e.name, family: e.family, party: e.party, whole: e.whole };
    m.set(e.name, k);
    for (const s of e.short) if (!m.has(s)) m.set(s, k);
  }
  return m;
}

const BUILTIN = builtinIndex();

/**
 * The built-in table extended and overridden by the user's aliases. A user alias maps a short form
 * or variant to a canonical name; when that name is itself a built-in entry (or one of its forms)
 * the alias joins that department, otherwise it defines a new one. Mapping a name to itself makes
 * it a department of its own (say {"文旅局": "文旅局"} where 文旅局 is not 文化广电和旅游局).
 */
export function aliasTable(user: Readonly<Record<string, string>> = {}): AliasTable {
  const entries = Object.entries(user);
  if (!entries.length) return { body: (s) => BUILTIN.get(s) };
  const m = new Map(BUILTIN);
  for (const [from, to] of entries) {
    const target = from === to ? undefined : BUILTIN.get(to);
    const k: KnownBody = target ? { ...target, user: true } : { canonical: to, user: true };
    m.set(from, k);
    if (!m.has(to)) m.set(to, k);
  }
  return { body: (s) => m.get(s) };
}
