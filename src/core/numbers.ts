/**
 * Vietnamese number conventions: "1.205" is one thousand two hundred and five,
 * "79,9" is a decimal, "3-4%" is a range. Parsing and display.
 */

/** A number as written, with the value and how many decimals it was shown with. */
export interface VnNumber {
  value: number;
  /** Decimal places as written ("79,9" → 1, "1.205" → 0). */
  decimals: number;
  /**
   * Another reading, where the writing allows one: a comma then three digits alone ("8,606", "14,500") is a decimal the Vietnamese
   * way, and a whole number the way some writers mark thousands (8.606, 14.500). A check holds when either reading makes it hold.
   */
  alt?: number;
}

/** A number typed the English way with both marks, "12,092.5": groups of three by commas, then a decimal stop. */
const ENGLISH_NUMBER_SRC = String.raw`\d{1,3}(?:,\d{3})+\.\d+`;
const ENGLISH_NUMBER = new RegExp(`^${ENGLISH_NUMBER_SRC}$`, 'u');

/**
 * Parse one Vietnamese-written number. Returns null when the string is not a
 * number. "1.205" → 1205, "79,9" → 79.9, "1.205,5" → 1205.5, "2.000" → 2000.
 * A lone dot not followed by groups of exactly three digits is read as a
 * decimal point ("1.5" → 1.5), which is how English-style input is meant.
 */
export function parseVnNumber(raw: string): VnNumber | null {
  const s = raw.trim().replace(/\s/g, '');
  if (!/^[+-]?\d[\d.,]*$/.test(s)) return null;
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[+-]/, '');
  // (typed the English way with both marks, "12,092.5": groups of three by commas, then a decimal stop — never a Vietnamese number, whose
  // decimal comma comes last — nwd05)
  if (ENGLISH_NUMBER.test(body)) return { value: sign * Number(body.replace(/,/g, '')), decimals: body.length - body.indexOf('.') - 1 };
  if (body.includes(',')) {
    const parts = body.split(',');
    if (parts.length !== 2) return null;
    const [intPart, dec] = parts;
    if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(intPart) || !/^\d+$/.test(dec)) return null;
    const value = sign * Number(intPart.replace(/\./g, '') + '.' + dec);
    return /^[1-9]\d{0,2}$/.test(intPart) && dec.length === 3 ? { value, decimals: 3, alt: sign * Number(intPart + dec) } : { value, decimals: dec.length };
  }
  if (body.includes('.')) {
    if (/^\d{1,3}(\.\d{3})+$/.test(body)) return { value: sign * Number(body.replace(/\./g, '')), decimals: 0 };
    const parts = body.split('.');
    if (parts.length === 2 && /^\d+$/.test(parts[0]) && /^\d+$/.test(parts[1])) {
      return { value: sign * Number(body), decimals: parts[1].length };
    }
    return null;
  }
  return { value: sign * Number(body), decimals: 0 };
}

/** Format a number the Vietnamese way: "1.205", "79,9". */
export function formatVn(value: number, decimals?: number): string {
  const d = decimals ?? (Number.isInteger(value) ? 0 : Math.min(2, (String(value).split('.')[1] || '').length));
  const fixed = Math.abs(value).toFixed(d);
  const [i, f] = fixed.split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (value < 0 ? '-' : '') + grouped + (f ? ',' + f : '');
}

/**
 * The interval a rounded figure stands for (XBRL Calculations 1.1 style):
 * "79,9" shown with 1 decimal stands for [79,85; 79,95).
 */
export function roundingInterval(n: VnNumber): [number, number] {
  const half = 0.5 * Math.pow(10, -n.decimals);
  return [n.value - half, n.value + half];
}

/**
 * Whether a written share agrees with the quotient it stands for: rounded at the precision shown, or cut there (offices
 * write 2.979/2.980 as "99,9%" rather than claim 100%).
 * (Cut only short of 100% was tried in session 43 — FORMAT.md asks for the shown precision, and it mends ac01's "107/121 … (88,42%)" —
 * and backed out: published reports cut too, "294/386 xã (76,16%)", "924/1008 hộ (91,6%)" in real text rt12-32, rt13-12.)
 */
export function shareAgrees(written: VnNumber, actual: number): boolean {
  const [lo, hi] = roundingInterval(written);
  const step = Math.pow(10, -written.decimals);
  return (actual >= lo - 1e-9 && actual < hi + 1e-9) || (actual >= written.value - 1e-9 && actual < written.value + step - 1e-9);
}

/** Regex source for one Vietnamese number token (thousands dots, decimal comma). */
// (first, a number typed the English way with both marks, "7,700.2", read whole as parseVnNumber reads it — walk47)
export const NUMBER_RE_SRC = String.raw`${ENGLISH_NUMBER_SRC}|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+\.\d{1,2}(?=\s*%)|\d+(?:,\d+)?`;
