// Tokenizes text with syntaxes/gongwen.tmLanguage.json through the same engine VS Code uses
// (vscode-textmate + the oniguruma WASM build), so grammar tests see what the editor shows.
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as onig from 'vscode-oniguruma';

const ROOT = path.join(__dirname, '..', '..');
export const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'gongwen.tmLanguage.json');

export interface Token {
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await onig.loadWASM(wasm as ArrayBuffer);
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'text.gongwen' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const g = await registry.loadGrammar('text.gongwen');
    if (!g) throw new Error('grammar text.gongwen not found');
    return g;
  })();
  return grammarPromise;
}

/** Tokens of every line of `text`, the rule stack carried from line to line as in the editor. */
export async function tokenize(text: string): Promise<Token[][]> {
  const g = await loadGrammar();
  let stack = vsctm.INITIAL;
  const out: Token[][] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const r = g.tokenizeLine(line, stack);
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    stack = r.ruleStack;
  }
  return out;
}
