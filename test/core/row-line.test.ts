import { rowLine } from '../../src/core/text';
import { tables } from '../../src/core/model';

describe('a table row as one line', () => {
  test('a cell merged over two columns ("Tổng cộng" spanning TT and Nguồn vốn) is said once', () => {
    const doc = {
      paragraphs: [
        { index: 0, text: 'TT', cell: { table: 0, row: 0, cell: 0, col: 0 } },
        { index: 1, text: 'Nguồn vốn', cell: { table: 0, row: 0, cell: 1, col: 1 } },
        { index: 2, text: 'Kinh phí', cell: { table: 0, row: 0, cell: 2, col: 2 } },
        { index: 3, text: 'Tổng cộng', cell: { table: 0, row: 1, cell: 0, col: 0, span: 2 } },
        { index: 4, text: '1.268,4', cell: { table: 0, row: 1, cell: 1, col: 2 } },
      ],
    };
    const [t] = tables(doc);
    expect(t.rows[1]).toEqual(['Tổng cộng', 'Tổng cộng', '1.268,4']);
    expect(rowLine(t.rows[1], t.covered[1])).toBe('Tổng cộng | 1.268,4');
  });
  test('equal figures in columns of their own are each kept', () => {
    expect(rowLine(['Xã Hải Thượng', '12', '12', '100'], undefined)).toBe('Xã Hải Thượng | 12 | 12 | 100');
  });
});
