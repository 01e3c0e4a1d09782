/**
 * Which of a few characters each paragraph holds, found in one pass over the document's text and shared by
 * the analysis and the rules. Most of their patterns need one of these characters ("a/b" a slash, a date a
 * slash and four digits, "trong đó" an "đó"): a paragraph without it is passed over without running the pattern.
 * On a 400-page report (20,000 paragraphs, most of them table cells) a dozen patterns tried on every
 * paragraph were a third of a check; one pass over the characters costs about as much as one of them.
 *
 * A flag only ever says that a pattern cannot match; the pattern still decides when it can.
 */
import type { DocModel, Paragraph } from './model';

export const CH = {
  /** 0-9 (what `\d` matches). */
  DIGIT: 1 << 0,
  /** Four digits in a row (`\d{4}`). */
  DIGITS4: 1 << 1,
  SLASH: 1 << 2,
  /** "-" or "/". */
  DASH_OR_SLASH: 1 << 3,
  /** "đó" in any case ("trong đó"). */
  D_O: 1 << 4,
  /** A combining mark (U+0300–U+036F): the text is not in composed form. */
  COMBINING: 1 << 5,
  /** "…", or two full stops in a row. */
  ELLIPSIS: 1 << 6,
  /** "xx" in any case. */
  XX: 1 << 7,
  /** "[". */
  BRACKET: 1 << 8,
  /** "số" in any case. */
  SO: 1 << 9,
  /** "gồm" in any case. */
  GOM: 1 << 10,
  /** "năm" in any case. */
  NAM: 1 << 11,
  /** "nếu" in any case. */
  NEU: 1 << 12,
  /** "lục" or "luc" in any case ("phụ lục"). */
  LUC: 1 << 13,
  /** "ngà" in any case ("ngày"). */
  NGAY: 1 << 14,
  /** The paragraph is in a table cell: no character, and only in `flags` (read by position), so that a loop passes cells over untouched. */
  CELL: 1 << 15,
  /** "oạc" or "oac" in any case ("kế hoạch", "ke hoach"). */
  OAC: 1 << 16,
  /** "chỉ t" or "chi t" in any case ("chỉ tiêu", "chi tieu"), white space of any kind between. */
  I_T: 1 << 17,
  /** "mục t" or "muc t" in any case ("mục tiêu", "muc tieu"), white space of any kind between. */
  UC_T: 1 << 18,
  /** "≥" or ">" (a bound: "(≥ 95%)"). */
  BOUND: 1 << 19,
} as const;

const EVERY = 0xfffff;

/** Lower case of the letters the flags look at, as case-insensitive patterns match them ("ſ" is an "s"); other characters as they are. */
function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  switch (c) {
    case 0x110: return 0x111; // Đ
    case 0xd3: return 0xf3; // Ó
    case 0xc0: return 0xe0; // À
    case 0x1ee4: return 0x1ee5; // Ụ
    case 0x1ebe: return 0x1ebf; // Ế
    case 0x102: return 0x103; // Ă
    case 0x1ed0: return 0x1ed1; // Ố
    case 0x1ed2: return 0x1ed3; // Ồ
    case 0x17f: return 115; // ſ
    case 0x1ea0: return 0x1ea1; // Ạ
    case 0x1ec8: return 0x1ec9; // Ỉ
  }
  return c;
}

/** What `\s` matches. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The flags of one text. */
export function charFlags(s: string): number {
  let f = 0;
  let run = 0;
  /** The two characters before, in lower case. */
  let p1 = 0;
  let p2 = 0;
  /** 1 right after "chỉ" or "chi", 2 after it and white space. */
  let afterI = 0;
  /** The same for "mục" or "muc". */
  let afterC = 0;
  for (let i = 0; i < s.length; i++) {
    const raw = s.charCodeAt(i);
    if (raw >= 48 && raw <= 57) {
      f |= CH.DIGIT;
      if (++run >= 4) f |= CH.DIGITS4;
      p2 = p1;
      p1 = raw;
      continue;
    }
    run = 0;
    const c = lower(raw);
    // "chỉ" or "chi", white space (any run of it, as the phrases' \s+ reads it), "t"
    if (c === 116 && afterI === 2) f |= CH.I_T;
    if (c === 116 && afterC === 2) f |= CH.UC_T;
    afterI = (c === 0x1ec9 || c === 105) && p1 === 104 && p2 === 99 ? 1 : afterI && isSpace(c) ? 2 : 0;
    afterC = c === 99 && (p1 === 0x1ee5 || p1 === 117) && p2 === 109 ? 1 : afterC && isSpace(c) ? 2 : 0;
    switch (c) {
      case 47: f |= CH.SLASH | CH.DASH_OR_SLASH; break; // /
      case 45: f |= CH.DASH_OR_SLASH; break; // -
      case 46: if (p1 === 46) f |= CH.ELLIPSIS; break; // ..
      case 0x2026: f |= CH.ELLIPSIS; break; // …
      case 120: if (p1 === 120) f |= CH.XX; break; // xx
      case 91: f |= CH.BRACKET; break; // [
      case 62: case 0x2265: f |= CH.BOUND; break; // >, ≥
      case 0xf3: if (p1 === 0x111) f |= CH.D_O; break; // đó
      case 0xe0: if (p1 === 103 && p2 === 110) f |= CH.NGAY; break; // ngà
      case 0x1ed1: if (p1 === 115) f |= CH.SO; break; // số
      case 109: if (p1 === 0x103 && p2 === 110) f |= CH.NAM; else if (p1 === 0x1ed3 && p2 === 103) f |= CH.GOM; break; // năm, gồm
      case 117: if (p1 === 0x1ebf && p2 === 110) f |= CH.NEU; break; // nếu
      case 99: if ((p1 === 117 || p1 === 0x1ee5) && p2 === 108) f |= CH.LUC; else if ((p1 === 0x1ea1 || p1 === 97) && p2 === 111) f |= CH.OAC; break; // lục, luc; oạc, oac
      default: if (c >= 0x300 && c <= 0x36f) f |= CH.COMBINING;
    }
    p2 = p1;
    p1 = c;
  }
  return f;
}

export interface ParagraphChars {
  /** The flags of each paragraph by its position: a loop over positions reads them without touching the paragraphs it passes over. */
  flags: Uint32Array;
  /** Whether the paragraph's flags are known (it is at its index in the document). */
  known(p: Paragraph): boolean;
  /** Whether the paragraph holds every character the mask names (true when not known). */
  all(p: Paragraph, mask: number): boolean;
  /** Whether it holds any of them (true when not known). */
  any(p: Paragraph, mask: number): boolean;
}

/** The flags of every paragraph of a document, computed once per document (the model is not changed after reading). */
export function paragraphChars(doc: DocModel): ParagraphChars {
  let hit = cache.get(doc);
  if (!hit || hit.n !== doc.paragraphs.length) {
    const flags = new Uint32Array(doc.paragraphs.length);
    for (let i = 0; i < flags.length; i++) {
      const p = doc.paragraphs[i];
      flags[i] = charFlags(p.text) | (p.cell ? CH.CELL : 0);
    }
    hit = { n: flags.length, flags };
    cache.set(doc, hit);
  }
  const { flags } = hit;
  const paragraphs = doc.paragraphs;
  // a paragraph is found by its index; one that is not at its index (a model made by hand) is not known
  const of = (p: Paragraph) => (paragraphs[p.index] === p ? flags[p.index] : EVERY);
  return {
    flags,
    known: (p) => paragraphs[p.index] === p,
    all: (p, mask) => (of(p) & mask) === mask,
    any: (p, mask) => (of(p) & mask) !== 0,
  };
}

const cache = new WeakMap<DocModel, { n: number; flags: Uint32Array }>();

/**
 * Whether a text may start with one of a set's phrases, all of which start with one of `firsts` (ASCII letters in
 * both cases, or signs): a text starting with another ASCII character cannot; any other first character is left
 * to the set (its folding may drop the character).
 */
export function mayStartWith(s: string, firsts: string): boolean {
  return s.length > 0 && (s.charCodeAt(0) >= 128 || firsts.includes(s[0]));
}

/** First characters of the sub-row marks ("trong đó", "-", "+", "*"; "•" and "–" are not ASCII). */
export const SUB_ROW_FIRSTS = 'tT-+*';
/** A table row whose label opens on "Trong đó" (after a bullet): some parts of the row above, not all. */
export const PART_ROW = /^[\s\-–+•*]*trong\s+đó/iu;
