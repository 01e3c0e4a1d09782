import { importOutline, parseMarker, splitTitle } from '../../src/packs/import-outline';
import { builtinPack } from '../../src/packs/builtin';
import { Pack, type Section, type SectionT } from '../../src/packs/schema';
import { seed, SEED_000 } from '../helpers';

type Tree = Array<{ number: string; title: string; children: Tree }>;
const shape = (l: Section[] | SectionT[]): Tree => l.map((s) => ({ number: s.number, title: s.title, children: shape(s.children) }));

describe('pack import', () => {
  test('importing the ĐỀ CƯƠNG of seed 000 reproduces the built-in nq16 tree (numbers, titles, nesting)', () => {
    const text = seed(SEED_000);
    const imported = importOutline(text.slice(text.indexOf('ĐỀ CƯƠNG')), { id: 'nq16-import' });
    expect(shape(imported.outline as SectionT[])).toEqual(shape(builtinPack('nq16-so-ket-3-nam')!.outline));
    expect(imported.appendices).toHaveLength(1);
    expect(Pack.safeParse(imported).success).toBe(true);
  });

  test('numbering schemes', () => {
    expect(parseMarker('Phần thứ nhất')).toMatchObject({ scheme: 'phan', number: 'Phần thứ nhất' });
    expect(parseMarker('PHẦN THỨ HAI: MỤC TIÊU')).toMatchObject({ scheme: 'phan', rest: 'MỤC TIÊU' });
    expect(parseMarker('I-DỰ BÁO TÌNH HÌNH')).toMatchObject({ scheme: 'roman', number: 'I', rest: 'DỰ BÁO TÌNH HÌNH' });
    expect(parseMarker('IV. Đề xuất')).toMatchObject({ scheme: 'roman', number: 'IV' });
    expect(parseMarker('2.1. Đánh giá')).toMatchObject({ scheme: 'decimal', number: '2.1' });
    expect(parseMarker('2.1.3 Đánh giá')).toMatchObject({ scheme: 'decimal', number: '2.1.3' });
    expect(parseMarker('3. Bài học')).toMatchObject({ scheme: 'arabic', number: '3' });
    expect(parseMarker('(11) Tăng cường')).toMatchObject({ scheme: 'paren', number: '(11)' });
    expect(parseMarker('b) Các Sở')).toMatchObject({ scheme: 'alpha', number: 'b)' });
    expect(parseMarker('- Quan điểm chỉ đạo;')).toMatchObject({ scheme: 'bullet' });
    expect(parseMarker('Việc sơ kết 3 năm')).toBeNull();
    expect(parseMarker('In the 1990s')).toBeNull();
  });

  test('title and guidance are split at the first sentence, keeping the source words', () => {
    expect(splitTitle('Những kết quả đạt được (*Đánh giá tổng quát những kết quả đạt được*).')).toEqual({
      title: 'Những kết quả đạt được',
      guidance: '*Đánh giá tổng quát những kết quả đạt được*',
    });
    expect(splitTitle('Bài học kinh nghiệm.')).toEqual({ title: 'Bài học kinh nghiệm', guidance: '' });
  });

  test('letters under numbers, bullets as sections, wrapped lines and capital headings', () => {
    const text = [
      'ĐỀ CƯƠNG BÁO CÁO',
      'I. KẾT QUẢ',
      '1. Nội dung sơ kết',
      'a) UBND các huyện, thị xã, thành phố',
      '- Đánh giá về kết quả công tác tổ chức, triển khai thực hiện',
      'Chương trình ở các cấp;',
      '- Đề xuất, kiến nghị đối với cấp trên.',
      'b) Các Sở, Ban, ngành',
      '2. Thời gian gửi báo cáo',
      'II. TỔ CHỨC THỰC HIỆN',
      'NHỮNG VIỆC CẦN LÀM NGAY',
    ].join('\n');
    const p = importOutline(text, { id: 't', bulletSections: true });
    const tree = shape(p.outline as SectionT[]);
    expect(tree.map((s) => s.number)).toEqual(['I', 'II']);
    const a = tree[0].children[0].children[0];
    expect(a.number).toBe('a)');
    expect(a.children.map((c) => c.title)).toEqual([
      'Đánh giá về kết quả công tác tổ chức, triển khai thực hiện Chương trình ở các cấp',
      'Đề xuất, kiến nghị đối với cấp trên',
    ]);
    expect(tree[0].children[0].children[1].number).toBe('b)');
    expect(tree[0].children[1].number).toBe('2');
    expect(tree[1].children[0].title).toBe('NHỮNG VIỆC CẦN LÀM NGAY');
    expect(Pack.safeParse(p).success).toBe(true);
  });

  test('bullets default to guidance of the item above', () => {
    const p = importOutline('I. KHÁI QUÁT\n- Đặc điểm tình hình chung.\n- Thuận lợi, khó khăn.', { id: 't' });
    expect(p.outline).toHaveLength(1);
    expect((p.outline[0] as SectionT).children).toHaveLength(0);
    expect((p.outline[0] as SectionT).guidance).toContain('Đặc điểm tình hình chung');
  });
});
