// Parser addition: a 附件说明 in the GB/T 9704 position (between a 通知's 正文 and its 署名).
import * as assert from 'assert';
import { analyze } from '../../server/src/core/engine/analyze';

const NOTICE = [
  '宝政办发〔2024〕3号',
  '',
  '关于印发《宝清县养老服务工作方案》的通知',
  '',
  '各乡（镇）人民政府，县政府各部门：',
  '',
  '　　《宝清县养老服务工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
  '',
  '附件：1.宝清县养老服务工作方案',
  '　　　2.重点任务分工表',
  '',
  '宝清县人民政府办公室',
  '',
  '2024年9月5日',
  '',
];

describe('附件说明 inside a 通知', () => {
  it('is read as the 附件说明, with both items, and the 通知 keeps its 署名 and 成文日期', () => {
    const text = [...NOTICE, '附件1', '', '宝清县养老服务工作方案', '', '附件2', '', '重点任务分工表', ''].join('\n');
    const { model, diagnostics } = analyze(text);
    assert.deepStrictEqual(model.attachmentNote?.items.map((i) => [i.number, i.title]), [[1, '宝清县养老服务工作方案'], [2, '重点任务分工表']]);
    assert.strictEqual(model.attachmentNote?.range.start.line, 8);
    assert.strictEqual(model.notice?.signature?.text, '宝清县人民政府办公室');
    assert.strictEqual(model.notice?.date?.text, '2024年9月5日');
    assert.ok(!diagnostics.some((d) => d.code === 'structure/attachment-missing'));
  });

  it('an item whose attachment never follows is reported, as for a 附件说明 after the body', () => {
    const text = [...NOTICE, '附件1', '', '宝清县养老服务工作方案', ''].join('\n');
    const { diagnostics } = analyze(text);
    const missing = diagnostics.filter((d) => d.code === 'structure/attachment-missing');
    assert.strictEqual(missing.length, 1);
    assert.strictEqual(missing[0].range.start.line, 9);
  });
});
