// Inputs built to find regular expressions that backtrack and loops that go quadratic:
// each is legal text a parser must survive in linear time. Used by `npm run bench` (timed)
// and by test/fuzz (no throw, every range inside the document).

export interface Pathological {
  name: string;
  text: string;
}

/** Repeats `unit` until the text reaches `bytes` bytes of UTF-8. */
function fill(unit: string, bytes: number): string {
  const n = Math.ceil(bytes / Buffer.byteLength(unit));
  return unit.repeat(n);
}

export function pathologicalInputs(): Pathological[] {
  const cases: Pathological[] = [];
  // one line of 1 MB mixing everything the line recognisers look at
  cases.push({ name: '1 MB line', text: '一、' + fill('为贯彻落实《方案》（县民政局、县财政局牵头）〔2024〕“一老一小”，1.5万元；', 1_000_000) });
  cases.push({ name: '100k lines of 一、', text: Array(100_000).fill('一、').join('\n') });
  const depth = 50_000;
  cases.push({ name: '50k nested brackets', text: '1.加强组织领导。' + '（〔《“【'.repeat(depth / 5) + '县民政局' + '】”》〕）'.repeat(depth / 5) + '\n' + '（'.repeat(depth) + '\n' + '）'.repeat(depth) });
  // nested pairs inside a closed title while thousands of other halves stay open: each pair asks whether its
  // outer half is among the unclosed ones
  cases.push({ name: '20k titles in a title, 20k unclosed （', text: '一、总体要求\n\n按照《' + '（'.repeat(20_000) + '《》'.repeat(20_000) + '》。\n' });
  cases.push({ name: '10k units in one bracket', text: '一、重点任务\n\n1.统筹规划。加强协同。〔' + Array.from({ length: 10_000 }, (_, i) => `县第${i + 1}局`).join('、') + '〕\n' });
  cases.push({ name: 'unclosed quotes over 10k lines', text: '一、总体要求\n' + Array.from({ length: 10_000 }, (_, i) => `按照“统筹规划第${i}项，`).join('\n') });
  // the wrap-joining loop must not rescan the whole paragraph for every line it adds
  cases.push({ name: '10k-line wrapped paragraph', text: '（一）加强组织领导。' + Array.from({ length: 10_000 }, () => '各乡镇人民政府要切实履行属地责任，统筹推进养老托育').join('\n') + '。' });
  cases.push({ name: '10k-row table', text: '\t序号\n\t重点任务\n\t责任单位\n\n' + Array.from({ length: 10_000 }, (_, i) => `\t${(i % 9999) + 1}\n\t任务${i}\n\t县民政局、县财政局\n`).join('\n') });
  return cases;
}
