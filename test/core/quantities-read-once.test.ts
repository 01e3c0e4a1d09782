/** The figures of a text are read once and kept: each caller still gets an array of its own. */
import { extractQuantities } from '../../src/core/quantities';

test('a text read twice gives equal figures, in arrays a caller may change without touching the next reading', () => {
  const text = 'Toàn huyện có 98/112 thôn đạt chuẩn (87,5%), 1.205 hộ và 12,5 km đường.';
  const first = extractQuantities(text);
  expect(first.map((q) => q.raw)).toEqual(['98/112 thôn', '87,5%', '1.205 hộ', '12,5 km']);
  first.pop();
  first[0] = { ...first[0], unit: 'xã' };
  const second = extractQuantities(text);
  expect(second.map((q) => q.raw)).toEqual(['98/112 thôn', '87,5%', '1.205 hộ', '12,5 km']);
  expect(second[0].unit).toBe('thôn');
});

test('a text longer than a paragraph is read each time, not kept', () => {
  const long = `${'Có 12 xã đạt chuẩn. '.repeat(150)}`;
  expect(long.length).toBeGreaterThan(2000);
  expect(extractQuantities(long)).toHaveLength(150);
  expect(extractQuantities(long)).not.toBe(extractQuantities(long));
});
