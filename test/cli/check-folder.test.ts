/**
 * decuong check on a folder reads its subfolders too, as summary does (session 43's walk-through, item 7: a report in a subfolder was
 * left out unsaid).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli } from '../helpers';
import { documentXml, makeDocx, para } from '../docx/kit';

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

test('a report sent back as a PDF or an old .doc in the folder is listed as not checked, with why; other files are not (walk50)', async () => {
  const sub = mkdtempSync(join(tmpdir(), 'decuong-folder-other-'));
  try {
    copyFileSync(SAMPLE, join(sub, 'xa-a.docx'));
    writeFileSync(join(sub, 'xa-b.pdf'), '%PDF-1.4\n%âãÏÓ\n');
    writeFileSync(join(sub, 'xa-c.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(sub, 'ghi-chu.txt'), 'ghi chú');
    const r = await cli(['check', sub]);
    expect(r.err).toMatch(/xa-b\.pdf: không phải tệp \.docx: đây là tệp PDF/);
    expect(r.err).toMatch(/xa-c\.doc: không phải tệp \.docx/);
    expect(r.err).not.toMatch(/ghi-chu/);
    expect(r.out).toMatch(/Đã kiểm tra 3 tệp: .*2 không kiểm tra được/);
    // (… and named in the text itself, each with why, above the tally: a saved log named none of the units to call back — walk51)
    expect(r.out).toMatch(/Không kiểm tra được \(2 tệp\):\n {2}\S*xa-b\.pdf: không phải tệp \.docx: đây là tệp PDF[^\n]*\n {2}\S*xa-c\.doc: không phải tệp \.docx/);
  } finally {
    rmSync(sub, { recursive: true, force: true });
  }
});

test('a letter in the batch, no report of any template: its one line says what to look at, then how to choose one (walk53, item 6)', async () => {
  const sub = mkdtempSync(join(tmpdir(), 'decuong-folder-letter-'));
  try {
    const body = ['ỦY BAN NHÂN DÂN XÃ PHƯỚC HẬU', 'Kính gửi: Văn phòng Điều phối nông thôn mới tỉnh', 'Ủy ban nhân dân xã xin gia hạn thời gian nộp báo cáo đến ngày 20/12/2026.', 'Trân trọng.'].map((t) => para(t)).join('');
    writeFileSync(join(sub, 'Báo cáo xã Phước Hậu.docx'), await makeDocx({ document: documentXml(body) }));
    // (… and one whose subject names the report it is about: a letter still, no report with every item missing — walk53b, item 2)
    const letter = ['ỦY BAN NHÂN DÂN XÃ BÌNH MINH', 'Số: 85/UBND-VP', 'V/v đề nghị gia hạn nộp báo cáo sơ kết 3 năm thực hiện Nghị quyết số 16-NQ/TU', 'Kính gửi: Văn phòng Điều phối nông thôn mới tỉnh', 'Ủy ban nhân dân xã đề nghị được gia hạn nộp báo cáo sơ kết đến ngày 20/12/2026.', 'Trân trọng.'].map((t) => para(t)).join('');
    writeFileSync(join(sub, 'Công văn xã Bình Minh.docx'), await makeDocx({ document: documentXml(letter) }));
    const r = await cli(['check', sub]);
    expect(r.err).toMatch(/Báo cáo xã Phước Hậu\.docx: không nhận ra báo cáo theo mẫu nào \(tiêu đề và các đề mục không khớp mẫu báo cáo nào\): xem tệp có đúng là báo cáo sơ kết, tổng kết không; nếu đúng, chọn mẫu bằng --pack/);
    expect(r.err).toMatch(/Công văn xã Bình Minh\.docx: không nhận ra báo cáo theo mẫu nào/);
    expect(r.out).not.toMatch(/unmapped-document/);
  } finally {
    rmSync(sub, { recursive: true, force: true });
  }
});

test('files of one unit for one template are said to be so beside each report and in the tally; a file of another unit is not (session 53\'s LEFT: a unit sent twice counted as two reports)', async () => {
  const sub = mkdtempSync(join(tmpdir(), 'decuong-folder-twice-'));
  try {
    copyFileSync(SAMPLE, join(sub, 'xa-a.docx'));
    copyFileSync(SAMPLE, join(sub, 'xa-a (gửi lại).docx'));
    copyFileSync(join(__dirname, '..', 'corpus-b', 'ba04-huyen-hu-cam-lo-in-dam.docx'), join(sub, 'huyen-b.docx'));
    const r = await cli(['check', sub]);
    // (beside the template's other notices — its due date passed — in any order)
    expect(r.out).toMatch(/xa-a\.docx(?: — [^\n[]*)? {2}\[[^\n]*\n(?: {2}! [^\n]*\n)* {2}! Trùng đơn vị với: xa-a \(gửi lại\)\.docx/);
    expect(r.out).toMatch(/xa-a \(gửi lại\)\.docx(?: — [^\n[]*)? {2}\[[^\n]*\n(?: {2}! [^\n]*\n)* {2}! Trùng đơn vị với: xa-a\.docx/);
    expect(r.out).not.toMatch(/huyen-b\.docx {2}\[[^\n]*\n(?: {2}! [^\n]*\n)* {2}! Trùng/);
    expect(r.out).toMatch(/Đã kiểm tra 3 tệp: [^\n]*\. Có 2 tệp trùng đơn vị với tệp khác/);
    const h = await cli(['check', sub, '--format', 'html']);
    expect(h.out.match(/<small>Trùng đơn vị với: [^<]*<\/small>/g)).toHaveLength(2);
    expect(h.out).toMatch(/<p class="notice">Trùng đơn vị với: xa-a \(gửi lại\)\.docx<\/p>/);
  } finally {
    rmSync(sub, { recursive: true, force: true });
  }
});
