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

/** Between the later figure and a multiple: a comma and "gấp" (no other word). */
const TIMES = /^\s*,?\s*(?:tăng\s+)?gấp\s*$/iu;
/** After a multiple: the time before, named as the one just before ("giai đoạn trước", "năm trước", "kỳ trước"). */
const PREVIOUS = /^\s*(?:so với\s+)?(giai đoạn|năm|kỳ|thời kỳ)\s+trước(?![\p{L}])/iu;

/**
 * A multiple of the figure given just before in the same sentence: "giai đoạn 2011 - 2015 đạt 4.862 tỷ đồng, giai đoạn 2016 - 6/2019
 * đạt 11.846 tỷ đồng, gấp 2,9 lần giai đoạn trước" — 11.846 over 4.862 is 2,4 times.
 */
export interface MultipleMismatch {
  now: Quantity;
  before: Quantity;
  said: Quantity;
  right: number;
  start: number;
  end: number;
}

export function multiplesOfPrevious(text: string): MultipleMismatch[] {
  const out: MultipleMismatch[] = [];
  if (!/gấp/iu.test(text) || !/trước/iu.test(text)) return out;
  for (const c of clauses(text)) {
    const qs = extractQuantities(c.text);
    if (qs.length > AT_MOST) continue;
    for (let i = 2; i < qs.length; i++) {
      const [now, said] = [qs[i - 1], qs[i]];
      if (said.kind !== 'times' || said.qualifier || now.kind !== 'number' || !now.unit || now.qualifier) continue;
      const prev = PREVIOUS.exec(c.text.slice(said.end, said.end + 30));
      if (!TIMES.test(c.text.slice(now.end, said.start)) || !prev) continue;
      // the figure before it of the same unit, each of the two led by a time of the kind named ("giai đoạn 2011 - 2015 đạt 4.862 tỷ đồng,
      // giai đoạn 2016 - 6/2019 đạt 11.846 tỷ đồng"): not a part of the year's total, "500 tỷ đồng, trong đó vốn ngân sách 200 tỷ đồng"
      const kind = new RegExp(`(?<![\\p{L}])${prev[1].toLowerCase()}(?![\\p{L}])`, 'iu');
      const before = [...qs.slice(0, i - 1)].reverse().find((q) => q.kind === 'number' && q.unit === now.unit);
      if (!before || before.qualifier || before.value <= 0) continue;
      if (!kind.test(c.text.slice(before.end, now.start)) || !kind.test(c.text.slice(Math.max(0, before.start - 40), before.start))) continue;
      const [nlo, nhi] = interval(now);
      const [blo, bhi] = interval(before);
      const [slo, shi] = interval(said);
      if (nhi / blo >= slo - 1e-9 && nlo / bhi <= shi + 1e-9) continue;
      out.push({ now, before, said, right: now.value / before.value, start: c.start + before.start, end: c.start + said.end });
    }
  }
  return out;
}

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
