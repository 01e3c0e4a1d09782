import { spelledCountsAsDigits } from '../../src/core/spelled-counts';

/** Counts spelled in words before a noun read as digits, every offset kept (session 48, nwp01, nwp06). */
describe('spelledCountsAsDigits', () => {
  const read = (s: string) => spelledCountsAsDigits(s).replace(/\s+/gu, ' ').trim();
  it.each([
    ['giám sát chuyên đề chín cuộc', 'giám sát chuyên đề 9 cuộc'],
    ['gồm 171 thôn và mười bảy tổ dân phố', 'gồm 171 thôn và 17 tổ dân phố'],
    ['hai mươi lăm hộ và ba mươi mốt hộ', '25 hộ và 31 hộ'],
    ['mười hai tháng', '12 tháng'],
    ['cả hai xã', 'cả 2 xã'],
  ])('reads %j as %j', (text, digits) => expect(read(text)).toBe(digits));
  it.each([
    ['lần thứ hai hội nghị'], ['Thứ hai là'], ['hai phần ba số hộ'], ['năm 2024 và một số xã'], ['Ba Vì, Hai Bà Trưng'], ['năm nay'], ['hai mươi năm'],
  ])('leaves %j as written: an order, a fraction, "một", "năm" or a name', (text) => expect(spelledCountsAsDigits(text)).toBe(text));
  it('keeps the length, so that every finding points where it did', () => {
    const s = 'Huyện có 186 thôn, tổ dân phố, gồm 171 thôn và mười bảy tổ dân phố; hai mươi lăm hộ.';
    expect(spelledCountsAsDigits(s)).toHaveLength(s.length);
    expect(spelledCountsAsDigits(s).indexOf('tổ dân phố;')).toBe(s.indexOf('tổ dân phố;'));
  });
});
