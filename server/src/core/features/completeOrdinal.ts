// Completion of the next 结构层次序数 at the start of a line: after （三）… typing （ offers （四）
// (and （1） for a first fourth-level item). Candidates come from the headings above the cursor: the
// next sibling of the last heading and of each of its ancestors, and the first child of the last
// heading. A level numbered continuously across parents (seed 001: 1–16 across （一）–（四）) continues.
import type { Analysis } from '../engine/analyze';
import type { DocumentModel, Heading, HeadingLevel, MarkerStyle, Position } from '../model/types';
import { toChineseNumeral } from '../text/numerals';
import type { CompletionResult } from './completion';

const LEVEL_NAME = ['', '第一层', '第二层', '第三层', '第四层'];
const PARTIAL = /^([ \u3000]*)([（(]?)([一二三四五六七八九十百〇零两]*|[0-9０-９]*)$/;

function fullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));
}

/** The marker for `ordinal` at `level`, written the way the document already writes that level. */
export function formatMarker(level: HeadingLevel, ordinal: number, style?: MarkerStyle): string {
  const open = style?.parens === 'half' ? '(' : '（';
  const close = style?.parens === 'half' ? ')' : '）';
  const digits = style?.fullWidthDigits ? fullWidthDigits(String(ordinal)) : String(ordinal);
  switch (level) {
    case 1:
      return `${toChineseNumeral(ordinal)}、`;
    case 2:
      return `${open}${toChineseNumeral(ordinal)}${close}`;
    case 3:
      return `${digits}${style?.separator ?? '.'}`;
    case 4:
      return `${open}${digits}${close}`;
  }
}

function sameScope(a: Heading, b: Heading): boolean {
  return a.region === b.region && a.attachment === b.attachment;
}

/** True when a level is numbered on across parents: some first child does not start at 1. */
export function continuousLevel(model: DocumentModel, level: HeadingLevel, scope: Heading): boolean {
  return model.headings.some((h) => h.level === level && sameScope(h, scope) && h.parent >= 0 && model.headings[h.parent].children[0] === h.index && h.ordinal > 1);
}

/** The style of the latest heading at `level` before `line` (the drafter's own way of writing it). */
function styleFor(model: DocumentModel, level: HeadingLevel, line: number): MarkerStyle | undefined {
  let found: Heading | undefined;
  for (const h of model.headings) {
    if (h.line >= line) break;
    if (h.level === level) found = h;
  }
  return (found ?? model.headings.find((h) => h.level === level))?.style;
}

interface Candidate {
  level: HeadingLevel;
  ordinal: number;
  after?: Heading;
  child?: boolean;
}

/** The scope the cursor is in: a new attachment or the 附件说明 after the last heading starts afresh. */
function lastHeadingInScope(model: DocumentModel, line: number): Heading | undefined {
  let last: Heading | undefined;
  for (const h of model.headings) {
    if (h.line >= line) break;
    last = h;
  }
  if (!last) return undefined;
  const partStarts = [
    ...model.attachments.map((a) => a.labelRange.start.line),
    model.attachmentNote?.range.start.line ?? -1,
    model.banji?.range.start.line ?? -1,
  ];
  if (partStarts.some((p) => p > last!.line && p <= line)) return undefined;
  return last;
}

export function ordinalCandidates(model: DocumentModel, line: number): Candidate[] {
  const last = lastHeadingInScope(model, line);
  if (!last) return [{ level: 1, ordinal: 1 }];
  const out: Candidate[] = [];
  for (let h: Heading | undefined = last; h; h = h.parent >= 0 ? model.headings[h.parent] : undefined) {
    out.push({ level: h.level, ordinal: h.ordinal + 1, after: h });
  }
  if (last.level < 4) {
    const level = (last.level + 1) as HeadingLevel;
    let ordinal = 1;
    if (continuousLevel(model, level, last)) {
      const before = model.headings.filter((h) => h.level === level && h.line < line && sameScope(h, last));
      if (before.length) ordinal = before[before.length - 1].ordinal + 1;
    }
    out.push({ level, ordinal, after: last, child: true });
  }
  return out;
}

export function completeOrdinal({ model }: Analysis, position: Position, lineText: string): CompletionResult[] {
  const m = PARTIAL.exec(lineText.slice(0, position.character));
  if (!m) return [];
  const [, lead, paren, digits] = m;
  const chinese = /^[一二三四五六七八九十百〇零两]+$/.test(digits);
  const arabic = /^[0-9０-９]+$/.test(digits);
  // a bare digit right after a blank line start could be anything; offer only when the drafter asked
  const wanted = (level: HeadingLevel) => {
    if (paren) return level === 2 ? !arabic : level === 4 ? !chinese : false;
    if (chinese) return level === 1;
    if (arabic) return level === 3;
    return true;
  };
  const range = { start: { line: position.line, character: lead.length }, end: position };
  const out: CompletionResult[] = [];
  ordinalCandidates(model, position.line).forEach((c, i) => {
    if (!wanted(c.level)) return;
    const marker = formatMarker(c.level, c.ordinal, styleFor(model, c.level, position.line));
    const where = c.after
      ? c.child
        ? `“${c.after.marker}${c.after.title}”下的第一项`
        : `接“${c.after.marker}${c.after.title}”之后`
      : '正文的第一个标题';
    out.push({
      label: marker,
      kind: 12,
      detail: `${LEVEL_NAME[c.level]}序号`,
      documentation: `${LEVEL_NAME[c.level]}序号 ${marker}：${where}`,
      insertText: marker,
      range,
      filterText: paren + marker.slice(paren ? 1 : 0),
      sortText: String(i).padStart(2, '0'),
    });
  });
  return out;
}
