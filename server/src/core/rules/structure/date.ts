// 成文日期 (and the 版记's 印发日期, and the 题注 date under a title): Arabic numerals, the year in full,
// month and day without a leading zero — 2024年9月29日 (GB/T 9704-2012 7.3.5.2) — and a date that exists.
// A missing 成文日期 is structure/missing-date's business.
import type { DateNode, Span } from '../../model/types';
import { matchDate } from '../../parse/patterns';
import { subSpan } from '../../text/span';
import type { Finding, Rule } from '../types';

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function canonical(d: DateNode): string | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return `${d.year}年${d.month}月${d.day}日`;
}

function impossible(d: DateNode): string | undefined {
  const { year, month, day } = d;
  if (year === undefined || month === undefined || day === undefined) return '无法读出年月日';
  if (month < 1 || month > 12) return `没有${month}月`;
  if (day < 1 || day > daysIn(year, month)) return `${year}年${month}月没有${day}日`;
  return undefined;
}

function formProblems(d: DateNode): string[] {
  const out: string[] = [];
  const t = d.text;
  if (!d.arabic) out.push('应使用阿拉伯数字');
  else {
    const year = /^[ \u3000]*([0-9０-９]+)/.exec(t)?.[1] ?? '';
    if (year.length < 4) out.push('年份应标全称');
    if (/[０-９]/.test(t)) out.push('数字应为半角');
    if (/年[ \u3000]*0|月[ \u3000]*0/.test(t.replace(/[０]/g, '0'))) out.push('月、日不编虚位（1不编为01）');
  }
  if (/[ \u3000]/.test(t)) out.push('年月日之间不应有空格');
  if (!t.endsWith('日')) out.push('缺“日”字');
  return out;
}

/** A date left to fill in: blank (2024年 月 日) or written with placeholders (20××年×月×日). */
const UNFILLED = /[xX×Ｘｘ]|年[ \u3000]*月|月[ \u3000]*日/;

function checkDate(d: DateNode, label: string): Finding | undefined {
  if (UNFILLED.test(d.text)) {
    return { range: d.range, severity: 'information', message: `${label}“${d.text}”尚未填写完整：印发前请写明年、月、日（如“2024年9月29日”）。` };
  }
  const bad = impossible(d);
  if (bad && d.year !== undefined && d.month !== undefined && d.day !== undefined) {
    return { range: d.range, message: `${label}“${d.text}”不是有效日期：${bad}。` };
  }
  const problems = formProblems(d);
  if (!problems.length) return undefined;
  let want = canonical(d);
  // a two-digit year cannot be completed for certain
  if (d.year !== undefined && d.year < 1000) want = undefined;
  const onlySpaces = problems.length === 1 && problems[0].startsWith('年月日之间');
  return {
    range: d.range,
    severity: onlySpaces ? 'information' : undefined,
    message: `${label}写法不规范：“${d.text}”${problems.join('，')}${want ? `，应为“${want}”` : ''}。`,
    fixes: want ? [{ title: `改为“${want}”`, edits: [{ range: d.range, newText: want }], safe: true }] : undefined,
  };
}

/** The date a 题注 opens with (（2018年5月23日）, （2019年1月4日县政府第三次全体会议通过）). */
function titleNoteDate(note: Span): DateNode | undefined {
  const from = note.text.length - note.text.slice(1).trimStart().length;
  const m = matchDate(note.text.slice(from));
  if (!m) return undefined;
  return { ...subSpan(note, from, from + m.length), year: m.year, month: m.month, day: m.day, arabic: m.arabic };
}

/**
 * The 题注 date is checked as the 成文日期 is, except for Chinese numerals: newspapers and collections print a
 * 题注 so (（二〇一八年五月二十三日）), which is their style, not a mistake — a note, with a fix not applied blind.
 */
function checkTitleNote(d: DateNode): Finding | undefined {
  if (d.arabic || impossible(d)) return checkDate(d, '题注日期');
  const want = canonical(d);
  return {
    range: d.range,
    severity: 'information',
    message: `题注日期“${d.text}”用汉字数字：报刊、汇编中常见；作为公文印发时成文日期应使用阿拉伯数字${want ? `，即“${want}”` : ''}。`,
    fixes: want ? [{ title: `改为“${want}”`, edits: [{ range: d.range, newText: want }], safe: false }] : undefined,
  };
}

function dayNumber(d: DateNode): number | undefined {
  if (d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return d.year * 10000 + d.month * 100 + d.day;
}

export const rule: Rule = {
  meta: {
    id: 'structure/date',
    family: 'structure',
    severity: 'error',
    fixable: true,
    description: {
      zh: '成文日期、印发日期、题注日期的写法：阿拉伯数字、年份标全称、月日不编虚位，且日期真实存在',
      en: 'Dates of writing, printing and of a title note: Arabic numerals, full year, no leading zeros, a real date',
    },
  },
  run({ model }) {
    const findings: Finding[] = [];
    const written = model.notice?.date;
    const printed = model.banji?.printDate;
    if (written) {
      const f = checkDate(written, '成文日期');
      if (f) findings.push(f);
    }
    if (printed) {
      const f = checkDate(printed, '印发日期');
      if (f) findings.push(f);
    }
    const note = model.notice?.titleNote && titleNoteDate(model.notice.titleNote);
    if (note) {
      const f = checkTitleNote(note);
      if (f) findings.push(f);
    }
    const a = written && dayNumber(written);
    const b = printed && dayNumber(printed);
    if (written && printed && a && b && b < a && !impossible(written) && !impossible(printed)) {
      findings.push({
        range: printed.range,
        message: `印发日期“${printed.text}”早于成文日期“${written.text}”（第${written.range.start.line + 1}行）：公文应在成文之后印发。`,
        related: [{ range: written.range, message: '成文日期' }],
      });
    }
    return findings;
  },
};
