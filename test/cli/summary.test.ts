/**
 * decuong summary on the fixture reports: the workbook read back (rows, statuses, sums), the unreadable
 * file's row, the same batch through worker threads, and the file opened by LibreOffice where it is installed.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import { build } from 'esbuild';
import { cli, FIXTURES } from '../helpers';
import { runPool } from '../../src/cli/summary/pool';

const REPORTS = join(FIXTURES, 'reports');
/** The pack as the summary names it (its version changes with the pack's JSON). */
const NQ16_JSON = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'packs', 'builtin', 'nq16-so-ket-3-nam.json'), 'utf8'));
/** (named by its title, the id and version after it — walk55: the sheet named it by its id alone) */
const NQ16 = `${NQ16_JSON.title} (nq16-so-ket-3-nam ${NQ16_JSON.version})`;
const SAMPLE = join(__dirname, '..', '..', 'samples', 'bao-cao-mau.docx');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'decuong-summary-'));
  for (const f of readdirSync(REPORTS).filter((f) => f.endsWith('.docx'))) copyFileSync(join(REPORTS, f), join(dir, f));
  // the sample is the province's report again, sent earlier: the later file (v01) is kept
  copyFileSync(SAMPLE, join(dir, 'bao-cao-mau.docx'));
  utimesSync(join(dir, 'bao-cao-mau.docx'), new Date('2024-08-12T08:00:00Z'), new Date('2024-08-12T08:00:00Z'));
  utimesSync(join(dir, 'v01-tinh-nq16.docx'), new Date('2024-08-13T08:00:00Z'), new Date('2024-08-13T08:00:00Z'));
  writeFileSync(join(dir, 'hong.docx'), 'không phải Word');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}
const text = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : v);
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as ExcelJS.CellValue[]).slice(1).map(text)));
  return out;
};

describe('decuong summary --out tong-hop.xlsx', () => {
  let wb: ExcelJS.Workbook;
  let result: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    result = await cli(['summary', dir, '--out', 'tong-hop.xlsx']);
    wb = await workbook(result.bytes['tong-hop.xlsx']);
  });

  test('exit 2 for the unreadable file, one line naming it; the workbook is written all the same', () => {
    expect(result.code).toBe(2);
    const lines = result.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/hong\.docx: không phải tệp \.docx/);
    expect(lines[1]).toBe('đã ghi tong-hop.xlsx: 4 báo cáo, 1 tệp không kiểm tra được');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Chỉ tiêu', 'Điểm cần xem']);
    // (each sheet printed across an A4 page, as wide as it: walk53, item 5)
    for (const w of wb.worksheets) expect(w.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  test('"Tổng hợp": one row per file, the unit as it names itself, number, date, on time, ready, counts, missing items', () => {
    const rows = rowsOf(wb.getWorksheet('Tổng hợp')!);
    expect(rows[0]).toEqual(['STT', 'Đơn vị báo cáo', 'Cơ quan cấp trên', 'Cấp', 'Tệp', 'Số văn bản', 'Ngày văn bản', 'Hạn nộp', 'Thời hạn', 'Sẵn sàng nộp', 'Lỗi', 'Lưu ý', 'Lý do chưa sẵn sàng nộp', 'Mẫu báo cáo', 'Ghi chú']);
    // (the unit first, as the leaders read the printed table; its file after its level — session 62's left)
    const by = (f: string) => rows.find((r) => String(r[4]).endsWith(f))!;
    /** A row without its number and file. */
    const but = (r: unknown[]) => [...r.slice(1, 4), ...r.slice(5)];
    expect(but(by('v01-tinh-nq16.docx'))).toEqual(['BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', 'TỈNH ỦY QUẢNG TRỊ', 'Tỉnh', '51-BC/BCSĐ', '2024-08-12', '2024-08-15', 'Đúng hạn', 'Chưa', 3, 3, '"2. Xu hướng phát triển nông thôn mới đến năm 2025" — chưa có nội dung\nIV.3 (Phần thứ nhất) "Phân tích nguyên nhân hạn chế, nhất là…" — thiếu\nGhi "vượt mục tiêu" nhưng số xã đạt chuẩn nông thôn mới 36 xã chưa đạt mục tiêu tối thiểu 38 xã.', NQ16, `Bản sau của cùng đơn vị, thay cho: ${join(dir, 'bao-cao-mau.docx')}`]);
    // (why not ready, in words: the empty item by the writer's own heading, the missing one by its number and title — walk62, item 1)
    // (on paper: the title, the count, the round and the page in the header and footer, every cell ruled — walk62, items 2 and 3)
    const sheet = wb.getWorksheet('Tổng hợp')!;
    expect(sheet.headerFooter.oddHeader).toContain('Tổng hợp kết quả kiểm tra báo cáo');
    // (the parts that are none left out; no round's due date where none was given — a template's own is no round's)
    expect(sheet.headerFooter.oddFooter).toMatch(/^&Lchưa sẵn sàng nộp: 3 đơn vị; không kiểm tra được: 1 tệp; bản cũ bỏ: 1 tệp · kiểm tra ngày \d\d\/\d\d\/\d{4}&RTrang &P\/&N$/u);
    expect(sheet.getRow(2).getCell(13).border?.left?.style).toBe('thin');
    expect(by('bao-cao-mau.docx')[14]).toBe(`Trùng đơn vị: bỏ, dùng bản sau (${join(dir, 'v01-tinh-nq16.docx')})`);
    // (its number left blank in its head and again over its appendix ("Kèm theo Báo cáo Số -BC/HU"): one gap, one lỗi — walk60, item 6)
    expect(but(by('v02-huyen-nq16-tu-dong.docx')).slice(0, 10)).toEqual(['HUYỆN ỦY HẢI LĂNG', 'ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'Huyện', '-BC/HU', '2024-08-12', '2024-08-15', 'Đúng hạn', 'Chưa', 3, 1]);
    expect(but(by('v03-huyen-so-ket-2021-2023.docx')).slice(0, 11)).toEqual(['ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN', 'UBND TỈNH QUẢNG NAM', 'Huyện', '/BC-UBND', '2023-11-13', '2023-11-15', 'Đúng hạn', 'Chưa', 2, 2, '"Đánh giá tình hình nợ đọng xây dựng cơ…" — thiếu\nCòn để trống (số văn bản): "Số: /BC-UBND".']); // (cut after a whole word)
    expect(by('hong.docx')[14]).toMatch(/^Không kiểm tra được: không phải tệp \.docx/);
    // ("Sẵn sàng nộp" of a file left out says so: a filter or a count of "Có" takes the units kept only — walk53b, items 1, 4)
    expect(by('bao-cao-mau.docx')[9]).toBe('Bỏ (bản cũ)');
    expect(by('hong.docx')[9]).toBe('Không kiểm tra được');
  });

  test('"Tổng hợp" dates are dates; the header row is frozen and filtered', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('G2').value).toBeInstanceOf(Date);
    expect(ws.getCell('G2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:O6');
  });

  test('"Chỉ tiêu": numbers with their unit, coloured by status, the target in the header', () => {
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    const heads = (ws.getRow(2).values as string[]).slice(1);
    const col = (id: string) => heads.findIndex((h) => h.startsWith(id)) + 1;
    const xa = col('Số xã đạt chuẩn nông thôn mới (xã)');
    const thonKieuMau = col('Tỷ lệ số thôn đạt chuẩn nông thôn mới kiểu mẫu');
    const thon = col('Tỷ lệ số thôn đạt chuẩn nông thôn mới (%)');
    expect(heads[xa - 1]).toBe('Số xã đạt chuẩn nông thôn mới (xã)\nMục tiêu: ≥ 38 xã');
    expect(ws.getCell(3, 1).value).toBe('BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH');
    expect(ws.getCell(4, 1).value).toBe('HUYỆN ỦY HẢI LĂNG');
    expect(ws.getCell(5, 1).value).toBeNull(); // the replaced file and the other pack's report are not here
    const fillOf = (r: number, c: number) => (ws.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // the province: 36 communes, below ≥ 38 (not met, red); the district's own 12 (blue, added to the total)
    expect(ws.getCell(3, xa).value).toBe(36);
    // (… and says so in words after the figure, the number kept: a black-and-white print loses the colour — walk62, item 12)
    expect(ws.getCell(3, xa).numFmt).toBe('General" xã (chưa đạt)"');
    expect(fillOf(3, xa)).toBe('FFFFC7CE');
    expect(ws.getCell(4, xa).value).toBe(12);
    expect(fillOf(4, xa)).toBe('FFDDEBF7');
    expect(ws.getCell(4, thon).value).toBe(88.6);
    expect(ws.getCell(4, thon).numFmt).toBe('General"%"');
    expect(fillOf(4, thon)).toBe('FFC6EFCE');
    expect(ws.getCell(4, thonKieuMau).value).toBe('Chưa nêu');
    expect(fillOf(4, thonKieuMau)).toBe('FFFFEB9C');
  });

  test('"Chỉ tiêu" below: sums per level against the target, min/median/max of rates, as formulas with results', () => {
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    const rows = rowsOf(ws);
    const at = (label: string) => rows.find((r) => r[0] === label)!;
    const heads = (ws.getRow(2).values as string[]).slice(1);
    const xa = heads.findIndex((h) => h.startsWith('Số xã đạt chuẩn nông thôn mới (xã)'));
    let total = 0;
    ws.eachRow((r, n) => (total ||= r.getCell(1).value === 'Tổng cấp huyện (1 đơn vị có số)' ? n : 0));
    expect(total).toBeGreaterThan(4);
    expect(ws.getRow(total).getCell(xa + 1).value).toEqual({ formula: 'SUM(F4:F4)', result: 12 });
    expect(ws.getRow(total + 1).getCell(xa + 1).value).toBe('Chưa đủ đơn vị để so (≥ 38 xã)');
    expect(at('Trung vị cấp huyện')).toContain('=MEDIAN(J4:J4)');
  });

  test('"Điểm cần xem": every finding of the kept reports, frozen header, autofilter', () => {
    const ws = wb.getWorksheet('Điểm cần xem')!;
    const rows = rowsOf(ws);
    const SUGGESTION = 'Sửa thành 86,6% hoặc kiểm tra lại tử số, mẫu số.';
    // (the kind of point in words, its code last — walk50, left then: an official cannot filter by "arithmetic-mismatch")
    expect(rows[0]).toEqual(['Đơn vị', 'Tệp', 'Loại', 'Mức độ', 'Mục', 'Vị trí', 'Nội dung', 'Cách sửa', 'Trích đoạn', 'Mã']);
    expect(rows).toHaveLength(1 + 6 + 4 + 4);
    // (where it is as the CLI prints it: under the writer's heading, its rank there, walk60; a table's cell by its table and row, walk54)
    expect(rows).toContainEqual(['HUYỆN ỦY HẢI LĂNG', join(dir, 'v02-huyen-nq16-tu-dong.docx'), 'Số liệu không khớp nhau (tỷ lệ, tổng)', 'lỗi', '1. Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu', 'mục III.1, đoạn 1', '97/112 thôn là 86,6%, không phải 88,6%.', SUGGESTION, '97/112 thôn đạt chuẩn nông thôn mới (88,6%)', 'arithmetic-mismatch']);
    // (… every place said in words, a paragraph's or a table's row's — walk54)
    expect(rows.slice(1).every((r) => r[5] === '' || /^(?:(?:mục [^,]+|Phần [^,]+|đầu văn bản), đoạn \d+|đề mục .+|bảng \d+, dòng \d+)$/u.test(String(r[5])))).toBe(true);
    expect(rows.slice(1).filter((r) => r[5] !== '').length).toBeGreaterThan(0);
    // (what to do, as the CLI prints it after "→": every finding that has it — walk50)
    expect(rows.slice(1).every((r) => typeof r[7] === 'string' && r[7].length > 0)).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:J15');
  });
});

describe('decuong summary, other forms', () => {
  test('--format csv to standard output, English with --lang en', async () => {
    const r = await cli(['summary', join(REPORTS, 'v02-huyen-nq16-tu-dong.docx'), '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\r\n');
    expect(lines[0]).toBe('No.,Reporting unit,Superior body,Level,File,Document number,Document date,Due,On time,Ready to submit,Errors,Warnings,Why not ready,Pack,Note');
    expect(lines[1]).toBe(`1,HUYỆN ỦY HẢI LĂNG,ĐẢNG BỘ TỈNH QUẢNG TRỊ,District,${join(REPORTS, 'v02-huyen-nq16-tu-dong.docx')},-BC/HU,2024-08-12,2024-08-15,On time,No,3,1,"Left to fill: ""Số -BC/HU"".; Item ""2. Công tác lãnh đạo, chỉ đạo cụ thể…"" must include a list: Danh mục các văn bản chỉ đạo triển khai thực hiện và các văn bản cụ thể…; 97/112 thôn is 86,6%, not 88,6%.","${NQ16}",`);
  });
  test('--out x.csv gets the byte-order mark Excel needs', async () => {
    const r = await cli(['summary', join(REPORTS, 'v03-huyen-so-ket-2021-2023.docx'), '--out', 'x.csv']);
    expect(r.bytes['x.csv'].subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(r.written['x.csv']).toContain('13/11/2023,15/11/2023,Đúng hạn');
  });
  test('reports of two packs with indicators: one indicator sheet each, named by its pack (walk53, item 5)', async () => {
    const r = await cli(['summary', join(REPORTS, 'v02-huyen-nq16-tu-dong.docx'), join(FIXTURES, '..', 'corpus-b', 'nxo05-huyen-nq04-giam-sat-huong-son.docx'), '--out', 't.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.bytes['t.xlsx'] as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(['Chỉ tiêu nq04-ket-luan-ha-tinh', 'Chỉ tiêu nq16-so-ket-3-nam', 'Tổng hợp', 'Điểm cần xem']);
  });
  test('--due gives the round\'s own due date in place of the pack\'s: on time or late against it; a date that is none is one clear line (walk53, item 2)', async () => {
    const late = await cli(['summary', join(REPORTS, 'v03-huyen-so-ket-2021-2023.docx'), '--out', 'x.csv', '--due', '10/11/2023']);
    expect(late.written['x.csv']).toContain('13/11/2023,10/11/2023,Chậm 3 ngày');
    const onTime = await cli(['summary', join(REPORTS, 'v03-huyen-so-ket-2021-2023.docx'), '--out', 'x.csv', '--due', '2026-12-15']);
    expect(onTime.written['x.csv']).toContain('13/11/2023,15/12/2026,Đúng hạn');
    const bad = await cli(['summary', join(REPORTS, 'v03-huyen-so-ket-2021-2023.docx'), '--format', 'csv', '--due', '31/02/2026']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('decuong: --due "31/02/2026": không có ngày này trong lịch (ngày/tháng/năm, ví dụ 15/12/2026)\n');
  });
  test('bad options are one clear line', async () => {
    for (const argv of [['summary', dir], ['summary', dir, '--format', 'pdf'], ['summary', dir, '--out', 'tong-hop.pdf'], ['summary', dir, '--jobs', '0', '--format', 'csv'], ['summary', join(dir, 'none')]]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('worker threads', () => {
  let script: string;
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'decuong-worker-'));
    await build({
      entryPoints: [join(__dirname, '..', '..', 'src', 'cli', 'summary', 'worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(out, 'worker.mjs'),
      banner: { js: "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);" }, logLevel: 'warning',
    });
    script = join(out, 'worker.mjs');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('the batch read by two workers gives what one thread gives, the unreadable file included', async () => {
    const files = ['v01-tinh-nq16.docx', 'hong.docx', 'v02-huyen-nq16-tu-dong.docx', 'khong-co.docx', 'v03-huyen-so-ket-2021-2023.docx'].map((f) => join(dir, f));
    const entries = await runPool(files, { script, workers: 2, read: { lang: 'vi' }, timeoutMs: 60_000, heapMb: 384 });
    expect(entries.map((e) => e.file)).toEqual(files);
    expect(entries.map((e) => e.header?.unit ?? e.error)).toEqual([
      'BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', expect.stringMatching(/^không phải tệp \.docx/), 'HUYỆN ỦY HẢI LĂNG', 'không tìm thấy tệp', 'ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN',
    ]);
    expect(entries[2].contributions?.['xa-dat-chuan']?.value).toBe(12);
    expect(entries[0].report!.summary).toEqual({ errors: 3, warnings: 3, infos: 0, ready: false, mapped: true });
  });

  test('a file over the time limit gets its row, its worker is replaced and the batch ends', async () => {
    const files = ['v01-tinh-nq16.docx', 'v02-huyen-nq16-tu-dong.docx', 'v03-huyen-so-ket-2021-2023.docx'].map((f) => join(dir, f));
    const entries = await runPool(files, { script, workers: 2, read: { lang: 'vi' }, timeoutMs: 1, heapMb: 384 });
    expect(entries).toHaveLength(3);
    for (const e of entries) expect(e.error).toBe('đọc quá 0.001 giây, đã dừng');
  });
});

/** LibreOffice with Calc, when the machine has it (soffice alone cannot open a workbook). */
function calc(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'decuong-lo-'));
  try {
    writeFileSync(join(probe, 'p.csv'), 'a\n1\n');
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${probe}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', probe, join(probe, 'p.csv')], { timeout: 60_000 });
    return r.status === 0 && readdirSync(probe).includes('p.xlsx');
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

(calc() ? describe : describe.skip)('LibreOffice opens the workbook', () => {
  test('each sheet converts to CSV with the rows and the recalculated sums', async () => {
    const lo = mkdtempSync(join(tmpdir(), 'decuong-lo-'));
    try {
      const r = await cli(['summary', dir, '--out', 'tong-hop.xlsx']);
      writeFileSync(join(lo, 'tong-hop.xlsx'), r.bytes['tong-hop.xlsx']);
      const c = spawnSync('soffice', [`-env:UserInstallation=file://${lo}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', lo, join(lo, 'tong-hop.xlsx')], { timeout: 120_000 });
      expect(c.status).toBe(0);
      const summary = readFileSync(join(lo, 'tong-hop-Tổng hợp.csv'), 'utf8');
      expect(summary).toMatch(/HUYỆN ỦY HẢI LĂNG,ĐẢNG BỘ TỈNH QUẢNG TRỊ,Huyện,[^,]*v02-huyen-nq16-tu-dong\.docx,-BC\/HU/u);
      const ind = readFileSync(join(lo, 'tong-hop-Chỉ tiêu.csv'), 'utf8').split('\n');
      expect(ind.find((l) => l.startsWith('Tổng cấp huyện'))).toMatch(/^Tổng cấp huyện \(1 đơn vị có số\),,,,,12,4,1,0,/);
      expect(readFileSync(join(lo, 'tong-hop-Điểm cần xem.csv'), 'utf8')).toContain('arithmetic-mismatch');
    } finally {
      rmSync(lo, { recursive: true, force: true });
    }
  });
});
