// Small adapters shared by the feature registrations.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/index';
import type { Position, Range } from '../core/model/types';
import type { Workspace } from './workspace';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
}

/** The open document and its analysis, or undefined when the client asks about a closed one. */
export async function analysisOf(ctx: FeatureContext, uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
  const doc = ctx.documents.get(uri);
  if (!doc) return undefined;
  return { doc, analysis: await ctx.workspace.analysis(doc) };
}

/** The text of one line, without its terminator. */
export function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** Characters that end a “word” for Chinese prose: whitespace and punctuation (language-configuration.json wordPattern). */
const WORD_BREAK = /[\s。，、；：！？“”‘’（）〔〕《》【】〈〉()[\]]/;

export function wordRangeAt(text: string, position: Position): Range {
  let a = position.character;
  while (a > 0 && !WORD_BREAK.test(text[a - 1])) a--;
  return { start: { line: position.line, character: a }, end: position };
}

/** Logs a failing handler once per message and answers with the fallback instead of crashing the request. */
export function guard<A extends unknown[], R>(ctx: FeatureContext, name: string, fallback: R, f: (...args: A) => Promise<R> | R): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await f(...args);
    } catch (e) {
      ctx.connection.console.error(`${name} 出错：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}
