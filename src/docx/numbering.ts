/**
 * Word's automatic numbering, rebuilt from numbering.xml the way Word renders
 * it: per-list counters, deeper levels restart when a shallower one advances,
 * lvlText templates like "%1.%2." filled with each level's format.
 *
 * Numbers from the file are never trusted as sizes: starts are clamped to
 * 0..32767 and levels to 0..8 as Word does (see `clampInt`), and labels are
 * built in bounded time and memory (LIMITS.labelChars).
 */
import { LIMITS } from './limits';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
}

export interface NumberingDefs {
  /** abstractNumId → levels by ilvl */
  abstract: Map<string, Map<number, LevelDef>>;
  /** numId → { abstractNumId, startOverride by ilvl } */
  nums: Map<string, { abstractId: string; overrides: Map<number, number> }>;
}

/**
 * An integer attribute from the file, clamped to [lo, hi]; `fallback` when
 * missing or not a number ("4294967296" → hi, "-5" → lo, "1e21" → hi, "abc" → fallback).
 */
export function clampInt(v: string | undefined, lo: number, hi: number, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v.trim());
  if (v.trim() === '' || Number.isNaN(n)) return fallback;
  if (n <= lo) return lo;
  if (n >= hi) return hi;
  return Math.trunc(n);
}

/** A list level (0..8), or undefined when the value is not one. */
export function levelOf(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  return Number.isInteger(n) && n >= 0 && n <= LIMITS.numberingLevel ? n : undefined;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** A finite, non-negative integer (counters are clamped at their source; this keeps formatNumber safe for any caller). */
const safe = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

function roman(value: number): string {
  let n = safe(value);
  // beyond the label limit only thousands would repeat: bound them
  const thousands = Math.min(Math.floor(n / 1000), LIMITS.labelChars);
  let out = 'M'.repeat(thousands);
  n %= 1000;
  for (const [v, s] of ROMAN) while (n >= v) ((out += s), (n -= v));
  return out;
}
function letters(value: number): string {
  // Word: a..z, then aa..zz, ...
  const n = safe(value);
  if (n < 1) return '';
  const i = (n - 1) % 26;
  const reps = Math.min(Math.floor((n - 1) / 26) + 1, LIMITS.labelChars);
  return String.fromCharCode(97 + i).repeat(reps);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return safe(n) < 10 ? `0${safe(n)}` : String(safe(n));
    case 'none': return '';
    case 'bullet': return '';
    default: return String(safe(n));
  }
}

const LEVELS = LIMITS.numberingLevel + 1;

/** Stateful renderer: call `next` for each numbered paragraph in document order. */
export class NumberingState {
  private counters = new Map<string, Array<number | undefined>>();
  constructor(private defs: NumberingDefs) {}

  /** Label for the next paragraph of list numId at level ilvl, or undefined when not numbered. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | undefined {
    if (numId === '0') return undefined;
    if (!(ilvl >= 0 && ilvl < LEVELS)) ilvl = ilvl > 0 ? LEVELS - 1 : 0;
    ilvl = Math.floor(ilvl);
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const levels = this.defs.abstract.get(num.abstractId);
    const def = levels?.get(ilvl);
    if (!levels || !def) return undefined;
    // Lists sharing an abstract definition continue each other, unless a num restarts it.
    const key = num.overrides.size ? `num:${numId}` : `abs:${num.abstractId}`;
    let c = this.counters.get(key);
    if (!c) {
      c = new Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(key, c);
    }
    const startOf = (l: number) => num.overrides.get(l) ?? levels.get(l)?.start ?? 1;
    const cur = c[ilvl];
    c[ilvl] = cur === undefined ? startOf(ilvl) : cur + 1;
    for (let l = ilvl + 1; l < LEVELS; l++) c[l] = undefined;
    for (let l = 0; l < ilvl; l++) if (c[l] === undefined) c[l] = startOf(l);
    if (def.numFmt === 'bullet') return { label: '', bullet: true };
    // fill "%1.%2." without a regular expression, stopping at the label limit
    const t = def.lvlText;
    let label = '';
    for (let i = 0; i < t.length && label.length < LIMITS.labelChars; i++) {
      const d = t.charCodeAt(i + 1) - 48;
      if (t.charCodeAt(i) === 37 /* % */ && d >= 0 && d <= 9) {
        const l = d - 1;
        if (l >= 0 && l < LEVELS) label += formatNumber(c[l] ?? startOf(l), levels.get(l)?.numFmt ?? 'decimal');
        else label += formatNumber(1, 'decimal');
        i++;
      } else label += t[i];
    }
    if (label.length > LIMITS.labelChars) label = label.slice(0, LIMITS.labelChars);
    return { label: label.trim(), bullet: false };
  }
}
