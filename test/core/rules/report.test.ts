/** What spans the rules: a whole report checked by all of them, the summary, the statuses, pack rule settings. */
import { check } from '../../../src/core/check';
import { builtinPack } from '../../../src/packs/builtin';
import { codes, doc, MET, MET_TINH, NQ16_HEAD, NQ16_HEADS, nq16, results, run, swap } from '../doc';

const huyen = (extra: Record<string, string> = {}, drop: string[] = []) => run(nq16({ ...results(MET), ...extra }, drop), undefined, 'huyen');

test('a complete, correct report is ready and raises nothing', () => {
  const r = huyen();
  expect(r.findings).toEqual([]);
  expect(r.summary.ready).toBe(true);
  expect(r.indicators.filter((i) => i.status === 'met').length).toBe(11);
});

test('a complete, correct tỉnh report is ready and raises nothing', () => {
  const r = run(nq16(results(MET_TINH), [], NQ16_HEADS.tinh), undefined, 'tinh');
  expect(r.findings).toEqual([]);
  expect(r.summary).toMatchObject({ ready: true, mapped: true });
  expect(r.level).toBe('tinh');
});

test('the level is detected from the header block', () => {
  expect(run(nq16(results(MET))).level).toBe('huyen');
  expect(run(nq16(results(MET_TINH), [], NQ16_HEADS.tinh)).level).toBe('tinh');
});

test('a missing item makes the report not ready', () => {
  const r = huyen({}, ['p1.iv.3']);
  expect(codes(r, 'missing-section').map((f) => f.section)).toEqual(['p1.iv.3']);
  expect(r.summary.ready).toBe(false);
  expect(r.sections.find((s) => s.id === 'p1.iv.3')?.status).toBe('missing');
});

test('warnings alone leave the report ready', () => {
  const r = huyen(results(MET.filter((l) => !l.includes('che phủ rừng'))));
  expect(codes(r, 'indicator-missing').map((f) => f.indicator)).toEqual(['che-phu-rung']);
  expect(r.summary).toMatchObject({ errors: 0, ready: true });
  expect(r.indicators.find((i) => i.id === 'che-phu-rung')?.status).toBe('not-quoted');
});

test('an indicator below target: the finding and the indicator status', () => {
  const r = huyen(results(swap(MET, 'lao động nông thôn qua đào tạo', 'Tỷ lệ lao động nông thôn qua đào tạo đạt 66,5%.')));
  expect(codes(r, 'indicator-below-target').map((f) => f.indicator)).toEqual(['lao-dong-dao-tao']);
  expect(r.indicators.find((i) => i.id === 'lao-dong-dao-tao')).toMatchObject({ status: 'not-met', value: 66.5 });
});

test('"còn 2 xã dưới 15 tiêu chí, đạt mục tiêu": below target and a contradicting claim', () => {
  const r = huyen(results(swap(MET, 'dưới 15', 'Toàn huyện còn 2 xã dưới 15 tiêu chí, đạt mục tiêu.')));
  expect(codes(r, 'indicator-below-target').map((f) => f.indicator)).toEqual(['xa-duoi-15-tieu-chi']);
  expect(codes(r, 'claim-contradiction').map((f) => f.indicator)).toEqual(['xa-duoi-15-tieu-chi']);
});

test('a run-in heading is found, its text fills the section, and its status is present', () => {
  const src = nq16(results(MET)).replace(/### 4\. Bài học kinh nghiệm\n[^\n]*/, '**4. Bài học kinh nghiệm:** Phải phát huy vai trò người đứng đầu cấp ủy.');
  const r = run(src, undefined, 'huyen');
  expect(codes(r, 'missing-section')).toEqual([]);
  expect(codes(r, 'empty-section')).toEqual([]);
  expect(r.sections.find((s) => s.id === 'p1.iv.4')?.status).toBe('present');
});

test('an empty section has the status empty', () => {
  expect(huyen({ 'p1.iv.4': 'Đang tổng hợp, báo cáo sau.' }).sections.find((s) => s.id === 'p1.iv.4')?.status).toBe('empty');
});

test('a document with no headings is never ready', () => {
  const r = run(`${NQ16_HEAD}\nMột đoạn văn bản không có đề mục nào cả, chỉ có nội dung chung chung.`);
  expect(r.summary).toMatchObject({ ready: false, mapped: false });
  expect(codes(r, 'unmapped-document')).toHaveLength(1);
});

test('the wrong pack is never ready, and only the rules that run unmapped report', () => {
  const r = run(nq16(results(MET)), 'ntm-so-ket-2021-2023-so-nganh');
  expect(r.summary).toMatchObject({ ready: false, mapped: false });
  expect(codes(r, 'unmapped-document')).toHaveLength(1);
  expect(r.findings.every((f) => f.code === 'unmapped-document' || f.code === 'placeholder')).toBe(true);
});

test('a pack can switch a rule off or change its severity', () => {
  const pack = builtinPack('nq16-so-ket-3-nam')!;
  const src = doc(nq16(results(MET.filter((l) => !l.includes('che phủ rừng'))), ['p1.iv.3']).replace('(Đính kèm các phụ lục)', ''));
  const off = check(src, { ...pack, rules: { 'missing-section': 'off', 'indicator-missing': 'error' } }, { level: 'huyen' });
  expect(off.findings.map((f) => [f.code, f.severity])).toEqual(expect.arrayContaining([['indicator-missing', 'error'], ['missing-appendix', 'warning']]));
  expect(codes(off, 'missing-section')).toEqual([]);
  expect(off.summary.ready).toBe(false);
});

test('`only` runs the named rules alone', () => {
  const src = doc(nq16(results(MET), ['p1.iv.3']).replace('(Đính kèm các phụ lục)', ''));
  const r = check(src, builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen', only: ['missing-appendix'] });
  expect(r.findings.map((f) => f.code)).toEqual(['missing-appendix']);
});
