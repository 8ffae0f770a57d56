// The UI test: a drafter's first minutes with Gongwen in a real VS Code workbench (code-server), driven
// through the keyboard and mouse only — open a seed with Quick Open, see it recognised as 公文, wait for the
// squiggles, read the Problems panel, hover a squiggle and a heading, apply a quick fix with Ctrl+. and save.
// Each step asserts what a person would see. Screenshots go to test-results/screenshots/, and with UPDATE=1
// also to docs/screenshots/, which the README shows (look at them before committing).
// Run by scripts/e2e-run.mjs (phase `ui`), which starts code-server with the extension from source.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { remoteUri, serverCapabilities, workbenchUrl } from '../../scripts/e2e/lib.mjs';

/** Slips put into a copy of seed 000 for the quick-fix step (the same as the suite's fixes.test.ts). */
const SLIPS = [
  ['宝政办规〔2024〕6号', '宝政办规[2024]6号'],
  ['（一）健全服务体系', '(一)健全服务体系'],
  ['二、发展目标', '三、发展目标'],
  ['2024年9月29日', '2024年09月29日'],
];

/** The README's copy: quantized to 256 colours by pngquant (Debian package, installed by e2e-setup) — a third of
 *  the size and no visible difference for a UI — so the repository and the .vsix stay small. */
function saveForDocs(from, to) {
  const r = spawnSync('pngquant', ['--quality', '70-95', '--speed', '1', '--force', '--output', to, from], { encoding: 'utf8' });
  if (r.status !== 0) fs.copyFileSync(from, to);
}

function cliCheck(root, file) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'gongwen'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `gongwen check: ${r.stderr}`);
  return JSON.parse(r.stdout)[0].diagnostics;
}

/**
 * Rests the mouse over `target` (a point) until a hover containing `text` shows, as a person would wiggle it:
 * the editor only shows a hover after the mouse has stood still, and a widget animating away can swallow one.
 */
async function hoverUntil(page, target, text) {
  const hover = page.locator('.monaco-hover:visible', { hasText: text });
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.mouse.move(target.x + 120, target.y + 40);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    try {
      await hover.waitFor({ timeout: 5000 });
      return hover;
    } catch { /* no hover yet: move away and come back */ }
  }
  await hover.waitFor({ timeout: 5000 });
  return hover;
}

/** Ctrl+G, type line:column, wait until the editor understood it, Enter, and wait until the box has closed. */
async function goToLine(page, { line, character }) {
  const quickInput = page.locator('.quick-input-widget');
  await page.keyboard.press('Control+G');
  await quickInput.locator('input').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(`${line + 1}:${character + 1}`);
  await quickInput.locator('.monaco-list-row', { hasText: `${line + 1}` }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await quickInput.waitFor({ state: 'hidden', timeout: 10_000 });
}

export async function runUiTest({ page, server, ws, root, log }) {
  const shots = path.join(root, 'test-results', 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const update = process.env.UPDATE === '1';
  const shot = async (name, what) => {
    // hovers and menus fade in: take the picture once every animation has finished
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: path.join(shots, name) });
    if (update) saveForDocs(path.join(shots, name), path.join(root, 'docs', 'screenshots', name));
    log(`screenshot ${update ? 'docs' : 'test-results'}/screenshots/${name}: ${what}`);
  };
  const caps = await serverCapabilities();
  const seed = fs.readdirSync(ws).find((f) => f.startsWith('004_'));
  const expected = cliCheck(root, path.join(ws, seed));
  assert.ok(expected.length >= 1, 'seed 004 has diagnostics to show');

  // 1. the workbench with the seeds folder; Quick Open (Ctrl+P) the seed, as a person would
  // the extension from source, as F5 in VS Code would load it
  await page.goto(workbenchUrl(server, ws, [['extensionDevelopmentPath', remoteUri(server, root)]]));
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: seed }).waitFor({ timeout: 60_000 });
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.locator('input').waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type('004_');
  await quickInput.locator('.monaco-list-row', { hasText: seed }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: seed }).waitFor({ timeout: 15_000 });
  log(`opened ${seed} with Quick Open`);

  // 2. auto-detection: a .txt file, shown as 公文 in the status bar
  await page.locator('#status\\.editor\\.mode', { hasText: /公文|Gongwen/ }).waitFor({ timeout: 30_000 });
  log('status bar language: 公文 (auto-detected)');

  // 3. squiggles where the 附件说明 lists attachments that never follow (go to the first error's line)
  const first = expected.find((d) => d.code === 'structure/attachment-missing');
  assert.ok(first, 'seed 004: structure/attachment-missing');
  await goToLine(page, first.range.start);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
  log('squiggles rendered');

  // 4. the Problems panel (Ctrl+Shift+M) lists the same diagnostics as `gongwen check`
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: first.message.slice(0, 12) }).first().waitFor({ timeout: 30_000 });
  const rowTexts = await rows.allInnerTexts();
  // the list is virtual: check the problem rows it draws (not the file row, not the related-information rows
  // under a problem; a problem row has a severity icon) against `gongwen check`
  const shown = await rows.filter({ has: page.locator('.marker-icon') }).allInnerTexts();
  assert.ok(shown.length >= 1, `problem rows drawn: ${JSON.stringify(rowTexts)}`);
  for (const t of shown) {
    assert.ok(expected.some((d) => t.includes(d.message)), `Problems row “${t}” is one of gongwen check's diagnostics`);
  }
  for (const d of expected.filter((x) => x.code === 'structure/attachment-missing')) {
    assert.ok(rowTexts.some((t) => t.includes(d.message)), `Problems shows “${d.message}”; rows: ${JSON.stringify(rowTexts)}`);
  }
  const badge = await page.locator('#status\\.problems').innerText();
  log(`Problems panel: ${shown.length} problem rows drawn of ${expected.length} diagnostics; status bar “${badge.replace(/\s+/g, ' ')}”`);
  await shot('problems.png', 'seed 004 with squiggles and the Problems panel');

  // 5. hovering the squiggle shows the message in Chinese
  // the squiggle sits under the text layer: move the mouse over it as a person would
  const box = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
  const hover = await hoverUntil(page, { x: box.x + Math.min(box.width / 2, 60), y: box.y + box.height / 2 }, first.message.slice(0, 12));
  assert.match(await hover.innerText(), /附件说明列出/);
  await shot('hover-diagnostic.png', 'hovering a squiggle shows the diagnostic in plain Chinese');

  // 5b. a real slip in a published plan: a department name one character off in seed 002, from the Problems panel
  const seed2 = fs.readdirSync(ws).find((f) => f.startsWith('002_'));
  const found2 = cliCheck(root, path.join(ws, seed2));
  const warning = found2.find((d) => d.code === 'units/near-miss') ?? found2.find((d) => d.severity === 2);
  assert.ok(warning, 'seed 002 has a warning to show (its near-miss department names)');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await quickInput.locator('input').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type('002_');
  await quickInput.locator('.monaco-list-row', { hasText: seed2 }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: seed2 }).waitFor({ timeout: 15_000 });
  const row = rows.filter({ hasText: warning.message.slice(0, 20) }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click(); // the editor jumps to the warning
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 15_000 });
  const box2 = await page.locator('.monaco-editor .squiggly-warning').first().boundingBox();
  await hoverUntil(page, { x: box2.x + Math.min(box2.width / 2, 40), y: box2.y + box2.height / 2 }, warning.message.slice(0, 12));
  await shot('warning.png', `seed 002, line ${warning.range.start.line + 1}: ${warning.message.slice(0, 40)}…`);
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  // back to seed 004 for the heading hover
  await page.locator('.tabs-container .tab', { hasText: seed }).click();

  // 6. hover on a heading: its level, ordinal and siblings
  assert.ok(caps.hoverProvider, 'the language server announces hoverProvider');
  await page.keyboard.press('Escape');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('三、重点任务');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  // rest the mouse on the marker 三、 (the line in the text, not its copy in the sticky scroll header)
  const line = page.locator('.monaco-editor .view-lines .view-line').filter({ hasText: /^三、重点任务$/ }).first();
  const at = await line.boundingBox();
  const headingHover = await hoverUntil(page, { x: at.x + 8, y: at.y + at.height / 2 }, '第一层');
  log(`heading hover: “${(await headingHover.innerText()).split('\n').filter(Boolean).slice(0, 3).join(' / ')}”`);
  await shot('hover-heading.png', 'hover on 三、重点任务: its level, ordinal and siblings');

  // 7. a quick fix with Ctrl+. on a copy of seed 000 with drafting slips, then save and read the file
  // (outside the workspace folder, so it is not in the other screenshots' Explorer; Quick Open takes a full path)
  const slipsFile = path.join(path.dirname(ws), 'drafts', 'slips.gongwen.txt');
  fs.mkdirSync(path.dirname(slipsFile), { recursive: true });
  let text = fs.readFileSync(path.join(ws, fs.readdirSync(ws).find((f) => f.startsWith('000_'))), 'utf8');
  for (const [from, to] of SLIPS) text = text.replace(from, to);
  fs.writeFileSync(slipsFile, text);
  const fixable = cliCheck(root, slipsFile).filter((d) => d.data?.fixes?.length);
  assert.ok(caps.codeActionProvider, 'the language server announces codeActionProvider');
  assert.ok(fixable.length, 'the checks offer fixes for the slips');
  const target = fixable[0];
  const fix = target.data.fixes[0];
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await quickInput.locator('input').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(slipsFile);
  await quickInput.locator('.monaco-list-row', { hasText: 'slips.gongwen.txt' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: 'slips.gongwen.txt' }).waitFor({ timeout: 15_000 });
  await goToLine(page, target.range.start);
  await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const item = menu.locator('.monaco-list-row', { hasText: fix.title });
  await item.first().waitFor({ timeout: 15_000 });
  await shot('quick-fix.png', `Ctrl+. on “${target.message}” offers “${fix.title}”`);
  // choose it with the keyboard, as the menu offers (arrows, Enter)
  for (let i = 0; i < 10 && !(await menu.locator('.monaco-list-row.focused', { hasText: fix.title }).count()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  assert.ok(await menu.locator('.monaco-list-row.focused', { hasText: fix.title }).count(), `“${fix.title}” can be chosen in the menu`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  // the saved file is the text with exactly the fix's edits applied
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let want = text;
  for (const e of [...fix.edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    want = want.slice(0, offset(e.range.start)) + e.newText + want.slice(offset(e.range.end));
  }
  const deadline = Date.now() + 15_000;
  while (fs.readFileSync(slipsFile, 'utf8') !== want) {
    if (Date.now() > deadline) assert.fail(`after “${fix.title}” and Ctrl+S the file should hold exactly the fix's edits`);
    await page.waitForTimeout(100); // polling the file on disk for the save, not a fixed sleep
  }
  await rows.filter({ hasText: target.message }).waitFor({ state: 'detached', timeout: 15_000 });
  log(`quick fix “${fix.title}” applied and saved; “${target.message}” left the Problems panel`);
  await shot('after-fix.png', 'after the quick fix: the problem is gone');
}
