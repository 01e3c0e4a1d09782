/** Figures a scan split with a space after their mark ("71, 2%", "2. 640 cán bộ") are read whole (session 27, fk01, fk05). */
import { splitFiguresJoined } from '../../src/core/split-figures';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, MET, results, nq16 } from './doc';

const texts = (src: string) => splitFiguresJoined(doc(src)).paragraphs.map((p) => p.text);

test('a percentage\'s decimal after ", " and a thousands group after ". " inside a sentence are joined', () => {
  expect(texts('Tỷ lệ lao động qua đào tạo đạt 71, 2%, vượt mục tiêu.\nĐã quán triệt cho 2. 640 cán bộ chủ chốt.')).toEqual(['Tỷ lệ lao động qua đào tạo đạt 71,2%, vượt mục tiêu.', 'Đã quán triệt cho 2.640 cán bộ chủ chốt.']);
});

test('an item\'s number and its text, a list of percentages, and a sentence end before a count are left as they are', () => {
  const src = ['2. 300 hộ được hỗ trợ vay vốn.', 'Tỷ lệ tăng lần lượt 12, 15 và 20%.', 'Tỷ lệ các năm là 12, 15%, 20%.', 'Kết thúc năm 2023. 205 hộ thoát nghèo.'];
  expect(texts(src.join('\n'))).toEqual(src);
});

test('a document with none is the same model', () => {
  const d = doc('Tỷ lệ lao động qua đào tạo đạt 71,2%.');
  expect(splitFiguresJoined(d)).toBe(d);
});

test('the whole figure is judged: "đạt 71, 2%, vượt mục tiêu Nghị quyết đề ra (65%)" misquotes the 70% target and contradicts nothing', () => {
  const lines = MET.filter((l) => !l.includes('lao động nông thôn qua đào tạo'));
  const r = check(doc(nq16(results([...lines, 'Tỷ lệ lao động nông thôn qua đào tạo đạt 71, 2%, vượt mục tiêu Nghị quyết đề ra (65%).']))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
  const codes = r.findings.filter((f) => f.indicator === 'lao-dong-dao-tao' || f.code === 'claim-contradiction').map((f) => f.code);
  expect(codes).toEqual(['target-misquoted']);
});

test('a fraction split on both sides, a count split after a colon and a multiple split after "gấp" are joined (review-27 M6–M8)', () => {
  expect(texts('Toàn xã có 1. 846/2. 153 hộ đạt danh hiệu Gia đình văn hóa.\nKết quả đào tạo nghề: 2. 640 lao động.\nThu nhập gấp 1, 26 lần so với năm 2020.')).toEqual([
    'Toàn xã có 1.846/2.153 hộ đạt danh hiệu Gia đình văn hóa.', 'Kết quả đào tạo nghề: 2.640 lao động.', 'Thu nhập gấp 1,26 lần so với năm 2020.',
  ]);
});

test('… but not a list item after a colon, a ratio of years, nor a multiple in a list', () => {
  const src = ['Nội dung gồm: 2. Xây dựng 12 công trình.', 'Tỷ lệ năm 2020/2023 tăng.', 'Tăng gấp 2, 3 lần và hơn nữa.'];
  expect(texts(src.join('\n'))).toEqual(src);
});
