/**
 * The checker on generated labelled reports (the same generator as `npm run eval`, a small corpus
 * with its own seed): planted defects are found, nothing else is reported, and a report checked
 * against the wrong pack is never "ready".
 */
import { builtinPacks } from '../../src/packs/builtin';
import { writeDocx } from '../../src/docx/write-docx';
import { readDocx } from '../../src/docx/read-docx';
import { check } from '../../src/core/check';
import { identifyPack } from '../../src/core/identify';
import { generate } from '../../scripts/corpus/generate';
import { scoreCase, type Scores } from '../../scripts/corpus/score';

const packs = builtinPacks();
const N = 36;

test('generated reports: recall and precision ≥ 0.95 overall, the right pack chosen, wrong packs never ready', async () => {
  const scores: Scores = new Map();
  let wrongPackReady = 0;
  let rightPack = 0;
  for (let i = 0; i < N; i++) {
    const pack = packs[i % packs.length];
    const gc = generate(pack, 9000 + i);
    const doc = await readDocx(await writeDocx(gc.blocks));
    if (identifyPack(packs, doc)?.pack.id === pack.id) rightPack++;
    scoreCase(check(doc, pack), gc.labels, scores);
    const other = packs[(i + 1) % packs.length];
    if (check(doc, other).summary.ready) wrongPackReady++;
  }
  const all = [...scores.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  expect(all.tp + all.fn).toBeGreaterThan(40);
  expect(all.tp / (all.tp + all.fn)).toBeGreaterThanOrEqual(0.95);
  expect(all.tp / (all.tp + all.fp)).toBeGreaterThanOrEqual(0.95);
  expect(rightPack).toBe(N);
  expect(wrongPackReady).toBe(0);
}, 60_000);
