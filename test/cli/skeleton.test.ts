/** decuong skeleton: the outline as a .docx that the checker reads back as complete but empty. */
import { cli } from '../helpers';
import { readDocx } from '../../src/docx/read-docx';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';

test('the skeleton .docx maps onto its pack: every section present, all empty, not ready', async () => {
  const r = await cli(['skeleton', '--pack', 'nq16-so-ket-3-nam', '--level', 'huyen', '--header', '--out', 'khung.docx']);
  expect(r.code).toBe(0);
  const bytes = r.bytes['khung.docx'];
  expect(bytes.length).toBeGreaterThan(1000);
  const doc = await readDocx(bytes);
  const rep = check(doc, builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
  expect(rep.summary.mapped).toBe(true);
  expect(rep.findings.filter((f) => f.code === 'missing-section' || f.code === 'section-order')).toEqual([]);
  // nothing the outline puts under a heading (guidance, a danh mục caption, an empty table) is the writer's text
  expect(rep.sections.filter((s) => s.status !== 'empty' && s.status !== 'not-applicable').map((s) => s.id)).toEqual([]);
  // one finding a part, not one a heading: the outermost empty section is reported
  expect(rep.findings.filter((f) => f.code === 'empty-section').map((f) => f.section)).toEqual(['p1', 'p2']);
  expect(rep.findings.some((f) => f.code === 'placeholder')).toBe(true); // the header's "Số: /BC-…" is left to fill
  expect(rep.summary.ready).toBe(false);
});

test('a skeleton made for a level records it and is checked at that level though its header names none; one made for none records none (walk44, item 10)', async () => {
  const xa = await cli(['skeleton', '--pack', 'ntm-so-ket-2021-2023-dia-phuong', '--level', 'xa', '--out', 'khung-xa.docx']);
  const doc = await readDocx(xa.bytes['khung-xa.docx']);
  expect(doc.recorded).toEqual({ level: 'xa' });
  expect(check(doc, builtinPack('ntm-so-ket-2021-2023-dia-phuong')!).level).toBe('xa');
  // (a level given for the check still rules)
  expect(check(doc, builtinPack('ntm-so-ket-2021-2023-dia-phuong')!, { level: 'huyen' }).level).toBe('huyen');
  const none = await cli(['skeleton', '--pack', 'ntm-so-ket-2021-2023-dia-phuong', '--out', 'khung.docx']);
  const plain = await readDocx(none.bytes['khung.docx']);
  expect(plain.recorded).toBeUndefined();
  expect(check(plain, builtinPack('ntm-so-ket-2021-2023-dia-phuong')!).level).toBeUndefined();
});

test('a level the pack is not for is one clear line, exit 2, and no file (walk45, item 7)', async () => {
  const r = await cli(['skeleton', '--pack', 'ntm-so-ket-2021-2023-so-nganh', '--level', 'xa', '--out', 'k.docx']);
  expect(r.code).toBe(2);
  expect(r.err.trim()).toMatch(/^.*--level "xa": mẫu ntm-so-ket-2021-2023-so-nganh dành cho sở, ngành \(so-nganh\)/u);
  expect(r.bytes['k.docx']).toBeUndefined();
});

test('bad arguments are one clear line, exit 2', async () => {
  expect((await cli(['skeleton', '--pack', 'nope', '--out', 'a.docx'])).code).toBe(2);
  const r = await cli(['skeleton', '--pack', 'nq16-so-ket-3-nam', '--out', 'a.txt']);
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
});

test('no template named: one clear line and the templates there are, one a line, to pick from (walk52)', async () => {
  const r = await cli(['skeleton', '--out', 'k.docx']);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/thiếu --pack: chọn một mẫu báo cáo:/u);
  expect(r.err).toMatch(/^\s+nq16-so-ket-3-nam\s+Báo cáo sơ kết 03 năm/mu);
  expect(r.bytes['k.docx']).toBeUndefined();
});
