// Bundles the in-editor test suite into out/test/ (dist/ stays the extension's own layout and package).
// `vscode` is provided by the editor; mocha is loaded from node_modules at run time (its reporters are
// required by name, which a bundle cannot follow).
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { 'suite/index': 'client/src/test/suite/index.ts', runTest: 'client/src/test/runTest.ts' },
  outdir: 'out/test',
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode', 'mocha', '@vscode/test-electron'],
});
