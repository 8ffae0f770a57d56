// RuleTester: document text and the expected diagnostics side by side, as eslint does.
// Positions in cases are 1-based (as an editor shows them); fix output is the whole text after
// applying the first fix of every finding.
import * as assert from 'assert';
import { parse } from '../../server/src/core/parse/parse';
import { defaultConfig } from '../../server/src/core/config';
import type { Finding, Rule, Severity } from '../../server/src/core/rules/types';
import { applyEdits, nonOverlapping } from '../../server/src/core/text/edits';

export interface ExpectedError {
  /** substring the message must contain */
  message: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
}

export interface InvalidCase {
  name: string;
  text: string;
  errors: ExpectedError[];
  /** the text after applying the fixes; omit when the rule offers none */
  output?: string;
}

export interface ValidCase {
  name: string;
  text: string;
}

export function runRule(rule: Rule, text: string): Finding[] {
  const model = parse(text);
  return rule.run({ model, config: defaultConfig(), shared: new Map() });
}

export function applyFixes(text: string, findings: Finding[]): string {
  const fixes = findings.map((f) => f.fixes?.[0]).filter((f): f is NonNullable<typeof f> => !!f);
  const chosen = nonOverlapping(fixes, text);
  return applyEdits(text, chosen.flatMap((f) => f.edits));
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runRule(rule, c.text);
        assert.deepStrictEqual(findings.map((f) => f.message), [], `expected no findings for “${c.name}”`);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runRule(rule, c.text);
        assert.strictEqual(findings.length, c.errors.length, `findings: ${findings.map((f) => f.message).join(' | ')}`);
        c.errors.forEach((e, i) => {
          const f = findings[i];
          assert.ok(f.message.includes(e.message), `message “${f.message}” should contain “${e.message}”`);
          assert.strictEqual(f.range.start.line + 1, e.line, `line of “${f.message}”`);
          if (e.column !== undefined) assert.strictEqual(f.range.start.character + 1, e.column, 'column');
          if (e.endLine !== undefined) assert.strictEqual(f.range.end.line + 1, e.endLine, 'endLine');
          if (e.endColumn !== undefined) assert.strictEqual(f.range.end.character + 1, e.endColumn, 'endColumn');
          if (e.severity !== undefined) assert.strictEqual(f.severity ?? rule.meta.severity, e.severity, 'severity');
        });
        if (c.output !== undefined) assert.strictEqual(applyFixes(c.text, findings), c.output);
      });
    }
  });
}

/** Builds a document from lines (so fixtures read top to bottom). */
export function doc(...lines: string[]): string {
  return lines.join('\n');
}
