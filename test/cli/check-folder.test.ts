/**
 * decuong check on a folder reads its subfolders too, as summary does (session 43's walk-through, item 7: a report in a subfolder was
 * left out unsaid).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'bao-cao-mau.docx');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'decuong-folder-'));
  mkdirSync(join(dir, 'huyen-a', 'xa-b'), { recursive: true });
  copyFileSync(SAMPLE, join(dir, 'tinh.docx'));
  copyFileSync(SAMPLE, join(dir, 'huyen-a', 'bao-cao.docx'));
  copyFileSync(SAMPLE, join(dir, 'huyen-a', 'xa-b', 'bao-cao.docx'));
  copyFileSync(SAMPLE, join(dir, 'huyen-a', '~$bao-cao.docx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a folder: its reports and its subfolders\' reports, each once, no Word lock file', async () => {
  const r = await cli(['check', dir, '--format', 'json']);
  const files = JSON.parse(r.out).reports.map((x: { file: string }) => x.file.slice(dir.length + 1).replace(/\\/g, '/'));
  expect(files).toEqual(['huyen-a/bao-cao.docx', 'huyen-a/xa-b/bao-cao.docx', 'tinh.docx']);
});
