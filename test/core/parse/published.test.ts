// Parser limits found on published documents, each of which made a check raise a false error.
import * as assert from 'assert';
import { parse } from '../../../server/src/core/parse/parse';
import { matchNoteItem } from '../../../server/src/core/parse/patterns';

describe('parser on published documents', () => {
  describe('附件说明 items whose title starts with a number', () => {
    const YEARS = [
      '某县人民政府办公室关于印发2023年县政府工作报告任务分解的通知',
      '',
      '各乡镇人民政府，县政府各部门：',
      '　　现将有关任务印发给你们，请认真贯彻落实。',
      '',
      '附件：1.2023年县政府工作报告任务分解一览表',
      '　　　　　2.2023年十件民生实事任务一览表',
      '',
      '某县人民政府办公室',
      '2023年3月1日',
      '',
      '附件1',
      '',
      '2023年县政府工作报告任务分解一览表',
      '',
      '附件2',
      '',
      '2023年十件民生实事任务一览表',
    ];

    it('reads 1.2023年… / 2.2023年… as the note\'s two items', () => {
      const m = parse(YEARS.join('\n'));
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => [i.number, i.marker, i.title]), [
        [1, '1.', '2023年县政府工作报告任务分解一览表'],
        [2, '2.', '2023年十件民生实事任务一览表'],
      ]);
    });

    it('reads a year range, full-width digits and a number no unit follows as the start of a title', () => {
      assert.strictEqual(matchNoteItem('2.2023—2025年重点项目清单')?.number, 2);
      assert.strictEqual(matchNoteItem('2.2023-2025年重点项目清单')?.number, 2);
      assert.strictEqual(matchNoteItem('１．２０２３年重点项目清单')?.number, 1);
      assert.strictEqual(matchNoteItem('3.12345行动清单')?.number, 3);
    });

    it('still refuses a decimal number: 1.5万张床位, 2.3个百分点, 1.5倍', () => {
      for (const s of ['1.5万张床位', '2.3个百分点', '1.5倍', '1.25亿元', '4.5年', '1.5', '1.5G基站']) assert.strictEqual(matchNoteItem(s), undefined, s);
    });
  });

  describe('成文日期 in Chinese numerals with a lookalike zero', () => {
    const notice = (date: string) => ['某县人民政府关于加强养老服务的通知', '', '各乡镇人民政府，县政府各部门：', '　　现将有关事项通知如下，请认真贯彻落实。', '', '某县人民政府', date].join('\n');

    it('reads 二○○五年四月二日 (○ U+25CB) as the 成文日期, in Chinese numerals, as 二〇〇五年四月二日', () => {
      for (const date of ['二○○五年四月二日', '二〇〇五年四月二日', '二ＯＯ五年四月二日', '二OO五年四月二日', '二00五年四月二日']) {
        const d = parse(notice(date)).notice?.date;
        assert.deepStrictEqual(d && [d.text, d.year, d.month, d.day, d.arabic], [date, 2005, 4, 2, false], date);
      }
    });

    it('still reads Arabic dates as Arabic', () => {
      const d = parse(notice('2005年4月2日')).notice?.date;
      assert.deepStrictEqual(d && [d.year, d.month, d.day, d.arabic], [2005, 4, 2, true]);
    });
  });

  describe('发文字号 above and below the title', () => {
    const twice = (below: string) => ['张政发规〔2021〕3号', '', '市政府关于印发《某市养老服务方案》的通知', '', below, '', '各镇政府，市政府各部门：', '　　现将《某市养老服务方案》印发给你们，请认真贯彻执行。', '', '某市人民政府', '2021年4月19日'].join('\n');

    it('reads the copy below the title as the 发文字号 line, so the 主送机关 after it is found', () => {
      for (const below of ['张政发规〔2021〕3号', '张政发规[2021]3号']) {
        const m = parse(twice(below));
        assert.strictEqual(m.head.docNumber?.range.start.line, 0, below);
        assert.strictEqual(m.notice?.addressee?.text, '各镇政府，市政府各部门：', below);
        assert.ok(!m.paragraphs.some((p) => p.text === below), below);
      }
    });

    it('leaves a different number below the title alone: it is not a copy of the 发文字号', () => {
      const m = parse(twice('张政发规〔2021〕4号'));
      assert.strictEqual(m.head.docNumber?.text, '张政发规〔2021〕3号');
      assert.ok(m.paragraphs.some((p) => p.text === '张政发规〔2021〕4号'));
    });
  });

  describe('附注 under the 成文日期', () => {
    const forwarding = (...remarks: string[]) =>
      [
        '某县人民政府办公室关于印发某县养老服务方案的通知', '', '各乡镇人民政府，县政府各部门：', '　　现将《某县养老服务方案》印发给你们，请认真贯彻落实。', '',
        '某县人民政府办公室', '2021年4月19日', '', ...remarks, '某县养老服务方案', '（2021—2025年）', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。',
      ].join('\n');

    it('reads （此件公开发布） as the 通知\'s 附注, not the plan title: the title after it is the plan\'s', () => {
      for (const remark of ['（此件公开发布）', '（此件主动公开）', '（此件依申请公开）', '（此件不予公开）', '(此件公开发布)']) {
        const m = parse(forwarding(remark, ''));
        assert.deepStrictEqual(m.notice?.remarks?.map((r) => [r.text, r.range.start.line]), [[remark, 8]], remark);
        assert.strictEqual(m.planTitle?.text, '某县养老服务方案', remark);
        assert.strictEqual(m.notice?.range.end.line, 8, remark);
        assert.ok(!m.paragraphs.some((p) => p.text === remark), remark);
      }
    });

    it('reads two 附注 lines, the second a long one, and no 附注 where there is none', () => {
      const m = parse(forwarding('（此件公开发布）', '（联系人：张三，联系电话：0451-12345678）', ''));
      assert.deepStrictEqual(m.notice?.remarks?.map((r) => r.text), ['（此件公开发布）', '（联系人：张三，联系电话：0451-12345678）']);
      assert.strictEqual(m.planTitle?.text, '某县养老服务方案');
      const none = parse(forwarding());
      assert.strictEqual(none.notice?.remarks, undefined);
      assert.strictEqual(none.planTitle?.text, '某县养老服务方案');
      assert.ok(none.paragraphs.some((p) => p.text === '（2021—2025年）'), 'a line in parentheses under the plan title is no 附注');
    });

    it('reads the 附注 of a 通知 that is itself the text, after its 署名 and 成文日期 at the end', () => {
      const m = parse([
        '宝清县人民政府办公室关于开展养老服务质量提升行动的通知', '', '各乡镇人民政府，县政府各有关部门：',
        '　　经县政府同意，决定开展养老服务质量提升行动。现将有关事项通知如下：', '　　一、工作目标', '　　到2024年底，全县养老机构服务质量基本规范全部达标。',
        '　　二、有关要求', '　　各乡镇要高度重视，确保行动取得实效。', '', '宝清县人民政府办公室', '2024年5月20日', '（此件公开发布）',
      ].join('\n'));
      assert.strictEqual(m.notice?.date?.text, '2024年5月20日');
      assert.deepStrictEqual(m.notice?.remarks?.map((r) => r.text), ['（此件公开发布）']);
      assert.strictEqual(m.notice?.range.end.line, 11);
      assert.ok(!m.paragraphs.some((p) => p.text === '（此件公开发布）'));
    });
  });

  describe('附件说明 written 附：1.… (件 left out)', () => {
    const body = ['某县养老服务方案', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。', ''];

    it('reads 附：1.… / 2.… after the body as the 附件说明', () => {
      const m = parse([...body, '附：1.工作专班', '　　2.重点任务分工表', '', '附件1', '', '工作专班', '', '附件2', '', '重点任务分工表'].join('\n'));
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => [i.number, i.title]), [[1, '工作专班'], [2, '重点任务分工表']]);
      assert.deepStrictEqual(m.attachmentNote?.labelRange, { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } });
      assert.deepStrictEqual(m.attachments.map((a) => a.number), [1, 2]);
    });

    it('reads it inside a 通知, before the 署名', () => {
      const m = parse(['某县人民政府办公室关于印发某县养老服务方案的通知', '', '各乡镇人民政府：', '　　现将方案印发给你们，请认真贯彻落实。', '', '附：1.某县养老服务方案', '　　2.重点任务分工表', '', '某县人民政府办公室', '2023年3月1日'].join('\n'));
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => i.number), [1, 2]);
      assert.strictEqual(m.notice?.date?.text, '2023年3月1日');
    });

    it('leaves 附： lines that are no numbered list from 1 in the body', () => {
      for (const line of ['附：联系人及联系电话', '附：2.重点任务分工表', '附：1.']) {
        const m = parse([...body, line].join('\n'));
        assert.strictEqual(m.attachmentNote, undefined, line);
        assert.ok(m.paragraphs.some((p) => p.text === line), line);
      }
    });
  });

  describe('附件说明 written one line per attachment (附件1.××表 / 附件2.××表)', () => {
    const body = ['某县养老服务方案', '', '一、总体要求', '', '以习近平新时代中国特色社会主义思想为指导。', ''];
    const tail = ['', '附件1', '', '某县养老服务工作专班', '', '附件2', '', '重点任务分工表'];

    it('reads the lines as the note: 附件 of the first line its label, each line an item', () => {
      const m = parse([...body, '附件1.某县养老服务工作专班', '附件2、重点任务分工表', ...tail].join('\n'));
      const note = m.attachmentNote;
      assert.deepStrictEqual(note?.labelRange, { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } });
      assert.deepStrictEqual(note?.items.map((i) => [i.number, i.marker, i.title, i.markerRange?.start.character, i.range.start.line]), [
        [1, '1.', '某县养老服务工作专班', 2, 6],
        [2, '2、', '重点任务分工表', 2, 7],
      ]);
      assert.deepStrictEqual(m.attachments.map((a) => [a.number, a.title?.text]), [[1, '某县养老服务工作专班'], [2, '重点任务分工表']]);
      assert.ok(!m.paragraphs.some((p) => p.text.startsWith('附件1.')));
    });

    it('reads it inside a 通知, before the 署名', () => {
      const m = parse(['某县人民政府办公室关于印发某县养老服务方案的通知', '', '各乡镇人民政府：', '　　现将方案印发给你们，请认真贯彻落实。', '', '附件1.某县养老服务方案', '附件2.重点任务分工表', '', '某县人民政府办公室', '2023年3月1日'].join('\n'));
      assert.deepStrictEqual(m.attachmentNote?.items.map((i) => [i.number, i.title]), [[1, '某县养老服务方案'], [2, '重点任务分工表']]);
      assert.strictEqual(m.notice?.signature?.text, '某县人民政府办公室');
    });

    it('leaves a lone 附件1.××表, numbers that do not run on from 1, and prose (附件1、2所列) alone', () => {
      for (const lines of [['附件1.某县养老服务工作专班'], ['附件1.某县养老服务工作专班', '附件3.重点任务分工表'], ['附件2.某县养老服务工作专班', '附件3.重点任务分工表'], ['附件1、2所列事项由县民政局负责。']]) {
        const m = parse([...body, ...lines].join('\n'));
        assert.strictEqual(m.attachmentNote, undefined, lines.join('/'));
      }
    });
  });
});
