/**
 * Vietnamese text handling: normalisation for matching (case, diacritics,
 * abbreviations, punctuation) and token similarity. Pure functions, no I/O.
 */

/** Strip Vietnamese diacritics (including đ/Đ) and lower-case. */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Abbreviations writers use in place of the full words. Applied on folded text
 * (no diacritics, lower case), on word boundaries.
 */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bnq\b/g, 'nghi quyet'],
  [/\bntm\b/g, 'nong thon moi'],
  [/\bmtqg\b/g, 'muc tieu quoc gia'],
  [/\bctmtqg\b/g, 'chuong trinh muc tieu quoc gia'],
  [/\bkt-xh\b|\bktxh\b/g, 'kinh te xa hoi'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bmttqvn\b/g, 'mat tran to quoc viet nam'],
  [/\bbcd\b/g, 'ban chi dao'],
  [/\bocop\b/g, 'ocop'],
  [/\bxd\b/g, 'xay dung'],
  [/\bptnt\b/g, 'phat trien nong thon'],
  [/\bnn&ptnt\b|\bnn\s*va\s*ptnt\b/g, 'nong nghiep va phat trien nong thon'],
  [/\bcntt\b/g, 'cong nghe thong tin'],
  [/\bkhcn\b/g, 'khoa hoc cong nghe'],
  [/\bdtts\b/g, 'dan toc thieu so'],
  [/\bhtx\b/g, 'hop tac xa'],
  [/\bbtc\b/g, 'bo tieu chi'],
  [/\bcqdp\b/g, 'chinh quyen dia phuong'],
];

/** Words too common in this domain to distinguish one heading from another. */
const STOPWORDS = new Set([
  'va', 'cua', 'cac', 'trong', 'voi', 'cho', 'theo', 'de', 'la', 'co', 'nhung', 'mot', 'so', 'tai', 've',
  'thuc', 'hien', 'ket', 'qua', 'danh', 'gia', 'cong', 'tac', 'nhat', 'tren', 'duoc', 'tu', 'den', 'nay',
  'gan', 'cu', 'the', 'nhu', 'sau', 'khi', 'da', 've', 'o', 'nham', 'dong', 'thoi', 'lai',
]);

/**
 * Normalise for matching: fold diacritics, expand abbreviations, turn
 * punctuation into spaces, collapse whitespace. "NQ 16" → "nghi quyet 16".
 */
export function normalize(s: string): string {
  let t = foldDiacritics(s).replace(/[\u00a0\u2000-\u200b]/g, ' ');
  for (const [re, rep] of ABBREVIATIONS) t = t.replace(re, rep);
  return t
    // "nông thôn" is one word here: a "thôn" (hamlet) keyword must not match it
    .replace(/\bnong thon\b/g, 'nongthon')
    .replace(/[“”"'‘’«»(){}[\]*_…]/g, ' ')
    .replace(/[.,;:!?/\\|–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Content tokens of a normalised string (stopwords and 1-letter tokens removed). */
export function tokens(s: string): string[] {
  return normalize(s)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** Word bigrams over all tokens (keeps some word order). */
function bigrams(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(words[i] + ' ' + words[i + 1]);
  return out;
}

/**
 * Similarity of a heading as written to a title from the pack, in [0, 1].
 * Asymmetric on purpose: writers shorten titles ("Giảm nghèo bền vững" for the
 * seed's long item 9), so the share of the *heading's* tokens found in the title
 * counts as much as the share of the title's tokens found in the heading.
 */
export function similarity(heading: string, title: string): number {
  const h = tokens(heading);
  const t = tokens(title);
  if (h.length === 0 || t.length === 0) return 0;
  const tSet = new Set(t);
  const hSet = new Set(h);
  let hin = 0;
  for (const w of hSet) if (tSet.has(w)) hin++;
  let tin = 0;
  for (const w of tSet) if (hSet.has(w)) tin++;
  const precision = hin / hSet.size; // heading words that belong to the title
  const recall = tin / tSet.size; // title words present in the heading
  const hb = new Set(bigrams(normalize(heading).split(' ')));
  const tb = new Set(bigrams(normalize(title).split(' ')));
  let bin = 0;
  for (const b of hb) if (tb.has(b)) bin++;
  const bigramScore = hb.size && tb.size ? bin / Math.min(hb.size, tb.size) : 0;
  // A short heading fully inside a long title is a good match; a heading that
  // only shares one common word with the title is not.
  const f = (2 * precision * recall) / (precision + recall || 1);
  const shortCover = hSet.size >= 2 ? precision * Math.min(1, 0.55 + 0.15 * hSet.size) * Math.max(recall, 0.5) : 0;
  return Math.min(1, Math.max(f, shortCover, 0.5 * f + 0.5 * bigramScore * precision));
}

/** True when the normalised text contains the normalised keyword as whole words. */
export function containsKeyword(normText: string, keyword: string): boolean {
  const k = normalize(keyword);
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
export function excerpt(s: string, max = 160): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return t.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}
