/**
 * Generate labelled reports for `npm run eval`: a pack's outline written the
 * way many hands write it (heading styles, Word numbering, bold paragraphs,
 * missing diacritics, abbreviations, shortened titles, indicators in prose or
 * in tables), with defects planted at random and labelled.
 *
 * The labels are exhaustive: a finding on a generated report that matches no
 * label is a false alarm.
 */
import type { Indicator, Level, Pack, Target } from '../../src/packs/schema';
import type { Code } from '../../src/core/report';
import type { AutoScheme, Block, HeadingMode } from '../../src/docx/write-docx';
import { flatten, type FlatSection } from '../../src/core/structure';
import { foldDiacritics } from '../../src/core/text';
import { formatVn } from '../../src/core/numbers';
import { Rng } from './random';
import { FILLER, FILLER_NUMBERS, PLACES, LIST_ITEMS } from './phrases';

export interface Label {
  code: Code;
  section?: string;
  /** Either of these sections (a swapped pair: which one is "out of order" is a matter of view). */
  sections?: string[];
  indicator?: string;
  /** Text the finding's excerpt or message contains. */
  snippet?: string;
}

export interface GenCase {
  name: string;
  pack: string;
  level: Level;
  traits: string[];
  blocks: Block[];
  labels: Label[];
}

type Defect =
  | 'missing-section' | 'missing-part' | 'empty-section' | 'section-order' | 'missing-list' | 'missing-appendix' | 'placeholder'
  | 'indicator-missing' | 'indicator-below-target' | 'claim-contradiction' | 'target-misquoted' | 'arithmetic-mismatch' | 'out-of-period';

const ALL_DEFECTS: Defect[] = [
  'missing-section', 'missing-part', 'empty-section', 'section-order', 'missing-list', 'missing-appendix', 'placeholder',
  'indicator-missing', 'indicator-below-target', 'claim-contradiction', 'target-misquoted', 'arithmetic-mismatch', 'out-of-period',
];

interface Plan {
  f: FlatSection;
  drop: boolean;
  empty?: 'nothing' | 'dots' | 'guidance' | 'pending';
  noList: boolean;
}

interface IndPlan {
  ind: Indicator;
  quote: boolean;
  bad?: 'below' | 'below-claimed-met' | 'met-claimed-not' | 'misquote';
  outOfPeriod?: boolean;
}

const AGENCY: Record<Level, Array<[string, string]>> = {
  tinh: [['TỈNH ỦY QUẢNG TRỊ', 'BC-TU'], ['UBND TỈNH QUẢNG TRỊ', 'BC-UBND'], ['BAN CÁN SỰ ĐẢNG UBND TỈNH', 'BC-BCSĐ']],
  huyen: [['HUYỆN ỦY HẢI LĂNG', 'BC-HU'], ['UBND HUYỆN CAM LỘ', 'BC-UBND'], ['THỊ ỦY QUẢNG TRỊ', 'BC-TU']],
  xa: [['ĐẢNG ỦY XÃ HẢI PHÚ', 'BC-ĐU'], ['UBND XÃ CAM THÀNH', 'BC-UBND']],
  'so-nganh': [['SỞ NÔNG NGHIỆP VÀ PTNT', 'BC-SNN'], ['SỞ TÀI CHÍNH', 'BC-STC'], ['BAN DÂN TỘC TỈNH', 'BC-BDT']],
};
const UNIT_NAME: Record<Level, string> = { tinh: 'Toàn tỉnh', huyen: 'Toàn huyện', xa: 'Toàn xã', 'so-nganh': 'Toàn tỉnh' };

const ORDINAL_TEXT = /^phần thứ/i;

function autoScheme(number: string): AutoScheme | undefined {
  if (/^[IVXL]+$/.test(number)) return 'upperRoman';
  if (/^\d+$/.test(number)) return 'decimal';
  if (/^\d+\.\d+$/.test(number)) return 'decimal2';
  if (/^\(\d+\)$/.test(number)) return 'paren';
  if (/^[a-z]$/.test(number)) return 'lowerLetter';
  return undefined;
}

function typedNumber(number: string, rng: Rng): string {
  if (!number) return '';
  if (ORDINAL_TEXT.test(number)) return rng.pick([`${number}:`, `${number.toUpperCase()}.`, `${number.toUpperCase()}:`, number]);
  if (/^\(\d+\)$/.test(number)) return number;
  if (/^[a-z]$/.test(number)) return `${number})`;
  if (/^[IVXL]+$/.test(number)) return rng.pick([`${number}.`, `${number}.`, `${number}-`, `${number}/`]);
  return rng.pick([`${number}.`, `${number}.`, number]);
}

/** How a writer retypes a section title. */
function retitle(title: string, depth: number, rng: Rng, traits: Set<string>): string {
  // a careful writer drops the outline's "(nếu có)" (left in, it is a placeholder warning)
  let t = title.replace(/\s*\(nếu có\)/giu, '');
  if (rng.chance(0.25)) {
    const abbr: Array<[RegExp, string]> = [[/nông thôn mới/giu, 'NTM'], [/Nghị quyết số 16-NQ\/TU/gu, 'NQ 16'], [/Ủy ban nhân dân/gu, 'UBND'], [/mục tiêu quốc gia/giu, 'MTQG']];
    for (const [re, rep] of abbr) if (re.test(t)) { t = t.replace(re, rep); traits.add('abbreviations'); }
  }
  const words = t.split(/\s+/);
  if (words.length > 12 && rng.chance(0.3)) {
    t = words.slice(0, words.length - rng.int(1, 3)).join(' ').replace(/[,;:]$/, '');
    traits.add('shortened-titles');
  }
  if (depth <= 1 && rng.chance(0.5)) t = t.toUpperCase();
  else if (depth > 1 && t === t.toUpperCase() && rng.chance(0.5)) t = t.charAt(0) + t.slice(1).toLowerCase();
  if (rng.chance(0.08)) {
    t = foldDiacritics(t);
    traits.add('no-diacritics');
  }
  return t;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
function vn(x: number, d?: number): string {
  return formatVn(x, d);
}

/** A value that meets (or, when `bad`, fails) a target. */
function valueFor(t: Target, direction: 'higher' | 'lower', unit: string, good: boolean, rng: Rng): { value: number; text: string } {
  const isCount = !['%', '%/năm', 'lần'].includes(unit) && !unit.startsWith('triệu');
  const fmt = (v: number) => (isCount ? vn(Math.round(v)) : vn(v, Number.isInteger(v) ? 0 : v * 100 % 10 === 0 ? 1 : 2));
  switch (t.comparator) {
    case 'at-least': {
      const v = good
        ? isCount ? t.value + rng.int(0, 6) : Math.min(unit === '%' ? 100 : Infinity, round1(t.value + rng.int(0, 80) / 10))
        : isCount ? Math.max(0, t.value - rng.int(1, Math.max(1, Math.min(6, t.value)))) : round1(Math.max(t.value / 2, t.value - rng.int(2, 60) / 10));
      return { value: v, text: fmt(v) };
    }
    case 'at-most': {
      const v = good ? round1(t.value - rng.int(0, 30) / 10) : round1(t.value + rng.int(2, 30) / 10);
      return { value: v, text: fmt(v) };
    }
    case 'exactly': {
      const v = good ? t.value : t.value + rng.int(1, 4);
      return { value: v, text: fmt(v) };
    }
    case 'range': {
      const v = good ? round1(t.min + rng.int(0, Math.round((t.max - t.min) * 10) + 10) / 10) : round1(direction === 'higher' ? t.min - rng.int(2, 15) / 10 : t.max + rng.int(2, 15) / 10);
      return { value: v, text: vn(v, 1) };
    }
    case 'multiple-of-base': {
      const v = good ? Math.round((t.factor + rng.int(0, 30) / 100) * 100) / 100 : Math.round((t.factor - rng.int(5, 30) / 100) * 100) / 100;
      return { value: v, text: vn(v, 2) };
    }
    case 'reduction-per-year': {
      const v = good ? round1(t.value + rng.int(1, 10) / 10) : round1(Math.max(0.1, t.value - rng.int(2, 8) / 10));
      return { value: v, text: vn(v, 1) };
    }
    case 'count-of-total': {
      const v = good ? t.count : t.count - rng.int(1, Math.max(1, t.count));
      return { value: v, text: `${vn(v)}/${vn(t.total)}` };
    }
  }
}

function targetText(t: Target): string {
  switch (t.comparator) {
    case 'at-least': case 'at-most': case 'exactly': case 'reduction-per-year': return vn(t.value);
    case 'range': return `${vn(t.min)}-${vn(t.max)}`;
    case 'multiple-of-base': return vn(t.factor);
    case 'count-of-total': return `${vn(t.count)}/${vn(t.total)}`;
  }
}

function wrongTarget(t: Target, rng: Rng): string {
  switch (t.comparator) {
    case 'at-least': case 'at-most': case 'exactly': case 'reduction-per-year': {
      const d = rng.pick([1, 2, 5, 10]) * (t.value > 10 ? 1 : 0.5);
      return vn(t.value + d > 100 && t.value <= 100 ? t.value - d : t.value + d);
    }
    case 'range': return `${vn(t.min + 1)}-${vn(t.max + 1)}`;
    case 'multiple-of-base': return vn(t.factor + 0.5);
    case 'count-of-total': return `${vn(t.count - 1)}/${vn(t.total)}`;
  }
}

const unitSuffix = (unit: string) => (unit === '%' || unit === '%/năm' ? unit : ` ${unit}`);

/** One sentence quoting an indicator in prose. */
function proseQuote(ind: Indicator, val: { value: number; text: string }, place: string, claim: string, misquote: string | undefined, rng: Rng): string {
  const subject = ind.label.replace(/\s*\(so với năm \d{4}\)/u, '');
  const t = ind.target;
  const verb = rng.pick(['đạt', 'ước đạt', 'đạt', 'đến nay đạt']);
  // below province level a unit may set its own targets: a misquote names the source ("mục tiêu Nghị quyết")
  const mis = misquote ? rng.pick([` (mục tiêu Nghị quyết ${misquote}${unitSuffix(ind.unit)})`, `, so với mục tiêu Nghị quyết đề ra là ${misquote}${unitSuffix(ind.unit)}`]) : '';
  const c = claim ? `, ${claim}` : '';
  if (t.comparator === 'exactly' && t.value === 0) {
    const rest = subject.replace(/^Số\s+/u, '').replace(/^xã còn\s+/u, 'xã ');
    return val.value === 0 ? `${place} không còn ${rest}${c}.` : `${place} còn ${val.text} ${rest}${c}.`;
  }
  if (t.comparator === 'count-of-total') return `${place} có ${val.text} ${subject.replace(/^Số\s+/u, '')}${mis}${c}.`;
  switch (ind.unit) {
    case '%':
      if (t.comparator === 'range') return `${subject} ${verb} ${val.text}%/năm${mis}${c}.`;
      // "… có 72,4% lao động nông thôn qua đào tạo": the figure before its subject
      if (/^Tỷ lệ (số )?/u.test(subject) && !mis && rng.chance(0.3)) return `${place} có ${val.text}% ${subject.replace(/^Tỷ lệ (số )?/u, '')}${c}.`;
      return `${subject} ${verb} ${val.text}%${mis}${c}.`;
    case '%/năm':
      return `${subject.replace(/^Mức giảm\s+/u, '')} giảm bình quân ${val.text}%/năm${mis}${c}.`;
    case 'lần':
      return `${subject} năm 2023 đạt ${vn(38 + rng.int(0, 200) / 10, 1)} triệu đồng/người/năm, gấp ${val.text} lần so với năm 2020${mis}${c}.`;
    default:
      if (/^Số\s/u.test(subject)) return `${place} có ${val.text} ${subject.replace(/^Số\s+/u, '')}${mis}${c}.`;
      return `${subject} ${verb} ${val.text}${unitSuffix(ind.unit)}${mis}${c}.`;
  }
}

const TABLE_HEADERS = [
  ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu đến năm 2025', 'Thực hiện', 'Đánh giá'],
  ['STT', 'Nội dung chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Kết quả thực hiện', 'So sánh'],
  ['TT', 'Chỉ tiêu', 'Đơn vị', 'Chỉ tiêu Nghị quyết', 'Ước thực hiện đến 30/6/2024', 'Mức độ đạt'],
];

export interface GenOptions {
  /** Force these defects instead of drawing them. */
  defects?: Defect[];
  level?: Level;
}

export function generate(pack: Pack, seed: number, opts: GenOptions = {}): GenCase {
  const rng = new Rng(seed);
  const level = opts.level ?? rng.pick(pack.levels);
  const traits = new Set<string>();
  const labels: Label[] = [];
  const mode: HeadingMode | 'mixed' = rng.pick(['style', 'auto', 'bold', 'autobold', 'mixed'] as const);
  traits.add(`headings:${mode}`);
  const indMode = rng.pick(['prose', 'table', 'mixed'] as const);
  const flat = flatten(pack, level);
  const plans: Plan[] = flat.filter((f) => f.applies).map((f) => ({ f, drop: false, noList: false }));
  const inds = pack.indicators.filter((i) => i.levels.includes(level));
  const indPlans: IndPlan[] = inds.map((ind) => ({ ind, quote: ind.mustQuote || rng.chance(0.5) }));
  const hasIndicators = indPlans.some((p) => p.quote);
  if (hasIndicators) traits.add(`indicators:${indMode}`);

  // ---- defects
  const possible = ALL_DEFECTS.filter((d) => {
    if (d.startsWith('indicator') || d === 'claim-contradiction' || d === 'target-misquoted') return inds.length > 0;
    if (d === 'missing-list') return plans.some((p) => p.f.section.lists.length);
    if (d === 'missing-appendix') return pack.appendices.some((a) => a.required && (!a.levels || a.levels.includes(level)));
    return true;
  });
  const defects = opts.defects ?? (rng.chance(0.15) ? [] : rng.shuffle([...possible]).slice(0, rng.int(1, 3)));
  const taken = new Set<FlatSection>();
  const indHome = new Set(pack.indicators.map((i) => i.section));
  const isLeaf = (p: Plan) => p.f.section.children.length === 0;
  const free = (p: Plan) => !taken.has(p.f) && !indHome.has(p.f.section.id) && !(p.f.parent && taken.has(p.f.parent)) && p.f.section.required;
  let attachAppendix = true;
  let headerPlaceholder: string | undefined;
  let extraPlaceholder: string | undefined;
  let arithmeticBad: false | 'fraction' | 'table' | 'listed' = false;
  let periodSentence = false;
  for (const d of defects) {
    switch (d) {
      case 'missing-section': {
        const c = rng.shuffle(plans.filter((p) => isLeaf(p) && free(p) && p.f.depth > 0));
        if (!c[0]) break;
        c[0].drop = true; taken.add(c[0].f);
        labels.push({ code: 'missing-section', section: c[0].f.section.id });
        break;
      }
      case 'missing-part': {
        const c = rng.shuffle(plans.filter((p) => !isLeaf(p) && free(p) && p.f.depth > 0 && !descendants(plans, p).some((x) => taken.has(x.f) || indHome.has(x.f.section.id))));
        if (!c[0] || !c[0].f.parent) break;
        for (const x of [c[0], ...descendants(plans, c[0])]) { x.drop = true; taken.add(x.f); }
        labels.push({ code: 'missing-section', section: c[0].f.section.id });
        break;
      }
      case 'empty-section': {
        const c = rng.shuffle(plans.filter((p) => isLeaf(p) && free(p) && !p.f.section.lists.length));
        if (!c[0]) break;
        c[0].empty = rng.pick(c[0].f.section.guidance ? ['nothing', 'dots', 'guidance', 'pending'] as const : ['nothing', 'dots', 'pending'] as const);
        taken.add(c[0].f);
        labels.push({ code: 'empty-section', section: c[0].f.section.id });
        break;
      }
      case 'section-order': {
        const pairs: Array<[number, number]> = [];
        for (let i = 0; i < plans.length; i++) {
          const a = plans[i];
          if (!isLeaf(a) || !free(a)) continue;
          const j = plans.findIndex((b, k) => k > i && b.f.parent === a.f.parent);
          if (j !== i + 1 || !isLeaf(plans[j]) || !free(plans[j])) continue;
          if (/^2\.[56]$/.test(a.f.section.number)) continue; // the pack allows 2.5/2.6 either way
          pairs.push([i, j]);
        }
        const pr = pairs.length ? rng.pick(pairs) : undefined;
        if (!pr) break;
        const [i, j] = pr;
        [plans[i], plans[j]] = [plans[j], plans[i]];
        taken.add(plans[i].f); taken.add(plans[j].f);
        labels.push({ code: 'section-order', sections: [plans[i].f.section.id, plans[j].f.section.id] });
        break;
      }
      case 'missing-list': {
        const c = rng.shuffle(plans.filter((p) => p.f.section.lists.some((l) => !l.levels || l.levels.includes(level)) && !taken.has(p.f)));
        if (!c[0]) break;
        c[0].noList = true; taken.add(c[0].f);
        labels.push({ code: 'missing-list', section: c[0].f.section.id });
        break;
      }
      case 'missing-appendix':
        attachAppendix = false;
        labels.push({ code: 'missing-appendix' });
        break;
      case 'placeholder': {
        const kind = rng.pick(['number', 'date', 'percent', 'xx', 'bracket']);
        if (kind === 'number' || kind === 'date') headerPlaceholder = kind;
        else extraPlaceholder = kind;
        labels.push({ code: 'placeholder', snippet: kind === 'number' ? 'Số' : kind === 'date' ? 'tháng' : kind === 'percent' ? '%' : kind === 'xx' ? 'xx' : '[' });
        break;
      }
      case 'indicator-missing': {
        const c = rng.shuffle(indPlans.filter((p) => p.ind.mustQuote && p.quote && !p.bad && !p.outOfPeriod));
        if (!c[0]) break;
        c[0].quote = false;
        labels.push({ code: 'indicator-missing', indicator: c[0].ind.id });
        break;
      }
      case 'indicator-below-target': {
        const c = rng.shuffle(indPlans.filter((p) => p.quote && !p.bad && !p.outOfPeriod));
        if (!c[0]) break;
        c[0].bad = rng.chance(0.4) ? 'below-claimed-met' : 'below';
        labels.push({ code: 'indicator-below-target', indicator: c[0].ind.id });
        if (c[0].bad === 'below-claimed-met') labels.push({ code: 'claim-contradiction', indicator: c[0].ind.id });
        break;
      }
      case 'claim-contradiction': {
        const c = rng.shuffle(indPlans.filter((p) => p.quote && !p.bad && !p.outOfPeriod && p.ind.target.comparator !== 'exactly'));
        if (!c[0]) break;
        c[0].bad = 'met-claimed-not';
        labels.push({ code: 'claim-contradiction', indicator: c[0].ind.id });
        break;
      }
      case 'target-misquoted': {
        const c = rng.shuffle(indPlans.filter((p) => p.quote && !p.bad && !p.outOfPeriod && !(p.ind.target.comparator === 'exactly')));
        if (!c[0]) break;
        c[0].bad = 'misquote';
        labels.push({ code: 'target-misquoted', indicator: c[0].ind.id });
        break;
      }
      case 'arithmetic-mismatch':
        arithmeticBad = rng.pick(['fraction', 'table', 'listed'] as const);
        labels.push({ code: 'arithmetic-mismatch', snippet: arithmeticBad === 'fraction' ? 'gia đình văn hóa' : arithmeticBad === 'table' ? 'Tổng cộng' : 'gồm' });
        break;
      case 'out-of-period': {
        const c = rng.shuffle(indPlans.filter((p) => p.quote && !p.bad && !p.outOfPeriod));
        if (c[0]) {
          c[0].outOfPeriod = true;
          labels.push({ code: 'out-of-period', indicator: c[0].ind.id, snippet: afterPeriod(pack) });
        } else {
          periodSentence = true;
          labels.push({ code: 'out-of-period', snippet: afterPeriod(pack) });
        }
        break;
      }
    }
  }
  for (const d of defects) traits.add(`defect:${d}`);

  // ---- header block
  const [agency, kind] = rng.pick(AGENCY[level]);
  const place = rng.pick(PLACES);
  const blocks: Block[] = [];
  blocks.push({ kind: 'para', text: agency, bold: true });
  blocks.push({ kind: 'para', text: headerPlaceholder === 'number' ? rng.pick([`Số:      /${kind}`, `Số: …/${kind}`]) : `Số: ${rng.int(12, 480)}-${kind}`.replace(`-${kind}`, rng.chance(0.5) ? `-${kind}` : `/${kind}`) });
  blocks.push({ kind: 'para', text: kind.includes('U') && !kind.includes('UBND') ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true });
  const due = pack.due[0]?.date ?? pack.period.to;
  const [yy, mm] = due.split('-').map(Number);
  blocks.push({ kind: 'para', text: headerPlaceholder === 'date' ? `${place}, ngày … tháng … năm ${yy}` : `${place}, ngày ${rng.int(1, 28)} tháng ${mm} năm ${yy}` });
  blocks.push({ kind: 'para', text: 'BÁO CÁO', bold: true, center: true });
  blocks.push({ kind: 'para', text: pack.title.replace(/\s+—.*$/u, '').replace(/^Báo cáo\s+/iu, '').replace(/^./u, (c) => c.toUpperCase()), bold: true, center: true });
  blocks.push({ kind: 'para', text: `Thực hiện ${pack.sources[0] ? `${pack.sources[0].kind} số ${pack.sources[0].number.replace(/^-/, `${rng.int(10, 300)}-`)}`.trim() : 'kế hoạch của cấp trên'}, ${agency.replace(/^(TỈNH|HUYỆN|THỊ) ỦY/u, 'Ban Thường vụ $1 ủy')} báo cáo như sau:` });

  // ---- body
  const unitName = UNIT_NAME[level];
  const headerRow = rng.pick(TABLE_HEADERS);
  // sections the pack leaves unnumbered get the writer's own numbers (I., II. / 1., 2.)
  const counters = new Map<FlatSection | undefined, number>();
  const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  for (const p of plans) {
    if (p.drop) continue;
    const k = (counters.get(p.f.parent) ?? 0) + 1;
    counters.set(p.f.parent, k);
    const s = p.f.section.number ? p.f.section : { ...p.f.section, number: p.f.depth === 0 ? ROMANS[k - 1] : String(k) };
    const lvl = Math.min(p.f.depth + 1, 6);
    const m: HeadingMode = mode === 'mixed' ? rng.pick(['style', 'auto', 'bold', 'autobold'] as const) : mode;
    const scheme = autoScheme(s.number);
    const title = retitle(s.title, p.f.depth, rng, traits);
    // a run-in heading: "**2.1. Title:** the section's text…" in one paragraph (bold writers, deep leaf items)
    const runIn = (m === 'bold' || m === 'autobold') && p.f.depth >= 2 && !s.children.length && !p.empty && !indHome.has(s.id) && !s.lists.length && rng.chance(0.3);
    if (runIn) {
      traits.add('run-in-headings');
      blocks.push({ kind: 'para', boldLead: `${/^\(/.test(s.number) ? s.number : typedNumber(s.number, rng).replace(/[.:]?$/, '.')} ${title}:`, text: ` ${rng.pick(FILLER)}` });
    } else if ((m === 'auto' || m === 'autobold') && scheme) blocks.push({ kind: 'heading', level: lvl, text: title, mode: m, scheme });
    else {
      const num = typedNumber(s.number, rng);
      const text = ORDINAL_TEXT.test(s.number) && rng.chance(0.5) ? `${num}\n${title}` : `${num} ${title}`.trim();
      blocks.push({ kind: 'heading', level: lvl, text, mode: m === 'auto' ? 'style' : m === 'autobold' ? 'bold' : m });
    }
    if (p.empty) {
      if (p.empty === 'dots') blocks.push({ kind: 'para', text: '……………………………' });
      else if (p.empty === 'guidance') for (const g of s.guidance!.split('\n')) blocks.push({ kind: 'para', text: g, italic: true });
      else if (p.empty === 'pending') blocks.push({ kind: 'para', text: '(Đang cập nhật)' });
      continue;
    }
    if (s.children.length && rng.chance(0.6)) blocks.push({ kind: 'para', text: rng.pick(FILLER) });
    // topics the section must cover (the 06 chương trình chuyên đề): one sentence each
    for (const t of s.topics) blocks.push({ kind: 'para', text: `Về ${t.label.charAt(0).toLowerCase()}${t.label.slice(1)}: ${rng.pick(FILLER)}` });
    if (!s.children.length || indHome.has(s.id)) {
      for (let i = rng.int(1, 3); i > 0; i--) blocks.push({ kind: 'para', text: rng.pick(rng.chance(0.3) ? FILLER_NUMBERS : FILLER) });
    }
    for (const list of s.lists) {
      if (list.levels && !list.levels.includes(level)) continue;
      if (p.noList) { blocks.push({ kind: 'para', text: rng.pick(FILLER) }); continue; }
      const form = rng.pick(attachAppendix ? ['table', 'table', 'bullets', 'ref'] as const : ['table', 'bullets'] as const);
      traits.add(`list:${form}`);
      if (form === 'ref') blocks.push({ kind: 'para', text: `(Có danh mục chi tiết tại Phụ lục ${rng.int(1, 4)} kèm theo)` });
      else if (form === 'bullets') for (const it of rng.shuffle([...LIST_ITEMS]).slice(0, rng.int(3, 5))) blocks.push({ kind: 'bullet', text: it });
      else {
        const cols = list.columns.length ? list.columns.map((c) => c.split('|')[0]) : ['Nội dung', 'Số lượng', 'Ghi chú'];
        const rows = [['TT', ...cols]];
        for (let r = 1; r <= rng.int(2, 4); r++) rows.push([String(r), ...cols.map((_, k) => (k === 0 ? rng.pick(LIST_ITEMS) : String(rng.int(1, 90))))]);
        blocks.push({ kind: 'table', rows });
      }
    }
    if (indHome.has(s.id)) {
      const mine = indPlans.filter((x) => x.ind.section === s.id && x.quote);
      const tableRows: string[][] = [];
      for (const ip of mine) {
        const good = ip.bad !== 'below' && ip.bad !== 'below-claimed-met';
        const val = valueFor(ip.ind.target, ip.ind.direction, ip.ind.unit, good, rng);
        const inTable = indMode === 'table' || (indMode === 'mixed' && rng.chance(0.5));
        const claimMet = rng.pick(['vượt mục tiêu đề ra', 'đạt mục tiêu Nghị quyết', 'hoàn thành chỉ tiêu']);
        const claimNot = rng.pick(['chưa đạt mục tiêu', 'không đạt chỉ tiêu đề ra']);
        let claim = '';
        if (ip.bad === 'below-claimed-met' || ip.bad === 'met-claimed-not') claim = ip.bad === 'below-claimed-met' ? claimMet : claimNot;
        else if (ip.bad !== 'misquote' && rng.chance(0.4)) claim = good ? claimMet : claimNot;
        const misquote = ip.bad === 'misquote' ? wrongTarget(ip.ind.target, rng) : undefined;
        if (inTable) {
          const assess = claim ? (claim === claimNot ? 'Chưa đạt' : rng.pick(['Đạt', 'Vượt'])) : ip.bad === 'misquote' ? '' : good ? rng.pick(['Đạt', 'Vượt', '']) : rng.pick(['Chưa đạt', '']);
          const unit = ip.ind.unit === '%/năm' ? '%/năm' : ip.ind.unit;
          tableRows.push([String(tableRows.length + 1), ip.ind.label, unit, misquote ?? targetText(ip.ind.target), val.text, assess]);
          if (ip.outOfPeriod) blocks.push({ kind: 'para', text: `Tính đến ${afterPeriod(pack)}, ${proseQuote(ip.ind, val, unitName.toLowerCase(), '', undefined, rng)}` });
        } else {
          const sentence = proseQuote(ip.ind, val, unitName, claim, misquote, rng);
          blocks.push({ kind: 'para', text: ip.outOfPeriod ? `Tính đến ${afterPeriod(pack)}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence });
        }
      }
      if (tableRows.length) {
        traits.add('indicator-table');
        blocks.push({ kind: 'table', rows: [headerRow, ...tableRows] });
      }
    }
    // generic figures: fractions with their percentage, in-period dates
    if (!s.children.length && rng.chance(0.15)) blocks.push({ kind: 'para', text: fractionSentence(rng, false) });
    if (!s.children.length && rng.chance(0.05)) blocks.push(fundsTable(rng, false));
    if (!s.children.length && rng.chance(0.05)) blocks.push({ kind: 'para', text: listedSentence(rng, false) });
  }
  if (periodSentence) blocks.splice(7, 0, { kind: 'para', text: `Tính đến ${afterPeriod(pack)}, đã tổ chức ${rng.int(20, 90)} hội nghị với ${vn(rng.int(1200, 9000))} lượt người tham dự.` });
  // planted before the outline, so that no section's emptiness depends on it
  if (arithmeticBad === 'fraction') blocks.splice(7, 0, { kind: 'para', text: fractionSentence(rng, true) });
  if (arithmeticBad === 'table') blocks.splice(7, 0, fundsTable(rng, true));
  if (arithmeticBad === 'listed') blocks.splice(7, 0, { kind: 'para', text: listedSentence(rng, true) });
  if (extraPlaceholder) {
    blocks.splice(7, 0, { kind: 'para', text: extraPlaceholder === 'percent' ? 'Tỷ lệ hộ gia đình được công nhận gia đình văn hóa đạt …%.' : extraPlaceholder === 'xx' ? 'Đã tổ chức xx hội nghị sơ kết ở cơ sở.' : 'Số hội nghị tuyên truyền đã tổ chức: [cập nhật số liệu].' });
  }
  if (attachAppendix && pack.appendices.length) blocks.push({ kind: 'para', text: rng.pick(['(Đính kèm các phụ lục)', 'Có các phụ lục kèm theo báo cáo này.', '(Kèm theo Phụ lục số liệu)']), italic: true });
  blocks.push({ kind: 'para', text: `Trên đây là báo cáo của ${agency.charAt(0)}${agency.slice(1).toLowerCase()}.` });
  blocks.push({ kind: 'para', text: 'Nơi nhận:\n- Như trên;\n- Lưu VT.' });
  return { name: `${pack.id}-${level}-${seed}`, pack: pack.id, level, traits: [...traits].sort(), blocks, labels };
}

function descendants(plans: Plan[], p: Plan): Plan[] {
  const out: Plan[] = [];
  for (const x of plans) for (let a = x.f.parent; a; a = a.parent) if (a === p.f) { out.push(x); break; }
  return out;
}

/** A date after the pack's reporting period ends, written as reports write it. */
export function afterPeriod(pack: Pack): string {
  const [y] = pack.period.to.split('-').map(Number);
  return `31/12/${y + (pack.period.to.endsWith('12-31') ? 1 : 0)}`;
}

/** A table of funding sources with its total row, correct unless `wrong`. */
function fundsTable(rng: Rng, wrong: boolean): Block {
  const names = ['Ngân sách trung ương', 'Ngân sách tỉnh', 'Ngân sách huyện, xã', 'Vốn tín dụng', 'Doanh nghiệp, nhân dân đóng góp'];
  const rows = names.slice(0, rng.int(3, 5)).map((n, i) => [String(i + 1), n, rng.int(50, 9000) / 10, rng.int(2, 60)] as const);
  let money = rows.reduce((s, r) => s + r[2], 0);
  let works = rows.reduce((s, r) => s + r[3], 0);
  if (wrong) rng.chance(0.5) ? (money += rng.pick([-12.5, 3.4, 20])) : (works += rng.pick([-2, 1, 5]));
  return {
    kind: 'table',
    rows: [['TT', 'Nguồn vốn', 'Kinh phí (tỷ đồng)', 'Số công trình'], ...rows.map((r) => [r[0], r[1], vn(r[2], 1), String(r[3])]), ['', 'Tổng cộng', vn(Math.round(money * 10) / 10, 1), String(works)]],
  };
}

/** "Tổng … X tỷ đồng, gồm: …": the parts make the total unless `wrong`. */
function listedSentence(rng: Rng, wrong: boolean): string {
  const a = rng.int(50, 900);
  const b = rng.int(50, 900);
  const c = rng.int(10, 300);
  const total = a + b + c + (wrong ? rng.pick([-15, 10, 40]) : 0);
  return `Tổng kinh phí thực hiện ${vn(total)} tỷ đồng, gồm: ngân sách trung ương ${vn(a)} tỷ đồng, ngân sách địa phương ${vn(b)} tỷ đồng, vốn huy động khác ${vn(c)} tỷ đồng.`;
}

/** "Toàn tỉnh có 1.205/1.512 hộ ... (đạt 79,7%)": correct unless `wrong`. */
function fractionSentence(rng: Rng, wrong: boolean): string {
  const den = rng.int(120, 4800);
  const num = rng.int(Math.floor(den * 0.4), den - 1);
  const pct = (num / den) * 100;
  const shown = wrong ? Math.round(pct * 10) / 10 + rng.pick([-2.1, -0.6, 0.3, 0.8, 1.5]) : Math.round(pct * 10) / 10;
  return `Có ${vn(num)}/${vn(den)} hộ gia đình được công nhận gia đình văn hóa (đạt ${vn(Math.max(0.1, shown), 1)}%).`;
}

