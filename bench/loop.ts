// Per-check time in a tight loop, for comparing two builds run alternately (`npm run bench:loop -- FILE MODE N`, or
//   bundle it yourself: npx esbuild bench/loop.ts --bundle --platform=node --outfile=OUT.js, to keep one build beside another)
//   e.g. seeds/003_150728439a4db89b.txt edit 2000     (modes: edit | same | cold; file or "1mb")
// Prints the mean per run (ms) of parse and of each check, in registry order sharing ctx.shared like the engine.
import * as fs from 'fs';
import { parse } from '../server/src/core/parse/parse';
import { RULES } from '../server/src/core/rules/index';
import { defaultConfig } from '../server/src/core/config';
import { splitLines } from '../server/src/core/text/lines';
import { clearMemos } from '../server/src/core/text/memo';
import { buildSynthetic } from './synthetic';
const file = process.argv[2];
const mode = process.argv[3] ?? 'edit';
const N = Number(process.argv[4] ?? 1000);
const text = file === '1mb' ? buildSynthetic(1_000_000).text : fs.readFileSync(file, 'utf8');
const lines = splitLines(text);
let seed = 1;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
function edited() {
  const line = lines[Math.floor(rnd() * lines.length)];
  const at = line.offset + Math.floor(rnd() * (line.text.length + 1));
  return text.slice(0, at) + '的' + text.slice(at);
}
const config = defaultConfig();
const tot = new Map<string, number>();
const WARM = Math.min(200, N);
const runs: number[] = [];
const cpu: number[] = [];
for (let k = 0; k < N + WARM; k++) {
  const t = mode === 'edit' ? edited() : text;
  if (mode === 'cold') clearMemos();
  const c0 = process.cpuUsage();
  let t0 = performance.now();
  const start = t0;
  const model = parse(t);
  let t1 = performance.now();
  if (k >= WARM) tot.set('parse', (tot.get('parse') ?? 0) + t1 - t0);
  const ctx = { model, config, shared: new Map() };
  for (const r of RULES) {
    t0 = performance.now();
    r.run(ctx as never);
    t1 = performance.now();
    if (k >= WARM) tot.set(r.meta.id, (tot.get(r.meta.id) ?? 0) + t1 - t0);
  }
  const c = process.cpuUsage(c0);
  if (k >= WARM) {
    runs.push(performance.now() - start);
    cpu.push((c.user + c.system) / 1000);
  }
}
runs.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const rows = [...tot].sort((a, b) => b[1] - a[1]);
let sum = 0;
for (const [, v] of rows) sum += v;
console.log(`${file} ${mode}: mean ${(sum / N).toFixed(3)} ms, median ${runs[Math.floor(N / 2)].toFixed(3)} ms per run (CPU median ${cpu[Math.floor(N / 2)].toFixed(3)} ms: compare this one while other processes share the machine) (${N} runs after ${WARM} warm-up)`);
for (const [k, v] of rows.slice(0, 20)) console.log('  ' + k.padEnd(36), (v / N).toFixed(3));
