/**
 * @jest-environment jsdom
 */
/**
 * The reviewer web page printed (walk62, item 8): check.html's one print stylesheet, and the marks it goes by — every control of the
 * page left out (the form, the buttons, the export, "Bỏ qua", the arrows, the drop zone) or printed as its words, the batch table's head
 * a real <thead> that says its words without its buttons, each finding whole with its severity a word, the report's unit at its head and
 * in the margins with the time of the check and "Trang x/y" while it prints. On the screen nothing of it shows, in the page and in the
 * task pane that shares the review.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { Review } from '../../src/taskpane/Review';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { MET, doc, nq16, results } from '../core/doc';
import { FIXTURES } from '../helpers';
import { jsdomShims, ui } from '../taskpane/setup';
import { choose, file, page } from './page-helpers';

beforeAll(jsdomShims);

const ROOT = join(__dirname, '../..');
const SAMPLE = join(ROOT, 'samples', 'bao-cao-mau.docx');
const V02 = join(FIXTURES, 'reports', 'v02-huyen-nq16-tu-dong.docx');

/** The page's style sheets, as check.html writes them. */
const CHECK_HTML = readFileSync(join(ROOT, 'src', 'web', 'check.html'), 'utf8');
const SHEETS = [...CHECK_HTML.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
/** Its print rules, one declaration block each: "selector { … }" without spaces at the ends. */
const printSheet = SHEETS.find((s) => s.includes('@media print'))!;
const hasRule = (selector: string, decl: RegExp) => {
  const at = printSheet.indexOf(`${selector} {`);
  return at >= 0 && decl.test(printSheet.slice(at, printSheet.indexOf('}', at)));
};

const printHidden = (el: Element) => !!el.closest('[data-print="hide"]');
/** What a button prints as: left out, or its words (a button in a table's head says them by the head). */
const printsAs = (b: Element) => (printHidden(b) ? 'hidden' : b.getAttribute('data-print') === 'plain' ? 'words' : 'button');
/** Print as the browser does: "beforeprint" … "afterprint" (jsdom cannot read the page's margin boxes and says so; that is expected). */
async function printing<T>(what: () => T | Promise<T>): Promise<T> {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    act(() => { window.dispatchEvent(new Event('beforeprint')); });
    return await what();
  } finally {
    act(() => { window.dispatchEvent(new Event('afterprint')); });
    quiet.mockRestore();
  }
}
const marginCss = () => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').find((s) => s.includes('@top-left'));

describe('check.html\'s print stylesheet', () => {
  test('one sheet, all of it for print: the screen keeps its one rule', () => {
    expect(SHEETS).toHaveLength(2);
    expect(SHEETS[0]).toBe('html, body { margin: 0; padding: 0; }');
    // (the second is one @media print block and nothing outside it)
    expect(printSheet.trim()).toMatch(/^@media print \{[\s\S]*\}$/);
    let depth = 0;
    const body = printSheet.trim();
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '{') depth++;
      else if (body[i] === '}' && --depth === 0) expect(i).toBe(body.length - 1);
    }
  });

  test('the rules: controls left out, buttons as words, severities and badges black words, findings whole, the table\'s head on each page', () => {
    expect(hasRule('[data-print="hide"]', /display: none !important/)).toBe(true);
    expect(hasRule('[data-print="plain"]', /border: none !important;.*color: #000 !important/)).toBe(true);
    expect(hasRule('[data-print="word"], [data-print-sev], [data-print="words"] .fui-Badge', /background: none !important; color: #000 !important; border: 1px solid #000/)).toBe(true);
    expect(hasRule('[data-print-sev="error"]', /text-transform: uppercase/)).toBe(true);
    expect(hasRule('[data-print="finding"]', /break-inside: avoid/)).toBe(true);
    expect(hasRule('[data-print="keep"]', /break-after: avoid/)).toBe(true);
    expect(hasRule('[data-print="bar"]', /position: static !important/)).toBe(true);
    expect(hasRule('[data-print="scroll"]', /overflow: visible !important/)).toBe(true);
    expect(hasRule('thead', /display: table-header-group/)).toBe(true);
    expect(hasRule('th[data-print-label]::before', /content: attr\(data-print-label\)/)).toBe(true);
    expect(printSheet).toMatch(/@page \{ size: A4;/);
  });
});

describe('the page printed', () => {
  test('a batch: every control left out or printed as words; the table\'s head a <thead> that says its words; the time and due date on top', async () => {
    page();
    await act(async () => {
      fireEvent.change(screen.getByTestId('due'), { target: { value: '2026-12-10' } });
      fireEvent.blur(screen.getByTestId('due'));
    });
    await choose([file(SAMPLE), file(V02)]);
    await screen.findByText(/^Đã kiểm tra 2 tệp:/, {}, { timeout: 15_000 });
    // the form, the template choosers, the outline download, the file chooser, the sample button, the language switch, the export
    for (const name of ['Switch to English', 'Chọn tệp .docx…', 'Thử với báo cáo mẫu', 'Tải đề cương để viết (.docx)', 'Tải báo cáo HTML', 'Tải dữ liệu JSON', 'Tải bảng tổng hợp (.csv)', 'Tải bảng tổng hợp (.xlsx)']) {
      expect([name, printHidden(screen.getByRole('button', { name }))]).toEqual([name, true]);
    }
    for (const name of ['Mẫu báo cáo', 'Đề cương của mẫu báo cáo']) expect(printHidden(screen.getByRole('combobox', { name }))).toBe(true);
    expect(printHidden(screen.getByTestId('due'))).toBe(true);
    expect(printHidden(screen.getByRole('group', { name: 'Nơi thả tệp báo cáo' }))).toBe(true);
    expect(printHidden(screen.getByText(/Văn bản không rời khỏi máy của bạn/))).toBe(true);
    // no button prints as a button
    expect(screen.getAllByRole('button').filter((b) => printsAs(b) === 'button' && !b.closest('th[data-print-label]')).map((b) => b.textContent)).toEqual([]);
    // the table: its head a real <thead>, each column saying its words in print, its rows' files as words, the verdict a word
    const table = screen.getByRole('table');
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.every((th) => th.parentElement?.parentElement?.tagName === 'THEAD')).toBe(true);
    expect(heads.map((th) => th.getAttribute('data-print-label'))).toEqual(['STT', 'Tệp', 'Sẵn sàng nộp', 'Lỗi', 'Lưu ý', 'Đơn vị', 'Mẫu báo cáo']);
    expect(heads.every((th) => printHidden(within(th).getByRole('button')))).toBe(true);
    expect(table.closest('[data-print="scroll"]')).toBeTruthy();
    expect(printsAs(screen.getByRole('button', { name: 'Xem kết quả của v02-huyen-nq16-tu-dong.docx' }))).toBe('words');
    expect(within(table).getAllByText(/^(Có|Chưa)$/).every((b) => b.getAttribute('data-print') === 'word')).toBe(true);
    // while it prints: when it was checked and the round's due date under the title, the page's title and "Trang x/y" in its margins
    await printing(() => {
      expect(screen.getByText(/^Kiểm tra lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} · Hạn nộp của đợt: 10\/12\/2026$/).getAttribute('data-print')).toBe('head');
      expect(marginCss()).toMatch(/@top-left\{content:"Kiểm tra báo cáo nông thôn mới"/);
      expect(marginCss()).toContain('@bottom-right{content:"Trang " counter(page) "/" counter(pages)');
      expect(marginCss()).toMatch(/@bottom-left\{content:"Kiểm tra lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}"/);
    });
    // … and after, nothing of it
    expect(screen.queryByText(/^Kiểm tra lúc/)).toBeNull();
    expect(marginCss()).toBeUndefined();
  }, 30_000);

  test('a report: its unit at its head and in the margins; "Bỏ qua", the arrows and "back" left out; each finding whole, its severity a word', async () => {
    page();
    await choose([file(SAMPLE), file(V02)]);
    await screen.findByText(/^Đã kiểm tra 2 tệp:/, {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Xem kết quả của bao-cao-mau.docx' }));
    await screen.findByText('Chưa sẵn sàng nộp');
    for (const b of screen.getAllByRole('button', { name: /^Bỏ qua điểm này: / })) expect(printHidden(b)).toBe(true);
    for (const name of ['Điểm trước', 'Điểm tiếp theo', '‹ Danh sách báo cáo']) expect([name, printHidden(screen.getByRole('button', { name }))]).toEqual([name, true]);
    // the counts print as words, the verdict bar unpinned; the folded parts are left out (drawn open while printing, below)
    expect(printsAs(screen.getByRole('button', { name: '3 lỗi' }))).toBe('words');
    expect(screen.getByRole('region', { name: 'Kết quả kiểm tra' }).getAttribute('data-print')).toBe('bar');
    expect(printHidden(screen.getByRole('button', { name: 'Bảng chỉ tiêu' }))).toBe(true);
    // each finding whole, its severity a word; each section's heading kept with its first point, printed as its words
    const cards = document.querySelectorAll('li[data-print="finding"]');
    expect(cards.length).toBe(6);
    const sev = [...cards].map((c) => c.querySelector('[data-print-sev]'));
    expect(sev.map((s) => `${s?.getAttribute('data-print-sev')}:${s?.textContent}`).sort()).toEqual(['error:lỗi', 'error:lỗi', 'error:lỗi', 'warning:lưu ý', 'warning:lưu ý', 'warning:lưu ý']);
    for (const h of document.querySelectorAll('ul[aria-label="Những điểm cần xem"] h3')) {
      expect(h.getAttribute('data-print')).toBe('keep');
      expect(printsAs(h.querySelector('button')!)).toBe('words');
    }
    await printing(() => {
      // the unit heads the report, and every page's margin says whose it is
      const head = document.querySelector('h2[data-print="head"]')!;
      expect(head.textContent).toBe('BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH (TỈNH ỦY QUẢNG TRỊ)');
      expect(head.compareDocumentPosition(screen.getByRole('region', { name: 'Kết quả kiểm tra' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(marginCss()).toContain('@top-left{content:"BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH (TỈNH ỦY QUẢNG TRỊ) · bao-cao-mau.docx"');
      // the indicators drawn open, and of the outline its count and the items not written
      const drawn = document.querySelector('[data-print="words"]')!;
      expect(within(drawn as HTMLElement).getByText('Bảng chỉ tiêu')).toBeTruthy();
      expect(within(drawn as HTMLElement).getByRole('table')).toBeTruthy();
      expect(within(drawn as HTMLElement).getByText('Các mục của đề cương — 44/46 mục đã viết')).toBeTruthy();
      expect([...drawn.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual([
        '3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quanThiếu',
        '2. Xu hướng phát triển nông thôn mới đến năm 2025Chưa có nội dung',
      ]);
    });
    expect(document.querySelector('[data-print="head"], [data-print="words"]')).toBeNull();
  }, 30_000);
});

describe('the screen unchanged', () => {
  test('with check.html\'s sheets on the page, nothing marked for print is hidden or restyled on the screen', async () => {
    for (const s of SHEETS) {
      const el = document.createElement('style');
      el.textContent = s;
      document.head.appendChild(el);
    }
    try {
      page();
      await choose([file(SAMPLE)]);
      await screen.findByText('Chưa sẵn sàng nộp', {}, { timeout: 10_000 });
      const marked = [...document.querySelectorAll('[data-print], [data-print-sev]')];
      expect(marked.length).toBeGreaterThan(20);
      for (const el of marked) {
        const cs = getComputedStyle(el);
        expect([el.getAttribute('data-print'), cs.display === 'none', cs.position === 'static' && el.getAttribute('data-print') === 'bar']).toEqual([el.getAttribute('data-print'), false, false]);
      }
      expect(document.querySelector('[data-print="head"], [data-print="words"]')).toBeNull();
    } finally {
      document.head.querySelectorAll('style').forEach((s) => SHEETS.includes(s.textContent ?? '') && s.remove());
    }
  }, 30_000);

  test('the task pane\'s review: the marks are data attributes that no style of the pane reads; nothing drawn for print until it prints', () => {
    const r = check(doc(nq16(results(MET), ['p1.iv.1'])), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
    const { container } = ui(<Review report={r} lang="vi" busy={false} verdictRef={{ current: null }} onCheck={() => {}} canCheck />);
    // (the check button is the pane's: left out on paper)
    expect(printHidden(screen.getByRole('button', { name: 'Kiểm tra lại' }))).toBe(true);
    expect(container.querySelectorAll('[data-print], [data-print-sev]').length).toBeGreaterThan(5);
    // the components' own styles (Fluent's, injected as they render) neither read the marks nor say anything for print; the pane's page
    // has no print rules: in the pane the marks do nothing
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((x) => x.cssText));
    expect(rules.length).toBeGreaterThan(100);
    expect(rules.filter((x) => /data-print|@media print/.test(x))).toEqual([]);
    expect(readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8')).not.toMatch(/data-print|@media print/);
    expect(container.querySelector('[data-print="words"], [data-print="head"]')).toBeNull();
    expect(container.querySelectorAll('style')).toHaveLength(0);
  });
});
