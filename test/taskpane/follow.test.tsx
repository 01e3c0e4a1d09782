/**
 * @jest-environment jsdom
 */
/** The writer's tab follows the cursor: the section under it, its guidance, what it must contain, its indicators and targets, what is missing — no write, at most 2 syncs per move. */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { wordPort } from '../../src/word/port';
import { memorySettings } from '../../src/word/settings';
import { fakeRun, type FakeDocument } from '../word/fake-word';
import type { WordRun } from '../../src/word/api';
import { check } from '../../src/core/check';
import { guideAt } from '../../src/core/guide';
import { sectionLabel } from '../../src/core/format/words';
import { readDocx } from '../../src/docx/read-docx';
import { builtinPack } from '../../src/packs/builtin';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkNow, jsdomShims, sampleDoc, ui } from './setup';

beforeAll(jsdomShims);

const NQ16 = builtinPack('nq16-so-ket-3-nam')!;

/** The port with a selection-change source the test fires, as Word does when the writer moves the cursor. */
function followed(d: FakeDocument) {
  const subs = new Set<() => void>();
  const port = wordPort(fakeRun(d) as unknown as WordRun, { comments: true, settings: memorySettings(), selections: (cb) => { subs.add(cb); return () => subs.delete(cb); } });
  const move = async (paragraph: number) => {
    d.selection = [d.paras[paragraph]];
    await act(async () => subs.forEach((f) => f()));
  };
  return { port, move, subscribers: () => subs.size };
}

/** The sample report as the check sees it (read once). */
let sample: ReturnType<typeof check> | undefined;
const sampleReport = async () => (sample ??= check(await readDocx(readFileSync(join(__dirname, '../../samples/bao-cao-mau.docx'))), NQ16, {}));
const headingOf = async (id: string) => (await sampleReport()).sections.find((s) => s.id === id)!.paragraph!;
const region = () => screen.getByRole('region', { name: 'Mục đang viết' });

/** The sample report in the pane, checked once, the writer's tab open and following the cursor. */
async function writing() {
  const d = await sampleDoc();
  const f = followed(d);
  ui(<App host={{ inWord: true }} port={f.port} />);
  await checkNow();
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  await screen.findByRole('region', { name: 'Mục đang viết' });
  return { d, ...f };
}

test('before a check the writer is asked to check once; after it the section under the cursor is shown', async () => {
  const d = await sampleDoc();
  const { port, move } = followed(d);
  ui(<App host={{ inWord: true }} port={port} />);
  await screen.findByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' });
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  expect(within(region()).getByText(/Kiểm tra văn bản một lần/)).toBeTruthy();
  fireEvent.click(within(region()).getByRole('button', { name: 'Kiểm tra ngay' }));
  const h = await headingOf('p1.ii.1');
  await move(h + 1);
  await waitFor(() => expect(within(region()).getByText(/^1\. Công tác tổ chức học tập, quán triệt/)).toBeTruthy());
  // (a screen reader hears the item's name only, not its guidance read whole — walk61, item 9)
  expect(within(region()).getByText(/^Đang viết mục: 1\. Công tác tổ chức học tập/).getAttribute('aria-live')).toBe('polite');
  expect(region().getAttribute('aria-live')).toBeNull();
  expect(within(region()).getByText(/Danh mục, bảng: Danh mục số lớp/)).toBeTruthy();
  expect(d.writes).toEqual([]);
});

test('a selection change: at most 2 syncs, no write, no re-read; the section, its six topics, its indicators with targets in Vietnamese format', async () => {
  const { d, move } = await writing();

  const topics = await headingOf('p1.iii.2.3');
  let syncs = d.syncs;
  await move(topics + 1);
  await waitFor(() => expect(within(region()).getByText(/^2\.3\. .*06 chương trình chuyên đề/)).toBeTruthy());
  expect(d.syncs - syncs).toBeLessThanOrEqual(2);
  expect(within(region()).getAllByText(/^Nội dung: /)).toHaveLength(6);

  const ind = await headingOf('p1.iii.1');
  syncs = d.syncs;
  await move(ind + 1);
  await waitFor(() => expect(within(region()).getByText(/Chỉ tiêu báo cáo trong mục này/)).toBeTruthy());
  expect(d.syncs - syncs).toBeLessThanOrEqual(2);
  expect(within(region()).getByText(/Diện tích đất trồng lúa kém hiệu quả.*mục tiêu ≥ 2\.000 ha đến năm 2025/)).toBeTruthy();
  expect(within(region()).getByText(/Tỷ lệ số thôn đạt chuẩn nông thôn mới: mục tiêu ≥ 85% đến năm 2025/)).toBeTruthy();
  expect(within(region()).getByText(/Giá trị sản xuất trên 01 ha đất trồng trọt: mục tiêu ≥ 150 triệu đồng\/ha/)).toBeTruthy();
  expect(d.writes).toEqual([]);
});

test('ten moves cost at most 2 syncs each and never write; the sections follow the cursor', async () => {
  const { d, move } = await writing();
  const before = d.syncs;
  const at = [10, 30, 50, 70, 90, 110, 130, 150, 20, 40].filter((i) => i < d.paras.length);
  for (const i of at) await move(i);
  const r = await sampleReport();
  const last = guideAt(NQ16, r, at[at.length - 1])!;
  await waitFor(() => expect(within(region()).getByText(sectionLabel(last.number, last.title))).toBeTruthy());
  expect(d.syncs - before).toBeGreaterThanOrEqual(1);
  expect(d.syncs - before).toBeLessThanOrEqual(2 * at.length);
  expect(d.writes).toEqual([]);
});

test('what the last check found missing in the section is listed; an edit since shows the result is out of date', async () => {
  const d = await sampleDoc();
  const { port, move } = followed(d);
  ui(<App host={{ inWord: true }} port={port} />);
  await checkNow();
  const r = await sampleReport();
  const f = r.findings.find((x) => x.section && x.severity !== 'info' && r.sections.find((s) => s.id === x.section)?.paragraph !== undefined)!;
  const s = r.sections.find((x) => x.id === f.section)!;
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  await move(s.paragraph!);
  await waitFor(() => expect(within(region()).getByText('Còn thiếu')).toBeTruthy());
  expect(within(region()).getByText(f.message.vi)).toBeTruthy();
  // the writer types in that heading: the guide stays, marked out of date
  d.paras[s.paragraph!].text += ' (đã sửa)';
  await move(s.paragraph!);
  await waitFor(() => expect(within(region()).getByText(/Văn bản đã sửa từ lần kiểm tra trước/)).toBeTruthy());
});

test('leaving the writer\'s tab stops following the cursor', async () => {
  const { subscribers } = await writing();
  expect(subscribers()).toBe(1);
  fireEvent.click(screen.getByRole('tab', { name: 'Rà soát' }));
  expect(subscribers()).toBe(0);
});

test('"Chèn bảng chỉ tiêu" from the section under the cursor: the table goes in after that paragraph, targets filled, nothing of the writer\'s moved', async () => {
  const d = await sampleDoc();
  const { port, move } = followed(d);
  ui(<App host={{ inWord: true }} port={port} />);
  await checkNow();
  fireEvent.click(screen.getByRole('tab', { name: 'Soạn thảo' }));
  const h = await headingOf('p1.iii.1');
  await move(h + 1);
  const before = d.paras.map((p) => p.text);
  fireEvent.click(await within(region()).findByRole('button', { name: 'Chèn bảng chỉ tiêu' }));
  await screen.findByText(/Đã chèn bảng \d+ chỉ tiêu sau đoạn có con trỏ/);
  expect(d.paras.some((p) => p.cell && /≥ 85% \(năm 2025\)/.test(p.text))).toBe(true);
  // the writer's paragraphs all there, in order, after the table as before it
  expect(d.paras.filter((p) => !p.cell || before.includes(p.text)).map((p) => p.text).filter((x) => before.includes(x)).slice(-20)).toEqual(before.slice(-20));
  expect(d.paras.slice(0, h + 2).map((p) => p.text)).toEqual(before.slice(0, h + 2));
});
