/**
 * Which of a few characters each paragraph holds, found in one pass over the document's text and shared by
 * the analysis and the rules. Most of their patterns need one of these characters ("a/b" a slash, a date a
 * slash and four digits, "trong đó" a đ): a paragraph without it is passed over without running the pattern.
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
  /** đ or Đ (all that matches "đ" case-insensitively). */
  D_STROKE: 1 << 4,
  /** A combining mark (U+0300–U+036F): the text is not in composed form. */
  COMBINING: 1 << 5,
  /** "…", or two full stops in a row. */
  ELLIPSIS: 1 << 6,
  /** "xx" in either case. */
  XX: 1 << 7,
  /** "[". */
  BRACKET: 1 << 8,
  /** ố/Ố ("số"). */
  O_CIRC_ACUTE: 1 << 9,
  /** ồ/Ồ ("gồm"). */
  O_CIRC_GRAVE: 1 << 10,
  /** ă/Ă ("năm"). */
  A_BREVE: 1 << 11,
  /** ế/Ế ("nếu"). */
  E_CIRC_ACUTE: 1 << 12,
  /** p/P ("phụ lục"). */
  P: 1 << 13,
} as const;

const EVERY = 0xffff;

/** The flags of one text. */
export function charFlags(s: string): number {
  let f = 0;
  let run = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      f |= CH.DIGIT;
      if (++run >= 4) f |= CH.DIGITS4;
      prev = c;
      continue;
    }
    run = 0;
    if (c < 128) {
      if (c === 47) f |= CH.SLASH | CH.DASH_OR_SLASH;
      else if (c === 45) f |= CH.DASH_OR_SLASH;
      else if (c === 46) {
        if (prev === 46) f |= CH.ELLIPSIS;
      } else if (c === 120 || c === 88) {
        if (prev === 120 || prev === 88) f |= CH.XX;
      } else if (c === 91) f |= CH.BRACKET;
      else if (c === 112 || c === 80) f |= CH.P;
    } else if (c === 0x111 || c === 0x110) f |= CH.D_STROKE;
    else if (c >= 0x300 && c <= 0x36f) f |= CH.COMBINING;
    else if (c === 0x2026) f |= CH.ELLIPSIS;
    else if (c === 0x1ed1 || c === 0x1ed0) f |= CH.O_CIRC_ACUTE;
    else if (c === 0x1ed3 || c === 0x1ed2) f |= CH.O_CIRC_GRAVE;
    else if (c === 0x103 || c === 0x102) f |= CH.A_BREVE;
    else if (c === 0x1ebf || c === 0x1ebe) f |= CH.E_CIRC_ACUTE;
    prev = c;
  }
  return f;
}

export interface ParagraphChars {
  /** Whether the paragraph holds every character the mask names (true when not known). */
  all(p: Paragraph, mask: number): boolean;
  /** Whether it holds any of them (true when not known). */
  any(p: Paragraph, mask: number): boolean;
}

/** The flags of every paragraph of a document, computed once per document (the model is not changed after reading). */
export function paragraphChars(doc: DocModel): ParagraphChars {
  let hit = cache.get(doc);
  if (!hit || hit.n !== doc.paragraphs.length) {
    const flags = new Uint16Array(doc.paragraphs.length);
    for (let i = 0; i < flags.length; i++) flags[i] = charFlags(doc.paragraphs[i].text);
    hit = { n: flags.length, flags };
    cache.set(doc, hit);
  }
  const { flags } = hit;
  const paragraphs = doc.paragraphs;
  // a paragraph is found by its index; one that is not at its index (a model made by hand) is not known
  const of = (p: Paragraph) => (paragraphs[p.index] === p ? flags[p.index] : EVERY);
  return {
    all: (p, mask) => (of(p) & mask) === mask,
    any: (p, mask) => (of(p) & mask) !== 0,
  };
}

const cache = new WeakMap<DocModel, { n: number; flags: Uint16Array }>();
