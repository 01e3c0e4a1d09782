/**
 * Whose figure it is by place: counts of some of the unit's places, places set apart, counts of places recognised within the period.
 */
import type { Indicator } from '../packs/schema';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import type { Quantity } from './quantities';
import { excluded, mentions, negated } from './indicators';
import { blankBrackets, normalize } from './text';
import { CLAUSE_WORDS, FORMER_PLACE, ALL_OF_UNIT, RAISED_TOTAL, RECOGNISED_IN_YEAR, NEWLY_RECOGNISED, WITHIN_SPAN } from './lexicon';
import { PLACE_RANKS, type PlaceLevel } from './scope';
import { AREA_BEFORE, AREA_OPENS, GROUP_OPENS } from './lexicon/patterns-scope';
import { FRAME_KIND, TIME_OPENS_CLAUSE, ACT_OF_RECOGNISING, ACT_FOR, SPAN_SAID, YEAR_OF_DOCUMENT } from './lexicon/patterns';
import type { Role, Fact } from './facts-types';
import { nextBoundary, lastDigitAt } from './facts-bounds';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const UPPER = /\p{Lu}/u;
/**
 * A count given by naming the places it counts: "huyện Thái Thụy cơ bản đạt chuẩn nông thôn mới nâng cao",
 * "xã Hải Thượng và xã Hải Lâm đạt chuẩn NTM kiểu mẫu". Each part of the unit named as the subject, right
 * before a predicate that names a count indicator of that kind of place, with no figure of its own.
 */
export function namedCounts(c: { text: string; start: number }, named: Indicator[], places: Array<{ start: number; end: number; text: string; part?: boolean; own: boolean }>, make: (ind: Indicator, q: Quantity | undefined, value: number, role: Role) => Fact, out: Fact[], level?: string): void {
  const end = c.start + c.text.length;
  // the unit itself, by its bare noun as the subject ("Xã đạt chuẩn …, được UBND tỉnh công nhận đạt chuẩn theo Bộ tiêu chí …")
  const self: typeof places = [];
  const noun = level ? SELF_NOUN[level] : undefined;
  if (noun)
    for (const m of c.text.matchAll(noun)) {
      const at = c.start + m.index! + m[0].length - m[1].length;
      self.push({ start: at, end: at + m[1].length, text: m[1], own: true });
    }
  const candidates = [...places, ...self].sort((a, b) => a.start - b.start);
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    if (!(first.part || first.own) || first.start < c.start || first.end > end) continue;
    const bare = self.includes(first);
    const kind = normalize(first.text).split(' ')[0];
    // a part counts one; the unit itself, named as meeting the standard of its own kind ("Xã Cẩm Bình được
    // công nhận đạt chuẩn NTM" in a commune's report), gives the rate of such units: 100%
    const counts = named.filter((ind) => ind.target.comparator !== 'exactly' && (first.part ? !ind.unit.includes('%') && normalize(ind.unit) === kind : ind.unit === '%' && normalize(ind.keywords[0] ?? '') === kind));
    if (!counts.length || (!bare && !UPPER.test(first.text.slice(kind.length + 1, kind.length + 2)))) continue;
    let n = 1;
    let at = first.end - c.start;
    // further names of the same kind: ", xã Hải Lâm", " và Kiến Xương"
    for (let m = bare ? null : MORE_NAMES.exec(c.text.slice(at)); m && (!m[1] || normalize(m[1]) === kind); m = MORE_NAMES.exec(c.text.slice(at))) {
      n++;
      at += m[0].length;
      while (i + 1 < candidates.length && candidates[i + 1].start < c.start + at) i++;
    }
    // what is said of them, up to the clause's next boundary (the unit itself: to the clause's end): it names the
    // indicator and carries no figure but years, dates and the numbers of decisions
    const predicate = c.text.slice(at, bare ? c.text.length : nextBoundary(c.text, at));
    const figures = predicate.replace(/\d+\/(?:\d{4}\/)?[\p{Lu}Đ]+[\p{Lu}Đ\-]*/gu, '').replace(/\d{1,2}\/\d{1,2}\/\d{4}/g, '').replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, '');
    if (/\d/.test(figures) || !/^\s*(?:(?:cũng|đã|đều|vừa|được|vẫn|duy trì|tiếp tục|công nhận|UBND tỉnh|Trung ương|Thủ tướng Chính phủ)\s+)*(?:cơ bản\s+)?(?:hoàn thành|đạt)/u.test(predicate)) continue;
    const subject = normalize(`${kind} ${predicate}`);
    const ind = counts
      .filter((x) => mentions(x, subject) && !excluded(x, subject) && !negated(x, subject))
      .sort((a, b) => b.keywords.length - a.keywords.length)[0];
    if (!ind || (first.own && n > 1)) continue;
    const value = first.own ? 100 : n;
    const q: Quantity = { kind: first.own ? 'percent' : 'number', value, decimals: 0, unit: first.own ? '%' : kind, raw: c.text.slice(first.start - c.start, at), start: first.start - c.start, end: at };
    const fact = make(ind, q, value, 'result');
    if (fact.role === 'result') out.push({ ...fact, byName: true });
  }
}
/** The bare noun by which a report names its own unit, as a clause's subject: "Xã đạt chuẩn …", "; xã duy trì …". */
const selfNoun = (noun: string) =>
  new RegExp(`(?:^\\s*|[.;:,]\\s*)((?:${noun[0].toUpperCase()}|${noun[0]})${noun.slice(1)})(?=\\s+(?:(?:đã|vẫn|duy trì|tiếp tục|cũng)\\s+)*(?:cơ bản\\s+)?(?:đạt|hoàn thành|được))`, 'gu');
const SELF_NOUN: Record<string, RegExp> = { xa: selfNoun('xã'), huyen: selfNoun('huyện') };
/**
 * "03 xã bãi ngang ven biển (Hải An, Hải Khê, Hải Ba) có 20/20 thôn đạt chuẩn": a clause that opens on a count of places of a
 * higher rank than what the figure counts speaks of those places only (the words, for the JSON report), not of the unit.
 */
const SOME_PLACES = new RegExp(`^[\\s\\-–—+•*]*(?:trong đó,?\\s*)?(?:trong số\\s+|(?:riêng\\s+)?(?:tại|ở|đối với)\\s+(?:các\\s+)?)?(\\d{1,3})\\s+(${Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])[^,;:]*?(?:,\\s*(?:\\p{L}+\\s+){0,3}?\\p{L}+)*?(?:\\s|,\\s*)(?:(?:đều|đã|cũng|hiện|mới)\\s+){0,2}có\\s*$`, 'iu');
/** "nhóm (các) (16) xã": a group of places, its noun caught. */
const GROUP_NOUN = String.raw`nhóm\s+(?:các\s+)?(?:\d{1,3}\s+)?(xã|thôn|huyện|bản|ấp)(?![\p{L}])`;
/** A clause that opens on a group of places ("nhóm xã bãi ngang ven biển có", "nhóm xã đồng bằng còn lại"): it speaks of that group. */
const GROUP_OF_PLACES = new RegExp(String.raw`^[\s\-–—+•*]*(?:trong đó,?\s*)?(?:riêng\s+)?(?:(?:tại|ở|đối với)\s+)?(?:các\s+)?${GROUP_NOUN}[^;:\d]*?\s(?:(?:đều\s+)?có|là|đạt)?\s*$`, 'iu');
/** A clause that opens on "Riêng" and a count of places or "các" places: "Riêng 47 xã khu vực III …", "Riêng các xã miền núi …". */
const SET_APART = new RegExp(String.raw`^[\s\-–—+•*]*(?:riêng\s+(?:(?:đối với|với|tại|ở|trong)\s+)?|đối với\s+)(?:(?:các|những|nhóm)\s+(?:(?:các|nhóm)\s+)?|(\d{1,3})\s+)(${Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`, 'iu');
/** A sentence that opens on a group of places, whatever follows: "Trong nhóm các huyện miền núi (Hương Sơn, …), 49/49 xã …". */
const GROUP_LEAD = new RegExp(String.raw`^[\s\-–—+•*]*(?:trong|ở|tại|với|đối với|riêng)\s+${GROUP_NOUN}`, 'iu');
/** A clause that opens on "Riêng" and a village by its name: "riêng thôn Tà Dương mới đạt 55,2%", "Riêng bản Nà Hẩu …". */
const VILLAGE_APART = new RegExp(String.raw`^[\s\-–—+•*]*[Rr]iêng\s+(?:(?:tại|ở)\s+)?(thôn|${SETTLEMENT_WORDS.join('|')})\s+(\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})`, 'u');
/** A clause that opens on a former unit's area: "Khu vực Sơn Lâm cũ …", "Riêng khu vực Hải Phước (cũ) …". */
const FORMER_AREA = /^[\s\-–—+•*]*(?:[Rr]iêng\s+)?(?:(?:[Tt]ại|[Ởở])\s+)?[Kk]hu vực\s+(\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})\s*(?:\(\s*cũ\s*\)|cũ)(?![\p{L}])/u;
/** Whether a noun of places stands among others in a list of kinds ("thôn, bản"), made once for each noun. */
const KIND_AMONG = new Map<string, RegExp>();
function kindAmong(noun: string, text: string): boolean {
  let re = KIND_AMONG.get(noun);
  if (!re) KIND_AMONG.set(noun, (re = new RegExp(String.raw`(?:\p{L}+\s*,\s*${noun}|${noun}\s*,\s*\p{L}+)(?![\p{L}])`, 'iu')));
  return re.test(text);
}
export function someOf(left: string, unit: string | undefined): string | undefined {
  // (brackets blanked: their commas part no clause)
  const t = blankBrackets(left);
  // a village set apart by its name speaks for itself, whatever the figure counts (up to a comma or words of the whole)
  const part = t.slice(t.lastIndexOf(';') + 1);
  const village = VILLAGE_APART.exec(part);
  if (village && !/,|(?<![\p{L}])(?:toàn|tổng số|cả|nên|do đó|vì vậy|đến nay|của xã|của huyện|xã có|huyện có)(?![\p{L}])/iu.test(part.slice(village[0].length))) return `riêng ${village[1]} ${village[2]}`;
  // (… and so does a former unit's area that opens the clause: "Khu vực Sơn Lâm cũ còn một số chỉ tiêu thấp hơn bình quân chung của huyện
  // (lao động qua đào tạo 69,1%, …)")
  const area = FORMER_AREA.exec(part);
  if (area) return `khu vực ${area[1]} (cũ)`;
  // (… or an area of the unit that opens the clause, "Vùng thấp có 36/37 thôn …", or is named right before the figure, "Tỷ lệ lao động
  // qua đào tạo vùng cao (64,66%)" — lexicon: area-opens, area-before)
  const zone = AREA_OPENS.exec(part) ?? AREA_BEFORE.exec(part.slice(lastDigitAt(part) + 1));
  if (zone) return `vùng ${zone[1]}`;
  // (the rest from the sentence's last ";" or ":")
  const clause = unit ? t.slice(Math.max(t.lastIndexOf(';'), t.lastIndexOf(':')) + 1) : '';
  // (… or on a group of them: "Kết quả theo nhóm xã: nhóm xã bãi ngang ven biển có 8/9 xã đạt chuẩn")
  const g = unit ? GROUP_OF_PLACES.exec(clause) ?? GROUP_LEAD.exec(clause) : null;
  if (g && PLACE_RANKS[g[1].toLowerCase()] <= (PLACE_RANKS[unit!] ?? 0)) return `nhóm ${g[1].toLowerCase()}`;
  // (… or, after its last comma, on a count of places of one kind: "…, 03 huyện miền núi mới có 14/51 xã đạt chuẩn" — lexicon: group-opens)
  const kind = unit ? GROUP_OPENS.exec(part.slice(part.lastIndexOf(',') + 1)) : null;
  if (kind && PLACE_RANKS[kind[1].toLowerCase()] <= (PLACE_RANKS[unit!] ?? 0)) return `nhóm ${kind[1].toLowerCase()}`;
  // (… or on "Riêng" and some places, over a colon: "Riêng 47 xã khu vực III được thống kê riêng: có 11 xã đạt chuẩn")
  // (… up to a comma or words of the whole: "Riêng các xã khu vực III đã có 8 xã đạt chuẩn, nâng tổng số xã … toàn tỉnh lên 41 xã")
  const apart = unit ? part : '';
  const r = unit ? SET_APART.exec(apart) : null;
  // (… or past the comma that closes the places set apart: "Riêng các thôn thuộc 02 xã đặc biệt khó khăn (Ma Nới, Hòa Sơn), có 9/13 thôn
  // …", "Riêng các thôn vùng đồng bào dân tộc thiểu số, tỷ lệ thôn đạt chuẩn … mới đạt 71,4%" — lexicon: frame-kind)
  // (not a frame that names the standard itself, the indicator's own kind: "Riêng các xã đạt chuẩn nông thôn mới nâng cao, đến nay đã có 16
  // xã …" is all of them)
  const framed0 = r ? FRAME_KIND.exec(apart) : null;
  const framed = framed0 && !/(?<![\p{L}])(?:đạt chuẩn|nông thôn mới|ntm|nâng cao|kiểu mẫu)(?![\p{L}])/iu.test(framed0[1]) ? framed0 : null;
  // (… a rate too, of the places set apart by their own words before that comma: "Riêng các thôn vùng đồng bào dân tộc thiểu số, tỷ lệ …")
  // (… or one kind among the kinds the rate counts: "Riêng các bản, tỷ lệ thôn, bản đạt chuẩn …")
  // (read once, and only where places are set apart: a clause of many figures asks for each)
  const among = !!r && !!framed && kindAmong(r[2], apart.slice(framed[0].length, framed[0].length + 60));
  const rateApart = !!framed && unit === '%' && (framed[1].trim().split(/\s+/u).length > 2 || among);
  if (r) {
    // (the kinds' own comma parts no clause: "tỷ lệ thôn, bản đạt chuẩn")
    const rest0 = apart.slice(framed ? framed[0].length : r[0].length);
    const rest = among ? rest0.replace(/(?<![\p{L}])(\p{L}+)\s*,\s*(?=\p{L}+\s)/u, (w, a: string) => (a.toLowerCase() in PLACE_RANKS ? `${a} ` : w)) : rest0;
    // (places set apart by their noun alone, "Riêng đối với các huyện, đến nay đã có 05 huyện …", are all of them: nothing sets them apart,
    // unless they are one kind among the kinds the rate counts)
    const bare = !r[1] && /^\s*,/u.test(apart.slice(r[0].length)) && !among;
    if (!bare && (PLACE_RANKS[r[2].toLowerCase()] <= (PLACE_RANKS[unit!] ?? 0) || rateApart) && !/,|(?<![\p{L}])(?:toàn|tổng số|cả)(?![\p{L}])/iu.test(rest)) return `riêng ${r[1] ?? 'các'} ${r[2].toLowerCase()}`;
  }
  const m = unit ? SOME_PLACES.exec(clause) : null;
  // (not the former places the unit is made of, "03 xã cũ đều có 22/22 thôn", nor all of the unit's, "18 xã trên địa bàn huyện có")
  // (… a description may run over a comma, "05 xã bãi ngang ven biển, đầm phá có 30/32 thôn", not a clause: "05 xã đạt chuẩn, toàn huyện có")
  if (!m || !(PLACE_RANKS[m[2].toLowerCase()] < (PLACE_RANKS[unit!] ?? 0)) || FORMER_PLACE.test(m[0]) || ALL_OF_UNIT.test(m[0])) return undefined;
  const comma = m[0].indexOf(',', m.index! + m[1].length);
  // (… a lead that sets the places as the frame, "Đối với 02 xã …, đã có", ends at its comma: what follows is said of them)
  if (comma >= 0 && CLAUSE_WORDS.test(m[0].slice(comma)) && !/^[\s\-–—+•*]*(?:trong đó,?\s*)?(?:riêng\s+)?(?:tại|ở|đối với|trong số)\s/iu.test(m[0])) return undefined;
  return `${m[1]} ${m[2]}`;
}
/** Whether the figure counts places of a level: its noun in the figure or right after it, in the same words ("đạt 01 huyện", "100% số
 * huyện"; not the next part's, "(60,0%), kế đến là huyện Thuận Bắc"). */
export function countsLevel(level: PlaceLevel, text: string, q: Quantity): boolean {
  const t = text.slice(q.start, q.end + 20);
  const m = COUNTS_LEVEL[level].exec(t);
  // (not another place named after "và", nor one named by its name: "đạt 63,3% và huyện Thuận Bắc đạt 76,7%")
  const nounEnd = q.start + (m?.index ?? 0) + (m?.[0].length ?? 0);
  // (an acronym right after a noun that follows the figure is no name: "02 huyện NTM nâng cao" — but after other words, "10/10 nhóm tiêu chí
  // xã NTM kiểu mẫu", the noun is of what is counted, no count of places)
  const right = NAME_AFTER.test(text.slice(nounEnd, nounEnd + 6)) || (CAPITAL_AFTER.test(text.slice(nounEnd, nounEnd + 4)) && !/^\s*$/u.test(t.slice(q.end - q.start, Math.max(q.end - q.start, m?.index ?? 0))));
  return !!m && !/[(),;]|(?<![\p{L}])và(?![\p{L}])/u.test(t.slice(q.end - q.start, Math.max(q.end - q.start, m.index))) && !right;
}
/** Whether a zero in words, ending at a position, counts places of a level straight after it ("không còn xã dưới 15 tiêu chí"), no name after the noun. */
export function zeroCountsLevel(level: PlaceLevel, text: string, at: number): boolean {
  // (only a zero that counts, "không còn", "không có" — not one said of the place itself, "không thuộc nhóm xã dưới 15 tiêu chí", "đã ra
  // khỏi diện …": review-47 A5b … A15b)
  if (!/(?<![\p{L}])không\s+(?:còn|có)\s*$/iu.test(text.slice(Math.max(0, at - 12), at))) return false;
  const t = text.slice(at, at + 24);
  const m = COUNTS_LEVEL[level].exec(t);
  return !!m && !t.slice(0, m.index).trim() && !NAME_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6));
}
/** Right after a place noun, a capital (a name or an acronym). */
const CAPITAL_AFTER = /^\s+\p{Lu}/u;
/** A name right after a place noun: a capital not opening an acronym ("huyện Can Lộc", "xã A Lưới"; not "huyện NTM", "xã ATTP"). */
const NAME_AFTER = /^\s+\p{Lu}(?!\p{Lu})/u;
/** Words after a count that say it counts places of a level ("12/12 đơn vị cấp huyện", "41 xã"). */
const COUNTS_LEVEL: Record<PlaceLevel, RegExp> = {
  // on the text as written: folded, "quận" would be "bình quân"'s "quan"
  tinh: /(?<![\p{L}])tỉnh(?![\p{L}])/iu,
  huyen: /(?<![\p{L}])(?:cấp huyện|huyện|thị xã|thành phố|quận)(?![\p{L}])/iu,
  xa: /(?<![\p{L}])(?:cấp xã|xã|phường|thị trấn)(?![\p{L}])/iu,
};

const MORE_NAMES = /^\s*(?:,|và)\s*(?:(huyện|xã|thôn|thị xã|thành phố)\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}/u;

/** Where the bracket around a position opens, or -1 when the position is not inside one. */

/**
 * Whether a count is of places recognised within a span the clause names before it ("trong 6 tháng đầu năm 2025", "trong năm 2024";
 * lexicon: within-span, recognised-in-year) — and not a whole raised or reached by then ("…, nâng tổng số xã … lên 15 xã", "đến nay").
 */
export function recognisedWithin(text: string, q: Quantity, periodFrom: number): boolean {
  const before = text.slice(0, q.start);
  // (… words said after a pair of counts joined by "và" are both counts': "cho 09 xã NTM nâng cao và 05 xã NTM kiểu mẫu được công nhận")
  // (… or after a list of them: "cho 09 xã NTM nâng cao, 05 xã NTM kiểu mẫu và 01 huyện NTM nâng cao được công nhận")
  let pair = nextBoundary(text, q.end);
  for (let k = 0, next = /^\s*(?:,|và)\s*(?=\d)/u.exec(text.slice(pair, pair + 8)); k < 3 && next; k++, next = /^\s*(?:,|và)\s*(?=\d)/u.exec(text.slice(pair, pair + 8)))
    pair = nextBoundary(text, pair + next[0].length + 1);
  const own = text.slice(q.end, pair);
  // (… or said right after the places: "để 03 huyện đạt chuẩn trong giai đoạn 2022 - 6/2024" — a span of years only when it starts
  // after the period does, within it: "trong giai đoạn 2021 - 2025" may be the criteria's)
  // (never a level said so in its clause: compared with an earlier time, a share of the whole, a target beside it, or kept — "…, tăng
  // 03 xã so với năm 2022", "…, chiếm 87,2% tổng số xã", "…, vượt mục tiêu Nghị quyết (38 xã)", "duy trì 41 xã …")
  const clauseAfter = text.slice(q.end);
  if (LEVEL_SAID.test(clauseAfter) || /(?<![\p{L}])duy trì\s*$/iu.test(text.slice(Math.max(0, q.start - 12), q.start))) return false;
  const after = /^[^\d]{0,60}?(?:được công nhận|công nhận|đạt chuẩn(?=(?:\s+[^\s\d,;()]+){0,6}?\s+trong\s+giai đoạn))(?:\s+[^\s\d,;()]+){0,6}?\s+trong\s+(?:(năm|\d+\s+tháng|quý)|giai đoạn\s+((?:19|20)\d\d)|(giai đoạn)(?=\s*(?:[,;.:]|là\s|$)))(?![\p{L}])/iu.exec(own);
  // (… "trong giai đoạn" alone, then a mark or the names: the report's own period — "04 xã được công nhận đạt chuẩn trong giai đoạn là
  // Trung Môn, Hoàng Khai, …")
  if (after && (after[1] || after[3] || Number(after[2]) > periodFrom)) return true;
  // (… or by an act that recognises them, a decision or a span of time before it: "Quyết định số 512/QĐ-UBND ngày 28/02/2025 công nhận 06
  // xã …", "Từ năm 2022 đến 30/6/2024, Chủ tịch UBND tỉnh đã công nhận 06 xã …" — not "đến nay … đã công nhận 15 xã", the whole so far)
  // (… or by a time that opens its clause: "năm 2022 công nhận 11 xã …; 6 tháng đầu năm 2025 công nhận 04 xã …")
  if (RECOGNISES.test(before) && (DECISION.test(before) || SPAN_FROM.test(before) || WITHIN_SPAN.test(before) || TIME_OPENS_CLAUSE.test(before)) && !SO_FAR.test(before) && !RAISED_TOTAL.test(before)) return true;
  // (… or by the act right before the count, or before a list of counts it opens, the span said after them: "trình UBND tỉnh công nhận 12
  // xã đạt chuẩn nông thôn mới nâng cao và 03 xã đạt chuẩn nông thôn mới kiểu mẫu trong 6 tháng đầu năm 2025")
  // (… the act's standard said before the count, then "cho": "công nhận đạt chuẩn nông thôn mới nâng cao cho 09 xã trong 6 tháng đầu năm
  // 2024"; the span said without "trong": "công nhận 09 xã … nâng cao năm 2023 và 03 xã … kiểu mẫu 6 tháng đầu năm 2024")
  const act = before.includes('công nhận') ? [...before.matchAll(ACTS_OF_RECOGNISING)].pop() : undefined;
  const afterAct = act ? before.slice(act.index + act[0].length) : '';
  // (… a year of the count's own, not of a document or a set of criteria named in its words: "… theo Bộ tiêu chí ban hành năm 2022")
  const said = SPAN_SAID.exec(own);
  if (act && (!afterAct || listOfCounts(afterAct) || ACT_FOR.test(afterAct)) && (WITHIN_SPAN.find(own) || (said && !YEAR_OF_DOCUMENT.test(own.slice(0, said.index)))) && !SO_FAR.test(before)) return true;
  // (… or said new by the act itself, the count first or in a list of counts after it: "toàn tỉnh công nhận mới 10 xã đạt chuẩn nông
  // thôn mới, 12 xã đạt chuẩn nông thôn mới nâng cao, 05 xã … và 21 thôn …" — lexicon newly-recognised)
  const span = WITHIN_SPAN.findLast(before);
  if (!span) return false;
  if (!RECOGNISED_IN_YEAR.test(before) && !RECOGNISED_IN_YEAR.test(own)) return false;
  const between = text.slice(span.end, q.start);
  return !RAISED_TOTAL.test(between) && !SO_FAR.test(between);
}
/**
 * Whether a count is said new by the act itself, in its sentence up to it, the count first or in a list of counts after the act ("toàn
 * tỉnh công nhận mới 10 xã đạt chuẩn nông thôn mới, 12 xã … nâng cao, 05 xã … và 21 thôn …", "công nhận mới: 10 xã …; 12 xã …" — lexicon
 * newly-recognised).
 */
export function saidNew(sentenceBefore: string): boolean {
  const newly = NEWLY_RECOGNISED.findLast(sentenceBefore);
  return !!newly && !SO_FAR.test(sentenceBefore.slice(newly.end)) && listOfCounts(sentenceBefore.slice(newly.end));
}
/** Counts of a list up to the one read ("10 xã đạt chuẩn nông thôn mới, 12 xã … nâng cao và "), or nothing: each item opens on its count. */
function listOfCounts(between: string): boolean {
  // (the list may open on a colon or "được", its items parted by ";": "công nhận mới: 10 xã …; 12 xã …", "công nhận mới được 10 xã …")
  const list = between.replace(/^\s*(?::|được(?![\p{L}]))\s*/u, ' ');
  if (/[.:()]/u.test(list.replace(/(?<=\d)[.,](?=\d)/gu, ''))) return false;
  const items = list.split(/[,;]|\svà\s/u).map((x) => x.trim());
  return items.pop() === '' && items.every((x) => /^\d/u.test(x) && x.length <= 80);
}
/** Between two counts of a list: the first's noun, perhaps the names of its places after "gồm", then "," or "và". */
export function listedAfter(between: string): boolean {
  const t = between.replace(/\([^()\d]*\)/gu, '');
  if (/^[^;.:()\d]{0,50}(?:,|\svà)\s*$/u.test(t)) return true;
  const m = /^([^;.:()\d]{0,50}?),?\s*(?:gồm(?:\s+các\s+(?:xã|thôn|huyện))?|là)\s*:?\s*([^\d]{0,400}?)\s*(?:,|\svà)\s*$/u.exec(t);
  // (each a name, its kind before it or not: "Cẩm Duệ", "xã Cẩm Duệ")
  return !!m && m[2].split(/[,;]|\svà\s/u).every((name) => /^(?:(?:xã|thôn|huyện|thị trấn|phường)\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}$/u.test(name.trim()));
}
/** Words after a count that make it a level: a comparison with an earlier time, a share of the whole, a target beside it. */
const LEVEL_SAID = /(?<![\p{L}])(?:so với|chiếm\s+[\d.,]+\s*%|vượt mục tiêu|đạt mục tiêu|vượt chỉ tiêu|đạt chỉ tiêu|hoàn thành mục tiêu|nâng tổng)(?![\p{L}])/iu;
/** The act of recognising, right before the count: "… công nhận 06 xã", "đã công nhận thêm 03 xã". */
const RECOGNISES = /(?<![\p{L}])công nhận(?:\s+(?:thêm|mới|bổ sung))?\s*$/iu;
/** Every act of recognising in a text (lexicon: act-of-recognising), the last before a count read. */
const ACTS_OF_RECOGNISING = new RegExp(ACT_OF_RECOGNISING.source, `${ACT_OF_RECOGNISING.flags}g`);
/** A decision named before it: "Quyết định số 512/QĐ-UBND ngày 28/02/2025". */
const DECISION = /(?<![\p{L}])quyết định(?:\s+số)?\s+\d/iu;
/** A span of time said from its start: "Từ năm 2022 đến 30/6/2024", "từ tháng 7/2023 đến nay" is the whole so far. */
const SPAN_FROM = /(?<![\p{L}])từ\s+(?:năm\s+|tháng\s+)?(?:\d{1,2}\/)?(?:19|20)\d\d\s+(?:đến|tới)\s+(?!nay)/iu;
const SO_FAR = /(?<![\p{L}])(?:đến nay|hiện nay|hiện có|tổng số|tổng cộng|toàn bộ)(?![\p{L}])/iu;
