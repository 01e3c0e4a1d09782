/**
 * After the 2025 merger a province may report on one former province's resolution, saying its figures are that one's
 * ("Phạm vi và mốc số liệu: địa bàn tỉnh Ninh Thuận (cũ)"): that former province is the unit whose results are judged, the other
 * former province is another place, and the merged province's whole is wider (session 21, be04, be05).
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, MET_TINH, nq16, results } from './doc';

const HEAD = 'TỈNH ỦY KHÁNH HÒA\nSố 57-BC/TU\nBÁO CÁO\nSơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới';
const TABLE = ['| Chỉ tiêu | Ninh Thuận (cũ) | Khánh Hòa (cũ) | Toàn tỉnh sau hợp nhất |', '| Xã đạt chuẩn nông thôn mới | 40/47 | 68/92 | 108/139 |', '| Xã đạt chuẩn nông thôn mới nâng cao | 17 | 15 | 32 |'];
const lines = (scope: string) => ({
  'p1.i': scope,
  ...results([...MET_TINH.filter((l) => !/xã đạt chuẩn nông thôn mới|nâng cao/iu.test(l)), 'Có 40/47 xã đạt chuẩn nông thôn mới (85,1%), trong đó 17 xã đạt chuẩn nông thôn mới nâng cao.', ...TABLE]),
});
const conflicts = (scope: string) => check(doc(nq16(lines(scope), [], HEAD)), builtinPack('nq16-so-ket-3-nam')!, { level: 'tinh' }).findings.filter((f) => f.code === 'conflicting-figures').map((f) => f.indicator);

test('the figures said to be one former province\'s: its column is the unit\'s, the merged whole and the other former province are other places', () => {
  expect(conflicts('Phạm vi và mốc số liệu: địa bàn tỉnh Ninh Thuận (cũ), từ năm 2021 đến hết tháng 6/2024.')).toEqual([]);
  expect(conflicts('Để bảo đảm thống nhất với Kế hoạch sơ kết, số liệu trong báo cáo được tính đến hết ngày 30/6/2024 và theo địa giới hành chính tỉnh Ninh Thuận (cũ).')).toEqual([]);
});

test('without the statement, the merged whole is the unit\'s, and the former province\'s figure in the prose disagrees with it', () => {
  expect(conflicts('Tỉnh Khánh Hòa sau hợp nhất có 139 xã thực hiện Chương trình.').length).toBeGreaterThan(0);
});

test('… said in a bracket under the title, or by the title naming the former province\'s plan (session 26, es01, es02)', () => {
  const under = (sub: string) => check(doc(nq16(lines('Tỉnh Ninh Thuận (cũ) có 47 xã thực hiện Chương trình.'), [], `TỈNH ỦY KHÁNH HÒA\nSố 57-BC/TU\nBÁO CÁO\n${sub}`)), builtinPack('nq16-so-ket-3-nam')!, { level: 'tinh' }).findings.filter((f) => f.code === 'conflicting-figures').map((f) => f.indicator);
  expect(under('Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới\n(trên địa bàn tỉnh Ninh Thuận trước hợp nhất)')).toEqual([]);
  expect(under('**Kết quả 03 năm thực hiện Nghị quyết số 16-NQ/TU ngày 13/01/2022 của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận (cũ) về xây dựng nông thôn mới**')).toEqual([]);
  // (the title naming the plan of the province without "(cũ)" says nothing of a scope: the merged whole is the unit's)
  expect(under('**Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận về xây dựng nông thôn mới**').length).toBeGreaterThan(0);
});
