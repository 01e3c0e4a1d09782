/**
 * An indicator table whose results are split under one header into a count and its rate ("Kết quả đến 15/6/2025 | << " over "Số lượng |
 * Tỷ lệ (%)"), the earlier column a fraction too (session 34, pt06): for a rate, the latest cell in the indicator's unit is the result —
 * the count's fraction, "170/170" — not the earlier column's.
 */
import { analyse } from '../../src/core/analysis';
import { builtinPack } from '../../src/packs/builtin';
import { doc, outline } from './doc';

const pack = builtinPack('nq04-ket-luan-ha-tinh')!;
const table = [
  '| TT | Chỉ tiêu | ĐVT | Theo đánh giá tại Kết luận (cuối năm 2024) | Mục tiêu theo Kết luận đến năm 2025 | Kết quả đến 15/6/2025 | << | Đánh giá |',
  '| | | | | | Số lượng | Tỷ lệ (%) | |',
  '| 1 | Xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 | xã | 165/170 | 100% số xã | 170/170 | 100 | Đạt |',
  '| 2 | Xã đạt chuẩn nông thôn mới nâng cao | xã | 69 | Tối thiểu 75 | 77 | 45,3 | Đạt |',
].join('\n');

test('the count\'s fraction under "Số lượng" is the result of a rate, the earlier column\'s figure only context', () => {
  const a = analyse(doc(outline('nq04-ket-luan-ha-tinh', { 'nv-2': table })), pack, { level: 'tinh' });
  const facts = a.facts.filter((f) => f.indicator.id === 'xa-dat-chuan-2021-2025' && f.fromTable);
  expect(facts.filter((f) => f.role === 'result').map((f) => f.value)).toEqual([100]);
  expect(a.judged.get('xa-dat-chuan-2021-2025')?.fact.value).toBe(100);
});
