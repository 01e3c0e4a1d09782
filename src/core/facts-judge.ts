/**
 * Step two: the fact of an indicator that is judged (the results section's, of the period) against its target.
 */
import type { Indicator } from '../packs/schema';
import { asOfLead, findDates } from './dates';
import { PLAN_WORDS } from './lexicon';
import type { Fact } from './facts-types';

/** The result an indicator is judged by, and the other results of the unit for it. */
export interface Judged {
  fact: Fact;
  others: Fact[];
}

/** Why a table's figure in a result column before the latest is no result: an earlier time's. */
export const EARLIER_COLUMN = 'an earlier column';

/**
 * A figure said as of a date after the period's end ("Cập nhật: tính đến ngày 10/7/2025, … nâng tổng số lên 23 xã" when the period
 * ends 30/6/2025): of another time (out-of-period says so), not the period's result. Only a date given as the figure's time
 * ("tính đến", "đến ngày") counts: a source document's date or a deadline in the clause does not.
 */
export const datedAfter = (f: Fact, periodTo: string) =>
  !f.fromTable && findDates(f.text).some((d) => d.iso > periodTo && asOfLead(f.text.slice(Math.max(0, d.start - 30), d.start)) >= 0 && !PLAN_WORDS.test(f.text.slice(Math.max(0, d.start - 30), d.start)));

/**
 * Pick, for each indicator, the unit's result to judge: in the indicator's own
 * section when it has one there (the results section), else the first result
 * anywhere; results dated after the period count only when there is no other.
 */
export function judge(facts: Fact[], indicator: Indicator, sectionSpan: [number, number] | null, periodEnd: number, periodTo: string): Judged | undefined {
  const all = facts.filter((f) => f.indicator.id === indicator.id && f.role === 'result');
  // a count made from the places named stands in only when no figure is written
  const written = all.filter((f) => !f.byName);
  const results = written.length ? written : all;
  if (!results.length) return undefined;
  const inPeriod = results.filter((f) => (f.year === undefined || f.year <= periodEnd) && !datedAfter(f, periodTo));
  const pool = inPeriod.length ? inPeriod : results;
  const own = sectionSpan ? pool.filter((f) => f.paragraph >= sectionSpan[0] && f.paragraph < sectionSpan[1]) : [];
  const from = own.length ? own : pool;
  // the latest year given wins; among undated ones, the first
  // an undated result is the unit's result now, at the period's end: a dated earlier one does not beat it
  // … and one dated the period's last year beats an undated one ("Tại Báo cáo số 325/BC-UBND ngày 20/11/2024, … có 9/10 xã
  // … (đạt 90%) … Như vậy, đến ngày 31/5/2025, toàn huyện có 10/10 xã … (đạt 100%)": the figure as of the end is the one)
  const fact = from.reduce((best, f) => {
    const [a, b] = [f.year ?? periodEnd, best.year ?? periodEnd];
    return a > b || (a === b && f.year !== undefined && best.year === undefined) ? f : best;
  }, from[0]);
  return { fact, others: results.filter((f) => f !== fact) };
}

/** Whether a result passes its indicator's target by exactly a margin (81 xã, a target of 75, a margin of 6). */
export function passedBy(ind: Indicator, result: number, margin: number): boolean {
  const t = ind.target;
  return (t.comparator === 'at-least' || t.comparator === 'exactly') && Math.abs(result - margin - t.value) < 1e-6;
}
