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

test('a heading in capitals that starts like an office, or like a signer\'s abbreviation, is still a heading', () => {
  expect(heads('**CHỦ TỊCH UBND XÃ CHỈ ĐẠO RÀ SOÁT TIÊU CHÍ**').map((h) => h[1])).toEqual(['CHỦ TỊCH UBND XÃ CHỈ ĐẠO RÀ SOÁT TIÊU CHÍ']);
  expect(heads('**TM-DV PHÁT TRIỂN MẠNH**').map((h) => h[1])).toEqual(['TM-DV PHÁT TRIỂN MẠNH']);
});

test('the signer\'s name after the blank lines left for the signature and "(Đã ký)" is no heading', () => {
  const p = (text: string, bold = false) => ({ text, bold });
  const src = [p('I. KẾT QUẢ THỰC HIỆN', true), p('Toàn huyện có 12 xã đạt chuẩn.'), p('KT. CHỦ TỊCH', true), p('PHÓ CHỦ TỊCH', true), p(''), p(''), p('(Đã ký)'), p(''), p('Phan Đình Lực', true)];
  const model = { paragraphs: src.map((x, index) => ({ index, ...x })) } as unknown as Parameters<typeof findHeadings>[0];
  expect(findHeadings(model).map((h) => h.title)).toEqual(['KẾT QUẢ THỰC HIỆN']);
});

test('a small letter and a full stop typed before a plain title ("a. Bối cảnh, thuận lợi và khó khăn") is a candidate heading, as "a)" is; "v.v." and a letter before a small word are not', () => {
  expect(heads('# 1.1. Đánh giá kết quả\na. Bối cảnh, thuận lợi và khó khăn\nTam Bình là huyện thuần nông.\nb. Kết quả thực hiện Chương trình\nĐến 30/6/2019, toàn huyện có 08/17 xã đạt chuẩn.').map((h) => [h[0], h[1]])).toEqual([['1.1', 'Đánh giá kết quả'], ['a)', 'Bối cảnh, thuận lợi và khó khăn'], ['b)', 'Kết quả thực hiện Chương trình']]);
  expect(heads('# 1.1. Đánh giá kết quả\nv.v. Các xã còn khó khăn.\nb. sau đó các xã triển khai.').map((h) => h[0])).toEqual(['1.1']);
});

describe('an outline held in a table beside headings outside it (session 23, dg01)', () => {
  const PROSE = 'Huyện đã tổ chức triển khai đầy đủ, kịp thời các nội dung của Nghị quyết đến toàn thể cán bộ, đảng viên và Nhân dân trên địa bàn.';
  const src = [
    'BÁO CÁO',
    'Phần thứ nhất',
    'TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT',
    '| TT | Nội dung | Kết quả thực hiện | Ghi chú |',
    `| I | KHÁI QUÁT TÌNH HÌNH | ${PROSE} | |`,
    '| II | CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO | << | << |',
    `| 1 | Công tác tổ chức học tập, quán triệt | ${PROSE} | |`,
    `| 2 | Công tác cụ thể hóa, ban hành văn bản | ${PROSE} | |`,
    `| 3 | Công tác kiểm tra, giám sát | ${PROSE} | |`,
    '# Phần thứ hai',
    '## I. Dự báo tình hình',
    '## II. Phương hướng, mục tiêu',
    '## III. Nhiệm vụ, giải pháp',
    '## IV. Đề xuất, kiến nghị',
  ].join('\n');
  test('its rows numbered at two levels are read as headings, a part\'s row whose title spans the other columns among them', () => {
    const titles = findHeadings(doc(src)).filter((h) => h.inTable !== undefined).map((h) => `${h.number} ${h.title}`);
    expect(titles).toEqual(['I KHÁI QUÁT TÌNH HÌNH', 'II CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO', '1 Công tác tổ chức học tập, quán triệt', '2 Công tác cụ thể hóa, ban hành văn bản', '3 Công tác kiểm tra, giám sát']);
  });
});

describe('an outline held in a table whose title cells open on their own numbers (session 24, dg02, dg04, dg05)', () => {
  const PROSE = 'Huyện đã tổ chức triển khai đầy đủ, kịp thời các nội dung của Chương trình đến toàn thể cán bộ, đảng viên và Nhân dân trên địa bàn.';
  const typed = [
    'BÁO CÁO',
    '**I. ĐẶC ĐIỂM TÌNH HÌNH**',
    PROSE,
    '**II. KẾT QUẢ SƠ KẾT 3 NĂM (2021 - 2023)**',
    '**III. NHIỆM VỤ, GIẢI PHÁP**',
    '| Nội dung | Kết quả thực hiện | Tồn tại, hạn chế | Ghi chú |',
    '| 1. Đánh giá về kết quả công tác tổ chức, triển khai thực hiện Chương trình | << | << | << |',
    `| 1.1. Kiện toàn Ban Chỉ đạo, bộ máy giúp việc | ${PROSE} | | |`,
    `| 1.2. Ban hành văn bản chỉ đạo, điều hành | ${PROSE} | | |`,
    '| 2. Đánh giá tình hình và kết quả thực hiện các Bộ tiêu chí | << | << | << |',
    `| 2.1. Xã nông thôn mới (kể cả duy trì chuẩn) | ${PROSE} | | |`,
    `| (1) Nâng cao hiệu quả quản lý và thực hiện xây dựng nông thôn mới theo quy hoạch | ${PROSE} | | |`,
  ].join('\n');
  test('the rows are read as headings beside those outside the table, the part\'s row that spans the others among them', () => {
    const titles = findHeadings(doc(typed)).filter((h) => h.inTable !== undefined).map((h) => `${h.number} ${h.title}`);
    expect(titles).toEqual(['1 Đánh giá về kết quả công tác tổ chức, triển khai thực hiện Chương trình', '1.1 Kiện toàn Ban Chỉ đạo, bộ máy giúp việc', '1.2 Ban hành văn bản chỉ đạo, điều hành', '2 Đánh giá tình hình và kết quả thực hiện các Bộ tiêu chí', '2.1 Xã nông thôn mới (kể cả duy trì chuẩn)', '(1) Nâng cao hiệu quả quản lý và thực hiện xây dựng nông thôn mới theo quy hoạch']);
  });
  test('… and "(1)" alone in a number cell is the plan\'s item too', () => {
    const src = ['BÁO CÁO', '| TT | Nội dung | Kết quả thực hiện |', `| (1) | Quy hoạch | ${PROSE} |`, `| (2) | Hạ tầng kinh tế - xã hội | ${PROSE} |`, `| (3) | Kinh tế và tổ chức sản xuất | ${PROSE} |`].join('\n');
    expect(findHeadings(doc(src)).filter((h) => h.inTable !== undefined).map((h) => `${h.number} ${h.title}`)).toEqual(['(1) Quy hoạch', '(2) Hạ tầng kinh tế - xã hội', '(3) Kinh tế và tổ chức sản xuất']);
  });
  test('a table of numbered notes, each cell a sentence of figures, is no outline', () => {
    const src = ['BÁO CÁO', '**I. KẾT QUẢ**', '**II. NHIỆM VỤ**', '**III. KIẾN NGHỊ**', '| Ghi chú |', '| 1. Năm 2023 toàn huyện có 12 xã đạt chuẩn nông thôn mới, tăng 2 xã so với năm 2022; tỷ lệ hộ nghèo giảm còn 2,1%, đạt kế hoạch đề ra của huyện và tỉnh. |', '| 2. Năm 2022 toàn huyện có 10 xã đạt chuẩn nông thôn mới, tăng 3 xã so với năm 2021; tỷ lệ hộ nghèo giảm còn 3,4%, đạt kế hoạch đề ra của huyện và tỉnh. |', '| 3. Năm 2021 toàn huyện có 7 xã đạt chuẩn nông thôn mới, tăng 1 xã so với năm 2020; tỷ lệ hộ nghèo giảm còn 4,8%, chưa đạt kế hoạch đề ra của huyện. |'].join('\n');
    expect(findHeadings(doc(src)).filter((h) => h.inTable !== undefined)).toEqual([]);
  });
});

test('a title broken over two lines set off alike, the second going on in lower case, is one heading (session 27, fk03, fk05); a new heading after a full stop is not', () => {
  expect(heads(['## 4. Đánh giá việc thực hiện các Chương trình chuyên đề', '## trong xây dựng nông thôn mới', 'Toàn huyện có 32 sản phẩm OCOP.'].join('\n'))).toEqual([['4', 'Đánh giá việc thực hiện các Chương trình chuyên đề trong xây dựng nông thôn mới', '']]);
  expect(heads(['## 2. Tập trung cao thực hiện mục tiêu tỉnh hoàn thành nhiệm vụ xây dựng NTM theo Quyết định', '## số 321/QĐ-TTg, ngày 08/3/2022 của Thủ tướng Chính phủ', 'Đến nay, 13/13 đơn vị cấp huyện hoàn thành nhiệm vụ.'].join('\n')).map((h) => h[1])).toEqual(['Tập trung cao thực hiện mục tiêu tỉnh hoàn thành nhiệm vụ xây dựng NTM theo Quyết định số 321/QĐ-TTg, ngày 08/3/2022 của Thủ tướng Chính phủ']);
  // (a bold heading, then the outline's guidance in italics under it: not one)
  expect(heads(['**1. Bối cảnh cụ thể, thuận lợi, khó khăn của địa phương, đơn vị**', '__nhất là các chủ trương của Đảng, các cơ chế, chính sách mới__'].join('\n')).map((h) => h[1])[0]).toBe('Bối cảnh cụ thể, thuận lợi, khó khăn của địa phương, đơn vị');
});

test('two items merged under one decimal number range ("2.7-2.8. Thực hiện quy chế dân chủ …; phối hợp của Mặt trận …") are a heading numbered as the first (session 27, fl03)', () => {
  expect(heads('**2.7-2.8. Thực hiện quy chế dân chủ, mô hình "dân vận khéo"; phối hợp của Mặt trận và các đoàn thể**')).toEqual([['2.7', 'Thực hiện quy chế dân chủ, mô hình "dân vận khéo"; phối hợp của Mặt trận và các đoàn thể', '']]);
});

test('a speech heads its parts with a short plain line a spelled number opens ("Thứ nhất, về kết quả thực hiện"): a weak heading; a sentence it opens is none ("Thứ hai, toàn xã có 12 thôn.") (session 50)', () => {
  const src = ['Kính thưa các vị đại biểu, thưa toàn thể Hội nghị!', 'Thứ nhất, về kết quả thực hiện', 'Trong 3 năm 2021-2023, Nhân dân trong xã đã hiến 12.400 m2 đất để làm đường giao thông nông thôn.', 'Thứ hai, toàn xã có 12 thôn đã có nhà văn hóa đạt chuẩn.', 'Một là, những tồn tại, hạn chế', 'Nguồn lực đầu tư còn hạn chế.'].join('\n');
  const hs = findHeadings(doc(src));
  expect(hs.map((h) => [h.number, h.title, !!h.weak])).toEqual([['1', 'về kết quả thực hiện', true], ['1', 'những tồn tại, hạn chế', true]]);
});
