/**
 * One half of corpus B (every second report), checked as `npm run eval` checks it: the two halves are two
 * test files, so that jest checks them side by side. The floors are today's measured figures rounded down:
 * a change that loses recall or precision on reports the checker was not written against fails here.
 */
import { evaluateCorpusB } from '../../scripts/corpus-b/evaluate';
import type { Scores } from '../../scripts/corpus/score';

const sum = (s: Scores) => [...s.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });

/**
 * The reports whose verdict is known to be wrong, named, so that a new one fails and a mended one is struck off:
 * uc01 and xb04 since session 18 (a report from PDF; a plan claim across sentences). (dg05, a clean report whose outline is held
 * in tables with the numbers typed in the title cells, read "unmapped" in session 23, is mended since session 24.) on05 since session 32:
 * its only error is a list by year one short of its fraction ("11/11 xã …, gồm: năm 2013 có 02 xã, …"), a reading withdrawn after three
 * reviews found it raised false alarms on other lists by year. nti05 since session 37: its only error is a list after "trong đó" by year
 * with no colon, parted by ";" ("48,5 tỷ đồng, trong đó năm 2021: 12,6 tỷ đồng; năm 2022: 17,3 tỷ đồng; …"), a reading withdrawn after
 * reviews 37d and 37f found cumulative quarters, running half-years and levels written the same way.
 */
// (nuv01, released in session 41: its one error label is a change in points against the year before, a reading tried and backed out after
// its first review — review-41g; a KNOWN_GAP in arithmetic-mismatch's tests)
// (nyp05, released in session 57: its one error label is a list after a sentence that opens on "Trong đó:" whose parts pass the whole of the
// sentence before, a reading tried and backed out after review-57; a KNOWN_GAP in arithmetic-mismatch's tests)
export const KNOWN_WRONG_VERDICTS = ['nti05-huyen-ntm2123-duyxuyen', 'nuv01-huyen-nq16-trieu-phong', 'nyp05-xa-thamluan-tan-thoi', 'on05-huyen-tong-ket-nhon-trach', 'uc01-huyen-ninhson-nq16-pdf', 'xb04-so-nnptnt-tong-ket-thuy-loi'];

export function corpusBHalf(part: number): void {
  test(`corpus B, half ${part + 1} of 2: every pack chosen right, recall and precision at their floors, the verdicts right but the known ones, clean reports ready`, async () => {
    const scores: Scores = new Map();
    const cases = await evaluateCorpusB(scores, 'tuned', undefined, { part, of: 2 });
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => c.error)).toEqual([]);
    expect(cases.filter((c) => c.chosenPack !== c.truth.pack).map((c) => c.name)).toEqual([]);
    const all = sum(scores);
    expect(all.tp / (all.tp + all.fn)).toBeGreaterThanOrEqual(0.98);
    expect(all.tp / (all.tp + all.fp)).toBeGreaterThanOrEqual(0.98);
    // a report labelled clean must come out "sẵn sàng nộp" (ready), and a report with an error label must not
    const wrongVerdict = cases.filter((c) => c.report && c.report.summary.ready !== c.truth.ready).map((c) => c.name);
    const names = new Set(cases.map((c) => c.name));
    expect(wrongVerdict.sort()).toEqual(KNOWN_WRONG_VERDICTS.filter((n) => names.has(n)));
    const cleanNotReady = cases.filter((c) => c.truth.ready && !c.truth.labels.length && !c.report?.summary.ready && !KNOWN_WRONG_VERDICTS.includes(c.name)).map((c) => c.name);
    expect(cleanNotReady).toEqual([]);
  }, 600_000);
}
