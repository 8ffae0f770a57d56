// Checks that keep their last version's result (engine/lastResult.ts, the bracket scan's and
// doc-number's per-paragraph readings, the engine's reused diagnostics) must answer exactly as a
// first reading does, through edits that change what they read: a marker, a 序号 cell, a claim, a
// cited number, a title's place, a paragraph added above everything.
import * as assert from 'assert';
import { analyze } from '../../../server/src/core/engine/analyze';
import { clearMemos } from '../../../server/src/core/text/memo';
import { seed } from '../../helpers/seeds';

type Edit = (text: string) => string;

/** Replaces the first match of `re` (which must match: an edit that does nothing tests nothing). */
function replace(re: RegExp, by: string): Edit {
  return (text) => {
    assert.match(text, re);
    return text.replace(re, by);
  };
}

const EDITS: Edit[] = [
  replace(/〔2020〕52号/, '〔2020〕052号'), // a cited number goes wrong
  replace(/\n二、/, '\n三、'), // a heading ordinal repeats
  replace(/\n三、/, '\n二、'), // …and is put back (the first 三、 is the one changed above)
  replace(/\n1\.(?=\S)/, '\n托育方面：\n1.'), // a lead-in paragraph starts a sub-list
  replace(/\n1\.(?=\S)/, '\n附：1.名单\n2.'), // a lead-in holds a list's first item…
  replace(/附：1\.名单/, '附：名单'), // …and no longer does (only the lead-in's text changes)
  replace(/\n(（[一二三四五六七八九十]）)([^\n]{4})/, '\n$1$2（共3项）'), // a heading claims a count
  replace(/\n2\t/, '\n3\t'), // a table's 序号 repeats
  replace(/^/, '\n'), // every line moves down one
  replace(/（/, '('), // a bracket changes width
  replace(/〔2020〕052号/, '〔2020〕52号'), // the cited number is put right
  replace(/^\n/, ''), // and the lines move back
];

function diagnostics(text: string): string {
  return JSON.stringify(analyze(text).diagnostics);
}

describe('results kept from the last version', function () {
  this.timeout(60_000);
  afterEach(() => clearMemos());

  for (const p of ['000', '002', '003']) {
    it(`seed ${p}: each edit analysed after the last version equals a cold analysis`, () => {
      let text = seed(p);
      clearMemos();
      analyze(text);
      let applied = 0;
      for (const edit of EDITS) {
        let next: string;
        try {
          next = edit(text);
        } catch {
          continue; // the seed has no such place
        }
        text = next;
        applied++;
        const warm = diagnostics(text);
        clearMemos();
        // the cold analysis also leaves the state the next edit's warm analysis starts from
        assert.strictEqual(diagnostics(text), warm, `edit ${EDITS.indexOf(edit)} of seed ${p}`);
        // the same text again: every check that keeps its result returns it as it is
        assert.strictEqual(diagnostics(text), warm);
      }
      assert.ok(applied >= 5, `only ${applied} edits applied to seed ${p}`);
    });
  }
});
