// parse + every enabled check → LSP-shaped diagnostics. A check that throws is isolated:
// the others still run, and the failure is returned so the transport can log it once.
import { parse } from '../parse/parse';
import type { DocumentModel } from '../model/types';
import { defaultConfig, type GongwenConfig } from '../config';
import { RULES } from '../rules/index';
import { nestQuotes } from '../text/quotes';
import { onClearMemos } from '../text/memo';
import { SEVERITY_NUMBER, type Diagnostic, type Finding, type Rule, type RuleContext, type Severity } from '../rules/types';

export interface RuleFailure {
  rule: string;
  message: string;
  stack?: string;
}

export interface Analysis {
  model: DocumentModel;
  diagnostics: Diagnostic[];
  failures: RuleFailure[];
  /** per-analysis memo the checks filled (units registry …), reusable by features */
  shared: Map<string, unknown>;
  /** the configuration the analysis ran with (features that build on the memo need the same one) */
  config?: GongwenConfig;
}

export interface AnalyzeOptions {
  config?: GongwenConfig;
  /** the document's URI, for relatedInformation locations */
  uri?: string;
  /** the checks to run (all registered ones by default) */
  rules?: readonly Rule[];
  /** URI of the folder holding docs/rules/<family>/<name>.md; sets Diagnostic.codeDescription */
  docsBase?: string;
}

/** The message nestQuotes made last, by the message it was made from: a check that reports many findings shares one
 * message string between them (brackets/nesting, one per outer mark), which is then not read again for each. */
let lastMessage = '';
let lastNested = '';
onClearMemos(() => (lastMessage = lastNested = ''));

function nestedMessage(message: string): string {
  if (message !== lastMessage) {
    lastNested = nestQuotes(message);
    lastMessage = message;
  }
  return lastNested;
}

export function toDiagnostic(rule: Rule, f: Finding, severity: Severity, uri: string, docsBase?: string): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY_NUMBER[severity],
    code: rule.meta.id,
    source: 'gongwen',
    message: nestedMessage(f.message),
  };
  if (docsBase) d.codeDescription = { href: docsBase + rule.meta.id + '.md' };
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  if (f.fixes?.length) d.data = { fixes: f.fixes };
  return d;
}

/** A check's last findings and the diagnostics made from them, with what else the diagnostics were made from. */
interface Made {
  findings: Finding[];
  setting: Severity | undefined;
  uri: string;
  docsBase: string | undefined;
  diagnostics: Diagnostic[];
}

const made = new Map<Rule, Made>();
onClearMemos(() => made.clear());

/**
 * The diagnostics for a check's findings. A check that finds what it found last version returns the
 * same Finding objects (they are never mutated, see lastResult.ts): their diagnostics are then the
 * ones made last time, not made again (messages re-quoted, objects allocated). Findings are compared
 * one by one, so a check that refills one array with new findings is never mistaken for one that did not.
 */
function diagnosticsOf(rule: Rule, findings: Finding[], setting: Severity | undefined, uri: string, docsBase: string | undefined): Diagnostic[] {
  let m = made.get(rule);
  if (m && m.setting === setting && m.uri === uri && m.docsBase === docsBase && m.findings.length === findings.length) {
    let same = true;
    for (let i = 0; i < findings.length && same; i++) same = m.findings[i] === findings[i];
    if (same) return m.diagnostics;
  }
  const diagnostics = findings.map((f) => toDiagnostic(rule, f, setting ?? f.severity ?? rule.meta.severity, uri, docsBase));
  if (!m) made.set(rule, (m = { findings: [], setting, uri, docsBase, diagnostics }));
  m.findings = findings.slice();
  m.setting = setting;
  m.uri = uri;
  m.docsBase = docsBase;
  m.diagnostics = diagnostics;
  return diagnostics;
}

export function runRules(model: DocumentModel, options: AnalyzeOptions = {}): Omit<Analysis, 'model'> {
  const config = options.config ?? defaultConfig();
  const uri = options.uri ?? '';
  const ctx: RuleContext = { model, config, shared: new Map() };
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    let findings: Finding[];
    try {
      findings = rule.run(ctx);
    } catch (e) {
      failures.push({ rule: rule.meta.id, message: e instanceof Error ? e.message : String(e), stack: e instanceof Error ? e.stack : undefined });
      continue;
    }
    if (!findings.length) continue;
    for (const d of diagnosticsOf(rule, findings, setting, uri, options.docsBase)) diagnostics.push(d);
  }
  // ties on position are ordered by the check's id as localeCompare orders them; the ids are ranked
  // once (a few dozen) so the comparator compares numbers, not strings through the collator
  const rank = codeRanks(diagnostics);
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || rank.get(a.code)! - rank.get(b.code)!);
  return { diagnostics, failures, shared: ctx.shared, config };
}

/**
 * Ranks of check ids in localeCompare order, kept between analyses: the collator is slow (about a
 * microsecond a comparison) and the ids are the same few dozen every time. A rank is only compared
 * with another, so ranks taken from a larger set order any subset as ranking the subset would.
 */
const knownRanks = new Map<string, number>();

/**
 * localeCompare's order without the collator for ids written in [a-z0-9/-] (every check's id): for
 * those characters the root collation orders as the code units do (- before / before digits before
 * letters, one case), and leaving ICU's collation data unread keeps ~2.5 MB out of the server's RSS.
 */
const PLAIN_ID = /^[a-z0-9/-]*$/;
export function compareCheckIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

function codeRanks(diagnostics: readonly Diagnostic[]): ReadonlyMap<string, number> {
  let fresh = false;
  for (const d of diagnostics) {
    if (!knownRanks.has(d.code)) {
      knownRanks.set(d.code, 0);
      fresh = true;
    }
  }
  if (fresh) {
    const rankedIds = [...knownRanks.keys()].sort(compareCheckIds);
    // codes that compare equal share a rank, as they would under localeCompare
    rankedIds.forEach((c, i) => knownRanks.set(c, i > 0 && compareCheckIds(rankedIds[i - 1], c) === 0 ? knownRanks.get(rankedIds[i - 1])! : i));
  }
  return knownRanks;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = parse(text);
  return { model, ...runRules(model, options) };
}
