/** decuong check on the labelled fixtures: every planted defect found, nothing in "absent" reported. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { cli, FIXTURES } from '../helpers';
import { normalize } from '../../src/core/text';

const DIR = join(FIXTURES, 'reports');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.truth.json')).map((f) => f.replace('.truth.json', ''));

interface Expect { code: string; title?: string; snippet?: string; keywords?: string[]; value?: number }
interface F { code: string; section?: string; indicator?: string; excerpt?: string; message: string }

function matches(f: F, e: Expect, sections: Array<{ id: string; title: string }>): boolean {
  if (f.code !== e.code) return false;
  if (e.title) {
    const s = sections.find((x) => x.id === f.section);
    const t = normalize(e.title);
    return !!s && (normalize(s.title).includes(t) || t.includes(normalize(s.title)));
  }
  const hay = normalize(`${f.excerpt ?? ''} ${f.message}`);
  if (e.snippet && !hay.includes(normalize(e.snippet))) return false;
  if (e.keywords && !e.keywords.every((k) => hay.includes(normalize(k)))) return false;
  if (e.value !== undefined && !hay.includes(normalize(String(e.value).replace('.', ',')))) return false;
  return true;
}

describe.each(cases)('%s', (name) => {
  const truth = JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8'));
  let report: { pack: { id: string }; findings: F[]; sections: Array<{ id: string; title: string }>; summary: { ready: boolean } };
  beforeAll(async () => {
    const r = await cli(['check', join(DIR, `${name}.docx`), '--format', 'json']);
    expect(r.code).toBe(1);
    report = JSON.parse(r.out).reports[0];
  });
  test('the pack is chosen from the title', () => expect(report.pack.id).toBe(truth.pack));
  test('not ready to submit', () => expect(report.summary.ready).toBe(false));
  test.each((truth.expect as Expect[]).map((e) => [e.code, e] as const))('finds %s', (_c, e) => {
    expect(report.findings.some((f) => matches(f, e, report.sections))).toBe(true);
  });
  test.each((truth.absent as Expect[]).map((e) => [e.code, e] as const))('does not report %s', (_c, e) => {
    expect(report.findings.filter((f) => matches(f, e, report.sections))).toEqual([]);
  });
});

describe('decuong check edge cases', () => {
  test('a report not ready to submit with no lỗi — checked against a template its title does not name — exits 1, not 0 (session 44\'s walk-through, item 9)', async () => {
    const r = await cli(['check', join(__dirname, '..', 'corpus-b', 'dk02-huyen-dia-phuong-que-son-no-dong.docx'), '--pack', 'ntm-so-ket-2021-2023-so-nganh']);
    expect(r.out).toMatch(/CHƯA SẴN SÀNG NỘP: 0 lỗi/);
    expect(r.code).toBe(1);
  });
  test('a broken file among many is reported and the others still run (exit 2)', async () => {
    const r = await cli(['check', 'broken.docx', join(DIR, 'v03-huyen-so-ket-2021-2023.docx'), '--format', 'json'], { 'broken.docx': 'garbage' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.docx: không phải tệp \.docx/);
    const j = JSON.parse(r.out);
    expect(j.reports).toHaveLength(1);
    expect(j.errors[0].file).toBe('broken.docx');
  });
  test('a file that is no .docx alone: one line on stderr saying what it is, nothing on stdout (session 40, the walk-through\'s blank line)', async () => {
    const r = await cli(['check', 'notes.docx'], { 'notes.docx': 'Báo cáo kết quả xây dựng nông thôn mới (bản nháp).' });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('decuong: notes.docx: không phải tệp .docx: đây là tệp văn bản thuần (text); đề nghị đơn vị gửi lại tệp Word (.docx) của báo cáo\n');
  });
  test('a report that cannot be written is one line in the user\'s language, not Node\'s (walk48)', async () => {
    const { run } = await import('../../src/cli/program');
    const io = { out: () => undefined, err: (s: string) => (said += s), readFile: (p: string) => readFileSync(p), writeFile: () => { throw Object.assign(new Error("ENOENT: no such file or directory, open '/khong-co/x.html'"), { code: 'ENOENT', syscall: 'open', path: '/khong-co/x.html' }); }, isTTY: false };
    let said = '';
    expect(await run(['check', join(FIXTURES, 'reports', 'v03-huyen-so-ket-2021-2023.docx'), '--out', '/khong-co/x.html'], io)).toBe(2);
    expect(said).toBe('decuong: không ghi được /khong-co/x.html: thư mục không tồn tại\n');
  });
  test('the text report names the template by its title and version, and each part by its number (session 40, the walk-through)', async () => {
    const r = await cli(['check', join(DIR, 'v02-huyen-nq16-tu-dong.docx')]);
    const head = r.out.split('\n')[0];
    expect(head).toContain('[mẫu báo cáo: Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU');
    expect(head).toMatch(/\(phiên bản \d+\.\d+\.\d+\)/);
    expect(head).not.toContain('nq16-so-ket-3-nam');
    // (… and the unit its header names, after the file: walk58)
    expect(head).toMatch(/^\S*v02-huyen-nq16-tu-dong\.docx — \S/u);
    expect(r.out).toMatch(/^ {2}Phần thứ nhất \d+\/\d+ · Phần thứ hai \d+\/\d+$/mu);
  });
  test('unknown pack and bad format are one clear line, exit 2', async () => {
    const r = await cli(['check', join(DIR, 'v01-tinh-nq16.docx'), '--pack', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect((await cli(['check', 'x.docx', '--format', 'pdf'])).code).toBe(2);
  });
  test('a batch\'s HTML opens on one line per report — its unit, its template, its verdict, its counts, a link to its section — the reports not ready first; one report alone has none (walk51, walk53b)', async () => {
    const [a, c, b] = [join(DIR, 'v02-huyen-nq16-tu-dong.docx'), join(__dirname, '..', 'corpus-b', 'vk05-tinh-soket-2123-mttq-ndtp09.docx'), join(DIR, 'v03-huyen-so-ket-2021-2023.docx')];
    const h = await cli(['check', a, c, b, '--format', 'html']);
    const rows = [...h.out.matchAll(/<tr><td data-h="Đơn vị">([^<]*)<\/td><td data-h="Mẫu báo cáo">[^<]*<\/td><td data-h="Kết quả"><span class="st \w+">([^<]+)<\/span><\/td><td class="num" data-h="Lỗi">(\d+)<\/td><td class="num" data-h="Lưu ý">(\d+)<\/td><td data-h="Tệp"><a href="#(r\d)">([^<]+)<\/a><\/td><\/tr>/gu)].map((m) => m.slice(1));
    const json = JSON.parse((await cli(['check', a, c, b, '--format', 'json'])).out).reports as Array<{ unit: string; summary: { ready: boolean; errors: number; warnings: number } }>;
    const row = (k: number, id: string, file: string) => [json[k].unit, json[k].summary.ready ? 'Sẵn sàng nộp' : 'Chưa sẵn sàng nộp', String(json[k].summary.errors), String(json[k].summary.warnings), id, file];
    expect(json.map((r) => r.summary.ready)).toEqual([false, true, false]);
    expect(json[0].unit).toBe('HUYỆN ỦY HẢI LĂNG');
    expect(rows).toEqual([row(0, 'r1', 'v02-huyen-nq16-tu-dong.docx'), row(2, 'r3', 'v03-huyen-so-ket-2021-2023.docx'), row(1, 'r2', 'vk05-tinh-soket-2123-mttq-ndtp09.docx')]);
    // (each section the link goes to, each on a page of its own in print — walk62, item 5)
    expect(h.out).toContain('<section class="report brk" id="r1">');
    expect(h.out).toContain('<section class="report brk" id="r2">');
    expect((await cli(['check', a, '--format', 'html'])).out).not.toContain('class="overview"');
  });
  test('a batch of reports closes on its units by verdict, those to call back first, each with its file (walk62, item 10)', async () => {
    const t = await cli(['check', join(DIR, 'v02-huyen-nq16-tu-dong.docx'), join(DIR, 'v03-huyen-so-ket-2021-2023.docx')]);
    const tail = t.out.trimEnd().split('\n').slice(-5);
    expect(tail.slice(0, 3)).toEqual(['Chưa sẵn sàng nộp (2):', '  ✗ HUYỆN ỦY HẢI LĂNG (v02-huyen-nq16-tu-dong.docx): 3 lỗi, 1 lưu ý', '  ✗ ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN (v03-huyen-so-ket-2021-2023.docx): 2 lỗi, 2 lưu ý']);
    expect(tail[4]).toMatch(/^Đã kiểm tra 2 tệp/u);
    // (half and half is no "most"; two of one template and one of another is: the odd one said — walk62, item 4)
    expect(tail[4]).not.toContain('mẫu khác với đa số');
    const three = await cli(['check', join(DIR, 'v01-tinh-nq16.docx'), join(DIR, 'v02-huyen-nq16-tu-dong.docx'), join(DIR, 'v03-huyen-so-ket-2021-2023.docx')]);
    expect(three.out.trimEnd().split('\n').pop()).toContain('Có 1 báo cáo theo mẫu khác với đa số ("Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU');
  });
  test('the wrong pack is never "ready": the document cannot be mapped', async () => {
    const r = await cli(['check', join(DIR, 'v03-huyen-so-ket-2021-2023.docx'), '--pack', 'nq16-so-ket-3-nam', '--format', 'json']);
    const rep = JSON.parse(r.out).reports[0];
    expect(rep.summary.ready).toBe(false);
    expect(rep.findings.map((f: F) => f.code)).toContain('unmapped-document');
  });
  test('a batch with files that cannot be read: the HTML opens on the tally and names each file not checked with its reason; the text closes on the tally (session 41\'s walk-through, item 5)', async () => {
    const files = { 'fake.docx': 'Báo cáo kết quả (bản nháp).', 'truncated.docx': 'PK\u0003\u0004garbage' };
    const good = join(DIR, 'v02-huyen-nq16-tu-dong.docx');
    const h = await cli(['check', 'fake.docx', good, 'truncated.docx', '--format', 'html', '--out', 'r.html'], files);
    expect(h.code).toBe(2);
    const page = h.written['r.html'].replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(page).toContain('Đã kiểm tra 3 tệp: 0 sẵn sàng nộp, 1 chưa sẵn sàng nộp, 2 không kiểm tra được.');
    expect(page).toMatch(/Tệp không kiểm tra được fake\.docx : không phải tệp \.docx/);
    expect(page).toMatch(/truncated\.docx : /);
    expect(h.err.trimEnd().split('\n').pop()).toBe('đã ghi r.html: 1 báo cáo, 0 sẵn sàng nộp, 2 tệp không kiểm tra được');
    const t = await cli(['check', 'fake.docx', good, 'truncated.docx'], files);
    expect(t.out.trimEnd().split('\n').pop()).toBe('Đã kiểm tra 3 tệp: 0 sẵn sàng nộp, 1 chưa sẵn sàng nộp, 2 không kiểm tra được.');
    // (one report alone, read: no tally)
    const one = await cli(['check', good, '--format', 'html']);
    expect(one.out).not.toContain('Đã kiểm tra');
  });
  test('the wrong template: the verdict gives no count of items written, and the advice names the template the title names, not the headings\' styles (session 41\'s walk-through, item 8; session 42\'s, item 5)', async () => {
    const r = await cli(['check', join(DIR, 'v03-huyen-so-ket-2021-2023.docx'), '--pack', 'nq16-so-ket-3-nam']);
    const verdict = r.out.split('\n').find((l) => l.includes('CHƯA SẴN SÀNG NỘP'))!;
    expect(verdict).toMatch(/CHƯA SẴN SÀNG NỘP: \d+ lỗi, \d+ lưu ý$/);
    expect(r.out).not.toMatch(/mục đã viết|Phần thứ nhất \d+\/\d+/);
    expect(r.out).toContain('Tiêu đề văn bản ứng với mẫu "Báo cáo sơ kết 3 năm (2021-2023) thực hiện Chương trình MTQG xây dựng nông thôn mới — UBND cấp huyện, UBND xã", không phải mẫu');
    expect(r.out).toContain('→ Kiểm tra lại theo mẫu "Báo cáo sơ kết 3 năm (2021-2023)');
    expect(r.out).not.toContain('kiểu Đề mục');
  });
  test('on one paragraph the error comes before the warning about the same figure; a missing item names its place in the outline and the written items around it (session 41\'s walk-through, items 3 and 4)', async () => {
    const r = await cli(['check', join(__dirname, '../../samples/bao-cao-mau.docx')]);
    const lines = r.out.split('\n');
    // (the paragraph by the writer's heading above it and its rank under it — walk60, item 2)
    const p61 = lines.filter((l) => /^ {4}(?:lỗi|lưu ý)\s+mục III.1, đoạn 1 Ghi "vượt|^ {4}(?:lỗi|lưu ý)\s+mục III.1, đoạn 1 Số xã đạt chuẩn/u.test(l));
    expect(p61.length).toBeGreaterThanOrEqual(2);
    expect(p61[0]).toMatch(/^ {4}lỗi/u);
    expect(r.out).toMatch(/3\. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan {2}\(mục Phần thứ nhất › IV › 3 của đề cương\)/u);
    expect(r.out).toContain('→ Thêm mục này sau mục "2. Những hạn chế, khó khăn", trước mục "4. Bài học kinh nghiệm", theo thứ tự của đề cương.');
  });
  test('--out names the format where --format is not given: .html writes HTML, .json JSON (walk47: text was written into a .html file)', async () => {
    const f = join(DIR, 'v02-huyen-nq16-tu-dong.docx');
    const h = await cli(['check', f, '--out', 'ketqua.html']);
    expect(h.written['ketqua.html']).toMatch(/^<!doctype html>/);
    const j = await cli(['check', f, '--out', 'ketqua.json']);
    expect(() => JSON.parse(j.written['ketqua.json'])).not.toThrow();
    const t = await cli(['check', f, '--out', 'ketqua.txt']);
    expect(t.written['ketqua.txt']).toMatch(/CHƯA SẴN SÀNG NỘP/u);
    // (a format given still wins over the name)
    const x = await cli(['check', f, '--format', 'text', '--out', 'ketqua.html']);
    expect(x.written['ketqua.html']).not.toMatch(/^<!doctype html>/);
    // (a name that says another kind of file is refused in one line, nothing written — walk49)
    const p = await cli(['check', f, '--out', 'ketqua.pdf']);
    expect(p.code).toBe(2);
    expect(p.written['ketqua.pdf']).toBeUndefined();
    expect(p.err.trim().split('\n')).toEqual(['decuong: --out "ketqua.pdf": tên tệp cần đuôi .html, .json hoặc .txt (kết quả ghi dạng HTML, JSON hoặc văn bản)']);
  });
  test('--due gives this round\'s due date in place of the template\'s: the template\'s own, long passed, is then no notice (walk58, item 5)', async () => {
    const f = join(DIR, 'v02-huyen-nq16-tu-dong.docx');
    const own = await cli(['check', f]);
    expect(own.out).toMatch(/Hạn nộp báo cáo theo mẫu này là 15\/08\/2024, đã qua/u);
    const later = await cli(['check', f, '--due', '15/12/2099']);
    expect(later.out).not.toMatch(/Hạn nộp báo cáo theo mẫu này/u);
    const passed = await cli(['check', f, '--due', '01/02/2025']);
    expect(passed.out).toMatch(/Hạn nộp của đợt báo cáo này là 01\/02\/2025, đã qua\./u);
    const bad = await cli(['check', f, '--due', '31/02/2026']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('decuong: --due "31/02/2026": không có ngày này trong lịch (ngày/tháng/năm, ví dụ 15/12/2026)');
    // (the HTML says the round's due date it was checked by — walk62, item 10)
    const html = await cli(['check', f, '--due', '15/12/2026', '--format', 'html']);
    expect(html.out).toContain('Hạn nộp của đợt: 15/12/2026');
  });
  test('html is a self-contained page', async () => {
    const r = await cli(['check', join(DIR, 'v02-huyen-nq16-tu-dong.docx'), '--format', 'html', '--out', 'r.html']);
    expect(r.written['r.html']).toMatch(/^<!doctype html>/);
    expect(r.written['r.html']).toContain('Chưa sẵn sàng nộp');
    expect(r.written['r.html']).not.toMatch(/<script|<link/);
    // (the file written is said, with the verdicts, on stderr: stdout stays empty — session 39, a newcomer's walk-through)
    expect(r.out).toBe('');
    expect(r.err).toBe(`đã ghi r.html: 1 báo cáo, 0 sẵn sàng nộp\n`);
  });
});
