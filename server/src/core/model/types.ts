// The document model every check, feature and transport reads.
// Positions are LSP positions: 0-based line, UTF-16 code-unit character (JS string index).
// The model is plain data (no methods) so it can be snapshotted and compared in tests.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A run of text on one physical line. */
export interface Segment {
  line: number;
  start: number; // character offset on the line
  end: number;   // exclusive
}

/**
 * A logical piece of text that may be hard-wrapped over several physical lines
 * (blank lines between the parts included). `text` is the parts joined without
 * separators; `segments[i]` says where part i lives. Use `spanRange(span, from, to)`
 * (text/span.ts) to turn offsets in `text` back into document ranges.
 */
export interface Span {
  text: string;
  segments: Segment[];
  range: Range;
}

export type Region = 'head' | 'notice' | 'body' | 'attachment' | 'banji';

export interface Paragraph extends Span {
  kind: 'paragraph';
  index: number;
  region: Region;
  /** attachment number (1-based) when region === 'attachment' */
  attachment?: number;
  /** the heading this paragraph starts with, if any */
  heading?: Heading;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * How a heading marker is written. Level 1: 一、 (or 一． / 一., as text taken from a PDF or Word has it);
 * level 2: （一） / (一) / mixed; level 3: 1. / 1． / 1、 (ASCII or full-width digits); level 4: （1） / (1).
 */
export interface MarkerStyle {
  /** 'full' （ ）, 'half' ( ), 'mixed' （ ) or ( ）, undefined for unbracketed markers */
  parens?: 'full' | 'half' | 'mixed';
  /** separator after a level-1 or level-3 marker: 、 . ． */
  separator?: string;
  /** digits written full-width (１２３) */
  fullWidthDigits?: boolean;
  /** whitespace written between the marker and the title ('' when none) */
  spaceAfter: string;
}

export interface Heading {
  kind: 'heading';
  level: HeadingLevel;
  /** numeric value of the ordinal (一 → 1, 二十四 → 24, 3 → 3) */
  ordinal: number;
  /** the marker exactly as written, without the space after it: 一、 一． （一） (三) 1. 1． 1、 （1） */
  marker: string;
  markerRange: Range;
  style: MarkerStyle;
  /** title sentence: text after the marker up to and including the first 。 (or the whole first line) */
  title: string;
  titleRange: Range;
  /** the physical line the marker is on */
  line: number;
  /** the whole heading paragraph */
  range: Range;
  region: Region;
  attachment?: number;
  /** index into model.headings */
  index: number;
  /** index of the parent heading in model.headings, -1 for a root */
  parent: number;
  /** indices of child headings in model.headings */
  children: number[];
  paragraph: number;
  /** paragraphs from this heading up to (not including) the next heading of any level */
  blockEnd: Position;
}

/** One responsible unit in a units list. */
export interface UnitItem {
  /** the name as written, roles and the 责任单位： label stripped */
  name: string;
  range: Range;
  /** role words that follow the name or its group: 牵头 参加 负责 配合 按职责分工负责 具体落实 … */
  role?: string;
  /** the raw item text as split (may include the role) */
  raw: string;
  /** the 等… tail that closes an open list after this unit (等有关部门（单位）, 等部门, 等), as written */
  etc?: string;
}

export interface UnitList extends Span {
  /** opening and closing bracket characters as written (may mismatch: （ with ) ) */
  open: string;
  close: string;
  /** 'labelled' when the content starts with 责任单位：/牵头单位： */
  label?: string;
  items: UnitItem[];
  /** content between the brackets */
  content: string;
  contentRange: Range;
}

export interface Task {
  index: number;
  /** heading the task belongs to, index into model.headings; -1 when none */
  heading: number;
  title: string;
  titleRange: Range;
  /** the paragraph carrying the units bracket */
  paragraph: number;
  /** from the heading (or paragraph) start to the end of the units bracket */
  range: Range;
  units: UnitList;
  /** the full text of the task, from heading to bracket, joined */
  text: string;
}

export interface Cell extends Span {
  column: number;
}

export interface TableRow {
  kind: 'header' | 'section' | 'row';
  cells: Cell[];
  range: Range;
  /** value of the 序号 cell for data rows, when it is a number */
  seq?: number;
  /** for data rows: index into table.rows of the section row it is under, -1 if none */
  section: number;
  index: number;
}

export interface Table {
  index: number;
  title?: Span;
  header: TableRow;
  columns: number;
  /** column indices by role, -1 when the table has no such column */
  seqColumn: number;
  taskColumn: number;
  unitsColumn: number;
  /** a second units column for the units that assist (配合单位, 协办单位), beside a 牵头单位 or 责任单位 column */
  partnerColumn: number;
  rows: TableRow[];
  range: Range;
  attachment?: number;
}

export interface AttachmentNoteItem {
  /** number written (1. → 1); undefined for a single unnumbered item */
  number?: number;
  marker: string;
  markerRange?: Range;
  title: string;
  titleRange: Range;
  range: Range;
}

export interface AttachmentNote {
  range: Range;
  /** the 附件： label */
  labelRange: Range;
  items: AttachmentNoteItem[];
}

export interface Attachment {
  /** 附件1 → 1; a lone 附件 → 1 */
  number: number;
  label: string;
  labelRange: Range;
  title?: Span;
  /** from the label to the line before the next attachment or the 版记 */
  range: Range;
}

export interface DocNumber extends Span {
  /** 机关代字 (宝政办规) */
  prefix: string;
  year?: number;
  /** the brackets around the year as written: 〔〕, [], （）, () … */
  open: string;
  close: string;
  serial?: number;
  /** written without its closing 号 (宝政办规〔2024〕6) */
  missingHao?: boolean;
}

export interface DateNode extends Span {
  year?: number;
  month?: number;
  day?: number;
  /** true when written in Arabic numerals */
  arabic: boolean;
}

export interface Head {
  copyNumber?: Span;
  secrecy?: Span;
  issuer?: Span;
  docNumber?: DocNumber;
}

export interface Notice {
  title?: Span;
  addressee?: Span;
  signature?: Span;
  date?: DateNode;
  /**
   * the 附注 under the 成文日期 (GB/T 9704-2012 7.3.7), in parentheses: （此件公开发布）, （此件主动公开）,
   * （联系人：…）, each on a line of its own
   */
  remarks?: Span[];
  /**
   * the 题注 under the title: a date in brackets, often with the meeting that adopted the text
   * (（2018年5月23日）, （2019年1月4日县政府第三次全体会议通过）). A text printed this way (in a collection, in the
   * press) carries its date there and is printed without its 主送机关 and 署名.
   */
  titleNote?: Span;
  /** range from the title (or first notice paragraph) to the date, or to the 附注 under it */
  range: Range;
}

export interface Banji {
  copyTo?: Span;
  printer?: Span;
  printDate?: DateNode;
  range: Range;
}

export interface DocumentModel {
  /** the text as given (BOM and line ends untouched) */
  text: string;
  lineCount: number;
  head: Head;
  /** the forwarding 通知, when the document has one */
  notice?: Notice;
  /** the plan's own title (after the 通知, or at the top of an extracted plan) */
  planTitle?: Span;
  /** true when the document starts mid-way (no 版头 and no 通知 title) */
  startsMidway: boolean;
  paragraphs: Paragraph[];
  headings: Heading[];
  tasks: Task[];
  attachmentNote?: AttachmentNote;
  attachments: Attachment[];
  tables: Table[];
  banji?: Banji;
  /** the place named by the title or the issuing organ (宝清县, 北安市) */
  jurisdiction?: string;
}
