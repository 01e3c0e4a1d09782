import { continuedTables } from '../../src/core/table-continued';
import { tables } from '../../src/core/model';
import { doc } from './doc';

const HEAD = '| TT | Nguồn vốn | Năm 2021 | Năm 2022 |';
const ROWS1 = ['| 1 | Ngân sách trung ương | 48 | 71 |', '| 2 | Ngân sách tỉnh | 12 | 22 |'];
const ROWS2 = ['| 3 | Vốn tín dụng | 412 | 689 |', '| | Tổng cộng | 472 | 782 |'];
/** Two pieces of a table and the lines between them, as markup (a blank markup line parts two tables). */
const pieces = (between: string[], head2 = HEAD, rows1 = ROWS1) => doc(['Bảng 1. Nguồn vốn (tỷ đồng)', HEAD, ...rows1, ...between, head2, ...ROWS2].join('\n'));
const shape = (d: ReturnType<typeof doc>) => tables(continuedTables(d)).map((t) => t.rows.map((r) => r[1]));

describe('continuedTables: a table broken over a page read as one (session 58, nyu04)', () => {
  test('the page\'s number between, the header typed again: one table, the repeated header left out', () => {
    expect(shape(pieces(['- 8 -']))).toEqual([['Nguồn vốn', 'Ngân sách trung ương', 'Ngân sách tỉnh', 'Vốn tín dụng', 'Tổng cộng']]);
  });
  test('"Trang 8" between alike', () => {
    expect(shape(pieces(['Trang 8']))).toHaveLength(1);
  });
  test('a caption of another table between: two tables', () => {
    expect(shape(pieces(['Bảng 2. Nguồn vốn năm 2023 (tỷ đồng)']))).toHaveLength(2);
  });
  test('another header: two tables', () => {
    expect(shape(pieces(['- 8 -'], '| TT | Nguồn vốn | Năm 2023 | Năm 2024 |'))).toHaveLength(2);
  });
  test('the first piece closed by a total row of its own: two tables', () => {
    expect(shape(pieces(['- 8 -'], HEAD, [...ROWS1, '| | Cộng | 60 | 93 |']))).toHaveLength(2);
  });
  test('rows numbered again from 1 after the break: a table of its own (review-58 A13)', () => {
    const restarted = doc(['Bảng 1. Nguồn vốn (tỷ đồng)', HEAD, ...ROWS1, '- 8 -', HEAD, '| 1 | Vốn tín dụng | 412 | 689 |', '| | Tổng cộng | 472 | 782 |'].join('\n'));
    expect(shape(restarted)).toHaveLength(2);
  });
  test('the first piece opening on its own total row: whole, a table of its own (review-58 A1)', () => {
    expect(shape(pieces(['- 9 -'], HEAD, ['| | Tổng cộng | 60 | 93 |', ...ROWS1]))).toHaveLength(2);
  });
  test('the paragraphs keep their indices and the later rows their text', () => {
    const d = pieces(['- 8 -']);
    const c = continuedTables(d);
    expect(c.paragraphs).toHaveLength(d.paragraphs.length);
    expect(c.paragraphs.map((p) => p.index)).toEqual(d.paragraphs.map((p) => p.index));
    expect(c.paragraphs.filter((p) => p.text === 'Vốn tín dụng')).toHaveLength(1);
  });
});
