/**
 * The built task pane in Debian's Chromium (playwright-core, /usr/bin/chromium):
 *  - outside Office it renders and says "mở trong Word để sử dụng", whether office.js
 *    cannot load or loads and never becomes ready;
 *  - on the in-memory Word (test/browser/demo.tsx), at 320 × 600 and 450 × 1000, light and dark:
 *    results first, sticky verdict, indicators as cards or table, an accessibility scan of every
 *    state (test/browser/a11y.ts: axe-core when installed) with 0 violations, and a keyboard-only
 *    run check → filter → open a point → add a missing item → ignore one → check again;
 *  - the HTML report at phone width and as A4.
 * Screenshots: SCREENSHOT_DIR=docs npx jest test/browser refreshes the ones in docs/.
 * Needs Chromium: `apt-get install -y chromium`. Without it the tests are skipped with a
 * notice, except under CI, where its absence is a failure.
 */
import { existsSync, mkdirSync } from 'fs';
import type { Server } from 'http';
import { join } from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'fs';
import { buildPane, ROOT, serveStatic } from '../../scripts/pane-tools';
import { scan } from './a11y';
import { readDocx } from '../../src/docx/read-docx';
import { builtinPacks } from '../../src/packs/builtin';
import { identifyPack } from '../../src/core/identify';
import { check } from '../../src/core/check';
import { formatHtml } from '../../src/core/format/html';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
if (!have && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
if (!have) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const maybe = have ? describe : describe.skip;

maybe('the task pane in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    buildPane(['--mode', 'production']);
    buildPane(['--env', 'demo']);
    server = await serveStatic(join(ROOT, 'dist'));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function page(width = 320): Promise<{ p: Page; errors: string[] }> {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    return { p, errors };
  }

  test('outside Office, with office.js unreachable: renders and says to open it in Word', async () => {
    const { p, errors } = await page();
    await p.route('**/office.js', (r) => r.abort());
    await p.goto(`${base}/addin/taskpane.html`);
    await p.getByText('Mở trong Word để sử dụng', { exact: false }).waitFor({ timeout: 10_000 });
    expect(await p.getByRole('combobox').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await p.close();
  });

  test('office.js loaded but never ready (not in Office): the timeout still shows the message', async () => {
    const { p, errors } = await page();
    await p.route('**/office.js', (r) => r.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: () => new Promise(() => {}), HostType: { Word: "Word" } };' }));
    await p.goto(`${base}/addin/taskpane.html`);
    await p.getByText('Mở trong Word để sử dụng', { exact: false }).waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await p.close();
  });

  const shots = process.env.SCREENSHOT_DIR ?? join(ROOT, 'dist', 'screenshots');
  const shot = async (p: Page, name: string, fullPage = false) => {
    mkdirSync(shots, { recursive: true });
    // (a whole-page capture from the top: scrolled, the pane's sticky bar is drawn where the scroll left it, over a card a user sees whole)
    if (fullPage) await p.evaluate(() => { window.scrollTo(0, 0); for (const el of document.querySelectorAll('*')) if (el.scrollTop) el.scrollTop = 0; });
    await p.screenshot({ path: join(shots, name), fullPage });
  };
  const fakeWord = (p: Page) => p.evaluate(() => {
    const w = (window as unknown as { fakeWord: { selection: Array<{ text: string }>; writes: string[] } }).fakeWord;
    return { selection: w.selection[0]?.text ?? '', writes: w.writes.length };
  });
  /** 0 violations, and which engine said so (axe-core when installed). */
  const clean = async (p: Page, state: string) => {
    await p.waitForTimeout(300); // let colour transitions end (a button just enabled fades in)
    const r = await scan(p);
    console.log(`a11y ${state}: ${r.engine}, ${r.violations.length} violations`);
    expect({ state, violations: r.violations }).toEqual({ state, violations: [] });
  };
  async function demo(width: number, height: number, query = ''): Promise<{ p: Page; errors: string[] }> {
    const p = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(`${base}/demo/index.html${query}`);
    await p.getByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' }).waitFor({ timeout: 15_000 });
    return { p, errors };
  }
  async function checkIt(p: Page) {
    await p.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await p.getByText('Chưa sẵn sàng nộp').waitFor();
  }

  test('320 × 600: results first — the verdict and the first points in view after a check, the bar sticky, nothing wider than the pane', async () => {
    const { p, errors } = await demo(320, 600);
    await clean(p, 'before the check, 320');
    await checkIt(p);
    const bar = await p.getByRole('region', { name: 'Kết quả kiểm tra' }).boundingBox();
    expect(bar!.y + bar!.height).toBeLessThan(600);
    const first = await p.getByRole('button', { name: /^lỗi/ }).first().boundingBox();
    expect(first!.y).toBeLessThan(600 - 40);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await clean(p, 'results, 320');
    await shot(p, 'pane-320-results.png');
    // the bar stays in view while the list scrolls
    await p.mouse.wheel(0, 700);
    await p.waitForTimeout(200);
    const stuck = await p.getByRole('region', { name: 'Kết quả kiểm tra' }).boundingBox();
    expect(stuck!.y).toBeGreaterThanOrEqual(0);
    expect(stuck!.y).toBeLessThan(20);
    // indicators: a list of cards below 400 px; no badge wraps
    await p.getByRole('button', { name: 'Bảng chỉ tiêu' }).click();
    const cards = p.getByRole('list', { name: 'Bảng chỉ tiêu' });
    await cards.waitFor();
    await p.waitForTimeout(400);
    const badges = await cards.locator('.fui-Badge').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(badges.length).toBeGreaterThan(0);
    expect(Math.max(...badges)).toBeLessThan(26);
    await cards.scrollIntoViewIfNeeded();
    await clean(p, 'indicators as cards, 320');
    await shot(p, 'pane-320-indicators.png');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect((await fakeWord(p)).writes).toBe(0);
    expect(errors).toEqual([]);
    await p.close();
  });

  test('450 × 1000: the indicators as a table, unmet first, values with units; the chooser; English', async () => {
    const { p, errors } = await demo(450, 1000);
    await checkIt(p);
    await p.getByRole('button', { name: 'Bảng chỉ tiêu' }).click();
    const table = p.getByRole('table', { name: 'Bảng chỉ tiêu' });
    await table.waitFor();
    await p.waitForTimeout(400);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    // the figure's Đánh giá, and what the report wrote when it says otherwise ("36 xã (vượt mục tiêu)")
    expect(rows[0][3]).toBe('Chưa đạtBáo cáo ghi: vượt mục tiêu');
    expect(rows.find((r) => r[0] === 'Tỷ lệ số thôn đạt chuẩn nông thôn mới')).toEqual(['Tỷ lệ số thôn đạt chuẩn nông thôn mới', '84,9%', '≥ 85%', 'Chưa đạt']);
    const heights = await table.locator('.fui-Badge').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(26);
    await clean(p, 'indicators as a table, 450');
    await shot(p, 'pane-450-results.png', true);
    await p.getByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' }).click();
    await clean(p, 'template chooser, 450');
    await shot(p, 'pane-450-chooser.png');
    await p.getByRole('button', { name: 'Switch to English' }).click();
    expect(await p.evaluate(() => document.body.innerText)).not.toMatch(/\(tệp\)|Kiểm tra lại|mục đã viết/);
    await clean(p, 'English, 450');
    expect(errors).toEqual([]);
    await p.close();
  });

  test('dark theme: the whole pane is dark, not only the content block', async () => {
    const { p, errors } = await demo(450, 1000, '?theme=dark');
    await checkIt(p);
    const bottom = await p.evaluate(() => getComputedStyle(document.elementFromPoint(20, 990)!).backgroundColor);
    const [r, g, b] = (bottom.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await clean(p, 'dark, 450');
    await shot(p, 'pane-dark.png');
    expect(errors).toEqual([]);
    await p.close();
  });

  test('keyboard only: check → filter → open a point → add a missing item → ignore one → check again', async () => {
    const { p, errors } = await demo(320, 600);
    const active = () => p.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: (a?.textContent ?? '').trim(), label: a?.getAttribute('aria-label') ?? '', role: a?.getAttribute('role') ?? a?.tagName.toLowerCase() ?? '' };
    });
    /** Press Tab until the focused element fits; at most 80 presses. */
    const tabTo = async (fits: (a: { text: string; label: string; role: string }) => boolean, key = 'Tab') => {
      for (let i = 0; i < 80; i++) {
        await p.keyboard.press(key);
        if (fits(await active())) return;
      }
      throw new Error(`not reached by ${key}`);
    };
    await tabTo((a) => a.text === 'Kiểm tra');
    await p.keyboard.press('Enter');
    await p.getByText('Chưa sẵn sàng nộp').waitFor();
    await p.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    await tabTo((a) => a.text === '3 lỗi');
    await p.keyboard.press('Enter');
    expect(await p.getByRole('button', { name: /^lưu ý/ }).count()).toBe(0);
    await tabTo((a) => a.text.startsWith('lỗiGhi "vượt mục tiêu"'));
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => (window as unknown as { fakeWord: { selection: Array<{ text: string }> } }).fakeWord.selection[0]?.text.includes('36 xã'));
    await tabTo((a) => a.text === 'Thêm mục này');
    await p.keyboard.press('Enter');
    await p.getByText(/Đã thêm mục "3\. Phân tích nguyên nhân hạn chế.*con trỏ đang ở đề mục mới/).waitFor();
    expect((await fakeWord(p)).selection).toMatch(/^3\. Phân tích nguyên nhân hạn chế/);
    await shot(p, 'pane-320-added.png');
    await clean(p, 'after "Thêm mục này", 320');
    // the focus never dropped to the page body
    expect((await active()).role).not.toBe('body');
    const errorsNow = async () => Number((await p.getByRole('button', { name: /^\d+ lỗi$/ }).textContent())!.split(' ')[0]);
    const n = await errorsNow();
    await tabTo((a) => a.label.startsWith('Bỏ qua điểm này: Ghi "vượt mục tiêu"'), 'Shift+Tab').catch(() => tabTo((a) => a.label.startsWith('Bỏ qua điểm này: Ghi "vượt mục tiêu"')));
    await p.keyboard.press('Enter');
    await p.getByRole('button', { name: `${n - 1} lỗi`, exact: true }).waitFor();
    expect((await active()).role).not.toBe('body');
    await shot(p, 'pane-320-ignored.png');
    const before = (await fakeWord(p)).writes;
    await tabTo((a) => a.text === 'Kiểm tra lại', 'Shift+Tab');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    expect((await fakeWord(p)).writes).toBe(before);
    await p.getByRole('button', { name: `${n - 1} lỗi`, exact: true }).waitFor();
    await clean(p, 'ignored and checked again, 320');
    expect(errors).toEqual([]);
    await p.close();
  });

  test('the HTML report reads on a phone (375 px) and prints on A4', async () => {
    const doc = await readDocx(readFileSync(join(ROOT, 'samples', 'bao-cao-mau.docx')), 'bao-cao-mau.docx');
    const pack = identifyPack(builtinPacks(), doc)!.pack;
    const html = formatHtml([check(doc, pack, { file: 'bao-cao-mau.docx' })], 'vi');
    const p = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await p.setContent(html);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await clean(p, 'HTML report, 375');
    await shot(p, 'report-phone.png');
    const pdf = await p.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await p.close();
  });
});
