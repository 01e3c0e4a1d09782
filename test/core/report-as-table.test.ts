/**
 * A report written as one table end to end, its parts and indicators rows of it (session 27, fn01): "Phần thứ nhất | TÌNH HÌNH … | << …"
 * is the part, and the rows of indicators under "Chỉ tiêu NQ … | Kết quả thực hiện …" are read as an indicator table's, while the
 * rows of prose that run over those columns are read as prose.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, NQ16_HEADS } from './doc';

const pack = builtinPack('nq16-so-ket-3-nam')!;
/** The outline's rows as the writer put them, each section a row, its indicators under item 1 of III. */
function report(indicatorRows: string[]): string {
  const prose = (t: string) => `${t} Các cấp ủy, chính quyền triển khai đồng bộ, kịp thời, có sự tham gia của Mặt trận và các đoàn thể; kết quả được Nhân dân đồng tình hưởng ứng.`;
  const row = (n: string, title: string) => `| ${n} | ${title} | ${prose(title)} | << | << |`;
  const part = (n: string, title: string) => `| ${n} | ${title} | << | << | << |`;
  const lines = [
    '| TT | Nội dung theo Đề cương | Chỉ tiêu NQ 16-NQ/TU đến năm 2025 | Kết quả thực hiện đến 30/6/2024 | Đánh giá |',
    part('Phần thứ nhất', 'TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU'),
    row('I', 'Khái quát tình hình'),
    part('II', 'Công tác lãnh đạo, chỉ đạo học tập, quán triệt, cụ thể hóa và kiểm tra, giám sát'),
    row('1', 'Công tác tổ chức học tập, quán triệt, tuyên truyền, phổ biến, nâng cao nhận thức'),
    row('2', 'Công tác lãnh đạo, chỉ đạo cụ thể hóa và ban hành văn bản thực hiện Nghị quyết'),
    row('3', 'Công tác kiểm tra, giám sát'),
    part('III', 'Kết quả đạt được'),
    part('1', 'Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu'),
    ...indicatorRows,
    part('2', 'Kết quả thực hiện các nhiệm vụ, giải pháp'),
    ...['2.1|Vai trò, kết quả lãnh đạo, chỉ đạo của cấp ủy Đảng', '2.2|Công tác quản lý nhà nước của chính quyền; phát huy sức mạnh của các đoàn thể', '2.3|Kết quả thực hiện 06 chương trình chuyên đề', '2.4|Mức độ thực hiện 11 nội dung thành phần của Chương trình', '2.5|Kết quả huy động nguồn lực', '2.6|Kết quả thực hiện Bộ tiêu chí nông thôn mới các cấp', '2.7|Kết quả thực hiện quy chế dân chủ, công khai, minh bạch', '2.8|Công tác phối hợp tuyên truyền của Mặt trận và các đoàn thể'].map((x) => row(x.split('|')[0], x.split('|')[1])),
    part('IV', 'Đánh giá chung'),
    ...['1|Những kết quả đạt được', '2|Hạn chế, khó khăn', '3|Nguyên nhân của hạn chế', '4|Bài học kinh nghiệm'].map((x) => row(x.split('|')[0], x.split('|')[1])),
    part('Phần thứ hai', 'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI'),
    part('I', 'Dự báo tình hình thời gian tới'),
    row('1', 'Bối cảnh, thuận lợi, khó khăn'), row('2', 'Xu hướng phát triển NTM đến năm 2025'),
    part('II', 'Phương hướng, mục tiêu'), row('1', 'Mục tiêu tổng quát'), row('2', 'Mục tiêu cụ thể'),
    part('III', 'Nhiệm vụ, giải pháp trọng tâm'), row('1', 'Nhiệm vụ'), row('2', 'Giải pháp'),
    part('IV', 'Đề xuất, kiến nghị'), row('1', 'Đề xuất, kiến nghị chung'), row('2', 'Đề xuất, kiến nghị để khắc phục những bất cập'),
  ];
  return `${NQ16_HEADS.huyen}\n${lines.join('\n')}\nTrên đây là báo cáo.`;
}
const ROWS = [
  '| b | Tỷ lệ số thôn đạt chuẩn nông thôn mới | 85% | 42/46 thôn, đạt 91,3% | Vượt |',
  '| c | Tỷ lệ số thôn đạt chuẩn NTM kiểu mẫu | 5% | 03/46 thôn, đạt 6,5% | Vượt |',
  '| đ | Tỷ lệ lao động nông thôn qua đào tạo | 70% | 72,5% (năm 2020: 56,3%) | Đạt |',
  '| k | Tỷ lệ diện tích sản xuất chủ động tưới | 62% | 66,8% | Vượt |',
];
const run = (rows: string[]) => check(doc(report(rows)), pack, { level: 'huyen' });

test('the parts named "Phần thứ nhất", "Phần thứ hai" in the number cell are found, and the indicators of its rows are read', () => {
  const r = run(ROWS);
  // (the eleven items of 2.4 are left out of this report: only the parts are asked about)
  const missing = r.findings.filter((f) => f.code === 'missing-section').map((f) => f.section);
  expect(missing.filter((s) => !s?.startsWith('p1.iii.2.4.'))).toEqual([]);
  expect(r.sections.filter((x) => x.id === 'p1' || x.id === 'p2').map((x) => x.status)).toEqual(['present', 'present']);
  const got = new Map(r.indicators.map((i) => [i.id, i.value]));
  expect([got.get('thon-dat-chuan'), got.get('thon-kieu-mau'), got.get('lao-dong-dao-tao'), got.get('dien-tich-tuoi')].map((v) => (v === undefined ? v : Math.round(v * 10) / 10))).toEqual([91.3, 6.5, 72.5, 66.8]);
});

test('a row of an indicator below its target, said met, is judged; the prose rows give no figure of an indicator', () => {
  const r = run(ROWS.map((x) => x.replace('72,5% (năm 2020: 56,3%) | Đạt', '68,5% (năm 2020: 56,3%) | Đạt')));
  expect(r.findings.filter((f) => f.indicator === 'lao-dong-dao-tao').map((f) => f.code).sort()).toEqual(['claim-contradiction', 'indicator-below-target']);
  expect(r.findings.filter((f) => ['conflicting-figures', 'target-misquoted'].includes(f.code))).toEqual([]);
});
