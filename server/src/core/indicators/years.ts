// Which year a stated value is for, and whether it is a target or the present state.
// Plans write 到2025年 (target), 截至2020年年末 (status), 自2022年起 (from), “十四五”期间 (to 2025),
// “十三五”时期 / 目前 / 现有 (status); a sentence without a year borrows the paragraph's 到20XX年.

export type YearKind = 'target' | 'status' | 'from';
export type YearSource = 'sentence' | 'paragraph' | 'context' | 'table';

export interface YearInfo {
  year?: number;
  kind: YearKind;
  /** offset where the year expression starts in the searched text */
  at: number;
}

const YEAR = /(截至|截止到|截止|到|至|自|从|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末|年?初|度)?[ \u3000]*(起|以来|前)?/g;
const PERIOD = /“?十([三四五])五”?(?:时期|期间|期末|末|以来)/g;
const STATUS = /目前|现有|已有|已建成|截至目前|现状|当前/g;
const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[。；;！？!?]/;

/**
 * [start, end) of the sentence around offset `at` (end includes the closing mark). With `clause`,
 * a ； ends it too: a value never reaches past one, but a year (截至2020年年末，…；…) does.
 */
export function sentenceAt(text: string, at: number, clause = false): [number, number] {
  const end = clause ? CLAUSE_END : SENTENCE_END;
  let a = at;
  while (a > 0 && !end.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !end.test(text[b])) b++;
  return [a, Math.min(text.length, b + 1)];
}

/**
 * The text with every bracketed aside that closes before `to` blanked out, offsets kept:
 * 目标为4.5个（2020年每千人0.2个），… — the 2020 in the aside is not the year of what follows.
 */
export function maskAsides(text: string, from: number, to: number): string {
  const chars = text.slice(0, to).split('');
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = chars[i];
    if (ch === '（' || ch === '(') stack.push(i);
    else if ((ch === '）' || ch === ')') && stack.length) {
      const open = stack.pop()!;
      for (let k = open; k <= i; k++) chars[k] = ' ';
    }
  }
  return chars.join('');
}

/** The last year expression in text[from, to), with its kind. */
export function lastYear(text: string, from: number, to: number): YearInfo | undefined {
  const slice = text.slice(from, to);
  let best: YearInfo | undefined;
  for (const m of slice.matchAll(YEAR)) {
    const prefix = m[1];
    const suffix = m[3];
    const kind: YearKind = prefix === '截至' || prefix === '截止' || prefix === '截止到' || suffix === '以来'
      ? 'status'
      : (prefix === '自' || prefix === '从') && suffix === '起' ? 'from' : 'target';
    best = { year: Number(m[2]), kind, at: from + (m.index ?? 0) };
  }
  for (const m of slice.matchAll(PERIOD)) {
    const at = from + (m.index ?? 0);
    if (best && best.at > at) continue;
    // 十三五 ended in 2020 (a status when read in a 十四五 plan); 十四五 ends in 2025, 十五五 in 2030
    best = m[1] === '三' ? { year: 2020, kind: 'status', at } : { year: m[1] === '四' ? 2025 : 2030, kind: 'target', at };
  }
  for (const m of slice.matchAll(STATUS)) {
    const at = from + (m.index ?? 0);
    if (best && best.at > at) continue;
    best = { kind: 'status', at };
  }
  return best;
}

/** The last explicit target year (到2025年, 至2025年) in text[from, to): what later sentences inherit. */
export function lastTargetYear(text: string, from: number, to: number): number | undefined {
  const slice = text.slice(from, to);
  let year: number | undefined;
  for (const m of slice.matchAll(YEAR)) if (m[1] === '到' || m[1] === '至') year = Number(m[2]);
  return year;
}
