import { cli, seed, SEED_000, FIXTURES } from '../helpers';
import { join } from 'path';
import { readFileSync } from 'fs';

describe('decuong pack', () => {
  test('help is in Vietnamese by default, commander\'s own words too, and in English with --lang en (session 44, walk43)', async () => {
    const vi = await cli(['check', '--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Cách dùng: decuong check \[tùy chọn\] <files\.\.\.>/);
    expect(vi.out).toContain('Tùy chọn:');
    expect(vi.out).toContain('(mặc định: "auto")');
    expect(vi.out).not.toMatch(/Usage|Options:|display help|default:/);
    const top = await cli(['--help']);
    expect(top.out).toMatch(/Lệnh:[\s\S]*help \[lệnh\]\s+xem hướng dẫn/);
    const en = await cli(['--lang', 'en', 'check', '--help']);
    expect(en.out).toMatch(/^Usage: decuong check \[options\]/);
    expect(en.out).toContain('(default: "auto")');
    expect(en.out).not.toMatch(/Cách dùng|mặc định|tệp/);
  });

  test('commander\'s own errors in Vietnamese, one line each, exit 2; in English with --lang en (walk44)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['check'], /^decuong: thiếu tham số <files>/],
      [['check', 'x.docx', '--fromat', 'html'], /^decuong: không có tùy chọn --fromat \(có phải --format\?\)/],
      [['kiemtra', 'x.docx'], /^decuong: không có lệnh kiemtra; các lệnh: check/],
      [['check', 'x.docx', '--out'], /^decuong: tùy chọn --out <path> thiếu giá trị/],
      [['skeleton', '--pack', 'nq16-so-ket-3-nam'], /^decuong: thiếu tùy chọn bắt buộc --out <file>/],
    ];
    for (const [argv, said] of cases) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(said);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    const en = await cli(['--lang', 'en', 'check']);
    expect(en.err).toMatch(/^error: missing required argument 'files'/);
  });

  test('list names the levels in words beside their ids', async () => {
    const r = await cli(['pack', 'list']);
    expect(r.out).toContain('cấp: tỉnh (tinh), huyện (huyen), xã (xa), sở, ngành (so-nganh)');
    const en = await cli(['--lang', 'en', 'pack', 'list']);
    expect(en.out).toContain('levels: province (tinh), district (huyen), commune (xa), department (so-nganh)');
  });

  test('list shows the six built-in packs', async () => {
    const r = await cli(['pack', 'list']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => /^\S/.test(l))).toHaveLength(6);
    expect(r.out).toContain('nq16-so-ket-3-nam');
    const j = await cli(['pack', 'list', '--json']);
    expect(JSON.parse(j.out).map((p: { id: string }) => p.id)).toContain('nq04-ket-luan-ha-tinh');
  });

  test('validate: exit 0 on a built-in pack', async () => {
    const r = await cli(['pack', 'validate', 'src/packs/builtin/nq16-so-ket-3-nam.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/hợp lệ/);
  });

  test('validate: exit 2 and one line per problem with its path', async () => {
    const bad = JSON.stringify({ id: 'X', version: '1', title: '' });
    const r = await cli(['pack', 'validate', 'bad.json'], { 'bad.json': bad });
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const l of lines) expect(l).toMatch(/^bad\.json: \S+: /);
    expect(r.err).not.toMatch(/\bat \w+ \(/);
  });

  test('validate: English with --lang en; missing file is one clear line', async () => {
    const r = await cli(['--lang', 'en', 'pack', 'validate', 'e.json'], { 'e.json': '' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/empty/);
    const m = await cli(['pack', 'validate', 'nowhere.json']);
    expect(m.code).toBe(2);
    expect(m.err.trim()).toBe('decuong: nowhere.json: không tìm thấy tệp');
  });

  test('import writes a pack skeleton to stdout or --out', async () => {
    const text = seed(SEED_000);
    const files = { 'dc.txt': text.slice(text.indexOf('ĐỀ CƯƠNG')) };
    const r = await cli(['pack', 'import', 'dc.txt', '--id', 'my-pack'], files);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.id).toBe('my-pack');
    expect(p.outline.map((s: { number: string }) => s.number)).toEqual(['Phần thứ nhất', 'Phần thứ hai']);
    const o = await cli(['pack', 'import', 'dc.txt', '--id', 'my-pack', '--out', 'p.json'], files);
    expect(o.code).toBe(0);
    expect(JSON.parse(o.written['p.json']).id).toBe('my-pack');
    // (the skeleton keeps its stand-ins until they are filled: validate names each and refuses — walk53, item 1)
    const v = await cli(['pack', 'validate', 'p.json'], { 'p.json': o.written['p.json'] });
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/p\.json: period\.from: Còn ngày tạm 2000-01-01/);
    expect(v.err).toMatch(/p\.json: sources\[0\]\.number: Còn chữ tạm "TODO"/);
    expect(v.err).toMatch(/p\.json: due\[0\]\.date: Còn ngày tạm/);
    const filled = JSON.parse(o.written['p.json']);
    filled.sources = [{ number: '15-KH/TU', issuer: 'Tỉnh ủy' }];
    filled.period = { from: '2021-01-01', to: '2025-06-30' };
    filled.due = [{ date: '2025-07-15', what: 'Gửi báo cáo' }];
    const w = await cli(['pack', 'validate', 'p.json'], { 'p.json': JSON.stringify(filled) });
    expect(w.err).toBe('');
    expect(w.code).toBe(0);
    // (… and a check with it is refused in one line, not run against 01/01/2000)
    const c = await cli(['check', 'r.docx', '--pack', 'p.json'], { 'p.json': o.written['p.json'] });
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/Còn ngày tạm 2000-01-01/);
  });

  test('export writes a built-in pack that validates and differs from itself in nothing; an unknown id is one line (walk53, item 2)', async () => {
    const r = await cli(['pack', 'export', 'nq16-so-ket-3-nam', '--out', 'p.json']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^đã ghi p\.json: sửa tệp/);
    const v = await cli(['pack', 'validate', 'p.json'], { 'p.json': r.written['p.json'] });
    expect(v.code).toBe(0);
    const d = await cli(['pack', 'diff', 'nq16-so-ket-3-nam', 'p.json'], { 'p.json': r.written['p.json'] });
    expect(d.out).toBe('Không có thay đổi.\n');
    const bad = await cli(['pack', 'export', 'khong-co']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('decuong: không có mẫu báo cáo "khong-co": xem decuong pack list\n');
  });

  test('a pack whose only identification word is "BÁO CÁO" is refused: it would claim every report (walk53)', async () => {
    const p = JSON.parse(readFileSync('src/packs/builtin/nq16-so-ket-3-nam.json', 'utf8'));
    p.identify.keywords = ['BÁO CÁO'];
    const r = await cli(['pack', 'validate', 'p.json'], { 'p.json': JSON.stringify(p) });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/identify\.keywords\[0\]: Từ khóa nhận biết "BÁO CÁO" quá chung/);
  });

  test('import names a gap in the numbering ("II.1" then "II.3") and what is left to fill, and writes the skeleton all the same (walk53, item 1)', async () => {
    const r = await cli(['pack', 'import', 'dc.txt', '--id', 'xa-2025'], { 'dc.txt': 'ĐỀ CƯƠNG BÁO CÁO\nTổng kết 5 năm xây dựng nông thôn mới giai đoạn 2021-2025\nI. ĐẶC ĐIỂM TÌNH HÌNH\nII. KẾT QUẢ THỰC HIỆN\n1. Công tác chỉ đạo\n3. Kết quả huy động nguồn lực\nIII. TỒN TẠI, HẠN CHẾ\n' });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/dc\.txt: mục "3" đứng ngay sau mục "1": có thiếu mục nào ở giữa không\?/);
    expect(r.err).toMatch(/còn phải điền văn bản nguồn, kỳ báo cáo, hạn nộp/);
    expect(r.err).not.toMatch(/"III" đứng ngay sau/);
    // (the title is the line after "ĐỀ CƯƠNG BÁO CÁO", not "BÁO CÁO")
    expect(JSON.parse(r.out).title).toBe('Tổng kết 5 năm xây dựng nông thôn mới giai đoạn 2021-2025');
  });

  test('import reads a .docx outline, Word\'s numbers before its headings, and gives one line for a file it cannot read (walk56, item 6)', async () => {
    const docx = readFileSync(join(FIXTURES, 'reports', 'v02-huyen-nq16-tu-dong.docx'));
    const r = await cli(['pack', 'import', 'dc.docx', '--id', 'tu-docx'], { 'dc.docx': docx });
    expect(r.code).toBe(0);
    const pack = JSON.parse(r.out);
    expect(pack.outline[0].children.map((c: { title: string }) => c.title)).toContain('KẾT QUẢ ĐẠT ĐƯỢC');
    expect(r.err).not.toMatch(/không tìm thấy đề mục/);
    const broken = await cli(['pack', 'import', 'hong.docx', '--id', 'x'], { 'hong.docx': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]) });
    expect(broken.code).toBe(2);
    expect(broken.err.trim().split('\n')).toHaveLength(1);
    expect(broken.err).toMatch(/hong\.docx: không đọc được tệp \.docx/);
    const pdf = await cli(['pack', 'import', 'dc.pdf', '--id', 'x'], { 'dc.pdf': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x01, 0x02]) });
    expect(pdf.err).toMatch(/dc\.pdf: không phải tệp văn bản hay \.docx/);
  });

  test('import refuses a bad id and a text with no headings', async () => {
    expect((await cli(['pack', 'import', 'x.txt', '--id', 'Bad Id'], { 'x.txt': 'I. A' })).code).toBe(2);
    const r = await cli(['pack', 'import', 'x.txt', '--id', 'ok'], { 'x.txt': 'chỉ có văn xuôi\nkhông có mục nào' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không tìm thấy đề mục/);
  });
});
