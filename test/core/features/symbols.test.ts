// The outline on the real seeds: what a drafter sees in the Outline view and the breadcrumbs.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { documentSymbols, SymbolKind, type SymbolNode } from '../../../server/src/core/features/symbols';
import type { Range } from '../../../server/src/core/model/types';
import { SEED_FILES, seed } from '../../helpers/seeds';

const contains = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

function walk(nodes: SymbolNode[], f: (n: SymbolNode, parent?: SymbolNode) => void, parent?: SymbolNode) {
  for (const n of nodes) {
    f(n, parent);
    walk(n.children, f, n);
  }
}

function find(nodes: SymbolNode[], name: string): SymbolNode {
  let hit: SymbolNode | undefined;
  walk(nodes, (n) => {
    if (!hit && n.name === name) hit = n;
  });
  assert.ok(hit, `no symbol “${name}”`);
  return hit;
}

describe('document symbols', () => {
  for (const file of SEED_FILES) {
    it(`${file}: selection inside range, children inside parents, siblings in order`, () => {
      const syms = documentSymbols(parse(seed(file.slice(0, 3))));
      assert.ok(syms.length > 0);
      walk(syms, (n, parent) => {
        assert.ok(contains(n.range, n.selectionRange), `${n.name}: selection outside range`);
        if (parent) assert.ok(contains(parent.range, n.range), `${n.name} lies outside ${parent.name}`);
        assert.ok(n.name.trim().length > 0);
      });
      walk(syms, (n) => {
        for (let i = 1; i < n.children.length; i++) {
          const a = n.children[i - 1].range.start;
          const b = n.children[i].range.start;
          assert.ok(a.line < b.line || (a.line === b.line && a.character <= b.character), `${n.name}: children out of order`);
        }
      });
    });
  }

  describe('seed 000', () => {
    const syms = documentSymbols(parse(seed('000')));
    it('top level: 发文字号, 发文机关, 通知, the plan, 附件说明, two attachments, 版记', () => {
      assert.deepStrictEqual(
        syms.map((s) => s.name),
        ['宝政办规〔2024〕6号', '宝清县人民政府办公室', '关于印发《宝清县“一老一小”整体解决方案》的通知', '宝清县“一老一小”整体解决方案', '附件说明', '附件1 宝清县“一老一小”工作专班', '附件2 宝清县“一老一小”工作重点任务分工表', '版记'],
      );
    });
    it('the 通知 holds its 主送机关, 署名 and 成文日期', () => {
      assert.deepStrictEqual(syms[2].children.map((c) => c.detail), ['主送机关', '发文机关署名', '成文日期']);
    });
    it('the 版记 holds its 抄送, 印发机关 and 印发日期, and is selected at its first line', () => {
      const banji = syms[syms.length - 1];
      assert.deepStrictEqual(banji.children.map((c) => [c.name, c.detail]), [
        ['抄送：县委办，县纪委办。县人大办，县政协办。', '抄送'],
        ['宝清县人民政府办公室', '印发机关'],
        ['2024年9月29日', '印发日期'],
      ]);
      assert.deepStrictEqual(banji.selectionRange, banji.children[0].selectionRange);
    });
    it('plan → headings → tasks: 三、重点任务 › （一）健全服务体系 › six tasks with their units', () => {
      const plan = syms[3];
      assert.deepStrictEqual(plan.children.map((c) => c.name), ['一、指导思想', '二、发展目标', '三、重点任务', '四、保障措施']);
      const s1 = find(plan.children, '（一）健全服务体系');
      assert.strictEqual(s1.kind, SymbolKind.Class);
      assert.strictEqual(s1.children.length, 6);
      const t1 = s1.children[0];
      assert.strictEqual(t1.name, '1.统筹规划服务设施建设');
      assert.strictEqual(t1.kind, SymbolKind.Event, 'a heading that carries a units bracket is a task');
      assert.strictEqual(t1.detail, '县住房和城乡建设局、县自然资源局、县发改局等13个单位');
      assert.strictEqual(t1.selectionRange.start.line, 37);
      // the section of 三、 runs to the end of its last task, before 四、
      assert.strictEqual(find(plan.children, '三、重点任务').range.end.line, 71);
    });
    it('the 分工表 under 附件2, with its section rows and their data rows', () => {
      const table = syms[6].children[0];
      assert.strictEqual(table.kind, SymbolKind.Array);
      assert.strictEqual(table.name, '宝清县“一老一小”工作重点任务分工表');
      assert.deepStrictEqual(table.children.map((c) => c.name), ['一、健全服务体系', '二、创新供给体系', '三、拓展供给范围', '四、规范监管体系', '五、保障措施']);
      assert.deepStrictEqual(table.children.map((c) => c.children.length), [6, 5, 5, 3, 3]);
      const row = table.children[0].children[1];
      assert.strictEqual(row.name, '2 优化城乡养老服务布局');
      assert.strictEqual(row.range.start.line, 267);
    });
  });

  it('seed 004: a second task under a heading is a child of that heading', () => {
    const syms = documentSymbols(parse(seed('004')));
    const goal = find(syms, '（二）具体目标');
    assert.strictEqual(goal.kind, SymbolKind.Event);
    assert.deepStrictEqual(goal.children.map((c) => [c.name, c.kind]), [['托育方面', SymbolKind.Event]]);
  });

  it('seed 002: a plan without 通知, attachments holding their tables', () => {
    const syms = documentSymbols(parse(seed('002')));
    assert.ok(!syms.some((s) => s.detail === '通知'));
    const a1 = syms.find((s) => s.name.startsWith('附件1'))!;
    assert.strictEqual(a1.children[0].kind, SymbolKind.Array);
    assert.strictEqual(a1.children[0].children.length, 52);
  });

  it('seed 003: tables inside the body sit under the heading that contains them', () => {
    const syms = documentSymbols(parse(seed('003')));
    const h = find(syms, '（一）养老服务体系');
    assert.ok(h.children.some((c) => c.kind === SymbolKind.Array && c.name.includes('养老服务主要发展指标')));
  });

  it('an empty document has no symbols; a lone heading has one', () => {
    assert.deepStrictEqual(documentSymbols(parse('')), []);
    const one = documentSymbols(parse('一、总体要求\n'));
    assert.strictEqual(one.length, 1);
    assert.ok(JSON.stringify(one).includes('一、总体要求'));
  });
});
