/**
 * An average said after the total and the count it is of, in one clause: "Tổng số tiêu chí đạt của 14 xã là 246 tiêu chí, bình quân đạt
 * 17,8 tiêu chí/xã" — 246 over 14 is 17,6 (session 40, nty02). Read only where the clause holds one total in the average's unit and one
 * count of what it is per, both before it, and the two make an average near the one said (a typing slip, not figures of other things);
 * the average stands for what rounds to it.
 */
import { roundingInterval } from './numbers';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { AVERAGE_BEFORE, PER_ONE } from './lexicon/patterns-sums';

export interface AverageMismatch {
  total: Quantity;
  count: Quantity;
  said: Quantity;
  /** The average the total and the count make. */
  right: number;
  start: number;
  end: number;
}

/** How far from the average said the two figures may make one and still be read as its total and count (beyond, they are of other things). */
const NEAR = 0.15;

export function averagesOfTotal(text: string): AverageMismatch[] {
  const out: AverageMismatch[] = [];
  if (!/bình quân|trung bình/iu.test(text) || !text.includes('/')) return out;
  for (const c of clauses(text)) {
    const qs = extractQuantities(c.text);
    for (const said of qs) {
      if (said.kind !== 'number' || !said.unit || !AVERAGE_BEFORE.test(c.text.slice(Math.max(0, said.start - 30), said.start))) continue;
      const per = PER_ONE.exec(c.text.slice(said.end, said.end + 20));
      if (!per) continue;
      const before = qs.filter((q) => q.end <= said.start && q.kind === 'number' && !q.qualifier && q.decimals === 0);
      // (not a range's end, "từ 14 đến 16 tiêu chí")
      const totals = before.filter((q) => q.unit === said.unit && !/(?:từ|đến|-|–)\s*$/iu.test(c.text.slice(Math.max(0, q.start - 6), q.start)));
      const counts = before.filter((q) => q.unit?.toLowerCase() === per[1].toLowerCase());
      if (totals.length !== 1 || counts.length !== 1 || counts[0].value <= 1) continue;
      // (the first average of that unit after the total, outside brackets: "bình quân 18,5 tiêu chí/xã (cuối năm 2021 bình quân 16,75
      // tiêu chí/xã)" gives an earlier one, or another place's, in the bracket — session 40, vi02, vi03)
      const head = c.text.slice(0, said.start);
      if ((head.match(/\(/gu) ?? []).length > (head.match(/\)/gu) ?? []).length) continue;
      if (qs.some((q) => q !== said && q.start > totals[0].end && q.start < said.start && q.unit === said.unit)) continue;
      const right = totals[0].value / counts[0].value;
      const [lo, hi] = roundingInterval({ value: said.value, decimals: said.decimals } as Parameters<typeof roundingInterval>[0]);
      if ((right >= lo && right <= hi) || Math.abs(right - said.value) > NEAR * said.value) continue;
      out.push({ total: totals[0], count: counts[0], said, right, start: c.start + Math.min(totals[0].start, counts[0].start), end: c.start + said.end + per[0].length });
    }
  }
  return out;
}
