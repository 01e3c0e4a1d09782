import { cli, seed, SEED_000 } from '../helpers';

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
    const v = await cli(['pack', 'validate', 'p.json'], { 'p.json': o.written['p.json'] });
    expect(v.code).toBe(0);
  });

  test('import refuses a bad id and a text with no headings', async () => {
    expect((await cli(['pack', 'import', 'x.txt', '--id', 'Bad Id'], { 'x.txt': 'I. A' })).code).toBe(2);
    const r = await cli(['pack', 'import', 'x.txt', '--id', 'ok'], { 'x.txt': 'chỉ có văn xuôi\nkhông có mục nào' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không tìm thấy đề mục/);
  });
});
