/**
 * Word's automatic numbering, rebuilt from numbering.xml the way Word renders
 * it: per-list counters, deeper levels restart when a shallower one advances,
 * lvlText templates like "%1.%2." filled with each level's format.
 */

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

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) ((out += s), (n -= v));
  return out;
}
function letters(n: number): string {
  // Word: a..z, then aa..zz, ...
  const i = (n - 1) % 26;
  const reps = Math.floor((n - 1) / 26) + 1;
  return String.fromCharCode(97 + i).repeat(reps);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'none': return '';
    case 'bullet': return '';
    default: return String(n);
  }
}

/** Stateful renderer: call `next` for each numbered paragraph in document order. */
export class NumberingState {
  private counters = new Map<string, number[]>();
  private started = new Set<string>();
  constructor(private defs: NumberingDefs) {}

  /** Label for the next paragraph of list numId at level ilvl, or undefined when not numbered. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | undefined {
    if (numId === '0') return undefined;
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const levels = this.defs.abstract.get(num.abstractId);
    const def = levels?.get(ilvl);
    if (!levels || !def) return undefined;
    // Lists sharing an abstract definition continue each other, unless a num restarts it.
    const key = num.overrides.size ? `num:${numId}` : `abs:${num.abstractId}`;
    let c = this.counters.get(key);
    if (!c) {
      c = [];
      this.counters.set(key, c);
    }
    const startOf = (l: number) => num.overrides.get(l) ?? levels.get(l)?.start ?? 1;
    if (c[ilvl] === undefined) c[ilvl] = startOf(ilvl);
    else c[ilvl]++;
    for (let l = ilvl + 1; l < 9; l++) c[l] = undefined as unknown as number;
    for (let l = 0; l < ilvl; l++) if (c[l] === undefined) c[l] = startOf(l);
    this.started.add(key);
    if (def.numFmt === 'bullet') return { label: '', bullet: true };
    const label = def.lvlText.replace(/%(\d)/g, (_, d) => {
      const l = Number(d) - 1;
      return formatNumber(c![l] ?? startOf(l), levels.get(l)?.numFmt ?? 'decimal');
    });
    return { label: label.trim(), bullet: false };
  }
}
