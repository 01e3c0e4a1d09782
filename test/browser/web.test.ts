/**
 * The reviewer web page as deployed: the production build with a base (webpack, into a temporary folder), dist/addin
 * served by a real static file server, check.html opened in Debian's Chromium under its Content-Security-Policy.
 * Two fixture reports and a broken file go in through the file input; the page must show, report by report,
 * the findings `decuong check --format json` gives on the same files, the broken file's own error (the CLI's
 * words), and download the JSON export with the CLI's bytes; "Thử với báo cáo mẫu" shows a real result in one
 * click; axe-core finds 0 violations; nothing is wider than a 320 px window.
 * Screenshots: SCREENSHOT_DIR=docs npx jest test/browser/web refreshes docs/web-batch.png and docs/web-result.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPane, ROOT, serveStatic } from '../../scripts/pane-tools';
import { cli, FIXTURES } from '../helpers';
import { scan, withAxe } from './a11y';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const have = existsSync(CHROMIUM);
if (!have && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
if (!have) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
const maybe = have ? describe : describe.skip;

const FILES: Record<string, Buffer> = {
  'bao-cao-mau.docx': readFileSync(join(ROOT, 'samples', 'bao-cao-mau.docx')),
  'v02-huyen-nq16-tu-dong.docx': readFileSync(join(FIXTURES, 'reports', 'v02-huyen-nq16-tu-dong.docx')),
  'bi-hong.docx': readFileSync(join(ROOT, 'samples', 'bao-cao-mau.docx')).subarray(0, 3000),
};
const NAMES = Object.keys(FILES);

interface JsonReport { file: string; summary: { errors: number; warnings: number; ready: boolean }; findings: Array<{ severity: string; message: string }> }

maybe('the reviewer web page in Chromium, from the production build', () => {
  let browser: Browser;
  let server: Server;
  let url = '';
  let out = '';
  let dir = '';
  let cliJson = '';
  let cliErr = '';

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'decuong-web-'));
    buildPane(['--mode', 'production', '--env', 'base=https://ntm.example.gov.vn/decuong/', '--env', `dist=${out}`]);
    server = await serveStatic(join(out, 'addin'));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/check.html`;
    dir = join(out, 'files');
    mkdirSync(dir);
    for (const n of NAMES) writeFileSync(join(dir, n), FILES[n]);
    const run = await cli(['check', ...NAMES, '--format', 'json'], FILES);
    cliJson = run.out;
    cliErr = run.err;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const shots = process.env.SCREENSHOT_DIR ?? join(ROOT, 'dist', 'screenshots');
  const shot = async (p: Page, name: string) => {
    mkdirSync(shots, { recursive: true });
    await p.screenshot({ path: join(shots, name), fullPage: true });
  };
  const clean = async (p: Page, state: string) => {
    await p.waitForTimeout(300); // colour transitions end
    const r = await scan(p);
    console.log(`a11y web page, ${state}: ${r.engine}, ${r.violations.length} violations`);
    expect({ state, violations: r.violations }).toEqual({ state, violations: [] });
  };
  async function open(width: number): Promise<{ p: Page; problems: string[] }> {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    await withAxe(p);
    const problems: string[] = [];
    p.on('pageerror', (e) => problems.push(e.message));
    // a Content-Security-Policy refusal is reported on the console
    p.on('console', (m) => m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()) && problems.push(m.text()));
    await p.goto(url);
    await p.getByRole('button', { name: 'Chọn tệp .docx…' }).waitFor({ timeout: 15_000 });
    return { p, problems };
  }
  /** Every point shown for the open result (every section opened), as "severity: message". */
  const shownFindings = async (p: Page) => {
    for (const closed of await p.locator('button[aria-expanded="false"][aria-controls^="grp-"]').all()) await closed.click();
    return p.locator('[aria-label="Những điểm cần xem"] li > button').evaluateAll((bs) => bs.map((b) => {
      const texts = [...b.querySelectorAll('.fui-Text')].map((x) => x.textContent ?? '');
      return `${b.querySelector('.fui-Badge')?.textContent}: ${texts[0]}`;
    }));
  };

  test('two reports and a broken file: each result is the CLI\'s, the broken file shows its error, the JSON export has the CLI\'s bytes', async () => {
    const { p, problems } = await open(1100);
    expect(await p.getByText('Văn bản không rời khỏi máy của bạn', { exact: false }).count()).toBe(1);
    await p.setInputFiles('input[type=file]', NAMES.map((n) => join(dir, n)));
    await p.getByText(/^Đã kiểm tra 3 tệp/).waitFor({ timeout: 30_000 });
    const json = JSON.parse(cliJson) as { reports: JsonReport[]; errors: Array<{ file: string; error: string }> };
    expect(json.reports).toHaveLength(2);
    // the table: one row per file, the counts of the CLI
    // (a cell's first element: the file cell also holds, for phones, the unit and the template under the name)
    const rows = await p.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td, i) => (i === 1 ? td.firstElementChild?.textContent : undefined) ?? td.textContent ?? '')));
    expect(rows.map((r) => r[1])).toEqual(NAMES);
    for (const r of json.reports) {
      const row = rows.find((x) => x[1] === r.file)!;
      expect(row.slice(2, 5)).toEqual([r.summary.ready ? 'Có' : 'Chưa', String(r.summary.errors), String(r.summary.warnings)]);
    }
    // the broken file: its row says the CLI's words for it
    expect(json.errors).toEqual([{ file: 'bi-hong.docx', error: expect.any(String) }]);
    expect(cliErr).toContain(`decuong: bi-hong.docx: ${json.errors[0].error}`);
    expect(rows[2][2]).toBe(`Không kiểm tra được: ${json.errors[0].error}`);
    await clean(p, 'batch of 3, 1100');
    await shot(p, 'web-batch.png');
    // the JSON export of the batch: the bytes `decuong check … --format json` writes
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Tải dữ liệu JSON' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(cliJson);
    // the summary workbook, its writer loaded only now (under the page's policy): one row per file, the broken one with its reason
    const [xlsx] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Tải bảng tổng hợp (.xlsx)' }).click()]);
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    const files = sheet.getColumn(5).values.slice(2).map(String);
    expect(files.sort()).toEqual(['bao-cao-mau.docx', 'bi-hong.docx', 'v02-huyen-nq16-tu-dong.docx'].sort());
    // each report opened: the findings shown are the CLI's, then back to the list
    for (const r of json.reports) {
      await p.getByRole('button', { name: `Xem kết quả của ${r.file}` }).click();
      await p.getByRole('region', { name: 'Kết quả kiểm tra' }).waitFor();
      const shown = await shownFindings(p);
      expect(shown.sort()).toEqual(r.findings.map((f) => `${{ error: 'lỗi', warning: 'lưu ý', info: 'thông tin' }[f.severity]}: ${f.message}`).sort());
      expect(await p.getByText(r.summary.ready ? 'Sẵn sàng nộp' : 'Chưa sẵn sàng nộp', { exact: true }).count()).toBe(1);
      if (r.file === 'bao-cao-mau.docx') {
        await clean(p, `result of ${r.file}, 1100`);
        await shot(p, 'web-result.png');
      }
      await p.getByRole('button', { name: '‹ Danh sách báo cáo' }).click();
      await p.getByRole('table').waitFor();
    }
    expect(problems).toEqual([]);
    await p.close();
  });

  test('printed (walk62, item 8): the results only, the head of the table in words, the unit on top; the print sheet leaves the screen as it was', async () => {
    const { p, problems } = await open(1100);
    await p.setInputFiles('input[type=file]', NAMES.map((n) => join(dir, n)));
    await p.getByText(/^Đã kiểm tra 3 tệp/).waitFor({ timeout: 30_000 });
    // the screen with check.html's print sheet and without it: the same pixels
    const still = async () => {
      await p.mouse.move(0, 0);
      await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await p.waitForTimeout(300);
      return p.screenshot({ fullPage: true });
    };
    const withSheet = await still();
    const sheet = await p.evaluate(() => {
      const s = [...document.querySelectorAll('style')].find((x) => x.textContent?.includes('data-print'));
      s?.remove();
      return s?.textContent ?? '';
    });
    expect(sheet).toMatch(/^@media print\{/);
    expect(Buffer.compare(await still(), withSheet)).toBe(0);
    await p.evaluate((css) => document.head.appendChild(Object.assign(document.createElement('style'), { textContent: css })), sheet);
    // on paper: no control; the table's head says its words (Chromium repeats a <thead> on each page, but not the buttons in it)
    await p.emulateMedia({ media: 'print' });
    for (const name of ['Switch to English', 'Chọn tệp .docx…', 'Thử với báo cáo mẫu', 'Tải đề cương để viết (.docx)', 'Tải dữ liệu JSON']) {
      expect([name, await p.getByRole('button', { name }).isVisible()]).toEqual([name, false]);
    }
    expect(await p.getByRole('combobox', { name: 'Mẫu báo cáo' }).isVisible()).toBe(false);
    expect(await p.locator('thead th').evaluateAll((ths) => ths.map((th) => getComputedStyle(th, '::before').content))).toEqual(['"STT"', '"Tệp"', '"Sẵn sàng nộp"', '"Lỗi"', '"Lưu ý"', '"Đơn vị"', '"Mẫu báo cáo"']);
    expect(await p.locator('thead th button').first().isVisible()).toBe(false);
    expect((await p.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
    // one report printed: its unit on top, each finding whole, its severity a black word, "Bỏ qua" and the arrows left out
    await p.emulateMedia({ media: 'screen' });
    await p.getByRole('button', { name: 'Xem kết quả của bao-cao-mau.docx' }).click();
    await p.getByRole('region', { name: 'Kết quả kiểm tra' }).waitFor();
    await p.emulateMedia({ media: 'print' });
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await p.locator('h2[data-print="head"]').innerText()).toBe('BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH (TỈNH ỦY QUẢNG TRỊ)');
    expect(await p.locator('style').evaluateAll((ss) => ss.map((s) => s.textContent ?? '').find((t) => t.includes('@top-left')))).toContain('counter(pages)');
    expect(await p.getByRole('button', { name: /^Bỏ qua điểm này: / }).first().isVisible()).toBe(false);
    expect(await p.getByRole('button', { name: 'Điểm tiếp theo' }).isVisible()).toBe(false);
    const cards = p.locator('li[data-print="finding"]');
    expect(await cards.evaluateAll((lis) => lis.map((li) => getComputedStyle(li).breakInside))).toEqual(Array(await cards.count()).fill('avoid'));
    expect(await p.locator('[data-print-sev="error"]').first().evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).textTransform])).toEqual(['rgb(0, 0, 0)', 'uppercase']);
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await p.emulateMedia({ media: 'screen' });
    expect(await p.locator('[data-print="head"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await p.close();
  });

  test('320 px: "Thử với báo cáo mẫu" gives a real result in one click; nothing wider than the window; English', async () => {
    const { p, problems } = await open(320);
    await clean(p, 'empty page, 320');
    await p.getByRole('button', { name: 'Thử với báo cáo mẫu' }).click();
    await p.getByText(/^Đã kiểm tra 3 tệp: \d sẵn sàng nộp, \d chưa sẵn sàng nộp, 0 không kiểm tra được\.$/).waitFor({ timeout: 30_000 });
    expect(await p.locator('table tbody tr').count()).toBe(3);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // (… nor the table wider than its region: the unit and the template go under the file's name on a phone — walk48)
    expect(await p.locator('div[role=region]').filter({ has: p.locator('table') }).evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(1);
    expect(await p.locator('table tbody tr').first().locator('td').nth(1).innerText()).toMatch(/·/);
    await clean(p, 'sample batch, 320');
    await shot(p, 'web-batch-320.png');
    await p.getByRole('button', { name: 'Xem kết quả của bao-cao-mau.docx' }).click();
    await p.getByText('Chưa sẵn sàng nộp').waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await clean(p, 'sample result, 320');
    await p.getByRole('button', { name: 'Switch to English' }).click();
    await p.getByText('Not ready to submit').waitFor();
    await clean(p, 'sample result in English, 320');
    expect(problems).toEqual([]);
    await p.close();
  });

  test('keyboard only: the samples, sort by errors, open a report, back to its row; a file dropped on the page is checked', async () => {
    const { p, problems } = await open(1100);
    const active = () => p.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: (a?.textContent ?? '').trim(), label: a?.getAttribute('aria-label') ?? '', role: a?.getAttribute('role') ?? a?.tagName.toLowerCase() ?? '' };
    });
    const tabTo = async (fits: (a: { text: string; label: string; role: string }) => boolean, key = 'Tab') => {
      for (let i = 0; i < 60; i++) {
        await p.keyboard.press(key);
        if (fits(await active())) return;
      }
      throw new Error(`not reached by ${key}`);
    };
    await tabTo((a) => a.text === 'Thử với báo cáo mẫu');
    await p.keyboard.press('Enter');
    await p.getByText(/^Đã kiểm tra 3 tệp/).waitFor({ timeout: 30_000 });
    await tabTo((a) => a.text.startsWith('Lỗi'));
    await p.keyboard.press('Enter');
    expect(await p.locator('th[aria-sort="descending"]').innerText()).toMatch(/^Lỗi/);
    await tabTo((a) => a.label === 'Xem kết quả của bao-cao-mau.docx');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    expect((await active()).text).toMatch(/^Chưa sẵn sàng nộp/);
    await tabTo((a) => a.text === '‹ Danh sách báo cáo', 'Shift+Tab');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Xem kết quả của bao-cao-mau.docx');
    // drag and drop: one report dropped on the zone shows its result
    const data = readFileSync(join(ROOT, 'samples', 'bao-cao-mau.docx')).toString('base64');
    const dt = await p.evaluateHandle((b64) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const t = new DataTransfer();
      t.items.add(new File([bytes], 'tha-vao.docx'));
      return t;
    }, data);
    await p.getByRole('group', { name: 'Nơi thả tệp báo cáo' }).dispatchEvent('drop', { dataTransfer: dt });
    await p.getByText('tha-vao.docx', { exact: true }).waitFor();
    await p.getByText('Chưa sẵn sàng nộp').waitFor();
    expect(await p.getByRole('table').count()).toBe(0);
    expect(problems).toEqual([]);
    await p.close();
  });
});
