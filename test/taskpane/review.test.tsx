/**
 * @jest-environment jsdom
 */
/** Working through the results: filter, ignore (remembered in the document), next/previous, out-of-date marking, focus. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { memorySettings } from '../../src/word/settings';
import { checkNow, jsdomShims, portFor, sampleDoc, ui } from './setup';

beforeAll(jsdomShims);

/** Visible points (their own buttons), in order. */
const points = () => screen.queryAllByRole('button').filter((b) => /^(lỗi|lưu ý)/.test(b.textContent ?? '') && !b.hasAttribute('aria-expanded'));

test('the sample report: verdict, counts, progress; errors before warnings in a section; section paths; no doubled quote or title', async () => {
  const d = await sampleDoc();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await checkNow();
  expect(screen.getByRole('button', { name: '3 lỗi' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '3 lưu ý' })).toBeTruthy();
  expect(screen.getByText('44/46 mục đã viết')).toBeTruthy();
  // 6 points: every section open
  const texts = points().map((b) => b.textContent ?? '');
  expect(texts).toHaveLength(6);
  const first = texts.slice(0, 4);
  expect(first[0]).toMatch(/^lỗi/);
  expect(first.slice(1).every((x) => x.startsWith('lưu ý'))).toBe(true);
  expect(screen.getByText('Phần thứ nhất › IV › 3')).toBeTruthy();
  expect(screen.getByText('Phần thứ hai › I › 2')).toBeTruthy();
  // the same sentence quoted once; an empty section's title not repeated as a quote
  expect(screen.getAllByText(/« có 36 xã đạt chuẩn/)).toHaveLength(1);
  expect(screen.queryByText('« 2. Xu hướng phát triển nông thôn mới đến năm 2025 »')).toBeNull();
  // no button inside a button
  expect(document.querySelectorAll('button button, [role=button] button, button [role=button]')).toHaveLength(0);
  expect(d.writes).toEqual([]);
});

test('the counts filter the list; pressing again shows all', async () => {
  ui(<App host={{ inWord: true }} port={portFor(await sampleDoc())} />);
  await checkNow();
  const errors = screen.getByRole('button', { name: '3 lỗi' });
  fireEvent.click(errors);
  expect(errors.getAttribute('aria-pressed')).toBe('true');
  expect(points().map((b) => b.textContent!.slice(0, 3))).toEqual(['lỗi', 'lỗi', 'lỗi']);
  fireEvent.click(screen.getByRole('button', { name: '3 lưu ý' }));
  expect(points().every((b) => b.textContent!.startsWith('lưu ý'))).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: '3 lưu ý' }));
  expect(points()).toHaveLength(6);
});

test('"Bỏ qua": the point leaves the list and the counts, is listed, remembered in the document\'s settings, and can be restored', async () => {
  const d = await sampleDoc();
  const settings = memorySettings();
  const { unmount } = ui(<App host={{ inWord: true }} port={portFor(d, settings)} />);
  await checkNow();
  fireEvent.click(screen.getByRole('button', { name: /^Bỏ qua điểm này: Tỷ lệ diện tích sản xuất chủ động tưới/ }));
  expect(screen.getByRole('button', { name: '2 lưu ý' })).toBeTruthy();
  expect(points()).toHaveLength(5);
  expect(settings.get('ignored')).toHaveLength(1);
  // (the verdict says a point was left out of its counts: session 42's walk-through, item 2)
  expect(screen.getByText('không tính 1 điểm đã bỏ qua')).toBeTruthy();
  expect(d.writes).toEqual([]);
  // focus went on to another point, not to the page body
  await waitFor(() => expect(document.activeElement?.tagName).toBe('BUTTON'));
  unmount();
  // the next time the document is opened and checked, it is still ignored
  ui(<App host={{ inWord: true }} port={portFor(d, settings)} />);
  await checkNow();
  expect(points()).toHaveLength(5);
  fireEvent.click(screen.getByRole('button', { name: 'Đã bỏ qua (1)' }));
  fireEvent.click(await screen.findByRole('button', { name: /^Khôi phục: Tỷ lệ diện tích/ }));
  expect(points()).toHaveLength(6);
  expect(settings.get('ignored')).toEqual([]);
});

test('next and previous go through the points in order, opening each in the document', async () => {
  const d = await sampleDoc();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await checkNow();
  // (before a step the counter says what the points are, not a bare "6 điểm" that reads as a score — session 39's walk-through, point 12)
  expect(screen.getByText('6 điểm cần xem')).toBeTruthy();
  const next = screen.getByRole('button', { name: 'Điểm tiếp theo' });
  await act(async () => fireEvent.click(next));
  await waitFor(() => expect(d.selection[0]?.text).toMatch(/36 xã đạt chuẩn/));
  await act(async () => fireEvent.click(next));
  await act(async () => fireEvent.click(next));
  await act(async () => fireEvent.click(next));
  await waitFor(() => expect(d.selection[0]?.text).toMatch(/58,4%/));
  expect(screen.getByText('điểm 4/6')).toBeTruthy();
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Điểm trước' })));
  expect(screen.getByText('điểm 3/6')).toBeTruthy();
  expect(d.writes).toEqual([]);
});

test('"›" keeps the focus, so pressing it again goes on; each step is announced with its number and place (walk61\'s left)', async () => {
  const d = await sampleDoc();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await checkNow();
  const next = screen.getByRole('button', { name: 'Điểm tiếp theo' });
  next.focus();
  await act(async () => fireEvent.click(next));
  await waitFor(() => expect(d.selection[0]?.text).toMatch(/36 xã đạt chuẩn/));
  await act(async () => new Promise((done) => setTimeout(done, 5)));
  expect(document.activeElement).toBe(next);
  await waitFor(() => expect(screen.getAllByRole('status').some((x) => /^Điểm 1\/6, mục III\.1/.test(x.textContent ?? ''))).toBe(true));
  await act(async () => fireEvent.click(document.activeElement as HTMLElement));
  expect(screen.getByText('điểm 2/6')).toBeTruthy();
  expect(document.querySelectorAll('li[aria-current="true"]')).toHaveLength(1);
});

test('after a check no heading level is skipped under the pane\'s title: the list\'s sections (h3) stand under a heading of their own (h2) (walk61\'s left)', async () => {
  ui(<App host={{ inWord: true }} port={portFor(await sampleDoc())} />);
  await checkNow();
  const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
  expect(levels[0]).toBe(1);
  expect(levels).toContain(3);
  levels.forEach((l, k) => k > 0 && expect(l).toBeLessThanOrEqual(levels[k - 1] + 1));
  expect(screen.getByRole('heading', { level: 2, name: 'Các điểm cần xem' })).toBeTruthy();
});

test('changing the level or the template marks the result out of date until the re-check', async () => {
  ui(<App host={{ inWord: true }} port={portFor(await sampleDoc())} />);
  await checkNow();
  expect(screen.getByText(/Cấp tỉnh \(tự nhận biết\) · Mẫu báo cáo:/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' }));
  fireEvent.click(screen.getByRole('combobox', { name: 'Cấp báo cáo' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Huyện' }));
  expect(screen.getByText(/Kết quả cũ: đã đổi mẫu hoặc cấp báo cáo/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
  await waitFor(() => expect(screen.queryByText(/Kết quả cũ/)).toBeNull());
});

test('after a check the focus is on the verdict, not on the page body', async () => {
  ui(<App host={{ inWord: true }} port={portFor(await sampleDoc())} />);
  await checkNow();
  await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('status'));
  expect(within(document.activeElement as HTMLElement).getByText('Chưa sẵn sàng nộp')).toBeTruthy();
});

test('a document that matches no template gets none: the chooser says so in the pane\'s words', async () => {
  const { FakeDocument } = await import('../word/fake-word');
  const { doc } = await import('../core/doc');
  ui(<App host={{ inWord: true }} port={portFor(FakeDocument.fromModel(doc('Thư mời họp.\nNội dung khác.')))} />);
  await screen.findByText(/Không nhận ra mẫu báo cáo từ tiêu đề văn bản/);
  expect(document.body.textContent).not.toMatch(/--pack|gói/i);
  expect(screen.getByRole('button', { name: 'Kiểm tra' }).getAttribute('aria-disabled')).toBe('true');
});

test('"Bỏ qua" on every lỗi: the verdict stays "Chưa sẵn sàng nộp", as the CLI and the web page say, and says the ignored lỗi still count (session 44\'s walk-through, item 1)', async () => {
  ui(<App host={{ inWord: true }} port={portFor(await sampleDoc(), memorySettings())} />);
  await checkNow();
  for (let k = 0; k < 3; k++) {
    const next = screen.getAllByRole('button', { name: /^Bỏ qua điểm này/ }).find((b) => /lỗi/.test(b.closest('li')?.textContent ?? b.parentElement?.parentElement?.textContent ?? ''));
    fireEvent.click(next ?? screen.getAllByRole('button', { name: /^Bỏ qua điểm này/ })[0]);
  }
  await waitFor(() => expect(screen.getByRole('button', { name: '0 lỗi' })).toBeTruthy());
  expect(screen.getByText('Chưa sẵn sàng nộp')).toBeTruthy();
  expect(screen.queryByText('Sẵn sàng nộp')).toBeNull();
  expect(screen.getByText('3 lỗi đã bỏ qua vẫn tính vào kết luận: bỏ qua chỉ ẩn lỗi khỏi danh sách')).toBeTruthy();
});

test('walk61 (keyboard, screen reader): each point says where it is; going to it, ignoring and restoring one are said in a few words; a point restored takes the focus', async () => {
  const d = await sampleDoc();
  ui(<App host={{ inWord: true }} port={portFor(d)} />);
  await checkNow();
  // (the place a reader counts, as the CLI, the HTML and the web page say it — walk61, item 7)
  expect(points()[0].textContent).toMatch(/mục III\.1, đoạn 1/);
  const told = () => screen.getAllByRole('status').map((s) => s.textContent ?? '').find((x) => /^Đã (chọn|bỏ qua|khôi phục)/.test(x)) ?? '';
  fireEvent.click(points()[0]);
  await waitFor(() => expect(told()).toBe('Đã chọn mục III.1, đoạn 1 trong văn bản.'));
  fireEvent.click(screen.getByRole('button', { name: /^Bỏ qua điểm này: Tỷ lệ diện tích sản xuất chủ động tưới/ }));
  expect(told()).toMatch(/^Đã bỏ qua: Tỷ lệ diện tích sản xuất chủ động tưới/);
  fireEvent.click(screen.getByRole('button', { name: 'Đã bỏ qua (1)' }));
  fireEvent.click(await screen.findByRole('button', { name: /^Khôi phục: Tỷ lệ diện tích sản xuất chủ động tưới/ }));
  expect(told()).toMatch(/^Đã khôi phục: Tỷ lệ diện tích sản xuất chủ động tưới/);
  // (… and the focus on the point restored, not fallen to the page's body — walk61, item 1)
  expect(document.activeElement?.textContent).toMatch(/^lưu ýTỷ lệ diện tích sản xuất chủ động tưới/);
  expect(points()).toHaveLength(6);
});

test('a notice under the verdict shows its first clause, "Chi tiết" the rest and "Thu gọn" back, the focus kept on the one button (walk64, item 9)', async () => {
  ui(<App host={{ inWord: true }} port={portFor(await sampleDoc())} />);
  await checkNow();
  const more = screen.getByRole('button', { name: 'Chi tiết' });
  expect(more.getAttribute('aria-expanded')).toBe('false');
  const note = more.parentElement!;
  expect(note.textContent).toMatch(/^Hạn nộp báo cáo theo mẫu này là 15\/08\/2024, đã qua\. Chi tiết$/u);
  more.focus();
  fireEvent.click(more);
  expect(note.textContent).toContain('nếu không, kiểm tra xem mẫu này còn dùng hay đã có mẫu mới.');
  expect(more.getAttribute('aria-expanded')).toBe('true');
  expect(more.textContent).toBe('Thu gọn');
  expect(document.activeElement).toBe(more);
});
