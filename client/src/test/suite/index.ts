// Entry of the in-editor test suite. `run()` is the contract both hosts call: @vscode/test-electron
// (desktop VS Code) and code-server (extensionTestsPath in the workbench payload, scripts/e2e-run.mjs).
// The suite is bundled into one file, so the test modules are registered here explicitly, in order,
// after mocha has put describe/it on the global object.
import * as fs from 'fs';
import Mocha from 'mocha';
import * as util from 'util';

/** Every line the reporter prints is also appended to $GONGWEN_E2E_LOG: the runner shows it,
 *  because in code-server the extension host's console only reaches the browser's console. */
function teeConsoleToLog(): () => void {
  const file = process.env.GONGWEN_E2E_LOG;
  if (!file) return () => undefined;
  // mocha's reporters print through Base.consoleLog, captured from console.log when mocha loaded
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const original = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    fs.appendFileSync(file, util.format(...args) + '\n');
    original(...args);
  };
  return () => { base.consoleLog = original; };
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'gongwen-e2e', mocha);
  const grep = process.env.GONGWEN_E2E_GREP;
  if (grep) mocha.grep(grep);
  require('./detect.test');
  require('./diagnostics.test');
  require('./features.test');
  require('./fixes.test');
  require('./snippets.test');

  const restore = teeConsoleToLog();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      restore();
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
      else resolve();
    });
  });
}
