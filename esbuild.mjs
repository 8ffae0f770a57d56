// Bundles the client, the server and the CLI into dist/. `vscode` stays external:
// the editor provides it at run time. Flags: --watch, --production (minify, no sourcemap).
import * as acorn from 'acorn';
import * as esbuild from 'esbuild';
import * as fs from 'fs/promises';
import * as path from 'path';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --outdir=DIR builds elsewhere (the benchmark measures production bundles without touching dist/)
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

// Node built-ins the server's libraries import at load time but use only on paths this server never takes:
// crypto names a pipe and child_process resolves global npm/yarn modules (vscode-jsonrpc, vscode-languageserver);
// perf_hooks serves only the hidden debug request. Loading them is ~1.4 MB of the process's RSS (their code
// and the node executable's pages behind it), so the bundle loads each on first use instead.
const LAZY_BUILTINS = ['crypto', 'child_process', 'perf_hooks'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin'
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    // a getter for each of the module's exports (named when the bundle is built): the bundle's ESM interop
    // copies a module's properties as getters, so a Proxy would be loaded as soon as it is imported
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let m;
const load = () => m || (m = require(${JSON.stringify(args.path)}));
for (const key of ${JSON.stringify(Object.keys(require(args.path)))}) Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });`,
    }));
  },
};

// The server and the CLI (which also starts the server: `gongwen lsp`) are written out in ASCII. V8 keeps a
// script's whole source in memory, two bytes a character as soon as one character needs them: the checks'
// patterns are Chinese, and that was ~0.5 MB of the server's heap. esbuild escapes strings, templates and
// identifiers but writes regular-expression literals as they are, so they are escaped here, after the build:
// - a literal assigned to a name (`ORG_SUFFIX = /(局|委…)$/`, evaluated once) becomes new RegExp("\u5c40…"):
//   the pattern, and its .source that some modules read back as text, stay character for character;
// - any other literal (`/^其中/.test(s)`, evaluated per call) keeps the literal's speed and has each character
//   escaped in place (\u5176): the same pattern, only its .source is spelled with escapes.
// Comments (unminified builds) are escaped too; nothing else can hold a non-ASCII character after esbuild.
function asciiRegexps(source) {
  const edits = [];
  const comments = [];
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, onComment: comments });
  const visit = (node, parent) => {
    if (node.type === 'Literal' && node.regex) {
      if (!/[^\x00-\x7f]/.test(node.raw)) return;
      const named = (parent.type === 'VariableDeclarator' && parent.init === node) || (parent.type === 'AssignmentExpression' && parent.right === node);
      edits.push({ start: node.start, end: node.end, text: named ? `new RegExp(${escapeAll(JSON.stringify(node.regex.pattern))}, ${JSON.stringify(node.regex.flags)})` : escapeInPattern(node.raw) });
      return;
    }
    for (const key in node) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') visit(c, node);
      } else if (v && typeof v.type === 'string') visit(v, node);
    }
  };
  visit(ast, null);
  for (const c of comments) if (/[^\x00-\x7f]/.test(source.slice(c.start, c.end))) edits.push({ start: c.start, end: c.end, text: escapeAll(source.slice(c.start, c.end)) });
  edits.sort((x, y) => x.start - y.start);
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += source.slice(from, e.start) + e.text;
    from = e.end;
  }
  out += source.slice(from);
  if (/[^\x00-\x7f]/.test(out)) throw new Error('esbuild.mjs: a non-ASCII character is left in the server bundle outside regular expressions and comments');
  return out;
}
const escapeAll = (s) => s.replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
/** \（ (an identity escape) becomes \uff08, not \\uff08: an odd run of backslashes before a character escapes it */
function escapeInPattern(raw) {
  let out = '';
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) < 0x80) continue;
    let j = i;
    while (j > from && raw.charCodeAt(j - 1) === 0x5c) j--;
    out += raw.slice(from, (i - j) % 2 === 1 ? i - 1 : i) + escapeAll(raw[i]);
    from = i + 1;
  }
  return out + raw.slice(from);
}
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd(async (result) => {
      for (const f of result.outputFiles ?? []) {
        await fs.mkdir(path.dirname(f.path), { recursive: true });
        await fs.writeFile(f.path, f.path.endsWith('.js') ? asciiRegexps(f.text) : f.contents);
      }
    });
  },
};

const serverSide = { write: false, plugins: [lazyBuiltins, asciiOutput] };
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js` },
  { entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js`, ...serverSide },
  { entryPoints: ['server/src/cli.ts'], outfile: `${outdir}/cli.js`, ...serverSide },
];

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
