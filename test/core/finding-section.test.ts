/** A finding that points at a paragraph is grouped under the section that holds it; a flat outline shows no progress by part. */
import { check } from '../../src/core/check';
import { outlineProgress } from '../../src/core/format/words';
import { builtinPack } from '../../src/packs/builtin';
import { MET, doc, nq16, outline, results } from './doc';

test('an arithmetic finding (no section of its own) belongs to the deepest section whose text holds it', () => {
  const r = check(doc(nq16(results([...MET, 'Có 1.205/1.512 hộ đạt gia đình văn hóa (79,9%).']))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen', only: ['arithmetic-mismatch'] });
  expect(r.findings.map((f) => [f.code, f.section])).toEqual([['arithmetic-mismatch', 'p1.iii.1']]);
});

test('progress by part: given for an outline of parts, not for a flat one where each item would be its own part', () => {
  const parts = outlineProgress(check(doc(nq16(results(MET))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' })).parts;
  expect(parts.map((p) => p.id)).toEqual(['p1', 'p2']);
  const flat = check(doc(outline('ntm-so-ket-2021-2023-dia-phuong')), builtinPack('ntm-so-ket-2021-2023-dia-phuong')!, { level: 'xa' });
  expect(outlineProgress(flat).parts).toEqual([]);
});
