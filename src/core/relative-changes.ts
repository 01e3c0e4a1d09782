/**
 * A change said in percent against an earlier figure given in the bracket after it: "Tổng nguồn vốn … đạt 1.286,4 tỷ đồng, tăng
 * 35,2% so với giai đoạn 2018-2020 (968,7 tỷ đồng)" — 1.286,4 over 968,7 is a rise of 32,8%. Only that shape is read: a figure
 * with its unit, then "tăng" or "giảm" and a percentage, "so với" and a few words of time, and a bracket holding one figure of the
 * same unit. Each figure stands for what rounds to it; the way the words say it went is checked too.
 */
import { roundingInterval, type VnNumber } from './numbers';
import { extractQuantities, clauses, type Quantity } from './quantities';
import type { PointDifference } from './point-differences';
import { WAY, AGAINST, RISE_BEFORE, TIMES, PREVIOUS, AGAINST_AFTER, WAY_POINTS } from './lexicon/patterns-changes';

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

const AT_MOST = 60;

/** Each clause of a text with its figures, where it holds few enough to be read (a real clause holds a few dozen at most). */
function* clauseFigures(text: string): Generator<{ c: { text: string; start: number }; qs: Quantity[] }> {
  for (const c of clauses(text)) {
    const qs = extractQuantities(c.text);
    if (qs.length <= AT_MOST) yield { c, qs };
  }
}

/** A figure given roughly ("khoảng", "hơn") is not held to a change; an estimate ("ước đạt") is a figure stated, and is. */
const rough = (q: Quantity) => !!q.qualifier && q.qualifier !== 'estimate';
const risen = (text: string, q: Quantity) => RISE_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start));

// (an estimate written in round tens, "ước đạt 1.250 tỷ đồng", may stand for any figure that rounds to it: "1.248,5")
const interval = (q: Quantity): [number, number] =>
  q.qualifier === 'estimate' && q.decimals === 0 && q.value >= 100 && q.value % 10 === 0 ? [q.value - 5, q.value + 5] : roundingInterval({ value: q.value, decimals: q.decimals } as VnNumber);

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
  for (const { c, qs } of clauseFigures(text)) {
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
  for (const { c, qs } of clauseFigures(text)) {
    for (let i = 1; i + 1 < qs.length; i++) {
      const [now, said, before] = [qs[i - 1], qs[i], qs[i + 1]];
      if (said.kind !== 'percent' || said.qualifier || now.kind !== 'number' || before.kind !== 'number' || !now.unit || now.unit === '%' || before.unit !== now.unit) continue;
      const way = WAY.exec(c.text.slice(now.end, said.start));
      if (!way || !AGAINST.test(c.text.slice(said.end, before.start)) || !/^\s*\)/u.test(c.text.slice(before.end))) continue;
      // (… from an estimate too: "ước đạt 1.248,5 tỷ đồng, tăng 8,6% so với cùng kỳ …")
      if (rough(now) || rough(before) || before.value <= 0) continue;
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

/** The figure in the bracket right after `from` in the clause, if the bracket holds it alone. */
function bracketed(text: string, qs: Quantity[], i: number): Quantity | undefined {
  const q = qs[i];
  return q && /^\s*\)/u.test(text.slice(q.end)) ? q : undefined;
}

/**
 * A multiple against an earlier time whose figure is in the bracket after it: "46,2 triệu đồng, gấp 2,8 lần so với năm 2010 (18,5
 * triệu đồng)" — 46,2 over 18,5 is 2,5 times. Same shape as a change in percent.
 */
export function multiplesAgainst(text: string): MultipleMismatch[] {
  const out: MultipleMismatch[] = [];
  if (!/gấp/iu.test(text) || !/so với/iu.test(text)) return out;
  for (const { c, qs } of clauseFigures(text)) {
    for (let i = 1; i + 1 < qs.length; i++) {
      const said = qs[i];
      // (the level before "gấp", not a rise said right before it: "đạt 52,3 triệu đồng, tăng 18,8 triệu đồng, gấp 1,56 lần …")
      let k = i - 1;
      while (k > 0 && risen(c.text, qs[k]) && qs[k - 1].unit === qs[k].unit) k--;
      const now = qs[k];
      if (risen(c.text, now)) continue;
      const before = bracketed(c.text, qs, i + 1);
      if (!before || said.kind !== 'times' || said.qualifier || now.kind !== 'number' || !now.unit || before.kind !== 'number' || before.unit !== now.unit || before.value <= 0) continue;
      if (!TIMES.test(c.text.slice(qs[i - 1].end, said.start)) || !AGAINST_AFTER.test(c.text.slice(said.end, before.start))) continue;
      if (rough(now) || rough(before)) continue;
      const [nlo, nhi] = interval(now);
      const [blo, bhi] = interval(before);
      const [slo, shi] = interval(said);
      if (nhi / blo >= slo - 1e-9 && nlo / bhi <= shi + 1e-9) continue;
      out.push({ now, before, said, right: now.value / before.value, start: c.start + now.start, end: c.start + before.end + 1 });
    }
  }
  return out;
}

/**
 * A rate's change in percentage points against an earlier time whose rate is in the bracket after it: "… (87,6%), tăng 19,4 điểm phần
 * trăm so với năm 2020 (70,8%)" — 87,6 − 70,8 is 16,8 points.
 */
export function pointsAgainst(text: string): PointDifference[] {
  const out: PointDifference[] = [];
  if (!/điểm\s+phần\s+trăm/iu.test(text) || !/so với/iu.test(text)) return out;
  for (const { c, qs } of clauseFigures(text)) {
    for (let i = 1; i + 1 < qs.length; i++) {
      const [now, said] = [qs[i - 1], qs[i]];
      const before = bracketed(c.text, qs, i + 1);
      if (!before || now.kind !== 'percent' || before.kind !== 'percent' || said.kind !== 'number' || said.qualifier || now.qualifier || before.qualifier) continue;
      // (a rate in a bracket is the one of the count right before it, "326/372 thôn … (87,6%)", not a target's, "gần đạt mục tiêu (98%)")
      // (… and one inside any bracket is an aside's: "72,4% (trong đó có bằng cấp, chứng chỉ đạt 35,1%), tăng 6,4 điểm phần trăm …")
      const upTo = c.text.slice(0, now.start);
      const inBracket = upTo.lastIndexOf('(') > upTo.lastIndexOf(')');
      if (inBracket && !(i >= 2 && /^[^()]{0,60}\(\s*(?:đạt|chiếm|bằng)?\s*$/u.test(c.text.slice(qs[i - 2].end, now.start)) && qs[i - 2].kind === 'fraction')) continue;
      const way = WAY_POINTS.exec(c.text.slice(now.end, said.start));
      const points = /^\s*điểm\s+phần\s+trăm/iu.exec(c.text.slice(said.end));
      if (!way || !points || !AGAINST_AFTER.test(c.text.slice(said.end + points[0].length, before.start))) continue;
      const [nlo, nhi] = interval(now);
      const [blo, bhi] = interval(before);
      const [slo, shi] = interval(said);
      const up = /^tăng/iu.test(way[1]);
      const [want, wantHi] = up ? [slo, shi] : [-shi, -slo];
      if (nhi - blo >= want - 1e-9 && nlo - bhi <= wantHi + 1e-9) continue;
      out.push({ from: before.value, to: now.value, said: said.value, decimals: Math.max(1, said.decimals), way: up ? 'up' : 'down', start: c.start + now.start, end: c.start + before.end + 1 });
    }
  }
  return out;
}
