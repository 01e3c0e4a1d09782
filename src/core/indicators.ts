/**
 * What an indicator of a pack is: which words name it, which figures can carry
 * it, and how a figure is judged against its target. Reading figures out of a
 * document is src/core/facts.ts.
 */
import type { Indicator, Target } from '../packs/schema';
import type { Quantity } from './quantities';
import { formatVn } from './numbers';
import { containsNormalized, normalize, spelledOut } from './text';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { CRITERION_NAMES, GROWTH_WORDS, LEVEL_UNITS, NOT_YET_RECOGNISED, PER_YEAR_WORDS, PLACE_BODY, SHARE_NOUN, VERB_NOT_KIND } from './lexicon/figures';
import { INCLUDING, PLACE_HINT, UNIT_OWN_KIND, WHOLE_COMMUNE } from './lexicon/patterns-scope';
import { AREA_ITSELF } from './lexicon/patterns';

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
export function anyKeyword(indicators: Indicator[]): RegExp {
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
  const t = withoutCriterionStandard(withoutVerbs(normText));
  return normalizedSets(ind).some((set) => set.every((k) => containsNormalized(t, k)));
}

/**
 * The text with the verbs that share a kind's words blanked ("nâng cao chất lượng" is to improve, not "NTM nâng cao"; lexicon:
 * verb-not-kind): only the verb, its first two words — the object may name an indicator of its own ("nâng cao thu nhập bình
 * quân …" still names income). One pass; a few texts remembered, as one clause's windows are asked in turn.
 */
/**
 * "đạt chuẩn tiêu chí an ninh, trật tự xã hội", "đạt chuẩn tiêu chí số 17": a criterion met, by its name or number (lexicon: criterion-names)
 * — not the new-rural standard a count of places meeting "đạt chuẩn" names (nwd01); "đạt chuẩn tiêu chí xã nông thôn mới" is that standard
 * (review-46 D4, D5, D10). A name by its first two words: the text asked may be cut at "và" ("thông tin và truyền thông" — review-46
 * D13). Its "đạt chuẩn" blanked.
 */
const CRITERION_STANDARD = new RegExp(`(?<![a-z0-9])dat chuan(?= tieu chi (?:so \\d|ve |(?:${[...new Set(CRITERION_NAMES.set.phrases.map((p) => normalize(p).split(' ').slice(0, 2).join(' ')))].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])))`, 'g');
function withoutCriterionStandard(t: string): string {
  return t.includes('dat chuan tieu chi') ? t.replace(CRITERION_STANDARD, '         ') : t;
}
const VERB_PHRASES = VERB_NOT_KIND.set.phrases.map((p) => normalize(p));
const VERB_HEADS = [...new Set(VERB_PHRASES.map((p) => p.split(' ').slice(0, 2).join(' ')))];
const VERBS = new RegExp(`(?<![a-z0-9])(?:${VERB_PHRASES.sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`, 'g');
const verbless = new Map<string, string>();
function withoutVerbs(normText: string): string {
  if (!VERB_HEADS.some((h) => normText.includes(h))) return normText;
  let t = verbless.get(normText);
  if (t === undefined) {
    t = normText.replace(VERBS, (m) => {
      const head = m.split(' ').slice(0, 2).join(' ');
      return ' '.repeat(head.length) + m.slice(head.length);
    });
    if (verbless.size >= 64) verbless.clear();
    verbless.set(normText, t);
  }
  return t;
}

/**
 * The indicators a normalised text names (each as `mentions` says), in their order: every keyword is looked for at most
 * once, however many sets hold it (the sets of a pack share their words: "dat chuan", "xa", "nang cao" …).
 */
export function namedIn(indicators: Indicator[], normText: string, first = false): Indicator[] {
  const out: Indicator[] = [];
  const ix = keywordIndex(indicators);
  const round = nextRound(ix.words.length);
  for (const { ind, sets } of ix.byIndicator) {
    if (!sets.some((set) => set.every((k) => has(ix.words, k, normText, round)))) continue;
    out.push(ind);
    if (first) break;
  }
  return out;
}

/** Whether the text names any of the indicators, stopping at the first. */
export const namesAny = (indicators: Indicator[], normText: string) => namedIn(indicators, normText, true).length > 0;

/** The indicators' normalised keyword sets, their words numbered once (computed once per list of indicators). */
interface KeywordIndex {
  words: string[];
  byIndicator: Array<{ ind: Indicator; sets: number[][] }>;
}
const indexCache = new WeakMap<Indicator[], KeywordIndex>();
function keywordIndex(indicators: Indicator[]): KeywordIndex {
  let ix = indexCache.get(indicators);
  if (!ix) {
    const number = new Map<string, number>();
    const words: string[] = [];
    const id = (k: string) => number.get(k) ?? (number.set(k, words.length), words.push(k), words.length - 1);
    ix = { words, byIndicator: indicators.map((ind) => ({ ind, sets: normalizedSets(ind).map((set) => set.map(id)) })) };
    indexCache.set(indicators, ix);
  }
  return ix;
}
/** Which keywords were looked for in the current text (`seenIn[k] === round`) and found (`foundIn[k]`): reused, not made per text. */
let seenIn = new Uint32Array(64);
let foundIn = new Uint8Array(64);
let rounds = 0;
function nextRound(n: number): number {
  if (seenIn.length < n) {
    seenIn = new Uint32Array(n * 2);
    foundIn = new Uint8Array(n * 2);
  }
  if (++rounds === 0xffffffff) {
    seenIn.fill(0);
    rounds = 1;
  }
  return rounds;
}
function has(words: string[], k: number, normText: string, round: number): boolean {
  if (seenIn[k] !== round) {
    seenIn[k] = round;
    foundIn[k] = containsNormalized(normText, words[k]) ? 1 : 0;
  }
  return foundIn[k] === 1;
}

const digitKeywords = new WeakMap<Indicator, boolean>();
export const digitKeyword = (ind: Indicator) => {
  let d = digitKeywords.get(ind);
  if (d === undefined) digitKeywords.set(ind, (d = keywordSets(ind).some((set) => set.some((k) => /\d/.test(k)))));
  return d;
};

/** Whether the figure at the start of the text is one of the indicator's own keywords with a figure ("19/19 tiêu chí" in "xã đạt 19/19
 * tiêu chí"), no figure of it. */
export function keywordFigure(ind: Indicator, fromFigure: string): boolean {
  if (!digitKeyword(ind)) return false;
  const t = normalize(fromFigure.slice(0, 40));
  return normalizedSets(ind).some((set) => set.some((k) => /^\d/.test(k) && (t === k || t.startsWith(`${k} `))));
}

/** Whether a figure is one of the indicator's label's own words ("01 ha" in "giá trị sản xuất trên 01 ha đất trồng trọt"): the word before
 * it and the two after stand in the label as written there, its figure's leading zeros aside ("trên 1 ha đất trồng"). */
export function labelFigure(ind: Indicator, text: string, q: { start: number; end: number }): boolean {
  return labelWindow(ind, text, q, 1, false);
}

/** Whether a figure is a word of the indicator's name, read with the two words before it and at most two after ("sản xuất trên 01 ha" of
 * "Giá trị sản xuất trên 01 ha đất trồng trọt", its bracket closing after it): four words at least, its figure's leading zeros aside. */
export function nameWord(ind: Indicator, text: string, q: { start: number; end: number }): boolean {
  return labelWindow(ind, text, q, 2, true);
}

/** A figure's words with `before` words before it and two after (`marks`: to the nearest mark on each side, whole words of the label
 * only), four at least, found in the indicator's label, both folded and a figure's leading zeros dropped. */
function labelWindow(ind: Indicator, text: string, q: { start: number; end: number }, before: number, marks: boolean): boolean {
  if (!/\d/.test(ind.label)) return false;
  const lead = text.slice(Math.max(0, q.start - 40), q.start);
  const tail = text.slice(q.end, q.end + 40);
  const left = (marks ? lead.split(/[,;:()]/u).pop()! : lead).trim().split(/\s+/).slice(-before).join(' ');
  const right = (marks ? tail.split(/[,;:().]/u)[0] : tail).trim().split(/\s+/).slice(0, 2).join(' ');
  const words = unpadded(`${left} ${text.slice(q.start, q.end)} ${right}`);
  if (words.split(' ').length < 4) return false;
  let label = unpaddedLabels.get(ind);
  if (label === undefined) unpaddedLabels.set(ind, (label = unpadded(ind.label)));
  return marks ? ` ${label} `.includes(` ${words} `) : label.includes(words);
}
const unpadded = (t: string) => normalize(t).replace(/(?<![\d])0+(?=\d)/gu, '');
const unpaddedLabels = new WeakMap<Indicator, string>();

/**
 * "Toàn huyện có …", "trên địa bàn xã …", "huyện có 20/21 xã", "huyện đã đạt 94,4% số xã …" (not a count of them, "02 huyện đạt"; not
 * their standard, "huyện đạt chuẩn"): the writer's unit, not the subject of the figure.
 */
const PLACE = /\b(?:toan|ca|cua) (?:tinh|huyen|xa|thi xa|thanh pho)\b|\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|ban chi dao) (?:tinh|huyen|xa|thi xa|thanh pho)\b|\btren dia ban (?:toan )?(?:tinh|huyen|xa|thi xa|thanh pho)\b|\b(?:tinh|huyen|thi xa|thanh pho)(?= (?:da |hien |van |con )?co\b)|(?<!(?:^|\s)(?!(?:19|20)\d\d )\d+ )(?<!\b(?:moi|tung|cac|nhung|mot|binh quan) )\b(?:tinh|huyen|thi xa|thanh pho)(?= (?:da |cung |deu )?(?:dat|hoan thanh|vuot)\b(?! (?:chuan|nhiem vu)\b)(?! (?:nhieu|cao|it|thap) nhat\b))/g;

const normExcludes = new WeakMap<Indicator, string[]>();

/** Whether the text names something the indicator excludes ("nâng cao" for plain "đạt chuẩn"). */
export function excluded(ind: Indicator, normText: string): boolean {
  if (!ind.exclude.length) return false;
  let ex = normExcludes.get(ind);
  if (!ex) normExcludes.set(ind, (ex = ind.exclude.map((k) => normalize(k))));
  let t = PLACE_HINT.test(normText) ? normText.replace(PLACE, ' ') : normText;
  // "Là xã thuộc khu vực III, … toàn xã có 9/15 thôn đạt chuẩn": the unit's own kind, no group of its places left out (lexicon: unit-own-kind)
  // (… where the words speak of the whole commune, "toàn xã có": not "Xã Ma Nới là xã đặc biệt khó khăn duy nhất của huyện, có 4/6 thôn")
  if (UNIT_OWN_KIND.test(t) && WHOLE_COMMUNE.test(normText)) t = t.replace(UNIT_OWN_KIND, ' ');
  // "(kể cả đồng bào dân tộc thiểu số)", "bao gồm cả xã nâng cao": what is included is no exclusion
  if (INCLUDING.test(t)) t = t.replace(INCLUDED, ' ');
  // "nâng cao chất lượng": a verb, not the kind excluded (lexicon: verb-not-kind)
  t = withoutVerbs(t);
  // "thị xã An Nhơn": a town of the district's level, no commune an exclusion of "xã" means
  if (t.includes('thi xa')) t = t.replace(/\bthi xa\b/g, 'thixa');
  // "Chương trình hành động đề ra tỷ lệ … nước sạch đạt 95%": the plan's name, no kind of programme the indicator leaves out
  if (t.includes('chuong trinh hanh dong')) t = t.replace(/\bchuong trinh hanh dong\b/g, ' ');
  return ex.some((k) => containsNormalized(t, k));
}
/** The words "kể cả …" takes in, up to five. */
const INCLUDED = /\b(?:ke ca|bao gom ca|tinh ca)(?: [a-z0-9]+){1,5}/g;

/**
 * Matching folds diacritics (writers sometimes type without them), which makes some words one: "tưới"
 * (irrigation) and "tuổi" (age) both fold to "tuoi". In a text typed with diacritics, an indicator's
 * one-word keywords must appear with their own.
 */
export function marksAgree(ind: Indicator, raw: string): boolean {
  if (!/[\u00c0-\u1ef9]/.test(raw)) return true;
  let sets = markSets.get(ind);
  if (!sets) {
    const one = (k: string) => new RegExp(`(?<![\\p{L}])${k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    markSets.set(ind, (sets = keywordSets(ind).map((set) => set.filter((k) => !k.includes(' ') && /[\u00c0-\u1ef9]/.test(k)).map(one))));
  }
  // (a clause of many figures asks for each: its answers remembered while it is read)
  // (as spelled out: a village by its local name is a "thôn", "NTM" is "nông thôn mới")
  if (marksFor.raw !== raw) marksFor = { raw, lower: spelledOut(raw).toLowerCase(), known: new Map() };
  let ok = marksFor.known.get(ind);
  if (ok === undefined) marksFor.known.set(ind, (ok = sets.some((set) => set.every((re) => re.test(marksFor.lower)))));
  return ok;
}
const markSets = new WeakMap<Indicator, RegExp[][]>();
let marksFor: { raw: string; lower: string; known: Map<Indicator, boolean> } = { raw: '', lower: '', known: new Map() };

/** Whether the text names the indicator only to deny it ("02 xã chưa đạt chuẩn" is no count of communes that did). */
export function negated(ind: Indicator, normText: string): boolean {
  if (normalizedSets(ind).some((set) => set.some((k) => k.includes(' ') && (containsNormalized(normText, `chua ${k}`) || containsNormalized(normText, `khong ${k}`))))) return true;
  // "còn 01 đơn vị cấp huyện chưa có quyết định công nhận": a count of those not recognised, whatever the indicator's words
  // (unless the indicator itself counts a shortfall)
  return NOT_YET_RECOGNISED.test(normText) && !countsShortfall(ind);
}

/** Whether an indicator itself counts a shortfall ("Số xã còn dưới 15 tiêu chí"): its words say "chưa", "dưới", "còn", "không". */
export function countsShortfall(ind: Indicator): boolean {
  return normalizedSets(ind).some((set) => set.some((k) => /\b(?:chua|khong|duoi|con)\b/.test(k)));
}

/** Whether a figure's unit can carry this indicator. */
export function unitFits(ind: Indicator, q: Quantity, subject: string): boolean {
  const u = ind.unit;
  // a rate's fraction counts what the rate counts: "98/112 thôn" for thôn, never "07/08 xã" for households
  // (a village by its local name counts as a thôn: "32/182 khu dân cư")
  if (u === '%' && q.kind === 'fraction' && q.unit && ind.of && !ind.of.some((o) => o === q.unit || (o === 'thôn' && VILLAGES.includes(q.unit)))) return false;
  // (a yearly rate only for an indicator that is itself a growth rate: "lao động qua đào tạo tăng bình quân 1,6 điểm phần trăm mỗi năm" is
  // no share of trained labour — review-41b C4)
  if (u === '%') return q.kind === 'percent' || q.kind === 'range' || q.kind === 'fraction' || (q.kind === 'per-year' && GROWTH_WORDS.test(subject) && GROWTH_WORDS.test(ind.label));
  if (u === '%/năm') return q.kind === 'per-year' || (q.kind === 'percent' && (PER_YEAR_WORDS.test(subject) || subject.includes('/năm')));
  if (u === 'lần') return q.kind === 'times';
  if (u.startsWith('triệu đồng')) return q.kind === 'number' && /triệu đồng/u.test(q.unit);
  // (a part of land over its whole, "2.150 ha trong số 3.500 ha", gives its hectares)
  if (u === 'ha') return (q.kind === 'number' || q.kind === 'fraction') && q.unit === 'ha';
  // counts: "36 xã", "12/14 xã", "9/12 đơn vị" ("06/10 đơn vị cấp huyện" counts units and huyện alike)
  // (… and units counted of their whole by their level's noun: "12/12 huyện, thị xã được công nhận đạt chuẩn/hoàn thành nhiệm vụ"
  // counts units; "02 huyện đạt chuẩn nâng cao" is no count of units)
  if (q.kind === 'number' || q.kind === 'fraction') return q.unit === u || (q.unit === '' && q.kind === 'fraction') || (q.unit in LEVEL_UNITS && (u === 'đơn vị' || u === LEVEL_UNITS[q.unit])) || (u === 'đơn vị' && q.kind === 'fraction' && Object.values(LEVEL_UNITS).includes(q.unit));
  return false;
}

/** Villages by their local names: a rate of thôn counts bản, buôn, ấp, làng, xóm and tổ dân phố alike. */
const VILLAGES = ['thôn', ...SETTLEMENT_WORDS];
/**
 * Whether the words right after a percentage say it counts something else than the rate counts ("100% chi bộ thôn có nghị
 * quyết …" is no rate of villages; lexicon: share-noun). "số" and "tổng số" before the noun are passed over.
 */
export function shareOfOther(ind: Indicator, afterFigure: string): boolean {
  if (ind.unit !== '%' || !ind.of?.length) return false;
  const noun = nounCounted(afterFigure);
  if (!noun) return false;
  const of = ind.of.flatMap((o) => (o === 'thôn' ? VILLAGES : [o]));
  // (an area counted in hectares is "diện tích", the production area or the area said no further: "100% diện tích sản xuất được chủ động
  // tưới", not "95% diện tích lúa hai vụ", "101,2% diện tích kế hoạch" — review-36 C2, C4)
  if (noun === 'diện tích' && of.includes('ha') && AREA_ITSELF.test(afterFigure)) return false;
  return !of.some((o) => noun === o || noun.startsWith(`${o} `));
}

/**
 * A rate whose pack gives no `of`, its first keyword a noun of counted things ("xã" of "Tỷ lệ số xã đạt chuẩn …"): a percentage of
 * other things named right after it is no figure of it ("100% cán bộ chuyên trách Hội cấp xã đạt chuẩn theo quy định").
 */
export function shareOfOtherThanNamed(ind: Indicator, afterFigure: string): boolean {
  if (ind.unit !== '%' || ind.of?.length) return false;
  const first = ind.keywords[0] ?? '';
  if (nounCounted(first) !== first.toLowerCase()) return false;
  // (… or bodies and buildings of the places: "100% Trung tâm Văn hóa - Thể thao xã đạt chuẩn" — lexicon: place-body)
  if (PLACE_BODY.find(afterFigure.replace(/^\s*(?:(?:tổng\s+)?số\s+)?/iu, ''))?.start === 0) return true;
  const noun = nounCounted(afterFigure);
  // ("91,3% đơn vị hành chính cấp xã" counts the communes)
  if (noun === 'đơn vị' && new RegExp(`^\\s*(?:(?:tổng\\s+)?số\\s+)?đơn vị\\s+(?:hành chính\\s+)?cấp\\s+${first.toLowerCase()}(?![\\p{L}])`, 'iu').test(afterFigure)) return false;
  return !!noun && noun !== first.toLowerCase() && !noun.startsWith(`${first.toLowerCase()} `);
}

/** The noun of counted things right after a percentage ("95% số hộ …" gives "hộ"; lexicon: share-noun), "số" and "tổng số" passed over. */
export function nounCounted(afterFigure: string): string | undefined {
  const t = afterFigure.replace(/^\s*(?:(?:tổng\s+)?số\s+)?/iu, '');
  const hit = SHARE_NOUN.find(t);
  return hit && hit.start === 0 ? t.slice(0, hit.end).toLowerCase() : undefined;
}

/** The value a figure gives for this indicator (percent from a fraction when the indicator is a rate). */
export function valueFor(ind: Indicator, q: Quantity): number {
  if (q.kind === 'fraction') return ind.unit === '%' ? q.value * 100 : ind.target.comparator === 'count-of-total' ? q.num!.value : q.num!.value;
  return q.value;
}

/** The Đánh giá a value earns: beyond the target ("Vượt"), on it ("Đạt"), or short of it ("Chưa đạt"). */
export function assess(target: Target, value: number, direction: 'higher' | 'lower', q?: Quantity): 'exceeded' | 'met' | 'not-met' {
  if (!meets(target, value, direction, q)) return 'not-met';
  const eps = 1e-9;
  const beyond = (() => {
    switch (target.comparator) {
      case 'at-least':
      case 'reduction-per-year':
        return value > target.value + eps;
      case 'at-most':
        return value < target.value - eps;
      case 'exactly':
        return false;
      case 'range':
        return direction === 'higher' ? value > target.max + eps : value < target.min - eps;
      case 'multiple-of-base':
        return value > target.factor + eps;
      case 'count-of-total':
        return q?.kind === 'fraction' && q.den ? q.num!.value / q.den.value > target.count / target.total + eps : value > target.count + eps;
    }
  })();
  return beyond ? 'exceeded' : 'met';
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
export function sameTarget(target: Target, q: { value: number; quantity?: Quantity }): boolean {
  const v = q.value;
  switch (target.comparator) {
    case 'at-least': case 'at-most': case 'exactly':
      // (a fraction quoted for a count has two readings: so many of a whole, or the result over the target — "chưa đạt mục tiêu
      // (73/75 xã)" quotes the target 75 right)
      if (q.quantity?.kind === 'fraction' && q.quantity.den && Math.abs(q.quantity.den.value - target.value) < 1e-6 && q.quantity.num && q.quantity.num.value < q.quantity.den.value) return true;
      return Math.abs(v - target.value) < 1e-6;
    case 'reduction-per-year':
      return Math.abs(v - target.value) < 1e-6;
    case 'range':
      return q.quantity?.kind === 'range' ? q.quantity.min === target.min && q.quantity.max === target.max : v >= target.min && v <= target.max;
    case 'multiple-of-base':
      return Math.abs(v - target.factor) < 1e-6;
    case 'count-of-total':
      return q.quantity?.kind === 'fraction' ? q.quantity.num!.value === target.count && q.quantity.den!.value === target.total : v === target.count;
  }
}

/** A target's unit after its number ("%" close, " xã" spaced); the number the Vietnamese way in either language ("1,5", "2.000": as the
 * tables and the report write it — code review of walk64, item 1). */
const unitAfter = (unit: string) => (unit === '%' || unit === '%/năm' ? unit : ` ${unit}`);

/** A target in a sentence, in words an official writes rather than signs: "tối thiểu 38 xã", "trên 85%", "từ 3 đến 4%", "gấp tối thiểu 1,5
 * lần so với năm 2020", "giảm tối thiểu 1,5 điểm %/năm" ("≥" inside a Vietnamese sentence reads as a formula — session 39's walk-through;
 * tables keep the signs). */
export function targetInWords(t: Target, unit: string, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const [f, u] = [formatVn, unitAfter(unit)];
  const least = (strict?: boolean) => (vi ? (strict ? 'trên' : 'tối thiểu') : strict ? 'more than' : 'at least');
  switch (t.comparator) {
    case 'at-least': return `${least(t.strict)} ${f(t.value)}${u}`;
    case 'at-most': return `${vi ? (t.strict ? 'dưới' : 'tối đa') : t.strict ? 'less than' : 'at most'} ${f(t.value)}${u}`;
    case 'exactly': return `${f(t.value)}${u}`;
    case 'range': return vi ? `từ ${f(t.min)} đến ${f(t.max)}${u}` : `${f(t.min)} to ${f(t.max)}${u}`;
    case 'multiple-of-base': return vi ? `gấp ${least()} ${f(t.factor)} lần so với năm ${t.baseYear}` : `${least()} ${f(t.factor)}× the ${t.baseYear} level`;
    case 'reduction-per-year': return vi ? `giảm ${least(t.strict)} ${f(t.value)} điểm %/năm` : `a fall of ${least(t.strict)} ${f(t.value)} points a year`;
    case 'count-of-total': return `${f(t.count)}/${f(t.total)}${u}`;
  }
}

/** Human text for a target: "≥ 38 xã", "3–4%", "≥ 1,5 lần so với năm 2020". */
export function describeTarget(t: Target, unit: string, lang: 'vi' | 'en'): string {
  const [f, u] = [formatVn, unitAfter(unit)];
  switch (t.comparator) {
    case 'at-least': return `${t.strict ? '>' : '≥'} ${f(t.value)}${u}`;
    case 'at-most': return `${t.strict ? '<' : '≤'} ${f(t.value)}${u}`;
    case 'exactly': return `= ${f(t.value)}${u}`;
    case 'range': return `${f(t.min)}–${f(t.max)}${u}`;
    case 'multiple-of-base': return lang === 'vi' ? `≥ ${f(t.factor)} lần so với năm ${t.baseYear}` : `≥ ${f(t.factor)}× the ${t.baseYear} level`;
    // (points of the rate a year, said as the tables say it: a fall of 1,5% and of 1,5 points are two targets — session 39's walk-through)
    case 'reduction-per-year': return lang === 'vi' ? `giảm ${t.strict ? '>' : '≥'} ${f(t.value)} điểm %/năm` : `reduce by ${t.strict ? '>' : '≥'} ${f(t.value)} points/year`;
    case 'count-of-total': return `${f(t.count)}/${f(t.total)}${u}`;
  }
}
