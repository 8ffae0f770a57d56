// Per-server state that can be rebuilt at any time: settings, per-document config and the
// analysis cache (keyed by uri + version, so nothing goes stale across edits or restarts).
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, defaultConfig, mergeConfig, type Analysis, type ConfigProblem, type GongwenConfig } from '../core/index';
import { loadConfigFor } from '../node/configFile';
import { docsBase } from '../node/paths';

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

  initialize(params: InitializeParams): void {
    this.canPullConfiguration = !!params.capabilities.workspace?.configuration;
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
    const config = loadConfigFor(path.resolve(file), undefined, problems, base);
    this.reportProblems(problems);
    return config;
  }

  /** The analysis of the document's current version, computed once. */
  async analysis(doc: TextDocument): Promise<Analysis> {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const config = await this.configFor(doc.uri);
    return this.analyzeNow(doc, config);
  }

  analyzeNow(doc: TextDocument, config: GongwenConfig): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.analysis;
    const analysis = analyze(doc.getText(), { config, uri: doc.uri, docsBase: docsBase() });
    for (const f of analysis.failures) {
      if (this.reportedFailures.has(f.rule)) continue;
      this.reportedFailures.add(f.rule);
      this.connection.console.error(`检查 ${f.rule} 出错，已跳过：${f.message}\n${f.stack ?? ''}`);
    }
    this.cache.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  cachedAnalysis(uri: string): Analysis | undefined {
    return this.cache.get(uri)?.analysis;
  }

  document(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }
}
