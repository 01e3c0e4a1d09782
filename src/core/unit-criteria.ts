/**
 * The reporting unit's own criteria reached, as a result: "Đến ngày 31/5/2025, xã đạt 18/19 tiêu chí", "xã Hòa Hải đạt 17/19 tiêu chí",
 * "đến nay xã giữ vững chuẩn nông thôn mới với 19/19 tiêu chí". For an indicator that a pack words by all the criteria (alias "xã" with
 * "19/19 tiêu chí"), the rate of such units meeting the standard, in a report of one of them: 100% with all the criteria, else 0.
 */
import type { Indicator } from '../packs/schema';
import type { Fact, Role } from './facts';
import type { Quantity } from './quantities';
import { blankBrackets, normalize } from './text';
import { excluded } from './indicators';
import { AMONG_BELOW, EARLIER_TIME, NOT_OWN_STATE, REACHES_CRITERIA, SET_SPAN_AFTER } from './lexicon/patterns';
import { ZERO_WORDS } from './lexicon/figures';

/** "18/19 tiêu chí": a count of criteria reached out of all of them. */
export const CRITERIA_FRACTION = /(?<![\d.,/])\d{1,2}\s*\/\s*\d{1,2}\s+tiêu chí(?![\p{L}])/u;

/**
 * The indicators of a rate of units meeting the standard that the pack words by all the criteria reached ("xã" with "19/19 tiêu chí"), for
 * a report of that kind of unit: its own criteria count says whether it meets the standard.
 */
export function criteriaIndicators(indicators: Indicator[], level: string): Array<{ ind: Indicator; all: number }> {
  let byLevel = criteriaCache.get(indicators);
  if (!byLevel) criteriaCache.set(indicators, (byLevel = new Map()));
  let hit = byLevel.get(level);
  if (!hit) byLevel.set(level, (hit = readCriteriaIndicators(indicators, level)));
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
 * Not the criteria of a higher standard ("15/19 tiêu chí xã nông thôn mới nâng cao", "Về xây dựng nông thôn mới nâng cao, … xã đạt 15/19
 * tiêu chí" — the indicator's exclusions, in the words before the count in its clause and after it to the next comma), nor those of an
 * earlier set ("theo Bộ tiêu chí giai đoạn 2016-2020"); a count dated before the period's last year ("Năm 2023, xã đạt 17/19 tiêu chí") is
 * that year's, no result, but one said of now ("; hiện nay xã đạt 19/19 tiêu chí") is the result whatever year opens the sentence.
 */
export function unitCriteria(c: { text: string; start: number }, wanted: Array<{ ind: Indicator; all: number }>, places: Array<{ start: number; end: number; text: string; part?: boolean; own: boolean }>, make: (ind: Indicator, q: Quantity | undefined, value: number, role: Role) => Fact, out: Fact[], level: string, period: { from: number; to: number }): void {
  const noun = SELF_NOUN_ANY[level];
  const subjects: Array<{ at: number; lead: number; now: boolean }> = [];
  if (noun) for (const m of c.text.matchAll(noun)) subjects.push({ at: m.index! + m[0].length, lead: m.index!, now: !!m[1] });
  for (const pl of places) if (pl.own && pl.start >= c.start && pl.end <= c.start + c.text.length) subjects.push({ at: pl.end - c.start, lead: pl.start - c.start, now: NOW_BEFORE.test(c.text.slice(Math.max(0, pl.start - c.start - 16), pl.start - c.start)) });
  for (const { at, lead, now } of subjects.sort((a, b) => a.at - b.at)) {
    const m = REACHES_CRITERIA.exec(c.text.slice(at));
    if (!m) continue;
    const [reached, all] = [Number(m[1]), Number(m[2])];
    const end = at + m[0].length;
    // (the words that say which set: before the count in its clause, after it to the next comma or ";")
    const before = c.text.slice(Math.max(c.text.lastIndexOf(';', lead) + 1, 0), at);
    const after = c.text.slice(end, end + 120).split(/[,;(]/u)[0];
    const set = normalize(`${before} ${after}`);
    const earlierSet = SET_SPAN_AFTER.exec(after);
    if (earlierSet && Number(earlierSet[1]) < period.from) continue;
    for (const w of wanted) {
      if (all !== w.all || reached > all || excluded(w.ind, set)) continue;
      const value = reached === all ? 100 : 0;
      const from = at + m.index + m[0].length - m[0].trimStart().length;
      const q: Quantity = { kind: 'percent', value, decimals: 0, unit: '%', raw: m[0].trim(), start: from, end };
      const fact = make(w.ind, q, value, 'result');
      if (now) delete fact.year;
      else if (fact.role === 'result' && fact.year !== undefined && fact.year < period.to) Object.assign(fact, { role: 'context', why: `year ${fact.year}` });
      if (fact.role === 'result') out.push(fact);
    }
  }
}
/** The unit's bare noun as a clause's subject, whatever follows it: "…, xã đạt 18/19 tiêu chí", "…; hiện nay xã đạt …" (group 1: said of now). */
const SELF_NOUN_ANY: Record<string, RegExp> = {
  xa: /(?:^\s*|[.;:,]\s*|\sthì\s+)(?:(đến nay|hiện nay|hiện tại|hiện|nay)\s*,?\s*)?(?:Xã|xã)(?=\s)/giu,
  huyen: /(?:^\s*|[.;:,]\s*|\sthì\s+)(?:(đến nay|hiện nay|hiện tại|hiện|nay)\s*,?\s*)?(?:Huyện|huyện)(?=\s)/giu,
};
/** Words of now right before the unit's name: "đến nay xã Hòa Hải đạt …". */
const NOW_BEFORE = /(?<![\p{L}])(?:đến nay|hiện nay|hiện tại|nay)\s*,?\s*(?:xã|huyện)?\s*$/iu;

/**
 * The indicators that count units of the report's own level below a number of criteria, their target none ("Số xã còn dưới 15 tiêu chí",
 * keywords "xã" and "dưới 15 tiêu chí", exactly 0), with that number.
 */
export function amongIndicators(indicators: Indicator[], level: string): Array<{ ind: Indicator; below: number }> {
  const word = ({ xa: 'xã', huyen: 'huyện' } as Record<string, string>)[level];
  if (!word) return [];
  return indicators.flatMap((ind) => {
    if (ind.unit !== word || ind.target.comparator !== 'exactly' || ind.target.value !== 0) return [];
    const below = ind.keywords.map((k) => /^dưới (\d{1,2}) tiêu chí$/u.exec(k.trim())).find(Boolean);
    return below ? [{ ind, below: Number(below[1]) }] : [];
  });
}


/**
 * The unit itself said to be among those below the criteria an indicator counts ("Đến 30/6/2024, xã đạt 11/19 tiêu chí …, vẫn còn dưới
 * 15 tiêu chí", "xã vẫn thuộc nhóm xã dưới 15 tiêu chí"): in a report of one of them, one such unit — the mirror of "xã không thuộc diện
 * xã dưới 15 tiêu chí", a zero (nxi02). Only where its clause's subject is the unit itself, by its bare noun or its own name, no count of
 * others before ("còn 02 xã dưới 15 tiêu chí" is read as a figure); not negated nor left behind ("không còn là", "đã ra khỏi nhóm", "từ một
 * xã dưới 15 tiêu chí"), nor said of none ("không có xã nào còn dưới 15 tiêu chí"), nor a plan or a target; a year before the period's
 * last dates it, as for the criteria reached (lexicon: among-below, not-own-state, earlier-time).
 */
export function unitAmong(c: { text: string; start: number }, wanted: Array<{ ind: Indicator; below: number }>, places: Array<{ start: number; end: number; own: boolean }>, make: (ind: Indicator, q: Quantity | undefined, value: number, role: Role) => Fact, out: Fact[], level: string, period: { to: number }, planned: (clause: string) => boolean): void {
  const m = AMONG_BELOW.exec(c.text);
  if (!m) return;
  const clauseAt = Math.max(c.text.lastIndexOf(';', m.index), c.text.lastIndexOf(':', m.index)) + 1;
  const clause = c.text.slice(clauseAt, m.index);
  // (a negation or a leaving right before the words is read below, with all between the subject and them: see not-own-state)
  if (/(?<![\p{L}])nào(?![\p{L}])/iu.test(clause) || ZERO_WORDS.test(clause.slice(-30)) || new RegExp(`(?<![\\d.,/])\\d+\\s+${level === 'xa' ? 'xã' : 'huyện'}(?![\\p{L}])`, 'iu').test(clause) || planned(clause)) return;
  // (the subject the nearest before the words: the bare noun — not a commune named after it that is not the unit, "xã Hải Lâm vẫn còn …",
  // "Xã Hải Lâm (xã kết nghĩa …) vẫn còn …" — or the unit's own name; review-52b X6, X7, M2)
  const noun = SELF_NOUN_ANY[level];
  noun.lastIndex = 0;
  const bare = [...clause.matchAll(noun)].map((x) => x.index! + x[0].length).filter((end) => !/^\s+\p{Lu}/u.test(clause.slice(end)) || places.some((pl) => pl.own && pl.start - c.start - clauseAt >= end && pl.start - c.start - clauseAt <= end + 2));
  // (… the unit's name said in a bracket about another, "Xã Hải Lâm (xã kết nghĩa với xã Hải Thượng) vẫn còn …", no subject — review-52b M2)
  const outside = blankBrackets(clause);
  const named = places.filter((pl) => pl.own && pl.start - c.start >= clauseAt && pl.end - c.start <= m.index && outside[pl.start - c.start - clauseAt] !== ' ').map((pl) => pl.end - c.start - clauseAt);
  const subject = Math.max(-1, ...bare, ...named);
  if (subject < 0) return;
  // (… and nothing between it and the words that makes them another's or another time's, or no fact: an object, "giúp đỡ các xã còn …",
  // "từ một xã còn …", "tình trạng còn …"; a negation or a doubt, "chưa bao giờ thuộc", "không phải là", "có nguy cơ", "nếu"; a time
  // before, "Khi bắt đầu …, xã còn …" — review-52b X3, X4, X13, X15–X18)
  const span = clause.slice(subject);
  if (NOT_OWN_STATE.test(span) || EARLIER_TIME.test(clause)) return;
  for (const w of wanted) {
    if (w.below !== Number(m[1])) continue;
    const from = m.index + m[0].length - m[0].trimStart().length;
    const q: Quantity = { kind: 'number', value: 1, decimals: 0, unit: w.ind.unit, raw: m[0].trim(), start: from, end: m.index + m[0].length };
    const fact = make(w.ind, q, 1, 'result');
    if (fact.role === 'result' && fact.year !== undefined && fact.year < period.to) continue;
    if (fact.role === 'result') out.push(fact);
  }
}
