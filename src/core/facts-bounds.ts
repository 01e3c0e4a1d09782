/**
 * Where a figure's clause, sentence part or bracket begins and ends: the text around a figure that speaks of it.
 */
import { clauses } from './quantities';
import { blankBrackets } from './text';
import { BREAKDOWN, SETTLEMENT_KINDS } from './lexicon';
import { someOf } from './facts-places';
import { PLACE_RANKS } from './scope';
import { NUMBER_WORDS } from './spelled-counts';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const LETTER = /\p{L}/u;
const NAMES_IN_BRACKETS = /^\(\s*\p{Lu}[^()\d]{0,60}\)/u;
/** A place's noun before a name: "huyện ", "xã " (lexicon: the administrative nouns and the settlements), longest first. */
const PLACE_NOUN = new RegExp(`^(${Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).join('|')})\\s+\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3}$`, 'u');
/** A name alone, in capitals: "Can Lộc", "Nghi Xuân". */
const BARE_NAME = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}$/u;
/**
 * "(huyện Nghi Xuân)", "(xã Thạch Kim, xã Cẩm Bình)", "(huyện Nghi Xuân, Can Lộc)": the names of the places a count counts, each of one
 * kind, its noun before it or not — not an address of places of two kinds, "(xã Phước Thắng, huyện Bác Ái)" (session 39, ntt05).
 */
function namedPlaces(rest: string): boolean {
  const close = rest.indexOf(')');
  if (close < 0 || close > 80) return false;
  const nouns = new Set<string>();
  for (const item of rest.slice(1, close).split(/\s*,\s*|\s+và\s+/u)) {
    const m = PLACE_NOUN.exec(item.trim());
    if (m) nouns.add(m[1]);
    else if (!BARE_NAME.test(item.trim())) return false;
  }
  return nouns.size === 1;
}
const COUNT_IN_BRACKETS = /^\(\s*[\d.,]+\s+\p{Ll}+\s*\)\s+\p{Ll}/u;
/** "(cũ)", "(trước sáp nhập)" after the places counted: the former places are what is counted ("03/03 xã (cũ) duy trì, giữ vững chuẩn …"). */
const FORMER_IN_BRACKETS = /^\(\s*(?:cũ|trước sáp nhập|trước hợp nhất|trước sắp xếp)\s*\)/iu;
const SHARE_IN_BRACKETS = /^\(\s*(?:đạt\s+|chiếm\s+)?[\d.,]+\s*%\s*\)\s+\p{Ll}/u;
const NAME_START = /^\p{Lu}\p{Ll}/u;

/** Where the bracket that opens right after a position closes (its own brackets inside), or -1 where none opens there. */
export function bracketClose(text: string, at: number): number {
  const open = /^\s*\(/u.exec(text.slice(at, at + 4));
  if (!open) return -1;
  let depth = 0;
  for (let k = at + open[0].length - 1, stop = Math.min(text.length, at + 2000); k < stop; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && --depth === 0) return k;
  }
  return -1;
}

/**
 * Where the clause a figure stands in begins, for someOf: the last ";" before `end` outside brackets (a bracket still open at `end` counts
 * as text, as blankBrackets leaves it), else `from`. Read backward, so a sentence of many figures is not read again for each.
 */
export function lastClauseAt(text: string, from: number, end: number): number {
  // (read forward once for each sentence, as its figures come in order: the ";" inside a bracket closed before `end` are dropped)
  let st = clauseScan;
  if (!st || st.text !== text || st.from !== from || st.pos > end) st = clauseScan = { text, from, pos: from, open: [[]] };
  for (; st.pos < end; st.pos++) {
    const ch = text.charCodeAt(st.pos);
    if (ch === 40) st.open.push([]); // "("
    else if (ch === 41) { if (st.open.length > 1) st.open.pop(); } // ")"
    else if (ch === 59) st.open[st.open.length - 1].push(st.pos); // ";"
  }
  for (let d = st.open.length - 1; d >= 0; d--) if (st.open[d].length) return st.open[d][st.open[d].length - 1];
  return from;
}
/** The index of the last digit in a text, -1 when it has none. */
export function lastDigitAt(t: string): number {
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}
let clauseScan: { text: string; from: number; pos: number; open: number[][] } | undefined;
export function openBracket(text: string, at: number): number {
  // (most clauses hold no bracket: one look for each clause, not a search back for each figure)
  if (text !== bracketsIn.text) bracketsIn = { text, any: text.includes('(') };
  if (!bracketsIn.any) return -1;
  const open = text.lastIndexOf('(', at);
  return open > text.lastIndexOf(')', at) ? open : -1;
}

let bracketsIn = { text: '', any: false };
/** "thôn, buôn", "thôn, tổ dân phố": a comma between two kinds of village, inside one subject. */
function joinsKinds(text: string, comma: number): boolean {
  // (units of one level named by their kinds: "12/12 huyện, thị xã", "xã, phường, thị trấn")
  const lvl = LEVEL_KIND_BEFORE.exec(text.slice(Math.max(0, comma - 12), comma));
  if (lvl && LEVEL_KIND_AFTER[lvl[1] === 'huyện' || lvl[1] === 'thị xã' || lvl[1] === 'thành phố' ? 0 : 1].test(text.slice(comma + 1, comma + 16))) return true;
  const after = SETTLEMENT_KINDS.find(text.slice(comma + 1, comma + 16));
  if (!after || text.slice(comma + 1, comma + 1 + after.start).trim()) return false;
  const before = SETTLEMENT_KINDS.findLast(text.slice(Math.max(0, comma - 14), comma));
  return !!before && before.end === Math.min(comma, 14);
}

const LEVEL_KIND_BEFORE = /(?<![\p{L}])(huyện|thị xã|thành phố|xã|phường|thị trấn)$/u;
const LEVEL_KIND_AFTER = [/^\s*(?:thị xã|thành phố|huyện)(?![\p{L}])/u, /^\s*(?:phường|thị trấn|xã)(?![\p{L}])/u];

/** The brackets of a text that close within it, outermost, as [open, close] in order. */
export function closedAsides(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 40) { if (depth++ === 0) open = i; }
    else if (ch === 41 && depth > 0 && --depth === 0) out.push([open, i]);
  }
  return out;
}

export function lastBoundary(text: string, at: number): number {
  const s = text.slice(0, at);
  // a colon does not end the subject: "Số xã còn dưới 15 tiêu chí: 0 xã"
  // (… nor a comma inside an aside closed before the figure: "Tốc độ tăng trưởng … nông nghiệp (nông, lâm, thủy sản) bình quân đạt
  // 3,2%/năm")
  // (the closed asides found once, in one pass: a comma's test is then a look at the aside around it)
  const asides = s.includes('(') ? closedAsides(s) : [];
  let near = asides.length - 1;
  const inAside = (k: number) => {
    while (near >= 0 && asides[near][0] > k) near--;
    return near >= 0 && asides[near][1] > k && !/\d,\d/u.test(s.slice(k - 1, k + 2));
  };
  let b = s.lastIndexOf(',');
  while (b > 0 && (joinsKinds(s, b) || inAside(b))) b = s.lastIndexOf(',', b - 1);
  if (b >= 0) b += 1;
  for (const w of ['trong đó', 'gồm']) {
    const i = s.lastIndexOf(w);
    // (… not inside an aside closed before the figure: "Tốc độ tăng trưởng … nông nghiệp (bao gồm thủy sản) bình quân đạt 3,4%/năm")
    const aside = i >= 0 && s.lastIndexOf('(', i) > s.lastIndexOf(')', i) && s.indexOf(')', i) >= 0;
    if (i >= 0 && !aside && i + w.length > b && !LETTER.test(s.charAt(i + w.length)) && (i === 0 || !LETTER.test(s.charAt(i - 1)))) b = i + w.length;
  }
  return Math.max(b, 0);
}

/** After a comma, the rest of a series of verbs that ends in "đạt" ("…, củng cố và đạt chuẩn", "cập nhật, củng cố đạt chuẩn", "cập nhật, củng cố, đạt chuẩn", "…, củng cố và được công nhận đạt chuẩn", "…, nâng cấp và được UBND tỉnh công nhận đạt chuẩn"), or in keeping the standard ("duy trì, giữ vững chuẩn"): a few words, no figure — not a new subject ("…, huyện đạt chuẩn nông thôn mới"), nor a claim on the target ("…, đạt mục tiêu 02 huyện theo Kết luận"), nor a count in words of places that opens a new subject ("…, hai huyện đạt chuẩn nông thôn mới nâng cao" — nwm01). (not a clause that opens on what is still missing: "02/03 nhóm tiêu chí, còn thiếu tỷ lệ ấp đạt chuẩn …" — "còn duy trì và đạt chuẩn", still, goes on) */
const VERB_SERIES = new RegExp(String.raw`^\s*(?!(?:huyện|xã|thôn|bản|ấp|tỉnh|thị xã|thành phố|tỷ lệ|số|có|còn thiếu|còn chưa|riêng)\s)(?!(?:(?:${NUMBER_WORDS})\s+){1,3}(?:huyện|xã|thôn|bản|ấp|tỉnh)\s)(?:(?:\p{Ll}+(?:\s+|,\s*)){0,7}(?:và\s+(?:(?:được|đã)\s+)?(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Hội đồng thẩm định)\s+(?:tỉnh|huyện)\s+|cấp có thẩm quyền\s+)?(?:công nhận\s+)?)?đạt(?!\s+(?:mục tiêu|chỉ tiêu|kế hoạch))|(?:\p{Ll}+(?:\s+|,\s*)){4,5}và\s+(?:(?:được|đã)\s+)?(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Hội đồng thẩm định)\s+(?:tỉnh|huyện)\s+|cấp có thẩm quyền\s+)?(?:công nhận\s+)?đạt(?!\s+(?:mục tiêu|chỉ tiêu|kế hoạch))|(?:\p{Ll}+(?:\s+|,\s*)){0,3}(?:và\s+)?(?:giữ vững|duy trì)\s+chuẩn)\s`, 'u');
/** "… duy trì và đạt chuẩn …", "… giữ vững và nâng cấp đạt chuẩn …": after "và", the standard reached ends the verbs of one subject. */
const AND_REACHED = /^\s*(?:(?:được|đã)\s+)?(?:(?!(?:huyện|xã|thôn|bản|ấp|tỉnh|các|số|có|tỷ)\s)\p{Ll}+\s+){0,3}?(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND|Hội đồng thẩm định)\s+(?:tỉnh|huyện)\s+|cấp có thẩm quyền\s+)?(?:công nhận\s+)?(?:đạt|giữ vững|duy trì)\s+chuẩn/u;
export function nextBoundary(text: string, at: number): number {
  const rest = text.slice(at);
  const SEP = /[,(:]|\svà\s/gu;
  let m = SEP.exec(rest);
  // "01 huyện (Nghi Xuân) được công nhận …": the names in brackets belong to the subject
  // … and so does a share in brackets before the rest of the subject ("15/15 xã (100%) trên địa bàn huyện đạt chuẩn")
  // … and so does a count in brackets before the rest of the subject ("100% số hộ (2.846 hộ) sử dụng nước sạch")
  while (m && m[0] === '(' && (NAMES_IN_BRACKETS.test(rest.slice(m.index)) || namedPlaces(rest.slice(m.index)) || COUNT_IN_BRACKETS.test(rest.slice(m.index)) || FORMER_IN_BRACKETS.test(rest.slice(m.index)) || (SHARE_IN_BRACKETS.test(rest.slice(m.index)) && !/^\(\s*(?:đạt\s+|chiếm\s+)?[\d.,]+\s*%\s*\)\s+(?:và|trong đó|so với|tăng|giảm|vượt|đạt(?!\s+chuẩn)|chưa)/u.test(rest.slice(m.index))))) {
    SEP.lastIndex = rest.indexOf(')', m.index) + 1;
    m = SEP.exec(rest);
  }
  // "thôn, buôn" names one subject; "02 huyện Nghi Xuân và Can Lộc" one list of names
  // … and "đã rà soát, củng cố và đạt chuẩn" one series of verbs ending in "đạt": the subject runs on to what is reached
  for (;;) {
    if (m && m[0] === ',') {
      if (!joinsKinds(text, at + m.index)) {
        const series = VERB_SERIES.exec(rest.slice(m.index + 1));
        if (!series) break;
        SEP.lastIndex = m.index + 1 + series[0].length;
      }
    } else if (!(m && m[0] !== ',' && m[0].trim() === 'và' && (NAME_START.test(rest.slice(m.index + m[0].length)) || AND_REACHED.test(rest.slice(m.index + m[0].length))))) break;
    m = SEP.exec(rest);
  }
  // (a breakdown's words count only before the separator found: the rest of a long clause is not read)
  const b = BREAKDOWN.find(m ? rest.slice(0, m.index + 1) : rest);
  const i = Math.min(m ? m.index : Infinity, b ? b.start : Infinity);
  return i === Infinity ? text.length : at + i;
}
