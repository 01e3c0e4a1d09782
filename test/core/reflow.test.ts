/** A report converted back from PDF: broken lines are read as the sentences they were. */
import { reflowed } from '../../src/core/reflow';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, outline } from './doc';

const BROKEN = [
  'Tổng nguồn vốn huy động thực hiện Chương trình giai đoạn 2021-2023 là 1.264,8 tỷ đồng, gồm: ngân',
  'sách Trung ương 312,4 tỷ đồng; ngân sách tỉnh 186,5 tỷ đồng; ngân sách huyện 143,2 tỷ đồng; ngân',
  '2',
  'Báo cáo sơ kết 3 năm (2021-2023)',
  'sách xã 38,6 tỷ đồng; vốn lồng ghép các chương trình, dự án 402,7 tỷ đồng; vốn tín dụng 95,3 tỷ',
  'đồng; doanh nghiệp, hợp tác xã 21,9 tỷ đồng; cộng đồng dân cư đóng góp 46,2 tỷ đồng.',
];

test('lines broken mid-sentence are joined into the first, past a page number and the running header; indices stay', () => {
  const src = [...BROKEN, 'Báo cáo sơ kết 3 năm (2021-2023)', 'Các xã đã triển khai đồng bộ', 'các nội dung của Chương trình, đạt', 'kết quả tích cực.', 'Báo cáo sơ kết 3 năm (2021-2023)', 'Nhân dân đồng tình', 'hưởng ứng tham gia.'].join('\n');
  const d = doc(src);
  const r = reflowed(d);
  expect(r.paragraphs).toHaveLength(d.paragraphs.length);
  expect(r.paragraphs[0].text).toContain('gồm: ngân sách Trung ương 312,4 tỷ đồng');
  expect(r.paragraphs[0].text).toContain('ngân sách xã 38,6 tỷ đồng');
  expect(r.paragraphs[0].text).toMatch(/46,2 tỷ đồng\.$/);
  expect(r.paragraphs[2].text).toBe('');
  expect(r.paragraphs[7].text).toBe('Các xã đã triển khai đồng bộ các nội dung của Chương trình, đạt kết quả tích cực.');
});

test('a document written in Word (sentences whole) is left as it is', () => {
  const d = doc(outline('ntm-so-ket-2021-2023-dia-phuong'));
  expect(reflowed(d)).toBe(d);
});

test('the money list broken over printed lines is checked as one: its total is wrong', () => {
  const pack = builtinPack('ntm-so-ket-2021-2023-dia-phuong')!;
  const src = outline('ntm-so-ket-2021-2023-dia-phuong', { 'co-che-nguon-luc': [...BROKEN, 'Các cơ chế được ban hành kịp thời, phù', 'hợp với điều kiện của huyện; tuy nhiên', 'mức hỗ trợ còn thấp so với nhu cầu', 'của các thôn vùng gò đồi.', '3', 'Báo cáo sơ kết 3 năm (2021-2023)', 'Trên đây là báo cáo.'].join('\n') });
  const r = check(doc(src), pack, { level: 'huyen', only: ['arithmetic-mismatch'] });
  expect(r.findings.map((f) => f.message.vi)).toEqual(['Tổng ghi 1.264,8 tỷ đồng nhưng các phần cộng lại 1.246,8 tỷ đồng.']);
});

test('in a document written in Word, a lone sentence copied from a PDF over two paragraphs is joined; short lines and list items are not (session 19, yp01)', () => {
  const src = [
    'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,6%, trong đó tỷ lệ hộ dân nông thôn sử dụng nước sạch',
    'mới đạt 91,4% (13.920/15.230 hộ), thấp hơn mục tiêu Nghị quyết đề ra (98%).',
    'Kết quả cụ thể như sau',
    'các xã đều triển khai đồng bộ.',
    'Các công trình đã hoàn thành gồm nhiều hạng mục quan trọng của xã, cụ thể',
    'a) đường giao thông liên thôn dài 2,5 km.',
  ].join('\n');
  const d = doc(src);
  const r = reflowed(d);
  expect(r.paragraphs).toHaveLength(d.paragraphs.length);
  expect(r.paragraphs[0].text).toBe('Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,6%, trong đó tỷ lệ hộ dân nông thôn sử dụng nước sạch mới đạt 91,4% (13.920/15.230 hộ), thấp hơn mục tiêu Nghị quyết đề ra (98%).');
  expect(r.paragraphs[1].text).toBe('');
  expect(r.paragraphs.slice(2).map((p) => p.text)).toEqual(d.paragraphs.slice(2).map((p) => p.text));
});

test('a lone sentence copied from a PDF over four paragraphs is joined into the first, not into the third (session 19 tidy)', () => {
  const src = [
    'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,6%, trong đó tỷ lệ hộ dân nông thôn sử dụng nước sạch',
    'mới đạt 91,4% (13.920/15.230 hộ), thấp hơn mục tiêu Nghị quyết đề ra do các công trình cấp nước tập trung',
    'ở các xã vùng cao đã xuống cấp nghiêm trọng sau nhiều năm sử dụng, hoạt động không thường xuyên và',
    'thiếu kinh phí duy tu.',
  ].join('\n');
  const r = reflowed(doc(src));
  expect(r.paragraphs.map((p) => p.text)).toEqual([
    'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,6%, trong đó tỷ lệ hộ dân nông thôn sử dụng nước sạch mới đạt 91,4% (13.920/15.230 hộ), thấp hơn mục tiêu Nghị quyết đề ra do các công trình cấp nước tập trung ở các xã vùng cao đã xuống cấp nghiêm trọng sau nhiều năm sử dụng, hoạt động không thường xuyên và thiếu kinh phí duy tu.',
    '',
    '',
    '',
  ]);
});

test('a bold heading of a full line and the outline guidance left in italics under it, in lower case, are not one line cut at the margin (session 27, ez01)', () => {
  const src = [
    '**1. Bối cảnh cụ thể, thuận lợi, khó khăn của địa phương, đơn vị**',
    '__nhất là các chủ trương của Đảng, các cơ chế, chính sách mới của tỉnh và khả năng huy động các nguồn lực đầu tư__',
    'Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,6%, trong đó tỷ lệ hộ dân nông thôn sử dụng nước sạch',
    'mới đạt 91,4% (13.920/15.230 hộ).',
  ].join('\n');
  const d = doc(src);
  const r = reflowed(d);
  expect(r.paragraphs[0].text).toBe('1. Bối cảnh cụ thể, thuận lợi, khó khăn của địa phương, đơn vị');
  expect(r.paragraphs[1].text).toBe(d.paragraphs[1].text);
  // (a plain cut line below them is still joined)
  expect(r.paragraphs[2].text).toMatch(/nước sạch mới đạt 91,4%/);
});

/** A converted report's lines, cut at the printed margin (about 90 characters): some go on in lower case, some in a figure, a name or a heading's capitals (session 50). */
const CUT = [
  'Huyện ủy, UBND huyện tổ chức quán triệt Kết luận đến 100% chi bộ, đảng viên; các xã tổ chức',
  '236 cuộc họp thôn, tổ dân phố để tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn',
  'mới. Trong 6 tháng đầu năm 2025, Đài Truyền thanh - Truyền hình huyện phát 84 tin, bài và',
  'Trang thông tin điện tử huyện đăng tải 52 tin, bài về nông thôn mới, gương điển hình hiến',
  'đất, góp công xây dựng khu dân cư kiểu mẫu, vườn mẫu nhân dịp Ngày hội Đại đoàn kết toàn',
  'dân tộc.',
  '(9) Giảm nghèo bền vững, đặc biệt là vùng đồng bào dân tộc thiểu số, miền núi và ven biển',
  'Lồng ghép Chương trình MTQG giảm nghèo bền vững với xây dựng nông thôn mới; hỗ trợ xây dựng,',
  'sửa chữa 612 nhà ở cho hộ nghèo, hộ cận nghèo; hỗ trợ sinh kế cho 1.850 hộ trên địa bàn các',
  'xã vùng cao.',
  'VII. TÌNH HÌNH XÂY DỰNG, THỰC HIỆN KẾ HOẠCH CÓ SỰ THAM GIA CỦA CỘNG ĐỒNG THEO ĐIỀU 8 NGHỊ',
  'ĐỊNH 27/2022/NĐ-CP',
  'Các thôn đã tổ chức họp dân bàn, lựa chọn công trình ưu tiên đầu tư; kết quả có 18 công trình',
  'được Nhân dân đề xuất, trong đó 12 công trình đã hoàn thành, đưa vào sử dụng, phát huy hiệu',
  'quả.',
  '2. Công tác lãnh đạo, chỉ đạo cụ thể hóa và ban hành các văn bản thực hiện Nghị quyết số',
  '16-NQ/TU và các chủ trương của tỉnh về xây dựng nông thôn mới',
];

test('in a converted report, a line cut at the margin goes on in the next whatever it opens on — a figure, a name, a heading\'s capitals — but not a heading typed with its number into its first sentence (session 50, text pasted from a PDF)', () => {
  const r = reflowed(doc(CUT.join('\n'))).paragraphs.map((p) => p.text);
  expect(r[0]).toBe(`${CUT[0]} ${CUT[1]} ${CUT[2]} ${CUT[3]} ${CUT[4]} ${CUT[5]}`);
  expect(r[1]).toBe('');
  // (a heading typed with its number, in lower case, reaching the margin: its first sentence opens in a capital on the next line)
  expect(r[6]).toBe(CUT[6]);
  expect(r[7]).toBe(`${CUT[7]} ${CUT[8]} ${CUT[9]}`);
  // (a heading in capitals goes on in capitals, a numbered one in its number's figure)
  expect(r[10]).toBe(`${CUT[10]} ${CUT[11]}`);
  expect(r[15]).toBe(`${CUT[15]} ${CUT[16]}`);
});
