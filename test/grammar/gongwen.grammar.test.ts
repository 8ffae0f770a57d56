// The TextMate grammar on real seed lines: each case names a line of a seed, a piece of it and the scope
// that piece must carry (or must not). Whole seeds are tokenized so multi-line rules (附件说明, a units
// bracket that wraps) see the same rule stack as in the editor.
import * as assert from 'assert';
import * as fs from 'fs';
import { tokenize, GRAMMAR_PATH, type Token } from '../helpers/tmGrammar';
import { seed } from '../helpers/seeds';

const cache = new Map<string, Promise<{ lines: string[]; tokens: Token[][] }>>();

function seedTokens(prefix: string) {
  let p = cache.get(prefix);
  if (!p) {
    const text = seed(prefix);
    p = tokenize(text).then((tokens) => ({ lines: text.split(/\r\n|\r|\n/), tokens }));
    cache.set(prefix, p);
  }
  return p;
}

/** Scopes of every token that overlaps the `nth` occurrence of `piece` on 1-based `line`. */
async function scopesAt(prefix: string, line: number, piece: string, nth = 0): Promise<string[][]> {
  const { lines, tokens } = await seedTokens(prefix);
  const text = lines[line - 1];
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(piece, at + 1);
  assert.ok(at >= 0, `seed ${prefix} line ${line} has no “${piece}”: ${text.slice(0, 60)}`);
  const out: string[][] = [];
  let pos = 0;
  for (const t of tokens[line - 1]) {
    const end = pos + t.text.length;
    if (end > at && pos < at + piece.length) out.push(t.scopes);
    pos = end;
  }
  return out;
}

async function expectScope(prefix: string, line: number, piece: string, scope: string, nth = 0): Promise<void> {
  const scopes = await scopesAt(prefix, line, piece, nth);
  const missing = scopes.filter((s) => !s.includes(scope));
  assert.deepStrictEqual(missing, [], `“${piece}” (seed ${prefix}:${line}) should be ${scope}; got ${JSON.stringify(scopes)}`);
}

async function expectNoScope(prefix: string, line: number, piece: string, scopePrefix: string): Promise<void> {
  const scopes = await scopesAt(prefix, line, piece);
  const hit = scopes.flat().filter((s) => s.startsWith(scopePrefix));
  assert.deepStrictEqual(hit, [], `“${piece}” (seed ${prefix}:${line}) must not be ${scopePrefix}`);
}

describe('TextMate grammar (text.gongwen)', () => {
  it('is valid JSON with the scope name the manifest declares', () => {
    const g = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.strictEqual(g.scopeName, 'text.gongwen');
    const pkg = JSON.parse(fs.readFileSync(require.resolve('../../package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'gongwen');
    assert.strictEqual(contributed.scopeName, 'text.gongwen');
    assert.strictEqual(contributed.path, './syntaxes/gongwen.tmLanguage.json');
  });

  describe('版头 and 通知', () => {
    it('发文字号: prefix, year in 〔〕, serial', async () => {
      await expectScope('000', 1, '宝政办规', 'entity.name.tag.doc-prefix.gongwen');
      await expectScope('000', 1, '〔', 'punctuation.definition.year.begin.gongwen');
      await expectScope('000', 1, '2024', 'constant.numeric.year.gongwen');
      await expectScope('000', 1, '6', 'constant.numeric.serial.gongwen');
      await expectScope('001', 5, '崇政办发', 'meta.doc-number.gongwen');
      await expectScope('003', 3, '2023', 'constant.numeric.year.gongwen');
    });
    it('a 发文字号 cited inside a sentence', async () => {
      await expectScope('000', 20, '中发〔2021〕30号', 'constant.other.doc-number.gongwen');
      await expectScope('004', 63, '泊政办字〔2021〕32号', 'constant.other.doc-number.gongwen');
    });
    it('标题, also when it wraps, and the plan title', async () => {
      await expectScope('000', 5, '关于印发', 'markup.heading.title.gongwen');
      await expectScope('000', 7, '的通知', 'markup.heading.title.gongwen');
      await expectScope('003', 4, '北安市人民政府办公室关于印发', 'markup.heading.title.gongwen');
      await expectScope('001', 7, '关于印发', 'markup.heading.title.gongwen');
      await expectScope('000', 18, '整体解决方案', 'markup.heading.title.gongwen');
      await expectScope('004', 11, '泊头市', 'markup.heading.title.gongwen');
    });
    it('a body sentence that cites a 关于… document is not a title', async () => {
      await expectNoScope('004', 13, '为贯彻落实', 'markup.heading.title');
      await expectNoScope('000', 11, '已经县政府常务会议审议通过', 'markup.heading.title');
    });
    it('主送机关', async () => {
      await expectScope('000', 9, '各乡（镇）人民政府', 'entity.name.addressee.gongwen');
      await expectScope('001', 9, '县工业集中区管委会', 'entity.name.addressee.gongwen');
      await expectScope('004', 3, '开发区管委会', 'entity.name.addressee.gongwen');
    });
    it('署名 and 成文日期', async () => {
      await expectScope('000', 15, '宝清县人民政府办公室', 'entity.name.department.gongwen');
      await expectScope('000', 17, '2024年9月29日', 'constant.other.date.gongwen');
    });
  });

  describe('结构层次序数: each level has its own scope', () => {
    it('第一层 一、', async () => {
      await expectScope('000', 34, '三、', 'keyword.other.ordinal.level-1.gongwen');
      await expectScope('000', 34, '重点任务', 'markup.heading.level-1.gongwen');
    });
    it('第一层 written 一． or 一. before a title (text taken from a PDF), and not before a number', async () => {
      const lines = ['一．总体要求', '二. 重点任务', '一.5个百分点'];
      const tokens = await tokenize(lines.join('\n'));
      // the scopes of the tokens overlapping `piece` on line `n`
      const scopesOf = (n: number, piece: string) => {
        const at = lines[n].indexOf(piece);
        let pos = 0;
        return tokens[n].flatMap((t) => {
          const from = pos;
          pos += t.text.length;
          return pos > at && from < at + piece.length ? t.scopes : [];
        });
      };
      assert.ok(scopesOf(0, '一．').includes('keyword.other.ordinal.level-1.gongwen'));
      assert.ok(scopesOf(0, '总体要求').includes('markup.heading.level-1.gongwen'));
      assert.ok(scopesOf(1, '二.').includes('keyword.other.ordinal.level-1.gongwen'));
      assert.ok(!scopesOf(2, '一.5').some((sc) => sc.includes('level-1')));
    });
    it('第二层 （一） and (三)', async () => {
      await expectScope('000', 36, '（一）', 'keyword.other.ordinal.level-2.gongwen');
      await expectScope('000', 36, '健全服务体系', 'entity.name.type.heading.level-2.gongwen');
      await expectScope('001', 62, '(三)', 'keyword.other.ordinal.level-2.gongwen');
      await expectScope('002', 62, '（二十一）', 'keyword.other.ordinal.level-2.gongwen');
    });
    it('第三层 1. and the task title sentence up to 。', async () => {
      await expectScope('000', 38, '1.', 'keyword.other.ordinal.level-3.gongwen');
      await expectScope('000', 38, '统筹规划服务设施建设。', 'entity.name.function.heading.level-3.gongwen');
      await expectNoScope('000', 38, '严格执行国家', 'entity.name.function.heading');
      await expectScope('001', 30, '加强科学规划布局。', 'entity.name.function.heading.level-3.gongwen');
    });
    it('a quotation inside a title keeps both scopes', async () => {
      await expectScope('000', 56, '“托幼一体化”', 'entity.name.function.heading.level-3.gongwen');
      await expectScope('000', 56, '“托幼一体化”', 'string.quoted.double.gongwen');
    });
    it('the four levels get four different title scopes', async () => {
      const titleScope = async (prefix: string, line: number, piece: string) =>
        (await scopesAt(prefix, line, piece))[0].find((s) => /heading\.level-\d/.test(s) && !s.startsWith('meta.'));
      const scopes = new Set([
        await titleScope('000', 34, '重点任务'),
        await titleScope('000', 36, '健全服务体系'),
        await titleScope('000', 38, '统筹规划服务设施建设'),
      ]);
      assert.strictEqual(scopes.size, 3);
      const g = fs.readFileSync(GRAMMAR_PATH, 'utf8');
      assert.ok(g.includes('variable.other.heading.level-4.gongwen'), 'level 4 has its own scope');
    });
  });

  describe('责任单位', () => {
    it('〔…〕 bracket: the units and the separators', async () => {
      await expectScope('000', 38, '〔', 'punctuation.definition.units.begin.gongwen');
      await expectScope('000', 38, '县住房和城乡建设局', 'entity.name.department.gongwen');
      await expectScope('000', 38, '县住房和城乡建设局', 'meta.units.gongwen');
      await expectScope('000', 42, '县委编办', 'entity.name.department.gongwen');
      await expectScope('000', 42, '〕', 'punctuation.definition.units.end.gongwen');
    });
    it('〔责任单位：…〕: the label', async () => {
      await expectScope('004', 35, '责任单位：', 'entity.other.label.gongwen');
      await expectScope('004', 35, '市卫健局', 'entity.name.department.gongwen');
    });
    it('（…按职责分工负责，…具体落实）: roles, and a bracket that wraps onto the next lines', async () => {
      await expectScope('001', 30, '民政局', 'entity.name.department.gongwen');
      await expectScope('001', 30, '按职责分工负责', 'keyword.other.role.gongwen');
      await expectScope('001', 36, '县财政局', 'entity.name.department.gongwen');
      await expectScope('001', 58, '发改局', 'entity.name.department.gongwen');
      await expectScope('001', 58, '具体落实', 'keyword.other.role.gongwen');
    });
    it('an ordinary parenthesis is not a units bracket', async () => {
      await expectNoScope('000', 9, '（镇）', 'meta.units');
      await expectNoScope('000', 20, '（中发〔2021〕30号）', 'meta.units');
      await expectNoScope('000', 30, '（敬老院）', 'meta.units');
    });
  });

  describe('附件说明 and attachments', () => {
    it('附件：1.… 2.…', async () => {
      await expectScope('000', 81, '附件', 'keyword.other.attachment-note.gongwen');
      await expectScope('000', 81, '1.', 'constant.numeric.attachment-item.gongwen');
      await expectScope('000', 83, '2.', 'constant.numeric.attachment-item.gongwen');
      await expectScope('000', 83, '工作重点任务分工表', 'entity.name.section.attachment-title.gongwen');
      await expectScope('002', 73, '2.', 'constant.numeric.attachment-item.gongwen');
      await expectScope('004', 115, '重大要素清单', 'entity.name.section.attachment-title.gongwen');
    });
    it('附件N heading and the title under it', async () => {
      await expectScope('000', 85, '附件', 'markup.heading.attachment.gongwen');
      await expectScope('000', 85, '1', 'constant.numeric.attachment.gongwen');
      await expectScope('000', 86, '工作专班', 'markup.heading.attachment-title.gongwen');
      await expectScope('000', 254, '附件', 'markup.heading.attachment.gongwen');
      await expectScope('000', 256, '工作重点任务分工表', 'markup.heading.attachment-title.gongwen');
      await expectScope('003', 342, '附件', 'markup.heading.attachment.gongwen');
      await expectScope('002', 77, '重点任务分工表', 'markup.heading.attachment-title.gongwen');
    });
    it('the 附件说明 ends before the attachments: 附件1 is a heading, not an item', async () => {
      await expectNoScope('000', 85, '附件', 'meta.attachment-note');
    });
  });

  describe('分工表 in plain text', () => {
    it('header cells, 序号 cells, section rows', async () => {
      await expectScope('000', 258, '序号', 'markup.bold.table-header.gongwen');
      await expectScope('000', 260, '责任单位', 'markup.bold.table-header.gongwen');
      await expectScope('000', 264, '1', 'constant.numeric.table-seq.gongwen');
      await expectScope('002', 119, '10', 'constant.numeric.table-seq.gongwen');
      await expectScope('000', 262, '健全服务体系', 'markup.heading.table-section.gongwen');
    });
    it('a units cell: departments, roles and 等有关部门', async () => {
      await expectScope('000', 266, '县住房和城乡建设局', 'entity.name.department.gongwen');
      await expectScope('002', 93, '市民政局', 'entity.name.department.gongwen');
      await expectScope('002', 93, '牵头', 'keyword.other.role.gongwen');
      await expectScope('002', 93, '相关乡镇（街道）人民政府', 'entity.name.department.gongwen');
      await expectScope('002', 85, '等有关部门（单位）', 'keyword.other.general.gongwen');
      await expectScope('002', 231, '中国人民银行万源市支行', 'entity.name.department.gongwen');
    });
    it('a task cell is not a units cell, even when a word ends like a department', async () => {
      await expectNoScope('000', 269, '优化城乡养老服务布局', 'entity.name.department');
      await expectNoScope('002', 112, '提升社区日间照料中心', 'entity.name.department');
    });
    it('a wrapped units cell: one department per line', async () => {
      await expectScope('003', 891, '市人社局', 'entity.name.department.gongwen');
    });
  });

  describe('numbers, dates, titles of works, quotations', () => {
    it('numbers with their units', async () => {
      await expectScope('000', 30, '55', 'constant.numeric.gongwen');
      await expectScope('000', 30, '%', 'keyword.other.unit.gongwen');
      await expectScope('001', 42, '1300', 'constant.numeric.gongwen');
      await expectScope('001', 42, '平方米', 'keyword.other.unit.gongwen');
      await expectScope('001', 42, '张', 'keyword.other.unit.gongwen');
      await expectScope('004', 43, '万人', 'keyword.other.unit.gongwen');
    });
    it('dates', async () => {
      await expectScope('000', 28, '2025年', 'constant.other.date.gongwen');
      await expectScope('004', 39, '2025 年底', 'constant.other.date.gongwen');
      await expectScope('001', 14, '2021年11月8日', 'constant.other.date.gongwen');
    });
    it('《书名》 and “引文”', async () => {
      await expectScope('000', 11, '《宝清县', 'string.quoted.book.gongwen');
      await expectScope('000', 11, '整体解决方案》', 'string.quoted.book.gongwen');
      await expectScope('000', 24, '“一老一小”', 'string.quoted.double.gongwen');
    });
  });

  describe('版记', () => {
    it('抄送 and its recipients', async () => {
      await expectScope('000', 362, '抄送', 'keyword.other.copy-to.gongwen');
      await expectScope('000', 362, '县纪委办', 'entity.name.department.gongwen');
      await expectScope('001', 94, '人大常委会办公室', 'entity.name.department.gongwen');
    });
    it('印发机关, 印发日期 and 印发', async () => {
      await expectScope('000', 366, '宝清县人民政府办公室', 'entity.name.organization.printer.gongwen');
      await expectScope('000', 366, '2024年9月29日', 'constant.other.date.gongwen');
      await expectScope('000', 366, '印发', 'keyword.other.printed.gongwen');
      await expectScope('001', 100, '印发', 'keyword.other.printed.gongwen');
    });
  });
});
