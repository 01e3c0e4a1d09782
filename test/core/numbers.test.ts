import fc from 'fast-check';
import { formatVn, parseVnNumber, roundingInterval } from '../../src/core/numbers';
import { extractQuantities } from '../../src/core/quantities';
import { normalize } from '../../src/core/text';
import { alignTokens } from '../../src/core/structure';

describe('Vietnamese numbers', () => {
  test('thousands dots and decimal commas', () => {
    expect(parseVnNumber('1.205')).toEqual({ value: 1205, decimals: 0 });
    expect(parseVnNumber('79,9')).toEqual({ value: 79.9, decimals: 1 });
    expect(parseVnNumber('1.205,5')).toEqual({ value: 1205.5, decimals: 1 });
    expect(parseVnNumber('54,78')).toEqual({ value: 54.78, decimals: 2 });
    expect(parseVnNumber('abc')).toBeNull();
    expect(formatVn(1205)).toBe('1.205');
    expect(formatVn(79.7, 1)).toBe('79,7');
  });
  test('format then parse gives the number back (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 2 }), (n, d) => {
      const v = n / Math.pow(10, d);
      const p = parseVnNumber(formatVn(v, d));
      return p !== null && Math.abs(p.value - v) < 1e-9;
    }));
  });
  test('a rounded figure stands for an interval', () => {
    const [lo, hi] = roundingInterval({ value: 79.9, decimals: 1 });
    expect(lo).toBeCloseTo(79.85);
    expect(hi).toBeCloseTo(79.95);
  });
  test('figures in prose, not dates or document numbers', () => {
    const q = extractQuantities('Đến 30/6/2024, theo Nghị quyết số 16-NQ/TU, có 1.205/1.512 thôn (đạt 79,9%), tăng trưởng 3-4%, thu nhập 54,78 triệu đồng/người/năm, tăng 1,52 lần, giảm 1,62%/năm, tháng 6/2024 có trên 92% hộ');
    expect(q.map((x) => [x.kind, x.value, x.unit])).toEqual([
      ['fraction', 1205 / 1512, 'thôn'], ['percent', 79.9, '%'], ['range', 3, '%'], ['number', 54.78, 'triệu đồng'],
      ['times', 1.52, 'lần'], ['per-year', 1.62, '%/năm'], ['percent', 92, '%'],
    ]);
    expect(q[6].qualifier).toBe('above');
  });
  test('a year after "năm" is no count, though a noun follows it', () => {
    const q = extractQuantities('không còn xã dưới 15 tiêu chí (năm 2020 xã Ma Nới mới đạt 12 tiêu chí); mỗi năm 200 hộ');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[15, 'tiêu chí'], [12, 'tiêu chí'], [200, 'hộ']]);
  });
  test('"tổng số" and "trong số" count, a document\'s number does not; "HTX" is a unit (session 23, cf06)', () => {
    const q = extractQuantities('Năm 2023, trong tổng số 392 HTX nông nghiệp được đánh giá theo Thông tư số 01/2020/TT-BKHĐT, trong số 18 trụ sở có 186 HTX');
    expect(q.map((x) => [x.value, x.unit])).toEqual([[392, 'hợp tác xã'], [18, ''], [186, 'hợp tác xã']]);
    expect(extractQuantities('theo Quyết định số 12 của UBND, Kế hoạch số 45').length).toBe(0);
  });
  test('matching survives case, diacritics and abbreviations', () => {
    expect(normalize('XÂY DỰNG NTM theo NQ 16')).toBe(normalize('xay dung nông thôn mới theo Nghị quyết 16'));
    // headings are aligned on these normalised words (structure.ts alignTokens)
    expect(alignTokens('Kết quả huy động nguồn lực')).toEqual(alignTokens('KET QUA HUY DONG NGUON LUC'));
    expect(alignTokens('Nhiệm vụ')).not.toEqual(alignTokens('Giải pháp'));
  });
});
