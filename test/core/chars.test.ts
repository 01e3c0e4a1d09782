import fc from 'fast-check';
import { CH, charFlags, paragraphChars } from '../../src/core/chars';

/** Each flag stands for patterns that cannot match without it: whenever the pattern matches, the flag is set. */
const NEEDS: Array<[RegExp, (f: number) => boolean]> = [
  [/\d/, (f) => (f & CH.DIGIT) !== 0],
  [/\d{4}/, (f) => (f & CH.DIGITS4) !== 0],
  [/\d\s*\/\s*\d/, (f) => (f & (CH.DIGIT | CH.SLASH)) === (CH.DIGIT | CH.SLASH)],
  [/\//, (f) => (f & CH.SLASH) !== 0],
  [/trong đó/iu, (f) => (f & CH.D_O) !== 0],
  [/gồm/iu, (f) => (f & CH.GOM) !== 0],
  [/[\u0300-\u036f]/, (f) => (f & CH.COMBINING) !== 0],
  [/ph[uụ]\s*l[uụ]c/iu, (f) => (f & CH.LUC) !== 0],
  [/…|\.\./u, (f) => (f & CH.ELLIPSIS) !== 0],
  [/xx/iu, (f) => (f & CH.XX) !== 0],
  [/\[/u, (f) => (f & CH.BRACKET) !== 0],
  [/số\s*:?[\s_]*[-/]/iu, (f) => (f & (CH.SO | CH.DASH_OR_SLASH)) === (CH.SO | CH.DASH_OR_SLASH)],
  [/tháng[\s_]*năm/iu, (f) => (f & CH.NAM) !== 0],
  [/nếu có/iu, (f) => (f & CH.NEU) !== 0],
  [/ngày[\s_.…]*tháng/iu, (f) => (f & CH.NGAY) !== 0],
  [/ho[aạ]ch/iu, (f) => (f & CH.OAC) !== 0],
  [/ch[iỉ]\s+ti[eê]u/iu, (f) => (f & CH.I_T) !== 0],
  [/m[uụ]c\s+ti[eê]u/iu, (f) => (f & CH.UC_T) !== 0],
  [/[>≥]/u, (f) => (f & CH.BOUND) !== 0],
];

const PIECES = ['trong đó', 'TRONG ĐÓ', 'tRoNg Đó', 'gồm', 'GỒM', 'gỒm', 'g', 'ồ', 'Số: /BC', 'SỐ -', 'ſố', 'tháng năm', 'THÁNG NĂM', 'tháng_ NĂm', 'nếu có', 'NẾU CÓ', 'nẾu', 'ngày tháng', 'NGÀY … THÁNG', 'nGÀy', 'à', 'g', 'Phụ lục', 'PHỤ LỤC', 'phu luc', 'PhỤ Luc', 'xx', 'XX', 'xX', '…', '..', '[', '/', '-', '2024', '12/2023', 'a', ' ', '9', '\u0301', 'đ', 'Đ', 'ó', 'ă', 'n', 'm', 'l', 'u', 'ụ', 'c', 's', 'x', '.', 'kế hoạch', 'KẾ HOẠCH', 'ke hoach', 'HoẠch', 'ạ', 'o', 'h', 'chỉ tiêu', 'CHỈ TIÊU', 'chi tieu', 'CHI TIEU', 'chỉ  tiêu', 'chỉ\u00a0tiêu', 'ỉ', 'Ỉ', 't', 'tiêu', 'mục tiêu', 'MỤC TIÊU', 'muc tieu', 'mục\u00a0tiêu', 'mục  tiêu', 'Ụ', 'mục', '≥', '>', '(≥ 95%)'];

test('a flag is set whenever a pattern that needs it matches', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      const f = charFlags(s);
      for (const [re, ok] of NEEDS) if (re.test(s)) expect([re.source, s, ok(f)]).toEqual([re.source, s, true]);
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('a paragraph not at its index is not known: every check says it may hold the characters', () => {
  const doc = { paragraphs: [{ index: 0, text: 'abc' }, { index: 5, text: 'abc' }] };
  const chars = paragraphChars(doc);
  expect(chars.any(doc.paragraphs[0], CH.SLASH)).toBe(false);
  expect(chars.all(doc.paragraphs[1], CH.SLASH | CH.DIGIT)).toBe(true);
  expect(chars.any({ index: 0, text: 'a/b' }, CH.SLASH)).toBe(true);
});
