/**
 * Find where a report quotes each indicator of its pack: achieved values and
 * quoted targets, in prose and in tables (Chỉ tiêu | Đơn vị | Kế hoạch | Thực
 * hiện | Đánh giá), with the claim words written next to them.
 */
import type { Indicator, Target } from '../packs/schema';
import { tables, type DocModel } from './model';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { containsNormalized, normalize } from './text';

export type Claim = 'positive' | 'negative';

export interface Quote {
  indicator: Indicator;
  kind: 'achieved' | 'target';
  value: number;
  quantity?: Quantity;
  paragraph: number;
  text: string;
  claim?: Claim;
  claimText?: string;
  /** Quoted with a later target year (e.g. 2030 orientation). */
  laterYear?: boolean;
  fromTable?: boolean;
}

const TARGET_WORDS = /(mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|đề ra|định hướng|dự kiến đến|nghị quyết đề ra|so với mục tiêu)/iu;
const NEG_CLAIM = /(chưa đạt|không đạt|chưa hoàn thành|không hoàn thành|thấp hơn mục tiêu|chưa bằng)/iu;
const POS_CLAIM = /(vượt|đạt mục tiêu|đạt chỉ tiêu|đạt kế hoạch|hoàn thành mục tiêu|hoàn thành chỉ tiêu|hoàn thành kế hoạch|đạt và vượt|đạt yêu cầu)/iu;

function keywordSets(ind: Indicator): string[][] {
  return [ind.keywords, ...ind.aliases];
}

/** Normalised keyword sets, computed once per indicator. */
const normSets = new WeakMap<Indicator, string[][]>();
function normalizedSets(ind: Indicator): string[][] {
  let sets = normSets.get(ind);
  if (!sets) normSets.set(ind, (sets = keywordSets(ind).map((set) => set.map((k) => normalize(k)))));
  return sets;
}

/** One regex for "names some indicator": the longest keyword of every keyword set, as whole words. */
const anyCache = new WeakMap<Indicator[], RegExp>();
function anyKeyword(indicators: Indicator[]): RegExp {
  let re = anyCache.get(indicators);
  if (!re) {
    const words = new Set<string>();
    for (const ind of indicators) for (const set of normalizedSets(ind)) words.add([...set].sort((a, b) => b.length - a.length)[0]);
    const alt = [...words].filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    anyCache.set(indicators, (re = new RegExp(`(?:^| )(?:${alt || '(?!)'})(?: |$)`)));
  }
  return re;
}

export function mentions(ind: Indicator, normText: string): boolean {
  return normalizedSets(ind).some((set) => set.every((k) => containsNormalized(normText, k)));
}

const digitKeyword = (ind: Indicator) => keywordSets(ind).some((set) => set.some((k) => /\d/.test(k)));

/** "Toàn huyện có …", "trên địa bàn xã …": the writer's unit, not the subject of the figure. */
const PLACE = /\b(?:toan|ca) (?:tinh|huyen|xa|thi xa|thanh pho)\b|\btren dia ban (?:toan )?(?:tinh|huyen|xa|thi xa|thanh pho)\b/g;

const normExcludes = new WeakMap<Indicator, string[]>();

/** Whether the text names something the indicator excludes ("nâng cao" for plain "đạt chuẩn"). */
function excluded(ind: Indicator, normText: string): boolean {
  if (!ind.exclude.length) return false;
  let ex = normExcludes.get(ind);
  if (!ex) normExcludes.set(ind, (ex = ind.exclude.map((k) => normalize(k))));
  const t = PLACE_HINT.test(normText) ? normText.replace(PLACE, ' ') : normText;
  return ex.some((k) => containsNormalized(t, k));
}
const PLACE_HINT = /toan|ca |tren dia ban/;

/** Whether a figure's unit can carry this indicator. */
export function unitFits(ind: Indicator, q: Quantity, subject: string): boolean {
  const u = ind.unit;
  if (u === '%') return q.kind === 'percent' || q.kind === 'range' || q.kind === 'fraction' || (q.kind === 'per-year' && /tăng trưởng|tốc độ/iu.test(subject));
  if (u === '%/năm') return q.kind === 'per-year' || (q.kind === 'percent' && /(bình quân|mỗi năm|hằng năm|hàng năm|\/năm)/iu.test(subject));
  if (u === 'lần') return q.kind === 'times';
  if (u.startsWith('triệu đồng')) return q.kind === 'number' && /triệu đồng/u.test(q.unit);
  if (u === 'ha') return q.kind === 'number' && q.unit === 'ha';
  // counts: "36 xã", "12/14 xã", "9/12 đơn vị"
  if (q.kind === 'number' || q.kind === 'fraction') return q.unit === u || (q.unit === '' && q.kind === 'fraction');
  return false;
}

/** The value a figure gives for this indicator (percent from a fraction when the indicator is a rate). */
function valueFor(ind: Indicator, q: Quantity): number {
  if (q.kind === 'fraction') return ind.unit === '%' ? q.value * 100 : ind.target.comparator === 'count-of-total' ? q.num!.value : q.num!.value;
  return q.value;
}

function findClaim(text: string): { claim?: Claim; claimText?: string } {
  const n = NEG_CLAIM.exec(text);
  if (n) return { claim: 'negative', claimText: n[0] };
  const p = POS_CLAIM.exec(text);
  if (p) return { claim: 'positive', claimText: p[0] };
  return {};
}

/** Quotes in the prose of one paragraph. */
function proseQuotes(indicators: Indicator[], text: string, paragraph: number, inTargetSection: boolean): Quote[] {
  const out: Quote[] = [];
  // most paragraphs name no indicator at all: one normalisation decides
  if (!/\d|không còn/iu.test(text)) return out;
  const whole = normalize(text);
  if (!anyKeyword(indicators).test(whole) || !indicators.some((ind) => mentions(ind, whole))) return out;
  for (const c of clauses(text)) {
    // "không còn xã dưới 15 tiêu chí": a zero written in words
    if (/không còn/iu.test(c.text)) {
      const nc = normalize(c.text);
      for (const ind of indicators)
        if (ind.target.comparator === 'exactly' && ind.target.value === 0 && mentions(ind, nc))
          out.push({ indicator: ind, kind: inTargetSection ? 'target' : 'achieved', value: 0, paragraph, text: c.text.trim() });
    }
    const qs = extractQuantities(c.text);
    let prevEnd = 0;
    let owner: { ind: Indicator; quote?: Quote } | null = null;
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i];
      const openParen = c.text.lastIndexOf('(', q.start);
      const closeParen = c.text.lastIndexOf(')', q.start);
      const inParen = openParen > closeParen && openParen >= prevEnd - 1 && openParen > 0;
      const leftStart = Math.max(prevEnd, lastBoundary(c.text, q.start));
      const left = c.text.slice(leftStart, q.start);
      const nextStart = i + 1 < qs.length ? qs[i + 1].start : c.text.length;
      const rightEnd = Math.min(nextStart, nextBoundary(c.text, q.end));
      const right = c.text.slice(q.start, rightEnd);
      const parenText = inParen ? c.text.slice(openParen, Math.max(c.text.indexOf(')', q.end), q.end) + 1) : '';
      const targetQuote = TARGET_WORDS.test(left) || (inParen && TARGET_WORDS.test(parenText)) || inTargetSection;
      const laterYear = /20(2[6-9]|3\d)/.test(c.text.slice(leftStart, rightEnd)) || /(đến năm|định hướng)\s*20(2[6-9]|3\d)/.test(c.text);
      const prevStart = prevEnd;
      prevEnd = q.end;
      if (inParen && owner) {
        // "(đạt 84,9%)", "(vượt mục tiêu 38 xã)": belongs to the figure before the bracket
        const ind = owner.ind;
        if (targetQuote && !NEG_CLAIM.test(parenText) && TARGET_WORDS.test(parenText) && unitFits(ind, q, '')) {
          out.push({ indicator: ind, kind: 'target', value: valueFor(ind, q), quantity: q, paragraph, text: c.text.trim(), laterYear });
          if (owner.quote && !owner.quote.claim) Object.assign(owner.quote, findClaim(parenText));
        } else if (!targetQuote && unitFits(ind, q, parenText) && ind.unit === '%' && q.kind === 'percent') {
          // an explicit percentage after a fraction or count is the value to judge
          const quote: Quote = { indicator: ind, kind: 'achieved', value: q.value, quantity: q, paragraph, text: c.text.trim(), laterYear, ...findClaim(parenText) };
          if (owner.quote && owner.quote.kind === 'achieved') Object.assign(owner.quote, { value: q.value, quantity: q, claim: owner.quote.claim ?? quote.claim, claimText: owner.quote.claimText ?? quote.claimText });
          else out.push(quote);
        } else if (owner.quote && !owner.quote.claim) Object.assign(owner.quote, findClaim(parenText));
        continue;
      }
      const narrow = normalize(left + ' ' + right);
      const wide = normalize(c.text.slice(0, rightEnd));
      // a keyword with a figure in it ("dưới 15 tiêu chí") reaches past the next figure
      const wider = normalize(left + ' ' + c.text.slice(q.start, nextBoundary(c.text, q.end)));
      let matched: Indicator | undefined;
      const ownTarget = owner && TARGET_WORDS.test(left) && !NEG_CLAIM.test(left) && unitFits(owner.ind, q, '') && !indicators.some((ind) => mentions(ind, normalize(left)));
      if (ownTarget) {
        // "… giảm bình quân 3,5%/năm, so với mục tiêu Nghị quyết đề ra là 4%/năm": the target of the figure before
        out.push({ indicator: owner!.ind, kind: 'target', value: valueFor(owner!.ind, q), quantity: q, paragraph, text: c.text.trim(), laterYear });
        continue;
      }
      for (const ind of indicators) {
        if (excluded(ind, narrow)) continue;
        if (!unitFits(ind, q, left + right)) continue;
        if (mentions(ind, narrow) || (digitKeyword(ind) && mentions(ind, wider)) || ((q.kind === 'times' || q.kind === 'per-year' || ind.unit.startsWith('triệu')) && mentions(ind, wide) && !excluded(ind, wide))) {
          matched = ind;
          break;
        }
      }
      if (!matched && !owner) {
        // a subject with a comma in it ("thôn thuộc các xã đặc biệt khó khăn, xã bãi ngang … đạt 59,6%"):
        // look back to the previous figure, only when nothing closer named an indicator
        const back = normalize(c.text.slice(prevStart, q.start) + ' ' + right);
        matched = indicators.find((ind) => !excluded(ind, narrow) && unitFits(ind, q, left + right) && mentions(ind, back));
      }
      if (!matched && owner && TARGET_WORDS.test(left) && !NEG_CLAIM.test(left) && unitFits(owner.ind, q, '')) {
        // "… đạt 12/12 đơn vị, so với mục tiêu Nghị quyết đề ra là 11/12 đơn vị": the target of the figure before
        out.push({ indicator: owner.ind, kind: 'target', value: valueFor(owner.ind, q), quantity: q, paragraph, text: c.text.trim(), laterYear });
        continue;
      }
      if (!matched) {
        // "63 thôn đạt chuẩn … kiểu mẫu (chiếm 5,3%)": a count whose rate follows in brackets
        const rate = q.kind === 'number' ? indicators.find((ind) => ind.unit === '%' && !excluded(ind, narrow) && mentions(ind, narrow)) : undefined;
        owner = rate ? { ind: rate } : null;
        continue;
      }
      // the claim may follow after a comma ("đạt 65,6%, hoàn thành chỉ tiêu"): up to the next figure or "trong đó"
      // a figure that belongs to the keyword ("dưới 15 tiêu chí") does not end the zone
      const zone = c.text.slice(q.end, digitKeyword(matched) ? c.text.length : nextStart);
      const cut = /\btrong đó\b|;/u.exec(zone);
      const after = cut ? zone.slice(0, cut.index) : zone;
      const quote: Quote = {
        indicator: matched, kind: targetQuote ? 'target' : 'achieved', value: valueFor(matched, q), quantity: q, paragraph, text: c.text.trim(), laterYear,
        ...(targetQuote ? {} : findClaim(after)),
      };
      out.push(quote);
      owner = { ind: matched, quote };
    }
  }
  return out;
}

function lastBoundary(text: string, at: number): number {
  const s = text.slice(0, at);
  let b = Math.max(s.lastIndexOf(','), s.lastIndexOf(':'));
  if (b >= 0) b += 1;
  for (const w of ['trong đó', 'gồm']) {
    const i = s.lastIndexOf(w);
    if (i >= 0 && i + w.length > b && !/\p{L}/u.test(s.charAt(i + w.length)) && (i === 0 || !/\p{L}/u.test(s.charAt(i - 1)))) b = i + w.length;
  }
  return Math.max(b, 0);
}
function nextBoundary(text: string, at: number): number {
  const rest = text.slice(at);
  const m = /[,(:]|\btrong đó\b/u.exec(rest);
  return m ? at + m.index : text.length;
}

/** Column roles in an indicator table, from its header row. */
function tableRoles(header: string[]) {
  const role = (re: RegExp) => header.findIndex((h) => re.test(normalize(h)));
  return {
    label: role(/chi tieu|noi dung|ten chi tieu/),
    unit: role(/don vi/),
    plan: role(/ke hoach|muc tieu|chi tieu nghi quyet|nghi quyet/),
    actual: role(/thuc hien|ket qua|uoc dat|dat duoc|uoc th/),
    assess: role(/danh gia|so sanh|muc do/),
  };
}

function tableQuotes(indicators: Indicator[], doc: DocModel): Quote[] {
  const out: Quote[] = [];
  for (const t of tables(doc)) {
    if (t.rows.length < 2) continue;
    const roles = tableRoles(t.rows[0]);
    if (roles.label < 0 || roles.actual < 0 || roles.actual === roles.label) continue;
    for (let r = 1; r < t.rows.length; r++) {
      const row = t.rows[r];
      const label = row[roles.label] ?? '';
      const norm = normalize(label + ' ' + (roles.unit >= 0 ? row[roles.unit] ?? '' : ''));
      const ind = indicators.find((i) => mentions(i, norm) && !excluded(i, normalize(label)));
      if (!ind) continue;
      const unit = roles.unit >= 0 ? (row[roles.unit] ?? '').trim() : ind.unit;
      const paragraph = t.rowFirst[r] ?? t.first;
      const parseCell = (s: string | undefined) => {
        if (!s) return undefined;
        const qs = extractQuantities(/%|lần/.test(s) ? s : `${s.trim()} ${unit}`.trim());
        return qs[0];
      };
      const actual = parseCell(row[roles.actual]);
      const assess = roles.assess >= 0 ? row[roles.assess] ?? '' : '';
      const claim: { claim?: Claim; claimText?: string } = /chưa đạt|không đạt/iu.test(assess)
        ? { claim: 'negative', claimText: assess.trim() }
        : /vượt|đạt|hoàn thành/iu.test(assess)
          ? { claim: 'positive', claimText: assess.trim() }
          : {};
      const text = row.join(' | ');
      if (actual && unitFits(ind, actual, label)) out.push({ indicator: ind, kind: 'achieved', value: valueFor(ind, actual), quantity: actual, paragraph, text, fromTable: true, ...claim });
      const plan = roles.plan >= 0 ? parseCell(row[roles.plan]) : undefined;
      if (plan && unitFits(ind, plan, label)) out.push({ indicator: ind, kind: 'target', value: valueFor(ind, plan), quantity: plan, paragraph, text, fromTable: true });
    }
  }
  return out;
}


/** All quotes of the given indicators in the document. `targetParagraphs` are in sections about future targets. */
export function findQuotes(doc: DocModel, indicators: Indicator[], targetParagraphs: Set<number>): Quote[] {
  const out: Quote[] = [];
  for (const p of doc.paragraphs) {
    if (p.cell || !p.text) continue;
    out.push(...proseQuotes(indicators, p.text, p.index, targetParagraphs.has(p.index)));
  }
  out.push(...tableQuotes(indicators, doc));
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/** The achieved figure an indicator is judged by: its first quote in the reporting period (not a later-year orientation). */
export function firstAchieved(quotes: Quote[], indicatorId: string): Quote | undefined {
  return quotes.find((q) => q.indicator.id === indicatorId && q.kind === 'achieved' && !q.laterYear);
}

/** Judge an achieved value against a target. Qualifiers shift the value ("gần 70%" is below 70). */
export function meets(target: Target, value: number, direction: 'higher' | 'lower', q?: Quantity): boolean {
  const eps = 1e-9;
  const nudged = q?.qualifier === 'nearly' || q?.qualifier === 'below' ? value - 1e-6 : q?.qualifier === 'above' ? value + 1e-6 : value;
  switch (target.comparator) {
    case 'at-least':
      return target.strict ? nudged > target.value + eps : nudged >= target.value - eps;
    case 'at-most':
      return target.strict ? nudged < target.value - eps : nudged <= target.value + eps;
    case 'exactly':
      return Math.abs(nudged - target.value) < eps;
    case 'range':
      return direction === 'higher' ? nudged >= target.min - eps : nudged <= target.max + eps;
    case 'multiple-of-base':
      return nudged >= target.factor - eps;
    case 'reduction-per-year':
      return target.strict ? nudged > target.value + eps : nudged >= target.value - eps;
    case 'count-of-total':
      return q?.kind === 'fraction' && q.den ? q.num!.value / q.den.value >= target.count / target.total - eps : nudged >= target.count - eps;
  }
}

/** Whether a quoted target equals the pack's. */
export function sameTarget(target: Target, q: Quote): boolean {
  const v = q.value;
  switch (target.comparator) {
    case 'at-least': case 'at-most': case 'exactly': case 'reduction-per-year':
      return Math.abs(v - target.value) < 1e-6;
    case 'range':
      return q.quantity?.kind === 'range' ? q.quantity.min === target.min && q.quantity.max === target.max : v >= target.min && v <= target.max;
    case 'multiple-of-base':
      return Math.abs(v - target.factor) < 1e-6;
    case 'count-of-total':
      return q.quantity?.kind === 'fraction' ? q.quantity.num!.value === target.count && q.quantity.den!.value === target.total : v === target.count;
  }
}

/** Human text for a target: "≥ 38 xã", "3–4%", "≥ 1,5 lần so với năm 2020". */
export function describeTarget(t: Target, unit: string, lang: 'vi' | 'en'): string {
  const f = (n: number) => (lang === 'vi' ? String(n).replace('.', ',') : String(n));
  const u = unit === '%' || unit === '%/năm' ? unit : ` ${unit}`;
  switch (t.comparator) {
    case 'at-least': return `${t.strict ? '>' : '≥'} ${f(t.value)}${u}`;
    case 'at-most': return `${t.strict ? '<' : '≤'} ${f(t.value)}${u}`;
    case 'exactly': return `= ${f(t.value)}${u}`;
    case 'range': return `${f(t.min)}–${f(t.max)}${u}`;
    case 'multiple-of-base': return lang === 'vi' ? `≥ ${f(t.factor)} lần so với năm ${t.baseYear}` : `≥ ${f(t.factor)}× the ${t.baseYear} level`;
    case 'reduction-per-year': return lang === 'vi' ? `giảm ${t.strict ? '>' : '≥'} ${f(t.value)}%/năm` : `reduce by ${t.strict ? '>' : '≥'} ${f(t.value)} points/year`;
    case 'count-of-total': return `${f(t.count)}/${f(t.total)}${u}`;
  }
}
