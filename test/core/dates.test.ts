/** Dates as reports write them, on the module's own examples. */
import { DATE_EXAMPLES, findDates, mayHoldDate } from '../../src/core/dates';

test.each(DATE_EXAMPLES)('"%s" → %j', (text, isos) => {
  expect(findDates(text).map((d) => d.iso)).toEqual(isos);
});

test('an impossible date is no date', () => {
  expect(findDates('ngày 45/13/2024')).toEqual([]);
});

test('a text with a date may hold one; one with none is passed over', () => {
  for (const [text, isos] of DATE_EXAMPLES) if (isos.length) expect(mayHoldDate(text)).toBe(true);
  for (const text of ['THÁNG 9/2024', '30.6.2024', '1-1-2025', 'Tháng Chín năm 2024']) expect(mayHoldDate(text) && findDates(text).length > 0).toBe(true);
  for (const text of ['Quyết định số 321/QĐ-TTg', 'đạt 12/12 đơn vị', 'năm 2024 có 1.250 hộ']) expect(mayHoldDate(text)).toBe(false);
});
