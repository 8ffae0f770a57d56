// Reading a list of responsible units: 〔县民政局、县财政局〕, （县发改局、民政局按职责分工负责，
// 各乡镇人民政府具体落实）, 〔责任单位：市民政局、市卫健局〕 and table cells such as
// 市民政局牵头，市财政局、市农业农村局等部门参加；相关乡镇（街道）人民政府负责。
// A role (牵头, 参加 …) belongs to the model, never to the name.
import type { Span, UnitItem } from '../model/types';
import { spanRange } from '../text/span';
import { UNIT_SUFFIX } from '../parse/patterns';

/** Role phrases at the end of a unit or a group: 牵头, 参加, 按职责分工负责, 按职责分工具体负责, 具体落实 … */
export const ROLE = /(按照?职责分工|按职能职责)?(共同|分别|具体|协同|牵头)?(负责|落实|参加|参与|配合|实施|牵头|协办|主办)$/;
export const ROLES = ['牵头', '参加', '参与', '负责', '配合', '落实', '实施', '按职责分工负责', '具体落实'];

/** Tails that generalise a list rather than name a unit: 等有关部门（单位）, 等部门. */
const GENERAL_TAIL = /(等[有相]?关?(部门|单位)（单位）|等[有相]关部门（单位）|等[有相]关(部门|单位)|等(部门|单位)|等)$/;

export const LABEL = /^(责任单位|牵头单位|责任部门|配合单位|参与单位|实施单位)[：:]/;

/** 、 ， , ； ; as character codes */
const SEPARATORS = new Set([0x3001, 0xff0c, 0x2c, 0xff1b, 0x3b]);

/** What /\s/ matches, by character code. */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export interface SplitResult {
  label?: string;
  items: UnitItem[];
}

interface Piece {
  from: number;
  to: number;
}

function stripRole(s: string): { name: string; role?: string; general: boolean } {
  let name = s;
  let role: string | undefined;
  // a role may be preceded by a general tail: 市残联等部门参加
  const rm = ROLE.exec(name.slice(-12));
  if (rm && rm[0].length < name.length) {
    role = rm[0];
    name = name.slice(0, -rm[0].length);
  }
  let general = false;
  const g = GENERAL_TAIL.exec(name);
  if (g && g.index > 0) {
    name = name.slice(0, g.index);
    general = true;
  }
  return { name, role, general };
}

/**
 * Splits the content of a units bracket or a units cell. `from`/`to` delimit the content
 * inside `span`'s joined text. A break between the span's lines counts as a separator when
 * the text before it ends like a unit name (table cells put one unit per line).
 */
export function splitUnits(span: Span, from = 0, to = span.text.length): SplitResult {
  const text = span.text;
  let start = from;
  let label: string | undefined;
  const lm = LABEL.exec(text.slice(start, Math.min(to, start + 8)));
  if (lm) {
    label = lm[1];
    start += lm[0].length;
  }
  // segment boundaries inside [start, to)
  const breaks = new Set<number>();
  let acc = 0;
  for (const s of span.segments) {
    acc += s.end - s.start;
    if (acc > start && acc < to) breaks.add(acc);
  }
  const pieces: Piece[] = [];
  let a = start;
  let depth = 0;
  for (let i = start; i < to; i++) {
    // character codes: text[i] would allocate a string for every CJK character
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) depth++;
    else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--;
    if (depth === 0 && SEPARATORS.has(c)) {
      pieces.push({ from: a, to: i });
      a = i + 1;
    } else if (depth === 0 && breaks.has(i + 1) && i + 1 < to && UNIT_SUFFIX.test(stripRole(text.slice(a, i + 1)).name)) {
      pieces.push({ from: a, to: i + 1 });
      a = i + 1;
    }
  }
  pieces.push({ from: a, to });
  // a trailing 。 or an empty last piece after a final separator
  const items: UnitItem[] = [];
  let pending: UnitItem[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let { from: p, to: q } = pieces[k];
    while (p < q && isJsSpace(text.charCodeAt(p))) p++;
    for (let c = text.charCodeAt(q - 1); q > p && (isJsSpace(c) || c === 0x3002 || c === 0x2e); c = text.charCodeAt(q - 1)) q--;
    const raw = text.slice(p, q);
    // an empty piece (、、 or a trailing 、) is kept: units/malformed reports it
    const { name, role } = stripRole(raw);
    const item: UnitItem = { name, raw, range: spanRange(span, p, p + name.length) };
    if (role) {
      item.role = role;
      for (const prev of pending) prev.role = role;
      pending = [];
    } else pending.push(item);
    items.push(item);
  }
  return { label, items };
}
