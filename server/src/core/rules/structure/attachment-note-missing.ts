// Attachments follow (附件1, 附件2 …) but the body never announces them: GB/T 9704-2012 7.3.4 wants
// an 附件说明 (附件：1.…… 2.……) right after the 正文.
import type { Attachment, DocumentModel } from '../../model/types';
import type { Finding, Fix, Rule } from '../types';
import { LastResult } from '../../engine/lastResult';
import { eol } from '../../structure/attachments';

function noteFix(model: DocumentModel, attachments: readonly Attachment[]): Fix | undefined {
  if (attachments.some((a) => !a.title)) return undefined;
  const first = attachments[0].labelRange.start;
  const one = attachments.length === 1;
  const items = attachments.map((a, i) => (i === 0 ? '附件：' : '　　　') + (one ? '' : `${a.number}.`) + a.title!.text);
  const nl = eol(model);
  // inserted at the start of the first label's line, so the label keeps its own layout
  return {
    title: '在正文之后补写附件说明',
    edits: [{ range: { start: { line: first.line, character: 0 }, end: { line: first.line, character: 0 } }, newText: items.join(nl) + nl + nl }],
  };
}

const lastFinding = new LastResult<Finding[]>();

function findingsOf(model: DocumentModel): Finding[] {
  const atts = model.attachments;
  const labels = atts.length === 1 ? atts[0].label : `${atts[0].label}—${atts[atts.length - 1].label}`;
  const fix = noteFix(model, atts);
  return [{
    range: atts[0].labelRange,
    message: atts.length === 1
      ? `文末有附件（${labels}），但正文之后没有附件说明：应在正文下空一行写“附件：${atts[0].title?.text ?? '……'}”。`
      : `文末有${atts.length}个附件（${labels}），但正文之后没有附件说明：应在正文下空一行写“附件：1.${atts[0].title?.text ?? '……'}”，逐项列出附件名称。`,
    fixes: fix ? [fix] : undefined,
  }];
}

export const rule: Rule = {
  meta: {
    id: 'structure/attachment-note-missing',
    family: 'structure',
    severity: 'warning',
    description: {
      zh: '文末有附件，但正文之后没有附件说明（附件：1.……）',
      en: 'Attachments follow the document but there is no attachment note after the body',
    },
  },
  run({ model }) {
    if (model.attachmentNote || !model.attachments.length) return [];
    // the same attachments as last version (and line ends): the same finding, which the engine then reuses
    const last = lastFinding.begin().add(eol(model));
    for (const a of model.attachments) {
      const r = a.labelRange;
      last.add(a.number).add(a.label).add(a.title?.text).add(r.start.line).add(r.start.character).add(r.end.line).add(r.end.character);
    }
    return last.get(() => findingsOf(model));
  },
};
