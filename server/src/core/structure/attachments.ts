// Shared by the attachment checks: which numbers the 附件说明 lists, titles compared as a
// drafter reads them, and the text of a new 附件说明 item.
import type { Attachment, AttachmentNote, DocumentModel } from '../model/types';
import type { Fix } from '../rules/types';
import { splitLines } from '../text/lines';

/** Numbers the note lists; a single unnumbered item stands for 附件 / 附件1. */
export function noteNumbers(note: AttachmentNote): Set<number> {
  const out = new Set<number>();
  const numbered = note.items.filter((i) => i.number !== undefined);
  for (const i of numbered) out.add(i.number!);
  if (!numbered.length && note.items.length === 1) out.add(1);
  return out;
}

/** Title text without layout spaces or a closing full stop. */
export function normTitle(s: string): string {
  return s.replace(/[ \u3000\t]/g, '').replace(/[。．.；;]+$/, '');
}

function lineText(model: DocumentModel, line: number): string {
  return splitLines(model.text)[line]?.text ?? '';
}

/** The document's own line end, so an inserted line does not mix \n into a \r\n file. */
export function eol(model: DocumentModel): string {
  // most documents hold no \r at all: one search says so, where the three below each read the whole text
  const t = model.text;
  if (t.indexOf('\r') < 0) return '\n';
  return t.includes('\r\n') ? '\r\n' : !t.includes('\n') ? '\r' : '\n';
}

/** Appends items for `attachments` after the note's last item, laid out like the items above. */
export function insertNoteItemsFix(model: DocumentModel, note: AttachmentNote, attachments: readonly Attachment[]): Fix | undefined {
  if (attachments.some((a) => !a.title)) return undefined;
  const last = note.items[note.items.length - 1];
  if (!last) return undefined;
  const prev = note.items[note.items.length - 2];
  const nl = eol(model);
  const gap = prev && last.range.start.line - prev.range.start.line > 1 ? nl + nl : nl;
  const indent = prev ? lineText(model, last.range.start.line).slice(0, last.range.start.character) : '';
  const sep = last.marker ? last.marker.replace(/^[0-9０-９]+/, '') : '.';
  const text = attachments.map((a) => `${gap}${indent}${a.number}${sep}${a.title!.text}`).join('');
  return {
    title: `在附件说明中补列${attachments.map((a) => a.label).join('、')}`,
    edits: [{ range: { start: last.range.end, end: last.range.end }, newText: text }],
  };
}
