/**
 * Vietnamese as data: a phrase set is a named list of words or phrases with
 * examples that must and must not match. Matching is case-insensitive and on
 * whole words; a text written without diacritics is matched against the
 * folded phrases. Positions refer to the text as given.
 */
import { foldDiacritics } from '../text';

export interface PhraseSet {
  name: string;
  description: string;
  /** Lower-case Vietnamese phrases; a space matches any run of spaces, " … " up to four words. */
  phrases: string[];
  /** Words that cancel a hit when they stand right before it ("chưa" before "đạt mục tiêu"). */
  notAfter?: string[];
  /** Words that cancel a hit when they follow right after it ("đồng" after "cộng": "cộng đồng" is no total). */
  notBefore?: string[];
  /** Texts in which the set must find a phrase, and texts in which it must not. */
  examples: { hit: string[]; miss: string[] };
}

export interface PhraseHit {
  phrase: string;
  start: number;
  end: number;
}

export interface Matcher {
  set: PhraseSet;
  /** First hit in the text (leftmost, longest phrase first at the same place). */
  find(text: string): PhraseHit | null;
  /** Last hit in the text. */
  findLast(text: string): PhraseHit | null;
  test(text: string): boolean;
  /** The hit that starts the text, if any (the same as `find` when its hit is at 0, without searching the rest of the text). */
  atStart(text: string): PhraseHit | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A space matches any run of spaces; " … " matches up to four words between ("danh mục … kèm theo"). */
const source = (phrases: string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p.trim()).split(/\s*…\s*/).map((part) => part.replace(/ +/g, '\\s+')).join(`(?:\\s+[${WORD}]+){0,4}\\s+`))
    .join('|');
/**
 * A letter or a digit, for whole-word matching: the Latin letters Vietnamese is written in, with their marks. (Not
 * `\p{L}`: a pattern holding Unicode's whole letter class takes many times longer to compile, and every set has one.)
 */
const WORD = '0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u1e00-\\u1eff';
/**
 * Whether a text was typed with its diacritics: at least one letter with marks (or đ) for every four words, over its first 160
 * characters. A text with none, or a sentence typed in a hurry with one word marked ("Ngoài ra, tinh den ngay 31/3/2024 toan
 * tinh co …"), is searched folded; ordinary Vietnamese marks most words.
 */
function typedWithMarks(text: string): boolean {
  // (a word starts after a space: a run of spaces, as where a bracket was blanked, is one gap, not one word a space)
  let marks = 0;
  let words = 1;
  for (let i = 0, n = Math.min(text.length, 160); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < n && text.charCodeAt(i + 1) !== 32) words++;
    } else if (c >= 0xc0 && (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff))) marks++;
  }
  return marks * 4 >= words;
}

/**
 * The text as the sets search it (lower case, or folded when typed without diacritics), remembered for
 * the last few texts: one clause is searched by several sets in a row.
 */
const recent: Array<{ text: string; marked: boolean; hay: string }> = [];
function prepared(text: string): { marked: boolean; hay: string } {
  for (const r of recent) if (r.text === text) return r;
  const marked = typedWithMarks(text);
  const r = { text, marked, hay: marked ? text.toLowerCase() : foldDiacritics(text) };
  recent.unshift(r);
  if (recent.length > 8) recent.pop();
  return r;
}

/** Words for a case-sensitive pattern, each with either case of its first letter ("[xX]ã|[hH]uyện"): a name after them must keep its capital. */
export const eitherCase = (words: string[]) => words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');

export function compile(set: PhraseSet): Matcher {
  const re = new RegExp(`(?<![${WORD}])(?:${source(set.phrases)})(?![${WORD}])`, 'gu');
  const folded = new RegExp(`(?<![${WORD}])(?:${source(set.phrases.map(foldDiacritics))})(?![${WORD}])`, 'gu');
  const not = set.notAfter?.length ? new RegExp(`(?<![${WORD}])(?:${source(set.notAfter)})\\s+$`, 'u') : null;
  const notFolded = set.notAfter?.length ? new RegExp(`(?<![${WORD}])(?:${source(set.notAfter.map(foldDiacritics))})\\s+$`, 'u') : null;
  const next = set.notBefore?.length ? new RegExp(`^\\s+(?:${source(set.notBefore)})(?![${WORD}])`, 'u') : null;
  const nextFolded = set.notBefore?.length ? new RegExp(`^\\s+(?:${source(set.notBefore.map(foldDiacritics))})(?![${WORD}])`, 'u') : null;
  /** Hits in order, each handed to `take`; it returns true to stop there (no list is made to find the first). */
  const scan = (text: string, take: (hit: PhraseHit) => boolean): void => {
    const { marked, hay } = prepared(text);
    const r = marked ? re : folded;
    const n = marked ? not : notFolded;
    const after = marked ? next : nextFolded;
    r.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.exec(hay))) {
      if (n && n.test(hay.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (after && after.test(hay.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
      if (take({ phrase: m[0], start: m.index, end: m.index + m[0].length })) break;
    }
  };
  // (anchored at the text's start, made at first use: most sets are never asked so)
  let sticky: { re: RegExp; folded: RegExp } | undefined;
  // (the letters a phrase may open on, as written and folded: most texts open on none, and one look at a character says so before the
  // text is prepared)
  let opens: Set<string> | undefined;
  const atStart = (text: string): PhraseHit | null => {
    opens ??= new Set(set.phrases.flatMap((p) => [p.trim().charAt(0).toLowerCase(), foldDiacritics(p.trim().charAt(0)).toLowerCase()]));
    const c0 = text.charAt(0).toLowerCase();
    if (!opens.has(c0) && !opens.has(foldDiacritics(c0))) return null;
    sticky ??= { re: new RegExp(`(?:${source(set.phrases)})(?![${WORD}])`, 'uy'), folded: new RegExp(`(?:${source(set.phrases.map(foldDiacritics))})(?![${WORD}])`, 'uy') };
    const { marked, hay } = prepared(text);
    const r = marked ? sticky.re : sticky.folded;
    r.lastIndex = 0;
    const m = r.exec(hay);
    if (!m) return null;
    const after = marked ? next : nextFolded;
    if (after && after.test(hay.slice(m[0].length, m[0].length + 16))) return null;
    return { phrase: m[0], start: 0, end: m[0].length };
  };
  const find = (text: string): PhraseHit | null => {
    let hit: PhraseHit | null = null;
    scan(text, (h) => ((hit = h), true));
    return hit;
  };
  return {
    set,
    find,
    findLast: (text) => {
      let hit: PhraseHit | null = null;
      scan(text, (h) => ((hit = h), false));
      return hit;
    },
    test: (text) => find(text) !== null,
    atStart,
  };
}

/** Define and compile a set in one step. */
export function phraseSet(set: PhraseSet): Matcher {
  return compile(set);
}
