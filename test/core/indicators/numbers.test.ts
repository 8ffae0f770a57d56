// The hand-written value reader against the regular expression it replaced: the same value, unit and
// extent for every prefix of text built from the characters values are written with.
import * as assert from 'assert';
import { randomText, seededRandom } from '../../helpers/randomText';
import { CMP_WORDS, comparisonWordAt, isDigitCode, parseValueAt, VALUE_GOES_ON } from '../../../server/src/core/indicators/numbers';

const SP = '[ \\u3000]*';
const DIGITS = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const UNITS = '%|％|‰|人次|平方米|个|张|人|名|所|家|处|项|岁|床|户|元|次|班';
const POST = '及以上|以上|以下|左右|多|余';
const VALUE = new RegExp(`^(${DIGITS})(?:${SP}[/／]${SP}(${DIGITS}))?(?:${SP}[-—–~～]${SP}(${DIGITS}))?${SP}(万|亿)?${SP}(${UNITS})?(?:${SP}(${POST}))?`);
const CMP = new RegExp(`^(?:${CMP_WORDS})`);

const num = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace('．', '.'));
const decimals = (s: string) => (/[.．]/.test(s) ? s.length - s.search(/[.．]/) - 1 : 0);

/** What the expression read: the matched text, trailing spaces dropped, its parts and its value. */
function reference(text: string, at: number): string | undefined {
  const m = VALUE.exec(text.slice(at, at + 48));
  if (!m) return undefined;
  const [raw, a, denom, upper, scaleWord, unitRaw = '', post] = m;
  if (denom && !num(denom)) return undefined;
  const scale = scaleWord === '万' ? 10000 : scaleWord === '亿' ? 1e8 : 1;
  const value = denom ? (num(a) / num(denom)) * 100 : num(a) * scale;
  const resolution = denom ? 0 : Math.pow(10, -decimals(a)) * scale;
  return JSON.stringify([raw.replace(/[ \u3000]+$/, ''), a, upper ? num(upper) * scale : '', scale, unitRaw, post ?? '', !!denom, value, resolution]);
}

function actual(text: string, at: number): string | undefined {
  const v = parseValueAt(text, at);
  if (!v) return undefined;
  return JSON.stringify([v.raw, v.digits, v.max ?? '', v.scale, v.unitRaw, v.post ?? '', !!v.fraction, v.value, v.resolution]);
}

describe('indicator value reader', () => {
  it('VALUE_GOES_ON marks every digit isDigitCode accepts (filled by range, not by a loop over every code)', () => {
    for (let c = 0; c < 65536; c++) if (isDigitCode(c)) assert.strictEqual(VALUE_GOES_ON[c], 1, c.toString(16));
    assert.strictEqual(VALUE_GOES_ON['年'.charCodeAt(0)], 0);
  });

  it('reads what the regular expression read, on 20,000 random strings', () => {
    const pieces = ['1', '2', '0', '５', '.', '．', '/', '／', '-', '—', '–', '~', '～', ' ', '　', '万', '亿', '%', '％', '‰', '人', '次', '人次', '平方米', '平方', '个', '张', '名', '以上', '及以上', '以下', '左右', '多', '余', '及', '以', '年', '，', 'a'];
    const rnd = seededRandom(7);
    for (let k = 0; k < 20_000; k++) {
      let t = randomText(rnd, pieces, 14);
      // long runs of spaces and digits, for the 48-character window
      if (k % 50 === 0) t = '1' + ' '.repeat(rnd(60)) + t + '9'.repeat(rnd(60)) + '个';
      for (let at = 0; at < t.length; at++) assert.strictEqual(actual(t, at), reference(t, at), JSON.stringify([t, at]));
    }
  });
  it('reads a count written with thousands separators as one number (1,449个; 1,200,000人)', () => {
    assert.deepStrictEqual([parseValueAt('1,449个', 0)?.value, parseValueAt('1,449个', 0)?.unit], [1449, '个']);
    assert.strictEqual(parseValueAt('常住人口1,200,000人', 4)?.value, 1200000);
    assert.strictEqual(parseValueAt('５,４００个', 0)?.value, 5400);
    // not three digits after the comma, or more than three before it: two numbers
    assert.strictEqual(parseValueAt('1,2个', 0)?.raw, '1');
    assert.strictEqual(parseValueAt('1,4495个', 0)?.raw, '1');
    assert.strictEqual(parseValueAt('2025,203个', 0)?.raw, '2025');
  });
  it('finds the comparison word the expression found, within the limit', () => {
    const t = '达到或超过达到达力争达到不低于不低≥＝为是占约近提高到稳定在x';
    for (let at = 0; at < t.length; at++) {
      for (let end = at; end <= t.length; end++) assert.strictEqual(comparisonWordAt(t, at, end), CMP.exec(t.slice(at, end))?.[0], `${at} ${end}`);
    }
  });
});
