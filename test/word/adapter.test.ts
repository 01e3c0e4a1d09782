/** The Word adapter (src/word) against the in-memory Word: round trips, writes, insertion, navigation, marks. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { FIXTURES } from '../helpers';
import { FakeContext, FakeDocument } from './fake-word';
import { readDocx } from '../../src/docx/read-docx';
import { check } from '../../src/core/check';
import { builtinPack, builtinPacks } from '../../src/packs/builtin';
import { skeletonBlocks } from '../../src/core/skeleton';
import { readDocument } from '../../src/word/read';
import { insertBlocks, insertSection } from '../../src/word/insert';
import { goTo } from '../../src/word/navigate';
import { addMarks, removeMarks } from '../../src/word/marks';
import { removeUntouchedGuidance } from '../../src/word/cleanup';
import { doc as markup, nq16 } from '../core/doc';
import type { WContext } from '../../src/word/api';

const NQ16 = builtinPack('nq16-so-ket-3-nam')!;
const ctx = (d: FakeDocument) => new FakeContext(d) as unknown as WContext;
const fixture = async (name: string) => readDocx(readFileSync(join(FIXTURES, 'reports', name)));
const snapshot = (d: FakeDocument) => JSON.stringify({ paras: d.paras, ccs: d.ccs.map((c) => ({ ...c, paras: c.paras.map((p) => p.id) })), comments: d.comments.length });

/** A document of n paragraphs: headings, numbered list items, table cells, tagged guidance. */
function sized(n: number): FakeDocument {
  const lines: string[] = ['TỈNH ỦY QUẢNG TRỊ', 'BÁO CÁO', 'Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU'];
  for (let i = 0; lines.length < n; i++) {
    if (i % 25 === 0) lines.push(`## ${i / 25 + 1}. Mục ${i}`);
    else if (i % 40 === 1) lines.push('| TT | Nội dung |', '| 1 | Hội nghị |');
    else lines.push(`Đoạn văn số ${i} về xây dựng nông thôn mới.`);
  }
  const model = markup(lines.join('\n'));
  model.paragraphs = model.paragraphs.slice(0, n);
  model.paragraphs.forEach((p, i) => { if (i % 7 === 3 && !p.cell) p.isList = true, p.numLabel = `${i}.`; });
  return FakeDocument.fromModel(model);
}

describe('reading the open document', () => {
  test.each(['v01-tinh-nq16.docx', 'v02-huyen-nq16-tu-dong.docx', 'v03-huyen-so-ket-2021-2023.docx'])('%s: Word gives the same model and the same check as the .docx reader', async (name) => {
    const fromFile = await fixture(name);
    const d = FakeDocument.fromModel(fromFile);
    const { model } = await readDocument(ctx(d));
    // Word tells no grid column of a merged cell: the cell's place in its row is compared
    const pick = (m: typeof model) => m.paragraphs.map((p) => [p.text, p.styleLevel, p.numLabel, p.cell && { table: p.cell.table, row: p.cell.row, cell: p.cell.cell }, p.bold ?? false, p.boldStart ?? false, p.italic ?? false, p.italicStart ?? false, p.isList ?? false]);
    expect(pick(model)).toEqual(pick(fromFile));
    const pack = builtinPacks().find((p) => name.includes('nq16') ? p.id === NQ16.id : p.id === 'ntm-so-ket-2021-2023-dia-phuong')!;
    expect(check(model, pack).findings).toEqual(check(fromFile, pack).findings);
  });

  test('the number of round trips does not grow with the document: 50 vs 5,000 paragraphs', async () => {
    const small = sized(50);
    const large = sized(5000);
    const a = await readDocument(ctx(small));
    const b = await readDocument(ctx(large));
    expect(large.paras.length).toBe(5000);
    expect(b.model.paragraphs).toHaveLength(5000);
    expect(a.syncs).toBe(2);
    expect(b.syncs).toBe(a.syncs);
    expect(large.syncs).toBe(small.syncs);
  });

  test('a check performs no write at all', async () => {
    const d = FakeDocument.fromModel(await fixture('v01-tinh-nq16.docx'));
    const before = snapshot(d);
    const { model } = await readDocument(ctx(d));
    check(model, NQ16);
    expect(d.writes).toEqual([]);
    expect(snapshot(d)).toBe(before);
  });

  test('falls back when the host cannot load parents as paths, or list labels throw (office-js#5901)', async () => {
    const d = sized(200);
    d.rejectNestedPaths = true;
    d.listBug = true;
    const r = await readDocument(ctx(d));
    expect(r.model.paragraphs).toHaveLength(200);
    expect(r.notes).toEqual(['no-parents', 'no-list-labels']);
    expect(r.syncs).toBe(3);
    expect(r.model.paragraphs.some((p) => p.numLabel)).toBe(false);
  });

  test('content-control tags and table cells come through', async () => {
    const m = markup('Một\n| TT | Nội dung |\n| 1 | Hội nghị |\nHai');
    m.paragraphs[0].tags = ['decuong:g:nq16-so-ket-3-nam:p1.i'];
    const { model } = await readDocument(ctx(FakeDocument.fromModel(m)));
    expect(model.paragraphs[0].tags).toEqual(['decuong:g:nq16-so-ket-3-nam:p1.i']);
    expect(model.paragraphs.filter((p) => p.cell).map((p) => p.cell)).toEqual([
      { table: 0, row: 0, cell: 0 }, { table: 0, row: 0, cell: 1 }, { table: 0, row: 1, cell: 0 }, { table: 0, row: 1, cell: 1 },
    ]);
  });
});

describe('inserting the skeleton', () => {
  const existing = ['Ý kiến của đồng chí Bí thư về việc chuẩn bị báo cáo.', 'Đoạn thứ hai do người viết soạn.', 'Đoạn cuối.'];

  test('at the cursor: existing text stays intact and in place, the outline follows the cursor paragraph', async () => {
    const d = FakeDocument.fromModel(markup(existing.join('\n')));
    d.selection = [d.paras[1]];
    const progress: number[] = [];
    const blocks = skeletonBlocks(NQ16, { level: 'huyen' });
    const r = await insertBlocks(ctx(d), blocks, 'cursor', (done) => progress.push(done));
    const texts = d.text();
    expect(texts.filter((t) => existing.includes(t))).toEqual(existing);
    expect(texts.slice(0, 2)).toEqual(existing.slice(0, 2));
    expect(texts[texts.length - 1]).toBe('Đoạn cuối.');
    expect(texts[2]).toBe('Phần thứ nhất: TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU');
    expect(r.syncs).toBe(Math.ceil(blocks.length / 40));
    expect(progress[progress.length - 1]).toBe(blocks.length);
  });

  test('headings use built-in heading styles, guidance sits in tagged content controls, danh mục tables have header rows', async () => {
    const d = FakeDocument.fromModel(markup('Đoạn có sẵn.'));
    await insertBlocks(ctx(d), skeletonBlocks(NQ16, { level: 'huyen', header: true }), 'end');
    const heading = (t: string) => d.paras.find((p) => p.text.startsWith(t))!;
    expect(heading('Phần thứ nhất').styleBuiltIn).toBe('Heading1');
    expect(heading('I. KHÁI QUÁT').styleBuiltIn).toBe('Heading2');
    expect(heading('2.1. Đánh giá').styleBuiltIn).toBe('Heading4');
    expect(heading('(1) Nâng cao').styleBuiltIn).toBe('Heading5');
    expect(d.paras[0].text).toBe('Đoạn có sẵn.');
    const g = d.ccs.find((c) => c.tag === 'decuong:g:nq16-so-ket-3-nam:p1.i')!;
    expect(g.paras.map((p) => p.text).join('\n')).toBe(NQ16.outline[0].children[0].guidance);
    expect(g.paras.every((p) => p.styleBuiltIn === 'Normal')).toBe(true);
    const header = d.paras.filter((p) => p.cell && p.cell.row === 0).map((p) => p.text);
    expect(header).toEqual(expect.arrayContaining(['TT', 'Số', 'Ngày', 'Trích yếu']));
    expect(d.paras.some((p) => p.text === 'BÁO CÁO' && p.alignment === 'Centered')).toBe(true);
  });

  test('the inserted skeleton reads as a complete outline with every section still empty (never "ready")', async () => {
    const d = FakeDocument.fromModel(markup('Hải Lăng, ngày 12 tháng 8 năm 2024'));
    await insertBlocks(ctx(d), skeletonBlocks(NQ16, { level: 'huyen', header: true }), 'end');
    const { model } = await readDocument(ctx(d));
    const r = check(model, NQ16, { level: 'huyen' });
    expect(r.findings.filter((f) => f.code === 'missing-section')).toEqual([]);
    expect(r.findings.filter((f) => f.code === 'section-order')).toEqual([]);
    const leaves = r.sections.filter((s) => s.status !== 'not-applicable');
    expect(leaves.filter((s) => s.status === 'empty').length).toBeGreaterThan(30);
    expect(r.summary.ready).toBe(false);
  });

  test('removing untouched guidance keeps what the writer typed', async () => {
    const d = FakeDocument.fromModel(markup('Đoạn có sẵn.'));
    await insertBlocks(ctx(d), skeletonBlocks(NQ16, { level: 'huyen' }), 'end');
    const typed = d.ccs.find((c) => c.tag.endsWith(':p1.iv.4'))!;
    typed.paras[0].text = 'Bài học: phát huy vai trò chủ thể của người dân.';
    const before = d.ccs.length;
    const removed = await removeUntouchedGuidance(ctx(d), builtinPacks());
    expect(removed).toBe(before - 1);
    expect(d.text()).toContain('Bài học: phát huy vai trò chủ thể của người dân.');
    expect(d.text()).toContain('Đoạn có sẵn.');
    expect(d.ccs.map((c) => c.tag)).toEqual([typed.tag]);
  });
});

describe('inserting one missing section', () => {
  test.each([
    ['p1.iv.3', '2. Những hạn chế, khó khăn', '4. Bài học kinh nghiệm'],
    ['p1.i', 'Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới', 'II. CÔNG TÁC LÃNH ĐẠO'],
    ['p2.iv.2', '1. Đề xuất, kiến nghị chung', '(Đính kèm các phụ lục)'],
  ])('%s lands between the right neighbours', async (id, after, before) => {
    const d = FakeDocument.fromModel(markup(nq16({}, [id])));
    const r = await insertSection(ctx(d), NQ16, id, 'huyen');
    expect(r).toBeDefined();
    const texts = d.text();
    const at = texts.findIndex((t) => t.includes(NQ16Title(id)));
    const prev = texts.findIndex((t) => t.startsWith(after));
    const next = texts.findIndex((t) => t.startsWith(before));
    expect(prev).toBeGreaterThanOrEqual(0);
    expect(at).toBeGreaterThan(prev);
    expect(next).toBeGreaterThan(at);
    const { model } = await readDocument(ctx(d));
    expect(check(model, NQ16, { level: 'huyen' }).findings.filter((f) => f.code === 'missing-section' || f.code === 'section-order')).toEqual([]);
  });
});

function NQ16Title(id: string): string {
  const walk = (s: typeof NQ16.outline): string | undefined => {
    for (const x of s) {
      if (x.id === id) return x.title;
      const r = walk(x.children);
      if (r) return r;
    }
  };
  return walk(NQ16.outline)!;
}

describe('navigation and marks', () => {
  test('a finding selects its quoted figure, and still finds its paragraph after edits above it', async () => {
    const d = FakeDocument.fromModel(markup('A\nB\nTỷ lệ lao động nông thôn qua đào tạo đạt 66,5%.\nC'));
    const c = new FakeContext(d);
    expect(await goTo(c as unknown as WContext, { paragraph: 2, excerpt: 'Tỷ lệ lao động nông thôn qua đào tạo đạt 66,5%.', quote: '66,5%' })).toBe(true);
    expect(d.selection[0].text).toMatch(/66,5%/);
    expect(c.selectedText).toBe('66,5%');
    d.paras.unshift(d.newPara({ text: 'Một đoạn mới thêm ở đầu.' }));
    await goTo(ctx(d), { paragraph: 2, excerpt: 'Tỷ lệ lao động nông thôn qua đào tạo đạt 66,5%.' });
    expect(d.selection[0].text).toMatch(/66,5%/);
    expect(d.writes).toEqual([]);
  });

  test('marks are added and removed again, leaving the document exactly as before', async () => {
    const d = FakeDocument.fromModel(await fixture('v01-tinh-nq16.docx'));
    const before = snapshot(d);
    const n = await addMarks(ctx(d), [{ paragraph: 10, message: 'Thiếu mục' }, { paragraph: 12, message: 'Chưa đạt' }], true);
    expect(n).toBe(2);
    expect(d.comments).toHaveLength(2);
    expect(snapshot(d)).not.toBe(before);
    expect(await removeMarks(ctx(d), true)).toBe(2);
    expect(snapshot(d)).toBe(before);
  });
});
