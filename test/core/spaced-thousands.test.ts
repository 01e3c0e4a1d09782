/** Numbers whose thousands a PDF parted by spaces (src/core/quantities.ts), and figures side by side that must stay apart (session 35). */
import { extractQuantities } from '../../src/core/quantities';

const values = (s: string) => extractQuantities(s).map((q) => q.value);

test.each([
  ['là 1 846,2 tỷ đồng, trong đó', [1846.2]],
  ['diện tích tự nhiên 36 807 ha', [36807]],
  ['12 105/12 327 hộ (96,2%)', [12105 / 12327, 96.2]],
  ['1 250', [1250]],
])('"%s" reads its thousands whole', (s, want) => {
  expect(values(s).map((v) => Number(v.toFixed(6)))).toEqual((want as number[]).map((v) => Number(v.toFixed(6))));
});

test.each([
  ['triệu đồng 150 128 156 Đạt', [150, 128, 156]],
  ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch % 85 100', [85, 100]],
  ['(triệu đồng/ha) 150 142,5 Chưa đạt', [150, 142.5]],
  ['Số thôn 10 100%', [10, 100]],
])('"%s" keeps its figures apart', (s, want) => {
  expect(values(s)).toEqual(want);
});

test('each figure keeps its place and its words as written', () => {
  const [q] = extractQuantities('Tổng vốn là 1 846,2 tỷ đồng.');
  expect(q.raw).toBe('1 846,2 tỷ đồng');
  expect('Tổng vốn là 1 846,2 tỷ đồng.'.slice(q.start, q.start + 7)).toBe('1 846,2');
});
