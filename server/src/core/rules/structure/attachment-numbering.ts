// The 附件说明 numbers its items 1. 2. 3. in order (a single attachment gets no number), and the
// attachments themselves follow as 附件1, 附件2 … in the same order (GB/T 9704-2012 7.3.4, 8).
import type { Finding, Rule, TextEdit } from '../types';
import { noteNumbers } from '../../structure/attachments';

export const rule: Rule = {
  meta: {
    id: 'structure/attachment-numbering',
    family: 'structure',
    severity: 'error',
    fixable: true,
    description: {
      zh: '附件说明的序号不是1. 2. 3.依次排列，或附件的编号重复、颠倒',
      en: 'Attachment note items not numbered 1. 2. 3. in order, or attachments numbered out of order',
    },
  },
  run({ model }) {
    const findings: Finding[] = [];
    const note = model.attachmentNote;
    if (note && note.items.length > 1) {
      const edits: TextEdit[] = [];
      const bad: string[] = [];
      note.items.forEach((it, i) => {
        if (it.number === i + 1) return;
        bad.push(it.marker ? `第${i + 1}项写作“${it.marker}”` : `第${i + 1}项没有序号`);
        const at = it.markerRange ?? { start: it.range.start, end: it.range.start };
        edits.push({ range: at, newText: it.marker ? it.marker.replace(/^[0-9０-９]+/, String(i + 1)) : `${i + 1}.` });
      });
      if (bad.length) {
        findings.push({
          range: note.range,
          message: `附件说明的序号应依次为1. 2. 3.……：${bad.join('，')}。`,
          fixes: [{ title: '按顺序重新编号附件说明', edits }],
        });
      }
    } else if (note && note.items.length === 1 && note.items[0].number !== undefined) {
      const it = note.items[0];
      const titleStart = it.titleRange.start;
      findings.push({
        range: it.markerRange ?? it.range,
        severity: 'information',
        message: `只有一个附件时，附件说明不编序号：“附件：${it.marker}${it.title}”应为“附件：${it.title}”。`,
        fixes: [{ title: '去掉序号', edits: [{ range: { start: it.range.start, end: titleStart }, newText: '' }], safe: true }],
      });
    }
    const seen = new Map<number, number>();
    model.attachments.forEach((a, i) => {
      const before = seen.get(a.number);
      if (before !== undefined) {
        findings.push({ range: a.labelRange, message: `附件编号重复：“${a.label}”已在第${before + 1}行使用。`, related: [{ range: model.attachments.find((x) => x.number === a.number)!.labelRange, message: '先出现的同号附件' }] });
      } else if (i > 0 && a.number < model.attachments[i - 1].number) {
        findings.push({ range: a.labelRange, message: `附件顺序颠倒：“${a.label}”排在“${model.attachments[i - 1].label}”之后，附件应按编号顺序排列。` });
      } else if (a.number > (i > 0 ? model.attachments[i - 1].number : 0) + 1 && !(note && noteNumbers(note).has((i > 0 ? model.attachments[i - 1].number : 0) + 1))) {
        // a number the 附件说明 lists but that never follows is structure/attachment-missing's finding
        const want = (i > 0 ? model.attachments[i - 1].number : 0) + 1;
        findings.push({ range: a.labelRange, message: `附件编号不连续：${i > 0 ? `“${model.attachments[i - 1].label}”之后` : '第一个附件'}应为“附件${want}”，此处为“${a.label}”。` });
      }
      if (before === undefined) seen.set(a.number, a.labelRange.start.line);
    });
    return findings;
  },
};
