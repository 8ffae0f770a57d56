// gongwen check|outline — the command-line checker, built on the same core as the server.
// Exit codes: 0 no error, 1 errors found, 2 usage or I/O problem (message on stderr).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { pathToFileURL } from 'url';
import { analyze, defaultConfig, findRule, type ConfigProblem, type GongwenConfig, type SeveritySetting, type Diagnostic } from './core/index';
import { decodeFile } from './node/decode';
import { collectFiles } from './node/files';
import { loadConfigFor } from './node/configFile';
import { docsBase } from './node/paths';
import { renderOutline, renderSummary } from './core/features/outline';
import { fixAll } from './core/features/fixAll';
import { writeBack } from './node/writeBack';

const SEVERITY_NAME = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;

const USAGE = `用法 / usage:
  gongwen check [--format text|json] [--rule id=off|information|warning|error]… [--config FILE]
                [--encoding utf-8|utf-16le|utf-16be|gb18030] [--verbose] [--strict] [--fix] FILE|DIR…
                --fix 应用全部可安全自动修复的修改并写回文件 / apply every safe fix and write the file
  gongwen outline [--summary] FILE|DIR…
  gongwen rules                      列出全部检查 / list every check
  gongwen lsp --stdio                以 stdio 启动语言服务器 / start the language server on stdio`;

class UsageError extends Error {}

function fail(msg: string): never {
  throw new UsageError(msg);
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function parseRuleFlags(values: string[] | undefined, problems: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const v of values ?? []) {
    const m = /^([a-z]+\/[a-z0-9-]+)=(off|information|warning|error|hint)$/.exec(v.trim());
    if (!m) fail(`--rule ${v}: 应为 规则=级别，如 --rule structure/missing-date=off`);
    if (!findRule(m[1])) problems.push(`--rule ${m[1]}: 没有这条规则（gongwen rules 列出全部规则），已忽略。`);
    rules[m[1]] = m[2] as SeveritySetting;
  }
  return rules;
}

interface ReadDocument {
  text: string;
  encoding: string;
  bytes: Uint8Array;
}

function readDocumentFull(file: string, encoding: string | undefined, io: Io, verbose: boolean): ReadDocument | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`${file}: 无法读取文件（${code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : code ?? String(e)}）`);
    return undefined;
  }
  const decoded = decodeFile(bytes, encoding);
  if (!decoded.ok) {
    io.err(`${file}: ${decoded.message}`);
    return undefined;
  }
  if (verbose) io.err(`${file}: 编码 ${decoded.encoding}${decoded.assumed ? '（推测）' : ''}`);
  return { text: decoded.text, encoding: decoded.encoding, bytes };
}

function readDocument(file: string, encoding: string | undefined, io: Io, verbose: boolean): string | undefined {
  return readDocumentFull(file, encoding, io, verbose)?.text;
}

/** `--fix`: applies every safe fix, writes the file back in its encoding, says what changed. Returns the text to check. */
function fixFile(file: string, doc: ReadDocument, config: GongwenConfig, io: Io, json: boolean): { text: string; failed: boolean } {
  const uri = pathToFileURL(path.resolve(file)).href;
  const r = fixAll(doc.text, { config, uri, docsBase: docsBase() });
  if (r.text === doc.text) return { text: doc.text, failed: false };
  const w = writeBack(file, r.text, doc.encoding, doc.bytes, (b) => {
    const d = decodeFile(b, doc.encoding.replace(/ \(BOM\)$/, ''));
    return d.ok ? d.text : undefined;
  });
  const say = json ? io.err : io.out;
  if (!w.ok) {
    io.err(`${file}: ${w.message}`);
    return { text: doc.text, failed: true };
  }
  say(`${file}: 已修复 ${r.applied.length} 处`);
  for (const f of r.applied) {
    const at = f.edits[0]?.range.start;
    say(`${file}:${at ? `${at.line + 1}:${at.character + 1}` : '-'}: 已修复 ${f.title} [${f.code}]`);
  }
  return { text: r.text, failed: false };
}

function formatText(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY_NAME[d.severity]} ${d.message} [${d.code}]`;
}

function resolveInputs(inputs: string[], io: Io): { files: string[]; ioError: boolean } {
  let ioError = false;
  const files: string[] = [];
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      io.err(`${input}: 文件或目录不存在`);
      ioError = true;
      continue;
    }
    if (st.isDirectory()) {
      const found = collectFiles(input);
      if (!found.length) {
        io.err(`${input}: 目录中没有可检查的文档（*.txt、*.gw）`);
        ioError = true;
      }
      files.push(...found);
    } else files.push(input);
  }
  return { files, ioError };
}

function commandCheck(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      rule: { type: 'string', multiple: true },
      config: { type: 'string' },
      encoding: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      fix: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') fail(`--format ${values.format}: 应为 text 或 json`);
  if (!positionals.length) fail('缺少要检查的文件或目录');
  const flagProblems: string[] = [];
  const ruleFlags = parseRuleFlags(values.rule, flagProblems);
  for (const p of flagProblems) io.err(p);
  const { files, ioError: inputError } = resolveInputs(positionals, io);
  let ioError = inputError;
  let errors = 0;
  let failed = false;
  const results: { file: string; diagnostics: Diagnostic[] }[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    const doc = readDocumentFull(file, values.encoding, io, values.verbose!);
    if (doc === undefined) {
      ioError = true;
      continue;
    }
    let text = doc.text;
    const problems: ConfigProblem[] = [];
    let config: GongwenConfig = loadConfigFor(file, values.config, problems);
    config = { ...config, rules: { ...config.rules, ...ruleFlags } };
    for (const p of problems) {
      const key = p.source + p.message;
      if (!reported.has(key)) io.err(`${p.source}: ${p.message}`);
      reported.add(key);
    }
    if (values.fix) {
      const fixed = fixFile(file, doc, config, io, values.format === 'json');
      text = fixed.text;
      if (fixed.failed) ioError = true;
    }
    const analysis = analyze(text, { config, uri: pathToFileURL(path.resolve(file)).href, docsBase: docsBase() });
    for (const f of analysis.failures) {
      io.err(`${file}: 检查 ${f.rule} 出错，已跳过（${f.message}）`);
      failed = true;
    }
    errors += analysis.diagnostics.filter((d) => d.severity === 1).length;
    results.push({ file, diagnostics: analysis.diagnostics });
    if (values.format === 'text') for (const d of analysis.diagnostics) io.out(formatText(file, d));
  }
  if (values.format === 'json') io.out(JSON.stringify(results, null, 2));
  if (ioError || (failed && values.strict)) return 2;
  return errors > 0 ? 1 : 0;
}

function commandOutline(argv: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { summary: { type: 'boolean', default: false }, encoding: { type: 'string' } },
  });
  if (!positionals.length) fail('缺少要显示结构的文件');
  const { files, ioError } = resolveInputs(positionals, io);
  let bad = ioError;
  for (const file of files) {
    const text = readDocument(file, values.encoding, io, false);
    if (text === undefined) {
      bad = true;
      continue;
    }
    const { model, diagnostics } = analyze(text, { config: loadConfigFor(file, undefined, []) });
    if (values.summary) io.out(`${file}: ${renderSummary(model, diagnostics)}`);
    else {
      if (files.length > 1) io.out(`== ${file}`);
      io.out(renderOutline(model));
    }
  }
  return bad ? 2 : 0;
}

function commandRules(io: Io): number {
  const { RULES } = require('./core/index') as typeof import('./core/index');
  for (const r of RULES) io.out(`${r.meta.id.padEnd(34)} ${r.meta.severity.padEnd(12)} ${r.meta.description.zh} — ${r.meta.description.en}`);
  return 0;
}

export function main(argv: string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return commandCheck(rest, io);
      case 'outline':
        return commandOutline(rest, io);
      case 'rules':
        return commandRules(io);
      case 'lsp':
        // the server picks its transport from argv; stdio unless the caller chose another
        if (!rest.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
        require('./server');
        return -1; // the server keeps the process alive
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return 0;
      default:
        fail(command ? `未知命令 “${command}”` : '缺少命令');
    }
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`gongwen: ${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    io.err(`gongwen: 内部错误：${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return 2;
  }
}

void defaultConfig;

/** Entry point for bin/gongwen. */
export function run(): void {
  const code = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  });
  if (code >= 0) process.exitCode = code;
}
