/** findingKey: one key per finding, so that "Bỏ qua" in the pane hides one finding, not every one that quotes nothing (walk63, item 4). */
import { check } from '../../src/core/check';
import { findingKey } from '../../src/core/format/groups';
import { builtinPack } from '../../src/packs/builtin';
import { doc, MET, nq16, results } from './doc';

const pack = builtinPack('nq16-so-ket-3-nam')!;

test('topics missing from one item, quoting nothing: each its own key', () => {
  const r = check(doc(nq16({ ...results(MET), 'p1.iii.2.3': 'Huyện triển khai lồng ghép các chương trình chuyên đề với xây dựng nông thôn mới.' })), pack, { level: 'huyen' });
  const topics = r.findings.filter((f) => f.code === 'missing-topic');
  expect(topics.length).toBeGreaterThanOrEqual(3);
  expect(topics.every((f) => !f.excerpt)).toBe(true);
  expect(new Set(topics.map(findingKey)).size).toBe(topics.length);
});

test('… and each keeps its key when the writer rewords the item\'s heading (code review of session 63, item 5)', () => {
  const with_ = (heading: string) => {
    const src = nq16({ ...results(MET), 'p1.iii.2.3': 'Huyện triển khai lồng ghép các chương trình chuyên đề với xây dựng nông thôn mới.' });
    const r = check(doc(src.replace(/^(#+ )(?:\S+ )?Đánh giá kết quả thực hiện 06 chương trình chuyên đề.*$/mu, `$1${heading}`)), pack, { level: 'huyen' });
    return r.findings.filter((f) => f.code === 'missing-topic').map(findingKey).sort();
  };
  const a = with_('2.3. Đánh giá kết quả thực hiện 06 chương trình chuyên đề');
  expect(a.length).toBeGreaterThanOrEqual(3);
  expect(with_('2.3- Kết quả thực hiện các chương trình chuyên đề của huyện')).toEqual(a);
});

test('a finding keeps its key when the writer types elsewhere (paragraph numbers move)', () => {
  const before = check(doc(nq16({ ...results([...MET, 'Có 1.205/1.512 hộ sử dụng nước hợp vệ sinh (79,9%).']) })), pack, { level: 'huyen' });
  const after = check(doc(nq16({ ...results([...MET, 'Có 1.205/1.512 hộ sử dụng nước hợp vệ sinh (79,9%).']), 'p1.i': 'Huyện có 19 xã.\nDân số 98.000 người.\nDiện tích tự nhiên 421 km².' })), pack, { level: 'huyen' });
  const key = (r: typeof before) => r.findings.filter((f) => f.code === 'arithmetic-mismatch').map(findingKey);
  expect(key(before)).toHaveLength(1);
  expect(key(after)).toEqual(key(before));
});
