// yearMatches finds a year from the year outwards; it must find what the expression it replaced found.
import * as assert from 'assert';
import { randomText, seededRandom } from '../../helpers/randomText';
import { yearMatches } from '../../../server/src/core/indicators/years';

const YEAR = /(截至|截止到|截止|到|至|自|从|在|于)?[ \u3000]*((?:19|20)[0-9]{2})[ \u3000]*年(?:年?底|年?末|年?初|度)?[ \u3000]*(起|以来|前)?/g;

function reference(text: string): string {
  return JSON.stringify([...text.matchAll(YEAR)].map((m) => [m.index, m.index! + m[0].length, m[1], Number(m[2]), m[3]]));
}

function actual(text: string): string {
  return JSON.stringify(yearMatches(text).map((m) => [m.index, m.end, m.prefix, m.year, m.suffix]));
}

describe('indicator years', () => {
  it('finds the years the expression found, on 30,000 random strings', () => {
    const pieces = ['截至', '截止到', '截止', '截', '止', '到', '至', '自', '从', '在', '于', ' ', '　', '2025', '2020', '1999', '20', '19', '2', '0', '5', '年', '年底', '底', '末', '初', '度', '起', '以来', '以', '来', '前', '，', '目标'];
    const rnd = seededRandom(11);
    for (let k = 0; k < 30_000; k++) {
      const t = randomText(rnd, pieces, 16);
      assert.strictEqual(actual(t), reference(t), JSON.stringify(t));
    }
  });
  it('reads the forms the plans write', () => {
    assert.strictEqual(actual('截至2020年年末，到 2025 年，自2022年起，“十四五”以来，2019年以来'), reference('截至2020年年末，到 2025 年，自2022年起，“十四五”以来，2019年以来'));
    assert.deepStrictEqual(yearMatches('到2025年底').map((m) => [m.prefix, m.year]), [['到', 2025]]);
  });
});
