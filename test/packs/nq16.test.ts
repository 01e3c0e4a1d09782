/**
 * The nq16 pack against its seeds, item by item: the outline against the
 * ĐỀ CƯƠNG of seed 000, every 2025 target against section 2.1 of seed 001.
 */
import { builtinPack } from '../../src/packs/builtin';
import type { Section, Target } from '../../src/packs/schema';
import { seed, SEED_000, SEED_001 } from '../helpers';

const pack = builtinPack('nq16-so-ket-3-nam')!;
const flat = (l: Section[], depth = 0, out: Array<[number, string, string]> = []) => {
  for (const s of l) {
    out.push([depth, s.number, s.title]);
    flat(s.children, depth + 1, out);
  }
  return out;
};

// Written out by hand from the seed (depth, number, start of the title).
const EXPECTED: Array<[number, string, string]> = [
  [0, 'Phần thứ nhất', 'TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU'],
  [1, 'I', 'KHÁI QUÁT TÌNH HÌNH'],
  [1, 'II', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO HỌC TẬP, QUẢN TRIỆT'],
  [2, '1', 'Công tác tổ chức học tập, quán triệt, tuyên truyền, phổ biến, nâng cao nhận thức'],
  [2, '2', 'Công tác lãnh đạo, chỉ đạo cụ thể hóa và ban hành các văn bản thực hiện Nghị quyết số 16-NQ/TU'],
  [2, '3', 'Công tác kiểm tra, giám sát của các cấp ủy, tổ chức đảng'],
  [1, 'III', 'KẾT QUẢ ĐẠT ĐƯỢC'],
  [2, '1', 'Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu'],
  [2, '2', 'Kết quả thực hiện các nhiệm vụ, giải pháp'],
  [3, '2.1', 'Đánh giá vai trò, kết quả lãnh đạo, chỉ đạo của cấp ủy Đảng'],
  [3, '2.2', 'Đánh giá công tác quản lý nhà nước của chính quyền'],
  [3, '2.3', 'Đánh giá kết quả thực hiện 06 chương trình chuyên đề'],
  [3, '2.4', 'Đánh giá mức độ thực hiện 11 nội dung thành phần của chương trình'],
  [4, '(1)', 'Nâng cao hiệu quả quản lý và thực hiện xây dựng nông thôn mới theo quy hoạch'],
  [4, '(2)', 'Phát triển hạ tầng kinh tế-xã hội cơ bản đồng bộ'],
  [4, '(3)', 'Phát triển sản xuất, nâng cao thu nhập người dân'],
  [4, '(4)', 'Bảo vệ môi trường và cải tạo cảnh quan nông thôn'],
  [4, '(5)', 'Phát triển giáo dục, y tế và chăm sóc sức khỏe người dân nông thôn'],
  [4, '(6)', 'Nâng cao chất lượng đời sống văn hóa của người dân nông thôn'],
  [4, '(7)', 'Giữ gìn an ninh và trật tự xã hội nông thôn'],
  [4, '(8)', 'Xây dựng đảng và hệ thống chính trị cơ sở'],
  [4, '(9)', 'Giảm nghèo bền vững'],
  [4, '(10)', 'Đẩy mạnh và nâng cao chất lượng các dịch vụ hành chính công'],
  [4, '(11)', 'Tăng cường công tác giám sát, đánh giá thực hiện Chương trình'],
  [3, '2.6', 'Kết quả thực hiện Bộ tiêu chí nông thôn mới các cấp giai đoạn 2021-2025'],
  [3, '2.5', 'Kết quả huy động nguồn lực'],
  [3, '2.7', 'Đánh giá kết quả thực hiện quy chế dân chủ, công khai, minh bạch'],
  [3, '2.8', 'Đánh giá công tác phối hợp tuyên truyền và tham gia xây dựng Nông thôn mới của Mặt trận'],
  [1, 'IV', 'ĐÁNH GIÁ CHUNG'],
  [2, '1', 'Những kết quả đạt được'],
  [2, '2', 'Những hạn chế, khó khăn'],
  [2, '3', 'Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan'],
  [2, '4', 'Bài học kinh nghiệm'],
  [0, 'Phần thứ hai', 'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI'],
  [1, 'I', 'DỰ BÁO TÌNH HÌNH TRONG THỜI GIAN TỚI'],
  [2, '1', 'Bối cảnh cụ thể, thuận lợi, khó khăn của địa phương, đơn vị'],
  [2, '2', 'Xu hướng phát triển nông thôn mới đến năm 2025'],
  [1, 'II', 'Phương hướng, mục tiêu'],
  [2, '1', 'Mục tiêu tổng quát'],
  [2, '2', 'Mục tiêu cụ thể'],
  [1, 'III', 'Nhiệm vụ, giải pháp trọng tâm'],
  [2, '1', 'Nhiệm vụ'],
  [2, '2', 'Giải pháp'],
  [1, 'IV', 'Đề xuất, kiến nghị'],
  [2, '1', 'Đề xuất, kiến nghị chung'],
  [2, '2', 'Đề xuất, kiến nghị để khắc phục những bất cập'],
];

describe('nq16-so-ket-3-nam outline = ĐỀ CƯƠNG of seed 000', () => {
  const got = flat(pack.outline);
  test('same number of items', () => expect(got.length).toBe(EXPECTED.length));
  test.each(EXPECTED.map((e, i) => [i, ...e] as const))('item %i: depth %i, %s %s', (i, depth, number, title) => {
    expect(got[i][0]).toBe(depth);
    expect(got[i][1]).toBe(number);
    expect(got[i][2].startsWith(title)).toBe(true);
  });
  test('every title is written in the seed exactly as in the pack', () => {
    const text = seed(SEED_000).replace(/\s+/g, ' ');
    for (const [, , title] of got) expect(text).toContain(title);
  });
  test('2.6 stays before 2.5, and the oddity is recorded', () => {
    const numbers = got.map((g) => g[1]);
    expect(numbers.indexOf('2.6')).toBeLessThan(numbers.indexOf('2.5'));
    expect(pack.notes.join(' ')).toMatch(/2\.6.*2\.5/);
  });
  test('II.1 and II.2 require a danh mục; 2.3 lists the six thematic programmes', () => {
    const ii = pack.outline[0].children[1];
    expect(ii.children[0].lists.length).toBe(1);
    expect(ii.children[1].lists.length).toBe(1);
    const s23 = pack.outline[0].children[2].children[1].children[2];
    expect(s23.number).toBe('2.3');
    expect(s23.topics.map((t) => t.id)).toEqual(['ocop', 'chuyen-doi-so', 'moi-truong', 'du-lich', 'khoa-hoc-cong-nghe', 'an-ninh-trat-tu']);
  });
  test('the appendices are expected ("Đính kèm các phụ lục")', () => {
    expect(pack.appendices.length).toBeGreaterThan(0);
  });
});

// Targets of seed 001 "2.1. Đến năm 2025", read off the seed by hand.
const TARGETS: Record<string, [Target, string]> = {
  'huyen-dat-chuan': [{ comparator: 'at-least', value: 4, strict: false }, 'ít nhất 4 huyện đạt chuẩn nông thôn mới'],
  'huyen-nang-cao': [{ comparator: 'at-least', value: 1, strict: false }, 'ít nhất 1 huyện đạt chuẩn nông thôn mới nâng cao'],
  'huyen-co-ban-nang-cao': [{ comparator: 'at-least', value: 1, strict: false }, '1 huyện cơ bản đạt chuẩn nông thôn mới nâng cao'],
  'xa-dat-chuan': [{ comparator: 'at-least', value: 38, strict: false }, 'ít nhất 38 xã đạt chuẩn nông thôn mới'],
  'xa-nang-cao': [{ comparator: 'at-least', value: 15, strict: false }, '15 xã đạt chuẩn nông thôn mới nâng cao'],
  'xa-kieu-mau': [{ comparator: 'at-least', value: 5, strict: false }, '05 xã đạt chuẩn nông thôn mới kiểu mẫu'],
  'xa-duoi-15-tieu-chi': [{ comparator: 'exactly', value: 0 }, 'còn xã dưới 15 tiêu chí'],
  'thon-dat-chuan': [{ comparator: 'at-least', value: 85, strict: false }, 'có 85% số thôn đạt chuẩn nông thôn mới'],
  'thon-kieu-mau': [{ comparator: 'at-least', value: 5, strict: false }, '5% số thôn đạt chuẩn nông thôn mới kiểu mẫu'],
  'thon-xa-dbkk': [{ comparator: 'at-least', value: 60, strict: false }, '60% số thôn thuộc các xã đặc biệt khó khăn'],
  'lao-dong-dao-tao': [{ comparator: 'at-least', value: 70, strict: false }, 'qua đào tạo đạt 70%'],
  'thu-nhap': [{ comparator: 'multiple-of-base', factor: 1.5, baseYear: 2020 }, 'tăng ít nhất 1,5 lần so với năm 2020'],
  'giam-ngheo': [{ comparator: 'reduction-per-year', value: 1.5, strict: false }, 'ít nhất 1,5%/năm'],
  'giam-ngheo-dtts': [{ comparator: 'reduction-per-year', value: 3, strict: true }, 'giảm trên 3%/năm'],
  'tang-truong-gtgt-nong-nghiep': [{ comparator: 'range', min: 3, max: 4 }, 'ngành nông nghiệp 3-4%'],
  'gia-tri-san-xuat-ha': [{ comparator: 'at-least', value: 150, strict: false }, '150 triệu đồng/ha đất trồng trọt'],
  'dien-tich-tuoi': [{ comparator: 'at-least', value: 62, strict: false }, 'chủ động tưới đạt 62%'],
  'chuyen-doi-lua': [{ comparator: 'at-least', value: 2000, strict: false }, 'chuyển đổi thêm 2.000 ha'],
  'nuoc-sach': [{ comparator: 'at-least', value: 98, strict: false }, 'nước sạch đạt 98%'],
  'che-phu-rung': [{ comparator: 'at-least', value: 49, strict: false }, 'che phủ rừng đạt 49%'],
};

describe('nq16 targets = seed 001 section 2.1 (Đến năm 2025)', () => {
  const s = seed(SEED_001).replace(/\s+/g, ' ');
  const section21 = s.slice(s.indexOf('2.1. Đến năm 2025'), s.indexOf('2.2. Định hướng'));
  test('all 2.1 targets are in the pack, no more, no less', () => {
    expect(pack.indicators.map((i) => i.id).sort()).toEqual(Object.keys(TARGETS).sort());
  });
  test.each(Object.entries(TARGETS))('%s', (id, [target, phrase]) => {
    const ind = pack.indicators.find((i) => i.id === id)!;
    expect(ind.target).toEqual(target);
    expect(ind.year).toBe(2025);
    expect(section21).toContain(phrase);
  });
  test('province totals are compared only in a province report; rates at any level', () => {
    const lv = (id: string) => pack.indicators.find((i) => i.id === id)!.levels;
    expect(lv('xa-dat-chuan')).toEqual(['tinh']);
    expect(lv('chuyen-doi-lua')).toEqual(['tinh']);
    expect(lv('lao-dong-dao-tao')).toEqual(expect.arrayContaining(['tinh', 'huyen', 'xa']));
  });
  test('poverty reduction runs lower-is-better in wording but is judged as a reduction', () => {
    expect(pack.indicators.find((i) => i.id === 'xa-duoi-15-tieu-chi')!.direction).toBe('lower');
  });
  test('2030 orientation is kept as information', () => {
    const ind = pack.indicators.find((i) => i.id === 'xa-dat-chuan')!;
    expect(ind.orientation).toEqual([{ year: 2030, target: { comparator: 'at-least', value: 45, strict: false } }]);
    expect(s.slice(s.indexOf('2.2. Định hướng'))).toContain('ít nhất 45 xã đạt chuẩn nông thôn mới');
  });
});
