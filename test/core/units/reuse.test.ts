// The registry and the task↔row match are kept from one version to the next (a template of the
// lists, the last match of a document of the same shape): what a version gets from them must be
// exactly what it would compute from scratch, after an edit outside the lists, inside one, and in
// a paragraph a 分工表 row quotes.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { buildRegistry, type UnitRegistry } from '../../../server/src/core/units/registry';
import { matchTasksToRows } from '../../../server/src/core/units/match';
import { clearMemos } from '../../../server/src/core/text/memo';
import { seed } from '../../helpers/seeds';

const config = { unitAliases: {} };

function dump(r: UnitRegistry): string {
  return JSON.stringify({
    mentions: r.mentions,
    lists: r.lists.map((l) => ({ task: l.task, table: l.table, row: l.row, items: l.split.items, mentions: l.mentions })),
    forms: [...r.forms],
    joined: r.joined.map((j) => ({ list: r.lists.indexOf(j.list), item: j.item, at: j.at, first: j.first, second: j.second })),
    nearMisses: r.nearMisses,
    departments: r.departments,
    unknown: r.unknownNames(),
  });
}

/** Inserts `text` after the first occurrence of `after`. */
function insertAfter(doc: string, after: string, text: string): string {
  const at = doc.indexOf(after);
  assert.ok(at >= 0, after);
  return doc.slice(0, at + after.length) + text + doc.slice(at + after.length);
}

describe('units: kept from one version to the next', () => {
  const base = seed('002');
  const versions: [string, string][] = [
    ['the same text again', base],
    ['an edit in a sentence outside every list', insertAfter(base, '。', '的')],
    ['an edit inside a units cell', insertAfter(base, '市民政局', '的')],
    ['a line inserted above everything', '\n' + base],
    ['the text before the first edit again', base],
  ];

  it('the registry placed from its template equals one built cold', () => {
    buildRegistry(parse(base), config);
    for (const [what, text] of versions) {
      const warm = dump(buildRegistry(parse(text), config));
      clearMemos();
      const cold = dump(buildRegistry(parse(text), config));
      assert.strictEqual(warm, cold, what);
      // warm again for the next version
      buildRegistry(parse(base), config);
    }
  });

  it('lists and names that stay where they were are taken over; those that moved are placed again (seed 000)', () => {
    const doc = seed('000');
    const abbreviated = doc.replace('、县社区指导中心〕', '、社区指导中心〕');
    assert.notStrictEqual(abbreviated, doc);
    // each version follows the one before it, so each is placed from the last version's placement
    const chain: [string, string][] = [
      ['seed 000', doc],
      ['the same text again', doc],
      ['an edit in a task before its bracket, on the same line', insertAfter(doc, '统筹规划服务设施建设。严格执行', '的')],
      ['an edit in a member line before the department', insertAfter(doc, '王云峰', '峰')],
      ['an edit in a sentence outside every list', insertAfter(doc, '专班下设办公室', '的')],
      ['an edit inside a task bracket', insertAfter(doc, '〔县住房和城乡建设局', '的')],
      ['the bracket mended and a line inserted above everything', '\n' + doc],
      ['seed 000 again', doc],
      ['a line inserted above everything', '\n' + doc],
      // 社区指导中心 gets its 县 back from the other lists' 县社区指导中心: once they are gone, its own list,
      // unchanged and where it was, reads otherwise
      ['one 县社区指导中心 written without its 县', abbreviated],
      ['every other 县社区指导中心 renamed', abbreviated.split('县社区指导中心').join('县社区服务站')],
    ];
    clearMemos();
    const warm: string[] = [];
    for (const [, text] of chain) warm.push(dump(buildRegistry(parse(text), config)));
    chain.forEach(([what, text], i) => {
      clearMemos();
      assert.strictEqual(warm[i], dump(buildRegistry(parse(text), config)), what);
    });
  });

  it('the kept match equals one made cold, also after an edit in a quoted paragraph', () => {
    const quoted = parse(base).paragraphs.find((p) => p.region === 'body' && p.text.length > 40)!;
    const inQuote = base.replace(quoted.text.slice(0, 20), quoted.text.slice(0, 20) + '的');
    for (const [what, text] of [...versions, ['an edit in a quoted paragraph', inQuote] as [string, string]]) {
      matchTasksToRows(parse(base));
      const warm = JSON.stringify(matchTasksToRows(parse(text)));
      clearMemos();
      const cold = JSON.stringify(matchTasksToRows(parse(text)));
      assert.strictEqual(warm, cold, what);
    }
  });

  it('the kept match follows chained edits in quoted paragraphs, each compared with the one before (seed 002)', () => {
    // paragraphs the rows quote (（三）… and （十六）…): edited after their heading's title, so the headings stay
    const quotedBy = new Set(matchTasksToRows(parse(base)).pairs.filter((p) => p.how === 'quote').map((p) => p.paragraph));
    const [first, second] = parse(base)
      .paragraphs.filter((p) => quotedBy.has(p.index) && p.heading && p.text.length > 80)
      .map((p) => p.text);
    const title = second.indexOf('。') + 1;
    const broken1 = base.replace(first, first.slice(0, 30) + '的' + first.slice(30));
    const broken2 = broken1.replace(second, second.slice(0, 40) + '的' + second.slice(40, 60) + '的' + second.slice(60));
    const gone = base.replace(second, second.slice(0, title) + '本段改写。');
    const chain: [string, string][] = [
      ['seed 002', base],
      ['an edit in one quoted paragraph', broken1],
      ['and in another', broken2],
      ['both mended', base],
      ['a quoted paragraph rewritten', gone],
      ['seed 002 again', base],
    ];
    clearMemos();
    const warm = chain.map(([, text]) => JSON.stringify(matchTasksToRows(parse(text))));
    chain.forEach(([what, text], i) => {
      clearMemos();
      assert.strictEqual(warm[i], JSON.stringify(matchTasksToRows(parse(text))), what);
    });
    // the chain is not vacuous: rewriting a quoted paragraph changes the match
    assert.notStrictEqual(warm[4], warm[0]);
  });
});
