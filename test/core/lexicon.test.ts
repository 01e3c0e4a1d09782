/** Every phrase set of the lexicon on its own examples. */
import { LEXICON } from '../../src/core/lexicon';

const cases = LEXICON.flatMap((m) => [
  ...m.set.examples.hit.map((t) => [m.set.name, t, true] as const),
  ...m.set.examples.miss.map((t) => [m.set.name, t, false] as const),
]);

test('names are unique and every set has examples both ways', () => {
  const names = LEXICON.map((m) => m.set.name);
  expect(new Set(names).size).toBe(names.length);
  for (const m of LEXICON) {
    expect(m.set.examples.hit.length).toBeGreaterThan(0);
    expect(m.set.examples.miss.length).toBeGreaterThan(0);
  }
});

test.each(cases)('%s on "%s" → %s', (name, text, hit) => {
  const m = LEXICON.find((x) => x.set.name === name)!;
  expect(m.test(text)).toBe(hit);
});

import { PATTERNS } from '../../src/core/lexicon';

test('the named patterns: names unique (and none a phrase set\'s), examples both ways', () => {
  const names = PATTERNS.map((p) => p.name);
  expect(names.length).toBeGreaterThan(10);
  expect(new Set([...names, ...LEXICON.map((m) => m.set.name)]).size).toBe(names.length + LEXICON.length);
  for (const p of PATTERNS) {
    expect(p.examples.hit.length).toBeGreaterThan(0);
    expect(p.examples.miss.length).toBeGreaterThan(0);
  }
});

test.each(PATTERNS.flatMap((p) => [...p.examples.hit.map((t) => [p.name, t, true] as const), ...p.examples.miss.map((t) => [p.name, t, false] as const)]))(
  'pattern %s on "%s" → %s',
  (name, text, hit) => {
    expect(PATTERNS.find((p) => p.name === name)!.re.test(text)).toBe(hit);
  },
);

test('text typed without diacritics is matched by the folded phrases', () => {
  const m = LEXICON.find((x) => x.set.name === 'claim-not-met')!;
  expect(m.find('ty le dat 66,5%, chua dat muc tieu')?.phrase).toBe('chua dat');
});

test('a text with diacritics whose bracket was blanked to spaces is still searched as typed (session 25)', () => {
  const m = LEXICON.find((x) => x.set.name === 'part-verb')!;
  expect(m.find('đạt từ xx-xx tiêu chí' + ' '.repeat(30))?.phrase).toBe('đạt');
});

import { placeMentions } from '../../src/core/scope';
import { PROVINCE_EXAMPLES } from '../../src/core/lexicon';

test.each(PROVINCE_EXAMPLES.hit.map((t) => [t]))('a province is named in "%s"', (text) => {
  expect(placeMentions(text, { level: 'tinh', name: 'QUANG TRI' }).some((m) => !m.own)).toBe(true);
});
test.each(PROVINCE_EXAMPLES.miss.map((t) => [t]))('no province is named in "%s"', (text) => {
  expect(placeMentions(text, { level: 'tinh', name: 'QUANG TRI' }).some((m) => !m.own && !m.part)).toBe(false);
});

test.each([
  ['Mục tiêu Nghị quyết số 04-NQ/TU của Tỉnh ủy đề ra đến năm 2025 có 90% số xã đạt chuẩn', false],
  ['theo chỉ tiêu của Huyện đoàn giao', false],
  ['bằng 52% mức bình quân chung của tỉnh', true],
  ['cao hơn tỷ lệ của tỉnh (69,8%)', true],
] as const)('in a district\'s report, "%s" names a wider place: %s (a party committee, "Tỉnh ủy", is no place)', (text, wider) => {
  expect(placeMentions(text, { level: 'huyen', name: 'CAN LOC' }).some((m) => !m.own && !m.part)).toBe(wider);
});

test.each([
  ['Toàn xã đoàn kết, có 12/12 thôn đạt chuẩn', 'xa', 'XA TAM LANH'],
  ['Nguồn vốn của huyện ủy thác qua Ngân hàng Chính sách xã hội là 12 tỷ đồng', 'huyen', 'CAN LOC'],
  ['Toàn huyện đội ngũ cán bộ được kiện toàn', 'huyen', 'CAN LOC'],
] as const)('"%s" names the unit itself ("đoàn kết", "ủy thác", "đội ngũ" are no party body)', (text, level, name) => {
  expect(placeMentions(text, { level, name }).some((m) => m.own)).toBe(true);
});

import { namedPlaces } from '../../src/core/scope';

describe('places the report names with their noun, said alone later', () => {
  const unit = { level: 'huyen' as const, name: 'THACH HA' };
  const named = namedPlaces(['Hai huyện lân cận là Can Lộc và Nghi Xuân cũng đang hoàn thiện hồ sơ.', 'Các xã Thạch Đài, Thạch Xuân và xã Việt Tiến đạt chuẩn.', 'Huyện Thạch Hà có 28 xã; các xã ĐBKK được hỗ trợ.'], unit);
  test('are read from "huyện X", lists after a plural noun and "… lân cận là X và Y", not the unit\'s own name nor a category', () => {
    expect([...named].sort()).toEqual([['CAN LOC', 'huyen'], ['NGHI XUAN', 'huyen'], ['THACH DAI', 'xa'], ['THACH XUAN', 'xa'], ['VIET TIEN', 'xa']]);
  });
  test('another district said alone is someone else; a commune said alone is a part', () => {
    const u = { ...unit, named };
    expect(placeMentions('hiện Can Lộc có 10 xã đạt chuẩn nông thôn mới kiểu mẫu', u)).toMatchObject([{ own: false, text: 'Can Lộc' }]);
    expect(placeMentions('Thạch Đài đạt 19/19 tiêu chí', u)).toMatchObject([{ own: false, part: true, level: 'xa' }]);
    expect(placeMentions('thôn Can Lộc có 120 hộ', u).some((m) => m.text === 'Can Lộc')).toBe(false);
  });
});

import { settlementsAsThon, SETTLEMENT_EXAMPLES } from '../../src/core/lexicon/settlements';
import { abbreviationsSpelled, ABBREVIATION_EXAMPLES } from '../../src/core/lexicon/abbreviations';

test.each(SETTLEMENT_EXAMPLES)('a village by another name: "%s" is matched as "%s"', (text, read) => {
  expect(settlementsAsThon(text)).toBe(read);
});

import { communitiesAsMinority, ETHNIC_EXAMPLES } from '../../src/core/lexicon/ethnic';

test.each(ETHNIC_EXAMPLES)('a community by its own name: "%s" is matched as "%s"', (text, read) => {
  expect(communitiesAsMinority(text)).toBe(read);
});

test.each(ABBREVIATION_EXAMPLES)('a short form: "%s" is matched as "%s"', (text, read) => {
  expect(abbreviationsSpelled(text)).toBe(read);
});
