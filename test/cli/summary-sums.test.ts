/**
 * The workbook's per-level sums: a SUM formula only where it gives the sum as counted. A district reported on by two bodies counts once;
 * a formula over both rows would turn 20 into 40 when the file is opened (Excel recalculates on load), the verdict beside it not (walk46).
 */
import ExcelJS from 'exceljs';
import { buildSummary, type SummaryEntry } from '../../src/core/summary/model';
import { xlsxBytes } from '../../src/cli/summary/xlsx';
import { builtinPack } from '../../src/packs/builtin';
import type { IndicatorStatus, ReportResult } from '../../src/core/report';

const pack = builtinPack('nq16-so-ket-3-nam')!;
const ind = (id: string, status: IndicatorStatus['status'], value?: number): IndicatorStatus => {
  const p = pack.indicators.find((i) => i.id === id)!;
  return { id, label: p.label, target: p.target, unit: p.unit, status, ...(value !== undefined ? { value } : {}) };
};
const report = (file: string): ReportResult => ({
  file, pack: { id: pack.id, version: pack.version }, level: 'huyen',
  summary: { errors: 0, warnings: 0, infos: 0, ready: true, mapped: true },
  sections: [{ id: 'p1', number: 'Phần thứ nhất', title: 'KẾT QUẢ', depth: 0, status: 'present' }],
  indicators: [ind('xa-dat-chuan', 'not-applicable'), ind('thon-dat-chuan', 'met', 90)],
  findings: [],
});
/** A district's report, by `body`, on the district `place`, counting `xa` communes up to standard. */
const entry = (i: number, body: string, place: string, xa: number): SummaryEntry => ({
  file: `${i}.docx`,
  header: { unit: `${body} HUYỆN ${place}`, above: 'UBND TỈNH HÀ TĨNH', level: 'huyen', place, number: `${i}/BC`, date: `2024-08-1${i}` },
  report: report(`${i}.docx`),
  contributions: { 'xa-dat-chuan': { value: xa, quote: `có ${xa} xã đạt chuẩn` } },
});

async function sumCell(entries: SummaryEntry[]): Promise<ExcelJS.Cell> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsxBytes(buildSummary(entries, [pack]), 'vi')).buffer as ArrayBuffer);
  const ws = wb.getWorksheet('Chỉ tiêu')!;
  const col = (ws.getRow(2).values as string[]).findIndex((h) => typeof h === 'string' && h.startsWith('Số xã đạt chuẩn nông thôn mới (xã)'));
  let row = 0;
  ws.eachRow((r, n) => (row ||= String(r.getCell(1).value ?? '').startsWith('Tổng cấp huyện') ? n : 0));
  expect(row).toBeGreaterThan(0);
  return ws.getRow(row).getCell(col);
}

test('one district reported by two bodies: the sum 20 written as a value, with a note saying each place counts once', async () => {
  const cell = await sumCell([entry(0, 'HUYỆN ỦY', 'HƯƠNG KHÊ', 20), entry(1, 'UBND', 'HƯƠNG KHÊ', 20)]);
  expect(cell.value).toBe(20);
  expect(String(cell.note)).toMatch(/Mỗi nơi tính một lần/);
});

test('two districts, one report each: the sum is the SUM of their rows, as a formula with its result', async () => {
  const cell = await sumCell([entry(0, 'UBND', 'HƯƠNG KHÊ', 20), entry(1, 'UBND', 'CAN LỘC', 12)]);
  expect(cell.value).toEqual({ formula: expect.stringMatching(/^SUM\(/), result: 32 });
});
