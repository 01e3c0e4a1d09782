/**
 * An average said after the total and the count it is of, in one clause: "Tổng số tiêu chí đạt của 14 xã là 246 tiêu chí, bình quân đạt
 * 17,8 tiêu chí/xã" — 246 over 14 is 17,6 (session 40, nty02). Read only where the clause holds one total in the average's unit and one
 * count of what it is per, both before it, and the two make an average near the one said (a typing slip, not figures of other things);
 * the average stands for what rounds to it.
 */
import { roundingInterval } from './numbers';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { AVERAGE_WORD, PER_ONE } from './lexicon/patterns-sums';

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
      if (said.kind !== 'number' || !said.unit) continue;
      const per = PER_ONE.exec(c.text.slice(said.end, said.end + 20));
      if (!per) continue;
      // (an average said roughly, "trên 17", "hơn 17,5 tiêu chí/xã", is no exact one — review-40 A2, A14)
      if (said.qualifier) continue;
      // (its own words: "bình quân" and a verb at most — "bình quân toàn tỉnh mới đạt 16,9", "các xã vùng đồng bào … bình quân đạt 16,2"
      // name another whole or a part — review-40 A4, A6)
      const avg = AVERAGE_WORD.exec(c.text.slice(Math.max(0, said.start - 30), said.start));
      if (!avg) continue;
      const avgAt = Math.max(0, said.start - 30) + avg.index;
      const inBracket = (q: Quantity) => (c.text.slice(0, q.start).match(/\(/gu) ?? []).length > (c.text.slice(0, q.start).match(/\)/gu) ?? []).length;
      // (figures in brackets are another's or an aside — review-40 A10)
      const before = qs.filter((q) => q.end <= said.start && q.kind === 'number' && !q.qualifier && q.decimals === 0 && !inBracket(q));
      // (not a range's end, "từ 14 đến 16 tiêu chí")
      const totals = before.filter((q) => q.unit === said.unit && !/(?:từ|đến|-|–)\s*$/iu.test(c.text.slice(Math.max(0, q.start - 6), q.start)));
      const counts = before.filter((q) => q.unit?.toLowerCase() === per[1].toLowerCase());
      if (totals.length !== 1 || counts.length !== 1 || counts[0].value <= 1) continue;
      // (the average right after its total, a comma between: "… là 246 tiêu chí, bình quân đạt 17,8 tiêu chí/xã" — not a later time's,
      // "…, đến nay bình quân đạt 17,6", nor a part's — review-40 A3, A13)
      if (!/^\s*,?\s*$/u.test(c.text.slice(totals[0].end, avgAt))) continue;
      // (the count that the total is of, joined to it: "của 14 xã là 246 tiêu chí", "14 xã với tổng số 246 tiêu chí" — not a count in another
      // part of the sentence, "có 13 xã đạt chuẩn …, tổng số tiêu chí đạt của các xã là 262" — review-40 A5)
      const [a, b] = counts[0].start < totals[0].start ? [counts[0], totals[0]] : [totals[0], counts[0]];
      const join = c.text.slice(a.end, b.start);
      if (join.length > 40 || /[,;()]/u.test(join)) continue;
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
