// Text extracted from a PDF arrives hard-wrapped every 25–40 characters, inside names and numbers alike
// (县人力资源和社 / 会保障局, 每千人口4. / 5个托位数). Wrapping a seed's long lines must not change what
// Gongwen says about it: the same checks at the same severities with the same messages, line numbers aside.
import * as assert from 'assert';
import { analyze } from '../../server/src/core/engine/analyze';
import { seed } from '../helpers/seeds';

/** The seed with every line over 60 characters that is not a table cell cut every `width` characters. */
function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length <= 60 || line.startsWith('\t')) out.push(line);
    else for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  }
  return out.join('\n');
}

/** What a drafter reads, without what wrapping moves: line numbers, counts of places, spaces. */
function said(text: string): string[] {
  return analyze(text).diagnostics
    .map((d) => `${d.code} ${d.severity} ${d.message}`.replace(/第[\d、—-]+行/g, '第N行').replace(/\d+(次|处)/g, 'K$1').replace(/[ \u3000]/g, ''))
    .sort();
}

describe('hard-wrapped seeds say what the seeds say', () => {
  // seed 003's long lines include table cells' continuation lines, which a wrap of this kind breaks apart
  for (const p of ['000', '001', '002', '004']) {
    const plain = said(seed(p));
    for (const width of [25, 28, 31, 35, 41]) {
      it(`seed ${p} wrapped at ${width}`, () => assert.deepStrictEqual(said(hardWrap(seed(p), width)), plain));
    }
  }
});
