// A heading or table title that names another place than the document's own (a table titled
// “黑河市托育服务主要发展指标” in a 北安市 plan, copied from the parent city's plan). Only titles
// are read, and only the place a title starts with: running text cites other places' documents
// legitimately (《黑河市……》). Without a gazetteer we cannot always tell a parent from a
// subordinate place, so the check uses what the document itself says (黑河市北安市 → parent).
import type { DocumentModel, Span } from '../../model/types';
import type { Finding, Rule, Severity } from '../types';
import { spanRange } from '../../text/span';
import { KeptResult, LastResult } from '../../engine/lastResult';
import { sameSpan } from '../../numbering/same';

// sticky (read at a title's start, after its marker, without cutting the title out)
const PLACE = /([\u4e00-\u9fff]{2,4}?(?:自治区|自治州|自治县|省|市|县|区|旗|盟))/y;
// words that end like a place but are not one (城市, 都市, 市区 …)
const NOT_PLACE = /^(城市|都市|超市|社区|城区|市区|县区|园区|景区|小区|街区|辖区|地区|新区|老区|片区|郊区|本市|全市|全县|全区|我市|我县|我区|该市|该县|各市|各县|各区|市县|省市|城乡)/;
const NOT_IN_NAME = /[的和与及在对为是年月日全本我该各等、，。：；“”《》（）()\s]/;
const LEAD = /(?:“?十[一二三四五六七八九]五”?(?:时期|期间)?|20[0-9]{2}(?:[—－-]20[0-9]{2})?年度?)/y;

interface Hit {
  place: string;
  /** offsets in the text read (after the `from` it was read at) */
  from: number;
  to: number;
}

/** The place a title starts with, after a period prefix such as “十四五”时期 or 2024年. */
export function leadingPlace(text: string): Hit | undefined {
  return placeAt(text, 0);
}

/**
 * leadingPlace of text.slice(from), offsets relative to `from`. By code first: a period prefix starts with
 * “, 十 or 2 and a place with a Chinese character, and most headings (加强…, 推进…) are refused by the
 * expression at their first characters without their text being cut out.
 */
function placeAt(text: string, from: number): Hit | undefined {
  const c = text.charCodeAt(from);
  let lead = 0;
  if (c === 0x201c || c === 0x5341 || c === 0x32) {
    LEAD.lastIndex = from;
    const m = LEAD.exec(text);
    if (m) lead = m[0].length;
  }
  const first = text.charCodeAt(from + lead);
  if (!(first >= 0x4e00 && first <= 0x9fff)) return undefined;
  PLACE.lastIndex = from + lead;
  const m = PLACE.exec(text);
  if (!m || NOT_PLACE.test(m[1]) || NOT_IN_NAME.test(m[1])) return undefined;
  return { place: m[1], from: lead, to: lead + m[1].length };
}

type Relation = 'parent' | 'child' | 'unknown';

interface PlaceUse {
  relation: Relation;
  known: boolean;
}

/**
 * What the document says about `place`, read at the occurrences of `place` only: one search through
 * the text per place, where asking text.includes() of each phrase searched the whole text five times.
 */
function placeUse(model: DocumentModel, place: string, own: string): PlaceUse {
  const t = model.text;
  let parent = false; // place + own: 黑河市北安市
  let child = false; // own + place
  let organ = false; // 黑河市人民政府, 黑河市委
  let cited = false; // 《黑河市……》
  for (let i = t.indexOf(place); i >= 0; i = t.indexOf(place, i + 1)) {
    const after = i + place.length;
    if (!parent && t.startsWith(own, after)) parent = true;
    if (!child && i >= own.length && t.startsWith(own, i - own.length)) child = true;
    if (!organ && (t.startsWith('人民政府', after) || t.startsWith('委', after))) organ = true;
    if (!cited && i > 0 && t.charCodeAt(i - 1) === 0x300a) cited = true;
    // a parent settles both answers (relation and known); the other flags only matter without one
    if (parent) break;
  }
  const relation: Relation = parent ? 'parent' : child ? 'child' : 'unknown';
  // A title's first words can look like a place (推进城市…) without being one: believe it only when the
  // document itself uses it as a place — an organ (黑河市人民政府, 黑河市委), the issuer of a cited
  // document (《黑河市……》), or next to the document's own place (黑河市北安市).
  return { relation, known: relation !== 'unknown' || organ || cited };
}

interface Title {
  span: Span;
  what: string;
  from: number;
}

/**
 * The titles and the place each starts with: they depend on the titles alone. Only the titles that start
 * with a place are kept (in document order): the findings and the sibling are among them.
 */
interface Reading {
  all: Title[];
  hits: Hit[];
  sibling?: Title;
  /** the other places titles start with, each once: what the document says of each is read per version */
  places: string[];
}

function readTitles(model: DocumentModel, own: string): Reading {
  const all: Title[] = [];
  const hits: Hit[] = [];
  for (const t of model.tables) {
    const hit = t.title && placeAt(t.title.text, 0);
    if (hit) {
      all.push({ span: t.title!, what: '表格标题', from: 0 });
      hits.push(hit);
    }
  }
  for (const a of model.attachments) {
    const hit = a.title && placeAt(a.title.text, 0);
    if (hit) {
      all.push({ span: a.title!, what: `${a.label}的标题`, from: 0 });
      hits.push(hit);
    }
  }
  const headings = model.headings;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const p = model.paragraphs[h.paragraph];
    const from = h.marker.length + h.style.spaceAfter.length;
    // the title after its marker (a heading with nothing after it names no place)
    const hit = from < p.text.length ? placeAt(p.text, from) : undefined;
    if (hit) {
      all.push({ span: p, what: `标题“${h.marker}”`, from });
      hits.push(hit);
    }
  }
  const sibling = all.find((_, i) => hits[i].place === own);
  const places: string[] = [];
  for (const hit of hits) {
    if (hit.place === own || own.startsWith(hit.place) || hit.place.startsWith(own)) continue;
    if (!places.includes(hit.place)) places.push(hit.place);
  }
  return { all, hits, sibling, places };
}

function findingsOf({ all, hits, sibling }: Reading, own: string, uses: ReadonlyMap<string, PlaceUse>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    const { span, what, from } = all[i];
    const hit = hits[i];
    if (!hit || hit.place === own || own.startsWith(hit.place) || hit.place.startsWith(own)) continue;
    const key = `${span.range.start.line}:${hit.place}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const use = uses.get(hit.place)!;
    const rel = use.relation;
    if (rel === 'child' || !use.known) continue;
    const countyLevel = /(县|旗|区)$/.test(own);
    const severity: Severity | undefined = rel === 'parent' || countyLevel ? undefined : 'information';
    const title = span.text.slice(from);
    findings.push({
      range: spanRange(span, from + hit.from, from + hit.to),
      severity,
      message:
        `${what}“${title}”写的是“${hit.place}”，而本文是${own}的文件${rel === 'parent' ? `（${hit.place}是${own}的上级）` : ''}` +
        `${sibling ? `，同一文件中“${sibling.span.text.slice(sibling.from)}”用的是${own}` : ''}。` +
        `可能是从${hit.place}的文件中照搬而来；如确为引用${hit.place}的内容，请在标题中注明出处。`,
    });
  }
  return findings;
}

/** Same title text, lying in the same place. */
function samePlaced(a: Span | undefined, b: Span | undefined): boolean {
  return sameSpan(a, b) && a?.range.start.line === b?.range.start.line;
}

/** Whether both models hold the same titles (each table, attachment and heading title, where it lies). */
function sameTitles(a: DocumentModel, b: DocumentModel): boolean {
  if (a.jurisdiction !== b.jurisdiction || a.tables.length !== b.tables.length || a.attachments.length !== b.attachments.length || a.headings.length !== b.headings.length) return false;
  for (let i = 0; i < a.tables.length; i++) if (!samePlaced(a.tables[i].title, b.tables[i].title)) return false;
  for (let i = 0; i < a.attachments.length; i++) if (a.attachments[i].label !== b.attachments[i].label || !samePlaced(a.attachments[i].title, b.attachments[i].title)) return false;
  for (let i = 0; i < a.headings.length; i++) {
    const x = a.headings[i];
    const y = b.headings[i];
    if (x.marker !== y.marker || x.style.spaceAfter.length !== y.style.spaceAfter.length || !samePlaced(a.paragraphs[x.paragraph], b.paragraphs[y.paragraph])) return false;
  }
  return true;
}

const lastReading = new KeptResult<DocumentModel, Reading>(sameTitles);
const lastFindings = new LastResult<Finding[]>();

export const rule: Rule = {
  meta: {
    id: 'structure/foreign-jurisdiction',
    family: 'structure',
    severity: 'warning',
    description: {
      zh: '标题或表格标题写的是另一个地方（如北安市方案中的“黑河市托育服务主要发展指标”）',
      en: 'A heading or table title names another place than the document’s own jurisdiction',
    },
  },
  run({ model }) {
    const own = model.jurisdiction;
    if (!own) return [];
    // the titles as read last version, so a keystroke in running text reads no title again
    const reading = lastReading.get(model, () => readTitles(model, own));
    // what the document says of each other place is read from its whole text, every version
    const uses = new Map<string, PlaceUse>();
    const findingsNow = lastFindings.begin().add(reading);
    for (const place of reading.places) {
      const use = placeUse(model, place, own);
      uses.set(place, use);
      findingsNow.add(use.relation).add(use.known);
    }
    return findingsNow.get(() => findingsOf(reading, own, uses));
  },
};
