// The two parser additions the structure checks needed, pinned on their own.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { doc } from '../../helpers/ruleTester';

describe('parser additions for the structure checks', () => {
  it('a 发文字号 written with 第 before the serial is still the 发文字号', () => {
    const m = parse(doc('宝政办规〔2024〕第6号', '', '宝清县人民政府办公室', '', '关于印发《宝清县“一老一小”整体解决方案》的通知', '', '各乡（镇）人民政府：'));
    assert.strictEqual(m.head.docNumber?.text, '宝政办规〔2024〕第6号');
    assert.strictEqual(m.head.docNumber?.serial, 6);
    assert.strictEqual(m.notice?.title?.text, '关于印发《宝清县“一老一小”整体解决方案》的通知');
  });

  it('a 抄送 line missing its 。 does not swallow the 印发 line', () => {
    const m = parse(doc('宝清县“一老一小”整体解决方案', '', '一、指导思想', '', '以习近平新时代中国特色社会主义思想为指导。', '', '抄送：县委办公室，县政协办公室', '', '宝清县人民政府办公室       2024年9月29日印发'));
    assert.strictEqual(m.banji?.copyTo?.text, '抄送：县委办公室，县政协办公室');
    assert.strictEqual(m.banji?.printDate?.text, '2024年9月29日');
  });
});
