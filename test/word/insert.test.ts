/** Inserting the outline: where it goes, how it looks, what it never touches, one at a time. */
import { check } from '../../src/core/check';
import { skeletonBlocks, headingText } from '../../src/core/skeleton';
import { readDocument } from '../../src/word/read';
import { insertRuns } from '../../src/word/insert';
import { insertSections } from '../../src/word/sections';
import { planInsertion } from '../../src/word/plan';
import { MARK, hasMark } from '../../src/word/marker';
import { WordRefusal } from '../../src/word/errors';
import { doc as markup, nq16 } from '../core/doc';
import { ctx, fake, fromMarkup, inOrder, NQ16, portFor, sample, visible } from './helpers';

const existing = ['Ý kiến của đồng chí Bí thư về việc chuẩn bị báo cáo.', 'Đoạn thứ hai do người viết soạn.', 'Đoạn cuối.'];
const blocks = (header = false) => skeletonBlocks(NQ16, { level: 'huyen', header });

describe('the whole outline', () => {
  test('at the cursor: existing text stays intact and in place, the outline follows the cursor paragraph, progress is reported', async () => {
    const d = fromMarkup(existing.join('\n'));
    d.selection = [d.paras[1]];
    const progress: number[] = [];
    const out = await portFor(d).insertSkeleton(blocks(), 'cursor', (done) => { progress.push(done); });
    const texts = visible(d);
    expect(inOrder(texts, existing)).toBe(true);
    expect(texts.slice(0, 2)).toEqual(existing.slice(0, 2));
    expect(texts[texts.length - 1]).toBe('Đoạn cuối.');
    expect(texts[2]).toBe('Phần thứ nhất: TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU');
    // a blank line closes the outline before the writer's next paragraph
    expect(texts[texts.length - 2]).toBe('');
    expect(progress[progress.length - 1]).toBe(blocks().length + 1);
    expect(out.unframed).toBe(0);
    expect(out.paragraphs).toBe(d.paras.length - existing.length - 1);
  });

  test('headings in built-in heading styles, guidance in tagged controls, danh mục tables with a header row, every new paragraph marked', async () => {
    const d = fromMarkup('Đoạn có sẵn.');
    await portFor(d).insertSkeleton(blocks(true), 'end');
    const para = (t: string) => d.paras.find((p) => p.text.startsWith(t))!;
    expect(para('Phần thứ nhất').styleBuiltIn).toBe('Heading1');
    expect(para('I. KHÁI QUÁT').styleBuiltIn).toBe('Heading2');
    expect(para('2.1. Đánh giá').styleBuiltIn).toBe('Heading4');
    expect(para('(1) Nâng cao').styleBuiltIn).toBe('Heading5');
    expect(d.paras[0].text).toBe('Đoạn có sẵn.');
    const g = d.ccs.find((c) => c.tag === 'decuong:g:nq16-so-ket-3-nam:p1.i')!;
    expect(g.paras.map((p) => p.text.replace(MARK, '')).join('\n')).toBe(NQ16.outline[0].children[0].guidance);
    expect(g.paras.every((p) => p.styleBuiltIn === 'Normal')).toBe(true);
    expect([...d.headerRows.values()].every((n) => n === 1)).toBe(true);
    const header = d.paras.filter((p) => p.cell && p.cell.row === 0).map((p) => p.text);
    expect(header).toEqual(expect.arrayContaining(['TT', 'Số', 'Ngày', 'Trích yếu']));
    expect(d.paras.some((p) => p.text === `BÁO CÁO${MARK}` && p.alignment === 'Centered')).toBe(true);
    expect(d.paras.slice(1).filter((p) => !p.cell).every((p) => hasMark(p.text))).toBe(true);
    expect(d.paras[0].text).not.toContain(MARK);
  });

  test('new paragraphs take nothing of the writer\'s direct formatting: not bold, not centred, not in the writer\'s list', async () => {
    const d = fromMarkup('**BÁO CÁO KẾT QUẢ**\nNội dung.');
    Object.assign(d.paras[0], { alignment: 'Centered', bold: true, italic: true, underline: 'Single', listString: 'I.' });
    d.selection = [d.paras[0]];
    await portFor(d).insertSkeleton(blocks(), 'cursor');
    const added = d.paras.slice(1, -2);
    expect(added.filter((p) => !p.cell).every((p) => p.alignment !== 'Centered' && p.underline === 'None' && p.listString === undefined)).toBe(true);
    const guidance = d.ccs.filter((c) => c.tag.startsWith('decuong:g:')).flatMap((c) => c.paras);
    expect(guidance.length).toBeGreaterThan(20);
    expect(guidance.every((p) => p.bold === false && p.italic === false && p.alignment === 'Justified')).toBe(true);
    expect(added.filter((p) => /^Heading/.test(p.styleBuiltIn)).every((p) => p.italic === false && p.alignment === 'Left')).toBe(true);
    expect(d.paras[0]).toMatchObject({ alignment: 'Centered', bold: true, listString: 'I.' });
  });

  test('the inserted outline reads as complete, every section still empty (never "ready")', async () => {
    const d = fromMarkup('Hải Lăng, ngày 12 tháng 8 năm 2024');
    await portFor(d).insertSkeleton(blocks(true), 'end');
    const { model } = await readDocument(ctx(d));
    const r = check(model, NQ16, { level: 'huyen' });
    expect(r.findings.filter((f) => f.code === 'missing-section' || f.code === 'section-order')).toEqual([]);
    expect(r.sections.filter((s) => s.status === 'empty').length).toBeGreaterThan(30);
    expect(r.summary.ready).toBe(false);
  });
});

describe('where the cursor is', () => {
  test('in a table cell: the outline goes after the table, the table is untouched', async () => {
    const d = fromMarkup('Trước bảng.\n| TT | Nội dung |\n| 1 | Hội nghị |\nSau bảng.');
    const before = d.paras.filter((p) => p.cell).map((p) => ({ ...p }));
    d.selection = [d.paras[3]];
    await portFor(d).insertSkeleton(blocks(), 'cursor');
    const texts = visible(d);
    expect(texts.slice(0, 5)).toEqual(['Trước bảng.', 'TT', 'Nội dung', '1', 'Hội nghị']);
    expect(texts[5]).toMatch(/^Phần thứ nhất/);
    expect(d.paras.filter((p) => p.cell && p.cell.table === 0).map((p) => ({ ...p }))).toEqual(before);
    expect(texts[texts.length - 1]).toBe('Sau bảng.');
  });

  test('in a content control (the writer\'s own, or an earlier insertion\'s guidance): after the control, the control intact', async () => {
    const d = fromMarkup('Mở đầu.\n{cc=bieu-mau} Dòng một của biểu mẫu.\n{cc=bieu-mau} Dòng hai của biểu mẫu.\nKết.');
    d.selection = [d.paras[1]];
    await portFor(d).insertSkeleton(blocks(), 'cursor');
    const cc = d.ccs.find((c) => c.tag === 'bieu-mau')!;
    expect(cc.paras.map((p) => p.text)).toEqual(['Dòng một của biểu mẫu.', 'Dòng hai của biểu mẫu.']);
    const texts = visible(d);
    expect(texts.slice(0, 3)).toEqual(['Mở đầu.', 'Dòng một của biểu mẫu.', 'Dòng hai của biểu mẫu.']);
    expect(texts[3]).toMatch(/^Phần thứ nhất/);
    expect(texts[texts.length - 1]).toBe('Kết.');
  });

  test.each(['Header', 'Footer', 'Footnote'] as const)('in a %s: refused with its reason, nothing written', async (story) => {
    const d = fromMarkup('Thân văn bản.');
    const p = d.newPara({ text: 'Chân trang', story });
    d.stories.push(p);
    d.selection = [p];
    const port = portFor(d);
    await expect(port.insertSkeleton(blocks(), 'cursor')).rejects.toMatchObject({ code: 'outside-body' });
    await expect(port.insertSkeleton(blocks(), 'cursor')).rejects.toBeInstanceOf(WordRefusal);
    expect(d.writes).toEqual([]);
    expect(port.busy()).toBe(false);
  });
});

describe('part of the outline already written', () => {
  test('the plan: empty → the whole outline; the sample report → only its missing item; complete → nothing; other text → only on explicit choice', async () => {
    expect(planInsertion(markup(''), NQ16)).toEqual({ kind: 'empty' });
    expect(planInsertion((await readDocument(ctx(fake(await sample())))).model, NQ16)).toEqual({
      kind: 'partial', present: expect.any(Number), level: 'tinh', missing: [{ id: 'p1.iv.3', label: '3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan' }],
    });
    expect(planInsertion(markup(nq16()), NQ16, 'huyen')).toMatchObject({ kind: 'complete' });
    expect(planInsertion(markup('Kính gửi các đồng chí.\nNội dung trao đổi về công tác khác.'), NQ16)).toEqual({ kind: 'unrelated' });
  });

  test('a whole missing part comes with its items; an item whose part is there comes alone', async () => {
    const plan = planInsertion(markup(nq16({}, ['p2', 'p1.iv.3'])), NQ16, 'huyen');
    expect(plan.kind).toBe('partial');
    expect(plan.kind === 'partial' && plan.missing.map((m) => m.id)).toEqual(['p1.iv.3', 'p2']);
  });

  test('only the missing items are inserted, each at its place; the check no longer reports them; the writer\'s text is untouched', async () => {
    const d = fromMarkup(nq16({}, ['p1.iv.3', 'p2.iv.2']));
    const before = visible(d);
    const port = portFor(d);
    const plan = await port.planInsert(NQ16, 'huyen');
    expect(plan.kind === 'partial' && plan.missing.map((m) => m.id)).toEqual(['p1.iv.3', 'p2.iv.2']);
    const out = await port.insertMissing(NQ16, ['p1.iv.3', 'p2.iv.2'], 'huyen');
    expect(out.sections).toBe(2);
    const texts = visible(d);
    expect(inOrder(texts, before)).toBe(true);
    const at = (t: string) => texts.findIndex((x) => x.startsWith(t));
    expect(at('3. Phân tích nguyên nhân')).toBeGreaterThan(at('2. Những hạn chế'));
    expect(at('3. Phân tích nguyên nhân')).toBeLessThan(at('4. Bài học kinh nghiệm'));
    const p2iv2 = headingText(NQ16.outline[1].children[3].children[1]);
    expect(NQ16.outline[1].children[3].children[1].id).toBe('p2.iv.2');
    expect(texts.indexOf(p2iv2)).toBeGreaterThan(at('1. Đề xuất, kiến nghị chung'));
    expect(texts.indexOf(p2iv2)).toBeLessThan(at('(Đính kèm các phụ lục)'));
    const { model } = await readDocument(ctx(d));
    expect(check(model, NQ16, { level: 'huyen' }).findings.filter((f) => f.code === 'missing-section' || f.code === 'section-order')).toEqual([]);
    expect(await port.planInsert(NQ16, 'huyen')).toMatchObject({ kind: 'complete' });
  });

  test.each([
    ['p1.iv.3', '2. Những hạn chế, khó khăn', '4. Bài học kinh nghiệm'],
    ['p1.i', 'Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới', 'II. CÔNG TÁC LÃNH ĐẠO'],
    ['p2.iv.2', '1. Đề xuất, kiến nghị chung', '(Đính kèm các phụ lục)'],
  ])('"Thêm mục này" %s lands between the right neighbours', async (id, after, before) => {
    const d = fromMarkup(nq16({}, [id]));
    const r = await insertSections(ctx(d), NQ16, [id], 'huyen');
    expect(r.sections).toBe(1);
    const texts = visible(d);
    const title = headingText((function find(s: typeof NQ16.outline): typeof NQ16.outline[number] | undefined {
      for (const x of s) { if (x.id === id) return x; const r = find(x.children); if (r) return r; }
    })(NQ16.outline)!);
    const at = texts.indexOf(title);
    expect(at).toBeGreaterThan(texts.findIndex((t) => t.startsWith(after)));
    expect(texts.findIndex((t) => t.startsWith(before))).toBeGreaterThan(at);
  });
});

describe('one insertion at a time', () => {
  test('a second insertion while one runs is refused (whatever the task pane does); one copy is inserted', async () => {
    const d = fromMarkup('Đoạn có sẵn.');
    const port = portFor(d);
    const first = port.insertSkeleton(blocks(), 'end');
    expect(port.busy()).toBe(true);
    await expect(port.insertSkeleton(blocks(), 'end')).rejects.toMatchObject({ code: 'busy' });
    await expect(port.insertMissing(NQ16, ['p1.i'], 'huyen')).rejects.toMatchObject({ code: 'busy' });
    await first;
    expect(port.busy()).toBe(false);
    expect(visible(d).filter((t) => t === 'I. KHÁI QUÁT TÌNH HÌNH')).toHaveLength(1);
  });

  test('a check asked for during an insertion reads the document once the insertion is complete', async () => {
    const d = fromMarkup('Đoạn có sẵn.');
    d.failures.concurrentRun = true;
    const port = portFor(d);
    const inserting = port.insertSkeleton(blocks(), 'end');
    const read = port.read();
    await inserting;
    const model = await read;
    expect(model.paragraphs).toHaveLength(d.paras.length);
    expect(model.reading?.roundTrips).toBe(2);
  });

  test('without the queue, Word refuses a second run while one is in progress (office-js#1225)', async () => {
    const d = fromMarkup('Đoạn có sẵn.');
    d.failures.concurrentRun = true;
    const { fakeRun } = await import('./fake-word');
    const run = fakeRun(d);
    const slow = run(async (c: never) => insertRuns(c, [{ anchor: { end: (c as { document: { body: never } }).document.body }, blocks: blocks() }]));
    await expect(run(async (c: never) => readDocument(c))).rejects.toThrow(/previous call/);
    await slow;
  });
});

test('new paragraphs are never anchored on a content control (NotAllowed on the web, office-js#53)', async () => {
  const d = fromMarkup('{cc=x} Trong khung.');
  d.failures.ccInsertParagraph = true;
  d.selection = [d.paras[0]];
  await portFor(d).insertSkeleton(blocks(), 'cursor');
  expect(visible(d)[0]).toBe('Trong khung.');
  expect(visible(d)[1]).toMatch(/^Phần thứ nhất/);
  expect(d.ccs.filter((c) => c.tag.startsWith('decuong:g:')).length).toBeGreaterThan(20);
});

test('cancel between batches: the insertion stops, what went in stays marked and "Gỡ phần khung chưa viết" takes it out', async () => {
  const d = fromMarkup('Đoạn của người viết.');
  d.selection = [d.paras[0]];
  const before = visible(d);
  const seen: Array<[number, number]> = [];
  const out = await portFor(d).insertSkeleton(blocks(), 'end', (done, total) => {
    seen.push([done, total]);
    return false; // the writer pressed "Dừng" after the first batch
  });
  expect(out.cancelled).toBe(true);
  expect(seen).toHaveLength(1);
  expect(seen[0][0]).toBeLessThan(seen[0][1]);
  expect(out.paragraphs).toBeGreaterThan(0);
  const added = d.paras.slice(1);
  expect(added.length).toBeGreaterThan(0);
  expect(added.length).toBeLessThan(blocks().length);
  expect(added.every((p) => p.cell || hasMark(p.text) || p.text === '')).toBe(true);
  await portFor(d).removeUnwritten([NQ16]);
  expect(visible(d)).toEqual(before);
});
