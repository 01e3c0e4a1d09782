/**
 * A rate, then "trong đó" and its parts in points of the same whole, each by how it is done or of what kind: "Tỷ lệ thu gom chất thải rắn
 * sinh hoạt … đạt 69,2% (…), trong đó thu gom đưa về cơ sở xử lý tập trung 14,8% và tự thu gom, xử lý tại hộ gia đình … 55,4%" — the
 * parts make 70,2%, more than the rate (nxx01).
 *
 * Only that shape is read: rate words, then within their clause the rate's percentage (its bracket aside), then "trong đó" and two parts
 * or more up to the clause's end (";", a full stop or a bracket), apart by ",", "và" or ";" — each a few words with no figure, then one
 * bare percentage below the rate. A part said with "chiếm", "đạt" or another rate's words is a share of its own whole or a rate of its own
 * ("trong đó sử dụng nước sạch đạt 61,3%"), and parts that name groups of people, places or areas ("lao động nữ", "xã Tam Hòa cũ",
 * "khu vực miền núi") are those groups' own rates: none is read. Parts may be the main ones only: only parts above the rate are wrong.
 */
import { parseVnNumber, roundingInterval, type VnNumber } from './numbers';
import { PERSON_TRAITS, RATE_WORDS } from './lexicon';
import { RATE_PART_OTHER } from './lexicon/patterns-sums';

export interface RateParts {
  start: number;
  end: number;
  rate: VnNumber;
  parts: VnNumber[];
  sum: number;
  decimals: number;
}

/** After the rate's words, its percentage and what may stand between it and "trong đó": a bracket, a comma. */
const RATE_THEN_WITHIN = /^([^;.%()]{3,140}?)(\d{1,3}(?:,\d{1,2})?)\s*%\s*(?:\([^()]*\)\s*)?,?\s*trong đó\s*:?\s*/iu;
/** One part: words with no figure, then its bare percentage. */
const PART = /^\s*(\p{L}[^\d%;()]{0,140}?)\s+(\d{1,3}(?:,\d{1,2})?)\s*%\s*$/u;

export function rateParts(text: string): RateParts[] {
  const out: RateParts[] = [];
  if (!/trong đó/iu.test(text)) return out;
  for (let hit = RATE_WORDS.find(text), from = 0; hit; hit = RATE_WORDS.find(text.slice(from))) {
    const at = from + hit.end;
    from = at;
    const m = RATE_THEN_WITHIN.exec(text.slice(at));
    // (the rate's own words hold no bound: "tỷ lệ từ 95%", "trên 70%")
    if (!m || /(?<![\p{L}])(?:từ|trên|dưới|gần|khoảng|hơn|tối thiểu|ít nhất)\s*$/iu.test(m[1])) continue;
    const rate = parseVnNumber(m[2]);
    const start = at + m[0].length;
    const stop = text.slice(start).search(/[;(]|\.(?!\d)|$/u);
    const list = text.slice(start, start + stop);
    // (commas inside a part's name, "tự thu gom, xử lý tại hộ gia đình", belong to it: a part ends at its percentage)
    const items = list.split(/(?<=%)\s*(?:,|và(?![\p{L}]))\s*/u).filter((x) => x.trim());
    const parts: VnNumber[] = [];
    for (const it of items) {
      const p = PART.exec(it);
      if (!p || RATE_PART_OTHER.test(p[1]) || PERSON_TRAITS.some((t) => t.test(p[1]))) { parts.length = 0; break; }
      const n = parseVnNumber(p[2]);
      if (!n) { parts.length = 0; break; }
      parts.push(n);
    }
    if (!rate || parts.length < 2 || parts.some((p) => p.value >= rate.value)) continue;
    const lo = parts.reduce((s, p) => s + roundingInterval(p)[0], 0);
    if (lo <= roundingInterval(rate)[1] + 1e-9) continue;
    out.push({ start: at - hit.end + hit.start, end: start + stop, rate, parts, sum: parts.reduce((s, p) => s + p.value, 0), decimals: Math.max(rate.decimals, ...parts.map((p) => p.decimals)) });
    from = start + stop;
  }
  return out;
}
