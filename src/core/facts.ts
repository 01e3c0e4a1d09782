/**
 * Step one of judging figures: extraction, with no judgement. Every figure
 * that names one of the pack's indicators becomes a fact — its value and unit,
 * its role (the unit's result, a target, a baseline, a plan, or context about
 * someone else) and the claim written next to it — from prose and from tables
 * alike. The rules judge facts; they never read figures themselves.
 */
import { parseTag } from './skeleton';
import type { Indicator, Pack } from '../packs/schema';
import type { DocModel } from './model';
import { SENTENCE_END, clauses, extractQuantities, type Quantity } from './quantities';
import { shareOfOther, shareOfOtherThanNamed, keywordFigure, labelFigure, nameWord, anyKeyword, countsShortfall, digitKeyword, excluded, marksAgree, mentions, namedIn, namesAny, negated, unitFits, valueFor } from './indicators';
import { blankBrackets, normalize } from './text';
import { roundingInterval, shareAgrees } from './numbers';
import { asOfYears, findDates, isoDay, lastAsOfYear, YEAR_ALONE } from './dates';
import { OTHER_KIND_OF_THING, QUALIFIERS, CITED_REPORT, MISTAKEN_FIGURE, NORM_LEAD, ACHIEVED_WORDS, REMAINING, AVERAGE_OF_SPAN, SPAN_WORDS, BASELINE_WORDS, BEYOND_PLAN, BREAKDOWN, CARRIED_OUT, REACHED_SO_FAR, SHORT_OF, CLAIM_MET, CLAIM_NOT_MET, COMPARED_WITH, COORDINATION, DIFFERENCE_WORDS, NORM_OWNER, OWN_PLAN, PLAN_WORDS, PROPOSAL_WORDS, RATE_LEAD, REACHED_TARGETS, SCOPE_WIDER, SOURCE_PLAN, TARGET_AFTER, TARGET_FRAME, TARGET_WORDS, WHERE_WORDS, ZERO_WORDS, MEASURE_LEAD, OWNED_FACILITY, PLACE_BODY, ALL_OF_UNIT, SHORTFALL, MARGIN, CAUSE_LEAD, RAISED_TOTAL, NOT_YET_RECOGNISED, SHARE_OF_PLAN, setApart, isOnly, startsWith, compile } from './lexicon';
import { PLACE_RANKS, placeMentions, type PlaceLevel, type PlaceMention } from './scope';
import { tableFacts } from './table-facts';
import { placeTableFacts } from './table-places';
import { CH, paragraphChars } from './chars';
import { CRITERIA_FRACTION, amongIndicators, criteriaIndicators, unitAmong, unitCriteria } from './unit-criteria';
import { AMONG_BELOW, ASIDE_OF_OTHER, COMPARED_AVERAGE } from './lexicon/patterns';
import { PLACE_GROUPS } from './lexicon/places';
import { GROUP_KIND, FORMED_FROM, FORMER_PLACES_AFTER, RECOGNISED_AGAIN, STANDARD_MET_AT, WHOLE_OF_UNIT, OWN_NAMED, UNIT_NOUN_REACHES, ORGANISATION_OWNS, GROUP_OWNS, METS_FIRST, VILLAGE_ADDRESS, COMMUNE_HAS, LIES_IN, WHOLE_AFTER_PART } from './lexicon/patterns-scope';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { RIGHT_FIGURE_LEAD, PLAN_SETS_FOR_YEAR, RESULTS_AFTER_FRAME, SHARE_AFTER_FRACTION, DONE_AT, IN_TURN_LEAD, IN_TURN_CLOSE, YEARS_OWN_PLAN, ISSUED_LEAD, MEANS_OPENER, OPENING_TIME, OTHER_PLACES, SUBJECT_FIRST, PLEDGE_SHARE, NOW_AFTER, TOPICS_LABEL, HAVING_THING, HAVING_AFTER_STANDARD, PLAN_THEN_BRACKET, DONE_IN_BRACKET, TARGET_THEN_BOUND, DONE_IN_BOUND_BRACKET, UNIT_CLAUSE, RUN_IN_LABEL, YEAR_FIGURE_BRACKET, FRAME_KIND, FULL_NAME, SHARE_OF_PLAN_AFTER, LABEL_LEAD, COUNTED_LABEL, SUBJECT_LABEL, OWN_SUBJECT, WITHIN_WHOLE, PLAN_NAME_ONLY, PLAN_REFERENCE, SET_SPAN_AFTER, EARLIER_PHASE, STANDARD_KEPT_NOW, OTHERS_BESIDE, PLAN_KINDS, documentsBlanked, REACHED_IN_BRACKET, PLAN_OF_AUTHORITY, RATE_OF_PEOPLE, SETS_TARGETS_AFTER, BRACKET_OPEN, SPAN_NOUN, HOUSEHOLD_RATE, REMAINDER_BEFORE, NOUN_LABEL, ONE_CRITERION, CORRECTED_TO, NEW_UNITS_AFTER, NOW_LEAD, OWNED_THING_STANDARD, OTHER_SOURCE_BRACKET, NONE_REACHED, NONE_REACHED_LEAD, NONE_REACHED_TAIL, CARRYING_OUT, SO_VOI_TARGET, TARGET_DUE_YEAR, OTHER_TIME_IN_LEAD } from './lexicon/patterns';
import { type Role, type Fact, type FactOptions, type Owner } from './facts-types';
import { lastBoundary, nextBoundary, openBracket, bracketClose, lastClauseAt } from './facts-bounds';
import { yearOf, forComparison, earlierFigure, corrects } from './facts-years';
import { namedCounts, someOf, countsLevel, zeroCountsLevel, recognisedWithin, saidNew, listedAfter } from './facts-places';
import { withoutOwnPlans, OWN_ISSUER, OWN_CHANGE, claimIn, claimZone, planRightAfter, lagging, NOT_YET_FIRST, requestedJustBefore, requestOpens, asked, pendingRun } from './facts-claims';
import { judge, passedBy } from './facts-judge';
import { onlyLeads, otherAreaShare, reachedSoFar, resultOnlyOf, seriesOf, targetOnlyOf } from './facts-carry';
import { REVIEW_COMMENT } from './lexicon/patterns-structure';
import { COUNTED_BEFORE_DATE } from './lexicon/patterns-dates';
import { namesOwnSource, ownSources } from './own-source';
export type { Role, Claim, Fact, FactOptions } from './facts-types';
export { EARLIER_COLUMN, datedAfter, judge, type Judged } from './facts-judge';
export { aboutOwnPlan, claimIn } from './facts-claims';

/** "86,2%/80%": the percentage after a slash right after a percentage. */
const SLASH_PERCENT = /^\s*\/\s*(\d{1,3}(?:,\d+)?)\s*%/u;

/** The target written after a result as "result/target": a count fraction whose part exceeds its whole, or "a%/b%". */
function resultOverTarget(text: string, q: Quantity, ind: Indicator): Quantity | undefined {
  if (q.kind === 'fraction' && q.num && q.den && q.num.value > q.den.value && ind.unit !== '%' && q.unit)
    return { kind: 'number', value: q.den.value, decimals: q.den.decimals, unit: q.unit, raw: `${q.den.value} ${q.unit}`, start: q.start, end: q.end };
  const m = q.kind === 'percent' && ind.unit === '%' ? SLASH_PERCENT.exec(text.slice(q.end, q.end + 12)) : null;
  if (!m) return undefined;
  const decimals = m[1].includes(',') ? m[1].split(',')[1].length : 0;
  return { kind: 'percent', value: Number(m[1].replace(',', '.')), decimals, unit: '%', raw: `${m[1]}%`, start: q.end, end: q.end + m[0].length };
}

/**
 * The words after the bracket a target stands alone in, to the next figure or mark: "So với mục tiêu Nghị quyết đề ra (ít nhất 40 xã), số xã
 * đạt chuẩn vượt 34 xã" → " số xã đạt chuẩn vượt" (nyq01); none but in that frame — the clause opening on "So với mục tiêu" or "So với chỉ
 * tiêu" of the plan the pack transcribes (not the unit's own, not a year's plan: no year but the one it is due by, no earlier phase, "trong
 * năm", "đầu kỳ"), the bracket holding the bound alone, and the words after it opening on the measure's subject ("số …", "tỷ lệ …") —
 * review-57c A2, A3, A9, A11–A13.
 */
function targetSubjectAfter(text: string, q: Quantity, openParen: number, nextStart: number): string {
  if (openParen < 0 || !/^\(\s*(?:(?:tối thiểu|ít nhất|trên|từ|≥|>)\s*)?$/iu.test(text.slice(openParen, q.start))) return '';
  const lead = text.slice(0, openParen);
  if (!SO_VOI_TARGET.test(lead) || !SOURCE_PLAN.test(lead) || OWN_PLAN.test(lead) || OTHER_TIME_IN_LEAD.test(lead.replace(TARGET_DUE_YEARS, ' '))) return '';
  const close = /^\s*(?:trở lên\s*)?\)\s*,?/u.exec(text.slice(q.end));
  if (!close) return '';
  const from = q.end + close[0].length;
  if (!/^\s*(?:số|tỷ lệ|tỉ lệ)\s/iu.test(text.slice(from))) return '';
  const to = Math.min(nextStart > from ? nextStart : text.length, nextBoundary(text, from));
  return ' ' + text.slice(from, to);
}
/** The year a target is due by, read out of the words before its bracket (lexicon target-due-year). */
const TARGET_DUE_YEARS = new RegExp(TARGET_DUE_YEAR.source, 'giu');

/** A year's target named right before its figure, a bracket between or not: "chỉ tiêu năm 2024 (", "kế hoạch năm 2023 là ". */
const YEARS_TARGET_BEFORE = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu|kế hoạch)\s+(?:của\s+)?năm\s+((?:19|20)\d\d)(?![\d/])\s*(?:\(\s*|(?:là|:)\s*)?(?:(?:tối thiểu|ít nhất|trên)\s+)?$/iu;
/** A year right before a bracket: "năm 2020 (". */
const YEAR_BEFORE_BRACKET = /năm\s+((?:19|20)\d\d)\s*$/u;

/** The year a target is due, written after its words in the same clause: " xã đạt chuẩn vào cuối năm 2020", " đến năm 2020". */
const DUE_YEAR = /^[^,;()\d]{0,30}?(?<![\p{L}])(?:vào|đến|trong)\s+(?:cuối\s+|đầu\s+|hết\s+)?năm\s+((?:19|20)\d\d)(?!\d)/u;
/**
 * "của tỉnh" up to eight words after a standard or a plan, none a comma ("theo chuẩn nghèo đa chiều của tỉnh", "theo Bộ tiêu chí xã
 * nông thôn mới giai đoạn 2021-2025 của tỉnh"): whose standard, not whose figure.
 */
function ownsNorm(text: string, pl: PlaceMention): boolean {
  if (!/^của\s/iu.test(pl.text)) return false;
  const before = text.slice(Math.max(0, pl.start - 80), pl.start);
  const norm = NORM_OWNER.findLast(before);
  // (more than four words between only where the place closes the phrase: "… giai đoạn 2021-2025 của tỉnh; 05/05 thôn …" — not "… giai
  // đoạn 2021 - 2025 của tỉnh đạt 80,5%, của huyện đạt 87,5%", where the place owns the figure after it; a comma closes it too, "Rà soát theo
  // Bộ tiêu chí xã NTM giai đoạn 2021-2025 của tỉnh, xã duy trì đạt chuẩn" — nwj03 —, where a subject of a level opens the next clause: not
  // "… Chương trình hành động … của tỉnh, tỷ lệ lao động … đạt 75,2%", "… của tỉnh, đạt 80,5%", the province's own figure — review-47 B4, B5b)
  return !!norm && (NORM_GAP.test(before.slice(norm.end)) || (NORM_GAP_LONG.test(before.slice(norm.end)) && (/^\s*(?:[;.]|$)/u.test(text.slice(pl.end, pl.end + 4)) || LEVEL_SUBJECT_NEXT.test(text.slice(pl.end, pl.end + 24)))));
}
const NORM_GAP = /^(?:\s+[\p{L}\d-]+){0,4}\s*$/u;
/** A comma, then a level's noun alone opening the next clause as its subject: ", xã duy trì …", ", toàn huyện có …". */
const LEVEL_SUBJECT_NEXT = /^\s*,\s*(?:[Tt]oàn\s+)?(?:[Xx]ã|[Hh]uyện|[Tt]ỉnh|[Tt]hị xã|[Tt]hành phố)\s+(?!\p{Lu})/u;
const NORM_GAP_LONG = /^(?:\s+[\p{L}\d-]+){0,8}\s*$/u;

/** Whether an aside in brackets, the figure outside it, says the target differs from the plan's ("(cao hơn mục tiêu Chương trình hành động) có 70 xã"). */
function asideSaysBeyond(text: string, q: Quantity): boolean {
  for (const m of text.matchAll(ASIDE)) {
    const end = m.index + m[0].length;
    if (q.start >= m.index && q.start < end) continue;
    if (BEYOND_PLAN.test(m[0]) && !/\d/.test(m[0])) return true;
  }
  return false;
}
/** An aside in brackets. */
const ASIDE = /\([^()]{3,120}\)/g;

/** Between a figure and the words that say it was typed wrong: a bracket's close, and a comma only before "là" ("ghi 62,4%, là do lỗi đánh
 * máy"; not "đạt 78,6%, do nhầm lẫn … nên báo cáo trước ghi 87,5%", which gives the cause of the other figure — review-41d M2, M3). */
const MISTAKEN_LEAD = /^\s*\)?\s*(?:,\s*(?=là\s))?/u;
/** Why a figure the writer says was typed wrong is no result (lexicon: mistaken-figure). */
const MISTAKEN = 'a figure said to be written wrong';

export function extractFacts(doc: DocModel, pack: Pack, opts: FactOptions): Fact[] {
  const out: Fact[] = [];
  const indicators = pack.indicators;
  if (!indicators.length) return out;
  const from = Number(pack.period.from.slice(0, 4));
  const to = Number(pack.period.to.slice(0, 4));
  const guidance = guidanceOf(pack);
  const { flags } = paragraphChars(doc);
  opts = { ...opts, householdRates: householdRates(doc, indicators), ownSources: ownSources(pack), issuers: pack.sources.map((x) => x.issuer ?? ''), periodStart: pack.period.from };
  for (let i = 0; i < doc.paragraphs.length; i++) {
    // table cells (but those of a report written as a table) are passed over by their flag, untouched
    if (flags[i] & CH.CELL && !opts.proseTables?.size) continue;
    const p = doc.paragraphs[i];
    if ((p.cell && !opts.proseTables?.has(p.cell.table)) || !p.text || opts.headings.has(p.index)) continue;
    // the outline's guidance still in its control quotes the plan's targets; it is no figure of the report
    if (p.tags?.some((t) => parseTag(t)?.kind === 'g') && guidance.some((g) => g.includes(normalize(p.text)))) continue;
    // … nor is a reviewer's comment left in a draft ("Ý kiến góp ý (…): … nay điều chỉnh là 72,9%") — lexicon: review-comment
    if (REVIEW_COMMENT.test(p.text)) continue;
    // (… nor the paragraph right after a comment's opening words on a line of their own: "Ý kiến góp ý của Phòng …:" / "Tỷ lệ … 72,9% …")
    const prev = i > 0 ? doc.paragraphs[i - 1] : undefined;
    if (prev && !prev.cell && /:\s*$/u.test(prev.text) && REVIEW_COMMENT.test(prev.text)) continue;
    // (the next paragraph, where a report corrects an earlier figure: "… đã báo cáo 7/8 thôn đạt chuẩn (87,5%)." / "Do …, nay điều chỉnh là
    // 8/8 thôn …")
    const next = doc.paragraphs[i + 1];
    const after = next && !next.cell && !opts.headings.has(next.index) ? next.text : '';
    proseFacts(indicators, opts.runInText?.get(p.index) ?? p.text, p.index, opts, from, out, (flags[i] & CH.DIGIT) !== 0, to, after);
  }
  partsBeforeWhole(out);
  out.push(...tableFacts(doc, indicators, pack, opts), ...placeTableFacts(doc, indicators, pack, opts));
  // the source's own baseline ("69 xã (đạt 40,5%)" when the Kết luận was issued), quoted again: not a result
  // (… unless a results column dated in the period's last year says it is still so: "Kết quả đến 30/6/2025 | 170/170 xã")
  // (… nor where the report gives no other result of the indicator: the unit still stands where the source found it, "Có 9/12 đơn vị cấp
  // huyện được công nhận …" in the results of a report whose three districts are still being appraised — nxy04)
  const lastYear = Number(pack.period.to.slice(0, 4));
  const restated = new Map<Fact, string>();
  for (const fact of out) {
    if (fact.role !== 'result' || (fact.fromTable && fact.year !== undefined && fact.year >= lastYear)) continue;
    const b = pack.baselines.find((x) => isBaseline(fact, x));
    if (b) restated.set(fact, b.label);
  }
  for (const [fact, label] of restated) {
    // (… but one said among the base's other figures is the base's: "Kết luận được ban hành trong bối cảnh toàn tỉnh có 9/12 đơn vị cấp huyện …, 69
    // xã đạt chuẩn NTM nâng cao (đạt 40,5%)" — review-54c B17)
    if (out.some((o) => o !== fact && ((o.indicator === fact.indicator && o.role === 'result' && !restated.has(o)) || (o.paragraph === fact.paragraph && o.role === 'baseline')))) Object.assign(fact, { role: 'baseline', why: `baseline of the source: ${label}` });
  }
  // under a heading that restates the plan's targets, a figure written as a result ("Tỷ lệ lao động … đạt 75%") is a target,
  // the heading's plan's
  if (opts.restated?.size)
    for (const fact of out) {
      const head = opts.restated.get(fact.paragraph);
      if (head === undefined || fact.role !== 'result' || fact.fromTable) continue;
      const own = OWN_PLAN.test(head);
      Object.assign(fact, { role: 'target', why: `a target restated under "${head.slice(0, 60)}"`, attributed: !own && SOURCE_PLAN.test(head), own, laterYear: false, proposal: false });
      delete fact.claim;
      delete fact.claimText;
    }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/** Why a figure is a part's: its sentence gives the whole after it. */
const PART_BEFORE_WHOLE = 'a part\'s figure, the whole given after it';
/**
 * Two results of one indicator in one sentence, the later after words that count the whole of what it measures ("Diện tích lúa nước được
 * tưới chủ động đạt 71,5%, tuy nhiên tính chung toàn bộ diện tích đất sản xuất nông nghiệp thì tỷ lệ … mới đạt 34,2%" — lexicon:
 * whole-after-part): the earlier is a part's figure, no second result of the unit (session 45, nvt01).
 */
function partsBeforeWhole(facts: Fact[]): void {
  for (let k = 1; k < facts.length; k++) {
    const later = facts[k];
    if (later.role !== 'result' || !later.quantity || !WHOLE_AFTER_PART.test(later.text)) continue;
    for (let e = k - 1; e >= 0 && facts[e].paragraph === later.paragraph; e--) {
      const earlier = facts[e];
      if (earlier.role !== 'result' || earlier.indicator !== later.indicator || earlier.text !== later.text || !earlier.quantity) continue;
      const between = later.text.slice(earlier.quantity.end, later.quantity.start);
      if (earlier.quantity.end < later.quantity.start && WHOLE_AFTER_PART.test(between)) Object.assign(earlier, { role: 'context', why: PART_BEFORE_WHOLE });
    }
  }
}

/** The guidance of every section of the pack, normalised (computed once per pack). */
const guidanceCache = new WeakMap<Pack, string[]>();
function guidanceOf(pack: Pack): string[] {
  let g = guidanceCache.get(pack);
  if (!g) {
    g = [];
    const walk = (ss: Pack['outline']) => ss.forEach((s) => { if (s.guidance) g!.push(normalize(s.guidance)); walk(s.children); });
    walk(pack.outline);
    guidanceCache.set(pack, g);
  }
  return g;
}

/** Whether a fact repeats one of the pack's baselines: as written, or as the same fraction. */
let baselineText = { raw: '', norm: '' };
function isBaseline(f: Fact, b: Pack['baselines'][number]): boolean {
  const q = f.quantity;
  if (q?.kind === 'fraction' && b.total !== undefined) return q.num!.value === b.value && q.den!.value === b.total;
  // (a clause that restates the source's baseline as the source wrote it is about the base time, all its figures; the written
  // form standing alone — "2,4%" is not in "21 xã … (12,4%)")
  if (!b.written) return false;
  // (the facts of one clause share its text: normalised once, not for each fact and baseline)
  if (baselineText.raw !== f.text) baselineText = { raw: f.text, norm: normalize(f.text) };
  const text = baselineText.norm;
  const written = normalize(b.written);
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) if (!/[\d.,]/.test(text[at - 1] ?? '')) return true;
  return false;
}


/** Right before a figure, a count and "trong (tổng) (số)": "01 trong 18 xã", "2 trong tổng số 22 xã" — the figure is the whole it is one of. */
const ONE_OF_BEFORE = /(?<![\d.,])\d{1,3}(?:\s+\p{Ll}+)?\s+trong\s+(?:tổng\s+)?(?:số\s+)?$/u;

/** Right before a figure, a rise or fall said bare: "tăng ", "giảm thêm ", "tăng được " (not "giảm còn", "tăng lên": the level after them). */
const RATE_CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$/u;

/** Right before a figure, a change said to come and the level it starts from: "sẽ giảm từ 07 xã xuống ", "dự kiến tăng từ 12 lên ", "sẽ giảm xuống còn ". */
const FORECAST_REACHES = /(?<![\p{L}])(?:sẽ|dự kiến)\s+(?:giảm|tăng)(?:\s+từ\s+[^;:()]{1,50}?)?\s(?:xuống(?:\s+còn)?|lên(?:\s+thành)?)\s*$/u;
/** … and the level it starts from, said as the level now: "sẽ giảm từ " (review-46 B14). */
const FORECAST_FROM = /(?<![\p{L}])(?:sẽ|dự kiến)\s+(?:giảm|tăng)\s+từ\s*$/u;

/** A clause that opens on the earlier level it compares with, and nothing else: "So với cuối năm 2020 (9,2%), ". */
const COMPARED_BASE_OPENS = /^\s*so với\s+(?:(?:cuối|đầu|hết)\s+)?(?:năm\s+)?(?:19|20)\d\d\s*\([^()]*\d[^()]*\)\s*,\s*$/iu;

/** Words after a count that say it is still on its way: "đang chờ", "đang hoàn thiện", "đang xét". */
const PENDING_AFTER = /(?<![\p{L}])đang\s+(?:chờ|hoàn thiện|hoàn chỉnh|xét|trình|đề nghị|thẩm định|làm hồ sơ)(?![\p{L}])/iu;

/** A count right after its own year: "năm 2021 có ", "6 tháng đầu năm 2024: ", "năm 2022 là ". */
const YEAR_COUNT = /năm\s+(?:19|20)\d\d\s*(?:có|là|:|được công nhận)?\s*$/u;
const YEAR_COUNTS = /năm\s+(?:19|20)\d\d\s*(?:có|là|:|được công nhận)?\s*\d/gu;

/** A place that is its clause's subject: "huyện Hải Lăng có thêm …", "… đã có …"; "Tại huyện Hải Lăng, …". */
const SUBJECT_PLACE_AFTER = /^\s*(?:đã\s+|cũng\s+)?có(?![\p{L}])/u;
const SUBJECT_PLACE_BEFORE = /(?<![\p{L}])(?:tại|ở|riêng)\s*$/iu;

/** "hồ sơ 07 xã đạt chuẩn, 08 xã … nâng cao, " right before a count: the next of a list of counts of dossiers. */
const DOSSIERS_LISTED = /(?<![\p{L}])hồ sơ(?:\s+(?:của|cho|đề nghị|công nhận|xét công nhận))?\s+\d+[^;.:()\d]*(?:(?:,|\svà)\s*\d+[^;.:()\d]*)*(?:,|\svà)\s*$/u;
/** Why a count of the places whose dossiers were handled is context. */
const DOSSIERS = 'a count of dossiers';
/** "hồ sơ", "hồ sơ của", "hồ sơ đề nghị", "thẩm định", "xét công nhận" right before a count: the count is of dossiers handled. */
const DOSSIERS_OF = /(?<![\p{L}])(?:hồ sơ(?:\s+(?:của|cho|đề nghị|công nhận|xét công nhận))?|thẩm định(?:\s+hồ sơ)?|xét công nhận)\s*$/iu;

/** A reason said after a figure's subject: " do …", " vì …", " bởi …" (lower case: "Đồ Sơn" is a name). */
const REASON_AFTER = /\s(?:do|vì|bởi|nhờ)\s+(?:đã\s+|được\s+|chưa\s+)/u;

/**
 * "Theo Kết luận, đến ngày 30/6/2025 toàn tỉnh phải …": a frame that names only the plan frames the sentence it opens, set off
 * by a comma — not a list it ends ("Kết quả các chỉ tiêu chủ yếu theo Nghị quyết: …" lists results).
 */
/** A frame that names the targets with "là": "Mục tiêu của Kết luận là …". */
const namedWithIs = (hit: { phrase: string }) => /\slà$/u.test(hit.phrase);
/**
 * … naming them where its first figure follows "là" straight, whatever the words before it: "Bám sát mục tiêu của Kết luận là 100% số xã …,
 * tối thiểu 75 xã … và 22 xã …" lists them (nwa03) — where "Bám sát các mục tiêu …, huyện đạt …" carries them out, and "Bám sát mục tiêu
 * của Nghị quyết là đưa … vào chiều sâu, …, toàn huyện có 98/112 thôn" says an aim in words, then results (review-46b E3, E4, E11, E15).
 */
const namesTargets = (hit: { phrase: string; end: number }, opening: string) => namedWithIs(hit) && /^\s*(?:(?:tối thiểu|ít nhất|có|đạt|trên|phấn đấu)\s+)*$/iu.test(opening.slice(hit.end));

function framesHere(head: string, hit: { phrase: string; start: number; end: number }): boolean {
  if (!/^theo\s/iu.test(hit.phrase)) return true;
  return !head.slice(0, hit.start).trim() && /^\s*,/u.test(head.slice(hit.end));
}

/**
 * The words before a figure that may name its subject. A label of several topics before a colon ("Môi trường, an toàn thực
 * phẩm và cấp nước sạch: có 3.912/4.860 hộ … tham gia phân loại rác") says what the sentences after it are about, not which of
 * them this figure is: only the words after the colon name it. A label of one topic ("Tỷ lệ hộ sử dụng nước sạch: 96,4%"), or one the
 * figure follows straight after the colon ("Tỷ lệ thôn, bản đạt chuẩn nông thôn mới: 86,2%/80%"), does.
 */
/** Whether the paragraph opens on a label that names the indicator ("Xã đạt chuẩn theo Bộ tiêu chí …:") and figure i is the first after it. */
function labelled(text: string, qs: Quantity[], i: number, ind: Indicator): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || qs[i].start < colon || qs.some((x, k) => k < i && x.start > colon)) return false;
  // (a label of several topics names none of them: "Môi trường, an toàn thực phẩm, nước sạch: 100% trường có …")
  const raw = text.slice(0, colon).replace(/^[\s\-–+•*]+/u, '');
  if (/,|\svà\s/u.test(raw) && !startsWith(MEASURE_LEAD, raw)) return false;
  const label = normalize(raw);
  return label.split(' ').length <= 14 && !/\d/.test(label.replace(/\b(?:19|20)\d\d\b/gu, '')) && mentions(ind, label) && !excluded(ind, label);
}

/** The cited document's number then date: " số 52-BC/ĐU ngày 20/12/2023" (its year). */
const CITED_DATE = /^\s*số\s+\S+\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)/iu;

/** A label that opens on "Số <noun>" and ends on a colon, right before a figure: the noun is what the figure counts. */
const COUNT_LABEL = /(?:^|[.;:\n]\s*|^[\s\-–+•*]*|[\-–+•*]\s*)Số\s+(xã|thôn|huyện|hộ|người|bản|ấp|đơn vị)(?![\p{L}])[^:;]{0,100}:\s*$/iu;
/** Village words count as thôn. */
const SAME_UNIT_WORD: Record<string, string> = { bản: 'thôn', ấp: 'thôn' };

/** A text with a span of it turned to spaces (its length, and every place in it, kept). */
const blankSpan = (t: string, [from, to]: [number, number]) => t.slice(0, from) + ' '.repeat(Math.max(0, Math.min(t.length, to) - from)) + t.slice(Math.min(t.length, to));

function ownSubject(left: string): string {
  const colon = left.lastIndexOf(':');
  if (colon <= 0) return left;
  const label = left.slice(0, colon);
  // (a figure right after the colon has no words of its own: the label is its subject, "Tỷ lệ thôn, bản đạt chuẩn: 86,2%")
  const after = left.slice(colon + 1);
  // (… and a label that opens on what is measured names one indicator, commas and "và" notwithstanding: "Tỷ lệ lao động
  // nông thôn qua đào tạo, bồi dưỡng nghề: đạt 72,4%", "Tỷ lệ hộ … sử dụng nước sạch và hợp vệ sinh: đạt 98,2%")
  if (/\d/.test(label) || label.split(/\s+/).length > 14 || !/,|\svà\s/u.test(label) || !/\p{L}/u.test(after)) return left;
  return startsWith(MEASURE_LEAD, label.replace(/^[\s\-–+•*]+/u, '')) ? left : after;
}

/**
 * Whether a clause up to a figure gives a figure of its own before its last comma: a share, a fraction, or a count with its unit, not
 * said pending ("có 02 xã chưa có quyết định công nhận") — dates, documents' numbers and names' numbers ("Sơn Kim 1") are none.
 */
function figureOfItsOwn(before: string): boolean {
  const head = blankBrackets(before.slice(0, blankBrackets(before).lastIndexOf(',') + 1));
  return extractQuantities(head).some((x) => (x.kind === 'percent' || x.kind === 'fraction' || (x.kind === 'number' && !!x.unit)) && !NOT_YET_RECOGNISED.test(head.slice(x.end, x.end + 60)));
}

/** Whether the words name the head noun of an indicator named by one compound noun ("nước" of "nước sạch") without the compound itself: another
 * kind of the thing. (An indicator of several keywords, "huyện" + "đạt chuẩn nông thôn mới", is named by their meeting, no compound.) */
function otherKindNamed(ind: Indicator, words: string): boolean {
  if (ind.keywords.length !== 1) return false;
  const k = normalize(ind.keywords[0]);
  const w = ` ${normalize(words)} `;
  return k.includes(' ') && w.includes(` ${k.split(' ')[0]} `) && !w.includes(` ${k} `);
}

/** Whether words name a kind of an indicator's thing the lexicon knows is another ("nước hợp vệ sinh" beside "nước sạch"), opening on the head
 * noun of the indicator's one compound. */
function namesOtherKind(ind: Indicator, words: string): boolean {
  const head = normalize(ind.keywords[0] ?? '').split(' ')[0];
  const hit = OTHER_KIND_OF_THING.find(words);
  return !!head && !!hit && normalize(words.slice(hit.start, hit.end)).split(' ')[0] === head;
}

/** The words after the last comma outside brackets: "Qua rà soát, xã Hương Trà …, nên nay điều chỉnh là " → " nên nay điều chỉnh là ". */
const lastSubclause = (before: string) => before.slice(blankBrackets(before).lastIndexOf(',') + 1);
/** What a remainder's clause says before "chưa đạt chuẩn" that makes it another's: its own verdict, others, other places after a comma. */
const OTHERS_BEFORE = /(?<![\p{L}])(?:đạt chuẩn|được công nhận|khác|còn lại|duy trì|giữ vững)(?![\p{L}])|,\s*các\s+(?:xã|thôn|huyện|bản|ấp)(?![\p{L}])/iu;
/**
 * Whether a count the clause opens as what is left ("còn 67/185 thôn thuộc các xã đặc biệt khó khăn, xã bãi ngang ven biển chưa đạt
 * chuẩn") says, past the commas of its subject and before any other figure, that those are not (yet) up to standard: a count of the
 * others, whatever the indicator's words (lexicon: not-yet-recognised; session 36, cd06).
 */
function remainderNotYet(ind: Indicator, text: string, q: Quantity, later: Quantity[]): boolean {
  if (!REMAINDER_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) || countsShortfall(ind)) return false;
  // (… over the counts of its own unit joined to it, which share its verb: "Còn 01 xã nâng cao và 01 xã kiểu mẫu chưa hoàn thành …" — nwm02)
  let k = 0;
  while (k < later.length && later[k].kind === 'number' && later[k].unit === q.unit && /^[^\d,;.()]*(?:,|\svà)\s*$/u.test(text.slice(k ? later[k - 1].end : q.end, later[k].start))) k++;
  const next = later[k];
  const after = text.slice(k ? later[k - 1].end : q.end, next ? next.start : text.length).split(/[.;]/u)[0];
  // (… or not completed, said of a remainder: "Còn 01 xã nâng cao và 01 xã kiểu mẫu chưa hoàn thành theo …" — nwm02; only here, after "còn":
  // "Tỷ lệ thôn … chưa hoàn thành theo lộ trình khi mới đạt 4,2%" keeps its figure — review-48b F5)
  const notDone = /(?<![\p{L}])chưa hoàn thành(?![\p{L}])/iu.exec(after);
  const hit = NOT_YET_RECOGNISED.find(after) ?? (notDone ? { start: notDone.index, end: notDone.index + notDone[0].length } : null);
  // (… said of them, not of others after a verdict of their own: "còn 96/112 thôn đạt chuẩn …, các thôn khác chưa đạt chuẩn" — review-36c B3)
  // (… nor of other places named after a verb of their own: "còn 18/21 xã duy trì, giữ vững chuẩn …, các xã Sơn Lâm, … chưa đạt chuẩn" —
  // review-36j R2)
  return !!hit && !OTHERS_BEFORE.test(after.slice(0, hit.start));
}

function proseFacts(indicators: Indicator[], text: string, paragraph: number, opts: FactOptions, periodFrom: number, out: Fact[], digit: boolean, periodTo = 9999, nextText = ''): void {
  // most paragraphs name no indicator at all: one normalisation decides
  if (!digit && !ZERO_WORDS.test(text) && !PLACE_NAMED.test(text) && !NONE_REACHED.test(text)) return;
  const whole = normalize(text);
  const criteriaSaid = !!opts.unit.level && CRITERIA_FRACTION.test(text) && criteriaIndicators(indicators, opts.unit.level).length > 0;
  if ((!anyKeyword(indicators).test(whole) || !namesAny(indicators, whole)) && !criteriaSaid) return;
  const inFuture = opts.future.has(paragraph);
  // whose figures: the country, a region, another place named — the nearest named before a figure, in its
  // sentence (a sentence may run over several clauses: "Trên phạm vi toàn tỉnh, …; tỷ lệ … đạt 82,5%")
  // (read when a clause first names an indicator: most paragraphs that name one somewhere have no clause that does)
  let placesRead: Array<PlaceMention & { compared?: boolean }> | undefined;
  const placesOf = () => {
    if (placesRead) return placesRead;
    // "theo chuẩn nghèo đa chiều của tỉnh": the place owns the standard the figure is measured by, not the figure
    const places: Array<PlaceMention & { compared?: boolean }> = placeMentions(text, opts.unit).filter((pl) => !ownsNorm(text, pl));
    for (let hit = SCOPE_WIDER.find(text), from = 0; hit; hit = SCOPE_WIDER.find(text.slice(from))) {
      places.push({ start: from + hit.start, end: from + hit.end, own: false, text: text.slice(from + hit.start, from + hit.end) });
      from += hit.end;
    }
    // "cao hơn mức bình quân chung của tỉnh (69,8%)": a place named to compare with owns only the figure right after it
    // (… the country or a region too: "cao hơn bình quân chung cả nước (khoảng 78%); trong đó có 17 xã … nâng cao" are the province's)
    for (const pl of places) {
      const before = text.slice(Math.max(0, pl.start - 40), pl.start);
      const cmp = COMPARED_WITH.findLast(before);
      if (cmp && /^\s*(?:(?:mức|bình quân|trung bình|chung|tỷ lệ|của)\s*)*$/u.test(before.slice(cmp.end))) pl.compared = true;
    }
    // (in order of where they stand: the figure's scope is looked for from the figure back)
    return (placesRead = places.sort((a, b) => a.start - b.start));
  };
  // the paragraph's figures, read once, for where a sentence's first figure stands
  let paraQs: Quantity[] | undefined;
  const paragraphQuantities = () => (paraQs ??= extractQuantities(text));
  // the sentence ends of the paragraph, read once (a paragraph of many clauses asks at each): where each is found, where the next sentence starts
  let ends: Array<[number, number]> | undefined;
  const sentenceStart = (at: number) => {
    if (!ends) {
      ends = [];
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) ends.push([m.index, m.index + m[0].length]);
    }
    // the last end found before the position
    let s = 0;
    for (let lo = 0, hi = ends.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (ends[mid][0] < at) ((s = ends[mid][1]), (lo = mid + 1));
      else hi = mid - 1;
    }
    return s;
  };
  // where the sentence holding a position ends (the paragraph's end if none does)
  const nextSentenceEnd = (at: number) => {
    sentenceStart(at);
    return ends!.find(([e]) => e >= at)?.[0] ?? text.length;
  };
  // a paragraph that opens on a label naming its indicator, then a colon ("- Chỉ tiêu lao động nông thôn qua đào tạo: Chương trình hành
  // động đề ra 70%; năm 2020 xã mới đạt 58,4%; kết quả đến nay đạt 71,3%, đạt chỉ tiêu."): the label is the subject of every clause
  // after it that names none of its own and opens on no subject of its own
  // (… or one naming what is counted and its standard, "- Xã đạt chuẩn NTM nâng cao:", where it names one indicator)
  const counted = LABEL_LEAD.test(text) ? null : COUNTED_LABEL.exec(text);
  const label = LABEL_LEAD.exec(text) ?? (counted && namedIn(indicators, normalize(counted[1])).filter((ind) => !excluded(ind, normalize(counted[1]))).length === 1 ? counted : null);
  const labelWords = label ? normalize(label[1]) : '';
  // (the one indicator the label names, its kind told: "thôn đạt chuẩn nông thôn mới kiểu mẫu" is not the plain count)
  const labelNamed = label ? namedIn(indicators, labelWords).filter((ind) => !excluded(ind, labelWords)) : [];
  const labelNorm = labelNamed.length === 1 ? ` ${labelWords}` : '';
  // (a short label of the subject alone, "- Hộ nghèo:", the measure said in the clauses after it)
  const short = label ? null : SUBJECT_LABEL.exec(text);
  // (a run-in label that lists several topics, "- Về xây dựng huyện, xã đạt chuẩn:", says of none of them what a figure after it counts:
  // the clause's own words do, "toàn tỉnh có 04 đơn vị cấp huyện đạt chuẩn …" — lexicon: topics-label)
  const topicsEnd = label ? 0 : TOPICS_LABEL.exec(text)?.[0].length ?? 0;
  const subject = label ? { end: label[0].length, words: labelWords } : short ? { end: short[0].length, words: normalize(short[1]) } : undefined;
  let prevClause: { text: string; start: number } | undefined;
  for (const c of clauses(text)) {
    const clauseBefore = prevClause;
    prevClause = c;
    // only the indicators the clause names can be read from it (every window below lies inside the clause)
    const clauseNorm = normalize(c.text);
    // (named with its own marks, where the text has them: "người cao tuổi" names no irrigation, "tưới", though both fold to "tuoi" — review-53b,
    // an older false alarm: "Xã có 1.245 người cao tuổi, chiếm 14,3% dân số")
    let named = namedIn(indicators, clauseNorm).filter((ind) => marksAgree(ind, c.text));
    // (… and its words tell the kind of a clause that names the indicator plainly: "- Chỉ tiêu xã đạt chuẩn nông thôn mới kiểu mẫu: …
    // Kết quả có 2/22 xã đạt chuẩn (9,1%)" counts model communes)
    let inherited = '';
    // (a subject lent whole to the clause's figures, the clause saying the measure: see below)
    let subjectOnly = false;
    // (the indicator lent by the clause before, of which it gave a target)
    let carriedTarget = false;
    // (… or a result, the clause quoting only its target)
    let carriedResult = false;
    // (a clause opening on the things it speaks of, "Đối với 16 thôn thuộc 02 xã đặc biệt khó khăn (…), đã có 10/16 thôn được công nhận …",
    // gives the figures after it their kind)
    const frame = FRAME_KIND.exec(c.text);
    const frameWords = frame ? ` ${normalize(frame[1])}` : '';
    // (… only where the clause's own names are all of a kind the label leaves out: "… trong đó có 04/56 thôn đạt chuẩn nông thôn mới kiểu
    // mẫu" under "Số thôn đạt chuẩn nông thôn mới:" counts its own kind)
    // (… and not where the clause spells out the plain indicator's name in full: "98/112 thôn đạt chuẩn nông thôn mới" under a kiểu mẫu label)
    // (a document's number and a date are no figure: "xã Hương Trà mới có Tờ trình số 25/TTr-UBND ngày 12/6/2025 đề nghị …, nên nay điều
    // chỉnh là 72/169 xã" — its first figure is the 72)
    const firstDigit = documentsBlanked(c.text).search(/\d/u);
    if (labelNorm && c.start >= label![0].length && !OWN_SUBJECT.test(firstDigit < 0 ? c.text : c.text.slice(0, firstDigit)) && named.every((ind) => excluded(ind, labelNorm)) && (!named.length || !FULL_NAME.test(clauseNorm))) {
      named = labelNamed;
      inherited = labelNorm;
    }
    // (… or, a label naming its subject but not the measure, with the measure's words in the clause: "- Hộ nghèo: Cuối năm 2021 xã có
    // 402 hộ nghèo (38,43%). Cuối năm 2023 còn 312 hộ (29,83%), bình quân mỗi năm giảm 4,30%." — the rate of poor households' fall)
    else if (subject && !labelNamed.length && !named.length && c.start >= subject.end && !OWN_SUBJECT.test(firstDigit < 0 ? c.text : c.text.slice(0, firstDigit))) {
      const joint = namedIn(indicators, `${subject.words} ${clauseNorm}`).filter((ind) => !excluded(ind, subject.words));
      if (joint.length === 1) {
        named = joint;
        inherited = ` ${subject.words}`;
        subjectOnly = true;
      }
    }
    // (… or, naming nothing, the one indicator the clause before it in its sentence gave a target of, and nothing else: "Nghị quyết đề ra mục
    // tiêu đến năm 2025 tỷ lệ lao động nông thôn qua đào tạo đạt 65%; đến nay xã đạt 70,4%, vượt mục tiêu" — its figure, after leads only,
    // is of the same; session 36, lo05)
    // (… only a clause that says what was reached so far, no earlier year, its first figure a bare rate or count that only a verdict may
    // follow: not "; năm 2020 toàn huyện đạt 58,6%", "; đến nay có 85,3% học viên … có việc làm", "; đến nay đạt 103,4% so với mục tiêu" —
    // review-36 A6, A7, A13, A22)
    // (… the target alone also in a sentence of its own right after the result's: "… qua đào tạo đạt 56,2% (năm 2020 là 48,5%). So với mục
    // tiêu Nghị quyết đến năm 2025 (đạt 75%), chỉ tiêu này còn thấp" — session 56, nyj01; no other carry over a full stop)
    else if (!named.length && clauseBefore && (text[c.start - 1] === ';' || text[c.start - 1] === '.')) {
      const newSentence = text[c.start - 1] === '.';
      // (the clause's first figure, read once for both)
      // (… past a span's count that opens it: "; 6 tháng đầu năm 2024 ước đạt 75,2 triệu đồng/người/năm" — the figure is the 75,2; session 39, ntr01)
      const firstQ = extractQuantities(c.text).find((q) => !spanCount(c.text, q));
      const carried = !newSentence && reachedSoFar(c.text, firstQ) ? targetOnlyOf(out, paragraph, clauseBefore.text) : undefined;
      // (… or, naming nothing, the one indicator of a series of earlier amounts the clause before it gave, which it goes on with: see
      // seriesOf)
      const series = carried || newSentence ? undefined : seriesOf(indicators, clauseBefore.text, c.text, firstQ);
      // (… or, quoting only the plan's target, the one indicator the clause before gave a result of: see resultOnlyOf)
      const resulted = carried || series ? undefined : resultOnlyOf(out, paragraph, text.slice(sentenceStart(clauseBefore.start), c.start), clauseBefore.text.trim(), c.text, firstQ, newSentence ? text.slice(c.start, nextSentenceEnd(c.start)) : undefined);
      if (resulted) {
        named = [resulted];
        inherited = ` ${resulted.keywords.map((k) => normalize(k)).join(' ')}`;
        // (… its lead read whole by target-only-lead: "tối thiểu", "của Tỉnh ủy" are none of the leads a subject is lent over — review-44b)
        [carriedResult, subjectOnly] = [true, true];
      } else if (carried) {
        named = [carried];
        carriedTarget = true;
        inherited = ` ${carried.keywords.map((k) => normalize(k)).join(' ')}`;
      } else if (series) {
        named = [series.ind];
        inherited = ` ${series.words}`;
        subjectOnly = true;
      }
    }
    // "…; bình quân giảm 1,87%/năm": a clause that opens on a yearly average names what the span before it in its sentence named
    // (… or one whose span ends in it: "đầu năm 2022 toàn xã có 443 hộ nghèo (14,63%); cuối năm 2023 còn 303 hộ (9,87%), bình quân giảm
    // 2,38%/năm" — the average after a comma closes the clause)
    // (… or "bình quân mỗi năm giảm 2,05%": the year said in the words, the share bare)
    // (… in points a year written out: "bình quân giảm 1,09 điểm phần trăm/năm")
    const average = !named.length && (/(?:%|điểm phần trăm)\s*\/\s*năm/u.test(c.text) || /(?:mỗi|hằng|hàng) năm/u.test(c.text)) ? AVERAGE_OF_SPAN.find(c.text) : undefined;
    const yearly = average ? (/năm/u.test(average.phrase) ? /^\s*[\d,.]+\s*(?:%|điểm phần trăm|điểm %)(?:\s*\/\s*năm)?(?!\s*\/)/u : /^\s*[\d,.]+\s*(?:%|điểm phần trăm|điểm %)\s*\/\s*năm/u) : null;
    const averageAt = average && (!c.text.slice(0, average.start).trim() || /,\s*$/u.test(c.text.slice(0, average.start))) && yearly!.test(c.text.slice(average.end)) ? average.start : -1;
    const averageOpens = averageAt >= 0;
    // (… or the unit's own criteria reached, "xã đạt 18/19 tiêu chí": read below against the indicators whose words are all of them)
    const ownCriteria = criteriaSaid && CRITERIA_FRACTION.test(c.text) ? criteriaIndicators(indicators, opts.unit.level!) : [];
    // (… or the unit itself said to be among those below the criteria an indicator counts: "xã … vẫn còn dưới 15 tiêu chí")
    const among = opts.unit.level && AMONG_BELOW.test(c.text) ? amongIndicators(indicators, opts.unit.level) : [];
    if (!named.length && !ZERO_WORDS.test(c.text) && !averageOpens && !ownCriteria.length && !among.length && !NONE_REACHED.test(c.text)) continue;
    const places = placesOf();
    const from = sentenceStart(c.start);
    if (averageOpens) {
      // (the last few hundred characters of the sentence before it: read once per clause, at a bounded cost)
      const before = text.slice(Math.max(from, c.start + averageAt - 400), c.start + averageAt);
      // (the average's own words say the measure with the span's: "… 1.412 hộ nghèo …; … còn 486 hộ …, bình quân mỗi năm giảm 2,05%")
      // (… the span the average closes being its own clause's where that clause names a subject of its own: "…; diện tích đất lúa từ 5.200 ha
      // … còn 5.050 ha năm 2023, bình quân mỗi năm giảm 1,0%" is the rice land's fall, whatever the sentence said of poor households before)
      const opening = c.text.slice(0, averageAt).split(/\d/u)[0];
      // (… a subject of a measure's own, "diện tích đất lúa", "số lao động nông nghiệp" — not an adverbial, "với sự vào cuộc của …, đến cuối
      // năm 2023 còn 486 hộ")
      const spanOwn = OWN_SUBJECT.test(opening);
      const spanText = spanOwn ? c.text.slice(0, averageAt) : before;
      named = SPAN_WORDS.test(spanText) ? namedIn(indicators, normalize(`${spanText} ${average!.phrase}`)).filter((ind) => ind.unit === '%/năm') : [];
      // (… or, a sentence that opens on the base it compares with and names nothing, "So với cuối năm 2020 (9,2%), bình quân mỗi năm giảm
      // 1,2%", the sentence before it: "Cuối năm 2023 tỷ lệ hộ nghèo của huyện là 5,6%." — the comparison is the span)
      if (!named.length && !spanOwn && COMPARED_BASE_OPENS.test(c.text.slice(0, averageAt))) {
        const prior = text.slice(from > 0 ? sentenceStart(from - 1) : from, c.start + averageAt);
        named = namedIn(indicators, normalize(`${prior} ${average!.phrase}`)).filter((ind) => ind.unit === '%/năm');
      }
      // (a clause that names a rate of its own before the average speaks of that rate: "…; tỷ lệ hộ cận nghèo còn 4,1%, bình quân giảm
      // 0,5%/năm")
      // (not a rate in brackets, the count's own: "đến cuối năm 2023 còn 486 hộ (tỷ lệ 2,08%), bình quân mỗi năm giảm 2,05%")
      const own = blankBrackets(c.text.slice(0, averageAt));
      if (averageAt > 0 && (/(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])|cận nghèo/iu.test(own))) named = named.filter((ind) => mentions(ind, normalize(own)) && !/cận nghèo/iu.test(own));
      if (!named.length) continue;
    }
    /** Whether a place stands in the sentence's first part, up to its first comma, which opens on the unit — its level's noun alone
     * ("Huyện có …", "Trên địa bàn huyện …") or the unit named before it ("Sản phẩm chè của huyện …") — and the figure after that comma. */
    const detailOfUnit = (pl: PlaceMention, figureAt: number) => {
      // (a time that opens the sentence aside: "Đến nay, huyện có 03 sản phẩm OCOP được xuất khẩu sang nhiều nước trên thế giới, …")
      const time = OPENING_TIME.exec(text.slice(from, pl.start));
      const start = from + (time?.[0].length ?? 0);
      const comma = firstComma(text, start);
      // (… and no colon after it that opens a list the place's words frame: "Kết quả của huyện góp phần cùng toàn tỉnh thực hiện mục tiêu
      // Kết luận đề ra: 100% số xã …, tối thiểu 75 xã …, 22 xã …")
      if (comma < pl.end || comma >= figureAt || text.slice(pl.end, comma).includes(':')) return false;
      // (… and the figure's own words open on its own subject, a rate or a count, naming no other places: not "Huyện giáp với huyện Quế Phong,
      // nơi có tỷ lệ che phủ rừng đạt 76,2%", "…, địa phương có tỷ lệ …", "…, tỷ lệ hộ nghèo bình quân của các huyện nghèo giảm 4,5%/năm")
      const own = text.slice(comma + 1, figureAt);
      if (!SUBJECT_FIRST.test(own) || OTHER_PLACES.test(own)) return false;
      const opens = opts.unit.level && opts.unit.level in UNIT_OPENS ? UNIT_OPENS[opts.unit.level as PlaceLevel].test(text.slice(start, pl.start)) : false;
      return opens || places.some((o) => o.own && o.start >= start && o.end <= pl.start);
    };
    /**
     * The nearest place named before the figure (at, in the clause) decides whose it is; a part of the unit
     * (a commune in a district's report) only within the figure's own clause, and not from inside brackets
     * ("Thôn Ma Hoa (xã Phước Chính) …"), nor when it names one of what the figure counts ("Huyện Ninh
     * Phước … đạt 01 huyện").
     */
    const scopeOf = (at: number, q?: Quantity) => {
      // (the nearest place before the figure that speaks for it: looked for from the figure back, so a paragraph of many
      // places costs no more per figure than the few nearest)
      let last: (typeof places)[number] | undefined;
      for (let k = places.length - 1; k >= 0 && !last; k--) {
        const pl = places[k];
        if (pl.start < from) break;
        if (pl.start >= c.start + at) continue;
        // (… or in its whole sentence when it opens it: "Xã Hương Sơn đạt 19/19 tiêu chí, 5/5 thôn đạt chuẩn", "- Xã Phong Hòa: duy
        // trì 19/19 tiêu chí; 7/7 thôn đạt chuẩn" speak of that commune throughout)
        // (… up to its first ";", unless it leads the paragraph with a colon: "- Xã Phong Hòa: …; …")
        if (pl.part && pl.start < c.start && !(OPENS_SENTENCE.test(text.slice(from, pl.start)) && (!text.slice(pl.end, c.start).includes(';') || LEADS_WITH_COLON.test(text.slice(pl.end, pl.end + 20))))) continue;
        // (… or the whole bracket that opens right after it: "So với toàn tỉnh (theo Kết luận …: 170/170 xã …, 69 xã … nâng cao (40,6%),
        // 18 xã … kiểu mẫu (10,6%), …)")
        // (… and never past the clause's ";": "cao hơn bình quân chung cả nước (khoảng 78%); trong đó có 17 xã …")
        if (pl.compared && ((c.start + at - pl.end > 30 && bracketClose(text, pl.end) < c.start + at) || text.slice(pl.end, c.start + at).includes(';'))) continue;
        const close = text.indexOf(')', pl.end);
        if (text.lastIndexOf('(', pl.start) > text.lastIndexOf(')', pl.start) && close >= 0 && close < c.start + at) continue;
        if (q?.unit && normalize(pl.text).startsWith(normalize(q.unit) + ' ')) continue;
        // "thị xã Kỳ Anh được công nhận …, nâng tổng số lên 12/12 đơn vị cấp huyện": a part among what the figure counts
        // (within the figure's clause: "5/5 thôn đạt chuẩn. Xã Hương Lộc …" counts no xã)
        if (pl.part && pl.level && q && countsLevel(pl.level, c.text, q)) continue;
        // (… and so is one named before a zero in words of places of its level: "xã Phước Kháng đạt 15 tiêu chí, không còn xã dưới 15 tiêu
        // chí" counts the district's communes — one commune holds none; nwh01)
        if (pl.part && pl.level && !q && zeroCountsLevel(pl.level, c.text, at)) continue;
        // (… and so is the address given right after such a part: "xã Hương Trà, huyện Hương Khê …, nên nay điều chỉnh là 78/169 xã")
        const prev = places[k - 1];
        // (… a number that ends the part's name aside: "xã Sơn Kim 1, huyện Hương Sơn")
        if (pl.part && prev?.part && prev.level && q && /^\s*(?:\d{1,2}\s*)?(?:,|-|–|\(|thuộc)\s*$/u.test(text.slice(prev.end, pl.start)) && countsLevel(prev.level, c.text, q)) continue;
        // (… and so is a commune given as the address of a village, where the figure counts villages: "do bổ sung thôn Gia Rót, xã Ma Nới
        // được UBND huyện công nhận …, nay điều chỉnh là 46/52 thôn" — lexicon: village-address; not one that opens its own clause, "Sau khi
        // công nhận thêm thôn Khe Sanh, xã Hướng Phùng có 8/8 thôn …")
        if (pl.part && q && (q.unit === 'thôn' || SETTLEMENT_WORDS.includes(q.unit)) && VILLAGE_ADDRESS.test(text.slice(Math.max(from, pl.start - 50), pl.start)) && !COMMUNE_HAS.test(text.slice(pl.end, pl.end + 30))) continue;
        // (… or raised to the whole between them: "…, nâng tổng số đơn vị cấp huyện … lên 12/12 đơn vị" — lexicon: raised-total)
        // (… but a district that is the clause's subject owns the raised total: "huyện Hải Lăng có thêm …, nâng tổng số lên 06 xã", "Tại
        // huyện Hải Lăng, …")
        // (… or one that opens its sentence, a time aside, whose raised total counts places below it, the whole not named: "Năm 2024, huyện
        // Hải Lăng được công nhận thêm 02 xã …, nâng tổng số lên 06 xã", "Huyện Hải Lăng: năm 2024 có thêm …")
        // (a place named in what the sentence first says of the unit itself, a comma before the figure, is a detail of that, not the
        // figure's scope: "Huyện có 42.560 ha rừng thuộc Khu dự trữ sinh quyển thế giới Tây Nghệ An, tỷ lệ che phủ rừng đạt 46,8%", "Sản
        // phẩm chè của huyện đã xuất khẩu sang nhiều nước trên thế giới, tỷ lệ …")
        if (!pl.own && !pl.part && detailOfUnit(pl, c.start + at)) continue;
        const raisedAt = pl.part ? RAISED_TOTAL.find(text.slice(pl.end, c.start + at)) : null;
        const below = !!q?.unit && !!pl.level && (PLACE_RANKS[q.unit] ?? 0) > (PLACE_RANKS[LEVEL_NOUN[pl.level]] ?? 9);
        const leads = !!raisedAt && below && OPENS_WITH_TIME.test(text.slice(from, pl.start).replace(/[\d/\-–]+/gu, '')) && !ALL_OF_UNIT.test(text.slice(pl.end + raisedAt.start, c.start + at));
        if (raisedAt && !leads && !SUBJECT_PLACE_AFTER.test(text.slice(pl.end, pl.end + 16)) && !SUBJECT_PLACE_BEFORE.test(text.slice(Math.max(0, pl.start - 8), pl.start))) continue;
        last = pl;
      }
      return last && !last.own ? last.text : undefined;
    };
    const sentence = text.slice(from, c.start);
    // (what the sentence says before its first figure: the same for every figure of the clause, read once)
    let openingText: string | undefined;
    // (… and the last as-of year before the clause, read once for the clause)
    let asOfBefore: number | null | undefined;
    /** The clause up to a position, places named in it left out ("thị xã Quảng Trị" does not make it about xã), the unit's own too. */
    const unnamed = (cl: { text: string; start: number }, to: number) => {
      let t = cl.text.slice(0, to);
      // … nor does the unit's own name as the writer ("Phần việc của huyện, … Nghi Xuân có 15/15 xã")
      for (const pl of places) if (pl.start >= cl.start && pl.end <= cl.start + to) t = t.slice(0, pl.start - cl.start) + ' '.repeat(pl.end - pl.start) + t.slice(pl.end - cl.start);
      // … nor does a run-in label that lists several topics, the clause's own words after it ("- Về xây dựng huyện, xã đạt chuẩn: toàn tỉnh
      // có 04 đơn vị cấp huyện đạt chuẩn …" counts districts — lexicon: topics-label)
      if (topicsEnd > cl.start && topicsEnd <= cl.start + to) t = ' '.repeat(topicsEnd - cl.start) + t.slice(topicsEnd - cl.start);
      // … nor the unit's level's noun alone, reaching the figure ("… đến nay xã đạt 98,3%" in a commune's report)
      return normalize(unitNounBlanked(t, opts.unit.level));
    };
    // "Kết luận đề ra mục tiêu …: 100% số xã …; có tối thiểu 70 xã …": the list after the colon is of targets
    // (… or after ", với" or ", trong đó": "Kết luận đặt mục tiêu hoàn thành hồ sơ …, với 100% số xã …, 22 xã …"; the first of the two that frames)
    const clauseEnd = c.start + c.text.length;
    // (", với" that lists: a figure or the targets follow it — not "với sự vào cuộc …", "với tỷ lệ … đạt …")
    const withAt = text.slice(from, clauseEnd).search(/,\s*(?:với|trong đó)\s+(?:\d|tối thiểu|ít nhất|các mục tiêu|các chỉ tiêu|mục tiêu:|chỉ tiêu:)/u);
    const frames = (at: number) => {
      const head = at >= 0 && at < clauseEnd ? text.slice(from, at) : '';
      // (… its words outside brackets of figures: a bracket of targets closed before it frames nothing after it — "34 xã … (mục tiêu đến năm 2025 có ít
      // nhất 4 huyện và 38 xã đạt chuẩn), trong đó 09 xã … nâng cao, 02 xã … kiểu mẫu" breaks down the 34)
      const hit = head ? TARGET_FRAME.find(head.replace(/\([^()]*\d[^()]*\)/gu, (b) => ' '.repeat(b.length))) : undefined;
      // (not a head that says the targets were reached: "Đến nay, toàn tỉnh cơ bản hoàn thành các mục tiêu đề ra: …")
      // (nor one that goes on, after a comma, to the results: "UBND huyện đã đặt ra các mục tiêu và giải pháp phù hợp …, kết quả đến 30/6/2024: …")
      return !!hit && framesHere(head, hit) && !CLAIM_MET.test(head) && !CLAIM_NOT_MET.test(head) && !REACHED_TARGETS.test(head) && !RESULTS_AFTER_FRAME.test(head.slice(hit.end));
    };
    const colon = [withAt >= 0 ? from + withAt : -1, text.indexOf(':', from)].filter((x) => x >= 0).sort((a, b) => a - b).find(frames) ?? text.indexOf(':', from);
    let frameHead = colon >= 0 && colon < clauseEnd ? text.slice(from, colon) : '';
    let framed = frames(colon);
    let frameAt = framed ? colon - c.start : Infinity;
    let frameEnd = Infinity;
    let planHit: ReturnType<typeof PLAN_WORDS.find> | undefined;
    let proposalHit: boolean | undefined;
    const planOf = () => (planHit === undefined ? (planHit = PLAN_WORDS.find(c.text)) : planHit);
    // whether the last plan's words before a figure are followed, before it, by the results the sentence goes on to (", kết quả …")
    const resultsAfterPlan = (q: Quantity) => {
      const last = PLAN_WORDS.findLast(c.text.slice(0, q.start));
      return !!last && RESULTS_AFTER_FRAME.test(c.text.slice(last.end, q.start));
    };
    // (a drafters' remark in square brackets proposes nothing of the report's: "vượt so với mục tiêu Kết luận đề ra (tối thiểu 70 xã) [VPĐP
    // tỉnh: … đề nghị ghi 80 xã, đề nghị thống nhất]" quotes the target — nvr04)
    const proposalOf = () => (proposalHit ??= PROPOSAL_WORDS.test(c.text.includes('[') ? c.text.replace(/\[[^[\]]*\]/gu, (m) => ' '.repeat(m.length)) : c.text) || (framed && PROPOSAL_WORDS.test(frameHead)));
    // the fact read last, where it is of this clause and its figure stands before `q`: a figure right after it may speak of it
    const before = (q: Quantity): (Fact & { quantity: Quantity }) | undefined => {
      const prev = out[out.length - 1];
      return prev?.quantity && prev.paragraph === paragraph && prev.text === c.text.trim() && prev.quantity.end <= q.start ? (prev as Fact & { quantity: Quantity }) : undefined;
    };
    // whether a figure is the change of the indicator's figure right before it: "72,4%, tăng bình quân 2,1%/năm", "68,2%, so với năm 2020 tăng 9,4%"
    const changeOfPrevious = (ind: Indicator, q: Quantity) => {
      const prev = before(q);
      return !!prev && prev.indicator === ind && OWN_CHANGE.test(c.text.slice(prev.quantity.end, q.start));
    };
    // the share said right after a fraction of a part of the unit is that part's too: "Riêng 05 xã đảo có 16/18 thôn đạt chuẩn, đạt 88,9%"
    const shareOfScoped = (q: Quantity): string | undefined => {
      const prev = q.kind === 'percent' ? before(q) : undefined;
      if (!prev || prev.quantity.kind !== 'fraction' || !prev.why?.startsWith('scope: ')) return undefined;
      return SHARE_AFTER_FRACTION.test(c.text.slice(prev.quantity.end, q.start)) ? prev.why.slice(7) : undefined;
    };
    /**
     * A place named right after the figure's noun as the one its things lie in, the names of those things in brackets between or not:
     * "03 xã (xã Thạch Hạ, …) thuộc thành phố Hà Tĩnh đạt chuẩn …" counts that city's communes, not the unit's (review-39 R8).
     */
    const partNamedAfter = (q: Quantity) => {
      const at = c.start + q.end;
      // (… not where the clause says before the figure that it counts the whole unit's: "toàn tỉnh mới có 02 xã (…) thuộc thành phố Hà
      // Tĩnh đạt chuẩn …" — review-39e A19)
      // (… in the figure's own part of the clause: not "Trong tổng số 112 thôn của huyện, có 05/06 thôn … thuộc xã Hải Ba" — review-39g B4,
      // B10)
      if (ALL_OF_UNIT.test(c.text.slice(c.text.lastIndexOf(',', q.start) + 1, q.start))) return undefined;
      return places.find((pl) => pl.start > at && pl.start - at < 140 && !pl.own && LIES_IN.test(text.slice(at, pl.start)))?.text;
    };
    const make = (ind: Indicator, q: Quantity | undefined, value: number, role: Role, why?: string, at?: number): Fact => {
      let planAfter: string | undefined;
      let group: RegExpExecArray | null = null;
      // a year the sentence opens with ("Năm 2023, …; tỷ lệ … đạt …") dates its later clauses; one inside another
      // clause's figures ("gấp 1,54 lần năm 2020; tỷ lệ hộ nghèo giảm 1,9%/năm") does not
      const opening = (openingText ??= sentence.slice(0, (paragraphQuantities().find((x) => x.start >= from)?.start ?? Infinity) - from));
      // a bracket right after a year holds that year's figures ("So với năm 2020 (48 xã nâng cao, 02 xã kiểu mẫu), …")
      const ob = q ? openBracket(c.text, q.start) : -1;
      const bracketYear = ob > 0 ? YEAR_BEFORE_BRACKET.exec(c.text.slice(Math.max(0, ob - 20), ob)) : null;
      // (a clause that opens by citing an earlier document gives its figures as of the document's date: "Tại Báo cáo số 52-BC/ĐU ngày
      // 20/12/2023 của Đảng ủy xã, tỷ lệ lao động qua đào tạo là 66,2%")
      // (the opening 120 characters: the citation and its date, read once for every figure)
      const lead = q ? text.slice(from, Math.min(from + 120, c.start + q.start)) : '';
      const cited = startsWith(CITED_REPORT, lead) ? CITED_REPORT.find(lead) : undefined;
      const citedYear = cited ? CITED_DATE.exec(lead.slice(cited.end)) : null;
      // (… unless the clause dates the figure itself: "Theo Báo cáo số 45/BC-UBND ngày 10/01/2024 …, đến cuối năm 2023 tỷ lệ … đạt 70,1%")
      // (… but a later as-of date before the clause, in the same sentence, dates it: "Đến cuối năm 2023, toàn tỉnh có 37 xã …; đến
      // ngày 30/6/2024 có 39/47 xã …, trong đó 16 xã …")
      // (only a year later than the one the sentence opens with: a date in an earlier clause that opens on no year, "trong đó đến ngày
      // 31/12/2022 đã hoàn thành 12 công trình; hiện nay tỷ lệ … đạt 98,2%", dates nothing after it)
      // (… nor a later clause that says it is of now: "Tỷ lệ … năm 2020 đạt 58,6%, năm 2022 đạt 64,3%; đến nay đạt 69,2%" — review-37 P10)
      const openingYear = q && !bracketYear && !(c.start > from && NOW_LEAD.test(c.text.slice(0, q.start))) ? yearOf(opening, undefined, periodFrom) : undefined;
      if (openingYear !== undefined && asOfBefore === undefined) asOfBefore = c.start > from ? lastAsOfYear(sentence.slice(-AS_OF_BACK)) ?? null : null;
      const asOf = openingYear !== undefined && asOfBefore != null && asOfBefore > openingYear ? asOfBefore : undefined;
      const year = bracketYear ? Number(bracketYear[1]) : q ? yearOf(c.text, q, periodFrom) ?? asOf ?? (citedYear ? Number(citedYear[1]) : openingYear) : undefined;
      const f: Fact = { indicator: ind, role, value, quantity: q, paragraph, text: c.text.trim(), ...(year ? { year } : {}) };
      // (a zero in words is scoped where it is said: "toàn huyện không còn xã dưới 15 tiêu chí, 02 xã Phước Đại … đạt 16/19")
      // (a zero said of none at all, "không có xã nào còn dưới 15 tiêu chí", speaks of every place, whatever place its clause named first)
      const noneAtAll = !q && at !== undefined && NONE_AT_ALL.test(c.text.slice(Math.max(0, at - 16), at + 24));
      const scopeWhy0 = noneAtAll ? undefined : scopeOf(q?.start ?? at ?? c.text.length, q) ?? (q ? someOf(text.slice(lastClauseAt(text, from, c.start + q.start), c.start + q.start), q.unit) ?? shareOfScoped(q) ?? partNamedAfter(q) : undefined);
      // (a group of places of the kind the indicator is about is no part of the unit, but the indicator's own: "Tại 02 xã đặc biệt khó khăn,
      // có 7/12 thôn được công nhận …" gives the share of villages of such communes — lexicon: group-kind; nxy01)
      const ownGroup = (said: string) => ind.keywords.some((k) => GROUP_KIND.test(k) && said.includes(k.toLowerCase()));
      const scopeWhy = scopeWhy0 && q && /^(?:riêng\s+)?(?:nhóm|các|\d{1,3})\s/u.test(scopeWhy0) && ownGroup(text.slice(sentenceStart(c.start), c.start + q.start).toLowerCase()) ? undefined : scopeWhy0;
      // (… but a rate's target of a plan that names its maker, right before it, is that plan's: "vượt mục tiêu Chương trình hành động của
      // tỉnh đề ra (60%)" in a district's report — a rate is the same at every level; a count of the province's is no district's)
      // (… and a target of the whole province, for an indicator judged at the province's level, in a clause that names the plan the pack
      // transcribes, is that plan's: "Kết luận xác định mục tiêu đến ngày 30/6/2025: …; toàn tỉnh có tối thiểu 70 xã đạt chuẩn NTM nâng
      // cao" quoted in a district's report)
      // (… the province the subject its clause opens on, "toàn tỉnh có …" — not a district's share of it, "huyện được giao 07 xã", nor the
      // province's average in an aside, "(bình quân toàn tỉnh đạt 66,5%)")
      const ownClause = q ? c.text.slice(Math.max(c.text.lastIndexOf(';', q.start), c.text.lastIndexOf(':', q.start)) + 1, q.start) : '';
      const provinces = role === 'target' && !!scopeWhy && /^(?:toàn|cả)\s+tỉnh$/iu.test(scopeWhy) && (PROVINCE_HAS.test(ownClause) || (TARGET_PROVINCE_HAS.test(ownClause) && ownTargetMaker(ownClause, opts.issuers ?? []))) && ind.levels.includes('tinh') && (SOURCE_PLAN.test(withoutOwnPlans(c.text)) || (framed && SOURCE_PLAN.test(withoutOwnPlans(frameHead))));
      // (… or of the plan the pack transcribes named right before it, its year after: "Riêng xã Ma Nới … có 4/6 thôn … (66,7%), vượt mục tiêu
      // Nghị quyết đến năm 2025 là 65% số thôn thuộc các xã đặc biệt khó khăn" — nwt05)
      const rateOfPlan = q?.kind === 'percent' && (PLAN_OF_MAKER.test(c.text.slice(Math.max(0, q.start - 120), q.start)) || planRateOfPack(withoutOwnPlans(c.text.slice(Math.max(0, q.start - 120), q.start)), ind.year));
      if (role === 'target' && scopeWhy && !provinces && !rateOfPlan) Object.assign(f, { role: 'context', why: `scope: ${scopeWhy}` });
      else if (role === 'target') {
        if (provinces) f.wholeProvince = true;
        const span = c.text.slice(Math.max(0, (q?.start ?? 0) - 60), (q?.end ?? 0) + 60);
        // quoted for a year after the indicator's own (the 2030 orientation): not the target the pack holds
        // … or due before it, by the year written right after the target's own words ("vượt chỉ tiêu có 83 xã đạt chuẩn vào cuối năm 2020")
        const due = q ? DUE_YEAR.exec(c.text.slice(q.end, q.end + 50)) : null;
        // (… or due, by its as-of words, in a year before the period: an earlier plan's — "Đến hết năm 2015, tỷ lệ … đạt 86%"
        // among a province's 2015 aims; not a plan merely issued then, "Nghị quyết Đại hội năm 2020 đề ra mục tiêu 80%")
        // (… or a year's target named right before it, its bracket between or not: "vượt chỉ tiêu năm 2024 (70 xã)" — review-44b C9)
        const yearsTarget = q ? YEARS_TARGET_BEFORE.exec(c.text.slice(Math.max(0, q.start - 40), q.start)) : null;
        f.laterYear = (year !== undefined && year > ind.year) || (!!q && asOfYears(c.text.slice(0, q.start)).some((y) => y < periodFrom)) || (year === undefined && (span.match(/(?<!\d)20\d\d(?!\d)/g) ?? []).some((y) => Number(y) > ind.year)) || (!!due && Number(due[1]) < ind.year) || (!!yearsTarget && Number(yearsTarget[1]) !== ind.year);
        // the plan the pack transcribes, not the unit's own ("Nghị quyết Đại hội Đảng bộ huyện … đề ra riêng cho huyện")
        // (a resolution named as the unit's own is no source: "Nghị quyết Đại hội Đảng bộ huyện")
        const plain = withoutOwnPlans(c.text);
        let source = SOURCE_PLAN.test(plain) || (framed && SOURCE_PLAN.test(withoutOwnPlans(frameHead)));
        let own = plain !== c.text || (framed && OWN_PLAN.test(frameHead));
        // both named in the clause: the one named last before the figure is its plan, when a figure stands between the two
        // ("vượt mục tiêu Kết luận (22 xã) và chỉ tiêu Đại hội (20 xã)"); named together ("Thực hiện Nghị quyết 16-NQ/TU và
        // Nghị quyết Đại hội Đảng bộ tỉnh …, mục tiêu … 48%"), neither alone
        if (source && own && q) {
          const s = SOURCE_PLAN.findLast(plain.slice(0, q.start));
          const o = OWN_PLAN.findLast(c.text.slice(0, q.start));
          if (s && o) {
            const [first, last] = o.end > s.end ? [s, o] : [o, s];
            if (/\d/.test(c.text.slice(first.end, last.start))) [source, own] = last === o ? [false, true] : [true, false];
          } else if (s || o) [source, own] = s ? [true, false] : [false, true];
        }
        // "(cao hơn mục tiêu Chương trình hành động) có 70 xã": named beside the plan, but the unit's own — said in an aside of
        // its own, the figure outside it (not "cao hơn mục tiêu Nghị quyết đề ra (48%)", which quotes the plan's figure)
        // (a plan named right after the figure is its plan: "chưa đạt mục tiêu Nghị quyết (70%) và mục tiêu 72% của Kế hoạch số
        // 52-KH/HU" — the 72% is the district's own plan's, not the resolution's)
        const whose = q ? PLAN_NAMED_AFTER.exec(c.text.slice(q.end, q.end + 60)) : null;
        // (… the unit's own by its issuer or by its body's words: "65% theo Nghị quyết Đại hội Đảng bộ huyện")
        if (whose) [source, own] = SOURCE_PLAN.test(whose[0]) && !OWN_ISSUER.test(whose[0]) && !OWN_PLAN.test(whose[0]) ? [true, false] : [false, true];
        const beyond = !!q && asideSaysBeyond(c.text, q);
        f.attributed = source && !own && !beyond;
        f.own = (own && !source) || beyond;
        // (a figure in an aside that names the unit's own plan before it is that plan's: "(kế hoạch riêng của Sở năm 2025 là 66%)")
        const aside = q ? openBracket(c.text, q.start) : -1;
        if (aside >= 0 && OWN_PLAN.test(c.text.slice(aside, q!.start))) [f.attributed, f.own] = [false, true];
        // (… and so is every target of a frame its issuer makes the unit's own: "Kết luận của Ban Thường vụ Huyện ủy xác định nhiệm vụ trọng
        // tâm là 100% số thôn …")
        else if (framed && OWN_ISSUER.test(frameHead)) [f.attributed, f.own] = [false, true];
        // (a target in a bracket of its own is a proposal only by the bracket's words: "Trong 5 tháng đầu năm 2025 có thêm 09 xã được
        // công nhận, nâng tổng số lên 78 xã … (mục tiêu Kết luận đề ra là tối thiểu 80 xã)" quotes the target)
        const close = aside >= 0 ? c.text.indexOf(')', q!.end) : -1;
        f.proposal = aside >= 0 && close >= 0 && TARGET_WORDS.test(c.text.slice(aside, q!.start)) ? PROPOSAL_WORDS.test(c.text.slice(aside, close)) : proposalOf();
      } else if (role === 'result') {
        if (scopeWhy) Object.assign(f, { role: 'context', why: `scope: ${scopeWhy}` });
        // (the change said right after the indicator's own figure is no figure of it: "đạt 72,4%, tăng bình quân 2,1%/năm, vượt mục tiêu")
        else if (q && changeOfPrevious(ind, q)) Object.assign(f, { role: 'context', why: 'the change of the figure before it' });
        // (… or the whole a count right before it is one of: "là 01 trong 18 xã nông thôn mới kiểu mẫu của tỉnh" — walk46, bl02)
        else if (q && ONE_OF_BEFORE.test(c.text.slice(Math.max(0, q.start - 30), q.start))) Object.assign(f, { role: 'context', why: 'the whole a count is one of' });
        // (… or a rate's rise or fall against an earlier time, said with no level: "Tỷ lệ che phủ rừng tăng 1,2% so với năm 2020" — review-46b
        // C14)
        else if (q && q.kind === 'percent' && ind.unit === '%' && RATE_CHANGE_BEFORE.test(c.text.slice(Math.max(0, q.start - 20), q.start)) && /^\s*so với(?![\p{L}])/iu.test(c.text.slice(q.end, q.end + 12))) Object.assign(f, { role: 'context', why: 'a change against an earlier time' });
        else if (inFuture) Object.assign(f, { role: 'plan', why: 'section about the coming period' });
        // (… not one the sentence has left for its results: "… đã đặt ra các mục tiêu và giải pháp …, kết quả đến 30/6/2024: tỷ lệ … đạt 70,8%")
        else if (planOf() && (!q || (planOf()!.start < q.start && !resultsAfterPlan(q)))) Object.assign(f, { role: 'plan', why: `plan: ${c.text.slice(planOf()!.start, planOf()!.end)}` });
        // … or in a bracket right after a plan's name, what the plan sets: "So với Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 (tỷ lệ
        // lao động qua đào tạo 72%, …)" — not a bracket that says what was done ("(đã có 12 xã …)")
        else if (q && bracketOfPlan(c.text, q.start)) Object.assign(f, { role: 'plan', why: 'in a bracket after the plan\'s name' });
        // … or the plan's verb right after the figure's noun ("hồ sơ của 04 xã đăng ký đạt chuẩn NTM nâng cao", "12 xã dự kiến đạt chuẩn")
        else if (q && (planAfter = planRightAfter(c.text.slice(q.end, q.end + 140)))) Object.assign(f, { role: 'plan', why: `plan: ${planAfter}` });
        // an organisation's or a model's figure ("… trồng trọt của hợp tác xã đạt 235 triệu đồng/ha") — lexicon: organisation-owns
        else if (q && ORGANISATION_OWNS.test(c.text.slice(Math.max(0, q.start - 90), q.start))) Object.assign(f, { role: 'context', why: 'an organisation\'s figure' });
        // … or a group of the unit's places' ("… nước sạch của 05 xã bãi ngang thuộc huyện đạt 92,5%") — lexicon: group-owns
        else if (q && (group = GROUP_OWNS.exec(c.text.slice(Math.max(0, q.start - 110), q.start))) && !normalize(f.indicator.label).includes(normalize(group[1]))) Object.assign(f, { role: 'context', why: 'a group of places' });
        // a sentence that asks ("Đề nghị bổ sung 02 xã … vào danh sách xã phấn đấu đạt chuẩn …"): what is asked for
        // (… or asks for it just before the figure: "Sở … đề nghị Chủ tịch UBND tỉnh công nhận 05 xã đạt chuẩn")
        else if (q && (requestOpens(text.slice(from, c.start + q.start)) || requestedJustBefore(c.text.slice(0, q.start)))) Object.assign(f, { role: 'plan', why: 'a request' });
        // a figure an earlier report gave, restated by one that corrects it ("Tại Báo cáo số 45/BC-UBND đã báo cáo 7/8 thôn đạt chuẩn
        // (87,5%); …, nay điều chỉnh là 8/8 thôn"): superseded, no result
        // (… a correction in the next paragraph only where that paragraph names the same indicator: "Về thu nhập, … nay điều chỉnh …"
        // corrects no trained-labour figure)
        else if (q && earlierFigure(c.text.slice(0, q.start), text, nextText && mentions(f.indicator, normalize(nextText)) ? nextText : '')) Object.assign(f, { role: 'context', why: 'a figure an earlier report gave' });
        // (… or one the writer says was typed wrong, right after it: "tỷ lệ thôn đạt chuẩn ghi 78,4% là do lỗi đánh máy, số liệu đúng là
        // 87,4%" — lexicon: mistaken-figure)
        else if (q && MISTAKEN_FIGURE.atStart(c.text.slice(q.end, q.end + 40).replace(MISTAKEN_LEAD, ''))) Object.assign(f, { role: 'context', why: MISTAKEN });
        else if (year !== undefined && year < periodFrom) Object.assign(f, { role: 'baseline', why: `year ${year}` });
        // a figure counted before a date not after the period's start ("Kết quả công nhận … theo năm: trước tháng 7/2021 có 03 xã …" in a
        // period from 15/7/2021): the level the period started from (lexicon: counted-before-date; pqd01)
        else if (q && countedBeforeStart(c.text.slice(0, q.start), opts.periodStart)) Object.assign(f, { role: 'baseline', why: 'counted before the period began' });
        // a sentence that says its figures are given for comparison ("Để so sánh, đầu năm 2025 toàn tỉnh có 69 xã …")
        // (… the words alone, then a comma, and the figure in that clause: not "Để so sánh với mục tiêu …, đến 30/6/2024 tỷ lệ … của huyện
        // mới đạt 62,4%", nor a clause after ";")
        else if (q && forComparison(text.slice(from, c.start + q.start))) Object.assign(f, { role: 'context', why: 'given for comparison' });
        // "So với năm 2020, khi xã mới có 5/8 thôn đạt chuẩn (62,5%), …": the time compared with, and its figures
        else if (q && Number(WHEN_BEFORE.exec(c.text.slice(0, q.start))?.[1] ?? Infinity) < periodFrom) Object.assign(f, { role: 'baseline', why: 'the time compared with' });
        else if (q && BASELINE_WORDS.test(c.text.slice(Math.max(0, q.start - 40), q.start))) Object.assign(f, { role: 'baseline', why: 'baseline' });
        // the level a change foretold reaches ("số xã đạt chuẩn … sẽ giảm từ 07 xã xuống 06 xã do thay đổi địa giới hành chính"): a forecast
        // (nvz01) — the level it starts from stays what it is, and "sẽ" elsewhere in the clause says nothing of the figures (review-46 B5–B15)
        else if (q && FORECAST_REACHES.test(c.text.slice(Math.max(0, q.start - 100), q.start))) Object.assign(f, { role: 'plan', why: 'the level a change foretold reaches' });
        // the level a change starts from ("tăng từ 69 xã (40,6%) thời điểm ban hành Kết luận lên 77 xã (45,3%)"): an earlier level
        else if (q && changeStartsAt(c.text, q) && !FORECAST_FROM.test(c.text.slice(Math.max(0, q.start - 30), q.start))) Object.assign(f, { role: 'context', why: 'the level a change starts from' });
        // a clause that opens on the base ("Tại thời điểm ban hành Nghị quyết … (tháng 7/2021), trên địa bàn có 02/03 xã …"): its first figure
        // (… and the figures listed after it, until words of what has been reached: "…, toàn tỉnh có 174 xã đạt chuẩn, 31 xã … nâng cao
        // và 6 xã … kiểu mẫu"; not "… có 80/112 thôn … và đến nay đã có 98/112 thôn")
        else if (q && firstFigure !== undefined && opensOnBase(c.text.slice(0, firstFigure)) && (q.start === firstFigure || !REACHED_SO_FAR.test(c.text.slice(firstFigure, q.start)))) Object.assign(f, { role: 'baseline', why: 'a clause about the base' });
        // inside a bracket that opens on the base ("(năm đầu giai đoạn, toàn tỉnh có 40 xã nâng cao, 09 xã kiểu mẫu)")
        else if (q && openBracket(c.text, q.start) >= 0 && BASELINE_WORDS.test(c.text.slice(openBracket(c.text, q.start), q.start))) Object.assign(f, { role: 'baseline', why: 'baseline in brackets' });
      }
      if (why) f.why = why;
      return f;
    };
    // "không còn xã dưới 15 tiêu chí": a zero written in words
    // (… or a bare "không" answering a label: "số xã còn dưới 15 tiêu chí: không.")
    const bare = ZERO_WORDS.find(c.text) ? null : /:\s*không\s*[.;]?\s*$/u.exec(c.text);
    const zero = ZERO_WORDS.find(c.text) ?? (bare ? { start: bare.index, end: bare.index + bare[0].length } : null);
    if (zero) {
      const nc = normalize(c.text);
      for (const ind of indicators)
        if (ind.target.comparator === 'exactly' && ind.target.value === 0 && mentions(ind, nc)) {
          const f = make(ind, undefined, 0, inFuture ? 'target' : 'result', undefined, zero.end);
          // (said as directly as a figure where the indicator's words follow the zero's: "không còn xã dưới 15 tiêu chí" — a firm zero,
          // which "còn 02 xã dưới 15 tiêu chí" elsewhere contradicts — review-36c B5, review-36d K11, N7, R6)
          // (… not a target's zero: "chưa đạt mục tiêu không còn xã dưới 15 tiêu chí")
          const before = c.text.slice(0, zero.start);
          if (mentions(ind, normalize(c.text.slice(zero.start, zero.end + 40))) && !TARGET_WORDS.test(before) && !PLAN_WORDS.test(before) && !CLAIM_NOT_MET.test(before) && !CLAIM_MET.test(before)) f.direct = true;
          out.push(f);
        }
    }
    // "chưa có thôn đạt chuẩn thôn nông thôn mới kiểu mẫu": a count of zero of the places an indicator counts (lexicon: none-reached; session
    // 45, nvt02)
    const none = NONE_REACHED.exec(c.text);
    if (none) {
      // (villages by their other names, "bản", "ấp", counted as the packs count them — lexicon: settlements)
      const word = none[1].toLowerCase();
      const counted = SETTLEMENT_WORDS.includes(word) ? 'thôn' : word;
      const after = normalize(c.text.slice(none.index, none.index + none[0].length + 60));
      const before = c.text.slice(0, none.index);
      // (… of now: a sentence that names a year before it, "Năm 2021 xã chưa có thôn đạt chuẩn", speaks of that year, left unread)
      const dated = /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text.slice(sentenceStart(c.start), c.start + none.index));
      // (… said of the unit itself, its clause opening on it — not of a time, "Từ chỗ chưa có xã nào …", "Thời điểm ban hành Nghị quyết, …", "Từ
      // đầu năm đến nay, …", nor of some places, "còn 05 xã chưa có …", "hỗ trợ các xã chưa có …", "Trong 59 xã khu vực III, …" — review-45 B10–B12,
      // B18, review-45c B2, B3 — and its words closing the clause, nothing of a time or of what befell them after: "… trong năm 2021", "… trong
      // giai đoạn 2016-2020", "… nào bị rớt chuẩn" — review-45 B14, B15, review-45c B6; lexicon: none-reached-lead, none-reached-tail)
      const lead = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
      const tail = c.text.slice(none.index + none[0].length).split(/[;.](?:\s|$)/u)[0];
      const own = NONE_REACHED_LEAD.test(lead) && !NONE_REACHED_TAIL.test(tail) && !/\d/u.test(tail);
      for (const ind of dated || !own ? [] : indicators) {
        const counts = ind.unit === counted || (ind.unit === '%' && !!ind.of?.includes(counted));
        if (!counts || ind.target.comparator === 'exactly' || !mentions(ind, after) || excluded(ind, after)) continue;
        // (… "cơ bản đạt" only of an indicator of places basically up to a standard, its own status: "chưa có huyện cơ bản đạt chuẩn nông thôn
        // mới để đề nghị xét công nhận" gives no count of districts up to it — review-60c B12, B14)
        if (/cơ\s+bản/iu.test(none[0]) && !ind.keywords.some((k) => /cơ bản/iu.test(k))) continue;
        const f = make(ind, undefined, 0, inFuture ? 'target' : 'result', undefined, none.index + none[0].length);
        if (!TARGET_WORDS.test(before) && !PLAN_WORDS.test(before)) f.direct = true;
        // (… standing in only where no figure of the indicator is written, as a count made from names does: "chưa có thôn đạt chuẩn …" is
        // said of some places, of another standard, of a time, in ways no list of words can close — review-45d A2–A11)
        out.push({ ...f, byName: true });
      }
    }
    if (!named.length && !ownCriteria.length) continue;
    const qs = extractQuantities(c.text);
    const firstFigure = qs[0]?.start;
    if (ownCriteria.length) unitCriteria(c, ownCriteria, places, make, out, opts.unit.level!, { from: periodFrom, to: periodTo });
    if (among.length && !inFuture) unitAmong(c, among, places, make, out, opts.unit.level!, { to: periodTo }, (x) => PLAN_WORDS.test(x) || TARGET_WORDS.test(x));
    if (!named.length) continue;
    // a frame's list ends where the clause turns to what was reached ("…, kết quả đến 30/6/2025 có 68 xã", "đến nay", "thực tế mới có")
    // … or with nothing between: a sentence that opens on the targets and lists them ("Mục tiêu Kết luận đề ra đến năm 2025
    // có tối thiểu 70 xã …, 22 xã NTM kiểu mẫu, 12/12 đơn vị cấp huyện …"), saying nothing yet of what was reached
    // (a frame found after a run-in label also ends where a clause names the unit's own figures: "a) Kết quả đạt được: Kết luận đặt mục
    // tiêu tối thiểu 75 xã …, toàn tỉnh có 81 xã …", "- Kết quả về đào tạo nghề: Nghị quyết đề ra 70%, năm 2023 tỷ lệ … của huyện là 66,5%")
    let afterLabel = false;
    const stopFrame = () => {
      if (frameAt === Infinity) return;
      const after = c.text.slice(Math.max(0, frameAt + 1));
      // (… or, after a comma, a clause that dates the unit's own figures: "…, đến 30/6/2024 toàn tỉnh có 12 xã …")
      const clause = UNIT_CLAUSE.exec(after);
      // (… or that the sentence goes on to judge: "Kế hoạch tỉnh giao cho huyện đến năm 2025 có 90% số thôn …, toàn huyện có 92/112 thôn đạt
      // chuẩn (82,1%), chưa đạt kế hoạch" — review-53 P5)
      const judged = () => !!clause && (CLAIM_NOT_MET.test(after.slice(clause.index)) || CLAIM_MET.test(after.slice(clause.index)));
      const unitClause = clause && (afterLabel || findDates(clause[0]).length > 0 || judged()) ? clause : null;
      const stop = [REACHED_SO_FAR.find(after)?.start, ACHIEVED_WORDS.find(after)?.start, unitClause?.index].filter((x): x is number => x !== undefined);
      frameEnd = stop.length ? Math.max(0, frameAt + 1) + Math.min(...stop) : Infinity;
      // (a frame that opens inside a bracket ends with it: "So với mục tiêu … (85% số thôn …, trong đó 10% số thôn … kiểu mẫu), xã đã
      // hoàn thành vượt: …; 5/8 thôn …" — what follows the bracket is what was reached)
      const at = c.start + frameAt;
      const open = text.lastIndexOf('(', at);
      const close = open >= 0 ? text.indexOf(')', open) : -1;
      if (close > at) frameEnd = Math.min(frameEnd, close - c.start);
    };
    stopFrame();
    if (!framed && qs.length && c.start + qs[0].start > from) {
      const head = text.slice(from, c.start + qs[0].start);
      // (after a run-in label that ends on a colon, the sentence opens after it: "a) Kết quả thực hiện các mục tiêu của Kết luận: Kết
      // luận đặt mục tiêu 100% số xã …, có tối thiểu 75 xã …, 12/12 đơn vị cấp huyện …")
      const label = RUN_IN_LABEL.exec(head);
      const opening = label ? head.slice(label[0].length) : head;
      // (a frame opens the sentence, its first words: looked for there only, so that a sentence of many clauses is not read again for each)
      const found = TARGET_FRAME.find(opening.slice(0, FRAME_WINDOW));
      // (… or after the name of the plan whose authority it is: "Kết luận của Ban Chấp hành Đảng bộ tỉnh xác định nhiệm vụ trọng tâm là 100%
      // số xã …")
      // (… where the frame's words or the words after it say it sets targets: "xác định sau 2 năm triển khai Nghị quyết, toàn tỉnh có …"
      // assesses — lexicon: sets-targets-after)
      const planNamed = !!found && found.start >= 12 && PLAN_OF_AUTHORITY.test(opening.slice(0, found.start)) && (/nhiệm vụ|mục tiêu|chỉ tiêu/iu.test(found.phrase) || SETS_TARGETS_AFTER.test(opening.slice(found.end)));
      const near = !!found && (found.start < 12 || planNamed);
      const hit = found && near && framesHere(opening, found) && (!namedWithIs(found) || namesTargets(found, opening)) ? found : null;
      // (the first figure is itself a target by the words right before it: the frame carries that to the rest of the list)
      // (… or the frame names the plan that sets them: "Kết luận xác định đến năm 2025 có 100% số xã …")
      // (… not past a ";" after which the clause says what was reached by a date or of the unit: "Nghị quyết đề ra mục tiêu đến năm 2025 có
      // ít nhất 36 xã …; đến 30/6/2024 toàn tỉnh có 40/47 xã đạt chuẩn NTM, vượt mục tiêu")
      // (… its words past a span of time that opens it, up to its next figure: "; sau 3 năm triển khai, tỷ lệ … là 80,2%")
      const span = spanCount(c.text, qs[0]) ? c.text.slice(qs[0].start, qs[1]?.start ?? c.text.length) : '';
      const own = hit ? opening.slice(opening.lastIndexOf(';') + 1) + span : '';
      const ownResult = !!hit && opening.lastIndexOf(';') > hit.end && (REACHED_SO_FAR.test(own) || UNIT_CLAUSE.test(own) || findDates(own).length > 0);
      if (hit && !ownResult && !/^với/iu.test(hit.phrase) && (targetBefore(c.text.slice(lastBoundary(c.text, qs[0].start), qs[0].start)) || SOURCE_PLAN.test(hit.phrase) || planNamed) && !CLAIM_MET.test(opening) && !CLAIM_NOT_MET.test(opening) && !ACHIEVED_WORDS.test(opening) && !REACHED_SO_FAR.test(opening) && (!CARRIED_OUT.test(opening) || namesTargets(hit, opening))) {
        framed = true;
        frameHead = head;
        frameAt = qs[0].start - 1;
        afterLabel = !!label;
        stopFrame();
      }
    }
    // (… or a sentence that opens on a plan's name and says what it sets for a year, however long the name: "Nghị quyết Đại hội Đảng
    // bộ huyện lần thứ XXVI, nhiệm kỳ 2020 - 2025 đề ra đến năm 2025 huyện đạt chuẩn …, có 12 xã … và 05 xã …")
    if (!framed && qs.length) {
      const sets = PLAN_SETS_FOR_YEAR.exec(text.slice(from, Math.min(clauseEnd, from + 240)));
      const end = sets ? from + sets.index + sets[0].length : -1;
      const head = sets ? text.slice(from, Math.max(end, c.start + qs[0].start)) : '';
      // (… within its own part of the sentence: "…; năm 2023 tỷ lệ … đạt 72,4%" after ";" gives results)
      if (sets && end < clauseEnd && !text.slice(end, Math.max(end, c.start)).includes(';') && !CLAIM_MET.test(head) && !CLAIM_NOT_MET.test(head) && !ACHIEVED_WORDS.test(head) && !REACHED_SO_FAR.test(head) && !CARRIED_OUT.test(head)) {
        framed = true;
        frameHead = head;
        frameAt = end - c.start - 1;
        stopFrame();
      }
    }
    let prevEnd = 0;
    let prevParen = -1;
    let owner: Owner | null = null;
    // the indicator a list of bare targets' k-th figure is the target of — a bracket of them, "(85% và 5%)", or after "lần lượt (là)",
    // "tương ứng (là)" — where the clause gave as many results of indicators before it, each its own unit: the k-th of those; `skip` where
    // the claim names as many sources in turn and the k-th is a plan of a year or of the unit's own, no target the pack holds ("vượt kế
    // hoạch năm 2023 và mục tiêu Nghị quyết (71% và 70%)")
    const inTurn = (all: Quantity[], i: number, targetWords: boolean): { ind?: Indicator; skip?: boolean } | undefined => {
      // (the run of bare figures around this one: parted by ",", ";" or "và" alone)
      let lo = i;
      let hi = i;
      const bare = (a: Quantity, b: Quantity) => /^\s*(?:,|;|và)\s*$/u.test(c.text.slice(a.end, b.start));
      while (lo > 0 && bare(all[lo - 1], all[lo])) lo--;
      while (hi + 1 < all.length && bare(all[hi], all[hi + 1])) hi++;
      if (hi === lo) return undefined;
      const run = all.slice(lo, hi + 1);
      // (… its claim read back to the figure before the run, however long the names of its sources)
      const lead = c.text.slice(Math.max(0, all[lo - 1]?.end ?? 0, run[0].start - 240), run[0].start);
      const respectively = IN_TURN_LEAD.test(lead);
      if (!/\(\s*$/u.test(lead) && !respectively) return undefined;
      // (… closing there: a bracket's close or the clause's end, nothing more after the last)
      // (… or the year they are due by: "lần lượt là 80% và 5% vào năm 2025")
      if (!IN_TURN_CLOSE.test(c.text.slice(run[run.length - 1].end, run[run.length - 1].end + 20))) return undefined;
      const k = i - lo;
      const before: Indicator[] = [];
      const start = run[0].start - (lead.length - lead.search(/(?:\(|lần lượt|tương ứng)[^(]*$/u));
      for (const f of out) if (f.paragraph === paragraph && f.text === c.text.trim() && f.role === 'result' && (f.quantity?.end ?? Infinity) <= start && before[before.length - 1] !== f.indicator) before.push(f.indicator);
      const claim = lead.slice(Math.max(lead.lastIndexOf(','), 0));
      const sources = claim.split(/(?<![\p{L}])và(?![\p{L}])/u).filter((x) => /(?<![\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu)(?![\p{L}])/iu.test(x));
      if (sources.length === run.length) {
        const src = sources[k];
        // (… or the unit's own congress's: "chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh và mục tiêu Nghị quyết số 16 (75% và 70%)" — lexicon:
        // own-plan; the other is the target of the result before the run)
        if (OWN_PLAN.test(src) || YEARS_OWN_PLAN.test(src)) return { skip: true };
        const last = before[before.length - 1];
        return last && unitFits(last, run[k], '') ? { ind: last } : undefined;
      }
      if (!targetWords) return undefined;
      const ids = before.filter((ind, j) => before.indexOf(ind) === j);
      if (ids.length !== before.length || ids.length < run.length) return undefined;
      const turn = ids.slice(ids.length - run.length);
      return turn.every((ind, j) => unitFits(ind, run[j], '')) ? { ind: turn[k] } : undefined;
    };
    // (the labels that gave bare counts their noun, by the count's index: the count is said as directly as its label names the indicator)
    const countLabels = new Map<number, string>();
    for (let i = 0; i < qs.length; i++) {
      // "- Số xã còn dưới 15 tiêu chí: 0 (…)": a bare count right after a label that says what it counts counts that
      // (most bare counts stand after no colon: only those are matched against the label, from the window's last mark)
      if (qs[i].kind === 'number' && !qs[i].unit && /:\s*$/u.test(c.text.slice(Math.max(0, qs[i].start - 8), qs[i].start))) {
        const label = COUNT_LABEL.exec(c.text.slice(Math.max(0, qs[i].start - 120), qs[i].start)) ?? NOUN_LABEL.exec(c.text.slice(Math.max(0, qs[i].start - 120), qs[i].start));
        // (… not one criterion's: "- Xã đạt chuẩn tiêu chí Giao thông: 38" counts the communes that met that criterion — review-36 B7)
        if (label && !ONE_CRITERION.test(label[0])) {
          qs[i] = { ...qs[i], unit: SAME_UNIT_WORD[label[1].toLowerCase()] ?? label[1].toLowerCase() };
          countLabels.set(i, label[0]);
        }
      }
      const q = qs[i];
      const openParen = c.text.lastIndexOf('(', q.start);
      const closeParen = c.text.lastIndexOf(')', q.start);
      // (a bracket that opens right after the figure before, or the one that figure stood in: "78 xã … (chiếm 45,9% tổng số 170 xã)")
      const inParen = openParen > closeParen && openParen > 0 && (openParen >= prevEnd - 1 || openParen === prevParen);
      prevParen = inParen ? openParen : -1;
      const prevEnd0 = prevEnd;
      // (a span of time before it ends no subject: "Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp của xã bình quân 3 năm đạt 3,4%" —
      // nwp02)
      // (… only a span the figure is the level of, "bình quân 3 năm đạt 3,4%", or the average over, "bình quân 3 năm giảm 1,2%/năm": not "sau 3
      // năm tăng 1,2%", a rise — review-48b B4, B9, B11, B14)
      const afterSpan = i > 0 && qs[i - 1].end === prevEnd && spanCount(c.text, qs[i - 1]) && (/^\s*(?:năm|tháng)\s+(?:đạt|là)\s*$/iu.test(c.text.slice(qs[i - 1].end, q.start)) || (/(?:bình quân|trung bình)\s*$/iu.test(c.text.slice(Math.max(0, qs[i - 1].start - 16), qs[i - 1].start)) && /^\s*năm\s+(?:đạt|là|giảm|tăng)\s*$/iu.test(c.text.slice(qs[i - 1].end, q.start))));
      let leftStart = Math.max(afterSpan ? (i > 1 ? qs[i - 2].end : 0) : prevEnd, lastBoundary(c.text, q.start));
      // "02 thôn … kiểu mẫu (An Hưng, Long Sơn) chiếm 22,2% số thôn": after a bracket of names, a rate's own words alone are its
      // left, as after a comma
      // (… a bracket after a figure's words: one right after the label, no figure before it in its clause, is the label's own aside, "Tỷ lệ
      // che phủ rừng (tính cả diện tích cây cao su) đạt 58,7%" — session 61, nzl06)
      // (… its words no part of the subject, lest they name another kind, "(kể cả tưới tiết kiệm nước)"; but one that names another unit or
      // an average, "(bình quân chung toàn huyện)", makes the figure that one's, as the cut did — review-61 B7, B16)
      let aside: [number, number] | undefined;
      if (q.kind === 'percent' && closeParen > openParen && closeParen >= leftStart - 1 && !/\d/.test(c.text.slice(openParen, closeParen)) && isOnly(RATE_LEAD, c.text.slice(closeParen + 1, q.start))) {
        if (extractQuantities(c.text.slice(leftStart, openParen)).length > 0 || ASIDE_OF_OTHER.test(c.text.slice(openParen, closeParen))) leftStart = closeParen + 1;
        else if (openParen >= leftStart) aside = [openParen - leftStart, closeParen + 1 - leftStart];
      }
      // "71 xã đạt chuẩn NTM nâng cao và 22 xã đạt chuẩn NTM kiểu mẫu": after a coordinator the words before it are the
      // previous figure's subject; this figure's subject follows it
      const coordinated = i > 0 ? COORDINATION.findLast(c.text.slice(leftStart, q.start)) : null;
      const joined = !!coordinated && !c.text.slice(leftStart + coordinated.end, q.start).trim();
      if (joined) leftStart += coordinated!.start;
      // (… and words of a label of topics before it are none of its own)
      // (… where words of its own stand between: "- Môi trường, nước sạch: 98,2%" has the label alone for its subject)
      if (topicsEnd > c.start + leftStart && topicsEnd <= c.start + q.start && /\p{L}{2}/u.test(c.text.slice(topicsEnd - c.start, q.start))) leftStart = topicsEnd - c.start;
      const left = aside ? blankSpan(c.text.slice(leftStart, q.start), aside) : c.text.slice(leftStart, q.start);
      // a share in brackets before the rest of the subject ("15/15 xã (100%) trên địa bàn huyện đạt chuẩn") does not end it
      // (… or the count a share stands for: "100% số hộ (2.846 hộ) sử dụng nước sạch")
      const shareFirst = i + 1 < qs.length && (qs[i + 1].kind === 'percent' || (q.kind === 'percent' && qs[i + 1].kind === 'number')) && /^[^,;()\d]{0,60}\(\s*(?:đạt\s+|chiếm\s+)?$/u.test(c.text.slice(q.end, qs[i + 1].start)) && nextBoundary(c.text, q.end) > qs[i + 1].end;
      const nextStart = i + 1 < qs.length ? qs[shareFirst ? i + 2 : i + 1]?.start ?? c.text.length : c.text.length;
      const rightEnd = Math.min(nextStart, nextBoundary(c.text, q.end));
      // (a reason after the figure is no part of what it counts: "03 xã sau sáp nhập (…) không phải thực hiện thừa nhận do đã được công
      // nhận đạt chuẩn nông thôn mới nâng cao" counts merged communes)
      const reason = REASON_AFTER.exec(c.text.slice(q.end, rightEnd));
      const right = c.text.slice(q.start, reason ? q.end + reason.index : rightEnd);
      const parenText = inParen ? c.text.slice(openParen, Math.max(c.text.indexOf(')', q.end), q.end) + 1) : '';
      // a target: target words just before the figure ("so với mục tiêu 38 xã", "vượt mục tiêu 80% mà …")
      // inside a bracket only the bracket's own words count: "vượt mục tiêu năm 2025 (39 xã so với mục tiêu 38 xã)"
      // a bracket right after target words holds the target ("vượt mục tiêu Nghị quyết đề ra (65%)") unless it goes on to
      // compare with one ("… năm 2025 (39 xã so với mục tiêu 38 xã)": 39 is the result)
      // (… but not one that opens on a year before the period's last and gives that year's figure: "đạt chỉ tiêu (năm 2020 đạt 112 triệu
      // đồng/ha)", "đạt mục tiêu Nghị quyết đề ra (cuối năm 2022 là 96,8%)" in a period to 2024)
      // (bare counts in brackets after the goals' names in turn, that the clause says were reached, say neither the target nor the result
      // for sure: "các mục tiêu về xã nông thôn mới nâng cao (84 xã), xã kiểu mẫu (24 xã) … đều đạt và vượt" may give what was reached
      // (nwu03) or restate the targets, "(75 xã), … (22 xã) đều đạt và vượt" (review-49b C3, C15): no figure read from them)
      if (inParen && inReachedRun(c.text, q.start)) continue;
      const localTarget = inParen
        ? TARGET_WORDS.test(parenText.slice(0, q.start - openParen)) || ((TARGET_WORDS.test(c.text.slice(Math.max(prevEnd0, openParen - 40), openParen)) || targetsBracket(c.text.slice(Math.max(prevEnd0, openParen - 120), openParen))) && !TARGET_WORDS.test(parenText.slice(q.end - openParen)) && !(Number(YEAR_FIGURE_BRACKET.exec(parenText)?.[1]) < periodTo))
        : targetBefore(left.slice(left.lastIndexOf(':') + 1)) && !indicatorReached(left.slice(left.lastIndexOf(':') + 1), c.text.slice(q.end)); // words before a colon lead a list (see the frame)
      // (… or further back, with only the plan's name between: "So với mục tiêu Nghị quyết số 16-NQ/TU đến năm 2025 (85% số thôn …)" —
      // lexicon: plan-reference)
      // "03/04 huyện theo mục tiêu": a fraction's words after it say what it is out of, not that it is a target
      // "chỉ tiêu … kiểu mẫu còn thiếu 02 xã": a shortfall, neither the target nor the result (nor "… chưa đạt mục tiêu do 02 xã …
      // bị ảnh hưởng": a cause's subject)
      const gap = c.text.slice(Math.max(prevEnd0, q.start - 40), q.start);
      const short = SHORTFALL.findLast(gap) ?? CAUSE_LEAD.findLast(gap);
      if (short && !gap.slice(short.end).trim()) continue;
      // "81/170 xã … (chiếm 47,6%), vượt mục tiêu 06 xã": a bare count closing the clause after the result is the margin when the result
      // less it is the plan's target (81 − 6 = 75); "41 xã …, vượt so với chỉ tiêu 36 xã" (the target 38) quotes a target
      // (… the clause's last count before it, a share between them aside: "có 76 xã …, chiếm 45,0% số xã, vượt mục tiêu Kết luận 01 xã")
      const counted = q.kind === 'number' && !q.qualifier ? lastCountIn(out, paragraph, c.text, q.start) : undefined;
      const margin = counted ? MARGIN.findLast(gap) : null;
      // (… the plan named between: "vượt mục tiêu Kết luận 01 xã")
      if (margin && PLAN_NAME_ONLY.test(gap.slice(margin.end)) && /^\s*(?:[,.;)]|$)/u.test(c.text.slice(q.end)) && passedBy(counted!.indicator, counted!.value, q.value)) continue;
      // "… còn 01 xã nâng cao và 01 xã kiểu mẫu đang được Hội đồng thẩm định tỉnh xem xét": counts still pending after "còn", each of
      // the run the pending words close (lexicon: not-yet-recognised)
      if (pendingRun(c.text, q)) continue;
      // a bound or a condition, not a result: "xã đạt tiêu chí khi tỷ lệ … đạt từ 70% trở lên", "điều kiện 100% số xã … chưa đáp ứng"
      // (lexicon: norm-lead)
      const normLead = c.text.slice(Math.max(0, q.start - 16), q.start).trimEnd();
      // (… its unit per a measure between: "đạt giá trị sản xuất từ 150 triệu đồng/ha trở lên")
      if ((/(?<![\p{L}])từ$/u.test(normLead) && /^(?:\s*\/\s*[\p{L}\d]+){0,2}\s*trở\s+(?:lên|xuống)/u.test(c.text.slice(q.end, q.end + 30))) || NORM_LEAD.findLast(normLead)?.end === normLead.length) continue;
      // (… the plan that sets it named between: "Thực hiện yêu cầu của Kết luận là 100% số xã cập nhật, củng cố …" — lexicon: plan-reference)
      const planNorm = NORM_LEAD.findLast(gap);
      if (planNorm && PLAN_REFERENCE.test(gap.slice(planNorm.end).replace(/(?<![\p{L}])là\s*$/u, ''))) continue;
      // "… để đạt mục tiêu tối thiểu 75 xã nâng cao, 22 xã kiểu mẫu": a count listed right after a target, with only its noun between,
      // is the next target of the list
      const lastFact = out[out.length - 1];
      const listedTarget = i > 0 && lastFact?.role === 'target' && lastFact.quantity === qs[i - 1] && lastFact.paragraph === paragraph && q.unit === qs[i - 1].unit && /^[\p{L}\s]{0,40}(?:,|\svà)\s*$/u.test(c.text.slice(qs[i - 1].end, q.start));
      // (… or the plan named right after it as its owner: "chưa đạt mức 1,5%/năm của Nghị quyết")
      // (… or the first of a list whose last item says the plan set them all: "75 xã nông thôn mới nâng cao và 22 xã kiểu mẫu mà Kết luận
      // giao cho toàn tỉnh")
      const listSetByPlan = () => {
        for (let k = i + 1, prev = q; k < qs.length && k <= i + 4; prev = qs[k], k++) {
          if (qs[k].unit !== q.unit || !/^[\p{L}\s]{0,60}(?:,|\svà)\s*$/u.test(c.text.slice(prev.end, qs[k].start))) return false;
          if (TARGET_AFTER.test(c.text.slice(qs[k].start, Math.min(qs[k + 1]?.start ?? c.text.length, nextBoundary(c.text, qs[k].end))))) return true;
        }
        return false;
      };
      const targetWords = localTarget || listedTarget || (q.start > frameAt && q.start < frameEnd) || (q.kind !== 'fraction' && (TARGET_AFTER.test(right) || SOURCE_OWNS.test(c.text.slice(q.end, q.end + 40)) || listSetByPlan()));
      const prevStart = prevEnd;
      prevEnd = q.end;
      // (a figure that is a word of an indicator's name, any indicator's, is no figure of one: "nhiều chỉ tiêu về đích sớm (…, chuyển đổi đất
      // lúa, giá trị sản xuất trên 01 ha)" names the indicator of the value per hectare — nyf06)
      if (indicators.some((ind) => nameWord(ind, c.text, q))) continue;
      // (a list of bare targets in turn: see inTurn)
      const turn = inTurn(qs, i, targetWords);
      if (turn?.skip) continue;
      if (turn?.ind && (!inParen || !targetWords)) {
        out.push(make(turn.ind, q, valueFor(turn.ind, q), 'target'));
        continue;
      }
      // a bracket after words that name another indicator ("06/06 thôn đạt chuẩn (100%), trong đó thôn Liên Minh được công
      // nhận thôn nông thôn mới kiểu mẫu năm 2023 (01/06 thôn, chiếm 16,7%)"): its figure is that indicator's, not the owner's
      if (inParen && owner && openParen >= prevEnd0 && !targetWords) {
        const before = normalize(c.text.slice(prevEnd0, openParen));
        // (… the kind the clause opens on still said of them: "Tại 02 xã đặc biệt khó khăn, có 7/12 thôn được công nhận đạt chuẩn thôn nông
        // thôn mới (58,3%)" names no plain villages up to standard — nxy01)
        const kindSaid = frame && openParen >= frame[0].length ? frameWords : '';
        const other = named.find((ind) => ind !== owner!.ind && mentions(ind, before) && !excluded(ind, before + kindSaid) && !negated(ind, before) && unitFits(ind, q, ''));
        if (other) {
          const fact: Fact = { ...make(other, q, valueFor(other, q), 'result'), ...claimIn(parenText) };
          out.push(fact);
          owner = { ind: other, fact };
          continue;
        }
      }
      if (inParen && owner) {
        // "(đạt 84,9%)", "(vượt mục tiêu 38 xã)": belongs to the figure before the bracket
        const ind: Indicator = owner.ind;
        // "vượt mục tiêu Nghị quyết (ít nhất 70%, đạt 72,4%)", "(ít nhất 38 xã; thực tế đạt 41 xã)": after the target's bound in the bracket,
        // a figure said reached is the result, the claim before the bracket its own (review-28 M14–M17)
        const boundQ = owner.fact?.role === 'target' ? owner.fact.quantity : undefined;
        if (boundQ && boundQ.start > openParen && boundQ.end <= q.start && REACHED_IN_BRACKET.test(c.text.slice(boundQ.end, q.start)) && unitFits(ind, q, '')) {
          const fact: Fact = { ...make(ind, q, valueFor(ind, q), 'result'), ...claimIn(c.text.slice(Math.max(0, openParen - 80), openParen)) };
          out.push(fact);
          owner = { ind, fact };
          continue;
        }
        // (… after a claim of falling short too, where the bracket right after the target's words holds its figure alone: "đạt 66,8%,
        // thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (75%)" — elsewhere a figure after such a claim is the shortfall, "chưa đạt mục
        // tiêu (02 xã)")
        // (… only a target of the plan the pack transcribes, named before the bracket, and one the result does fall short of: not the gap,
        // "thấp hơn mục tiêu Nghị quyết đề ra (3,2%)", nor a year's plan, "chưa đạt kế hoạch năm 2023 (68%)")
        // (… not the unit's own congress's: "chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra (45 xã)" sets its own target)
        // (… a yearly rate or a count alike: "giảm bình quân 1,2%/năm, thấp hơn mục tiêu … (2%/năm)", "34 xã …, chưa đạt mục tiêu … (40
        // xã)" — a count above the result is no shortfall, "chưa đạt mục tiêu (02 xã)" still is)
        const claimToBracket = c.text.slice(Math.max(prevEnd0, openParen - 80), openParen);
        const shortOf = !!owner.fact && (ind.direction === 'lower' ? q.value < owner.fact.value : q.value > owner.fact.value);
        const targetAlone = localTarget && shortOf && SOURCE_PLAN.test(claimToBracket) && !OWN_PLAN.test(claimToBracket) && !/(?:kế hoạch|mục tiêu|chỉ tiêu)\s+(?:năm\s+)?(?:19|20)\d\d/iu.test(claimToBracket) && ((ind.unit === '%' && q.kind === 'percent') || (ind.unit === '%/năm' && q.kind === 'per-year') || (q.kind === 'number' && !ind.unit.includes('%') && unitFits(ind, q, ''))) && /^\(\s*(?:[≥>]=?\s*|(?:trên|tối thiểu|ít nhất|từ|bình quân|giảm|tăng)\s+)?$/iu.test(c.text.slice(openParen, q.start)) && /^\s*(?:trở lên\s*)?\)/u.test(c.text.slice(q.end));
        if (targetWords && (!CLAIM_NOT_MET.test(left) || targetAlone) && unitFits(ind, q, '')) {
          // "… đạt và vượt mục tiêu (15 xã nâng cao, 05 xã kiểu mẫu)": a target in the bracket whose own words name another
          // indicator is that one's (… or the owner's with words it excludes: "(85% số thôn đạt chuẩn nông thôn mới, trong đó 10% số thôn
          // đạt chuẩn nông thôn mới kiểu mẫu)")
          const own = normalize(`${q.unit} ${c.text.slice(q.end, Math.min(nextStart, nextBoundary(c.text, q.end)))}`);
          // (… or a bracket of bare targets, one for each result before it in turn: "254/292 thôn đạt chuẩn (87,0%), trong đó 16 thôn … kiểu
          // mẫu (5,5%), đều vượt mục tiêu Nghị quyết (85% và 5%)")
          const other = turn?.ind ?? named.find((o) => o !== ind && mentions(o, own) && !excluded(o, own) && unitFits(o, q, '') && !(mentions(ind, own) && !excluded(ind, own)));
          // "20 xã …, bằng 90,9% mục tiêu Kết luận (20/22 xã)": a count over the target is the result over the target
          if (other) out.push(make(other, q, valueFor(other, q), 'target'));
          // (only after a share of the target: "(vượt mục tiêu 38/45 xã)" quotes 38 of 45)
          else out.push(make(ind, q, q.kind === 'fraction' && ind.unit !== '%' && SHARE_OF_TARGET_BEFORE.test(c.text.slice(Math.max(0, openParen - 60), openParen)) ? q.den!.value : valueFor(ind, q), 'target'));
          if (owner.fact && !owner.fact.claim) Object.assign(owner.fact, claimIn(parenText));
        // (… not a share of a plan in the bracket: "(đạt 53,3% kế hoạch năm)" — lexicon: share-of-plan)
        // (… nor the figure of a place or an average the words before the bracket compare with: "98/112 thôn …, cao hơn bình quân chung
        // của tỉnh (85,9%)" — review-56b O3, O5)
        } else if (!targetWords && ind.unit === '%' && q.kind === 'percent' && !startsWith(SHARE_OF_PLAN, c.text.slice(q.end, q.end + 30)) && !COMPARED_AVERAGE.test(c.text.slice(owner.fact?.quantity && owner.fact.quantity.end <= openParen ? owner.fact.quantity.end : prevEnd0, openParen))) {
          // an explicit percentage after a fraction or count is the value to judge; after a percentage it is
          // another figure ("71,8% (năm 2020 là 62,5%)", "98,3% (nước hợp vệ sinh 99,7%)"), not this result
          // (… nor after a yearly rate: "đạt 3,7%/năm (năm 2021 tăng 3,2%, …)" gives the years' own rates)
          if (owner.fact && owner.fact.role !== 'target' && (owner.fact.quantity?.kind === 'fraction' || owner.fact.quantity?.kind === 'number')) Object.assign(owner.fact, { value: q.value, quantity: q, ...(owner.fact.claim ? {} : claimIn(parenText)) });
          // (… said as directly as the count it is the share of, the bracket holding the share alone right after the count and the words
          // that name the indicator: "39 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu (7,4%)" — session 56, nyg04, two such shares that disagree)
          else if (!owner.fact) {
            const count = i > 0 && qs[i - 1].kind === 'number' && openParen >= qs[i - 1].end ? c.text.slice(qs[i - 1].end, openParen) : '';
            // (… the count's own noun the thing the rate counts, "ấp" as "thôn": not "09 xã có thôn … kiểu mẫu (60%)", a share of the communes —
            // review-56b D2)
            const countQ = count ? qs[i - 1] : undefined;
            const noun = countQ ? normalize(countQ.unit || count).trim().split(/\s+/u)[0] ?? '' : '';
            const ofIt = !ind.of?.length || ind.of.some((o) => normalize(o) === noun || (o === 'thôn' && SETTLEMENT_WORDS.some((w) => normalize(w) === noun)));
            // (… and the share the count's of the whole a fraction of the paragraph gives, "457/529 ấp …, 36 ấp … (6,8%)", at the precision
            // the share shows: not of a subset or a plan, "Trong số 98 thôn đạt chuẩn, có 07 thôn … (7,1%)" — review-56b D3, D4)
            const [lo, hi] = roundingInterval(q);
            const ofWhole = !!countQ && paragraphQuantities().some((f) => f.kind === 'fraction' && !!f.den && f.den.value > 0 && (countQ.value / f.den.value) * 100 >= lo - 1e-9 && (countQ.value / f.den.value) * 100 <= hi + 1e-9);
            const direct = !!countQ && ofIt && ofWhole && !/[\d;,()]/u.test(count) && mentions(ind, normalize(`${countQ.unit} ${count}`)) && /^\(\s*(?:(?:đạt|chiếm|bằng)\s+)?$/iu.test(c.text.slice(openParen, q.start)) && /^\s*\)/u.test(c.text.slice(q.end));
            out.push({ ...make(ind, q, q.value, 'result'), ...claimIn(parenText), ...(direct ? { direct } : {}) });
          }
          // (… unless the bracket gives it as another office's figure for the same result: "đạt 72,6% (Phòng LĐ-TB&XH báo cáo 73,4%)" — two
          // figures of one result, lexicon: other-source-bracket)
          else if (owner.fact.role === 'result' && owner.fact.quantity?.kind === 'percent' && OTHER_SOURCE_BRACKET.test(c.text.slice(openParen, q.start)) && !excluded(ind, normalize(parenText))) out.push({ ...make(ind, q, q.value, 'result'), otherSource: true, direct: true });
        // (… and a claim after that other figure is its own: "đạt 70,5% (Cà Mau cũ 69,2%, chưa đạt mục tiêu; Bạc Liêu cũ 72,8%)")
        } else if (owner.fact && !owner.fact.claim && !(owner.fact.quantity?.kind === 'percent' && q.kind === 'percent')) Object.assign(owner.fact, claimIn(parenText));
        // the claim may follow the bracket: "36/47 xã đạt chuẩn (76,6%), vượt mục tiêu đề ra"
        if (owner.fact && !owner.fact.claim && owner.fact.role === 'result') {
          const close = c.text.indexOf(')', q.end);
          if (close >= 0) {
            let tail = c.text.slice(close + 1, i + 1 < qs.length ? qs[i + 1].start : c.text.length);
            const cut = BREAKDOWN.find(tail);
            if (cut) tail = tail.slice(0, cut.start);
            Object.assign(owner.fact, claimIn(tail, cut ? '' : c.text.slice(close + 1 + tail.length, close + 1 + tail.length + 120)));
          }
        }
        continue;
      }
      // "toàn xã có 9/11 thôn đạt chuẩn (đạt 81,8%)": the share in brackets of a fraction that names no indicator is that fraction's,
      // no figure of its own
      if (inParen && !owner && q.kind === 'percent' && i > 0 && qs[i - 1].kind === 'fraction' && openParen >= qs[i - 1].end) {
        const lead = c.text.slice(openParen + 1, q.start);
        if (!lead.trim() || isOnly(RATE_LEAD, lead)) continue;
      }
      // "không còn xã dưới 15 tiêu chí … (02 xã chưa đạt chuẩn là …)": a bracket after a "none" tells what else there is, no figure of
      // the none's
      if (inParen && ZERO_WORDS.test(c.text.slice(lastBoundary(c.text, openParen), openParen))) continue;
      // (the label is lent to a figure only where the words before it in its clause are leads and times, "kết quả đến nay đạt", "năm 2020
      // xã mới đạt", and it is no share of a plan: "6 tháng đầu năm 2024 trồng mới 320 ha rừng tập trung, đạt 45,7% kế hoạch", "đất trồng
      // lúa đạt 98 triệu đồng/ha" are of other things)
      // (… a subject-only label to every figure of a clause that names no subject, "Cuối năm 2023 còn 312 hộ (29,83%), bình quân mỗi năm
      // giảm 4,30%" under "- Hộ nghèo:": what each figure measures is said beside it)
      // (… not to the counts of a year-by-year list, each after its own year: "…: toàn tỉnh có 16 xã; năm 2021 có 03 xã, năm 2022 có 05 xã,
      // …" gives what each year added, not the level)
      // (… the list read over its paragraph: its items may be parted by ";")
      const yearByYear = inherited && !carriedResult && YEAR_COUNT.test(c.text.slice(Math.max(0, q.start - 40), q.start)) && (text.match(YEAR_COUNTS) ?? []).length >= 2;
      // (… nor to a count its clause says is pending or planned: "06 xã đã hoàn thành hồ sơ, đang chờ Hội đồng thẩm định tỉnh họp xét", "02
      // xã … đang hoàn thiện các tiêu chí, dự kiến được công nhận trong quý IV/2025" — lexicon: not-yet-recognised, plan-words)
      // (… a figure lent the indicator of the target before it read past brackets that give a figure of their own, the unit's plan: "đến nay
      // xã đạt 70,4%, vượt mục tiêu (kế hoạch của xã năm 2024 là 68%)")
      const afterIt = carriedTarget ? c.text.slice(q.end).replace(/\([^()]*\d[^()]*\)/gu, ' ') : c.text.slice(q.end);
      const pending = inherited && (NOT_YET_RECOGNISED.test(afterIt) || PENDING_AFTER.test(afterIt) || PLAN_WORDS.test(afterIt));
      const lent = inherited && !yearByYear && !pending && (subjectOnly || onlyLeads(c.text.slice(0, q.start)) || (onlyLeads(lastSubclause(c.text.slice(0, q.start))) && !figureOfItsOwn(c.text.slice(0, q.start)))) && !SHARE_OF_PLAN_AFTER.test(c.text.slice(q.end, q.end + 24)) ? inherited : '';
      // (… not to a figure its own words give the whole unit: "Tại 02 xã đặc biệt khó khăn, đã có 8/12 thôn …, nâng tổng số thôn đạt chuẩn NTM
      // toàn huyện lên 90/112 thôn" — review-54c F24)
      const framed = frame && q.start >= frame[0].length && !WHOLE_IN_CLAUSE.test(c.text.slice(frame[0].length, q.start)) ? frameWords : '';
      // (words that raise the whole to a new total and nothing else, "…, nâng tổng số lên 23/169 xã", raise what the clause named before
      // them: "nay bổ sung xã Thạch Văn … được công nhận đạt chuẩn NTM kiểu mẫu …, nâng tổng số lên 23/169 xã" — lexicon: raised-total)
      const raised = RAISED_TOTAL.atStart(left.trimStart());
      const raisedOf = raised && /^\s*(?:lên|thành)\s*$/u.test(left.trimStart().slice(raised.end)) ? ' ' + unnamed(c, leftStart) : '';
      // (the unit named by its own name is the writer, no subject of the figure: "huyện Can Lộc có 20/20 xã (100%) đạt chuẩn" counts communes)
      let subjectLeft = left;
      // (… by its name: "của tỉnh", "chung của tỉnh" say whose the measure is, and stay)
      for (const pl of places) if (pl.own && OWN_NAMED.test(pl.text) && pl.start >= c.start + leftStart && pl.end <= c.start + q.start) subjectLeft = subjectLeft.slice(0, pl.start - c.start - leftStart) + ' '.repeat(pl.end - pl.start) + subjectLeft.slice(pl.end - c.start - leftStart);
      // (… and by its level's noun alone, reaching the figure: "đến nay xã đạt 98,3%" in a commune's report is the commune's rate, no share of
      // communes — lexicon: unit-noun-reaches)
      // (… the words after a figure reaching the next one alike: "… đạt 95%, đến nay xã đạt 98,3%")
      // (a target alone in a bracket right after the target's words, no figure before it in its clause, is of the thing the words after the
      // bracket name: "So với mục tiêu Nghị quyết đề ra (ít nhất 40 xã), số xã đạt chuẩn vượt 34 xã" — nyq01)
      const subjectAfter = targetSubjectAfter(c.text, q, inParen && localTarget && !owner ? openParen : -1, nextStart);
      const narrow = normalize(ownSubject(unitNounBlanked(subjectLeft, opts.unit.level)) + ' ' + unitNounBlanked(right, opts.unit.level) + subjectAfter) + lent + framed + raisedOf;
      // the wider windows are normalised only when an indicator needs them
      let wideText: string | undefined;
      let widerText: string | undefined;
      let back15Text: string | undefined;
      const wide = () => (wideText ??= normalize(c.text.slice(0, rightEnd)));
      // a keyword with a figure in it ("dưới 15 tiêu chí") reaches past the next figure
      const wider = () => (widerText ??= normalize(left + ' ' + c.text.slice(q.start, nextBoundary(c.text, q.end))));
      // … and one before it ("Số xã còn dưới 15 tiêu chí: 0 xã"): the subject runs back over that figure
      const back15 = () => (back15Text ??= normalize(c.text.slice(lastBoundary(c.text, q.start), q.start) + ' ' + right));
      // (a target quoted after a claim of falling short outside brackets, "chưa đạt so với mục tiêu Nghị quyết … đề ra là 95%", was tried in
      // session 40 and backed out: gaps, a year's milestones, other bodies' resolutions read as the pack's target — review-40c)
      // (… but one the clause names as set by the document the pack takes the target from is quoted, a claim of falling short before it or
      // not: "đạt 64,7%, gần đạt mục tiêu 65% vào năm 2025 theo Chương trình hành động của Ban Cán sự Đảng Ủy ban nhân dân tỉnh" — nwm04)
      // (… or named so between "so với mục tiêu" and the figure, one the result falls short of: "đạt 68,4%, còn thấp so với mục tiêu Nghị
      // quyết số 16-NQ/TU đến năm 2025 là 95%" — nyw01; not a gap, "thấp hơn mục tiêu … là 3,2%", which no result falls short of)
      const targetLead = left.slice(Math.max(0, left.search(/mục tiêu|chỉ tiêu/iu)));
      const shortOfIt = !!owner?.fact && owner.fact.role === 'result' && (owner.ind.direction === 'lower' ? q.value < owner.fact.value : q.value > owner.fact.value);
      // (… the document named as the one that set it, before any words of carrying another out: not "chỉ tiêu Nghị quyết số 08-NQ/HU của Ban
      // Chấp hành Đảng bộ huyện thực hiện Nghị quyết số 16-NQ/TU là 75%", the district's own — review-58c D3, D4)
      // (… and no gap: a figure that with the result makes the plan's target is what is left to reach it, "mới đạt 1,8%, còn thấp so với mục
      // tiêu Nghị quyết số 16-NQ/TU là 3,2%" of 5% — review-58c D8)
      const setter = targetLead.split(CARRYING_OUT)[0];
      const t = owner?.ind.target;
      const bound = !t ? undefined : t.comparator === 'range' ? t.min : 'value' in t ? t.value : undefined;
      const leftToReach = !!owner?.fact && bound !== undefined && Math.abs(owner.fact.value + (owner.ind.direction === 'lower' ? -q.value : q.value) - bound) <= Math.max(0.05, bound * 0.01);
      const comparedWithSource = shortOfIt && !leftToReach && /(?<![\p{L}])so với\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu.test(left) && namesOwnSource(opts.ownSources, owner!.ind, setter);
      if (owner && localTarget && (!CLAIM_NOT_MET.test(left) || comparedWithSource || namesOwnSource(opts.ownSources, owner.ind, c.text.slice(q.end, q.end + 160).split(/[;.]\s/u)[0], targetLead)) && unitFits(owner.ind, q, '') && !named.some((ind) => mentions(ind, normalize(left)))) {
        // "… đạt 3,5%/năm, so với mục tiêu Nghị quyết đề ra là 4%/năm": the target of the figure before
        // (… unless its own words after it name another of the clause's indicators and not the owner: "…, trong đó … 02 xã đạt chuẩn nông
        // thôn mới kiểu mẫu, so với mục tiêu Nghị quyết đến năm 2025 là ít nhất 38 xã đạt chuẩn" gives the communes' target, not the model
        // communes')
        const own = normalize(`${q.unit} ${c.text.slice(q.end, nextBoundary(c.text, q.end))}`);
        // (… not a share's base: "vượt mục tiêu Nghị quyết đề ra là 5% số thôn đạt chuẩn" is the model villages' rate of the villages up to
        // standard)
        const base = q.kind === 'percent' && /^\s*(?:tổng\s+)?số\s/iu.test(c.text.slice(q.end));
        const other = !base && (!mentions(owner.ind, own) || excluded(owner.ind, own)) ? named.find((o) => o !== owner!.ind && mentions(o, own) && !excluded(o, own) && unitFits(o, q, '')) : undefined;
        out.push(make(other ?? owner.ind, q, valueFor(other ?? owner.ind, q), 'target'));
        continue;
      }
      // "7/11 thôn thuộc 02 xã đặc biệt khó khăn": a count that says where the subject is gives no figure of its own
      // (… and so does one in the subject of the figure after it: "tổng số lao động … qua đào tạo của 03 xã cũ là 19.463/26.496 lao
      // động", whose subject runs back over it — or the clause's only figure after a noun: "Một số tiêu chí xã nâng cao ở 04 xã Đức Đồng,
      // Đức Lạng, … còn khó khăn" says where; after a verb of the thing done, "mô hình thôn … kiểu mẫu đã đạt chuẩn ở 4/112 thôn", it counts
      // the places — lexicon: done-at)
      const where = WHERE_WORDS.findLast(left) ?? amongGroup(left, c.text, q);
      if (where && !left.slice(where.end).trim() && (i > 0 || (i + 1 < qs.length && nextBoundary(c.text, q.end) > qs[i + 1].start) || !DONE_AT.test(left.slice(0, where.start)))) {
        if (i === 0) prevEnd = prevStart;
        continue;
      }
      let matched: Indicator | undefined;
      let direct = false;
      /** Where this figure is the level a change reaches, the words from the level it starts from up to it (null: no such change). */
      let reached: string | null = null;
      // "7/7 xã có nhà văn hóa xã đạt chuẩn": the standard is the facility's; only an indicator that names the facility is counted
      const owned = OWNED_FACILITY.find(c.text.slice(q.end, q.end + 40));
      // (the places may be named by their kinds: "9/9 xã, thị trấn có nhà văn hóa đạt chuẩn")
      // (… or any other thing of theirs said up to standard: "19/19 xã có điểm vui chơi, khu thể thao xã đạt chuẩn" — lexicon: owned-thing-standard)
      // (a look for "có" first: most figures have none after them)
      const after100 = owned ? '' : c.text.slice(q.end, q.end + 100);
      const thing = /có/iu.test(after100) ? OWNED_THING_STANDARD.exec(after100) : null;
      const ownedEnd = owned ? owned.end : thing ? thing[0].indexOf(thing[1]) + thing[1].length : 0;
      const ownsFacility = (!!owned && /^[\s,]*(?:\p{L}+,?\s+){0,3}$/u.test(c.text.slice(q.end, q.end + owned.start))) || !!thing;
      // "07/07 chi bộ thôn ban hành nghị quyết …": a count of the places' bodies, no count of the places (lexicon: place-body)
      const bodyOf = !q.unit && startsWith(PLACE_BODY, c.text.slice(q.end, q.end + 30)) ? PLACE_BODY.find(c.text.slice(q.end, q.end + 30)) : null;
      // "bằng 97,6% kế hoạch do thiếu nước tưới": a share of a plan measures no indicator (lexicon: share-of-plan)
      const ofPlan = q.kind === 'percent' && startsWith(SHARE_OF_PLAN, c.text.slice(q.end, q.end + 30));
      // "tỷ lệ dân số nông thôn sử dụng nước sạch đạt 90,3% (64.603/71.540 người)": the fraction in the bracket after a share, the share's
      // own (it makes it), says what it counts — people, where the rate counts households, is another measure of the same thing; a bracket
      // of another measure leaves the share the rate's ("95,2% (18/18 xã đạt tiêu chí …)")
      // (… and so does the rate's own subject: "Tỷ lệ dân số nông thôn …", "Tỷ lệ người dân …" — lexicon: rate-of-people)
      const next = qs[i + 1];
      // (… only where the report names the rate of households too: said alone, "tỷ lệ dân số nông thôn được sử dụng nước sạch đạt 98,7%" is
      // the writer's figure of the rate — see householdRates)
      const bracketed = q.kind === 'percent' && next?.kind === 'fraction' && BRACKET_OPEN.test(c.text.slice(q.end, next.start)) && shareAgrees({ value: q.value, decimals: q.decimals }, next.value * 100) ? next : undefined;
      const ofPeople = q.kind === 'percent' && RATE_OF_PEOPLE.test(left);
      // (householdRates holds only rates whose pack counts households: a rate of people is another measure of them)
      const otherBase = (ind: Indicator) => !!opts.householdRates?.has(ind.id) && ((!!bracketed && !unitFits(ind, bracketed, '')) || ofPeople);
      // "100% thôn đạt chuẩn có tuyến đường hoa hoặc hàng cây xanh": a share of the places up to standard that have a thing counts those
      // with the thing — no rate of the places up to standard
      // (… and so does a share of households or places that have a thing, the thing not the indicator's: "nước sạch: 100% hộ có thùng
      // chứa rác" counts bins — "100% hộ có nước sạch" stays clean water)
      // (… under a label that lists several topics, "- Môi trường, an toàn thực phẩm, nước sạch: …": not "Về nước sạch: 98,2% hộ có nguồn
      // nước sinh hoạt đạt quy chuẩn", the indicator's own evidence)
      const having = q.kind === 'percent' ? HAVING_AFTER_STANDARD.exec(c.text.slice(q.end, q.end + 120)) ?? (TOPICS_LABEL.test(text) ? HAVING_THING.exec(c.text.slice(q.end, q.end + 120)) : null) : null;
      const hadNorm = having ? normalize(having[1]) : '';
      const ofThingHad = (ind: Indicator) => !!having && !mentions(ind, hadNorm);
      // (… but not in the means the sentence opens on where the clause after its comma gives the indicator by its full name: "Thông qua
      // Chương trình nước sạch …, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 94,6%" — lexicon: means-opener; not a part of those it counts,
      // "tỷ lệ hộ nghèo được hỗ trợ … nước sạch", "tỷ lệ hộ dân trong vùng dự án …", the programme's own)
      const means = i === 0 ? MEANS_OPENER.exec(c.text.slice(0, q.start)) : null;
      // (… but a lead that lists the kinds the clause's figures give, the indicator's among them, excludes none of them where the figure's own
      // words name its kind: "Đối với xã NTM nâng cao, kiểu mẫu, Kết luận đề ra mục tiêu toàn tỉnh có tối thiểu 70 xã đạt chuẩn NTM nâng cao,
      // 22 xã đạt chuẩn NTM kiểu mẫu" — nze01; not "Tại hai xã đặc biệt khó khăn …, 14/20 thôn", whose lead names no plain villages, nor "Về
      // thôn đạt chuẩn nông thôn mới kiểu mẫu: … 9/112 thôn đạt chuẩn", one kind — review-60 B1, B2)
      // (the figure's own words folded only when an exclusion before it asks: most figures meet none)
      const kindsListed = (ind: Indicator) => {
        const own = normalize(right);
        return mentions(ind, own) && !excluded(ind, own) && listsKinds(ind, c.text.slice(0, q.start), own);
      };
      const ownWords = (ind: Indicator) => (means && normalize(c.text.slice(means[0].length, q.start)).includes(normalize(ind.label)) ? unnamed({ text: c.text.slice(means[0].length), start: c.start + means[0].length }, q.start - means[0].length) : unnamed(c, q.start));
      // what makes the figure none of an indicator, read the same way by the direct reading below and by the fall-back one after it: a
      // count of new units of the reorganised map, a share of a plan, of another base, of other things named after it, or of a kind of
      // irrigation (the tests that need no indicator made once for the figure); and a remainder not yet up to standard
      const newUnits = q.kind === 'number' && NEW_UNITS_AFTER.test(c.text.slice(q.end, q.end + 40));
      const areaOfKind = otherAreaShare(c.text, q);
      const otherFigure = (ind: Indicator) => newUnits || (q.kind === 'fraction' && areaOfKind) || (q.kind === 'percent' && (ofPlan || areaOfKind || otherBase(ind) || shareOfOther(ind, c.text.slice(q.end, q.end + 60)) || shareOfOtherThanNamed(ind, c.text.slice(q.end, q.end + 30))));
      const remainder = (ind: Indicator) => remainderNotYet(ind, c.text, q, qs.slice(i + 1));
      // (a yearly rate is a growth rate where its sentence says so before it, a comma between or not: "Tốc độ tăng trưởng bình quân giá trị gia
      // tăng ngành nông nghiệp, lâm nghiệp đạt 3,8%/năm" — nyv06)
      // (… only the clause's first figure, its words after the comma opening on no subject of their own: not "GRDP … đạt 7,8%/năm, giá trị
      // sản xuất nông nghiệp tăng 2,4%/năm", nor "theo hướng tăng trưởng xanh, tỷ trọng ngành nông nghiệp … giảm bình quân 1,2%/năm" —
      // review-58c B2, B5)
      const reachBack = q.kind === 'per-year' && i === 0 && !OWN_SUBJECT.test(left.trimStart().split(/\s+/u).slice(0, 2).join(' ')) && !/^\s*(?:tỷ trọng|tỉ trọng|cơ cấu)(?![\p{L}])/iu.test(left);
      const fitSubject = reachBack ? `${c.text.slice(0, q.start)} ${right}` : left + right;
      for (const ind of named) {
        if (ownsFacility && !mentions(ind, normalize(c.text.slice(q.end, q.end + ownedEnd)))) continue;
        if (ofThingHad(ind)) continue;
        // ("18 xã đạt 19/19 tiêu chí": the 19/19 is the indicator's own words, the count before it its figure)
        if (keywordFigure(ind, c.text.slice(q.start))) continue;
        if (bodyOf && !mentions(ind, normalize(bodyOf.phrase))) continue;
        // what the clause says before its first figure may make it a more specific indicator ("Tại hai xã đặc biệt
        // khó khăn …, 14/20 thôn"); after another figure, that figure's subject does not carry over ("16 xã nâng cao, 05 xã kiểu mẫu")
        // (words of a pending recognition before a target are the counts' before it: "… 01 xã kiểu mẫu đang được … xem xét để đạt mục
        // tiêu tối thiểu 75 xã nâng cao")
        // (a remainder read, as a negation, only where no target words stand before the figure; a rate is never above 100%)
        if (excluded(ind, narrow) || (i === 0 && excluded(ind, ownWords(ind)) && !kindsListed(ind)) || (!targetWords && (negated(ind, narrow) || remainder(ind))) || otherFigure(ind) || !unitFits(ind, q, fitSubject) || (!carriedResult && !marksAgree(ind, c.text)) || (q.kind === 'percent' && ((ind.unit === '%' && q.value > 100) || PLEDGE_SHARE.test(c.text.slice(q.end, q.end + 80))))) continue;
        // (the figure of a clause that opens on a yearly average is of the span before it, named there: see averageOpens above)
        // (… and the subject runs back over a figure of the indicator's own label: "giá trị sản xuất trên 01 ha đất trồng trọt năm 2023
        // đạt 158,4 triệu đồng" names its figure as directly as the table's row does)
        if ((direct = mentions(ind, narrow) || (averageOpens && q.start >= averageAt && ind.unit === '%/năm') || (i > 0 && labelFigure(ind, c.text, qs[i - 1]) && mentions(ind, back15()))) || (digitKeyword(ind) && (mentions(ind, wider()) || mentions(ind, back15()))) || ((q.kind === 'times' || q.kind === 'per-year' || ind.unit.startsWith('triệu') || ind.unit === '%/năm') && mentions(ind, wide()) && !excluded(ind, wide()))) {
          matched = ind;
          // "… giảm từ 7,94% … xuống còn 2,86% …, bình quân giảm 2,54%/năm": a yearly average closing a span is said of the
          // span's subject as directly as the span is
          if (!direct && ind.unit === '%/năm' && i > 0 && isOnly(AVERAGE_OF_SPAN, left.trim()) && SPAN_WORDS.test(c.text.slice(0, q.start))) direct = true;
          // "Thu nhập bình quân đầu người năm 2023 đạt 50,6 triệu đồng/người/năm, gấp 1,56 lần so với năm 2020": a multiple right after
          // the level it multiplies is said of the level's subject
          if (!direct && q.kind === 'times' && i > 0 && (/^[^\d;()]{0,20},\s*gấp\s*$/u.test(c.text.slice(qs[i - 1].end, q.start)) || (/^[^\d;()]{0,20},\s*tăng\s*$/u.test(c.text.slice(qs[i - 1].end, q.start)) && /^\s*(?:so với\s+(?:năm\s+)?(?:19|20)\d\d(?:\s*\([^()]*\))?)?\s*[.,;]?\s*$/u.test(c.text.slice(q.end, nextBoundary(c.text, q.end))))) && mentions(ind, normalize(c.text.slice(lastBoundary(c.text, qs[i - 1].start), qs[i - 1].start)))) direct = true;
          break;
        }
      }
      if (!matched && !owner && !ownsFacility && !bodyOf) {
        // a subject with a comma in it ("thôn thuộc các xã đặc biệt khó khăn, xã bãi ngang … đạt 59,6%"):
        // look back to the previous figure, only when nothing closer named an indicator
        // (… a share of other things than the rate counts, named right after it, as above: "100% trường học có công trình nước sạch" is no
        // households' rate — session 36, lq02)
        const back = normalize(ownSubject(c.text.slice(prevStart, q.start)) + ' ' + right);
        // the most specific indicator the words name ("… nâng cao năm 2023, đạt 01 huyện" is not the plain count)
        matched = named
          .filter((ind) => !ofThingHad(ind) && !excluded(ind, narrow) && !excluded(ind, back) && !negated(ind, narrow) && !remainder(ind) && !otherFigure(ind) && unitFits(ind, q, left + right) && mentions(ind, back))
          .sort((a, b) => b.keywords.length - a.keywords.length)[0];
        // … said as directly as a label that opens the paragraph names it, when it is the first figure after that label ("Xã đạt chuẩn
        // theo Bộ tiêu chí giai đoạn 2021-2025: Đến ngày 15/6/2025, có 19/22 xã đã hoàn thành cập nhật, củng cố và được thẩm định đạt
        // chuẩn …")
        if (matched) direct = labelled(c.text, qs, i, matched);
      }
      // "… chuyển đổi thêm 320 ha, nâng tổng diện tích chuyển đổi … lên 1.850 ha": the running total is the level, the figure before it the change
      // "… tỷ lệ hộ nghèo giảm từ 9,86% (cuối năm 2021) còn … 6,12% (cuối năm 2023), …; bình quân giảm 1,87%/năm": said of that span's
      // subject
      if (!matched && averageOpens && q.start >= averageAt && !qs.some((x, k) => k < i && x.start >= averageAt) && q.kind === 'per-year' && named.length === 1) [matched, direct] = [named[0], true];
      if (!matched && owner?.fact && (owner.fact.role === 'result' || owner.fact.why === CHANGE) && RUNNING_TOTAL.test(c.text.slice(prevStart, q.start)) && unitFits(owner.ind, q, '')) {
        const ind: Indicator = owner.ind;
        Object.assign(owner.fact, { role: 'context', why: CHANGE });
        const level: Fact = { ...make(ind, q, valueFor(ind, q), 'result'), ...claimIn(c.text.slice(q.end, nextStart)) };
        out.push(level);
        owner = { ind, fact: level };
        continue;
      }
      // "… ghi 87,5% là do lỗi đánh máy, số liệu đúng là 78,6%": the right figure, after the words that give it, right after one said to be
      // written wrong, is the same subject's (review-41b B1)
      if (!matched && owner?.fact?.quantity && owner.fact.why === MISTAKEN && RIGHT_FIGURE_LEAD.test(c.text.slice(owner.fact.quantity.end, q.start)) && unitFits(owner.ind, q, '')) {
        const fact: Fact = { ...make(owner.ind, q, valueFor(owner.ind, q), 'result'), ...claimIn(c.text.slice(q.end, nextStart)) };
        out.push(fact);
        owner = { ind: owner.ind, fact };
        continue;
      }
      // "Tỷ lệ che phủ rừng năm 2021 là 48,2%, năm 2022 là 48,6%, năm 2023 là 49,1%": a year's figure after another year's of the same
      // subject, "năm … là" between and nothing else, is the same subject's (session 41, nuv01)
      // (… not where the sentence gives the span's average, which is the result: "… năm 2023 là 2,7%; bình quân giai đoạn 2021-2023 đạt
      // 3,5%/năm" — review-41e A9, B16)
      if (!matched && owner?.fact?.quantity && owner.fact.role === 'result' && owner.fact.year !== undefined && YEAR_NEXT.test(c.text.slice(owner.fact.quantity.end, q.start)) && unitFits(owner.ind, q, '') && !SPAN_AVERAGE.test(sentenceAround(text, from, c.start)))
        [matched, direct] = [owner.ind, true];
      // "Thôn đạt chuẩn nông thôn mới kiểu mẫu tăng từ 02 thôn (năm 2021) lên 04 thôn (năm 2022), 07 thôn (năm 2023) và 09/128 thôn (7,0%)
      // tại thời điểm 30/6/2024": a clause that opens on one subject and gives one series of its figures, only times and "lên", "và" between
      // them, speaks of that subject to its last (session 41, nuv01)
      // (… each figure before it dated, "(năm 2021)", and nothing after it but its time: not "đạt 98,3%, 100% hộ sử dụng nước hợp vệ sinh",
      // nor a target moved "từ 75 xã xuống 72 xã")
      if (!matched && i > 0 && qs.slice(1, i + 1).every((x, k) => YEAR_ALONE.test(c.text.slice(qs[k].end, x.start)) && SERIES_GLUE.test(blankBrackets(c.text.slice(qs[k].end, x.start)).replace(YEARS_AND_DATES, ' '))) && SERIES_END.test(blankBrackets(c.text.slice(q.end, nextBoundary(c.text, q.end))).replace(YEARS_AND_DATES, ' ')) && !TARGET_WORDS.test(c.text) && !PLAN_WORDS.test(c.text) && !SPAN_AVERAGE.test(sentenceAround(text, from, c.start))) {
        const subject = normalize(c.text.slice(0, qs[0].start));
        const one = named.filter((ind) => mentions(ind, subject) && !excluded(ind, subject) && !negated(ind, subject) && unitFits(ind, q, ''));
        if (one.length === 1) [matched, direct] = [one[0], true];
      }
      // "… tăng từ 93,7% năm 2020 lên 98,3%": the level a change reaches, right after the level it starts from, is the same subject's
      if (!matched && owner?.fact?.quantity && (owner.fact.why === 'the level a change starts from' || owner.fact.role === 'baseline') && CHANGE_REACHES.test(blankBrackets(c.text.slice(owner.fact.quantity.end, q.start)).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, '')) && unitFits(owner.ind, q, ''))
        [matched, direct, reached] = [owner.ind, true, c.text.slice(owner.fact.quantity.start, q.start)];
      if (!matched && owner && startsWith(COORDINATION, left) && unitFits(owner.ind, q, '')) {
        // coordinated figures: "… 16 xã đạt chuẩn NTM nâng cao và 05 xã đạt chuẩn NTM kiểu mẫu" — the subject after the figure
        const after = normalize(c.text.slice(q.start, nextBoundary(c.text, q.end)));
        matched = named.find((ind) => !excluded(ind, after) && unitFits(ind, q, right) && mentions(ind, after));
      }
      // "Tỷ lệ lao động …: mục tiêu 70%, đến nay đạt 72,4%": after the target, what has been reached so far is its result
      if (!matched && owner?.fact?.role === 'target' && startsWith(REACHED_SO_FAR, left) && left.trim().split(/\s+/).length <= 5 && !/\d/.test(left) && unitFits(owner.ind, q, '') && !named.some((ind) => ind !== owner!.ind && mentions(ind, normalize(left)))) {
        matched = owner.ind;
        direct = true;
      }
      // (the figure's qualifier aside: "…, chiếm gần 7% số thôn" is a rate, said roughly)
      const said = q.qualifier ? QUALIFIERS[q.qualifier].findLast(left) : undefined;
      const rateLeft = said && !left.slice(said.end).trim() ? left.slice(0, said.start) : left;
      if (!matched && q.kind === 'percent' && isOnly(RATE_LEAD, rateLeft)) {
        // "…, trong đó thôn Khánh Tân đạt chuẩn thôn kiểu mẫu, chiếm 20% số thôn": the rate of what the words before it name
        const back = normalize(c.text.slice(prevStart, q.start));
        matched = named
          .filter((ind) => ind.unit === '%' && ind !== owner?.ind && mentions(ind, back) && !excluded(ind, back) && unitFits(ind, q, left + right))
          .sort((a, b) => b.keywords.length - a.keywords.length)[0];
      }
      // (… never a share of a plan: "đã đào tạo nghề cho 4.264 lao động nông thôn, đạt 53,3% kế hoạch năm")
      if (!matched && owner && owner.ind.unit === '%' && q.kind === 'percent' && !ofPlan && isOnly(RATE_LEAD, rateLeft)) {
        // "… kiểu mẫu là 21 thôn, chiếm 5,6% tổng số thôn": the rate of the count before
        if (owner.fact && owner.fact.role !== 'target' && owner.fact.quantity?.kind !== 'percent') {
          Object.assign(owner.fact, { value: q.value, quantity: q });
          // "…, chiếm 81,4%, đạt mục tiêu Nghị quyết đề ra": the claim after the rate is the count's
          if (!owner.fact.claim) {
            const zone = c.text.slice(q.end, nextStart);
            const cut = BREAKDOWN.find(zone) ?? (zone.includes(';') ? { start: zone.indexOf(';') } : null);
            Object.assign(owner.fact, claimIn(cut ? zone.slice(0, cut.start) : zone));
          }
        } else if (!owner.fact) {
          // (… and so is the claim after it: "Có 05 thôn đạt chuẩn … kiểu mẫu, chiếm 4,5% tổng số thôn, đạt mục tiêu Nghị quyết đề ra")
          const zone = c.text.slice(q.end, nextStart);
          const cut = BREAKDOWN.find(zone) ?? (zone.includes(';') ? { start: zone.indexOf(';') } : null);
          const fact = { ...make(owner.ind, q, q.value, 'result'), ...claimIn(cut ? zone.slice(0, cut.start) : zone) };
          out.push(fact);
          owner.fact = fact;
        }
        continue;
      }
      // (whatever named the indicator, a figure whose own words, up to the next mark, name another kind of its thing is that kind's: "Nước
      // sạch nông thôn: … có 18.579/18.591 hộ nông thôn sử dụng nước hợp vệ sinh (99,94%)" — "nước", not "nước sạch")
      // (… a count's, whose words after it are its subject — not a rate's: "đạt 98,1% nhờ công trình cấp nước tập trung" gives a reason)
      if (matched && (q.kind === 'fraction' || q.kind === 'number') && otherKindNamed(matched, c.text.slice(q.end, q.end + 80).split(/[,;(]/u)[0])) matched = undefined;
      // (… and a rate whose own words after a label's colon name another kind of its thing is that kind's, whatever the label named: "- Nước
      // sạch: Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,3%" — nyw01)
      const afterColon = left.includes(':') ? left.slice(left.lastIndexOf(':') + 1) : '';
      // (… a kind the lexicon knows is another, its first word the head of the indicator's compound: not "nước sinh hoạt đạt quy chuẩn", clean
      // water said another way — lexicon: other-kind-of-thing; review-58c A3–A6)
      if (matched && q.kind === 'percent' && afterColon && otherKindNamed(matched, afterColon) && !mentions(matched, normalize(afterColon)) && namesOtherKind(matched, afterColon)) matched = undefined;
      // "61/86 xã đạt chuẩn, chiếm 70,9%, so với mục tiêu … 40 xã": the count's share; the count still owns what follows
      if (!matched && owner && owner.ind.unit !== '%' && q.kind === 'percent' && isOnly(RATE_LEAD, left)) continue;
      if (!matched) {
        // "63 thôn đạt chuẩn … kiểu mẫu (chiếm 5,3%)": a count whose rate follows in brackets
        // (not through a label lent: a count under "- Tỷ lệ che phủ rừng:" is no count of that rate — "trồng mới 320 ha rừng tập trung, đạt 45,7% kế hoạch")
        const rate = q.kind === 'number' && !lent ? named.find((ind) => ind.unit === '%' && !excluded(ind, narrow) && mentions(ind, narrow)) : undefined;
        // the parts of a breakdown ("24 xã kiểu mẫu, gồm 01 xã năm 2021, 05 xã năm 2022 …") leave the total its owner:
        // a target quoted after them ("vượt so với mục tiêu … là 20 xã") is the total's
        const part = !rate && owner?.fact && q.kind === 'number' && (!q.unit || (q.unit === owner.fact.quantity?.unit && BREAKDOWN.test(c.text.slice(owner.fact.quantity.end, q.start))));
        // … and so does the difference from the target said after the result ("82 xã …, vượt 12 xã so với mục tiêu … là 70 xã"):
        // the target quoted after it is the result's
        // (… or from an earlier time: "78 xã …, tăng 05 xã so với báo cáo kỳ trước (73 xã), vượt 8 xã so với mục tiêu … (tối thiểu 70 xã)")
        const difference = !rate && owner?.fact && q.kind === 'number' && startsWith(DIFFERENCE_WORDS, left) && unitFits(owner.ind, q, '') && startsWith(COMPARED_WITH, right.slice(q.end - q.start));
        if (!part && !difference) owner = rate ? { ind: rate } : null;
        continue;
      }
      // the claim may follow after a comma ("đạt 65,6%, hoàn thành chỉ tiêu"): up to the next figure or "trong đó"
      // (… past an aside in brackets that holds figures of its own: "04 xã … kiểu mẫu (Vĩnh Linh 02 xã, Cam Lộ 01 xã), hoàn thành
      // chỉ tiêu Nghị quyết đề ra" — the claim is the figure's before the aside)
      // (a keyword with a figure in it, "Bộ tiêu chí giai đoạn 2021 - 2025", reaches past the figures of its own words — not past the
      // next figure of what is counted: "tăng từ 14/20 xã … lên 17/20 xã … và 20/20 xã …, hoàn thành kế hoạch năm 2024")
      // (… past a change said against an earlier time right after it, whose claim it is not: "74 xã … (43,8%), tăng 05 xã so với thời điểm
      // ban hành Kết luận, hoàn thành chỉ tiêu Kết luận đề ra")
      // (… a change in points too: "đạt 74,6%, tăng 6,1% so với năm 2020 nhưng vẫn chưa đạt mục tiêu Nghị quyết đề ra" — nxz01; a bare share
      // is no change: "74 xã … (43,8%), tăng 05 xã …")
      const k0 = qs.findIndex((x) => x.start >= nextStart && (x.kind !== 'percent' || !!DIFFERENCE_WORDS.findLast(c.text.slice(Math.max(0, x.start - 16), x.start))));
      const changeEnd = k0 >= 0 ? qs[k0 + 1]?.start ?? c.text.length : -1;
      const zoneEnd = k0 >= 0 && changeThenSourceClaim(c.text, q.end, qs[k0], changeEnd) ? changeEnd : nextStart;
      const zone = claimZone(c.text, q, qs, digitKeyword(matched) ? qs.find((x) => x.start > q.end && (x.kind === 'fraction' || x.kind === 'percent' || (x.kind === 'number' && !!x.unit)) && unitFits(matched!, x, ''))?.start ?? c.text.length : zoneEnd);
      const cut = BREAKDOWN.find(zone) ?? (zone.includes(';') ? { start: zone.indexOf(';') } : null);
      const after = cut ? zone.slice(0, cut.start) : zone;
      // (a bracket after the target's words that also gives a fraction of the figure's things holds results, the fraction's whole the
      // target: "chưa đạt mục tiêu (20 xã, ước đến 30/6/2025 là 21/22 xã)" — the 20 is no target)
      if (targetWords && inParen && q.kind === 'number' && resultsInBracket(c.text, openParen, q)) continue;
      // (the figure a correction gives, "… nay điều chỉnh là 98,6%", in a paragraph whose label names its indicator, "Về tỷ lệ hộ dân nông
      // thôn sử dụng nước sạch: …": said of the label as directly as the label's first figure)
      if (!direct && labelNamed.length === 1 && matched === labelNamed[0] && CORRECTED_TO.test(c.text.slice(Math.max(0, q.start - 40), q.start))) direct = true;
      // ("- Xã còn dưới 15 tiêu chí: 01": the label right before the bare count names it — review-36f C5)
      if (!direct && matched && countLabels.has(i) && mentions(matched, normalize(countLabels.get(i)!))) direct = true;
      const fact: Fact = targetWords ? make(matched, q, valueFor(matched, q), 'target') : { ...make(matched, q, valueFor(matched, q), 'result'), ...claimIn(after, cut ? '' : c.text.slice(q.end + zone.length, q.end + zone.length + 120)), ...(direct ? { direct } : {}) };
      // (a figure of a year before the period's end, then "đến nay" and a claim: the claim is of now, not of that year's figure — "Năm
      // 2021, tỷ lệ … mới đạt khoảng 65%, đến nay đã vượt chỉ tiêu")
      if (fact.claim && fact.year !== undefined && fact.year < periodTo && NOW_AFTER.test(after)) {
        delete fact.claim;
        delete fact.claimText;
      }
      // (the level a change reaches takes no year from the level it starts from: "từ 93,7% năm 2020 lên 98,3%" is now)
      if (reached !== null && fact.year !== undefined && reached.includes(String(fact.year)) && (fact.role === 'baseline' || fact.role === 'result')) {
        if (fact.role === 'baseline') delete fact.why;
        fact.role = 'result';
        delete fact.year;
      }
      // "có thêm 02 xã được công nhận", "tăng 5 xã": a count of the change, not how many there are
      // (unless the indicator itself counts a change: "Diện tích đất trồng lúa … chuyển đổi thêm …" is "đã chuyển đổi thêm 2.135 ha")
      const change0 = DIFFERENCE_WORDS.findLast(c.text.slice(Math.max(0, q.start - 16), q.start));
      const change = change0 && !DIFFERENCE_WORDS.test(matched.label) ? change0 : null;
      // a count of those short of something, said before it in its part of the clause ("các tiêu chí khó đạt còn lại là Môi
      // trường (02 xã) và Thu nhập (01 xã) đối với xã nâng cao", "Số xã chưa đạt chuẩn: 05 xã"): not how many reached it
      // (an aside in brackets is not said of it: "71 xã … nâng cao (còn thiếu 04 xã so với mục tiêu) và 22 xã … kiểu mẫu")
      const partBefore = c.text.slice(Math.max(c.text.lastIndexOf(',', q.start), c.text.lastIndexOf(';', q.start), 0), q.start).replace(/\([^()]*\)/gu, ' ');
      // … or said after it ("tiến độ xây dựng xã nâng cao ở 03 xã còn chậm", "05 xã chưa hoàn thành"): the ones lagging
      const partAfter = c.text.slice(q.end, nextBoundary(c.text, q.end));
      // (… or what is left of a target: "chỉ tiêu đơn vị cấp huyện còn 01 đơn vị đang trong quá trình thẩm định")
      const targetWord = TARGET_WORDS.findLast(partBefore);
      const remains = !!targetWord && REMAINING.test(partBefore.slice(targetWord.end));
      // (… a fraction's part too: "9/14 xã chưa đạt chuẩn nâng cao")
      if (fact.role === 'result' && (q.kind === 'number' || (q.kind === 'fraction' && NOT_YET_FIRST.test(partAfter))) && !matched.unit.includes('%') && (SHORT_OF.test(partBefore) || lagging(partAfter) || remains) && !countsShortfall(matched))
        Object.assign(fact, { role: 'context', why: 'a count of those short of it' });
      // "01 xã đạt chuẩn NTM kiểu mẫu (Phúc Đồng); 05 xã khác đạt chuẩn NTM nâng cao": the others beside a group named before, a part
      // (lexicon: others-beside)
      else if (fact.role === 'result' && q.kind === 'number' && !matched.unit.includes('%') && OTHERS_BESIDE.test(partAfter))
        Object.assign(fact, { role: 'context', why: 'a count of the others beside a group named before' });
      // "thẩm định hồ sơ 09 xã đạt chuẩn": the dossiers of the places a body handled, not how many there are
      // (… and every count listed after the first: "hồ sơ 07 xã đạt chuẩn, 08 xã … nâng cao, 02 xã … kiểu mẫu")
      if (fact.role === 'result' && q.kind === 'number' && (DOSSIERS_OF.test(c.text.slice(Math.max(0, q.start - 24), q.start)) || DOSSIERS_LISTED.test(text.slice(Math.max(from, c.start + q.start - 240), c.start + q.start))))
        Object.assign(fact, { role: 'context', why: DOSSIERS });
      // a figure joined to a base figure by "và" is of the base too ("Tại thời điểm … ban hành Kết luận, toàn tỉnh có 69 xã … nâng
      // cao và 18 xã … kiểu mẫu")
      if (fact.role === 'result' && joined && owner?.fact?.role === 'baseline') Object.assign(fact, { role: 'baseline', why: owner.fact.why });
      // … and the counts listed after it ("có thêm 08 xã nâng cao, 02 xã kiểu mẫu")
      // (… past the names of the ones before: "có thêm 05 xã đạt chuẩn (Bình Phú, …, Bình Mỹ), 04 xã … nâng cao")
      // (… and so with the counts listed after a count of dossiers: "thẩm định hồ sơ 09 xã đạt chuẩn, 08 xã … nâng cao, 03 xã … kiểu mẫu")
      // (… and past a list of their names after "gồm": "thêm 09 xã đạt chuẩn NTM nâng cao, gồm: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên); …; Kỳ Tân
      // (Kỳ Anh) và 05 xã …")
      const listed = (owner?.fact?.why === CHANGE || owner?.fact?.why === DOSSIERS) && owner.fact.quantity && listedAfter(c.text.slice(owner.fact.quantity.end, q.start));
      if (fact.role === 'result' && q.kind === 'number' && !matched.unit.includes('%') && ((change && !c.text.slice(Math.max(0, q.start - 16), q.start).slice(change.end).trim()) || listed))
        Object.assign(fact, { role: 'context', why: listed ? owner!.fact!.why : CHANGE });
      // (a result that counts places, its role read as it stands: each check below may have set it aside)
      const placesCounted = () => fact.role === 'result' && q.kind !== 'percent' && PLACE_UNIT.test(q.unit ?? '');
      // a count of a group of the unit's places ("19 xã đặc biệt khó khăn vùng bãi ngang, ven biển, hải đảo đã đạt chuẩn"): some of them,
      // not all that met the standard — but for an indicator of that group (lexicon: place-groups)
      if (placesCounted()) {
        const group = startsWith(PLACE_GROUPS_SET, c.text.slice(q.end, q.end + 60)) ? PLACE_GROUPS_SET.find(c.text.slice(q.end, q.end + 60)) : undefined;
        if (group && !normalize(matched.label + ' ' + matched.keywords.join(' ')).includes(normalize(group.phrase))) Object.assign(fact, { role: 'context', why: `a group of places: ${group.phrase}` });
      }
      // places said by what they were formed from ("18 xã hình thành từ các xã cũ đều đạt chuẩn NTM nâng cao"): the standard is the former
      // places', and a count after that in its clause is some of those ("29 xã hình thành từ các xã cũ có ít nhất 01 xã đạt chuẩn …")
      if (placesCounted()) {
        const formed = FORMED_FROM.exec(c.text.slice(q.end, q.end + 40));
        const clauseStart = c.text.lastIndexOf(';', q.start) + 1;
        // (… a count after it in its clause only where the words formed-from are said of a count of places before it: "29 xã hình thành
        // từ các xã cũ có ít nhất 01 xã …" — not "Sau khi sắp xếp, sáp nhập từ 21 xã còn 12 xã, … có 10/12 xã đạt chuẩn", the unit's own)
        const earlier = c.text.slice(clauseStart, q.start);
        const formedBefore = FORMED_FROM.exec(earlier);
        if ((formed && !/[,;]/u.test(c.text.slice(q.end, q.end + formed.index)) && formed.index <= 16) || (formedBefore && /\d\s+(?:xã|thôn|huyện|bản|ấp)\s+(?:mới\s+)?$/u.test(earlier.slice(0, formedBefore.index))))
          Object.assign(fact, { role: 'context', why: 'places said by what they were formed from' });
        // (… or by the former places they hold, said right after as the subject of the standard: "trong 60 xã mới có 38 xã mà tất cả các xã
        // cũ đều đã đạt chuẩn … nâng cao trở lên và 22 xã có ít nhất 01 xã cũ chưa đạt chuẩn …" — nwt03; lexicon: former-places-after)
        else if (FORMER_PLACES_AFTER.test(c.text.slice(q.end, q.end + 60).replace(/^\s*(?:xã|thôn|huyện|bản|ấp)(?![\p{L}])/iu, '')))
          Object.assign(fact, { role: 'context', why: 'places said by the former places they hold' });
      }
      // a count of places recognised again under the new criteria ("05 xã đã được thẩm định, tái công nhận đạt chuẩn", "27/41 xã đạt chuẩn
      // đã được … tái công nhận"): some of those that met the standard (lexicon: recognised-again)
      // (… for a count of places up to the standard — a rate of places up to the new set's standard counts them: "18/18 xã được rà soát, công
      // nhận lại đạt chuẩn theo Bộ tiêu chí … giai đoạn 2021 - 2025")
      // (… not a count the words before it say is all of the unit's, said to have met the standard before it was recognised again: "toàn tỉnh
      // có 36 xã đạt chuẩn … và được công nhận lại" — "toàn tỉnh có 12 xã được thẩm định, công nhận lại đạt chuẩn" counts those recognised)
      if (placesCounted() && !matched.unit.includes('%') && !(WHOLE_OF_UNIT.test(c.text.slice(lastBoundary(c.text, q.start), q.start)) && METS_FIRST.test(c.text.slice(q.end, q.end + 80))) && RECOGNISED_AGAIN.test(blankBrackets(c.text.slice(q.end, q.end + 80))))
        Object.assign(fact, { role: 'context', why: 'a count of those recognised again' });
      // … or of the places where a thing met its standard ("hệ thống điện đạt chuẩn ở 13/13 xã" — lexicon: standard-met-at)
      else if (placesCounted() && STANDARD_MET_AT.test(c.text.slice(lastBoundary(c.text, q.start), q.start)))
        Object.assign(fact, { role: 'context', why: 'the places where a thing met its standard' });
      // a figure counted by an earlier set of criteria ("Xã đạt 19/19 tiêu chí theo Bộ tiêu chí giai đoạn 2016-2020"): that set's, no result
      const setSpan = fact.role === 'result' ? SET_SPAN_AFTER.exec(c.text.slice(q.end, nextBoundary(c.text, q.end) + 80).split(/[,;]/u)[0]) : null;
      if (setSpan && Number(setSpan[1]) < periodFrom) Object.assign(fact, { role: 'baseline', why: `a set of criteria of ${setSpan[1]}` });
      // a count of places that reached the standard in the phase before ("02 xã đã đạt chuẩn ở giai đoạn trước là Hòa Sơn và Lâm Sơn hiện đạt
      // lần lượt 18/19 và 17/19 tiêu chí"): that time's, not how many meet it now
      // (… or a rate of them, "21/21 xã của huyện đã được công nhận đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn trước" — nxo05)
      // (… unless the clause goes on to say they hold it now, "… giai đoạn trước đã được công nhận lại …", "… và tiếp tục duy trì, giữ vững đến
      // nay": a rate of them is today's — lexicon: standard-kept-now; review-53 E2, E7, E8)
      const keptNow = () => {
        const phase = /giai đoạn trước/iu.exec(c.text.slice(q.end));
        return !!phase && STANDARD_KEPT_NOW.test(c.text.slice(q.end + phase.index + phase[0].length));
      };
      if (fact.role === 'result' && (q.kind === 'number' || (q.kind === 'fraction' && !keptNow())) && EARLIER_PHASE.test(c.text.slice(q.end, q.end + 100))) Object.assign(fact, { role: 'baseline', why: 'reached in the phase before' });
      // a count of places recognised within a span ("Các xã được công nhận trong 6 tháng đầu năm 2025 gồm: 09 xã đạt chuẩn NTM nâng cao",
      // "Trong năm 2024, huyện có 03 xã được công nhận"): the span's new ones, not how many there are
      if (fact.role === 'result' && q.kind === 'number' && !matched.unit.includes('%') && !DIFFERENCE_WORDS.test(matched.label) && (recognisedWithin(c.text, q, periodFrom) || saidNew(text.slice(from, c.start + q.start))))
        Object.assign(fact, { role: 'context', why: CHANGE });
      // "trong 39 xã đã đạt chuẩn, có 26 xã đạt chuẩn từ giai đoạn trước …": a count of some of a whole said first that names the same
      // indicator is a part of that whole (not "Trong số 18 xã của huyện, có 10 xã đạt chuẩn", the level among all the places)
      const whole = fact.role === 'result' && q.kind === 'number' ? WITHIN_WHOLE.exec(c.text.slice(Math.max(0, q.start - 100), q.start)) : null;
      if (whole && mentions(matched, normalize(`${q.unit} ${whole[1]}`)) && !excluded(matched, normalize(whole[1]))) Object.assign(fact, { role: 'context', why: 'a part of the whole before' });
      // "… nước sạch đạt 98,3%, trong đó sử dụng nước sạch từ công trình cấp nước tập trung đạt 46,8%": after "trong đó", a figure of the
      // indicator the figure before it gives is a part of that figure, not the indicator's own
      if (fact.role === 'result' && owner?.fact?.role === 'result' && owner.ind === matched && owner.fact.quantity && owner.fact.quantity.end <= q.start && BREAKDOWN.test(c.text.slice(owner.fact.quantity.end, q.start)))
        Object.assign(fact, { role: 'context', why: 'a part of the figure before' });
      out.push(fact);
      owner = { ind: matched, fact };
      // result over target, as lists write them ("41/38 xã", "86,2%/80%"; "(kết quả/mục tiêu)"): a count cannot exceed its
      // whole, and a share has no share — the figure after the slash is the target the result is held against
      const over = fact.role === 'result' ? resultOverTarget(c.text, q, matched) : undefined;
      if (over) out.push(make(matched, over, over.value, 'target'));
    }
    namedCounts(c, named, places, make, out, opts.unit.level);
  }
}

/** How far into a sentence's opening a frame of targets is looked for (it must start within its first 12 characters, or after the plan's name). */
const FRAME_WINDOW = 320;
/** The groups of places, compiled once. */
const PLACE_GROUPS_SET = compile(PLACE_GROUPS);
/** The last result counted in a clause before a position (not a share): the figure a margin after it is said of. */
function lastCountIn(out: Fact[], paragraph: number, clause: string, before: number): Fact | undefined {
  const text = clause.trim();
  // (the clause's facts gathered as they come, remembered while it is read: a clause of many figures is not searched again for each)
  let c = clauseFacts.get(out);
  if (!c || c.paragraph !== paragraph || c.text !== text) {
    c = { paragraph, text, scanned: out.length, facts: [] };
    // (its facts so far are the last ones made: the clauses are read in turn)
    for (let k = out.length - 1; k >= 0 && out[k].paragraph === paragraph && out[k].text === text; k--) c.facts.push(out[k]);
    c.facts.reverse();
    clauseFacts.set(out, c);
  } else {
    for (let k = c.scanned; k < out.length; k++) if (out[k].paragraph === paragraph && out[k].text === text) c.facts.push(out[k]);
    c.scanned = out.length;
  }
  for (let k = c.facts.length - 1; k >= 0; k--) {
    const f = c.facts[k];
    if (f.role === 'result' && f.quantity && f.quantity.kind !== 'percent' && f.quantity.end <= before) return f;
  }
  return undefined;
}
const clauseFacts = new WeakMap<Fact[], { paragraph: number; text: string; scanned: number; facts: Fact[] }>();

/** The source plan named right after a figure as its owner: "1,5%/năm của Nghị quyết", "75 xã của Kết luận". */
const SOURCE_OWNS = /^\s*(?:của|theo)\s+(?:nghị quyết|kết luận|chương trình hành động)(?![\p{L}])/iu;
/** A share of the target right before a bracket: "bằng 90,9% mục tiêu Kết luận (", "đạt 95% kế hoạch (". */
const SHARE_OF_TARGET_BEFORE = /(?:bằng|đạt|chiếm)\s+\d[\d.,]*\s*%\s+(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)[^()\d]{0,40}\s*$/iu;
/** Whether the figure at `at` stands in a bracket right after a plan's name, among what the plan sets. */
function bracketOfPlan(text: string, at: number): boolean {
  const open = openBracket(text, at);
  if (open < 0) return false;
  const lead = text.slice(Math.max(0, open - 170), open + 1);
  if (PLAN_THEN_BRACKET.test(lead) && !DONE_IN_BRACKET.test(text.slice(open, at))) return true;
  const from = Math.max(0, open - 170);
  const bound = TARGET_THEN_BOUND.exec(text.slice(from, at));
  // (what was done is said after the bound's words, "(có ít nhất 38 xã …" sets it; a figure right after "đạt" is the result: "(ít nhất 70%,
  // đạt 72,4%)")
  return !!bound && bound.index + bound[0].length > lead.length - 1 && !DONE_IN_BOUND_BRACKET.test(text.slice(from + bound.index + bound[0].length, at)) && !/(?<![\p{L}])(?:đạt|thực hiện|còn)\s*$/iu.test(text.slice(open, at));
}
/** A plan named right after a target's figure: "72% của Kế hoạch số 52-KH/HU", "70% theo Nghị quyết số 16-NQ/TU". */
const PLAN_NAMED_AFTER = new RegExp(String.raw`^\s*(?:của|theo|tại)\s+(?:${PLAN_KINDS})(?![\p{L}])[^,;()]{0,40}`, 'iu');
/** A count's unit that is a place: "xã", "thôn", "huyện", "bản", "ấp". */
const PLACE_UNIT = /^(?:xã|thôn|huyện|bản|ấp)$/u;
/**
 * Whether a figure is the level a change starts from: "từ" right before it, and further on in its clause "lên", "xuống (còn)" or
 * "còn" and a figure of the same unit ("tăng từ 69 xã … lên 77 xã", "giảm từ 9,86% (cuối năm 2021) còn 7,95%") — not a range
 * reached ("đạt từ 15 đến 18 tiêu chí").
 */
function changeStartsAt(text: string, q: Quantity): boolean {
  if (!FROM_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
  const rest = text.slice(q.end, q.end + 160);
  const to = CHANGE_TO.exec(rest.split(';')[0]);
  if (!to) return false;
  const next = extractQuantities(rest.slice(to.index + to[0].length - 1))[0];
  return !!next && next.start === 0 && next.unit === q.unit;
}
const FROM_BEFORE = /(?<![\p{L}])từ\s*$/iu;
const CHANGE_TO = /(?<![\p{L}])(?:lên|xuống(?:\s+còn)?|còn)\s+(?:mức\s+)?\d/iu;

/** Whether the bracket a count stands in also gives a fraction of the count's things whose whole is another figure: results, not a target. */
function resultsInBracket(text: string, open: number, q: Quantity): boolean {
  const close = text.indexOf(')', open);
  if (close < 0) return false;
  return extractQuantities(text.slice(open + 1, close)).some((x) => x.kind === 'fraction' && x.unit === q.unit && !!x.den && x.den.value !== q.value);
}

/** How far back before a clause an as-of date is looked for (a bounded look keeps a sentence of many clauses linear). */
const AS_OF_BACK = 400;

/** "không có xã nào", "không còn thôn nào": none at all of the places counted. */
const NONE_AT_ALL = /(?<![\p{L}])không\s+(?:có|còn)\s+(?:xã|thôn|huyện|bản|ấp|đơn vị)\s+nào(?![\p{L}])/iu;
/** A clause that opens on the whole province and what it is to have: "toàn tỉnh có tối thiểu 70 xã …", "cả tỉnh có …". */
const PROVINCE_HAS = /^\s*(?:[-–+•]\s*)?(?:toàn|cả)\s+tỉnh\s+(?:phấn đấu\s+)?có\s/iu;
/** … or the province the subject of a target its clause names: "Kết luận đề ra mục tiêu toàn tỉnh có tối thiểu 70 xã …" (nze01). */
const TARGET_PROVINCE_HAS = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu)\s+(?:(?:đến|tới)\s+năm\s+\d{4}\s+)?(?:là\s+)?(?:toàn|cả)\s+tỉnh\s+(?:phấn đấu\s+)?có\s[^,;]*$/iu;
/** Before a target's words, a document of another kind than the plan the pack transcribes ("Đề án … của Tỉnh ủy đặt mục tiêu …"), or a province
 * by its name (group 1: the name) — review-60 C3, C9. */
const OTHER_TARGET_MAKER = /(?<![\p{L}])(?:[Đđ]ề án|[Kk]ế hoạch|[Qq]uyết định)(?![\p{L}])|(?<![\p{L}])tỉnh\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)/u;
/**
 * Whether a lead lists kinds side by side, one a keyword of the indicator that the figure's own words say, the one beside it (after "," or
 * "và") a word the indicator leaves out: "Đối với xã NTM nâng cao, kiểu mẫu, …" for "70 xã đạt chuẩn NTM nâng cao" (nze01).
 */
function listsKinds(ind: Indicator, lead: string, own: string): boolean {
  const chunks = lead.split(/\s*,\s*|\s+và\s+/u).map((x) => normalize(x)).filter(Boolean);
  const kinds = ind.keywords.map((k) => normalize(k)).filter((k) => own.includes(k));
  const outs = ind.exclude.map((k) => normalize(k));
  const ends = (x: string, k: string) => x === k || x.endsWith(` ${k}`);
  const opens = (x: string, k: string) => x === k || x.startsWith(`${k} `);
  return chunks.some((x, i) => i + 1 < chunks.length && ((kinds.some((k) => ends(x, k)) && outs.some((k) => opens(chunks[i + 1], k))) || (outs.some((k) => ends(x, k)) && kinds.some((k) => opens(chunks[i + 1], k)))));
}
/** Whether the words before a clause's target name its maker as the plan the pack transcribes: no other kind of document, no province
 * but the pack's own by name. */
function ownTargetMaker(before: string, issuers: string[]): boolean {
  const words = before.slice(0, before.search(/(?<![\p{L}])(?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu) + 1 || undefined);
  for (const m of words.matchAll(new RegExp(OTHER_TARGET_MAKER.source, 'gu'))) if (!m[1] || !issuers.some((x) => x.includes(m[1]))) return false;
  return true;
}
/**
 * "trong 13 xã đã được công nhận đạt chuẩn, chỉ có 05 xã giữ được 19/19 tiêu chí": a count of places after "trong", set apart by what they
 * reached or lost or by their kind (lexicon group-by-status, subgroup-of-places), is the set the figures after it are taken among — no figure
 * of its own (nze02). Not "trong 43 xã hiện đạt chuẩn, có 41 xã giữ vững …", the unit's count now, nor a share ("Trong 96,4% hộ dân …") —
 * review-60 A2, A14. Returns the "trong" as a where-word's hit.
 */
function amongGroup(left: string, text: string, q: Quantity): { start: number; end: number } | undefined {
  if (q.kind !== 'number' || !(q.unit in PLACE_RANKS || SETTLEMENT_WORDS.includes(q.unit))) return undefined;
  const m = /(?<![\p{L}])trong\s*$/iu.exec(left);
  if (!m) return undefined;
  return setApart(/^[^,;:.()\d]*/u.exec(text.slice(q.end))![0]) ? { start: m.index, end: m.index + m[0].trimEnd().length } : undefined;
}
/** A bare count a noun of time follows: a span ("6 tháng đầu năm", "sau 3 năm", "2 quý"), no figure of an indicator (lexicon: span-noun). */
const spanCount = (text: string, q: Quantity) => q.kind === 'number' && !q.unit && SPAN_NOUN.test(text.slice(q.end));
/** Before a place that opens its sentence (its digits taken out): a short lead that names no place, as a time does ("Năm 2024, ", "Đến nay, ", "Trong 6 tháng đầu năm 2024, ", "Ngày 15/3/2024, "), or a word that sets it apart ("Riêng "). */
const OPENS_WITH_TIME = /^[\s\-–—+•*]*(?:\p{Lu}?[^,;:\p{Lu}]{0,40},\s*|(?:[Tt]rong\s+)?[Nn]ăm\s+)?(?:(?:[Rr]iêng|[Cc]òn|[Tt]ại|[Ởở]|[Đđ]ối với)\s+)?$/u;
/** The noun of each level, as PLACE_RANKS knows it. */
const LEVEL_NOUN: Record<PlaceLevel, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };

/** The words with the noun of the report's level blanked where it stands alone at their end, reaching a figure: the unit itself. */
function unitNounBlanked(words: string, level: string | undefined): string {
  const m = words.includes('đạt') ? UNIT_NOUN_REACHES.exec(words) : null;
  if (!m || LEVEL_NOUN[level as PlaceLevel] !== m[1].toLowerCase()) return words;
  const at = m.index + m[0].indexOf(m[1]);
  return words.slice(0, at) + ' '.repeat(m[1].length) + words.slice(at + m[1].length);
}
/** A sentence that opens on the unit by its level's noun alone, no name after it: "Huyện có …", "Là huyện …", "Trên địa bàn huyện …". */
const UNIT_OPENS = Object.fromEntries(
  Object.entries(LEVEL_NOUN).map(([level, noun]) => [level, new RegExp(`^\\s*(?:[-–+•]\\s*)?(?:[Ll]à\\s+)?(?:[Tt]rên địa bàn\\s+|[Tt]oàn\\s+)?(?:${noun}|${noun.charAt(0).toUpperCase()}${noun.slice(1)})(?![\\p{L}])(?!\\s+\\p{Lu})`, 'u')]),
) as Record<PlaceLevel, RegExp>;
/** The first comma from a position that parts words — no decimal comma ("46,8"), none inside brackets; the text's length if none. */
function firstComma(text: string, from: number): number {
  for (let k = from, depth = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && !depth && !(/\d/u.test(text[k - 1] ?? '') && /\d/u.test(text[k + 1] ?? ''))) return k;
  }
  return text.length;
}
const OPENS_SENTENCE = /^[\s\-–—+•*]*(?:(?:riêng|còn|tại|ở|đối với|riêng đối với|trong đó|trong đó riêng)\s+)?$/iu;
/** A colon right after a place's name (its "(cũ)" aside): the place leads what follows. */
const LEADS_WITH_COLON = /^\s*(?:\([^()]*\)\s*)?:/u;
/** A place named as a subject ("huyện Thái Thụy …"): a count may be given by naming. */
const PLACE_NAMED = /(?:[Hh]uyện|[Xx]ã|[Tt]hôn)\s+\p{Lu}/u;
/**
 * A clause that opens on the base: "Tại thời điểm ban hành Nghị quyết …," "Năm gốc 2020," — not one that counts from it
 * or compares with it ("Từ thời điểm ban hành … đến nay", "So với thời điểm ban hành …, đến nay", "Tính đến thời điểm …").
 */
function opensOnBase(head: string): boolean {
  const hit = BASELINE_WORDS.find(head);
  // (a few words set off by a comma may lead in: "Để so sánh, tại thời điểm ban hành Kết luận (tháng 7/2021), toàn tỉnh có …")
  // (… or the plan that was issued then, saying what it found up to that time: "Kết luận đánh giá đến thời điểm ban hành có 69 xã … nâng cao
  // (40,6%), 18 xã … kiểu mẫu" — not "Tính đến thời điểm báo cáo", now)
  const issued = !!hit && hit.phrase.includes('ban hành') && ISSUED_LEAD.test(head.slice(0, hit.start));
  return !!hit && (issued || /^\s*(?:[^,\d]{1,24},\s*)?(?:(?:tại|vào|ở)\s+)?$/iu.test(head.slice(0, hit.start))) && !/^(?:so với|từ mức)/iu.test(hit.phrase) && !/(?<![\p{L}])(?:đến nay|hiện nay|tính đến)(?![\p{L}])/iu.test(head) && (issued || !/(?<![\p{L}])đến thời điểm(?![\p{L}])/iu.test(head));
}

/** Words that give a figure the whole unit after a frame of some of its places: "toàn huyện", "cả tỉnh", "nâng tổng số". */
const WHOLE_IN_CLAUSE = /(?<![\p{L}])(?:(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thị xã|thành phố)|nâng\s+tổng)(?![\p{L}])/iu;

/** "…, nâng tổng số (xã …) lên", "nâng tổng diện tích … lên": what follows is the running total. */
const RUNNING_TOTAL = /nâng\s+tổng(?:\s+số)?(?:\s+[^;]{0,80}?)?\s+lên\s*(?:thành\s*)?$/iu;

/**
 * The rates of households the report names, in a sentence of text or a table's cell ("Tỷ lệ hộ dân nông thôn sử dụng nước sạch"): where
 * it names one, a rate of people of the same thing ("tỷ lệ dân số nông thôn được sử dụng nước sạch") is another measure; where it names
 * none, a rate of people is the writer's figure of the rate.
 */
function householdRates(doc: DocModel, indicators: Indicator[]): Set<string> {
  const out = new Set<string>();
  const rates = indicators.filter((ind) => ind.unit === '%' && ind.of?.includes('hộ'));
  if (!rates.length) return out;
  for (const p of doc.paragraphs) {
    if (!HOUSEHOLD_RATE.test(p.text)) continue;
    // (… given as a result: a figure said, no plan — "tỷ lệ hộ … còn thấp", "Phấn đấu đến năm 2025 tỷ lệ hộ … đạt 98%" give none; a table's
    // cell, its row's label, does)
    for (const sentence of p.text.split(/[.;](?:\s|$)/u)) {
      // (a claim against the target in the same sentence, "… là 91,6%, chưa đạt mục tiêu 98%", still gives the result)
      if (!HOUSEHOLD_RATE.test(sentence) || (!p.cell && (!/\d\s*%/u.test(sentence) || PLAN_WORDS.test(sentence)))) continue;
      const norm = normalize(sentence);
      for (const ind of rates) if (mentions(ind, norm)) out.add(ind.id);
    }
  }
  return out;
}
/** Right before a rate, the target of the plan the pack transcribes, by its kind, and its year: "mục tiêu Nghị quyết đến năm 2025 là ". */
const SOURCE_PLAN_RATE = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu)\s+(?:của\s+)?(?:nghị quyết|nq|chương trình hành động|cthđ|kết luận)(?:\s+(?:đề ra|đặt ra))?(?:\s+(?:đến|vào)\s+(?:cuối\s+|hết\s+)?năm\s+(20\d\d))?\s*(?:là|đề ra|đặt ra|:|\()\s*(?:(?:tối thiểu|ít nhất|trên|từ)\s+)?$/iu;
/** The plan the pack transcribes named by its kind alone (no number, no maker: "Nghị quyết số 05-NQ/ĐU", "Nghị quyết số 25/2021/QH15" are
 * others'), its year, if said, the target's own (not an interim one — review-49b D8–D10, D17). */
function planRateOfPack(before: string, year: number): boolean {
  const m = SOURCE_PLAN_RATE.exec(before);
  return !!m && (!m[1] || Number(m[1]) === year);
}
/** A plan named with its maker right before a target: "Chương trình hành động của tỉnh đề ra (", "Nghị quyết của Tỉnh ủy là ". */
const PLAN_OF_MAKER = /(?:chương trình hành động|nghị quyết|kế hoạch|kết luận|đề án)(?:\s+[^\s\d,;()]+){0,3}?\s+của\s+(?:tỉnh|huyện|thành phố|tỉnh ủy|huyện ủy|ubnd tỉnh|ubnd huyện)(?:\s+(?:đề ra|giao|đặt ra|là))?\s*(?:\(\s*|:\s*)?$/iu;

/** Whether the clause before a figure says it was counted before a date (lexicon: counted-before-date) on or before the period's first day. */
function countedBeforeStart(head: string, periodStart: string | undefined): boolean {
  const m = periodStart ? COUNTED_BEFORE_DATE.exec(head.slice(-80)) : null;
  const at = m ? isoDay(Number(m[4]), Number(m[2] ?? m[3]), m[1] ? Number(m[1]) : 1) : undefined;
  return !!at && at <= periodStart!;
}

/**
 * A clause that opens on the time compared with, then what stood then: "So với năm 2020, khi xã mới có …", "So với năm 2020, xã chỉ có …",
 * "So với năm 2019, trước khi sáp nhập thôn, huyện có 29/47 thôn …" (nvz01) — none past words of now or of a change before the figure,
 * "…, đến nay đã có 96/112 thôn", "…, đã tăng từ 61,3% lên 70,8%" (review-46 A4, A6, A11) — words of a change only as a change is said,
 * not "tăng trưởng", "tăng cường", "lên phương án" (review-46d A1–A3).
 */
const WHEN_BEFORE = /^\s*so với\s+(?:năm\s+|cuối năm\s+)?((?:19|20)\d\d)\s*,\s*(?![^;]*(?:đến nay|hiện nay|hiện tại|(?<![\p{L}])nay(?=\s+(?:đã|có|là|đạt))|(?<![\p{L}])(?:tăng|giảm)(?=\s+(?:từ|lên|xuống|còn|thêm|được|\d))|(?<![\p{L}])lên(?=\s+(?:\d|mức|thành))))(?:(?:trước\s+)?(?:khi|lúc|thời điểm)\s|(?![^;\d]*(?:đến nay|hiện nay|hiện tại))[^;\d]{0,40}?(?<![\p{L}])(?:chỉ|mới)\s+(?:có|đạt)(?![\p{L}]))[^;]*$/iu;

/**
 * A change said against an earlier time right after a figure, then a claim on the source's target up to `end` ("…, tăng 05 xã so với
 * thời điểm ban hành Kết luận, hoàn thành chỉ tiêu Kết luận đề ra") — not on a plan, the unit's own or a year's.
 */
function changeThenSourceClaim(text: string, from: number, change: Quantity, end: number): boolean {
  const rest = text.slice(change.end, end).split(';')[0];
  // (… the claim the same subject's next predicate: not one after a new subject, "…, riêng tỷ lệ lao động … có bằng cấp, chứng chỉ chưa đạt
  // mục tiêu", "…, song tỷ lệ diện tích … tưới … chưa đạt", nor one of the pace, "nhưng mức tăng còn chậm" — review-54c C4, C5, C6)
  const claimAt = Math.min(CLAIM_NOT_MET.find(rest)?.start ?? Infinity, CLAIM_MET.find(rest)?.start ?? Infinity);
  if (NEW_SUBJECT.test(rest.slice(0, claimAt === Infinity ? rest.length : claimAt))) return false;
  return !!DIFFERENCE_WORDS.findLast(text.slice(Math.max(from, change.start - 16), change.start)) && COMPARED_WITH.test(text.slice(change.end, change.end + 40)) && SOURCE_PLAN.test(rest) && !OWN_PLAN.test(rest) && !/kế hoạch/iu.test(rest);
}

/** Words that open a new subject or speak of the pace, after a change and before a claim. */
const NEW_SUBJECT = /(?<![\p{L}])(?:riêng|tỷ lệ|tỉ lệ|số|mức tăng|mức giảm|tốc độ|trong khi)(?![\p{L}])/iu;

/** Why a count of the change is context. */
const CHANGE = 'a change, not the level';

/**
 * "Chỉ tiêu tỷ lệ lao động … đạt 66,8% (…), … nhưng chưa đạt mục tiêu 70% của Nghị quyết": "chỉ tiêu" names the indicator, "đạt" gives
 * what it reached — where the clause goes on to judge it against a target ("mục tiêu …", a claim), the figure is the result.
 */
function indicatorReached(left: string, after: string): boolean {
  const t = TARGET_WORDS.findLast(left);
  // (not a figure the bracket right after it names as the target: "Chỉ tiêu … đạt 49% (mục tiêu Nghị quyết đến năm 2025), đến … đạt 50,1%")
  if (/^\s*%?\s*\(\s*(?:là\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)/iu.test(after)) return false;
  return !!t && /^chỉ\s+tiêu$/iu.test(t.phrase) && /(?<![\p{L}])đạt\s*$/u.test(left) && (/(?<![\p{L}])mục tiêu(?![\p{L}])/iu.test(after) || CLAIM_MET.test(after) || CLAIM_NOT_MET.test(after));
}

/** Target words before a figure make it a target, unless what follows them says it was reached ("chỉ tiêu xã kiểu mẫu mới đạt 20/22 xã"). */
function targetBefore(left: string): boolean {
  const t = TARGET_WORDS.findLast(left);
  // (… or what is left to reach it: "chỉ tiêu đơn vị cấp huyện còn 01 đơn vị đang trong quá trình thẩm định")
  return !!t && !ACHIEVED_WORDS.test(left.slice(t.end)) && !REMAINING.test(left.slice(t.end));
}

/**
 * Whether a figure stands in one of the bare brackets after the goals' names in turn, two at least, that the clause then says were reached:
 * "các mục tiêu về xã nông thôn mới nâng cao (84 xã), xã kiểu mẫu (24 xã), huyện nâng cao (02 huyện) đều đạt và vượt" (nwu03).
 */
const REACHED_RUN = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu)\s+(?:(?:về|đối với|của)\s+)?((?:[^()\d;.]{1,60}?\(\s*\d[\d.,]*\s*\p{L}*\s*\)\s*(?:,|và)?\s*){2,8})(?:(?:đều|cũng|đã)\s+)*(?:đạt và vượt|đạt|vượt|hoàn thành)(?![\p{L}])/giu;
// (the runs of a text found once, not once per figure in it: a paragraph of thousands of brackets stays linear)
let runsOf: { text: string; runs: Array<[number, number]> } = { text: '', runs: [] };
function inReachedRun(text: string, at: number): boolean {
  if (!text.includes('(')) return false;
  if (runsOf.text !== text) {
    const runs: Array<[number, number]> = [];
    for (const m of text.matchAll(REACHED_RUN)) {
      const from = m.index + m[0].indexOf(m[1]);
      runs.push([from, from + m[1].length]);
    }
    runsOf = { text, runs };
  }
  return runsOf.runs.some(([from, to]) => at >= from && at < to);
}

/** The words before a bracket end on target words and, after them, only the plan's name: the bracket lists targets (lexicon: plan-reference). */
function targetsBracket(before: string): boolean {
  const t = TARGET_WORDS.findLast(before);
  return !!t && PLAN_REFERENCE.test(before.slice(t.end));
}

/** Between a year's figure and the next: ", năm 2022 là", "; năm 2023 đạt" (session 41, nuv01). */
const YEAR_NEXT = /^\s*(?:\([^()]*\)\s*)?[,;]\s*(?:và\s+)?(?:năm|cuối năm)\s+(?:19|20)\d\d\s+(?:là|đạt|có)\s*$/iu;
/** Between two figures of one series, times blanked: only "," "và" "lên" "xuống" "còn" "đến", "tại thời điểm". */
const SERIES_GLUE = /^[\s,]*(?:(?:và|lên|xuống|còn|đến|tới)\s*)?(?:(?:tại\s+)?thời\s+điểm|đến\s+ngày|năm)?\s*$/iu;
/** The sentence from its start to its end, a clause within it at `at`. */
const sentenceAround = (text: string, from: number, at: number) => {
  const end = text.slice(at).search(/[.!?](?=\s|$)/u);
  return text.slice(from, end < 0 ? text.length : at + end + 1);
};
/** Words of a span's average in a sentence: "bình quân", "trung bình" (its figure, not a year's, is the result). */
const SPAN_AVERAGE = /(?<![\p{L}])(?:bình quân|trung bình)(?![\p{L}])/iu;
/** After the last figure of a series, only its time: "tại thời điểm 30/6/2024", nothing. */
const SERIES_END = /^[\s,.]*(?:(?:tại\s+)?thời\s+điểm|đến\s+ngày|năm)?[\s,.]*$/iu;
/** Years and dates, to blank from the glue between figures. */
const YEARS_AND_DATES = /(?<!\d)(?:\d{1,2}\s*\/\s*)?(?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d(?!\d)/gu;
/** Between the level a change starts from and the level it reaches (brackets and years aside): "… năm 2020 lên ", "(…) xuống còn ". */
const CHANGE_REACHES = /^[^\d;]{0,40}?(?<![\p{L}])(?:lên|xuống(?:\s+còn)?|còn)\s*$/iu;