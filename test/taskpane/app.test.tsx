/**
 * @jest-environment jsdom
 */
/** The task pane with React Testing Library, on the in-memory Word through the real adapter. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { stripMark } from '../../src/word/marker';
import { doc as markup, nq04Untitled } from '../core/doc';
import { FakeDocument } from '../word/fake-word';
import { blank, checkNow, chooseTemplate, jsdomShims, openGroup, point, portFor, ui, v01 } from './setup';

beforeAll(jsdomShims);
const NQ16 = /^Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16/;

test('outside Word it says so, in Vietnamese, and still shows the templates; no template is chosen for the writer', () => {
  ui(<App host={{ inWord: false, displayLanguage: 'vi-VN' }} port={null} />);
  expect(screen.getByText(/Mở trong Word để sử dụng/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Kiểm tra' }).getAttribute('aria-disabled')).toBe('true');
  expect((screen.getByRole('combobox', { name: /Mẫu báo cáo/ }) as HTMLButtonElement).textContent).toMatch(/Chọn mẫu báo cáo/);
});

test('English when Office says so, and the user can switch back', () => {
  ui(<App host={{ inWord: false, displayLanguage: 'en-US' }} port={null} />);
  expect(screen.getByText(/Open in Word to use/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang tiếng Việt' }));
  expect(screen.getByText(/Mở trong Word để sử dụng/)).toBeTruthy();
});

test('check: the template is recognised, the verdict shown, a finding goes to its text, and nothing is written', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true, displayLanguage: 'vi-VN' }} port={portFor(d)} />);
  await screen.findByText(/Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16/);
  await checkNow();
  expect(screen.getByText('Chưa sẵn sàng nộp')).toBeTruthy();
  expect(d.writes).toEqual([]);
  openGroup(/Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu/);
  const finding = point(/58,4%/);
  fireEvent.click(finding);
  await waitFor(() => expect(d.selection[0]?.text).toMatch(/tưới đạt 58,4%/));
  expect(d.writes).toEqual([]);
  // the indicators table: the failing indicator is marked "Chưa đạt"
  fireEvent.click(screen.getByRole('button', { name: 'Bảng chỉ tiêu' }));
  const table = await screen.findByRole('table', { name: 'Bảng chỉ tiêu' });
  // (its name says the verdict, the figure and the target, as the cards' do — walk61, item 10)
  const row = within(table).getByRole('button', { name: /^Tỷ lệ diện tích sản xuất chủ động tưới: .*Thực hiện .*Mục tiêu / }).closest('tr')!;
  expect(within(row as HTMLElement).getByText('Chưa đạt')).toBeTruthy();
});

test('a message said in Vietnamese goes when the pane switches to English, not left untranslated (walk63, item 11)', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true, displayLanguage: 'vi-VN' }} port={portFor(d)} />);
  await checkNow();
  openGroup(/Phân tích nguyên nhân hạn chế/);
  await screen.findByText(/Thiếu mục "3. Phân tích nguyên nhân/);
  fireEvent.click(screen.getByRole('button', { name: 'Thêm mục này' }));
  await screen.findByText(/Đã thêm mục "3. Phân tích nguyên nhân/);
  fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
  await waitFor(() => expect(screen.queryByText(/Đã thêm mục/)).toBeNull());
  expect(screen.getByRole('button', { name: 'Chuyển sang tiếng Việt' })).toBeTruthy();
});

test('a title that names no template: the one whose sections the headings follow is chosen, and the pane says so, to be checked', async () => {
  const d = FakeDocument.fromModel(markup(nq04Untitled()));
  ui(<App host={{ inWord: true, displayLanguage: 'vi-VN' }} port={portFor(d)} />);
  // the line that names the template says how it was found, to be checked …
  await screen.findByText('tự nhận biết theo các mục của đề cương, hãy kiểm tra lại');
  expect(screen.getByText(/tiếp tục thực hiện Nghị quyết số 04-NQ\/TU/)).toBeTruthy();
  // … and so does the chooser
  fireEvent.click(screen.getByRole('button', { name: /Đổi mẫu|Đổi/ }));
  expect(screen.getByText('tự nhận biết theo các mục của đề cương (tiêu đề không nêu mẫu): kiểm tra lại')).toBeTruthy();
  expect(d.writes).toEqual([]);
});

test('"Thêm mục này" inserts the missing section where it belongs and the re-check no longer reports it', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await checkNow();
  openGroup(/Phân tích nguyên nhân hạn chế/);
  await screen.findByText(/Thiếu mục "3. Phân tích nguyên nhân/);
  fireEvent.click(screen.getByRole('button', { name: 'Thêm mục này' }));
  await screen.findByText(/Đã thêm mục "3. Phân tích nguyên nhân.*con trỏ đang ở đề mục mới; đã kiểm tra lại/);
  await waitFor(() => expect(screen.queryByText(/Thiếu mục "3. Phân tích nguyên nhân/)).toBeNull());
  // the cursor is in the new heading
  expect(stripMark(d.selection[0]?.text ?? '')).toMatch(/^3\. Phân tích nguyên nhân hạn chế/);
  const texts = d.text();
  const at = texts.findIndex((t) => t.startsWith('3. Phân tích nguyên nhân'));
  expect(at).toBeGreaterThan(texts.findIndex((t) => /^2\.? ?Những hạn chế|HẠN CHẾ/i.test(t)));
  expect(at).toBeLessThan(texts.findIndex((t) => /Bài học kinh nghiệm/i.test(t)));
});

const count = (d: FakeDocument, t: string) => d.paras.filter((p) => stripMark(p.text) === t).length;

test('write: into an empty document the whole outline goes at once, with progress', async () => {
  const d = blank();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await screen.findByText(/Không nhận ra mẫu báo cáo từ tiêu đề văn bản/);
  await chooseTemplate(NQ16);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  expect(screen.getByRole('progressbar', { name: 'Đang chèn đề cương…' })).toBeTruthy();
  await screen.findByText(/Đã chèn \d+ đoạn\. Văn bản có sẵn/);
  expect(d.paras.filter((p) => p.styleBuiltIn === 'Heading1')).toHaveLength(2);
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
});

test('write: a document with other text gets the outline only when the writer says so; the writer\'s text is kept', async () => {
  const d = FakeDocument.fromModel(markup('Đoạn có sẵn của người viết.'));
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await chooseTemplate(NQ16);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn đề cương' }));
  await screen.findByText(/chưa có mục nào của đề cương này/);
  expect(d.writes).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Vẫn chèn cả đề cương' }));
  await screen.findByText(/Đã chèn \d+ đoạn/);
  expect(d.paras[0].text).toBe('Đoạn có sẵn của người viết.');
  expect(count(d, 'I. KHÁI QUÁT TÌNH HÌNH')).toBe(1);
});

test('the chooser says whose document the template follows, and a template with no targets says so in words (walk63, item 5)', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true, displayLanguage: 'vi-VN' }} port={portFor(d)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' }));
  expect(await screen.findByText(/Theo văn bản của: Ban Thường vụ Tỉnh ủy/)).toBeTruthy();
  expect(screen.getByText(/Chỉ tiêu: \d+/)).toBeTruthy();
  expect(screen.queryByText(/không có chỉ tiêu để so với mục tiêu/)).toBeNull();
});

test('write: the finished sample report is offered only its missing item, inserted at its place; "Gỡ phần khung chưa viết" takes it out again', async () => {
  const d = await v01();
  const before = d.paras.map((p) => p.text);
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await screen.findByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' });
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
  await chooseTemplate(NQ16);
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  const insert = screen.getByRole('button', { name: 'Chèn đề cương' });
  fireEvent.click(insert);
  fireEvent.click(screen.getByRole('tab', { name: 'Rà soát' }));
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  const again = screen.getByRole('button', { name: 'Chèn đề cương' });
  // busy, not disabled: it keeps the focus (aria-disabled) and ignores the click
  expect(again.getAttribute('aria-disabled')).toBe('true');
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
  await chooseTemplate(NQ16);
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
  await checkNow();
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
  await checkNow();
  fireEvent.click(screen.getByRole('button', { name: 'Xuất kết quả' }));
  await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Tải báo cáo HTML' })));
  expect(clicked[0]).toMatch(/^bao-cao-kiem-tra-\d{4}-\d{2}-\d{2}\.html$/);
  const html = await new Promise<string>((res) => { const r = new FileReader(); r.onload = () => res(r.result as string); r.readAsText(blobs[0]); });
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain('Chưa sẵn sàng nộp');
  expect(html).toContain('mục đã viết');
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tải dữ liệu JSON' })));
  const json = JSON.parse(await new Promise<string>((res) => { const r = new FileReader(); r.onload = () => res(r.result as string); r.readAsText(blobs[1]); }));
  expect(json.reports[0].reader).toEqual({ source: 'Word', roundTrips: 2, paragraphs: d.paras.length, notes: [] });
});

test('marks are optional and removed with one button', async () => {
  const d = await v01();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await checkNow();
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:'))).toHaveLength(0);
  fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu trong văn bản' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Đánh dấu các điểm cần xem' }));
  await screen.findByText(/Đã đánh dấu \d+ đoạn/);
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:')).length).toBeGreaterThan(0);
  // (each comment says the point and what to do after "→", as the CLI does — walk55)
  expect(d.comments.length).toBeGreaterThan(0);
  expect(d.comments.every((c) => c.content.startsWith('[decuong]') && c.content.includes(' → '))).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Gỡ mọi dấu' }));
  await screen.findByText(/Đã gỡ \d+ dấu/);
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:'))).toHaveLength(0);
  expect(d.comments).toHaveLength(0);
});

test('the secretariat\'s own template file is validated: a bad one is refused with every problem on its own line, a good one is used and named by its title', async () => {
  ui(<App host={{ inWord: false }} port={null} />);
  const input = screen.getByLabelText('Mở mẫu từ tệp (.json)…') as HTMLInputElement;
  const bad = new File(['{"id": "Bad Id", "version": "1"}'], 'goi-loi.json', { type: 'application/json' });
  Object.defineProperty(bad, 'text', { value: async () => '{"id": "Bad Id", "version": "1"}' });
  fireEvent.change(input, { target: { files: [bad] } });
  await screen.findByText('Không dùng được tệp mẫu goi-loi.json:');
  const problems = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
  expect(problems.length).toBeGreaterThanOrEqual(9); // none hidden behind "(+n)"
  expect(problems[0]).toMatch(/^Mã mẫu: Mã "Bad Id" chỉ được gồm/);
  expect(problems.some((p) => /^Tên mẫu: /.test(p))).toBe(true);
  const pack = JSON.parse(readFileSync(join(__dirname, '../../src/packs/builtin/ntm-so-ket-2021-2023-tham-luan.json'), 'utf8'));
  pack.id = 'tham-luan-tinh-2026';
  pack.version = '2.0.0';
  const good = new File([JSON.stringify(pack)], 'tham-luan.json', { type: 'application/json' });
  Object.defineProperty(good, 'text', { value: async () => JSON.stringify(pack) });
  fireEvent.change(input, { target: { files: [good] } });
  await screen.findByText(new RegExp(`Đã mở mẫu "${pack.title.replace(/[()]/g, '.')}" \\(phiên bản 2.0.0\\); mẫu được nhớ cho lần sau`));
  expect(screen.getByText(pack.title)).toBeTruthy();
  // remembered until replaced
  expect(JSON.parse(localStorage.getItem('decuong:packs')!)[0].id).toBe('tham-luan-tinh-2026');
  // a bad file after it: its problems stand alone, the last file's "Đã mở mẫu …" goes (walk49)
  // (the chooser stays open for the level after the first template of a new document — walk61, item 5)
  expect(screen.queryByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' })).toBeNull();
  fireEvent.change(screen.getByLabelText('Mở mẫu từ tệp (.json)…'), { target: { files: [bad] } });
  await screen.findByText('Không dùng được tệp mẫu goi-loi.json:');
  expect(screen.queryByText(/Đã mở mẫu/)).toBeNull();
});

test('automatic re-check: a moment after the document changes, the result follows it', async () => {
  const d = await v01();
  let changed: (() => void) | undefined;
  const port = { ...portFor(d), onChange: (cb: () => void) => ((changed = cb), () => (changed = undefined)) };
  ui(<App host={{ inWord: true }} port={port} />);
  await checkNow();
  openGroup(/Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu/);
  expect(point(/58,4%/)).toBeTruthy();
  fireEvent.click(screen.getByRole('switch', { name: 'Tự kiểm tra lại khi ngừng gõ' }));
  await waitFor(() => expect(changed).toBeDefined());
  // the writer corrects the figure
  const p = d.paras.find((x) => x.text.includes('tưới đạt 58,4%'))!;
  p.text = p.text.replace('58,4%', '62,4%');
  // (Word calls the handler outside React: the state it sets is wrapped as a user's event would be)
  act(() => changed!());
  // out of date at once, checked again when typing stops
  await screen.findByText(/Kết quả cũ: văn bản đã thay đổi/);
  await waitFor(() => expect(screen.queryByText(/58,4%/)).toBeNull(), { timeout: 4000 });
  expect(screen.queryByText(/Kết quả cũ/)).toBeNull();
  expect(d.writes).toEqual([]);
});

test('walk61 (keyboard only): "Đổi" takes the focus into the chooser, Esc and "Xong" give it back to "Đổi"; in a new document the chooser stays open for the level once the template is chosen', async () => {
  const first = ui(<App host={{ inWord: true }} port={portFor(await v01())} />);
  const change = await screen.findByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' });
  fireEvent.click(change);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: /Mẫu báo cáo/ })));
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Đổi mẫu báo cáo hoặc cấp báo cáo'));
  fireEvent.click(screen.getByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Xong' }));
  await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Đổi mẫu báo cáo hoặc cấp báo cáo'));
  first.unmount();
  ui(<App host={{ inWord: true }} port={portFor(blank())} />);
  await chooseTemplate(/^Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16-NQ\/TU/);
  // (the level still to choose: the chooser open, "Xong" to close it)
  expect(screen.getByRole('combobox', { name: /Cấp báo cáo/ })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Xong' }));
  await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Đổi mẫu báo cáo hoặc cấp báo cáo'));
});
