// Punctuation that leaves an empty place in a units list: 、、, a list that ends or starts with 、,
// a 、 between the last unit and its 按职责分工负责. Deleting the extra mark never loses a word.
import type { Finding, Rule } from '../types';
import { getRegistry, type UnitListRef } from '../../units/registry';
import type { Separator } from '../../units/split';
import { spanRange } from '../../text/span';
import { clip } from '../../units/describe';

const MARK_NAME: Record<string, string> = { '、': '顿号', '，': '逗号', ',': '逗号', '；': '分号', ';': '分号', '。': '句号', 和: '“和”', 及: '“及”', 与: '“与”' };

function markName(c: string): string {
  return MARK_NAME[c] ?? `“${c}”`;
}

function finding(list: UnitListRef, sep: Separator, message: string): Finding {
  const range = spanRange(list.span, sep.offset, sep.offset + 1);
  return {
    range,
    message,
    fixes: [{ title: `删除多余的${markName(sep.char)}`, edits: [{ range, newText: '' }], safe: true }],
  };
}

function listText(list: UnitListRef): string {
  const { offsets, items } = list.split;
  if (!items.length) return '';
  const last = items.length - 1;
  return clip(list.span.text.slice(offsets[0], offsets[last] + items[last].raw.length), 40);
}

export const rule: Rule = {
  meta: {
    id: 'units/malformed',
    family: 'units',
    severity: 'warning',
    description: {
      zh: '责任单位列表中有空项：连用顿号、列表以顿号开头或结尾、顿号隔开了单位与分工说明',
      en: 'An empty item in a units list: a doubled, leading or trailing separator',
    },
    fixable: true,
  },
  run({ model, config, shared }) {
    const reg = getRegistry(model, config, shared);
    const findings: Finding[] = [];
    // an index loop: this runs once per analysis, mostly before it is optimised (for…of made an object per step)
    for (let l = 0; l < reg.lists.length; l++) {
      const list = reg.lists[l];
      // the content's cached split, not the split placed in the span: its names are the same, and a list is
      // placed (its items given ranges) only when one of them is blank
      const rel = list.rel.items;
      for (let i = 0; i < rel.length; i++) {
        // nearly every item has a name: the test that skips it is the whole cost. A name that starts with a
        // character above U+3000 (every CJK one) is not blank: no whitespace lies there but U+FEFF
        const c = rel[i].name.charCodeAt(0);
        if ((c > 0x3000 && c !== 0xfeff) || rel[i].name.trim()) continue;
        const { items, before } = list.split;
        const item = items[i];
        const sep = before[i];
        const raw = item.raw.trim();
        if (raw) {
          // 市财政局、按职责分工负责: the role belongs to the units before it; a comma there is normal prose
          if (sep && sep.char === '、' && i > 0) {
            const prev = items[i - 1].raw;
            findings.push(finding(list, sep, `“${prev}、${raw}”中多了顿号：“${raw}”说明前面各单位的分工，不是单位名称，应写作“${prev}${raw}”。`));
          }
          continue;
        }
        if (sep && i === items.length - 1) {
          // a cell that ends with ； is a sentence that ends; only a dangling 、 or ， leaves a gap
          if (sep.char === '；' || sep.char === ';') continue;
          findings.push(finding(list, sep, `责任单位列表“${listText(list)}”以${markName(sep.char)}结尾，多了一个${markName(sep.char)}。`));
        } else if (sep) {
          // 负责。， — the 。 ends a sentence, the mark after it is the extra one (reported as trailing or doubled in
          // its own turn); deleting the 。 as well would merge two sentences
          if (sep.char === '。' || sep.char === '；' || sep.char === ';') continue;
          const prev = i > 0 ? items[i - 1].raw : '';
          const next = i + 1 < items.length ? items[i + 1].raw : '';
          const second = before[i + 1]?.char ?? sep.char;
          findings.push(finding(list, sep, second === sep.char
            ? `“${prev}${sep.char}${sep.char}${next}”连用两个${markName(sep.char)}：两个单位之间只用一个，或中间漏写了单位名称。`
            : `“${prev}${sep.char}${second}${next}”连用${markName(sep.char)}和${markName(second)}：多了一个${markName(sep.char)}，或中间漏写了单位名称。`));
        } else if (i === 0 && before[1]) {
          findings.push(finding(list, before[1], `责任单位列表以${markName(before[1].char)}开头，多了一个${markName(before[1].char)}。`));
        }
      }
    }
    return findings;
  },
};
