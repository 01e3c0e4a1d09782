/** decuong pack diff: what changed between two versions of a pack, in plain words. */
import { diffPacks } from '../../src/packs/diff';
import { builtinPack } from '../../src/packs/builtin';
import { Pack } from '../../src/packs/schema';
import { cli } from '../helpers';

const old = builtinPack('nq16-so-ket-3-nam')!;
const edited = () => {
  const p = structuredClone(old);
  p.version = '9.0.0';
  p.due[0].date = '2024-08-20';
  p.period = { ...p.period, to: '2024-09-30' };
  p.indicators.find((i) => i.id === 'xa-dat-chuan')!.target = { comparator: 'at-least', value: 40, strict: false };
  p.indicators = p.indicators.filter((i) => i.id !== 'che-phu-rung');
  const p1 = p.outline[0];
  const danhGia = p1.children.find((s) => s.number === 'IV')!;
  danhGia.children[2].title = 'Phân tích nguyên nhân';
  // "Bài học kinh nghiệm" moves from IV.4 to a new V of Phần thứ nhất
  const baiHoc = danhGia.children.pop()!;
  p1.children.push({ id: 'p1.v', number: 'V', title: 'BÀI HỌC', aliases: [], required: true, lists: [], topics: [], appendices: [], children: [{ ...baiHoc, number: '1' }] });
  return Pack.parse(p);
};

test('sections added, renamed, moved; targets, period and due dates changed; an indicator removed', () => {
  expect(diffPacks(old, edited())).toEqual([
    `Phiên bản ${old.version} → 9.0.0.`,
    'Kỳ báo cáo: 01/01/2021–30/06/2024 → 01/01/2021–30/09/2024.',
    'Hạn nộp: 15/08/2024 → 20/08/2024.',
    'Thêm mục "V (Phần thứ nhất). BÀI HỌC".',
    'Mục IV.3 (Phần thứ nhất) đổi tên: "Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan" → "Phân tích nguyên nhân".',
    'Mục "Bài học kinh nghiệm" chuyển từ IV.4 (Phần thứ nhất) sang V.1 (Phần thứ nhất).',
    'Bỏ chỉ tiêu "Tỷ lệ che phủ rừng".',
    'Chỉ tiêu "Số xã đạt chuẩn nông thôn mới": mục tiêu ≥ 38 xã → ≥ 40 xã.',
    `Lưu ý: chỉ tiêu "Số xã đạt chuẩn nông thôn mới" đổi mục tiêu nhưng trường "source" vẫn ghi "${old.indicators.find((i) => i.id === 'xa-dat-chuan')!.source}" — các điểm cần xem sẽ nói văn bản ấy ghi ≥ 40 xã; sửa "source" thành văn bản đặt mục tiêu mới.`,
  ]);
});

test('a province\'s revision as an office makes it (walk58, items 3 and 4): the target raised, its document named, a note why; the version kept is said', () => {
  const p = structuredClone(old);
  const ld = p.indicators.find((i) => i.id === 'lao-dong-dao-tao')!;
  ld.target = { comparator: 'at-least', value: 75, strict: false };
  ld.source = 'Nghị quyết số 25/NQ-HĐND tỉnh (điều chỉnh chỉ tiêu năm 2026)';
  p.notes = [...p.notes, 'Chỉ tiêu lao động qua đào tạo nâng lên 75% theo Nghị quyết số 25/NQ-HĐND.'];
  expect(diffPacks(old, Pack.parse(p))).toEqual([
    'Chỉ tiêu "Tỷ lệ lao động nông thôn qua đào tạo": mục tiêu ≥ 70% → ≥ 75%.',
    `Chỉ tiêu "Tỷ lệ lao động nông thôn qua đào tạo": văn bản đặt mục tiêu "${old.indicators.find((i) => i.id === 'lao-dong-dao-tao')!.source}" → "Nghị quyết số 25/NQ-HĐND tỉnh (điều chỉnh chỉ tiêu năm 2026)".`,
    'Thêm ghi chú: "Chỉ tiêu lao động qua đào tạo nâng lên 75% theo Nghị quyết số 25/NQ-HĐND.".',
    `Lưu ý: nội dung đã đổi nhưng phiên bản vẫn là ${old.version} — tăng "version" để kết quả kiểm tra cho biết đã theo phiên bản nào.`,
  ]);
});

test('the same pack: no change; the command says so', async () => {
  expect(diffPacks(old, old)).toEqual([]);
  const r = await cli(['pack', 'diff', 'nq16-so-ket-3-nam', 'nq16-so-ket-3-nam']);
  expect(r.out).toBe('Không có thay đổi.\n');
});

test('the command reads two pack files and lists the changes', async () => {
  const r = await cli(['pack', 'diff', 'cu.json', 'moi.json', '--lang', 'en'], { 'cu.json': JSON.stringify(old), 'moi.json': JSON.stringify(edited()) });
  expect(r.code).toBe(0);
  expect(r.out.split('\n')).toContain('- Indicator "Số xã đạt chuẩn nông thôn mới": target ≥ 38 xã → ≥ 40 xã.');
});

test('an item\'s other wordings and title-leads added or removed are said: a version that changes only them changes which headings count as the item (walk47)', () => {
  const a = builtinPack('ntm-so-ket-2021-2023-tham-luan')!;
  const b = structuredClone(a);
  b.version = '9.0.0';
  const item = b.outline.find((s) => s.id === 'ket-qua')!;
  item.titleLeads = [];
  item.aliases = [...item.aliases.filter((x) => x !== 'Kết quả và kinh nghiệm'), 'Kết quả đạt được'];
  expect(diffPacks(a, Pack.parse(b))).toEqual([
    `Phiên bản ${a.version} → 9.0.0.`,
    'Mục "Kết quả thực hiện nội dung được phân công tham luận": thêm cách gọi khác "Kết quả đạt được".',
    'Mục "Kết quả thực hiện nội dung được phân công tham luận": bỏ cách gọi khác "Kết quả và kinh nghiệm".',
    'Mục "Kết quả thực hiện nội dung được phân công tham luận": bỏ từ mở đầu đề mục nhắc lại tiêu đề báo cáo "Kết quả".',
  ]);
});

test('the levels it is for, the documents it follows and the words that recognise a report as of it (walk55: a level dropped went unsaid)', () => {
  const p = structuredClone(old);
  p.version = '9.1.0';
  p.levels = p.levels.filter((l) => l !== 'tinh');
  p.sources = [...p.sources, { number: '05/KH-BCĐ', issuer: 'Ban Chỉ đạo tỉnh', kind: 'Kế hoạch', date: '2026-10-01' }];
  p.identify = { ...p.identify, keywords: [...p.identify.keywords, 'tổng kết 5 năm'], titlePatterns: [], exclude: p.identify.exclude };
  const lines = diffPacks(old, Pack.parse(p));
  expect(lines).toContain(`Cấp báo cáo: ${old.levels.join(', ')} → ${old.levels.filter((l) => l !== 'tinh').join(', ')}.`);
  expect(lines.find((l) => l.startsWith('Văn bản căn cứ: '))).toMatch(/→ .*Kế hoạch 05\/KH-BCĐ \(01\/10\/2026\)\.$/u);
  expect(lines).toContain('Nhận biết mẫu: thêm từ khóa "tổng kết 5 năm".');
  expect(old.identify.titlePatterns.length).toBeGreaterThan(0);
  expect(lines.some((l) => l.startsWith('Nhận biết mẫu: bỏ mẫu tiêu đề '))).toBe(true);
  expect(diffPacks(old, structuredClone(old))).toEqual([]);
});
