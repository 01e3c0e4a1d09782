/**
 * The built task pane in Debian's Chromium (playwright-core, /usr/bin/chromium):
 *  - outside Office it renders and says "mở trong Word để sử dụng", whether office.js
 *    cannot load or loads and never becomes ready;
 *  - on the in-memory Word (test/browser/demo.tsx) it checks the sample report in a
 *    320 px pane, goes to a finding with the keyboard, and a screenshot is taken
 *    (SCREENSHOT_DIR=docs npm test -- browser refreshes the one in docs/).
 * Needs Chromium: `apt-get install -y chromium`. Without it the tests are skipped with a
 * notice, except under CI, where its absence is a failure.
 */
import { existsSync, mkdirSync } from 'fs';
import type { Server } from 'http';
import { join } from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildPane, ROOT, serveStatic } from '../../scripts/pane-tools';

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
  }, 240_000);

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

  test('on the in-memory Word: check the sample report in a 320 px pane, go to a finding with the keyboard', async () => {
    const { p, errors } = await page(320);
    await p.goto(`${base}/demo/index.html`);
    await p.getByText('gợi ý theo tiêu đề văn bản').waitFor({ timeout: 15_000 });
    await p.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await p.getByText('Chưa sẵn sàng nộp').waitFor();
    const finding = p.getByRole('button', { name: /58,4%/ });
    await finding.focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => (window as unknown as { fakeWord: { selection: Array<{ text: string }> } }).fakeWord.selection[0]?.text.includes('58,4%'));
    const writes = await p.evaluate(() => (window as unknown as { fakeWord: { writes: string[] } }).fakeWord.writes.length);
    expect(writes).toBe(0);
    // nothing wider than the pane
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await p.getByRole('button', { name: 'Bảng chỉ tiêu' }).click();
    await p.getByRole('table', { name: 'Bảng chỉ tiêu' }).waitFor();
    await p.waitForTimeout(600); // let the accordion finish opening
    const dir = process.env.SCREENSHOT_DIR ?? join(ROOT, 'dist', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await p.screenshot({ path: join(dir, 'taskpane-check.png'), fullPage: true });
    expect(errors).toEqual([]);
    await p.close();
  });
});
