/**
 * @jest-environment jsdom
 */
/**
 * The reviewer web page in jsdom, its worker in-process: one file shows the task pane's review; several show
 * the table of reports, a row opens its result and "back" returns to the list with the focus on that row;
 * the privacy sentence is on the page; English on the switch.
 */
import { join } from 'path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FIXTURES } from '../helpers';
import { jsdomShims, ui } from '../taskpane/setup';
import { choose, file, page } from './page-helpers';

beforeAll(jsdomShims);

const ROOT = join(__dirname, '../..');

test('one report: the same review as the task pane (verdict, counts, progress, points by section), no Word-only control', async () => {
  page();
  expect(screen.getByText(/Văn bản không rời khỏi máy của bạn/)).toBeTruthy();
  await choose([file(join(ROOT, 'samples', 'bao-cao-mau.docx'))]);
  await screen.findByText('Chưa sẵn sàng nộp', {}, { timeout: 10_000 });
  expect(screen.getByRole('button', { name: '3 lỗi' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '3 lưu ý' })).toBeTruthy();
  expect(screen.getByText('44/46 mục đã viết')).toBeTruthy();
  expect(screen.getByText('Phần thứ nhất › IV › 3')).toBeTruthy();
  // nothing that needs Word
  expect(screen.queryByRole('button', { name: 'Thêm mục này' })).toBeNull();
  expect(screen.queryByText('Đánh dấu trong văn bản')).toBeNull();
  expect(screen.queryByRole('button', { name: /^Kiểm tra/ })).toBeNull();
  // the focus on the verdict
  await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('status'));
  // "Bỏ qua": the point leaves the counts for this page only, and the page says so
  fireEvent.click(screen.getAllByRole('button', { name: /^Bỏ qua điểm này: / })[0]);
  expect(screen.getByRole('button', { name: '2 lỗi' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Đã bỏ qua (1)' }));
  expect(await screen.findByText(/chỉ được nhớ đến khi đóng trang này/)).toBeTruthy();
  // "›" with no Word to select in: the focus kept, the step said with its number, place and message (code review of session 62)
  const next = screen.getByRole('button', { name: 'Điểm tiếp theo' });
  next.focus();
  await act(async () => fireEvent.click(next));
  expect(document.activeElement).toBe(next);
  expect(screen.getAllByRole('status').some((x) => /^Điểm 1\/5, mục III\.1, đoạn 1: /u.test(x.textContent ?? ''))).toBe(true);
});

test('several reports: the table; a row opens its result, back returns to the list and to that row; a broken file shows its reason', async () => {
  page();
  const broken = new File(['đây không phải tệp Word'], 'hong.docx');
  Object.defineProperty(broken, 'arrayBuffer', { value: async () => new Uint8Array(Buffer.from('đây không phải tệp Word')).buffer });
  await choose([file(join(ROOT, 'samples', 'bao-cao-mau.docx')), broken, file(join(FIXTURES, 'reports', 'v02-huyen-nq16-tu-dong.docx'))]);
  await screen.findByText(/^Đã kiểm tra 3 tệp: 0 sẵn sàng nộp, 2 chưa sẵn sàng nộp, 1 không kiểm tra được\.$/, {}, { timeout: 15_000 });
  const table = screen.getByRole('table');
  const rows = within(table).getAllByRole('row').slice(1);
  expect(rows).toHaveLength(3);
  expect(rows[1].textContent).toMatch(/Không kiểm tra được: không phải tệp \.docx/);
  fireEvent.click(screen.getByRole('button', { name: 'Xem kết quả của v02-huyen-nq16-tu-dong.docx' }));
  expect(screen.queryByRole('table')).toBeNull();
  expect(screen.getByText('v02-huyen-nq16-tu-dong.docx')).toBeTruthy();
  expect(screen.getByText('Chưa sẵn sàng nộp')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '‹ Danh sách báo cáo' }));
  await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Xem kết quả của v02-huyen-nq16-tu-dong.docx'));
  // sorting by errors, most first
  fireEvent.click(within(screen.getByRole('table')).getByRole('button', { name: /^Lỗi/ }));
  const errs = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[3]?.textContent);
  expect(Number(errs[0])).toBeGreaterThanOrEqual(Number(errs[1]));
  fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
  expect(screen.getByText(/^Checked 3 files:/)).toBeTruthy();
  expect(screen.getByText(/Your documents never leave this computer/)).toBeTruthy();
});

test('two reports of one unit: each row says so, as the CLI and the workbook do; each finding says where it is (walk60, items 1 and 4)', async () => {
  page();
  await choose([file(join(ROOT, 'samples', 'bao-cao-mau.docx')), file(join(FIXTURES, 'reports', 'v01-tinh-nq16.docx')), file(join(FIXTURES, 'reports', 'v02-huyen-nq16-tu-dong.docx'))]);
  await screen.findByText(/^Đã kiểm tra 3 tệp:/, {}, { timeout: 15_000 });
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  expect(rows[0].textContent).toContain('Trùng đơn vị với: v01-tinh-nq16.docx');
  expect(rows[1].textContent).toContain('Trùng đơn vị với: bao-cao-mau.docx');
  expect(rows[2].textContent).not.toContain('Trùng đơn vị');
  fireEvent.click(screen.getByRole('button', { name: 'Xem kết quả của v02-huyen-nq16-tu-dong.docx' }));
  expect(await screen.findByText('mục III.1, đoạn 1')).toBeTruthy();
});

test('a template chosen: the outline to write in is downloaded as a .docx, for the level picked — a writer on Word 2016 needs no add-in and no command line (walk54, item 1)', async () => {
  const blobs: Blob[] = [];
  const url = URL as unknown as { createObjectURL?: (b: Blob) => string; revokeObjectURL?: (u: string) => void };
  const [create, revoke] = [url.createObjectURL, url.revokeObjectURL];
  url.createObjectURL = (b: Blob) => { blobs.push(b); return 'blob:skeleton'; };
  url.revokeObjectURL = () => {};
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  try {
    page();
    expect(screen.getByTestId('skeleton').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('combobox', { name: 'Mẫu báo cáo' }));
    fireEvent.click(await screen.findByRole('option', { name: /sơ kết 3 năm \(2021-2023\).*UBND xã/ }));
    expect((screen.getByRole('combobox', { name: 'Cấp báo cáo' }) as HTMLButtonElement).textContent).toMatch(/xã/i);
    await act(async () => { fireEvent.click(screen.getByTestId('skeleton')); });
    await waitFor(() => expect(blobs).toHaveLength(1));
    const bytes = new Uint8Array(await new Promise<ArrayBuffer>((resolve) => { const r = new FileReader(); r.onload = () => resolve(r.result as ArrayBuffer); r.readAsArrayBuffer(blobs[0]); }));
    const { readDocx } = await import('../../src/docx/read-docx');
    const model = await readDocx(bytes);
    const texts = model.paragraphs.map((p) => p.text);
    expect(texts.some((x) => x.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(model.paragraphs.some((p) => !!p.styleLevel && /^Đánh giá về kết quả công tác tổ chức, triển khai/u.test(p.text))).toBe(true);
    expect(model.recorded?.level).toBe('xa');
    expect(click).toHaveBeenCalled();
  } finally {
    click.mockRestore();
    url.createObjectURL = create;
    url.revokeObjectURL = revoke;
  }
}, 30_000);

test('the outline\'s own template: picking it checks the listed reports nothing again, and the check\'s template is left as it was (walk61\'s left)', async () => {
  page();
  await choose([file(join(ROOT, 'samples', 'bao-cao-mau.docx'))]);
  await screen.findByText('Chưa sẵn sàng nộp', {}, { timeout: 10_000 });
  const line = () => screen.getAllByText((_, el) => !!el && el.tagName !== 'B' && /^Tệp: bao-cao-mau\.docx/.test(el.textContent ?? ''))[0].textContent;
  const said = line();
  fireEvent.click(screen.getByRole('combobox', { name: 'Đề cương của mẫu báo cáo' }));
  fireEvent.click(await screen.findByRole('option', { name: /sơ kết 3 năm \(2021-2023\).*UBND xã/ }));
  expect(screen.getByTestId('skeleton').getAttribute('aria-disabled')).not.toBe('true');
  expect((screen.getByRole('combobox', { name: 'Mẫu báo cáo' }) as HTMLButtonElement).textContent).toMatch(/tự nhận biết/i);
  expect(screen.queryByText(/Đang kiểm tra/)).toBeNull();
  expect(line()).toBe(said);
  expect(said).toMatch(/tự nhận biết/);
}, 30_000);

test('this round\'s due date given on the page is the one said, the report checked again with it; left empty, the template\'s own (walk60\'s left)', async () => {
  page();
  await choose([file(join(ROOT, 'samples', 'bao-cao-mau.docx'))]);
  await screen.findByText('Chưa sẵn sàng nộp', {}, { timeout: 10_000 });
  // (the template's own due date passed long ago: said as the template's)
  expect(screen.getByText(/^Hạn nộp báo cáo theo mẫu này là 15\/08\/2024, đã qua/u)).toBeTruthy();
  await act(async () => {
    fireEvent.change(screen.getByTestId('due'), { target: { value: '2024-09-30' } });
    // (taken when the field is left, not at each digit typed; said back in words, day and month by name, with what is still to do —
    // walk62, item 6: a browser showing "mm/dd/yyyy" took 10/12/2026 typed as 12 October)
    expect(screen.getByText(/^Hạn nộp báo cáo theo mẫu này là 15\/08\/2024, đã qua/u)).toBeTruthy();
    expect(screen.getByText('Hạn nộp: ngày 30 tháng 9 năm 2024 — nhấn Enter hoặc rời ô để kiểm tra lại theo hạn này')).toBeTruthy();
    fireEvent.blur(screen.getByTestId('due'));
  });
  expect(screen.getByText('Hạn nộp: ngày 30 tháng 9 năm 2024')).toBeTruthy();
  expect(await screen.findByText('Hạn nộp của đợt báo cáo này là 30/09/2024, đã qua.', {}, { timeout: 10_000 })).toBeTruthy();
  expect(screen.queryByText(/^Hạn nộp báo cáo theo mẫu này/u)).toBeNull();
  expect(screen.getByLabelText('Hạn nộp của đợt này')).toBeTruthy();
});
