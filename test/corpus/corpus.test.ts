// Golden snapshots of every seed: the model a drafter would recognise and every diagnostic.
// A change that moves them shows up in review; UPDATE=1 npm test rewrites them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/engine/analyze';
import type { DocumentModel } from '../../server/src/core/model/types';
import type { Diagnostic } from '../../server/src/core/rules/types';
import { SEED_FILES, SEEDS_DIR } from '../helpers/seeds';

const SNAP_DIR = path.join(__dirname, 'snapshots');

function summarise(m: DocumentModel, diagnostics: Diagnostic[]) {
  const at = (r: { start: { line: number; character: number } }) => `${r.start.line + 1}:${r.start.character + 1}`;
  return {
    head: { docNumber: m.head.docNumber?.text, issuer: m.head.issuer?.text },
    notice: m.notice && { title: m.notice.title?.text, addressee: m.notice.addressee?.text, signature: m.notice.signature?.text, date: m.notice.date?.text },
    planTitle: m.planTitle?.text,
    jurisdiction: m.jurisdiction,
    startsMidway: m.startsMidway,
    headings: m.headings.map((h) => `${at(h.markerRange)} ${h.region}${h.attachment ?? ''} L${h.level} ${h.marker}${h.title}`),
    tasks: m.tasks.map((t) => `${at(t.range)} ${t.title} 〔${t.units.items.map((u) => u.name + (u.role ? '/' + u.role : '')).join('、')}〕`),
    attachmentNote: m.attachmentNote?.items.map((i) => `${at(i.range)} ${i.marker}${i.title}`),
    attachments: m.attachments.map((a) => `${at(a.labelRange)} ${a.label} ${a.title?.text ?? ''}`),
    tables: m.tables.map((t) => ({
      at: at(t.range),
      title: t.title?.text,
      attachment: t.attachment,
      header: t.header.cells.map((c) => c.text),
      rows: t.rows.filter((r) => r.kind !== 'header').map((r) => (r.kind === 'section' ? '§ ' + r.cells[0].text : `${r.seq}: ${r.cells.length} cells`)),
    })),
    banji: m.banji && { copyTo: m.banji.copyTo?.text, printer: m.banji.printer?.text, printDate: m.banji.printDate?.text },
    diagnostics: diagnostics.map((d) => `${at(d.range)} ${['', 'error', 'warning', 'information', 'hint'][d.severity]} [${d.code}] ${d.message}`),
  };
}

describe('corpus snapshots', () => {
  for (const file of SEED_FILES) {
    it(file, () => {
      const text = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
      const { model, diagnostics } = analyze(text);
      const actual = JSON.parse(JSON.stringify(summarise(model, diagnostics)));
      const snap = path.join(SNAP_DIR, file.replace(/\.txt$/, '.json'));
      if (process.env.UPDATE || !fs.existsSync(snap)) {
        fs.mkdirSync(SNAP_DIR, { recursive: true });
        fs.writeFileSync(snap, JSON.stringify(actual, null, 2) + '\n');
      }
      assert.deepStrictEqual(actual, JSON.parse(fs.readFileSync(snap, 'utf8')));
    });
  }

  it('seed 000 is clean: no error and no warning', () => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, SEED_FILES[0]), 'utf8');
    const bad = analyze(text).diagnostics.filter((d) => d.severity <= 2);
    assert.deepStrictEqual(bad.map((d) => `${d.range.start.line + 1}: [${d.code}] ${d.message}`), []);
  });
});
