/**
 * The reviewer web page's worker protocol, with the real handler in-process: each file comes back as
 * `decuong check` makes it (the JSON byte for byte, a broken file with the CLI's words), files are checked in
 * order one at a time with their bytes transferred, a file that cannot be read or a worker that dies fails
 * only its own file, and a new batch cancels the one before.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { cli, FIXTURES } from '../helpers';
import { jsonText } from '../../src/core/format/json';
import { writeDocx } from '../../src/docx/write-docx';
import { CheckClient, WORKER_FAILED, checkBatch, type FileResult, type Source } from '../../src/web/protocol';
import { InProcessWorker } from './inprocess';

const ROOT = join(__dirname, '../..');
const FILES: Record<string, Buffer> = {
  'bao-cao-mau.docx': readFileSync(join(ROOT, 'samples', 'bao-cao-mau.docx')),
  'v02-huyen-nq16-tu-dong.docx': readFileSync(join(FIXTURES, 'reports', 'v02-huyen-nq16-tu-dong.docx')),
  'hong.docx': Buffer.from('đây không phải tệp Word'),
};
const bytes = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) as ArrayBuffer;
const source = (name: string): Source => ({ name, bytes: async () => bytes(FILES[name]) });

function client(dieOn?: string) {
  const workers: InProcessWorker[] = [];
  const c = new CheckClient(() => {
    const w = new InProcessWorker(dieOn);
    workers.push(w);
    return w;
  });
  return { c, workers };
}

async function batch(c: CheckClient, names: string[], pack?: string) {
  const results: FileResult[] = [];
  const started: number[] = [];
  await checkBatch(c, names.map(source), pack, (i) => started.push(i), (i, r) => (results[i] = r));
  return { results, started };
}

test('two reports and a broken file: the JSON of the results is `decuong check --format json`, byte for byte; the broken file has the CLI\'s words', async () => {
  const names = ['bao-cao-mau.docx', 'v02-huyen-nq16-tu-dong.docx', 'hong.docx'];
  const { c, workers } = client();
  const { results, started } = await batch(c, names);
  expect(started).toEqual([0, 1, 2]);
  expect(workers).toHaveLength(1);
  const reports = results.flatMap((r) => (r.report ? [r.report] : []));
  const errors = results.flatMap((r) => (r.error ? [{ file: r.file, error: r.error.vi }] : []));
  const run = await cli(['check', ...names, '--format', 'json'], FILES);
  expect(run.code).toBe(2);
  expect(jsonText(reports, 'vi', errors)).toBe(run.out);
  // the broken file: one line, the words the CLI prints for it
  expect(results[2].report).toBeUndefined();
  expect(run.err).toContain(`decuong: hong.docx: ${results[2].error!.vi}\n`);
  expect(results[2].error!.vi).not.toMatch(/\n/);
  expect((await cli(['check', 'hong.docx', '--lang', 'en'], FILES)).err).toContain(results[2].error!.en);
  // the unit from the header, for the batch table
  expect(results[0].unit).toMatch(/TỈNH/);
});

test('each file\'s bytes are transferred to the worker, not copied, one request at a time in the order given', async () => {
  const { c, workers } = client();
  await batch(c, ['v02-huyen-nq16-tu-dong.docx', 'bao-cao-mau.docx']);
  const posted = workers[0].posted;
  expect(posted.map((p) => p.message.name)).toEqual(['v02-huyen-nq16-tu-dong.docx', 'bao-cao-mau.docx']);
  for (const p of posted) expect(p.transfer).toEqual([p.message.data]);
  expect(new Set(posted.map((p) => p.message.id)).size).toBe(2);
});

test('a pack chosen on the page is given to every file (as --pack); an unknown one is refused per file', async () => {
  const { c } = client();
  const { results } = await batch(c, ['bao-cao-mau.docx'], 'nq16-so-ket-3-nam');
  expect(results[0].report!.pack).toMatchObject({ id: 'nq16-so-ket-3-nam', chosen: 'given' });
  const run = await cli(['check', 'bao-cao-mau.docx', '--pack', 'nq16-so-ket-3-nam', '--format', 'json'], FILES);
  expect(jsonText([results[0].report!], 'vi')).toBe(run.out);
  const bad = await batch(c, ['bao-cao-mau.docx'], 'khong-co');
  expect(bad.results[0].error!.vi).toMatch(/khong-co/);
});

test('a report whose title names no pack: the CLI\'s reason, marked so that the page can say "choose the template"', async () => {
  const { c } = client();
  const doc = await writeDocx([{ kind: 'para', text: 'Ghi chép cuộc họp thôn' }, { kind: 'para', text: 'Nội dung không theo mẫu nào.' }]);
  const r = await c.check('ghi-chep.docx', bytes(doc));
  expect(r.noPack).toBe(true);
  const run = await cli(['check', 'ghi-chep.docx'], { 'ghi-chep.docx': doc });
  expect(run.err).toContain(`decuong: ghi-chep.docx: ${r.error!.vi}`);
});

test('a file that cannot be read from the disk, or a worker that dies on one file: that file fails, the others go on in a new worker', async () => {
  const { c, workers } = client('v02-huyen-nq16-tu-dong.docx');
  const unreadable: Source = { name: 'mat.docx', bytes: () => Promise.reject(new Error('NotReadableError')) };
  const results: FileResult[] = [];
  await checkBatch(c, [source('bao-cao-mau.docx'), unreadable, source('v02-huyen-nq16-tu-dong.docx'), source('bao-cao-mau.docx')], undefined, () => {}, (i, r) => (results[i] = r));
  expect(results.map((r) => (r.report ? 'ok' : 'failed'))).toEqual(['ok', 'failed', 'failed', 'ok']);
  expect(results[1].error!.vi).toMatch(/^không đọc được tệp: .*NotReadableError/);
  expect(results[2].error).toEqual(WORKER_FAILED);
  expect(workers).toHaveLength(2);
  expect(workers[0].terminated).toBe(true);
});

test('a new batch cancels the one before: no result of the old batch arrives after', async () => {
  const { c } = client();
  let stop = false;
  const seen: number[] = [];
  const first = checkBatch(c, ['bao-cao-mau.docx', 'v02-huyen-nq16-tu-dong.docx', 'bao-cao-mau.docx'].map(source), undefined, () => {}, (i) => {
    seen.push(i);
    stop = true;
  }, () => stop);
  await first;
  expect(seen).toEqual([0]);
});

test('the summary sheet of the batch: the CSV `decuong summary --format csv` writes for the same files, byte for byte', async () => {
  const { mkdtempSync, statSync, writeFileSync } = await import('fs');
  const { tmpdir } = await import('os');
  const { buildSummary } = await import('../../src/core/summary/model');
  const { writeCsv } = await import('../../src/cli/summary/csv');
  const { builtinPacks } = await import('../../src/packs/builtin');
  const { summaryEntries } = await import('../../src/web/protocol');
  const dir = mkdtempSync(join(tmpdir(), 'decuong-web-summary-'));
  // the same files on the disk (the CLI stats them for their dates); the page knows each file's lastModified
  const paths = ['bao-cao-mau.docx', 'v02-huyen-nq16-tu-dong.docx', 'hong.docx'].map((n) => {
    writeFileSync(join(dir, n), FILES[n]);
    return join(dir, n);
  });
  const sources: Source[] = paths.map((p) => ({ name: p, bytes: async () => bytes(readFileSync(p)), mtime: statSync(p).mtimeMs }));
  const { c } = client();
  const results: FileResult[] = [];
  await checkBatch(c, sources, undefined, () => {}, (i, r) => (results[i] = r));
  const run = await cli(['summary', ...paths, '--format', 'csv']);
  expect(run.code).toBe(2);
  const csv = writeCsv(buildSummary(summaryEntries(sources, results, 'vi'), builtinPacks(), 'vi'), 'vi');
  expect(csv.split('\r\n').length).toBe(5);
  expect(csv).toBe(run.out);
});
