// Large documents built from the seeds, for the scaling figures: one coherent 通知 + plan
// (seed 000's 版头 and 通知), many 一、/（一）/1. sections whose tasks and prose are the seeds' own
// paragraphs, some of them hard-wrapped, an 附件说明 and a long 重点任务分工表 whose rows are the
// tasks, then seed 000's 版记. Deterministic: the same size always gives the same text.
import { parse } from '../server/src/core/parse/parse';
import { SEED_FILES, seed } from '../test/helpers/seeds';

const CN_DIGITS = '零一二三四五六七八九';

/** 1..99 as a Chinese numeral (the parser reads 结构层次序数 of up to four characters). */
export function chineseOrdinal(n: number): string {
  if (n < 1 || n > 99) throw new RangeError(`ordinal ${n} outside 1..99`);
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CN_DIGITS[tens]) + '十' + (ones ? CN_DIGITS[ones] : '');
}

interface Pools {
  /** task paragraphs without their marker: title。body〔units〕 */
  tasks: { title: string; text: string; units: string }[];
  /** prose paragraphs of the bodies */
  prose: string[];
  /** level-1 and level-2 heading titles */
  sectionTitles: string[];
}

let pools: Pools | undefined;

function collectPools(): Pools {
  if (pools) return pools;
  const tasks: Pools['tasks'] = [];
  const prose: string[] = [];
  const sectionTitles: string[] = [];
  for (const file of SEED_FILES) {
    const m = parse(seed(file.slice(0, 3)));
    for (const t of m.tasks) {
      const p = m.paragraphs[t.paragraph];
      const marker = p.heading ? p.text.slice(0, p.text.indexOf(p.heading.title)) : '';
      const text = p.text.slice(marker.length);
      if (!text.includes('。')) continue;
      tasks.push({ title: t.title.replace(/。$/, ''), text, units: t.units.content });
    }
    for (const p of m.paragraphs) {
      if (p.region !== 'body' || p.heading || p.text.length < 60 || !p.text.endsWith('。')) continue;
      if (m.tasks.some((t) => t.paragraph === p.index)) continue;
      prose.push(p.text);
    }
    for (const h of m.headings) if (h.region === 'body' && h.level <= 2 && h.title.length >= 4 && !h.title.includes('。')) sectionTitles.push(h.title);
  }
  return (pools = { tasks, prose, sectionTitles });
}

/** Hard-wraps a paragraph at `width` characters, as text copied from a PDF is. */
function hardWrap(s: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out.join('\n');
}

export interface Synthetic {
  text: string;
  bytes: number;
  tasks: number;
  sections: number;
}

/**
 * A document of at least `targetBytes` bytes (UTF-8). Its paragraphs come from a pool of a few hundred, so
 * a cache keyed by a paragraph's text hits within a first reading; `distinct` gives every task and prose
 * paragraph a serial (编号N。) so that no two read the same, as in a real plan of that size.
 */
export function buildSynthetic(targetBytes: number, options: { distinct?: boolean } = {}): Synthetic {
  let serial = 0;
  const tag = (s: string, at: number) => (options.distinct ? s.slice(0, at) + `编号${++serial}。` + s.slice(at) : s);
  const afterFirstStop = (s: string) => s.indexOf('。') + 1;
  const { tasks, prose, sectionTitles } = collectPools();
  const s000 = seed('000').split('\n');
  const head = s000.slice(0, 20).join('\n'); // 版头, 通知, 署名, 成文日期, plan title, opening paragraph
  const banji = s000.slice(359, 366).join('\n'); // 抄送 … 印发
  const tableIntro = ['附件：1.宝清县“一老一小”工作专班', '', '2.宝清县“一老一小”工作重点任务分工表', '', '附件1', '宝清县“一老一小”工作专班', '', s000[89], '', '\t附件2', '', '宝清县“一老一小”工作重点任务分工表', '', '\t序号', '\t重点任务', '\t责任单位', ''];
  // the table is about a third of the size; body and table grow together
  const body: string[] = [];
  const table: string[] = [];
  let bytes = Buffer.byteLength(head + banji + tableIntro.join('\n'));
  let taskCount = 0;
  let proseAt = 0;
  let sections = 0;
  const perSub = 5;
  const subsPerSection = targetBytes > 2_000_000 ? 20 : 8;
  while (bytes < targetBytes) {
    if (sections === 99) throw new RangeError('document too large for 99 sections');
    sections++;
    const title = sectionTitles[(sections * 7) % sectionTitles.length];
    const sec = [`${chineseOrdinal(sections)}、${title}`, ''];
    const prosePara = tag(prose[proseAt++ % prose.length], 0);
    sec.push(prosePara, '');
    table.push(`\t${chineseOrdinal(sections)}、${title}`, '');
    let seq = 0;
    for (let sub = 1; sub <= subsPerSection && bytes < targetBytes; sub++) {
      const subTitle = sectionTitles[(sections * 13 + sub) % sectionTitles.length];
      // a long paragraph: three prose paragraphs run together, every third one hard-wrapped
      const long = tag(prose[proseAt++ % prose.length] + prose[proseAt++ % prose.length] + prose[proseAt++ % prose.length], 0);
      sec.push(`（${chineseOrdinal(sub)}）${subTitle}。${sub % 3 === 0 ? hardWrap(long, 38) : long}`, '');
      for (let k = 1; k <= perSub; k++) {
        const t = tasks[taskCount++ % tasks.length];
        seq++;
        sec.push(`${k}.${tag(t.text, afterFirstStop(t.text))}`, '');
        table.push(`\t${seq}`, `\t${t.title}`, `\t${t.units}`, '');
      }
      const chunk = sec.join('\n');
      bytes += Buffer.byteLength(chunk) + Buffer.byteLength(table.slice(-perSub * 4).join('\n'));
      body.push(chunk);
      sec.length = 0;
    }
    if (sec.length) body.push(sec.join('\n'));
  }
  const text = [head, '', body.join('\n'), tableIntro.join('\n'), table.join('\n'), '', banji, ''].join('\n');
  return { text, bytes: Buffer.byteLength(text), tasks: taskCount, sections };
}
