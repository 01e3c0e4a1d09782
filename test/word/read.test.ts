/** Reading the open document: the same model as the .docx reader, few round trips, nothing written, failures said. */
import { check } from '../../src/core/check';
import { builtinPacks } from '../../src/packs/builtin';
import { readDocument, PAGE } from '../../src/word/read';
import { doc as markup } from '../core/doc';
import { FakeDocument } from './fake-word';
import { ctx, fixture, NQ16, sized, snapshot } from './helpers';

const pick = (m: { paragraphs: Array<Record<string, unknown>> }) => m.paragraphs.map((p) => [p.text, p.styleLevel, p.numLabel, p.cell && { table: (p.cell as { table: number }).table, row: (p.cell as { row: number }).row, cell: (p.cell as { cell: number }).cell }, p.bold ?? false, p.boldStart ?? false, p.italic ?? false, p.italicStart ?? false, p.underline ?? false, p.isList ?? false, p.tags]);

describe('reading the open document', () => {
  test.each(['v01-tinh-nq16.docx', 'v02-huyen-nq16-tu-dong.docx', 'v03-huyen-so-ket-2021-2023.docx'])('%s: Word gives the same model and the same check as the .docx reader', async (name) => {
    const fromFile = await fixture(name);
    const d = FakeDocument.fromModel(fromFile);
    const r = await readDocument(ctx(d));
    expect(r.notes).toEqual([]);
    // Word tells no grid column of a merged cell: the cell's place in its row is compared
    expect(pick(r.model as never)).toEqual(pick(fromFile as never));
    const pack = builtinPacks().find((p) => name.includes('nq16') ? p.id === NQ16.id : p.id === 'ntm-so-ket-2021-2023-dia-phuong')!;
    expect(check(r.model, pack).findings).toEqual(check(fromFile, pack).findings);
  });

  test('round trips: 2 for any document up to a page, one more per page beyond, said in the result', async () => {
    const small = await readDocument(ctx(sized(50)));
    const full = await readDocument(ctx(sized(PAGE)));
    const large = sized(5000);
    const big = await readDocument(ctx(large));
    expect(small.syncs).toBe(2);
    expect(full.syncs).toBe(3); // a full page asks for the next one, which is empty
    expect(big.model.paragraphs).toHaveLength(5000);
    expect(big.syncs).toBe(Math.ceil(5000 / PAGE) + 1 + 1);
    expect(large.syncs).toBe(big.syncs);
  });

  test('an underline Word reports for the whole paragraph is read; "Mixed" (part underlined) and "None" are not', async () => {
    const d = FakeDocument.fromModel(markup('{u} Kết quả thực hiện:\nKiến nghị, đề xuất:\nNhiệm vụ, giải pháp:'));
    d.paras[1].underline = 'Mixed';
    d.paras[2].underline = 'Double';
    const { model } = await readDocument(ctx(d));
    expect(model.paragraphs.map((p) => !!p.underline)).toEqual([true, false, true]);
  });

  test('a read performs no write at all', async () => {
    const d = FakeDocument.fromModel(await fixture('v01-tinh-nq16.docx'));
    const before = snapshot(d);
    const { model } = await readDocument(ctx(d));
    check(model, NQ16);
    expect(d.writes).toEqual([]);
    expect(snapshot(d)).toBe(before);
  });

  test('isNullObject is never loaded as a path (a strict host refuses it): tags and cells come through on the first try', async () => {
    const m = markup('Một\n| TT | Nội dung |\n| 1 | Hội nghị |\nHai');
    m.paragraphs[0].tags = ['decuong:g:nq16-so-ket-3-nam:p1.i'];
    const r = await readDocument(ctx(FakeDocument.fromModel(m)));
    expect(r.notes).toEqual([]);
    expect(r.syncs).toBe(2);
    expect(r.model.paragraphs[0].tags).toEqual(['decuong:g:nq16-so-ket-3-nam:p1.i']);
    expect(r.model.paragraphs.filter((p) => p.cell).map((p) => p.cell)).toEqual([
      { table: 0, row: 0, cell: 0 }, { table: 0, row: 0, cell: 1 }, { table: 0, row: 1, cell: 0 }, { table: 0, row: 1, cell: 1 },
    ]);
  });

  test('tables keep their rows and cells: several paragraphs in a cell, empty cells, two tables', async () => {
    const m = markup('Trước\n| TT | Nội dung | Ghi chú |\n|  |  |  |\n| 2 | Hai | |\nGiữa\n| A | B |\nSau');
    // a cell of two paragraphs: "Hội nghị" then "sơ kết"
    const cell = m.paragraphs.findIndex((p) => p.text === 'Hai');
    m.paragraphs.splice(cell + 1, 0, { index: 0, text: 'sơ kết', cell: { ...m.paragraphs[cell].cell! } });
    m.paragraphs.forEach((p, i) => (p.index = i));
    const r = await readDocument(ctx(FakeDocument.fromModel(m)));
    expect(r.model.paragraphs.map((p) => p.cell && [p.cell.table, p.cell.row, p.cell.cell])).toEqual(m.paragraphs.map((p) => p.cell && [p.cell.table, p.cell.row, p.cell.cell]));
    expect(r.notes).toEqual([]);
  });

  test('body text at outline level 9 or 10 is no heading; levels 1–8 of other styles are', async () => {
    const m = markup('Tiêu đề\nĐoạn thường');
    const d = FakeDocument.fromModel(m);
    d.paras[0].outlineLevel = 2;
    d.paras[0].styleBuiltIn = 'Other';
    d.paras[1].outlineLevel = 9;
    const r = await readDocument(ctx(d));
    expect(r.model.paragraphs.map((p) => p.styleLevel)).toEqual([2, undefined]);
    d.failures.bodyOutlineLevel9 = true;
    d.paras[1].outlineLevel = 10;
    expect((await readDocument(ctx(d))).model.paragraphs[1].styleLevel).toBeUndefined();
  });

  test('list labels under tracked changes (web, office-js#5901): only the failing paragraphs lose their labels', async () => {
    const d = sized(200);
    const lists = d.paras.filter((p) => p.listString !== undefined);
    lists[3].tracked = true;
    lists[17].tracked = true;
    d.failures.listItemTracked = true;
    const r = await readDocument(ctx(d));
    const labels = r.model.paragraphs.filter((p) => p.isList).map((p) => p.numLabel);
    expect(labels.filter((l) => !l)).toHaveLength(2);
    expect(labels.filter(Boolean)).toHaveLength(lists.length - 2);
    expect(r.model.paragraphs.filter((p) => p.isList)[3].numLabel).toBeUndefined();
    expect(r.notes).toEqual([{ code: 'list-labels-lost', count: 2 }]);
    // the tables still came through
    expect(r.model.paragraphs.filter((p) => p.cell).every((p) => p.cell!.row <= 1)).toBe(true);
    expect(r.model.paragraphs.filter((p) => p.cell && p.cell.row === 1 && p.cell.cell === 1)[0].text).toBe('Hội nghị');
  });

  test('a host that refuses parent objects as collection paths: read without tags, said', async () => {
    const m = markup('Một\nHai');
    m.paragraphs[0].tags = ['decuong:g:nq16-so-ket-3-nam:p1.i'];
    const d = FakeDocument.fromModel(m);
    d.failures.nestedPathsRejected = true;
    const r = await readDocument(ctx(d));
    expect(r.model.paragraphs.map((p) => p.text)).toEqual(['Một', 'Hai']);
    expect(r.model.paragraphs[0].tags).toBeUndefined();
    expect(r.notes).toEqual([{ code: 'no-tags' }]);
  });

  test('a payload limit (web): pages get smaller until a response fits; a one-page read of the same document fails', async () => {
    const d = sized(3000);
    d.failures.payloadLimit = 60_000;
    // the whole document in one response is refused
    const c = ctx(d);
    c.document.body.paragraphs.load('items/text,items/style,items/styleBuiltIn');
    await expect(c.sync()).rejects.toThrow(/too large/);
    const r = await readDocument(ctx(d), { page: 2000 });
    expect(r.model.paragraphs).toHaveLength(3000);
    expect(r.notes).toContainEqual({ code: 'smaller-pages' });
    expect(d.writes).toEqual([]);
  });
});

describe('a merged cell in a table row', () => {
  test('the place a merged cell covers holds no paragraph: the row\'s later cells keep their columns (walk45, item 3)', async () => {
    const m = markup('Trước\n| TT | Xã | Số thôn | Đạt |\n| 1 | Kỳ Hà | 7 | 7 |\n| Tổng cộng | | 31 | 27 |\nSau');
    // Word's "Tổng cộng" spans TT and Xã: the covered cell has no paragraph of its own, the table's values an empty text there
    const covered = m.paragraphs.findIndex((p, i) => p.cell?.row === 2 && p.cell.cell === 1 && i > 0);
    m.paragraphs.splice(covered, 1);
    m.paragraphs.forEach((p, i) => (p.index = i));
    const r = await readDocument(ctx(FakeDocument.fromModel(m)));
    const row = r.model.paragraphs.filter((p) => p.cell?.row === 2).map((p) => [p.text, p.cell!.cell]);
    expect(row).toEqual([['Tổng cộng', 0], ['31', 2], ['27', 3]]);
  });
  test('Word lists a merged label as one cell, the row shorter than the others: a total row is widened to the grid, its figures under their columns (walk48, item 2)', async () => {
    const m = markup('Trước\n| TT | Nội dung | Số lớp/hội nghị | Lượt người |\n| 1 | Cấp huyện | 12 | 1.948 |\n| 2 | Cấp xã | 124 | 6.000 |\n| Cộng | 136 | 7.948 |\nSau');
    const r = await readDocument(ctx(FakeDocument.fromModel(m)));
    const row = r.model.paragraphs.filter((p) => p.cell?.row === 3).map((p) => [p.text, p.cell!.cell]);
    expect(row).toEqual([['Cộng', 0], ['136', 2], ['7.948', 3]]);
    // … not a short row of words, whose merged cell's place cannot be told (a header over two columns stays as Word gives it)
    const h = markup('Trước\n| TT | Nội dung | Kết quả |\n| 1 | Cấp huyện | 12 | 1.948 |\nSau');
    const rh = await readDocument(ctx(FakeDocument.fromModel(h)));
    expect(rh.model.paragraphs.filter((p) => p.cell?.row === 0).map((p) => p.cell!.cell)).toEqual([0, 1, 2]);
  });
});
