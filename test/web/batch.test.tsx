/**
 * @jest-environment jsdom
 */
/**
 * The batch table: rows from the results (a failed file keeps its row with its reason), sorting by each column
 * (Vietnamese order, most errors first, unchecked and failed rows last either way, ties in the order given),
 * and the table itself: headers that sort and say so (aria-sort), a checked file opening its result.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { builtinPacks } from '../../src/packs/builtin';
import type { ReportResult } from '../../src/core/report';
import { nextSort, rowFor, sortRows, type BatchRow } from '../../src/web/batch';
import { BatchTable } from '../../src/web/BatchTable';
import { jsdomShims, ui } from '../taskpane/setup';

beforeAll(jsdomShims);

const report = (errors: number, warnings: number, pack = 'nq16-so-ket-3-nam'): ReportResult => ({
  pack: { id: pack, version: '1' }, summary: { errors, warnings, infos: 0, ready: errors === 0, mapped: true }, sections: [], indicators: [], findings: [],
});
const row = (n: number, file: string, unit: string | undefined, errors: number, warnings: number): BatchRow =>
  rowFor(n, file, { file, report: report(errors, warnings), unit, ms: 1 }, 'done', builtinPacks(), 'vi', '');

const rows: BatchRow[] = [
  row(0, 'b.docx', 'UBND HUYỆN ĐAKRÔNG', 2, 1),
  rowFor(1, 'hong.docx', { file: 'hong.docx', error: { vi: 'không phải tệp .docx', en: 'not a .docx' }, ms: 0 }, 'done', builtinPacks(), 'vi', ''),
  row(2, 'a.docx', 'UBND HUYỆN DUY XUYÊN', 0, 4),
  row(3, 'c.docx', 'UBND HUYỆN ĐAKRÔNG', 2, 0),
  rowFor(4, 'cho.docx', undefined, 'waiting', builtinPacks(), 'vi', ''),
];
const files = (rs: BatchRow[]) => rs.map((r) => r.file);

test('rows: a checked report with its unit, template title and counts; a failed file with its reason; a file not yet checked', () => {
  expect(rows[0]).toMatchObject({ state: 'done', unit: 'UBND HUYỆN ĐAKRÔNG', ready: false, errors: 2, warnings: 1 });
  expect(rows[0].pack).toMatch(/^Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16/);
  expect(rows[1]).toMatchObject({ state: 'failed', error: 'không phải tệp .docx' });
  expect(rows[4]).toMatchObject({ state: 'waiting' });
  const noPack = rowFor(0, 'x.docx', { file: 'x.docx', error: { vi: '…: dùng --pack', en: '…: use --pack' }, noPack: true, ms: 0 }, 'done', builtinPacks(), 'vi', 'hãy chọn mẫu báo cáo');
  expect(noPack.error).toBe('hãy chọn mẫu báo cáo');
});

test('sorting: by each column, failed and unchecked rows last in either direction, ties kept in the order given', () => {
  expect(files(sortRows(rows, { key: 'n', dir: 'asc' }))).toEqual(['b.docx', 'hong.docx', 'a.docx', 'c.docx', 'cho.docx']);
  expect(files(sortRows(rows, { key: 'file', dir: 'asc' }))).toEqual(['a.docx', 'b.docx', 'c.docx', 'cho.docx', 'hong.docx']);
  expect(files(sortRows(rows, { key: 'errors', dir: 'desc' }))).toEqual(['b.docx', 'c.docx', 'a.docx', 'hong.docx', 'cho.docx']);
  expect(files(sortRows(rows, { key: 'errors', dir: 'asc' }))).toEqual(['a.docx', 'b.docx', 'c.docx', 'hong.docx', 'cho.docx']);
  expect(files(sortRows(rows, { key: 'warnings', dir: 'desc' }))).toEqual(['a.docx', 'b.docx', 'c.docx', 'hong.docx', 'cho.docx']);
  expect(files(sortRows(rows, { key: 'ready', dir: 'desc' }))).toEqual(['a.docx', 'b.docx', 'c.docx', 'hong.docx', 'cho.docx']);
  // Vietnamese order: D before Đ, whatever the direction the failed rows stay last
  expect(files(sortRows(rows, { key: 'unit', dir: 'asc' }))).toEqual(['a.docx', 'b.docx', 'c.docx', 'hong.docx', 'cho.docx']);
  expect(files(sortRows(rows, { key: 'unit', dir: 'desc' }))).toEqual(['b.docx', 'c.docx', 'a.docx', 'hong.docx', 'cho.docx']);
  expect(rows.map((r) => r.n)).toEqual([0, 1, 2, 3, 4]); // the rows given are not reordered
});

test('a header pressed again turns the order round; a new column starts ascending, errors and warnings most first', () => {
  expect(nextSort({ key: 'n', dir: 'asc' }, 'unit')).toEqual({ key: 'unit', dir: 'asc' });
  expect(nextSort({ key: 'unit', dir: 'asc' }, 'unit')).toEqual({ key: 'unit', dir: 'desc' });
  expect(nextSort({ key: 'unit', dir: 'asc' }, 'errors')).toEqual({ key: 'errors', dir: 'desc' });
});

test('the table: headers are sort buttons with aria-sort; a failed row shows its reason; a checked file opens its result', () => {
  const opened: number[] = [];
  const sorted: string[] = [];
  const { rerender } = ui(<BatchTable rows={rows} sort={{ key: 'n', dir: 'asc' }} lang="vi" onSort={(k) => sorted.push(k)} onOpen={(n) => opened.push(n)} />);
  const table = screen.getByRole('table');
  const heads = within(table).getAllByRole('columnheader');
  // (the verdict and its counts right after the file: a phone shows them first — session 44's walk-through)
  expect(heads.map((h) => h.textContent)).toEqual(['STT ▲', 'Tệp', 'Sẵn sàng nộp', 'Lỗi', 'Lưu ý', 'Đơn vị', 'Mẫu báo cáo']);
  expect(heads[0].getAttribute('aria-sort')).toBe('ascending');
  fireEvent.click(within(heads[3]).getByRole('button'));
  expect(sorted).toEqual(['errors']);
  const bodyRows = within(table).getAllByRole('row').slice(1);
  expect(bodyRows.map((r) => within(r).getAllByRole('cell')[1].firstElementChild?.textContent)).toEqual(['b.docx', 'hong.docx', 'a.docx', 'c.docx', 'cho.docx']);
  expect(bodyRows[1].textContent).toContain('Không kiểm tra được: không phải tệp .docx');
  expect(within(bodyRows[1]).queryByRole('button')).toBeNull();
  expect(bodyRows[4].textContent).toContain('Đang chờ');
  fireEvent.click(screen.getByRole('button', { name: 'Xem kết quả của a.docx' }));
  expect(opened).toEqual([2]);
  // sorted by errors, most first: the rows follow
  rerender(<BatchTable rows={rows} sort={{ key: 'errors', dir: 'desc' }} lang="en" onSort={() => {}} onOpen={() => {}} />);
  const head = screen.getAllByRole('columnheader');
  expect(head[3].getAttribute('aria-sort')).toBe('descending');
  expect(head[0].getAttribute('aria-sort')).toBeNull();
  expect(screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[1].firstElementChild?.textContent)).toEqual(['b.docx', 'c.docx', 'a.docx', 'hong.docx', 'cho.docx']);
  expect(screen.getByText('Could not be checked:')).toBeTruthy();
});
