// `npm run fuzz [-- --runs N --seed S]`: the fuzz properties at length (100,000 cases by default
// for the robustness property, plus fix safety and fixAll), with a random seed unless one is given.
// Prints the number of cases, failures (with the seed and path to replay them) and the slowest case.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildDoc, caseText, checkAllFixes, checkFixAll, checkRobust, editedArb, type EditedCase } from './properties';
import { seed } from '../helpers/seeds';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const RUNS = Number(arg('--runs') ?? 100_000);
const SEED = Number(arg('--seed') ?? Date.now() % 2 ** 31);

interface Slowest {
  ms: number;
  property: string;
  chars: number;
  case?: EditedCase;
}

let slowest: Slowest = { ms: 0, property: '', chars: 0 };
let cases = 0;

function timed(property: string, c: EditedCase, fn: (text: string) => unknown): void {
  const text = caseText(c);
  cases++;
  const a = performance.now();
  const r = fn(text);
  // the time that matters is one analysis: checkRobust returns it; others are timed whole
  const ms = typeof r === 'number' && property.startsWith('random edits') ? r : performance.now() - a;
  if (ms > slowest.ms) slowest = { ms, property, chars: text.length, case: c };
}

function runProperty(name: string, numRuns: number, fn: (text: string) => unknown): boolean {
  const started = Date.now();
  const result = fc.check(fc.property(editedArb, (c) => timed(name, c, fn)), { seed: SEED, numRuns });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    console.log(`✗ ${name}: failed after ${result.numRuns} cases (${secs} s)`);
    console.log(fc.defaultReportMessage(result));
    if (result.errorInstance) console.log(String((result.errorInstance as Error).message ?? result.errorInstance));
    return false;
  }
  console.log(`✓ ${name}: ${result.numRuns} cases (${secs} s)`);
  return true;
}

// warm the code up first, so the slowest case is a slow input, not the first one compiled
for (let k = 0; k < 5; k++) for (const p of ['000', '001', '002', '003', '004']) checkRobust(seed(p));

const started = Date.now();
console.log(`fuzzing with seed ${SEED} (replay: npm run fuzz -- --seed ${SEED} --runs ${RUNS})`);
// --only robust|fixes|fixall runs one property (to replay a failure quickly)
const only = arg('--only');
let ok = true;
if (!only || only === 'robust') ok = runProperty('random edits: no throw, ranges inside, deterministic', RUNS, checkRobust) && ok;
if (!only || only === 'fixes') ok = runProperty('every quick fix edits only its ranges, removes no department or sentence', Math.ceil(RUNS / 10), checkAllFixes) && ok;
if (!only || only === 'fixall') ok = runProperty('fixAll twice equals once, no overlapping fixes in a pass', Math.ceil(RUNS / 20), checkFixAll) && ok;
console.log(`\n${cases} cases in ${((Date.now() - started) / 1000).toFixed(0)} s, ${ok ? 'no failure' : 'FAILURES above'}`);
if (slowest.case) {
  const c = slowest.case;
  const file = path.join(__dirname, '..', '..', 'test-results', 'fuzz-slowest.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...slowest, base: buildDoc(c.doc).length, text: caseText(c) }, null, 2));
  console.log(`slowest case: ${slowest.ms.toFixed(1)} ms (${slowest.property}) for ${slowest.chars} characters (seed ${c.doc.seed}, ${c.doc.lines || 'all'} lines, ${c.edits.length} edits) — written to test-results/fuzz-slowest.json`);
}
process.exitCode = ok ? 0 : 1;
