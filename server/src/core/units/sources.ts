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
 * What each paragraph's text gave last time, by paragraph index: a paragraph whose text is the one read at
 * the same index (the same object when the parser handed it over unchanged) is not read, nor its line
 * looked up, again. Module state, compared on every use, forgotten by clearMemos.
 */
interface Recall<T> {
  texts: string[];
  found: T[];
}

/** Sized once for `size` paragraphs: filled by index, an array grown one paragraph at a time was copied again and again. */
function recall<T>(size = 0): Recall<T> {
  return { texts: new Array<string>(size), found: new Array<T>(size) };
}

let memberRecall = recall<readonly LineSpot[] | null>();
let memberNames: Names | undefined;
let dutyRecall = recall<string | null>();
onClearMemos(() => {
  memberRecall = recall();
  dutyRecall = recall();
  memberNames = undefined;
});

export function memberSpots(model: DocumentModel, names: Names): NameSpot[] {
  const spots: NameSpot[] = [];
  let lines = 0;
  const prefix = names.id + '\u0000';
  const before = memberNames === names ? memberRecall : recall<readonly LineSpot[] | null>();
  const now = recall<readonly LineSpot[] | null>(model.paragraphs.length);
  for (const p of model.paragraphs) {
    if (p.region === 'head' || p.region === 'banji' || p.segments.length > 1 || p.text.length > 120) continue;
    const i = p.index;
    let found: readonly LineSpot[] | null;
    if (before.texts[i] === p.text) found = before.found[i];
    // the key's text after the prefix is the line: read from the memo's own copy
    else found = MEMBER.test(p.text) ? memberLines.get(prefix + p.text, (key) => readMemberLine(key.slice(prefix.length), names)) : null;
    now.texts[i] = p.text;
    now.found[i] = found;
    if (!found) continue;
    lines++;
    for (const s of found) spots.push({ name: s.name, paragraph: p, from: s.from, to: s.from + s.name.length });
  }
  memberRecall = now;
  memberNames = names;
  // a lone line that happens to look like "name  title" is not a member list
  return lines >= 3 ? spots : [];
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

export function dutySpots(model: DocumentModel): NameSpot[] {
  const candidates: { spot: NameSpot; index: number; underDuties: boolean }[] = [];
  const before = dutyRecall;
  const now = recall<string | null>(model.paragraphs.length);
  for (const p of model.paragraphs) {
    if (p.region === 'head' || p.region === 'banji' || p.heading) continue;
    let written: string | null;
    if (before.texts[p.index] === p.text) written = before.found[p.index];
    else {
      const m = DUTY.exec(p.text);
      written = m && (looksLikeUnit(normaliseName(m[1])) || isGeneric(normaliseName(m[1]))) ? m[1] : null;
    }
    now.texts[p.index] = p.text;
    now.found[p.index] = written;
    if (written === null) continue;
    candidates.push({ spot: { name: written, paragraph: p, from: 0, to: written.length }, index: p.index, underDuties: /职责|分工/.test(headingTitleAbove(model, p)) });
  }
  dutyRecall = now;
  // under a 主要职责 heading, or in a run of at least three such paragraphs close together
  const out: NameSpot[] = [];
  let i = 0;
  while (i < candidates.length) {
    let j = i + 1;
    while (j < candidates.length && candidates[j].index - candidates[j - 1].index <= 2) j++;
    for (let k = i; k < j; k++) if (candidates[k].underDuties || j - i >= 3) out.push(candidates[k].spot);
    i = j;
  }
  return out;
}
