// Departments named outside the units lists: the 工作专班 member list (王云峰  县发改局局长) and the
// 主要职责 section (县委宣传部：负责…). They tell the registry which departments exist and how the
// document spells them; the checks never report them.
import type { DocumentModel, Paragraph } from '../model/types';
import { isGeneric, looksLikeUnit, normaliseName, type Names } from './names';
import { Memo, onClearMemos } from '../text/memo';

export interface NameSpot {
  /** the name as written */
  name: string;
  paragraph: Paragraph;
  /** offsets in the paragraph's joined text */
  from: number;
  to: number;
}

// 组  长：蔡纯意  县委副书记、县长 / 李  波  县委组织部副部长、县委编办主任 / 王云峰  县发改局局长
const MEMBER = /^(?:[组副成][ \u3000]*[组长员]?[ \u3000]*[长员][ \u3000]*[：:][ \u3000]*)?([\u4e00-\u9fa5](?:[ \u3000]{0,3}[\u4e00-\u9fa5]){1,3}?)[ \u3000]{2,}(\S.{1,100})$/;

const POSITION = /(?:党组成员|党组书记|[一二三四]级?(?:调研员|主任科员)|调研员|主任科员|科员|候选人|负责人|(?:常务)?副?(?:局长|部长|主任|书记|主席|理事长|大队长|队长|镇长|乡长|校长|院长|所长|站长|行长|经理|总经理|会长|秘书长|县长|市长|区长|旗长|委员|组长|股长|科长|处长|常委|政委))$/;

/** Sub-units a member's title may name after the department: 人口和家庭发展股, 规划服务中心, 办公室, 管理部. */
const SUB_UNIT = /(股|科|室|办公室|中心|部|处)$/;

function stripPosition(s: string): string {
  let t = s;
  for (let k = 0; k < 4; k++) {
    const m = POSITION.exec(t);
    if (!m || m.index === 0) break;
    t = t.slice(0, m.index);
  }
  return t;
}

/** 市卫健局人口和家庭发展股 → 市卫健局; 中国人民银行北安市支行管理部 → …支行. */
function cutSubUnit(org: string, names: Names): string {
  // the rest is an end of org: when org does not end like a sub-unit no rest does, and asking the
  // table about every head first was most of a cold registry on a member list
  if (SUB_UNIT.test(org)) {
    for (let k = 3; k < org.length; k++) {
      if (!SUB_UNIT.test(org.slice(k))) continue;
      const head = org.slice(0, k);
      if (names.isKnown(head)) return head;
    }
  }
  const m = /^(.{2,}?(?:局|支行|分行))(?!有限|公司)(.+)$/.exec(org);
  if (m && SUB_UNIT.test(m[2])) return m[1];
  return org;
}

/** A member line's names, offsets relative to the paragraph's text. */
interface LineSpot {
  name: string;
  from: number;
}

/**
 * The names on one member line (王云峰  县发改局局长 → 县发改局), keyed by the configuration and the line's
 * text: reading a title (positions, sub-units, the table of names) was most of the registry's cost on a
 * document with a member list, and a keystroke elsewhere leaves every member line as it was.
 */
const memberLines = new Memo<readonly LineSpot[]>('units/memberLine', 2000);

function readMemberLine(text: string, names: Names): readonly LineSpot[] {
  const m = MEMBER.exec(text)!;
  const out: LineSpot[] = [];
  const titleAt = text.length - m[2].length;
  const title = m[2];
  let a = 0;
  for (let i = 0; i <= title.length; i++) {
    if (i < title.length && !'、，,；;'.includes(title[i])) continue;
    const part = title.slice(a, i);
    const lead = part.length - part.trimStart().length;
    const org = cutSubUnit(stripPosition(part.trim()), names);
    // 县委常委, 县长: a position, not a department
    if (org.length >= 3 && org !== part.trim() && looksLikeUnit(org) && !/^[省市县区]委$/.test(org)) {
      out.push({ name: org, from: titleAt + a + lead });
    } else if (org.length >= 3 && org === part.trim() && names.isKnown(org)) {
      out.push({ name: org, from: titleAt + a + lead });
    }
    a = i + 1;
  }
  return out;
}

/**
 * Whether a text could be a member line (MEMBER could match it), from its first two characters and its
 * length: a name starts it (or 组长/副组长/成员 does), a CJK character then another or a space, and a name,
 * two spaces and a title make at least six characters. Most paragraphs (a heading's 一、 or （一）, a
 * numbered line) fail here, so a document of 100k such lines costs a comparison or two per line, not a
 * regular expression and a recall entry each.
 */
function mayBeMember(text: string): boolean {
  if (text.length < 6) return false;
  const c0 = text.charCodeAt(0);
  if (c0 < 0x4e00 || c0 > 0x9fa5) return false;
  const c1 = text.charCodeAt(1);
  return (c1 >= 0x4e00 && c1 <= 0x9fa5) || c1 === 0x20 || c1 === 0x3000;
}

/**
 * Whether DUTY could match: a ： or : at index 2 to 30 with none of the characters DUTY's name excludes
 * before it. Stops at the first excluded character it knows (most paragraphs have a ， within a few
 * characters); DUTY decides the rest (other whitespace).
 */
function mayBeDuty(text: string): boolean {
  const n = Math.min(text.length, 31);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return i >= 2;
    // ， 。 ； 、 and the usual whitespace
    if (c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3001 || c === 0x20 || c === 0x3000 || c === 0x09) return false;
  }
  return false;
}

/**
 * What each candidate paragraph's text gave last time, by paragraph index, in index order: a paragraph whose
 * text is the one read at the same index (the same object when the parser handed it over unchanged) is not
 * read, nor its line looked up, again. Only paragraphs that pass the quick test are kept (an array slot per
 * paragraph of a 100k-line document was most of the cost). Module state, compared on every use, forgotten by
 * clearMemos.
 */
interface Recall<T> {
  index: number[];
  texts: string[];
  found: T[];
  /** the reading position (recallFound's cursor) */
  at: number;
}

function recall<T>(): Recall<T> {
  return { index: [], texts: [], found: [], at: 0 };
}

/** What paragraph i's text gave last time, or undefined; asked in ascending i. */
function recallFound<T>(r: Recall<T>, i: number, text: string): T | undefined {
  const index = r.index;
  let k = r.at;
  while (k < index.length && index[k] < i) k++;
  r.at = k;
  return k < index.length && index[k] === i && r.texts[k] === text ? r.found[k] : undefined;
}

function keep<T>(r: Recall<T>, i: number, text: string, found: T): void {
  r.index.push(i);
  r.texts.push(text);
  r.found.push(found);
}

let memberRecall = recall<readonly LineSpot[] | null>();
let memberNames: Names | undefined;
let dutyRecall = recall<string | null>();
onClearMemos(() => {
  memberRecall = recall();
  dutyRecall = recall();
  memberNames = undefined;
});

const ALL_MARKS = { member: true, duty: true };

/** Names outside the lists: the member list's and the duty section's. */
export interface Spots {
  members: NameSpot[];
  duties: NameSpot[];
}

const DUTY = /^([^，。；：:、\s]{2,30})[：:]/;

function headingTitleAbove(model: DocumentModel, p: Paragraph): string {
  for (let i = p.index; i >= 0; i--) {
    const h = model.paragraphs[i].heading;
    if (h) return h.title;
    if (model.paragraphs[i].region !== p.region) break;
  }
  return '';
}

/**
 * The member list's names and the duty section's, in one walk over the paragraphs: on a long document most of
 * the cost is reaching each paragraph and its text, and a text shorter than three characters (a bare 一、)
 * can be neither.
 */
/**
 * Whether the document's text holds two spaces in a row (a member line needs them) and a ： or : (a duty line
 * does), read once in order; stops when it has seen both. Every paragraph's text is made of the document's
 * characters, so a text without them has no member line or no duty line.
 */
function spotMarks(text: string): { member: boolean; duty: boolean } {
  let member = false;
  let duty = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) {
      if (space) member = true;
      space = true;
      if (member && duty) break;
      continue;
    }
    space = false;
    if (c === 0xff1a || c === 0x3a) {
      duty = true;
      if (member) break;
    }
  }
  return { member, duty };
}

/** Below this many characters a paragraph on average, the text is read once for the marks before the paragraphs are. */
const SHORT_PARAGRAPHS = 16;

export function nameSpots(model: DocumentModel, names: Names): Spots {
  // a document of many tiny paragraphs (100k lines of 一、): reaching each paragraph and its text costs more than
  // reading the text in order, and when neither mark is there no paragraph need be reached at all
  const marks = model.paragraphs.length * SHORT_PARAGRAPHS > model.text.length ? spotMarks(model.text) : ALL_MARKS;
  const members: NameSpot[] = [];
  let lines = 0;
  const prefix = names.id + '\u0000';
  const memberBefore = memberNames === names ? memberRecall : recall<readonly LineSpot[] | null>();
  memberBefore.at = 0;
  const memberNow = recall<readonly LineSpot[] | null>();
  const candidates: { spot: NameSpot; index: number; underDuties: boolean }[] = [];
  const dutyBefore = dutyRecall;
  dutyBefore.at = 0;
  const dutyNow = recall<string | null>();
  const paragraphs = model.paragraphs;
  for (let i = 0; i < paragraphs.length && (marks.member || marks.duty); i++) {
    const p = paragraphs[i];
    const text = p.text;
    if (text.length < 3 || p.region === 'head' || p.region === 'banji') continue;
    if (marks.member && mayBeMember(text) && text.length <= 120 && p.segments.length === 1) {
      let found = recallFound(memberBefore, p.index, text);
      // the key's text after the prefix is the line: read from the memo's own copy
      if (found === undefined) found = MEMBER.test(text) ? memberLines.get(prefix + text, (key) => readMemberLine(key.slice(prefix.length), names)) : null;
      keep(memberNow, p.index, text, found);
      if (found) {
        lines++;
        for (const s of found) members.push({ name: s.name, paragraph: p, from: s.from, to: s.from + s.name.length });
      }
    }
    if (marks.duty && !p.heading && mayBeDuty(text)) {
      let written = recallFound(dutyBefore, p.index, text);
      if (written === undefined) {
        const m = DUTY.exec(text);
        written = m && (looksLikeUnit(normaliseName(m[1])) || isGeneric(normaliseName(m[1]))) ? m[1] : null;
      }
      keep(dutyNow, p.index, text, written);
      if (written !== null) candidates.push({ spot: { name: written, paragraph: p, from: 0, to: written.length }, index: p.index, underDuties: /职责|分工/.test(headingTitleAbove(model, p)) });
    }
  }
  memberRecall = memberNow;
  memberNames = names;
  dutyRecall = dutyNow;
  // under a 主要职责 heading, or in a run of at least three such paragraphs close together
  const duties: NameSpot[] = [];
  let i = 0;
  while (i < candidates.length) {
    let j = i + 1;
    while (j < candidates.length && candidates[j].index - candidates[j - 1].index <= 2) j++;
    for (let k = i; k < j; k++) if (candidates[k].underDuties || j - i >= 3) duties.push(candidates[k].spot);
    i = j;
  }
  // a lone line that happens to look like "name  title" is not a member list
  return { members: lines >= 3 ? members : [], duties };
}
