/**
 * A change said in percent against an earlier figure given in the bracket after it: "Tổng nguồn vốn … đạt 1.286,4 tỷ đồng, tăng
 * 35,2% so với giai đoạn 2018-2020 (968,7 tỷ đồng)" — 1.286,4 over 968,7 is a rise of 32,8%. Only that shape is read: a figure
 * with its unit, then "tăng" or "giảm" and a percentage, "so với" and a few words of time, and a bracket holding one figure of the
 * same unit. Each figure stands for what rounds to it; the way the words say it went is checked too.
 */
import { roundingInterval, type VnNumber } from './numbers';
import { extractQuantities, clauses, type Quantity } from './quantities';

export interface RelativeChange {
  /** The later figure, the earlier one (in the bracket), and the change said. */
  now: Quantity;
  before: Quantity;
  said: Quantity;
  way: 'up' | 'down';
  /** The change the two figures make, in percent (negative for a fall). */
  right: number;
  /** Where the later figure starts and the bracket ends, in the text. */
  start: number;
  end: number;
}

/** Between the later figure and the percentage: a comma and "tăng" or "giảm" (no other word). */
const WAY = /^\s*,?\s*(tăng|giảm)\s*$/iu;
/** After the percentage: "so với", a few words of time (a year or a span among them), then the bracket opening. */
const AGAINST = /^\s*so với\s+(?:cùng kỳ\s+)?(?:[^()\d;,.]{0,30}?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[^()\d;,.]{0,20}?)\(\s*$/iu;
const AT_MOST = 60;

const interval = (q: Quantity): [number, number] => roundingInterval({ value: q.value, decimals: q.decimals } as VnNumber);

export function relativeChanges(text: string): RelativeChange[] {
  const out: RelativeChange[] = [];
  if (!/so với/iu.test(text) || !/%/u.test(text)) return out;
  for (const c of clauses(text)) {
    const qs = extractQuantities(c.text);
    if (qs.length > AT_MOST) continue;
    for (let i = 1; i + 1 < qs.length; i++) {
      const [now, said, before] = [qs[i - 1], qs[i], qs[i + 1]];
      if (said.kind !== 'percent' || said.qualifier || now.kind !== 'number' || before.kind !== 'number' || !now.unit || now.unit === '%' || before.unit !== now.unit) continue;
      const way = WAY.exec(c.text.slice(now.end, said.start));
      if (!way || !AGAINST.test(c.text.slice(said.end, before.start)) || !/^\s*\)/u.test(c.text.slice(before.end))) continue;
      if (now.qualifier || before.qualifier || before.value <= 0) continue;
      const [nlo, nhi] = interval(now);
      const [blo, bhi] = interval(before);
      // the change the figures allow, and the change said (its sign by the words)
      const lo = ((nlo - bhi) / bhi) * 100;
      const hi = ((nhi - blo) / blo) * 100;
      const up = /^tăng/iu.test(way[1]);
      const [slo, shi] = interval(said);
      const [want, wantHi] = up ? [slo, shi] : [-shi, -slo];
      if (hi >= want - 1e-9 && lo <= wantHi + 1e-9) continue;
      const right = ((now.value - before.value) / before.value) * 100;
      out.push({ now, before, said, way: up ? 'up' : 'down', right, start: c.start + now.start, end: c.start + before.end + 1 });
    }
  }
  return out;
}
