/**
 * Vietnamese text handling: normalisation for matching (case, diacritics,
 * abbreviations, punctuation) and token similarity. Pure functions, no I/O.
 */
import { communitiesAsMinority } from './lexicon/ethnic';
import { settlementsAsThon } from './lexicon/settlements';
import { abbreviationsSpelled } from './lexicon/abbreviations';

/** Folded form of each non-ASCII character met so far (NFD once per character, not per string). */
const FOLDED = new Map<number, string>();
function foldChar(code: number): string {
  let f = FOLDED.get(code);
  if (f === undefined) {
    f = String.fromCharCode(code).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    FOLDED.set(code, f);
  }
  return f;
}

/** Strip Vietnamese diacritics (including đ/Đ) and lower-case. */
export function foldDiacritics(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 128 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]) : foldChar(c);
  }
  return out;
}

/** Characters that separate words for matching: punctuation, quotes, brackets, dashes, spaces. */
const SEPARATOR = new Set(' \t\n\r\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b“”"\'‘’«»(){}[]*_….,;:!?/\\|–—-'.split(''));

/**
 * Abbreviations writers use in place of the full words. Applied on folded text
 * (no diacritics, lower case), on word boundaries, in one pass: longest
 * alternatives first, looked up by the matched text.
 */
const ABBREVIATION_MAP = new Map<string, string>([
  ['nq', 'nghi quyet'], ['ntm', 'nong thon moi'], ['mtqg', 'muc tieu quoc gia'], ['ctmtqg', 'chuong trinh muc tieu quoc gia'],
  ['kt xh', 'kinh te xa hoi'], ['ktxh', 'kinh te xa hoi'], ['ubnd', 'uy ban nhan dan'], ['hdnd', 'hoi dong nhan dan'],
  ['mttq', 'mat tran to quoc'], ['mttqvn', 'mat tran to quoc viet nam'], ['bcd', 'ban chi dao'], ['ocop', 'ocop'],
  ['xd', 'xay dung'], ['ptnt', 'phat trien nong thon'], ['nn&ptnt', 'nong nghiep va phat trien nong thon'],
  ['nn va ptnt', 'nong nghiep va phat trien nong thon'],
  ['cntt', 'cong nghe thong tin'], ['khcn', 'khoa hoc cong nghe'], ['dtts', 'dan toc thieu so'], ['htx', 'hop tac xa'],
  ['btc', 'bo tieu chi'], ['cqdp', 'chinh quyen dia phuong'], ['dbkk', 'dac biet kho khan'], ['kh', 'ke hoach'], ['th', 'thuc hien'],
]);
const ABBREVIATION_RE = /\b(?:nn&ptnt|nn va ptnt|kt xh|ktxh|ctmtqg|mttqvn|mtqg|mttq|ntm|nq|ubnd|hdnd|bcd|ocop|xd|ptnt|cntt|khcn|dtts|htx|btc|cqdp|dbkk|kh|th)\b/g;

/** Words too common in this domain to distinguish one heading from another. */
const STOPWORDS = new Set([
  'va', 'cua', 'cac', 'trong', 'voi', 'cho', 'theo', 'de', 'la', 'co', 'nhung', 'mot', 'so', 'tai', 've',
  'thuc', 'hien', 'ket', 'qua', 'danh', 'gia', 'cong', 'tac', 'nhat', 'tren', 'duoc', 'tu', 'den', 'nay',
  'gan', 'cu', 'the', 'nhu', 'sau', 'khi', 'da', 've', 'o', 'nham', 'dong', 'thoi', 'lai',
]);

/**
 * The text with its abbreviations spelled out, its villages by local names written "thôn" and its communities by their own names as
 * "dân tộc thiểu số", its marks kept: what normalize folds ("TL bản đạt chuẩn NTM" → "tỷ lệ thôn đạt chuẩn nông thôn mới").
 */
export function spelledOut(input: string): string {
  return communitiesAsMinority(settlementsAsThon(abbreviationsSpelled(input)));
}

/**
 * Normalise for matching: fold diacritics, expand abbreviations, turn
 * punctuation into spaces, collapse whitespace. "NQ 16" → "nghi quyet 16". A village by another
 * name ("47/112 bản", "số ấp") reads as "thôn", the word the packs use; a community by its own name
 * ("đồng bào Vân Kiều") as "dân tộc thiểu số".
 */
export function normalize(input: string): string {
  if (input.length <= CACHEABLE) {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
  }
  const s = spelledOut(input);
  // one pass over char codes: fold, turn separators into single spaces, trim (codes gathered, then one string made)
  if (codes.length < s.length * 2 + 1) codes = new Uint16Array(s.length * 2 + 1);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let m = c < 0x2000 ? CODE[c] : SEPARATOR.has(s[i]) ? SPACE : NONE;
    if (m === UNSEEN) m = codeOf(c);
    if (m === SPACE) {
      space = n > 0;
      continue;
    }
    if (space) {
      codes[n++] = 32;
      space = false;
    }
    if (m >= 0) codes[n++] = m;
    else {
      // a character that folds to several (or none): its string, one by one
      const f = c < 0x2000 ? MAP[c] ?? mapCode(c) : s[i].toLowerCase();
      const need = n + f.length + 2 * (s.length - i) + 1;
      if (need > codes.length) {
        const more = new Uint16Array(need * 2);
        more.set(codes.subarray(0, n));
        codes = more;
      }
      for (let k = 0; k < f.length; k++) codes[n++] = f.charCodeAt(k);
    }
  }
  let t = '';
  for (let i = 0; i < n; i += 4096) t += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  t = t.replace(ABBREVIATION_RE, (m) => ABBREVIATION_MAP.get(m) ?? m);
  // "nông thôn" is one word here: a "thôn" (hamlet) keyword must not match it
  const out = t.includes('nong thon') ? t.replace(/\bnong thon\b/g, 'nongthon') : t;
  if (input.length <= CACHEABLE) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(input, out);
  }
  return out;
}

/** What each character below U+2000 becomes in normalised text (' ' for a separator), filled on first use. */
const MAP: Array<string | undefined> = new Array(0x2000);
function mapCode(c: number): string {
  const ch = String.fromCharCode(c);
  const m = SEPARATOR.has(ch) ? ' ' : c < 128 ? ch.toLowerCase() : foldChar(c);
  MAP[c] = m;
  return m;
}

/** The same as one code: SPACE for a separator, NONE when it is not one character (see MAP), UNSEEN before first use. */
const SPACE = -1;
const NONE = -2;
const UNSEEN = -3;
const CODE = new Int32Array(0x2000).fill(UNSEEN);
function codeOf(c: number): number {
  const m = mapCode(c);
  return (CODE[c] = m === ' ' ? SPACE : m.length === 1 ? m.charCodeAt(0) : NONE);
}
/** The codes of the normalised text being made (reused: normalising allocates only its result). */
let codes = new Uint16Array(1024);

/** Keywords, titles and headings are normalised again and again: remember the short ones. */
const CACHEABLE = 300;
const CACHE_MAX = 20_000;
const cache = new Map<string, string>();

/** Content tokens of a normalised string (stopwords and 1-letter tokens removed). */
export function tokens(s: string): string[] {
  return joinTerms(normalize(s))
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/**
 * Names of several words that are one thing, read as one word: a heading "Mục tiêu" shares nothing with "… các chương trình mục tiêu
 * quốc gia có sự tham gia của cộng đồng".
 */
const TERMS: Array<[RegExp, string]> = [[/\bmuc tieu quoc gia\b/g, 'mtqg']];
export const joinTerms = (norm: string) => (norm.includes('muc tieu quoc gia') ? TERMS.reduce((t, [re, one]) => t.replace(re, one), norm) : norm);

/** The stop words as written, with their marks: "có" is one, "cố" (folded the same) is not. */
const MARKED_STOPWORDS = new Set([
  'và', 'của', 'các', 'trong', 'với', 'cho', 'theo', 'để', 'là', 'có', 'những', 'một', 'số', 'tại', 'về', 'thực', 'hiện', 'kết', 'quả',
  'đánh', 'giá', 'công', 'tác', 'nhất', 'trên', 'được', 'từ', 'đến', 'này', 'gắn', 'cụ', 'thể', 'như', 'sau', 'khi', 'đã', 'ở', 'nhằm',
  'đồng', 'thời', 'lại',
]);
const MARKED_WORD = /[\p{L}\d]+/gu;

/**
 * The words `tokens` drops as stop words that are none as written: "cố" in "củng cố" folds like "có", "đề" like "để", "sở"
 * like "số". In lower case, with their marks.
 */
export function stopCollisions(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().normalize('NFC').matchAll(MARKED_WORD)) {
    const w = m[0];
    // (a word typed without its marks is read as the stop word it may be)
    const folded = foldDiacritics(w);
    if (folded !== w && !MARKED_STOPWORDS.has(w) && STOPWORDS.has(folded)) out.push(w);
  }
  return out;
}

/** True when the normalised text contains the normalised keyword as whole words. */
export function containsKeyword(normText: string, keyword: string): boolean {
  return containsNormalized(normText, normalize(keyword));
}

/** Same, with the keyword already normalised. */
export function containsNormalized(normText: string, k: string): boolean {
  if (!k) return false;
  const i = normText.indexOf(k);
  if (i < 0) return false;
  const before = i === 0 || normText[i - 1] === ' ';
  const after = i + k.length === normText.length || normText[i + k.length] === ' ';
  if (before && after) return true;
  // look for a later whole-word occurrence
  let j = normText.indexOf(k, i + 1);
  while (j >= 0) {
    if ((j === 0 || normText[j - 1] === ' ') && (j + k.length === normText.length || normText[j + k.length] === ' ')) return true;
    j = normText.indexOf(k, j + 1);
  }
  return false;
}

/** Shorten text for an excerpt, on a word boundary. */
/** An excerpt that shows the text around a position (the figure a finding is about), with "…" where it is cut. */
/** The text with what brackets hold, brackets included, turned to spaces: positions stay where they were. */
export function blankBrackets(s: string): string {
  // (inner brackets first, then those around them: "(huyện Vĩnh Phú (cũ) 18 sản phẩm, huyện Hòa Lâm (cũ) 13 sản phẩm)" — at most a
  // few levels, as writers nest them)
  let out = s.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
  for (let depth = 1; depth < MAX_NESTING && out.includes('('); depth++) {
    const next = out.replace(/\([^()]*\)/g, (x) => ' '.repeat(x.length));
    if (next === out) break;
    out = next;
  }
  return out;
}
/** How deep brackets inside brackets are blanked. */
const MAX_NESTING = 4;

/** A table row as one line, its cells parted by " | "; a merged cell, repeated over the columns it spans (`covered`), is said once. */
export function rowLine(cells: string[], covered?: Set<number>): string {
  return (covered ? cells.filter((_, i) => !covered.has(i)) : cells).join(' | ');
}

export function excerptAround(s: string, at: number, max = 160, through?: number): string {
  const t = s.replace(/\s+/g, ' ');
  // (the position in the text with its runs of spaces made one)
  at = s.slice(0, at).replace(/\s+/g, ' ').length;
  // (… from the text's start when the position is near it, far enough to show what must be seen: a claim after its result)
  const upTo = through === undefined ? 0 : s.slice(0, through).replace(/\s+/g, ' ').length + 12;
  if (t.trim().length <= max || at < max * 0.6) return excerpt(s, Math.max(max, upTo));
  let from = t.lastIndexOf(' ', Math.max(0, at - Math.floor(max / 3)));
  from = from < 0 ? 0 : from + 1;
  return '…' + excerpt(t.slice(from), Math.max(max - 1, upTo - from));
}

export function excerpt(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return t.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}

/** A label inside a sentence: its first letter in lower case, its abbreviations kept ("số xã đạt chuẩn NTM kiểu mẫu"). */
export const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
