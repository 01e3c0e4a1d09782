/** "Chèn bảng chỉ tiêu": the section's indicators with their targets, at the cursor, nothing of the writer's moved; removable until written into. */
import { check } from '../../src/core/check';
import { INDICATOR_CAPTION, INDICATOR_HEADER } from '../../src/core/indicator-table';
import { stripMark } from '../../src/word/marker';
import { NQ16, fake, portFor, sample, visible } from './helpers';

async function setUp() {
  const d = fake(await sample());
  const port = portFor(d);
  const r = check(await port.read(), NQ16, {});
  const h = r.sections.find((s) => s.id === 'p1.iii.1')!.paragraph!;
  d.selection = [d.paras[h]];
  return { d, port, h };
}

test('the table goes after the paragraph at the cursor: header, one row per indicator, targets in Vietnamese format; the writer\'s text kept in order', async () => {
  const { d, port, h } = await setUp();
  const before = visible(d);
  const old = new Set(d.paras);
  expect(await port.insertIndicatorTable!(NQ16, 'p1.iii.1')).toBe(true);
  expect(stripMark(d.paras[h + 1].text)).toBe(INDICATOR_CAPTION);
  const cells = d.paras.filter((p) => p.cell && d.paras.indexOf(p) > h + 1 && d.paras.indexOf(p) < h + 200);
  const table = cells[0].cell!.table;
  const rows = new Map<number, string[]>();
  for (const p of d.paras.filter((x) => x.cell?.table === table)) rows.set(p.cell!.row, [...(rows.get(p.cell!.row) ?? []), stripMark(p.text)]);
  const n = NQ16.indicators.filter((i) => i.section === 'p1.iii.1').length;
  expect(rows.size).toBe(n + 1);
  expect(rows.get(0)).toEqual(INDICATOR_HEADER);
  const all = [...rows.values()];
  expect(all).toContainEqual(['Diện tích đất trồng lúa kém hiệu quả chuyển đổi thêm sang cây trồng khác', 'ha', '≥ 2.000 ha (năm 2025)', '', '']);
  expect(all).toContainEqual(['Tỷ lệ số thôn đạt chuẩn nông thôn mới', '%', '≥ 85% (năm 2025)', '', '']);
  // nothing of the writer's lost or moved: the old paragraphs are all there, in order
  expect(d.paras.filter((p) => old.has(p)).map((p) => stripMark(p.text))).toEqual(before);
  expect(d.paras.filter((p) => !old.has(p))).toHaveLength(1 + (n + 1) * 5);
});

test('"Gỡ phần khung chưa viết" removes it untouched, and keeps it once Thực hiện is typed', async () => {
  const { d, port } = await setUp();
  const before = visible(d);
  await port.insertIndicatorTable!(NQ16, 'p1.iii.1');
  expect((await port.removeUnwritten([NQ16])).tables).toBe(1);
  expect(visible(d)).toEqual(before);

  await port.insertIndicatorTable!(NQ16, 'p1.iii.1');
  const done = d.paras.find((p) => p.cell && p.cell.row === 1 && p.cell.cell === 3 && d.paras.some((q) => q.cell?.table === p.cell!.table && stripMark(q.text) === 'Thực hiện'))!;
  d.paras[d.paras.indexOf(done)].text = '5';
  expect((await port.removeUnwritten([NQ16])).tables).toBe(0);
  expect(visible(d)).toContain('5');
});

test('a section the template gives no indicator: nothing inserted', async () => {
  const { d, port } = await setUp();
  const writes = d.writes.length;
  expect(await port.insertIndicatorTable!(NQ16, 'p1.ii.1')).toBe(false);
  expect(d.writes.length).toBe(writes);
});

test('an unfilled table changes nothing the check finds: its targets are not read as results', async () => {
  const { d, port } = await setUp();
  const r0 = check(await port.read(), NQ16, {});
  await port.insertIndicatorTable!(NQ16, 'p1.iii.1');
  expect(d.paras.some((p) => p.cell && p.text.includes('≥ 85%'))).toBe(true);
  const r1 = check(await port.read(), NQ16, {});
  expect(r1.indicators.map((i) => [i.id, i.status, i.value])).toEqual(r0.indicators.map((i) => [i.id, i.status, i.value]));
  expect(r1.findings.map((f) => f.code).sort()).toEqual(r0.findings.map((f) => f.code).sort());
});
