/** The outline's guidance left in its control above the writer's text: said beside the verdict, not a finding (walk63, item 2). */
import { check } from '../../src/core/check';
import { templateNotices } from '../../src/core/format/words';
import { toJson } from '../../src/core/format/json';
import { builtinPack } from '../../src/packs/builtin';
import { doc, MET, nq16, outline, results } from './doc';

const pack = builtinPack('nq16-so-ket-3-nam')!;
const G = '{cc=decuong:g:nq16-so-ket-3-nam:p1.i}';
const written = 'Huyện có 17 xã, 1 thị trấn, diện tích tự nhiên 421 km², dân số 132.450 người.';

test('the guidance box left whole above the writer\'s text: counted, said beside the verdict, no finding', () => {
  const r = check(doc(nq16({ ...results(MET), 'p1.i': [`${G}- Đặc điểm tình hình chung.`, `${G}- Những thuận lợi, khó khăn tác động đến việc thực hiện Nghị quyết số 16-NQ/TU.`, written].join('\n') })), pack, { level: 'huyen' });
  expect(r.guidanceLeft?.count).toBe(2);
  expect(r.findings.filter((f) => f.section === 'p1.i')).toEqual([]);
  expect(templateNotices(r, 'vi').join(' ')).toMatch(/Còn 2 đoạn hướng dẫn của đề cương trong các mục đã viết: xóa trước khi nộp, kẻo in ra cùng báo cáo/);
  expect(toJson([r], 'vi').reports[0].guidanceLeft).toEqual(r.guidanceLeft);
});

test('none said when the writer typed over the box, or in it beside a line of it (the placeholder rule\'s), or answered "Không có." in it, or where the item holds only its guidance (empty-section says that) — code review of session 63, items 1, 2', () => {
  const beside = check(doc(nq16({ ...results(MET), 'p1.i': [`${G}${written}`, `${G}- Những thuận lợi, khó khăn tác động đến việc thực hiện Nghị quyết số 16-NQ/TU.`].join('\n') })), pack, { level: 'huyen' });
  expect(beside.guidanceLeft).toBeUndefined();
  expect(beside.findings.filter((f) => f.code === 'placeholder' && f.section === 'p1.i')).toHaveLength(1);
  const dp = builtinPack('ntm-so-ket-2021-2023-dia-phuong')!;
  const none = check(doc(outline('ntm-so-ket-2021-2023-dia-phuong', { 'no-dong-xdcb': '{cc=decuong:g:ntm-so-ket-2021-2023-dia-phuong:no-dong-xdcb} Không có.' })), dp, { level: 'huyen' });
  expect(none.guidanceLeft).toBeUndefined();
  expect(none.findings.filter((f) => f.section === 'no-dong-xdcb' && f.code !== 'placeholder')).toEqual([]); // (the test outline's heading keeps "(nếu có)": the pane's drops it)
  const over = check(doc(nq16({ ...results(MET), 'p1.i': `${G}${written}` })), pack, { level: 'huyen' });
  expect(over.guidanceLeft).toBeUndefined();
  const empty = check(doc(nq16({ ...results(MET), 'p1.i': `${G}- Đặc điểm tình hình chung.` })), pack, { level: 'huyen' });
  expect(empty.guidanceLeft).toBeUndefined();
  expect(empty.findings.some((f) => f.code === 'empty-section' && f.section === 'p1.i')).toBe(true);
});
