/**
 * npm run bench: speed and memory, printed (never asserted in tests).
 *
 * 1. A large report (≥ 400 pages, ≥ 8,000 paragraphs, tables) is generated,
 *    then read side by side: the floor (jszip unzip + a bare saxes pass over
 *    word/document.xml), mammoth's raw text extraction, our reader, our check.
 * 2. The initial JavaScript, gzipped, of the task pane and of the reviewer web page (a production build), and the
 *    web page in Chromium: the large report chosen in its file input until its result is shown.
 *    `BENCH_ONLY=web npm run bench` runs this part alone.
 * 3. `decuong summary` over 200 generated reports (one unreadable, one damaged among them), with the
 *    built CLI (`npm run build:cli`): wall time and the peak memory of the whole process, its worker
 *    threads included. `BENCH_ONLY=summary npm run bench` runs this part alone.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { spawnSync } from 'child_process';
import { tmpdir } from 'os';
import { join } from 'path';
import { gzipSync } from 'zlib';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import mammoth from 'mammoth';
import { builtinPack } from '../src/packs/builtin';
import { readDocx } from '../src/docx/read-docx';
import { writeDocx, type Block } from '../src/docx/write-docx';
import { check } from '../src/core/check';
import { generate } from './corpus/generate';
import { FILLER, FILLER_NUMBERS } from './corpus/phrases';
import { Rng } from './corpus/random';
import { buildPane, ROOT } from './pane-tools';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** A full nq16 report whose every leaf section is long: prose, figures and tables. */
export function bigReport(targetParagraphs: number): Block[] {
  const base = generate(builtinPack('nq16-so-ket-3-nam')!, 42, { defects: ['placeholder', 'indicator-below-target'], level: 'tinh' }).blocks;
  const rng = new Rng(7);
  const leaves = base.map((b, i) => (b.kind === 'heading' ? i : -1)).filter((i) => i >= 0);
  const perLeaf = Math.ceil(targetParagraphs / leaves.length);
  const out: Block[] = [];
  base.forEach((b, i) => {
    out.push(b);
    if (!leaves.includes(i)) return;
    for (let k = 0; k < perLeaf; k++) {
      const long = `${rng.pick(FILLER).replace(/\.$/, '')} (${rng.pick(['xã', 'thôn', 'hộ', 'lượt người'])} thứ ${rng.int(1, 99_999)}). ${rng.chance(0.3) ? rng.pick(FILLER_NUMBERS) : ''}`.trim();
      out.push({ kind: 'para', text: long });
      if (k % 40 === 39) {
        const rows = [['TT', 'Nội dung', 'Đơn vị', 'Kế hoạch', 'Thực hiện', 'Ghi chú']];
        for (let r = 1; r <= 12; r++) rows.push([String(r), rng.pick(FILLER).slice(0, 60), 'công trình', String(rng.int(10, 90)), String(rng.int(10, 99)), '']);
        out.push({ kind: 'table', rows });
      }
    }
  });
  return out;
}

/**
 * Word and LibreOffice write far more markup than the docx library: revision ids on every
 * paragraph and run, fonts, sizes and language on every run, text split into several runs.
 * Rewrite document.xml that way, so the floor and our reader face a file like theirs.
 */
async function wordLike(buf: Buffer, rng: Rng): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const rsid = () => rng.int(0x100000, 0xffffff).toString(16).toUpperCase().padStart(8, '0');
  const rPr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/>';
  const out = xml
    .replace(/<w:p>/g, () => `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w:rsidP="${rsid()}">`)
    .replace(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g, (_m, props: string | undefined, text: string) => {
      const words = text.split(' ');
      const runs: string[] = [];
      for (let i = 0; i < words.length; ) {
        const n = rng.int(3, 9);
        const chunk = words.slice(i, i + n).join(' ') + (i + n < words.length ? ' ' : '');
        runs.push(`<w:r w:rsidRPr="${rsid()}"><w:rPr>${props ?? ''}${rPr}</w:rPr><w:t xml:space="preserve">${chunk}</w:t></w:r>`);
        i += n;
      }
      return runs.join('');
    });
  zip.file('word/document.xml', out);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function floor(buf: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  let n = 0;
  const p = new SaxesParser();
  p.on('opentag', () => n++);
  p.on('text', () => {});
  p.write(xml).close();
  return n;
}

/**
 * CPU time (user + system, this process's threads) beside wall time: on a shared machine wall time follows the
 * load of others, CPU time much less. Both are medians of interleaved runs.
 */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    value = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], value };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const blocks = bigReport(7000);
  const buf = await wordLike(await writeDocx(blocks), new Rng(11));
  const zip = await JSZip.loadAsync(buf);
  const xmlSize = (await zip.file('word/document.xml')!.async('uint8array')).length;
  const pack = builtinPack('nq16-so-ket-3-nam')!;

  // warm up once each
  const warm = await readDocx(buf);
  check(warm, pack);
  await floor(buf);
  const paragraphs = warm.paragraphs.length;
  const tableCount = new Set(warm.paragraphs.filter((p) => p.cell).map((p) => p.cell!.table)).size;
  const words = warm.paragraphs.reduce((s, p) => s + p.text.split(/\s+/).length, 0);

  // interleaved, so that the floor and our reader meet the same garbage collector and machine load
  const t = { floor: [] as number[], read: [] as number[], check: [] as number[] };
  const c = { floor: [] as number[], read: [] as number[], check: [] as number[] };
  let model = await readDocx(buf);
  for (let i = 0; i < RUNS; i++) {
    let a = performance.now();
    let u = process.cpuUsage();
    await floor(buf);
    t.floor.push(performance.now() - a);
    c.floor.push(cpuMs(u));
    a = performance.now();
    u = process.cpuUsage();
    model = await readDocx(buf);
    t.read.push(performance.now() - a);
    c.read.push(cpuMs(u));
  }
  // the check alone, on the model in memory (as the task pane runs it after reading)
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    const u = process.cpuUsage();
    check(model, pack);
    t.check.push(performance.now() - a);
    c.check.push(cpuMs(u));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const ours = { ms: median(t.read), cpu: median(c.read) };
  const chk = { ms: median(t.check), cpu: median(c.check) };
  const fl = { ms: median(t.floor), cpu: median(c.floor) };
  const mamCpu = process.cpuUsage();
  const mam = await time(() => mammoth.extractRawText({ buffer: buf }));
  const mamCpuMs = cpuMs(mamCpu) / RUNS;

  console.log(`decuong bench (median of ${RUNS} runs, Node ${process.version}; wall time, and CPU time = user + system)`);
  console.log(`report: ${paragraphs.toLocaleString('en')} paragraphs (${tableCount} tables), ${words.toLocaleString('en')} words ≈ ${Math.round(words / 500)} pages; .docx ${mb(buf.length)}, document.xml ${mb(xmlSize)}`);
  const rows: Array<[string, number, number, boolean]> = [
    ['floor: jszip + saxes pass', fl.ms, fl.cpu, true],
    ['mammoth extractRawText', mam.ms, mamCpuMs, true],
    ['decuong read (.docx → model)', ours.ms, ours.cpu, true],
    ['decuong check (model → report)', chk.ms, chk.cpu, false],
    ['decuong total (read + check)', ours.ms + chk.ms, ours.cpu + chk.cpu, true],
  ];
  console.log(`  ${''.padEnd(32)} ${'wall'.padStart(9)} ${''.padStart(6)}  ${'cpu'.padStart(9)} ${''.padStart(6)}`);
  for (const [name, ms, cpu, rel] of rows)
    console.log(`  ${name.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms ${(rel ? `${(ms / fl.ms).toFixed(2)}×` : '').padStart(6)}  ${cpu.toFixed(0).padStart(6)} ms ${(rel ? `${(cpu / fl.cpu).toFixed(2)}×` : '').padStart(6)}`);
  console.log(`  goals: total ≤ 1.0× floor (wall ${((ours.ms + chk.ms) / fl.ms).toFixed(2)}×, cpu ${((ours.cpu + chk.cpu) / fl.cpu).toFixed(2)}×), check < 50 ms (wall ${chk.ms.toFixed(0)} ms, cpu ${chk.cpu.toFixed(0)} ms)`);
  // how much of the check is the engine warming up: the same check run on, until the JIT has compiled it (not the goal's figure)
  const later: number[] = [];
  for (let i = 0; i < 3 * RUNS; i++) {
    const a = performance.now();
    check(model, pack);
    later.push(performance.now() - a);
  }
  console.log(`  the check run on (runs ${RUNS + 1}–${4 * RUNS}): ${later.map((x) => x.toFixed(0)).join(', ')} ms; median of the last ${RUNS}: ${median(later.slice(-RUNS)).toFixed(0)} ms`);
  // a hostile paragraph: one paragraph of 2,000 clauses, each naming a place and a figure (a time linear in the text, or not)
  const hostile = await readDocx(await writeDocx([
    ...bigReport(40).slice(0, 30),
    { kind: 'para', text: 'Huyện lân cận là Ia Ka.' },
    { kind: 'para', text: 'Ia Ka có tỷ lệ lao động qua đào tạo đạt 68,5%; '.repeat(2000).slice(0, 100_000) },
  ]));
  const h0 = performance.now();
  check(hostile, pack);
  console.log(`  one hostile paragraph (2,000 clauses, 100,000 characters): check ${(performance.now() - h0).toFixed(0)} ms`);
  // the same report saved by LibreOffice (other markup: no rsids, other run splits, its own styles)
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'decuong-lo-'));
    const src = join(dir, 'word.docx');
    writeFileSync(src, buf);
    spawnSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'lo'), src], { encoding: 'utf8', timeout: 600_000 });
    const out = join(dir, 'lo', 'word.docx');
    if (existsSync(out)) {
      const lo = readFileSync(out);
      await floor(lo);
      const loModel = await readDocx(lo);
      check(loModel, pack);
      const lt = { floor: [] as number[], read: [] as number[], check: [] as number[] };
      const lc = { floor: [] as number[], read: [] as number[], check: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        let a = performance.now();
        let u = process.cpuUsage();
        await floor(lo);
        lt.floor.push(performance.now() - a);
        lc.floor.push(cpuMs(u));
        a = performance.now();
        u = process.cpuUsage();
        const m = await readDocx(lo);
        lt.read.push(performance.now() - a);
        lc.read.push(cpuMs(u));
        a = performance.now();
        u = process.cpuUsage();
        check(m, pack);
        lt.check.push(performance.now() - a);
        lc.check.push(cpuMs(u));
      }
      console.log(`the same report saved by LibreOffice (${soffice.stdout.trim().split('\n')[0]}): ${loModel.paragraphs.length.toLocaleString('en')} paragraphs, .docx ${mb(lo.length)}`);
      for (const [kind, x] of [['wall', lt], ['cpu', lc]] as const) {
        const [f, r, c] = [median(x.floor), median(x.read), median(x.check)];
        console.log(`  ${kind.padEnd(4)} floor ${f.toFixed(0)} ms, decuong read ${r.toFixed(0)} ms (${(r / f).toFixed(2)}×), check ${c.toFixed(0)} ms, total ${(r + c).toFixed(0)} ms (${((r + c) / f).toFixed(2)}×)`);
      }
    } else console.log('the same report saved by LibreOffice: the conversion failed');
  } else console.log('the same report saved by LibreOffice: no soffice here (apt-get install -y libreoffice-writer-nogui)');
  // start-up: the command line's own cost, over bare node (median of 7, interleaved)
  const cli = join(ROOT, 'bin', 'decuong.cjs');
  if (existsSync(join(ROOT, 'dist', 'cli', 'decuong.mjs'))) {
    const time = (args: string[]) => {
      const a = performance.now();
      spawnSync(process.execPath, args);
      return performance.now() - a;
    };
    const bare: number[] = [];
    const ver: number[] = [];
    for (let i = 0; i < 7; i++) {
      bare.push(time(['-e', '']));
      ver.push(time([cli, '--version']));
    }
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[3];
    console.log(`  start-up: decuong --version ${med(ver).toFixed(0)} ms, node -e '' ${med(bare).toFixed(0)} ms: ${(med(ver) - med(bare)).toFixed(0)} ms over bare node (goal < 60 ms)`);
  } else console.log('  start-up: bin/decuong.cjs missing');
  // memory: each reader alone in a fresh process, peak resident set size
  const file = join(mkdtempSync(join(tmpdir(), 'decuong-bench-')), 'big.docx');
  writeFileSync(file, buf);
  const peak = (mode: string) => {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', mode, file], { encoding: 'utf8' });
    return Number(r.stdout.trim().split('\n').pop());
  };
  const base = peak('baseline');
  console.log(`  peak RSS in a fresh process: decuong read + check ${mb(peak('decuong'))}, floor ${mb(peak('floor'))}, mammoth ${mb(peak('mammoth'))} (node + modules alone ${mb(base)})`);

  await benchPages(file, paragraphs);
}

/** The task pane and the web page as shipped (a production build): initial JS, and the web page on the large report. */
async function benchPages(file: string, paragraphs: number) {
  let buildError = '';
  try {
    buildPane(['--mode', 'production']);
  } catch (e) {
    buildError = (e as Error).message;
  }
  const dist = join(ROOT, 'dist', 'addin');
  if (!buildError && existsSync(dist)) {
    for (const page of ['taskpane.html', 'check.html']) {
      const js = initialJs(dist, page);
      console.log(`${page === 'taskpane.html' ? 'task pane' : 'web page (check.html)'} initial JS: ${js.files} file(s), ${(js.raw / 1024).toFixed(0)} KB minified, ${(js.gz / 1024).toFixed(0)} KB gzipped (goal < 400 KB)`);
    }
    console.log(`  ${readdirSync(dist).filter((f) => f.endsWith('.js')).length} JS files in dist/addin (the web page's worker loads its own chunks when a file is chosen)`);
    await benchWebPage(dist, file, paragraphs);
  } else console.log(`task pane and web page initial JS: the build failed\n${buildError}`);
}

/** The scripts a page loads at once (not the chunks loaded later): count, minified and gzipped bytes. */
function initialJs(dist: string, page: string): { files: number; raw: number; gz: number } {
  const html = readFileSync(join(dist, page), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  let raw = 0;
  let gz = 0;
  for (const s of scripts) {
    const b = readFileSync(join(dist, s.replace(/^\.?\//, '')));
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { files: scripts.length, raw, gz };
}

/**
 * The reviewer web page in Chromium (/usr/bin/chromium), served from dist/addin: the large report chosen in the
 * file input, until its result is on the page — the page's own "decuong:check" measure (User Timing), which
 * includes reading the file, the worker's read and check, and drawing the review. Median of BENCH_WEB_RUNS (3).
 */
async function benchWebPage(dist: string, file: string, paragraphs: number) {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return console.log(`web page, file chosen → result: no Chromium at ${chromiumPath} (apt-get install -y chromium)`);
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('./pane-tools');
  const server = await serveStatic(dist);
  const url = `http://127.0.0.1:${(server.address() as import('net').AddressInfo).port}/check.html`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const runs = Number(process.env.BENCH_WEB_RUNS ?? 3);
    const times: number[] = [];
    let verdict = '';
    for (let i = 0; i < runs + 1; i++) {
      const p = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await p.goto(url);
      await p.setInputFiles('input[type=file]', file);
      await p.getByRole('region', { name: 'Kết quả kiểm tra' }).waitFor({ timeout: 300_000 });
      await p.waitForFunction(() => performance.getEntriesByName('decuong:check').length > 0, undefined, { timeout: 300_000 });
      const ms = await p.evaluate(() => performance.getEntriesByName('decuong:check')[0].duration);
      verdict = (await p.getByText(/^(Chưa sẵn sàng nộp|Sẵn sàng nộp)$/).first().innerText()).trim();
      if (i > 0) times.push(ms); // the first run warms the browser's caches
      await p.close();
    }
    times.sort((a, b) => a - b);
    console.log(`web page, file chosen → result shown (Chromium, the ${paragraphs.toLocaleString('en')}-paragraph report, median of ${runs}): ${times[Math.floor(times.length / 2)].toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); verdict shown: "${verdict}"`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** `BENCH_ONLY=web`: the large report written, then the pages' part alone. */
async function benchWebOnly() {
  const buf = await wordLike(await writeDocx(bigReport(7000)), new Rng(11));
  const paragraphs = (await readDocx(buf)).paragraphs.length;
  const file = join(mkdtempSync(join(tmpdir(), 'decuong-bench-')), 'big.docx');
  writeFileSync(file, buf);
  await benchPages(file, paragraphs);
}

/** 200 generated reports of several packs and levels, each unit named once, plus two files that cannot be read. */
async function summaryBatch(dir: string, n: number): Promise<void> {
  const packs = ['nq16-so-ket-3-nam', 'nq16-so-ket-3-nam', 'ntm-so-ket-2021-2023-dia-phuong', 'nq04-ket-luan-ha-tinh'];
  for (let i = 0; i < n; i++) {
    const pack = builtinPack(packs[i % packs.length])!;
    const { blocks } = generate(pack, 5000 + i, { level: i % 10 === 0 ? 'tinh' : i % 3 === 0 ? 'xa' : 'huyen' });
    const agency = blocks.findIndex((b) => b.kind === 'para' && /^(TỈNH ỦY|UBND|HUYỆN ỦY|THỊ ỦY|ĐẢNG ỦY|BAN CÁN SỰ)/u.test(b.text));
    if (agency >= 0) {
      const b = blocks[agency] as Extract<Block, { kind: 'para' }>;
      blocks[agency] = { ...b, text: `${b.text} ${i + 1}` };
    }
    writeFileSync(join(dir, `bao-cao-${String(i + 1).padStart(3, '0')}.docx`), await writeDocx(blocks));
  }
  writeFileSync(join(dir, 'khong-phai-word.docx'), 'đây không phải tệp Word');
  const good = readFileSync(join(dir, 'bao-cao-001.docx'));
  writeFileSync(join(dir, 'bi-cat-cut.docx'), good.subarray(0, Math.floor(good.length / 2)));
}

async function benchSummary() {
  const cliBundle = join(ROOT, 'dist', 'cli', 'decuong.mjs');
  if (!existsSync(cliBundle)) return console.log('summary of 200 reports: dist/cli missing (npm run build:cli)');
  const dir = mkdtempSync(join(tmpdir(), 'decuong-summary-bench-'));
  const reports = join(dir, 'reports');
  spawnSync('mkdir', [reports]);
  await summaryBatch(reports, 200);
  const rss = join(dir, 'rss.cjs');
  // the peak resident set of the whole process (worker threads are threads of it), written at exit
  writeFileSync(rss, "process.on('exit', () => require('fs').writeSync(2, `\\nmaxrss=${process.resourceUsage().maxRSS * 1024}\\n`));\n");
  const out = join(dir, 'tong-hop.xlsx');
  const a = performance.now();
  const r = spawnSync(process.execPath, ['-r', rss, join(ROOT, 'bin', 'decuong.cjs'), 'summary', reports, '--out', out], { encoding: 'utf8' });
  const wall = performance.now() - a;
  const peakRss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const wrote = /đã ghi .*/.exec(r.stderr)?.[0] ?? r.stderr.trim().split('\n')[0];
  const cores = (await import('os')).availableParallelism();
  console.log(`summary of 202 files (200 generated reports, 1 not Word, 1 cut short), ${cores} cores: ${(wall / 1000).toFixed(1)} s wall, peak RSS ${mb(peakRss)} (goals < 20 s, < 500 MB); workbook ${existsSync(out) ? mb(readFileSync(out).length) : 'missing'}; ${wrote}`);
}

async function child(mode: string, file: string) {
  const buf = readFileSync(file);
  if (mode === 'decuong') check(await readDocx(buf), builtinPack('nq16-so-ket-3-nam')!);
  else if (mode === 'floor') await floor(buf);
  else if (mode === 'mammoth') await mammoth.extractRawText({ buffer: buf });
  console.log(process.resourceUsage().maxRSS * 1024);
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) child(process.argv[childAt + 1], process.argv[childAt + 2]);
else if (require.main === module) (process.env.BENCH_ONLY === 'summary' ? benchSummary() : process.env.BENCH_ONLY === 'web' ? benchWebOnly() : main().then(benchSummary)).catch((e) => {
  console.error(e);
  process.exit(1);
});
