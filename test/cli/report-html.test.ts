/** The HTML report (`decuong check --format html`): for people, grouped by section, with checklist and indicators. */
import { join } from 'path';
import { cli } from '../helpers';

const SAMPLE = join(__dirname, '../../samples/bao-cao-mau.docx');

describe('decuong check --format html on the sample report', () => {
  let html = '';
  let text = '';
  beforeAll(async () => {
    html = (await cli(['check', SAMPLE, '--format', 'html'])).out;
    // the words a reader sees, without markup and the stylesheet
    text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  });

  test('no developer words: no rule codes, no paragraph numbers, no English statuses, no doubled tool name', () => {
    expect(text).not.toMatch(/\b(warning|error|met|not-met|not-quoted|missing-section|indicator-below-target|claim-contradiction|empty-section)\b/);
    expect(text).not.toMatch(/¶/);
    expect(text).not.toMatch(/decuong decuong|cấp tinh/);
    expect(text).not.toMatch(/\(\d+\)\. /);
  });

  test('verdict, progress, template title and level in words', () => {
    expect(text).toMatch(/Chưa sẵn sàng nộp: 3 lỗi, 3 lưu ý · 44\/46 mục đã viết/);
    expect(text).toMatch(/Mẫu báo cáo: Báo cáo sơ kết 03 năm/);
    expect(text).toMatch(/cấp tỉnh/);
  });

  test('findings grouped under their section with its path, errors first', () => {
    const i = text.indexOf('1. Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu');
    expect(i).toBeGreaterThan(0);
    const group = text.slice(i, text.indexOf('Phần thứ nhất › IV › 3'));
    expect(group.indexOf('Lỗi:')).toBeLessThan(group.indexOf('Lưu ý:'));
    expect(html).toMatch(/<span class="path">Phần thứ nhất › [IVX]+ › 1<\/span>/);
  });

  test('an empty section does not repeat its title as a quote', () => {
    const g = text.slice(text.indexOf('Phần thứ hai › I › 2'), text.indexOf('Chỉ tiêu Mục tiêu'));
    expect(g.split('Xu hướng phát triển nông thôn mới').length - 1).toBe(2); // heading and message, no quote
  });

  test('the same sentence is quoted once in a section', () => {
    expect(text.split('« có 36 xã đạt chuẩn').length - 1).toBe(1);
  });

  test('indicators with Vietnamese numbers and units, and the outline checklist', () => {
    expect(text).toMatch(/Tỷ lệ số thôn đạt chuẩn nông thôn mới ≥ 85% 84,9% Chưa đạt/);
    expect(text).toMatch(/Các mục của đề cương — 44\/46 mục đã viết/);
    expect(text).toMatch(/3\. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan Thiếu/);
  });

  test('reads on a phone and prints on A4', () => {
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/@media \(max-width:600px\)/);
    expect(html).toMatch(/@page\{size:A4/);
  });
});
