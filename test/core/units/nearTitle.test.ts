import * as assert from 'assert';
import { differenceOf, nearPairs, nearTitle } from '../../../server/src/core/units/nearTitle';

describe('units/nearTitle', () => {
  it('accepts a typo, one character added or dropped, two added in a title of 8 or more', () => {
    assert.ok(nearTitle('加强组织领导', '加强组织领寻'));
    assert.ok(nearTitle('加强组织领导', '加强组织的领导'));
    assert.ok(nearTitle('统筹规划服务设施建设', '统筹规划养老服务设施建设'));
    assert.ok(nearTitle('统筹规划服务设施建设', '统筹规划服养务设老施建设'), 'two apart');
  });

  it('refuses the same text, two replaced, two added to a short title, digits, short and long texts', () => {
    assert.ok(!nearTitle('加强组织领导', '加强组织领导'));
    assert.ok(!nearTitle('推进医养结合服务发展', '推进托育结合服务发展'));
    assert.ok(!nearTitle('加强组织领导', '加强组织保障'));
    assert.ok(!nearTitle('发展普惠托育', '发展普惠托育服务'), 'two added to a 6-character title');
    assert.ok(!nearTitle('新增5万张养老床位', '新增15万张养老床位'));
    assert.ok(!nearTitle('新增5万张养老床位', '新增6万张养老床位'));
    assert.ok(!nearTitle('强化兜底线', '强化兜底钱'));
    assert.ok(!nearTitle('甲'.repeat(81), '甲'.repeat(80) + '乙'));
  });

  it('pairs a row and a task only when each is the other\'s one near partner', () => {
    const cands = [{ task: 0, title: '加强组织领导' }, { task: 1, title: '统筹规划服务设施建设' }, { task: 1, title: '统筹规划服务设施' }];
    assert.deepStrictEqual(nearPairs([{ text: '加强组织领寻' }, { text: '统筹规划养老服务设施建设' }], cands), [[0, 0], [1, 1]]);
    // two rows near task 0
    assert.deepStrictEqual(nearPairs([{ text: '加强组织领寻' }, { text: '加强组织领异' }], cands), []);
    // a row near two tasks
    assert.deepStrictEqual(nearPairs([{ text: '加强组织领寻' }], [...cands, { task: 2, title: '加强组织领号' }]), []);
  });

  it('says how the two differ', () => {
    assert.strictEqual(differenceOf('统筹规划养老服务设施建设', '统筹规划服务设施建设'), '分工表多“养老”二字');
    assert.strictEqual(differenceOf('加强组织领导', '加强组织的领导'), '正文多“的”一字');
    assert.strictEqual(differenceOf('加强组织领导', '加强组织领寻'), '分工表写作“导”，正文写作“寻”');
  });
});
