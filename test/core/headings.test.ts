/** Headings as writers type them: what findHeadings reads as a heading, its title, and the text run into it. */
import { findHeadings } from '../../src/core/structure';
import { doc } from './doc';

const heads = (src: string) => findHeadings(doc(src)).map((h) => [h.number, h.title, h.runIn ?? '']);

test.each([
  ['a numbered heading in capitals, a line break, then its first sentence', 'I. KẾT QUẢ THỰC HIỆN↵Bước vào giai đoạn 2021-2025, Đảng ủy xã ban hành Nghị quyết chuyên đề.', [['I', 'KẾT QUẢ THỰC HIỆN', 'Bước vào giai đoạn 2021-2025, Đảng ủy xã ban hành Nghị quyết chuyên đề.']]],
  ['a heading set off by bold up to the break', '**2. Kết quả huy động nguồn lực**↵Tổng nguồn lực huy động đạt 31,4 tỷ đồng.', [['2', 'Kết quả huy động nguồn lực', 'Tổng nguồn lực huy động đạt 31,4 tỷ đồng.']]],
  ['a title in capitals over two lines, then its first sentence', 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM↵TRONG THỜI GIAN TỚI↵Tiếp tục rà soát, cứng hóa đường trục thôn.', [['II', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM TRONG THỜI GIAN TỚI', 'Tiếp tục rà soát, cứng hóa đường trục thôn.']]],
] as const)('%s', (_name, src, expected) => {
  expect(heads(src)).toEqual(expected);
});

test('a title that goes on in capitals after the break is one heading, not a heading and its text', () => {
  expect(heads('**I. KẾT QUẢ THỰC HIỆN↵CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU**')).toEqual([['I', 'KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU', '']]);
  expect(heads('I. KẾT QUẢ THỰC HIỆN↵CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU')).toEqual([['I', 'KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU', '']]);
});

test('a plain sentence with a line break is no heading', () => {
  expect(heads('1. Về giao thông, toàn xã đã cứng hóa 12 km đường trục thôn↵và 8 km đường ngõ xóm.')).not.toContainEqual(expect.arrayContaining(['1', expect.stringMatching(/^Về giao thông/), 'và 8 km đường ngõ xóm.']));
});

test('the signature block under the closing line is no heading: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" and the signer\'s name', () => {
  const src = ['**I. KẾT QUẢ THỰC HIỆN**', 'Toàn huyện có 12 xã đạt chuẩn.', 'Trên đây là báo cáo của UBND huyện Hương Khê./.', '**TM. ỦY BAN NHÂN DÂN**', '**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**', '**Phan Đình Lực**'].join('\n');
  expect(heads(src)).toEqual([['I', 'KẾT QUẢ THỰC HIỆN', '']]);
});

test('a heading in capitals that only starts like an office is still a heading ("CHỦ TỊCH UBND XÃ CHỈ ĐẠO …" is no signer line)', () => {
  expect(heads('**CÔNG TÁC CHỈ ĐẠO CỦA CHỦ TỊCH UBND HUYỆN**').map((h) => h[1])).toEqual(['CÔNG TÁC CHỈ ĐẠO CỦA CHỦ TỊCH UBND HUYỆN']);
});
