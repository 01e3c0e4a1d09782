/**
 * The plan's items answered in a table, each row its number, its title and the writer's text beside it (session 34, pt06, ps06): the rows
 * are read as headings where the alignment confirms them, though numbered headings stand outside the table — and a table of a section's
 * own topics numbered the same way stays that section's text (cm01).
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, nq16, results, MET } from './doc';

const nq04 = builtinPack('nq04-ket-luan-ha-tinh')!;
const tasks = nq04.outline.filter((s) => s.id.startsWith('nv-'));
const prose = 'Ban cán sự đảng UBND tỉnh đã chỉ đạo các sở, ngành, địa phương triển khai đồng bộ, kịp thời; kết quả được Nhân dân đồng tình hưởng ứng, tạo chuyển biến rõ nét.';
const tableReport = (rows: string[]) => [
  'BAN CÁN SỰ ĐẢNG UBND TỈNH', 'Số: 125-BC/BCSĐ', 'BÁO CÁO', nq04.title,
  '# I. KHÁI QUÁT TÌNH HÌNH', '## 1. Thuận lợi', 'Kinh tế - xã hội của tỉnh phát triển ổn định.', '## 2. Khó khăn', 'Thiên tai, dịch bệnh diễn biến phức tạp.', '## 3. Công tác triển khai Kết luận', 'Ban cán sự đảng ban hành kế hoạch thực hiện.',
  '# II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP THEO KẾT LUẬN',
  '| TT | Nhiệm vụ, giải pháp theo Kết luận | Kết quả thực hiện |',
  ...rows,
  '# III. ĐỀ XUẤT, KIẾN NGHỊ', 'Đề nghị Trung ương sớm ban hành Bộ tiêu chí giai đoạn 2026-2030.', 'Trên đây là báo cáo.',
].join('\n');

test('the plan\'s eight tasks as rows of a table, numbered headings outside it: mapped, none missing', () => {
  const r = check(doc(tableReport(tasks.map((s, k) => `| ${k + 1} | ${s.title} | ${prose} |`))), nq04, { level: 'tinh' });
  expect(r.summary.mapped).toBe(true);
  expect(r.findings.filter((f) => f.code === 'missing-section' || f.code === 'unmapped-document').map((f) => f.section ?? f.code)).toEqual([]);
});

test('… and with one task left out, that one is missing', () => {
  const r = check(doc(tableReport(tasks.filter((s) => s.id !== 'nv-6').map((s, k) => `| ${k + 1} | ${s.title} | ${prose} |`))), nq04, { level: 'tinh' });
  expect(r.findings.filter((f) => f.code === 'missing-section').map((f) => f.section)).toEqual(['nv-6']);
});

test('a table of a section\'s own topics numbered 1 … 6, each with its text, stays the section\'s text: no empty section, no topic missing', () => {
  const pack = builtinPack('nq16-so-ket-3-nam')!;
  const sec = pack.outline.flatMap(function walk(s): typeof pack.outline { return [s, ...s.children.flatMap(walk)]; }).find((s) => s.id === 'p1.iii.2.3')!;
  const table = ['| TT | Chương trình | Kết quả |', ...sec.topics.map((t, k) => `| ${k + 1} | ${t.label} | Huyện triển khai ${t.label.toLowerCase()} tại 12 xã, hỗ trợ các hợp tác xã, tổ hợp tác và hộ gia đình tham gia, đạt kết quả tích cực. |`)];
  const r = check(doc(nq16({ ...results(MET), 'p1.iii.2.3': table.join('\n') })), pack, { level: 'huyen' });
  expect(r.findings.filter((f) => f.section === 'p1.iii.2.3').map((f) => f.code)).toEqual([]);
});
