/**
 * Map a document onto a pack's outline: find the headings (styled, numbered
 * by Word, or just bold/capitalised numbered paragraphs) and match each pack
 * section to one, scoped by its parent so that "1. Nhiệm vụ" finds the one
 * under its own part. Out-of-order sections are still matched.
 */
import type { Level, Pack, Section } from '../packs/schema';
import { displayText, type DocModel, type Paragraph } from './model';
import { isCaps, parseMarker, type Scheme } from './markers';
import { foldDiacritics, similarity } from './text';

export interface Heading {
  paragraph: number;
  /** Text without its numbering marker. */
  title: string;
  number: string;
  scheme: Scheme | 'none';
  /** Heading level as styled (1..9) or inferred from the numbering scheme. */
  level: number;
  raw: string;
  /** A run-in heading: the text after its colon, in the same paragraph. */
  runIn?: string;
}

const SCHEME_LEVEL: Record<string, number> = { phan: 1, caps: 2, roman: 2, arabic: 3, decimal: 4, paren: 5, alpha: 5, bullet: 6, none: 3 };

/** Headings of the document, in order. */
export function findHeadings(doc: DocModel): Heading[] {
  const out: Heading[] = [];
  for (const p of doc.paragraphs) {
    const h = asHeading(p);
    if (h) out.push(h);
  }
  return out;
}

function asHeading(p: Paragraph): Heading | null {
  if (p.cell) return null;
  const full = displayText(p).replace(/\n+/g, ' ').trim();
  if (!full || (full.length > 260 && !p.boldStart)) return null;
  const styled = p.styleLevel !== undefined && p.styleLevel <= 6;
  // most paragraphs are plain prose: neither styled, bold, nor starting with a marker
  if (!styled && !p.bold && !/^\s*(phần|[IVX]+\s*[.\-–:)/]|\d|\(|[a-zđ]\))/iu.test(full)) return null;
  const m = parseMarker(full);
  // "**2.1. Kết quả huy động nguồn lực:** Tổng nguồn lực …": a run-in heading, bold up to its colon
  if (!styled && !p.bold && p.boldStart && m && m.scheme !== 'bullet') {
    const colon = m.rest.search(/[:：]/);
    if (colon >= 8 && colon <= 220) {
      const title = m.rest.slice(0, colon).trim();
      return { paragraph: p.index, title, number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: full.slice(0, full.length - m.rest.length + colon).trim(), runIn: m.rest.slice(colon + 1).trim() };
    }
  }
  if (full.length > 260) return null;
  const caps = isCaps(full);
  const words = full.split(/\s+/).length;
  let heading = false;
  if (styled) heading = true;
  else if (m && m.scheme !== 'bullet' && (p.bold || (caps && m.scheme !== 'paren'))) heading = true;
  else if (p.bold && caps && words <= 20 && !/[:;]$/.test(full)) heading = true;
  else if (p.bold && m?.scheme === 'bullet' && words <= 25) heading = true;
  if (!heading) return null;
  if (!m) return { paragraph: p.index, title: full, number: '', scheme: caps ? 'caps' : 'none', level: p.styleLevel ?? SCHEME_LEVEL[caps ? 'caps' : 'none'], raw: full };
  return { paragraph: p.index, title: m.rest.trim() || full, number: m.number, scheme: m.scheme, level: p.styleLevel ?? SCHEME_LEVEL[m.scheme], raw: full };
}

/** Lines that close a report: "Trên đây là báo cáo…", "Nơi nhận:", "(Đính kèm các phụ lục)". */
const CLOSING = /^(trên đây là|nơi nhận|\(?\s*(đính kèm|kèm theo|có)\s+(các\s+)?(biểu\s+)?phụ lục)/iu;

/** Where the body ends: the first closing line after the last heading (undefined when there is none). */
export function closingParagraph(doc: DocModel, headings: Heading[]): number | undefined {
  const last = headings.length ? headings[headings.length - 1].paragraph : -1;
  return doc.paragraphs.find((p) => p.index > last && !p.cell && CLOSING.test(p.text.trim()))?.index;
}

export interface FlatSection {
  section: Section;
  parent?: FlatSection;
  depth: number;
  /** Position in pack order. */
  order: number;
  /** Applies to this report level. */
  applies: boolean;
}

export function flatten(pack: Pack, level?: Level): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (list: Section[], parent: FlatSection | undefined, depth: number) => {
    for (const s of list) {
      const applies = (parent?.applies ?? true) && (!level || !s.levels || s.levels.includes(level));
      const f: FlatSection = { section: s, parent, depth, order: out.length, applies };
      out.push(f);
      walk(s.children, f, depth + 1);
    }
  };
  walk(pack.outline, undefined, 0);
  return out;
}

function normNumber(n: string): string {
  const f = foldDiacritics(n).replace(/\s+/g, ' ').trim();
  return f.replace(/[.)]+$/, '').replace(/^\(|\)$/g, '');
}

/** How well a heading fits a section, in [0, 1.2]. */
export function scoreHeading(s: Section, h: Heading): number {
  let best = 0;
  for (const t of [s.title, ...s.aliases]) best = Math.max(best, similarity(h.title, t));
  if (s.number && h.number) {
    if (normNumber(s.number) === normNumber(h.number)) best += best > 0.2 ? 0.15 : 0;
    else if (best < 0.9) best -= 0.05;
  }
  // "Phần thứ nhất" with no title in the same line: the number alone identifies it.
  if (h.scheme === 'phan' && s.number && normNumber(s.number) === normNumber(h.number)) best = Math.max(best, 0.8);
  return best;
}

export const MATCH_THRESHOLD = 0.5;

export interface SectionMatch {
  flat: FlatSection;
  heading?: Heading;
  score: number;
}

/**
 * Match every section to at most one heading. Siblings are matched within
 * their parent's span (from the parent's heading to the heading of the next
 * matched section outside it), best scores first, so order does not matter.
 */
export function matchSections(pack: Pack, headings: Heading[], level?: Level, paragraphCount = Infinity): SectionMatch[] {
  const flat = flatten(pack, level);
  const result = new Map<FlatSection, SectionMatch>();
  const used = new Set<number>();
  const byParent = new Map<FlatSection | undefined, FlatSection[]>();
  for (const f of flat) {
    const arr = byParent.get(f.parent) ?? [];
    arr.push(f);
    byParent.set(f.parent, arr);
  }
  const assign = (siblings: FlatSection[], lo: number, hi: number) => {
    const cands = headings.filter((h) => h.paragraph > lo && h.paragraph < hi && !used.has(h.paragraph));
    const pairs: Array<[FlatSection, Heading, number]> = [];
    for (const f of siblings) for (const h of cands) {
      const sc = scoreHeading(f.section, h);
      if (sc >= MATCH_THRESHOLD) pairs.push([f, h, sc]);
    }
    // best first; on ties prefer the heading whose position fits the sibling order
    pairs.sort((a, b) => b[2] - a[2] || a[1].paragraph - b[1].paragraph);
    const done = new Set<FlatSection>();
    for (const [f, h, sc] of pairs) {
      if (done.has(f) || used.has(h.paragraph)) continue;
      done.add(f);
      used.add(h.paragraph);
      result.set(f, { flat: f, heading: h, score: sc });
    }
    // spans for children: up to the next matched sibling heading (in document order)
    const positions = siblings.map((f) => result.get(f)?.heading?.paragraph).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    siblings.forEach((f, i) => {
      const kids = byParent.get(f);
      if (!kids) return;
      const at = result.get(f)?.heading?.paragraph;
      if (at !== undefined) {
        const next = positions.find((p) => p > at) ?? hi;
        assign(kids, at, next);
      } else {
        // parent heading missing: search between the neighbouring matched siblings
        const prev = siblings.slice(0, i).map((s) => result.get(s)?.heading?.paragraph).filter((x): x is number => x !== undefined);
        const start = prev.length ? Math.max(...prev) : lo;
        const after = siblings.slice(i + 1).map((s) => result.get(s)?.heading?.paragraph).filter((x): x is number => x !== undefined);
        const end = after.length ? Math.min(...after) : hi;
        assign(kids, start, end);
      }
    });
  };
  assign(byParent.get(undefined) ?? [], -1, paragraphCount === Infinity ? Number.MAX_SAFE_INTEGER : paragraphCount);
  return flat.map((f) => result.get(f) ?? { flat: f, score: 0 });
}

/**
 * Longest increasing subsequence over matched positions: sections outside it
 * are out of order. Computed on the pack order and on the numeric order of
 * sibling numbers; a section is out of order only if both say so (a pack that
 * lists 2.6 before 2.5 accepts either).
 */
export function outOfOrder(matches: SectionMatch[]): Set<FlatSection> {
  const matched = matches.filter((m) => m.heading);
  const lisOut = (list: SectionMatch[]) => {
    const pos = list.map((m) => m.heading!.paragraph);
    const n = pos.length;
    const len = new Array(n).fill(1);
    const prev = new Array(n).fill(-1);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (pos[j] < pos[i] && len[j] + 1 > len[i]) ((len[i] = len[j] + 1), (prev[i] = j));
    let best = 0;
    for (let i = 1; i < n; i++) if (len[i] > len[best]) best = i;
    const keep = new Set<number>();
    for (let i = n ? best : -1; i >= 0; i = prev[i]) keep.add(i);
    return new Set(list.filter((_, i) => !keep.has(i)).map((m) => m.flat));
  };
  const a = lisOut(matched);
  const numericKey = (m: SectionMatch) => {
    const path: number[] = [];
    for (let f: FlatSection | undefined = m.flat; f; f = f.parent) {
      const nums = (f.section.number.match(/\d+/g) ?? []).map(Number);
      path.unshift(nums.length ? nums[nums.length - 1] : f.order);
    }
    return path;
  };
  const cmp = (x: number[], y: number[]) => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  };
  const numericOrder = [...matched].sort((x, y) => {
    // keep pack order across different parents; reorder only by number among siblings
    if (x.flat.parent === y.flat.parent) return cmp(numericKey(x), numericKey(y));
    return x.flat.order - y.flat.order;
  });
  const b = lisOut(numericOrder);
  return new Set([...a].filter((f) => b.has(f)));
}
