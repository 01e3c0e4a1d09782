/**
 * The amounts of the periods that make up a span, each in a clause of its own, then the span's total: "Giai đoạn 2010 - 2015 huy động
 * 3.126 tỷ đồng; giai đoạn 2016 - 6/2019 huy động 4.382 tỷ đồng; tổng nguồn lực 10 năm đạt 7.805 tỷ đồng" makes 7.508 (nyv05). Read only
 * where the periods follow on each other with no gap and no overlap, each clause says with the same verb of amounts that add up
 * ("huy động", "đầu tư", "cứng hóa") one figure of the total's unit, none rough, yearly or running, and the total's clause opens on "tổng",
 * says it is of the whole span or of that verb, names the sources they name and no other time — not a level, a need or a whole of the
 * unit (review-58, review-58b; lexicon: adds-up-verb, not-added-amount, whole-span, not-the-periods-sum, money-source).
 */
import { extractQuantities, type Quantity } from './quantities';
import { TOTAL_ROW } from './lexicon';
import { ADDS_UP_VERB, MONEY_SOURCE, NOT_ADDED_AMOUNT, NOT_THE_PERIODS_SUM, WHOLE_SPAN } from './lexicon/patterns-sums';
import { consistent, sameUnit, type TotalMismatch } from './totals-common';

/** A clause that opens on a period: "giai đoạn 2010 - 2015", "giai đoạn 2016 - 6/2019" (groups: start, end as written). */
const PERIOD = /^\s*(?:(?:và|còn|riêng)\s+)?giai đoạn\s+((?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d)\s*[-–]\s*((?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d)(?![\d/])/iu;
/** A year, with its month where written: "6/2019" → [2019, 6]. */
const yearMonth = (s: string): [number, number | undefined] => {
  const m = /^(?:(\d{1,2})\s*\/\s*)?((?:19|20)\d\d)$/u.exec(s.trim())!;
  return [Number(m[2]), m[1] ? Number(m[1]) : undefined];
};
/** Whether a period starting at `start` follows right on one ending at `end`: 2015 → 2016, 6/2019 → 7/2019. */
function followsOn(end: string, start: string): boolean {
  const [ey, em] = yearMonth(end);
  const [sy, sm] = yearMonth(start);
  if (em === undefined) return sm === undefined || sm === 1 ? sy === ey + 1 : false;
  return em === 12 ? sy === ey + 1 && (sm ?? 1) === 1 : sy === ey && sm === em + 1;
}
/** A source of money named, each occurrence (lexicon money-source). */
const SOURCES = new RegExp(MONEY_SOURCE.source, 'giu');
const sourcesOf = (t: string) => [...new Set((t.match(SOURCES) ?? []).map((w) => w.toLowerCase()))].sort().join('|');

/** The one figure of a clause with a unit (years and shares aside), or null. */
function amountOf(clause: string): Quantity | null {
  const qs = extractQuantities(clause).filter((q) => q.kind === 'number' && !!q.unit);
  return qs.length === 1 && !qs[0].qualifier ? qs[0] : null;
}

export function periodTotals(text: string, paragraph: number): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  // clauses parted by ";" or a sentence's end, with where each starts
  const clauses: Array<{ text: string; start: number }> = [];
  for (let from = 0, re = /;|\.(?:\s|$)/gu, m = re.exec(text); from <= text.length; m = re.exec(text)) {
    const to = m ? m.index : text.length;
    clauses.push({ text: text.slice(from, to), start: from });
    if (!m) break;
    from = m.index + m[0].length;
  }
  let run: Array<{ end: string; from: string; amount: Quantity; verb: string; sources: string }> = [];
  for (const c of clauses) {
    const period = PERIOD.exec(c.text);
    const amount = amountOf(c.text.slice(period ? period[0].length : 0));
    // (each period's clause saying what was done with a verb of amounts that add up, the same in each: "huy động", "đầu tư", "cứng hóa")
    const verb = ADDS_UP_VERB.exec(c.text)?.[0].toLowerCase();
    const fits = !!period && !!amount && !!verb && !NOT_ADDED_AMOUNT.test(c.text);
    if (fits && (!run.length || (followsOn(run[run.length - 1].end, period![1]) && sameUnit(amount!.unit, run[0].amount.unit) && verb === run[0].verb && sourcesOf(c.text) === run[0].sources))) {
      run.push({ from: period![1], end: period![2], amount: amount!, verb: verb!, sources: sourcesOf(c.text) });
      continue;
    }
    // the total right after the periods: its clause opens on "tổng", gives one figure of their unit, says it is of their whole span or
    // of what they did, names the sources they name and no year but their span's first and last
    const opens = TOTAL_ROW.atStart(c.text.trimStart());
    const lead = amount ? c.text.slice(0, amount.start) : '';
    if (run.length >= 2 && !period && opens && amount && sameUnit(amount.unit, run[0].amount.unit) && !NOT_ADDED_AMOUNT.test(c.text) && !NOT_THE_PERIODS_SUM.test(c.text) && (WHOLE_SPAN.test(lead) || lead.toLowerCase().includes(run[0].verb)) && sourcesOf(lead) === run[0].sources) {
      const [first] = yearMonth(run[0].from);
      const [last] = yearMonth(run[run.length - 1].end);
      const years = (lead.match(/(?<![\d/.,])(?:19|20)\d\d(?![\d/.,])/gu) ?? []).map(Number);
      if (!years.length || (Math.min(...years) === first && Math.max(...years) === last)) {
        const parts = run.map((r) => ({ value: r.amount.value, decimals: r.amount.decimals }));
        if (!consistent({ value: amount.value, decimals: amount.decimals }, parts, /đồng/u.test(amount.unit))) {
          const sum = parts.reduce((a, p) => a + p.value, 0);
          out.push({ paragraph, excerpt: text, total: amount.value, sum, decimals: Math.max(amount.decimals, ...parts.map((p) => p.decimals)), unit: amount.unit, at: c.start + amount.start });
        }
      }
    }
    run = fits ? [{ from: period![1], end: period![2], amount: amount!, verb: verb!, sources: sourcesOf(c.text) }] : [];
  }
  return out;
}
