// Per-server state that can be rebuilt at any time: settings, per-document config and the
// analysis cache (keyed by uri + version, so nothing goes stale across edits or restarts).
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, defaultConfig, mergeConfig, type Analysis, type ConfigProblem, type GongwenConfig } from '../core/index';
import { isInside, loadConfigFor } from '../node/configFile';
import { docsBase } from '../node/paths';

/**
 * Analyses kept, most recently used first. An analysis (model and shared registries) of a 900-line plan holds
 * ~0.4 MB, and one that outlived a few scavenges sits in the old generation until a full collection; twenty
 * open documents kept them all and the server passed 80 MB. Only the document being edited stays: it is the
 * one whose diagnostics, code actions and hovers are asked for after each keystroke. Another document is
 * analysed again on demand when the client asks about it (a few ms, its paragraphs are in the memos).
 * Keeping two instead of one cost 1.1–1.4 MB of RSS right after opening 20 documents (alternated runs).
 */
export const MAX_CACHED_ANALYSES = 1;

interface Cached {
  version: number;
  analysis: Analysis;
}

export class Workspace {
  canPullConfiguration = false;
  /** the client accepts versioned edits (workspaceEdit.documentChanges) */
  supportsDocumentChanges = false;
  /** the client can be asked to reveal a range (window/showDocument) */
  supportsShowDocument = false;
  /** the client takes LocationLinks for go-to-definition */
  supportsDefinitionLinks = false;
  private settings: GongwenConfig | undefined;
  private cache = new Map<string, Cached>();
  private reportedFailures = new Set<string>();
  private reportedProblems = new Set<string>();

  constructor(private connection: Connection, private documents: TextDocuments<TextDocument>) {
    documents.onDidClose((e) => this.cache.delete(e.document.uri));
    connection.onDidChangeConfiguration(() => {
      this.settings = undefined;
      this.cache.clear();
      this.onSettingsChanged?.();
    });
  }

  onSettingsChanged?: () => void;
  /** told after every analysis (lsp/idleCollect.ts collects the heap once they stop) */
  onAnalysed?: () => void;
  /** told when the diagnostics of a document's first analysis since it was opened have been sent */
  onOpenedPublished?: () => void;

  /** workspace folders as file-system paths, deepest first: gongwen.config.json is looked up only inside them */
  private roots: string[] = [];

  initialize(params: InitializeParams): void {
    this.canPullConfiguration = !!params.capabilities.workspace?.configuration;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    for (const u of uris) {
      try {
        if (u.startsWith('file:')) this.roots.push(path.resolve(fileURLToPath(u)));
      } catch {
        // not a local folder: nothing to read there
      }
    }
    this.roots.sort((a, b) => b.length - a.length);
    this.supportsDocumentChanges = !!params.capabilities.workspace?.workspaceEdit?.documentChanges;
    this.supportsShowDocument = !!params.capabilities.window?.showDocument?.support;
    this.supportsDefinitionLinks = !!params.capabilities.textDocument?.definition?.linkSupport;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) this.settings = this.fromRaw(init.settings);
  }

  private fromRaw(raw: unknown): GongwenConfig {
    const problems: ConfigProblem[] = [];
    const r = (raw ?? {}) as Record<string, unknown>;
    const shaped = { rules: r['rules'], units: { aliases: (r['units'] as Record<string, unknown> | undefined)?.['aliases'] }, indicators: r['indicators'] };
    const config = mergeConfig(defaultConfig(), JSON.parse(JSON.stringify(shaped)), '设置 gongwen.*', problems);
    this.reportProblems(problems);
    return config;
  }

  reportProblems(problems: ConfigProblem[]): void {
    for (const p of problems) {
      const key = p.source + p.message;
      if (this.reportedProblems.has(key)) continue;
      this.reportedProblems.add(key);
      this.connection.console.warn(`${p.source}: ${p.message}`);
      void this.connection.window.showWarningMessage(`Gongwen 配置问题（${p.source}）：${p.message}`);
    }
  }

  async settingsFor(): Promise<GongwenConfig> {
    if (this.settings) return this.settings;
    if (!this.canPullConfiguration) return (this.settings = defaultConfig());
    try {
      const raw = await this.connection.workspace.getConfiguration('gongwen');
      this.settings = this.fromRaw(raw);
    } catch {
      this.settings = defaultConfig();
    }
    return this.settings;
  }

  /** Settings merged with a gongwen.config.json next to the document (file documents only). */
  async configFor(uri: string): Promise<GongwenConfig> {
    const base = await this.settingsFor();
    if (!uri.startsWith('file:')) return base;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return base;
    }
    const problems: ConfigProblem[] = [];
    const doc = path.resolve(file);
    // the workspace folder holding the document; a document outside every folder reads only its own folder
    const root = this.roots.find((r) => isInside(r, doc)) ?? path.dirname(doc);
    const config = loadConfigFor(doc, undefined, problems, base, root);
    this.reportProblems(problems);
    return config;
  }

  /** The analysis of the document's current version, computed once. */
  async analysis(doc: TextDocument): Promise<Analysis> {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) {
      this.touch(doc.uri, hit);
      return hit.analysis;
    }
    const config = await this.configFor(doc.uri);
    return this.analyzeNow(doc, config);
  }

  analyzeNow(doc: TextDocument, config: GongwenConfig): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    // room is made before the analysis, not after: the analysis runs to its end without yielding, and an entry
    // it would evict (this document's older version, or the least recently used one) could only be promoted to
    // the old generation by the analysis' scavenges, to die there
    this.cache.delete(doc.uri);
    while (this.cache.size >= MAX_CACHED_ANALYSES) this.cache.delete(this.cache.keys().next().value!);
    const analysis = analyze(doc.getText(), { config, uri: doc.uri, docsBase: docsBase() });
    for (const f of analysis.failures) {
      if (this.reportedFailures.has(f.rule)) continue;
      this.reportedFailures.add(f.rule);
      this.connection.console.error(`检查 ${f.rule} 出错，已跳过：${f.message}\n${f.stack ?? ''}`);
    }
    this.touch(doc.uri, { version: doc.version, analysis });
    this.onAnalysed?.();
    return analysis;
  }

  /** Marks an analysis most recently used, dropping the least recently used beyond the limit. */
  private touch(uri: string, entry: Cached): void {
    this.cache.delete(uri);
    this.cache.set(uri, entry);
    while (this.cache.size > MAX_CACHED_ANALYSES) this.cache.delete(this.cache.keys().next().value!);
  }

  get cachedCount(): number {
    return this.cache.size;
  }

  cachedAnalysis(uri: string): Analysis | undefined {
    return this.cache.get(uri)?.analysis;
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }
}
