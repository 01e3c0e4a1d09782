/**
 * The reporting unit's own criteria reached, as a result: "Đến ngày 31/5/2025, xã đạt 18/19 tiêu chí", "xã Hòa Hải đạt 17/19 tiêu chí",
 * "đến nay xã giữ vững chuẩn nông thôn mới với 19/19 tiêu chí". For an indicator that a pack words by all the criteria (alias "xã" with
 * "19/19 tiêu chí"), the rate of such units meeting the standard, in a report of one of them: 100% with all the criteria, else 0.
 */
import type { Indicator } from '../packs/schema';
import type { Fact, Role } from './facts';
import type { Quantity } from './quantities';
import { normalize } from './text';
import { REACHES_CRITERIA } from './lexicon/patterns';

/** "18/19 tiêu chí": a count of criteria reached out of all of them. */
export const CRITERIA_FRACTION = /(?<![\d.,/])\d{1,2}\s*\/\s*\d{1,2}\s+tiêu chí(?![\p{L}])/u;

/**
 * The indicators of a rate of units meeting the standard that the pack words by all the criteria reached ("xã" with "19/19 tiêu chí"), for
 * a report of that kind of unit: its own criteria count says whether it meets the standard.
 */
export function criteriaIndicators(indicators: Indicator[], level: string): Array<{ ind: Indicator; all: number }> {
  const key = `${level}`;
  let byLevel = criteriaCache.get(indicators);
  if (!byLevel) criteriaCache.set(indicators, (byLevel = new Map()));
  let hit = byLevel.get(key);
  if (!hit) byLevel.set(key, (hit = readCriteriaIndicators(indicators, level)));
  return hit;
}
const criteriaCache = new WeakMap<Indicator[], Map<string, Array<{ ind: Indicator; all: number }>>>();
function readCriteriaIndicators(indicators: Indicator[], level: string): Array<{ ind: Indicator; all: number }> {
  const word = ({ xa: 'xã', huyen: 'huyện' } as Record<string, string>)[level];
  if (!word) return [];
  const noun = normalize(word);
  const criteria = normalize('tiêu chí');
  return indicators.flatMap((ind) => {
    if (ind.unit !== '%' || normalize(ind.keywords[0] ?? '') !== noun) return [];
    const all = ind.aliases.map((a) => (a.length === 2 && normalize(a[0]) === noun ? new RegExp(`^(\\d{1,2}) (\\d{1,2}) ${criteria}$`, 'u').exec(normalize(a[1])) : null)).find((m) => m && m[1] === m[2]);
    return all ? [{ ind, all: Number(all[1]) }] : [];
  });
}

/**
 * The unit itself, by its bare noun or its own name, said to reach so many of all the criteria ("Đến ngày 31/5/2025, xã đạt 18/19 tiêu chí",
 * "xã Hòa Hải đạt 17/19 tiêu chí, chưa đạt mục tiêu"): the rate of such units that meet the standard is 100% with all of them, else 0.
 */
export function unitCriteria(c: { text: string; start: number }, wanted: Array<{ ind: Indicator; all: number }>, places: Array<{ start: number; end: number; text: string; part?: boolean; own: boolean }>, make: (ind: Indicator, q: Quantity | undefined, value: number, role: Role) => Fact, out: Fact[], level: string): void {
  const noun = SELF_NOUN_ANY[level];
  const subjects: number[] = [];
  if (noun) for (const m of c.text.matchAll(noun)) subjects.push(m.index! + m[0].length);
  for (const pl of places) if (pl.own && pl.start >= c.start && pl.end <= c.start + c.text.length) subjects.push(pl.end - c.start);
  for (const at of subjects) {
    const m = REACHES_CRITERIA.exec(c.text.slice(at));
    if (!m) continue;
    const [reached, all] = [Number(m[1]), Number(m[2])];
    for (const w of wanted) {
      if (all !== w.all || reached > all) continue;
      const value = reached === all ? 100 : 0;
      const from = at + m.index + m[0].length - m[0].trimStart().length;
      const q: Quantity = { kind: 'percent', value, decimals: 0, unit: '%', raw: m[0].trim(), start: from, end: at + m[0].length };
      const fact = make(w.ind, q, value, 'result');
      if (fact.role === 'result') out.push(fact);
    }
    return;
  }
}
/** The unit's bare noun as a clause's subject, whatever follows it: "…, xã đạt 18/19 tiêu chí". */
const SELF_NOUN_ANY: Record<string, RegExp> = {
  xa: /(?:^\s*|[.;:,]\s*)(?:(?:đến nay|hiện nay|hiện|nay)\s*,?\s*)?(?:Xã|xã)(?=\s)/giu,
  huyen: /(?:^\s*|[.;:,]\s*)(?:(?:đến nay|hiện nay|hiện|nay)\s*,?\s*)?(?:Huyện|huyện)(?=\s)/giu,
};
