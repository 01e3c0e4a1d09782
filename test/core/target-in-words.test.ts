/** Targets in findings' sentences are said in words, tables keep their signs (session 39's walk-through, item 16); numbers the Vietnamese way in either language (walk64). */
import { describeTarget, targetInWords } from '../../src/core/indicators';
import { builtinPack } from '../../src/packs/builtin';
import { check } from '../../src/core/check';
import { doc, nq16, MET, results, swap } from './doc';

describe('a target in a sentence', () => {
  test.each([
    [{ comparator: 'at-least', value: 70 }, '%', 'tối thiểu 70%', 'at least 70%'],
    [{ comparator: 'at-least', value: 38, strict: true }, 'xã', 'trên 38 xã', 'more than 38 xã'],
    [{ comparator: 'at-most', value: 2.5 }, '%', 'tối đa 2,5%', 'at most 2,5%'],
    [{ comparator: 'range', min: 3, max: 4 }, '%', 'từ 3 đến 4%', '3 to 4%'],
    [{ comparator: 'multiple-of-base', factor: 1.5, baseYear: 2020 }, 'lần', 'gấp tối thiểu 1,5 lần so với năm 2020', 'at least 1,5× the 2020 level'],
    [{ comparator: 'reduction-per-year', value: 1.5 }, '%/năm', 'giảm tối thiểu 1,5 điểm %/năm', 'a fall of at least 1,5 points a year'],
    [{ comparator: 'count-of-total', count: 12, total: 12 }, 'đơn vị cấp huyện', '12/12 đơn vị cấp huyện', '12/12 đơn vị cấp huyện'],
  ] as const)('%j %s', (t, unit, vi, en) => {
    expect(targetInWords(t as never, unit, 'vi')).toBe(vi);
    expect(targetInWords(t as never, unit, 'en')).toBe(en);
  });

  test('has no sign of comparison, where the table form has one', () => {
    const t = { comparator: 'at-least', value: 85, strict: false } as const;
    expect(describeTarget(t, '%', 'vi')).toBe('≥ 85%');
    expect(targetInWords(t, '%', 'vi')).not.toMatch(/[≥≤<>=]/u);
  });

  test('a finding below target says the target in words', () => {
    const r = check(doc(nq16(results(swap(MET, 'nước sạch', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%.')))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
    const f = r.findings.find((x) => x.code === 'indicator-below-target' && x.indicator === 'nuoc-sach');
    expect(f?.message.vi).toBe('Tỷ lệ hộ dân nông thôn sử dụng nước sạch: đạt 96,1%, chưa đạt mục tiêu tối thiểu 98% đến năm 2025 của Chương trình hành động thực hiện NQ 16-NQ/TU (mục I.2.1).');
    expect(f?.message.en).toMatch(/does not meet the target of at least 98% by 2025 set by Chương trình hành động thực hiện NQ 16-NQ\/TU \(mục I\.2\.1\)\.$/u);
  });
});
