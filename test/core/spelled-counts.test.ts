import { spelledCountsAsDigits } from '../../src/core/spelled-counts';

/** Counts spelled in words before a noun read as digits, every offset kept (session 48, nwp01, nwp06). */
describe('spelledCountsAsDigits', () => {
  const read = (s: string) => spelledCountsAsDigits(s).replace(/\s+/gu, ' ').trim();
  it.each([
    ['giám sát chuyên đề chín cuộc', 'giám sát chuyên đề 9 cuộc'],
    ['gồm 171 thôn và mười bảy tổ dân phố', 'gồm 171 thôn và 17 tổ dân phố'],
    ['hai mươi lăm hộ và ba mươi mốt hộ', '25 hộ và 31 hộ'],
    ['cấp huyện mười hai lớp, cấp xã ba mươi tư lớp', 'cấp huyện 12 lớp, cấp xã 34 lớp'],
  ])('reads %j as %j', (text, digits) => expect(read(text)).toBe(digits));
  it.each([
    ['lần thứ hai hội nghị'], ['Thứ hai là'], ['hai phần ba số hộ'], ['năm 2024 và một số xã'], ['Ba Vì, Hai Bà Trưng'], ['năm nay'], ['hai mươi năm'],
  ])('leaves %j as written: an order, a fraction, "một", "năm" or a name', (text) => expect(spelledCountsAsDigits(text)).toBe(text));
  it.each([
    ['cả hai xã đang hoàn thiện hồ sơ'], ['cấp xã 32 lớp, mỗi xã hai lớp'], ['sau mười năm xây dựng'], ['trong mười năm xã Phước Hà'], ['mười hai tháng'],
    ['một trăm hai mươi hộ nghèo'], ['ba xã đã đạt chuẩn nông thôn mới nâng cao'], ['giữa hai kỳ họp'], ['ba công khai'], ['bốn tốt'],
  ])('leaves %j as written: no bare part of a list (both, each, a time, hundreds, a clause with its verb, a slogan) (review-48)', (text) => expect(spelledCountsAsDigits(text)).toBe(text));
  it('keeps the length, so that every finding points where it did', () => {
    const s = 'Huyện có 186 thôn, tổ dân phố, gồm 171 thôn và mười bảy tổ dân phố; hai mươi lăm hộ.';
    expect(spelledCountsAsDigits(s)).toHaveLength(s.length);
    expect(spelledCountsAsDigits(s).indexOf('tổ dân phố;')).toBe(s.indexOf('tổ dân phố;'));
  });
});
