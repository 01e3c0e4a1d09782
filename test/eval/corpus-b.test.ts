/**
 * Corpus B (test/corpus-b: reports written by other hands, labelled before the checker ran) — its two halves
 * are checked in corpus-b-1 and corpus-b-2 — and real published text placed as context in clean reports, which
 * may raise no finding at all.
 */
import { corpusBNames, realTextAlarms } from '../../scripts/corpus-b/evaluate';
import { KNOWN_WRONG_VERDICTS } from './corpus-b-half';
import { RULES } from '../../src/core/rules';

test('corpus B holds at least 120 reports, and its known wrong verdicts (test/eval/corpus-b-half.ts) name reports of it; each half is checked in corpus-b-1 and corpus-b-2', () => {
  const all = new Set(corpusBNames());
  expect(all.size).toBeGreaterThanOrEqual(120);
  expect(KNOWN_WRONG_VERDICTS.filter((n) => !all.has(n))).toEqual([]);
});

test('real published text put as context into clean reports raises no finding', async () => {
  const { alarms, checks } = await realTextAlarms(['ba01-tinh-bcsd-bang-chi-tieu', 'ba04-huyen-hu-cam-lo-in-dam', 'ba09-xa-ubnd-vinh-ha-bang']);
  expect(checks).toBeGreaterThanOrEqual(300);
  expect(alarms.map((a) => `${a.id} in ${a.host}: ${a.finding.code} ${a.finding.message.vi}`)).toEqual([]);
}, 600_000);

test('every truth file\'s verdict follows its labels: "ready" exactly when no label is of a code whose severity is error (FORMAT.md)', () => {
  const { readdirSync, readFileSync } = require('fs') as typeof import('fs');
  const { join } = require('path') as typeof import('path');
  const dir = join(__dirname, '../corpus-b');
  const severity = new Map<string, string>(RULES.map((r) => [r.meta.code, r.meta.severity]));
  const wrong = readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => ({ f, t: JSON.parse(readFileSync(join(dir, f), 'utf8')) as { ready: boolean; labels: Array<{ code: string; snippet?: string }> } }))
    // (a placeholder label on the outline's leftover "(nếu có)" is the code's warning, as FORMAT.md says)
    .filter(({ t }) => t.ready !== !t.labels.some((l) => severity.get(l.code) === 'error' && !(l.code === 'placeholder' && /nếu có/u.test(l.snippet ?? ''))))
    .map(({ f }) => f);
  expect(severity.size).toBeGreaterThan(10);
  expect(wrong).toEqual([]);
});
