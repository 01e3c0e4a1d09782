/**
 * Correct passages written by another hand (session 17) to catch a careless checker: totals and their parts, shares of a total or of
 * something else named after them, lists that are not complete, counts and their names, bands, several kinds, notes, fractions whose
 * percentage is of another thing, several years in one sentence. Every sum and percentage was computed before they were written.
 * Placed in a clean report's section on resources, none may raise a finding the clean report does not raise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, nq16, results, MET } from './doc';

const passages = JSON.parse(readFileSync(join(__dirname, '../fixtures/correct-passages.json'), 'utf8')) as Array<{ id: string; lines: string[]; kind: string; note: string }>;
const pack = builtinPack('nq16-so-ket-3-nam')!;
const key = (f: { code: string; message: { vi: string } }) => `${f.code} ${f.message.vi}`;
const clean = new Set(check(doc(nq16({ 'p1.iii.2.5': 'Huy động nguồn lực.', ...results(MET) })), pack).findings.map(key));

test('the passages are many and of every kind', () => {
  expect(passages.length).toBeGreaterThanOrEqual(50);
  expect(new Set(passages.map((p) => p.kind.split(/\D/)[0])).size).toBeGreaterThanOrEqual(8);
});

test.each(passages.map((p) => [p.id, p] as const))('%s raises nothing', (_id, p) => {
  const r = check(doc(nq16({ 'p1.iii.2.5': ['Huy động nguồn lực.', ...p.lines].join('\n'), ...results(MET) })), pack);
  expect(r.findings.filter((f) => !clean.has(key(f))).map(key)).toEqual([]);
});
