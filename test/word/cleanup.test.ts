/** "Gỡ phần khung chưa viết": everything an insertion added that nobody typed into goes, nothing else. */
import { check } from '../../src/core/check';
import { skeletonBlocks, guidanceTag, DEFAULT_GUIDANCE } from '../../src/core/skeleton';
import { builtinPacks } from '../../src/packs/builtin';
import { readDocument } from '../../src/word/read';
import { MARK } from '../../src/word/marker';
import type { FakeDocument, FakePara } from './fake-word';
import { ctx, fake, fromMarkup, NQ16, portFor, sample, visible } from './helpers';

const packs = builtinPacks();
const checked = async (d: FakeDocument) => check((await readDocument(ctx(d))).model, NQ16);
const errors = (r: Awaited<ReturnType<typeof checked>>) => r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
/** What the writer sees of the document, and the controls in it. */
const seen = (d: FakeDocument) => ({ texts: visible(d), ccs: d.ccs.map((c) => [c.tag, c.paras.map((p) => p.text)]) });

describe('a finished report', () => {
  test('the whole outline inserted by mistake into the sample report goes again, the check is back to its 3 errors', async () => {
    const d = fake(await sample());
    const original = seen(d);
    const before = await checked(d);
    expect(errors(before)).toHaveLength(3);
    d.selection = [d.paras[11]];
    const port = portFor(d);
    await port.insertSkeleton(skeletonBlocks(NQ16, { level: 'tinh', header: true }), 'cursor');
    expect(errors(await checked(d)).length).toBeGreaterThan(errors(before).length);
    const out = await port.removeUnwritten(packs);
    expect(out.headings).toBe(skeletonBlocks(NQ16, { level: 'tinh' }).filter((b) => b.kind === 'heading').length);
    expect(out.tables).toBe(skeletonBlocks(NQ16, { level: 'tinh' }).filter((b) => b.kind === 'table').length);
    expect(seen(d)).toEqual(original);
    expect((await checked(d)).findings).toEqual(before.findings);
  });

  test('the missing item inserted into the sample report, not written: removing it gives the report back as it was', async () => {
    const d = fake(await sample());
    const original = seen(d);
    const port = portFor(d);
    await port.insertMissing(NQ16, ['p1.iv.3']);
    expect(visible(d)).toContain('3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan');
    const out = await port.removeUnwritten(packs);
    expect(out).toMatchObject({ headings: 1, guidance: 1 });
    expect(seen(d)).toEqual(original);
  });
});

describe('a report being written', () => {
  const find = (d: FakeDocument, t: string) => d.paras.find((p) => p.text.replace(MARK, '') === t)!;
  const after = (d: FakeDocument, p: FakePara, text: string) => {
    const np = d.newPara({ text });
    d.paras.splice(d.paras.indexOf(p) + 1, 0, np);
    return np;
  };

  async function written() {
    const d = fromMarkup('Hải Lăng, ngày 12 tháng 8 năm 2024');
    await portFor(d).insertSkeleton(skeletonBlocks(NQ16, { level: 'huyen', header: true }), 'end');
    // typed over the guidance of p1.iv.4
    const g = d.ccs.find((c) => c.tag === guidanceTag(NQ16.id, 'p1.iv.4'))!;
    g.paras[0].text = 'Bài học: phát huy vai trò chủ thể của người dân.';
    // typed a paragraph under "I. KHÁI QUÁT TÌNH HÌNH", below its guidance
    const i = find(d, 'I. KHÁI QUÁT TÌNH HÌNH');
    const gi = d.ccs.find((c) => c.tag === guidanceTag(NQ16.id, 'p1.i'))!;
    after(d, gi.paras[gi.paras.length - 1], 'Huyện có 19 xã, dân số 89.000 người.');
    // filled one row of the first danh mục table
    const cell = d.paras.find((p) => p.cell && p.cell.row === 1 && p.cell.cell === 1)!;
    const table = cell.cell!.table;
    cell.text = 'Nghị quyết 16-NQ/TU';
    // corrected a heading's text
    const fixed = find(d, '2. Những hạn chế, khó khăn');
    fixed.text = '2. Những hạn chế, khó khăn, vướng mắc';
    // a heading of the writer's own that reads like the pack's, with nothing under it yet (no mark)
    const own = after(d, find(d, 'Hải Lăng, ngày 12 tháng 8 năm 2024'), 'III. KẾT QUẢ ĐẠT ĐƯỢC');
    Object.assign(own, { styleBuiltIn: 'Heading2', style: 'Heading 2', outlineLevel: 2 });
    return { d, i, table, fixed, own };
  }

  test('typed parts stay, untouched parts go: guidance, empty tables, empty headings, the untouched header block', async () => {
    const { d, table } = await written();
    const typed = ['Bài học: phát huy vai trò chủ thể của người dân.', 'Huyện có 19 xã, dân số 89.000 người.', 'Nghị quyết 16-NQ/TU', '2. Những hạn chế, khó khăn, vướng mắc', 'III. KẾT QUẢ ĐẠT ĐƯỢC', 'Hải Lăng, ngày 12 tháng 8 năm 2024'];
    const out = await portFor(d).removeUnwritten(packs);
    const texts = visible(d);
    for (const t of typed) expect(texts).toContain(t);
    // headings that have the writer's text under them stay, with their parents
    for (const h of ['Phần thứ nhất: TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU', 'I. KHÁI QUÁT TÌNH HÌNH', 'IV. ĐÁNH GIÁ CHUNG', '4. Bài học kinh nghiệm'])
      expect(texts).toContain(h);
    // the filled table stays whole, with its caption; the other tables go
    expect(d.paras.filter((p) => p.cell).every((p) => p.cell!.table === table)).toBe(true);
    expect(d.paras.filter((p) => p.cell && p.cell.table === table)).toHaveLength(d.tableValues(table).flat().length);
    // untouched guidance, empty headings and the header block are gone
    expect(texts).not.toContain('Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI');
    expect(texts).not.toContain('BÁO CÁO');
    expect(texts.some((t) => t === DEFAULT_GUIDANCE)).toBe(false);
    expect(d.ccs.map((c) => c.tag)).toEqual([guidanceTag(NQ16.id, 'p1.iv.4')]);
    expect(out.headings).toBeGreaterThan(20);
    expect(out.lines).toBeGreaterThan(0);
    // the same again removes nothing more
    const twice = visible(d);
    expect(await portFor(d).removeUnwritten(packs)).toEqual({ headings: 0, tables: 0, guidance: 0, lines: 0 });
    expect(visible(d)).toEqual(twice);
  });

  test('a header block the writer filled in stays whole', async () => {
    const d = fromMarkup('Đoạn đầu.');
    await portFor(d).insertSkeleton(skeletonBlocks(NQ16, { level: 'huyen', header: true }), 'end');
    find(d, 'TÊN CƠ QUAN, ĐƠN VỊ').text = 'HUYỆN ỦY HẢI LĂNG';
    await portFor(d).removeUnwritten(packs);
    expect(visible(d).slice(0, 4)).toEqual(['Đoạn đầu.', 'HUYỆN ỦY HẢI LĂNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số:     -BC/…']);
  });

  test('guidance left without its frame (Word on the web refused it) is removed all the same', async () => {
    const d = fromMarkup('Đoạn đầu.');
    d.sections = 2;
    d.failures.ccSeveralSections = true;
    const out = await portFor(d).insertSkeleton(skeletonBlocks(NQ16, { level: 'huyen' }), 'end');
    expect(out.unframed).toBeGreaterThan(20);
    expect(d.ccs).toHaveLength(0);
    await portFor(d).removeUnwritten(packs);
    expect(visible(d)).toEqual(['Đoạn đầu.']);
  });

  test('guidance controls from before the mark (tag and text as inserted) are still removed; a writer\'s paragraph with the same text is not', async () => {
    const s = NQ16.outline[0].children[0];
    const d = fromMarkup(`Mở đầu.\n{cc=${guidanceTag(NQ16.id, s.id)}} ${s.guidance!.split('\n').join(`\n{cc=${guidanceTag(NQ16.id, s.id)}} `)}\n${s.guidance!.split('\n')[0]}`);
    const out = await portFor(d).removeUnwritten(packs);
    expect(out.guidance).toBe(1);
    expect(visible(d)).toEqual(['Mở đầu.', s.guidance!.split('\n')[0]]);
  });
});
