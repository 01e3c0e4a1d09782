/**
 * @jest-environment jsdom
 */
/** The task pane with React Testing Library, on the in-memory Word through the real adapter. */
import { readFileSync } from 'fs';
import { TextDecoder } from 'util';
import type { ReactElement } from 'react';
import { join } from 'path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { wordPort } from '../../src/word/port';
import { readDocx } from '../../src/docx/read-docx';

// jsdom has no TextDecoder (browsers and Node do): the reader decodes parts with it
Object.assign(globalThis, { TextDecoder });
import { FakeDocument, fakeRun } from '../word/fake-word';
import { stripMark } from '../../src/word/marker';
import { FIXTURES } from '../helpers';
import { doc as markup } from '../core/doc';
import type { WordRun } from '../../src/word/api';

beforeAll(() => {
  // jsdom lacks these browser APIs that Fluent UI touches
  (globalThis as Record<string, unknown>).ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false })) as never;
});

const ui = (node: ReactElement) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const v01 = async () => FakeDocument.fromModel(await readDocx(readFileSync(join(FIXTURES, 'reports', 'v01-tinh-nq16.docx'))));
const portFor = (d: FakeDocument) => wordPort(fakeRun(d) as unknown as WordRun, { comments: true });

test('outside Word it says so, in Vietnamese, and still shows the packs', () => {
  ui(<App host={{ inWord: false, displayLanguage: 'vi-VN' }} port={null} />);
  expect(screen.getByText(/Mở trong Word để sử dụng/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Kiểm tra' }).hasAttribute('disabled')).toBe(true);
  expect(screen.getByRole('combobox', { name: /Gói mẫu đề cương/ })).toBeTruthy();
});

test('English when Office says so, and the user can switch back', () => {
  ui(<App host={{ inWord: false, displayLanguage: 'en-US' }} port={null} />);
  expect(screen.getByText(/Open in Word to use/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang tiếng Việt' }));
  expect(screen.getByText(/Mở trong Word để sử dụng/)).toBeTruthy();
});

test('check: the pack is suggested, the verdict shown, a finding goes to its text, and nothing is written', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true, displayLanguage: 'vi-VN' }} port={portFor(d)} />);
  await screen.findByText('gợi ý theo tiêu đề văn bản');
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText('Chưa sẵn sàng nộp');
  expect(d.writes).toEqual([]);
  const finding = screen.getByRole('button', { name: /58,4%/ });
  fireEvent.keyDown(finding, { key: 'Enter' });
  await waitFor(() => expect(d.selection[0]?.text).toMatch(/tưới đạt 58,4%/));
  expect(d.writes).toEqual([]);
  // the indicators table: the failing indicator is marked "Chưa đạt"
  fireEvent.click(screen.getByRole('button', { name: 'Bảng chỉ tiêu' }));
  const table = await screen.findByRole('table', { name: 'Bảng chỉ tiêu' });
  const row = within(table).getByText('Tỷ lệ diện tích sản xuất chủ động tưới').closest('tr')!;
  expect(within(row as HTMLElement).getByText('Chưa đạt')).toBeTruthy();
});

test('"Thêm mục này" inserts the missing section where it belongs and the re-check no longer reports it', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText(/Thiếu mục "3. Phân tích nguyên nhân/);
  fireEvent.click(screen.getByRole('button', { name: 'Thêm mục này' }));
  await screen.findByText('Đã thêm mục. Kiểm tra lại…');
  await waitFor(() => expect(screen.queryByText(/Thiếu mục "3. Phân tích nguyên nhân/)).toBeNull());
  const texts = d.text();
  const at = texts.findIndex((t) => t.startsWith('3. Phân tích nguyên nhân'));
  expect(at).toBeGreaterThan(texts.findIndex((t) => /^2\.? ?Những hạn chế|HẠN CHẾ/i.test(t)));
  expect(at).toBeLessThan(texts.findIndex((t) => /Bài học kinh nghiệm/i.test(t)));
});

/** A new document: one empty paragraph, the cursor in it. */
function blank(): FakeDocument {
  const d = new FakeDocument();
  d.paras.push(d.newPara());
  d.selection = [d.paras[0]];
  return d;
}
const count = (d: FakeDocument, t: string) => d.paras.filter((p) => stripMark(p.text) === t).length;

test('write: into an empty document the whole outline goes at once, with progress', async () => {
  const d = blank();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  expect(screen.getByRole('progressbar', { name: 'Đang chèn đề cương…' })).toBeTruthy();
  await screen.findByText(/Đã chèn \d+ đoạn/);
  expect(d.paras.filter((p) => p.styleBuiltIn === 'Heading1')).toHaveLength(2);
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
});

test('write: a document with other text gets the outline only when the writer says so; the writer\'s text is kept', async () => {
  const d = FakeDocument.fromModel(markup('Đoạn có sẵn của người viết.'));
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  await screen.findByText(/chưa có mục nào của đề cương này/);
  expect(d.writes).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Vẫn chèn cả đề cương' }));
  await screen.findByText(/Đã chèn \d+ đoạn/);
  expect(d.paras[0].text).toBe('Đoạn có sẵn của người viết.');
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
});

test('write: the finished sample report is offered only its missing item, inserted at its place; "Gỡ phần khung chưa viết" takes it out again', async () => {
  const d = await v01();
  const before = d.paras.map((p) => p.text);
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  await screen.findByText(/còn thiếu 1 mục: "3\. Phân tích nguyên nhân hạn chế/);
  expect(d.writes).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Chèn 1 mục còn thiếu' }));
  await screen.findByText(/Đã chèn 1 mục còn thiếu/);
  const texts = d.paras.map((p) => stripMark(p.text));
  const at = texts.indexOf('3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan');
  expect(at).toBeGreaterThan(texts.indexOf('2. Những hạn chế, khó khăn'));
  expect(at).toBeLessThan(texts.indexOf('4. Bài học kinh nghiệm'));
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Gỡ phần khung chưa viết' }));
  await screen.findByText(/Đã gỡ phần khung chưa viết: 1 đề mục trống/);
  expect(d.paras.map((p) => p.text)).toEqual(before);
});

test('write: one insertion at a time, whatever the pane does meanwhile (switching tabs keeps it running and the button disabled)', async () => {
  const d = blank();
  const port = portFor(d);
  ui(<App host={{ inWord: true }} port={port} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  const insert = screen.getByRole('button', { name: 'Chèn đề cương' });
  fireEvent.click(insert);
  fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  const again = screen.getByRole('button', { name: 'Chèn đề cương' });
  expect(again.hasAttribute('disabled')).toBe(true);
  fireEvent.click(again);
  expect(screen.getByRole('progressbar')).toBeTruthy();
  await screen.findByText(/Đã chèn \d+ đoạn/);
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
  // and once it is done, a second "Chèn đề cương" offers nothing more to insert
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  await screen.findByText(/đã có đủ các mục bắt buộc/);
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
});

test('write: the cursor in a header is refused with its reason', async () => {
  const d = blank();
  const h = d.newPara({ text: 'Đầu trang', story: 'Header' });
  d.stories.push(h);
  d.selection = [h];
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  await screen.findByText(/Con trỏ đang ở đầu trang, chân trang/);
  expect(d.writes).toEqual([]);
});

test('check: what Word did not let the add-in read is said (list labels under tracked changes on the web)', async () => {
  const d = await v01();
  d.paras.filter((p) => /^- /.test(p.text)).slice(0, 2).forEach((p) => Object.assign(p, { listString: 'a)', tracked: true }));
  d.failures.listItemTracked = true;
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText(/Word không cho đọc hết văn bản.*số thứ tự tự động của 2 đoạn/);
});

test('export: the HTML report is the CLI\'s, offered as a download', async () => {
  const d = await v01();
  const blobs: Blob[] = [];
  URL.createObjectURL = ((b: Blob) => (blobs.push(b), 'blob:x')) as never;
  URL.revokeObjectURL = () => {};
  const clicked: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText('Chưa sẵn sàng nộp');
  fireEvent.click(screen.getByRole('button', { name: 'Xuất kết quả' }));
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Tải HTML' })));
  expect(clicked[0]).toMatch(/^decuong-\d{4}-\d{2}-\d{2}\.html$/);
  const html = await new Promise<string>((res) => { const r = new FileReader(); r.onload = () => res(r.result as string); r.readAsText(blobs[0]); });
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('Chưa sẵn sàng nộp');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tải JSON' })));
  const json = JSON.parse(await new Promise<string>((res) => { const r = new FileReader(); r.onload = () => res(r.result as string); r.readAsText(blobs[1]); }));
  expect(json.reports[0].reader).toEqual({ source: 'Word', roundTrips: 2, paragraphs: d.paras.length, notes: [] });
});

test('marks are optional and removed with one button', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText('Chưa sẵn sàng nộp');
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:'))).toHaveLength(0);
  fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu trong văn bản' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Đánh dấu các phát hiện' }));
  await screen.findByText(/Đã đánh dấu \d+ đoạn/);
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:')).length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole('button', { name: 'Gỡ mọi dấu' }));
  await screen.findByText(/Đã gỡ \d+ dấu/);
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:'))).toHaveLength(0);
  expect(d.comments).toHaveLength(0);
});

test('the secretariat\'s own pack file is validated: a bad one is refused with its problems, a good one is used', async () => {
  ui(<App host={{ inWord: false }} port={null} />);
  const input = screen.getByLabelText('Mở gói mẫu (.json)…') as HTMLInputElement;
  const bad = new File(['{"id": "Bad Id", "version": "1"}'], 'goi-loi.json', { type: 'application/json' });
  Object.defineProperty(bad, 'text', { value: async () => '{"id": "Bad Id", "version": "1"}' });
  fireEvent.change(input, { target: { files: [bad] } });
  await screen.findByText(/Gói mẫu không hợp lệ: goi-loi.json: id/);
  const pack = JSON.parse(readFileSync(join(__dirname, '../../src/packs/builtin/ntm-so-ket-2021-2023-tham-luan.json'), 'utf8'));
  pack.id = 'tham-luan-tinh-2026';
  pack.version = '2.0.0';
  const good = new File([JSON.stringify(pack)], 'tham-luan.json', { type: 'application/json' });
  Object.defineProperty(good, 'text', { value: async () => JSON.stringify(pack) });
  fireEvent.change(input, { target: { files: [good] } });
  await screen.findByText('Đã mở gói mẫu tham-luan-tinh-2026 2.0.0.');
  expect((screen.getByRole('combobox', { name: /Gói mẫu đề cương/ }) as HTMLButtonElement).textContent).toMatch(/tham luận/i);
});

test('automatic re-check: a moment after the document changes, the result follows it', async () => {
  const d = await v01();
  let changed: (() => void) | undefined;
  const port = { ...portFor(d), onChange: (cb: () => void) => ((changed = cb), () => (changed = undefined)) };
  ui(<App host={{ inWord: true }} port={port} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await screen.findByRole('button', { name: /58,4%/ });
  fireEvent.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi ngừng gõ' }));
  await waitFor(() => expect(changed).toBeDefined());
  // the writer corrects the figure
  const p = d.paras.find((x) => x.text.includes('tưới đạt 58,4%'))!;
  p.text = p.text.replace('58,4%', '62,4%');
  changed!();
  await waitFor(() => expect(screen.queryByRole('button', { name: /58,4%/ })).toBeNull(), { timeout: 4000 });
  expect(d.writes).toEqual([]);
});
