/**
 * conflicting-figures: the unit's own result for one indicator, at the same time, given with two
 * values that cannot both be right (84,9% in the text, 86,2% in the table). Estimates and hedged
 * figures ("ước", "khoảng", "trên") and figures of different years are not compared.
 */
import type { Rule } from './rule';
import { EARLIER_COLUMN, type Fact } from '../facts';
import { findDates } from '../dates';
import { roundingInterval } from '../numbers';
import { factExcerpt, formatFact } from './rule';
import { extractQuantities, type Quantity } from '../quantities';
import { AVERAGE_OF_SPAN, RESULTS_SUMMARY, SUBGROUP_OF_PLACES, setApart } from '../lexicon';
import { REWORKED_AFTER, AGAINST_BEFORE, COUNTS_IN, LEAVES_OUT } from '../lexicon/patterns';
import { UNIT_AS_WHOLE, WHOLE_OF_UNIT } from '../lexicon/patterns-scope';
import { AVERAGE_ROW } from '../lexicon/patterns-sums';
import { DESCRIPTIONS } from '../codes';

/** A text up to its first sentence's or clause's end (". ", ";"), found with one look, not a split of the whole. */
const firstSentence = (t: string) => {
  const m = SENTENCE_MARK.exec(t);
  return m ? t.slice(0, m.index) : t;
};
const SENTENCE_MARK = /[.;](?:\s|$)/u;
/** Whether two clauses of a paragraph stand in two of its sentences. */
function sentencesApart(paragraph: string, one: string, other: string): boolean {
  const i = paragraph.indexOf(one.trim());
  const k = paragraph.indexOf(other.trim());
  if (i < 0 || k < 0 || i === k) return false;
  const between = paragraph.slice(Math.min(i, k), Math.max(i, k) + 1);
  // (… the later opening on words that set it against the one before as the same measure — a contrast or another source: "Tuy nhiên, qua
  // giám sát …", "Theo số liệu của Cục Thống kê, …" — not a part of the unit, "Ở các xã vùng đồng bào …", "Đối với lao động nữ", nor
  // another time, "Cùng kỳ năm trước", nor a subject set apart, "Riêng …")
  // (… or in two clauses of one sentence, parted by ";": "Theo báo cáo của UBND huyện, … 72,4%; qua kiểm tra thực tế …, … chỉ đạt 68,9%")
  // (… and says the later figure is the unit's as a whole, "… của huyện chỉ đạt 68,9%": not "Tuy nhiên, tỷ lệ lao động nữ …", "Tuy nhiên, ở
  // các xã vùng cao, …", a part of it)
  // (… or, with no such opening, where both sentences name the unit as a whole: "Toàn huyện có 98/112 thôn đạt chuẩn … . Tỷ lệ thôn đạt
  // chuẩn … của huyện đạt 90,2%" — two figures of one whole)
  const later = paragraph.slice(Math.max(i, k));
  if (!/[.!?]\s+\p{Lu}|;/u.test(between) || !UNIT_AS_WHOLE.test(firstSentence(later))) return false;
  if (AGAINST_BEFORE.test(later)) return true;
  // (the earlier sentence, from its start: looked back for its mark, no further)
  let start = Math.min(i, k);
  while (start > 0 && !(/[.!?;]/u.test(paragraph[start - 1]) && /\s/u.test(paragraph[start] ?? ''))) start--;
  return UNIT_AS_WHOLE.test(paragraph.slice(start, Math.min(i, k)) + firstSentence(paragraph.slice(Math.min(i, k))));
}

/** A paragraph that opens on words saying it sums up the results, then a colon ("Một số kết quả chủ yếu: …"). */
const sumsUpResults = (text: string) => {
  const hit = RESULTS_SUMMARY.atStart(text.trimStart());
  // (… of the period: not a recap of an earlier one, "… giai đoạn trước", "trước khi ban hành Nghị quyết")
  return !!hit && /^\s*:/u.test(text.trimStart().slice(hit.end)) && !/giai đoạn trước|nhiệm kỳ trước|trước khi/iu.test(text);
};

/**
 * Whether two counts count the same things: "5 đơn vị" (district-level units, towns that completed the task among them) and "04/6 huyện"
 * (districts that met the standard) are two measures an indicator may share, not two figures of one.
 */
const COUNTED_PLACES = new Set(['đơn vị', 'huyện', 'xã', 'thôn']);
/** (… "đơn vị cấp huyện", "đơn vị hành chính cấp huyện" in prose count district-level units alike: "07/10 đơn vị cấp huyện đạt chuẩn,
 * hoàn thành nhiệm vụ …, trong đó 06 huyện đạt chuẩn" beside a table's "06 huyện" — nys01) */
const countedOf = (f: Fact) => (f.fromTable && UNITS_ROW.test(f.text) ? 'đơn vị' : /^đơn vị\s+(?:hành chính\s+)?cấp huyện(?![\p{L}])/iu.test(f.quantity?.unit ?? '') ? 'đơn vị' : f.quantity?.unit ?? '');
/** A table row that counts district-level units: "Đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ (đơn vị) | 5 | …". */
const UNITS_ROW = /^[^|]*\|?\s*(?:số\s+)?đơn vị cấp huyện|^[^|]*\(đơn vị\)/iu;
const sameCounted = (a: Fact, b: Fact) => {
  const [ua, ub] = [countedOf(a), countedOf(b)];
  // (… but the units take in the districts: fewer units than districts at one time cannot both be right — review-58c E2)
  if ((ua === 'đơn vị' && ub === 'huyện' && a.value < b.value) || (ub === 'đơn vị' && ua === 'huyện' && b.value < a.value)) return true;
  return !(ua && ub && ua !== ub && COUNTED_PLACES.has(ua) && COUNTED_PLACES.has(ub));
};
/** A figure read beside its own subject, with no hedge: two such that disagree cannot both be right. */
const firm = (f: Fact) => f.direct === true && !f.quantity?.qualifier && f.quantity?.kind !== 'range' && !subjectOfAnother(f);
/**
 * A count of places that have met the standard, then, in its own clause, what those places are still doing: "02 xã đã đạt chuẩn nông
 * thôn mới (Vạn Ninh, Tân Ninh) đang hoàn thiện các chỉ tiêu 17.6 và 17.8 để duy trì chuẩn" counts the communes that do it, some of
 * those up to standard (nwb01) — no figure of how many are.
 */
const subjectOfAnother = (f: Fact) => {
  const q = f.quantity;
  if (!q || q.kind !== 'number' || !COUNTED_PLACES.has(q.unit)) return false;
  const at = figureAt(f, q);
  if (at < 0) return false;
  // (… the count opening its clause, the subject: not "Toàn tỉnh hiện có 43 xã đã được công nhận … tiếp tục …", every one of them — review-46d
  // E4, E5)
  if (/\S/u.test(f.text.slice(0, at).split(/[,;:.]/u).pop() ?? '')) return false;
  const clause = /^[^,;:.]*/u.exec(f.text.slice(at + q.raw.length).replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length)))![0];
  return /^\s+đã\s+(?:đạt chuẩn|được công nhận)(?![\p{L}])[^\d]*?\s(?:đang|cần|phải|tiếp tục|chưa)\s+\p{L}/u.test(clause);
};
/**
 * What a bracket beside the indicator's words says the figure counts in or leaves out: "(tính cả diện tích cây cao su)", "(không tính cây
 * cao su)" — in a table's row, or in the words before a figure in the text. Two figures one of which leaves out what the other does not
 * are two measures, no figure given twice (review-61 B11).
 */
function asideOf(f: Fact): 'with' | 'without' | undefined {
  const words = f.fromTable || !f.quantity ? f.text : f.text.slice(Math.max(0, f.quantity.start - 120), f.quantity.start);
  const brackets = words.match(/\([^()]*\)/gu) ?? [];
  if (brackets.some((b) => LEAVES_OUT.test(b))) return 'without';
  if (brackets.some((b) => COUNTS_IN.test(b))) return 'with';
  return undefined;
}
const sameMeasure = (a: Fact, b: Fact) => {
  const [x, y] = [asideOf(a), asideOf(b)];
  return x === y || (x !== 'without' && y !== 'without');
};
function disagree(a: Fact, b: Fact): boolean {
  const ia = roundingInterval({ value: a.value, decimals: Math.max(a.quantity?.decimals ?? 0, a.quantity?.kind === 'fraction' ? 1 : 0) });
  const ib = roundingInterval({ value: b.value, decimals: Math.max(b.quantity?.decimals ?? 0, b.quantity?.kind === 'fraction' ? 1 : 0) });
  // (each interval is half-open, as rounding is: 24 xã stands for [23,5; 24,5), 23 xã for [22,5; 23,5) — they do not meet)
  return ia[1] <= ib[0] + 1e-9 || ib[1] <= ia[0] + 1e-9;
}

/** A fact read from a fraction whose whole is the other fact's count, some of them worked on again ("109/118 xã đã cập nhật …"). */
const partOf = (a: Fact, b: Fact) => {
  const q = a.quantity;
  if (q?.kind !== 'fraction' || !q.den || q.den.value !== b.value || a.indicator.unit === '%' || b.quantity?.den?.value === q.den.value) return false;
  // (… where the words after it say what was done to some of them: a plain "04/05 huyện đạt chuẩn" beside "05 huyện" is a second figure)
  const at = a.text.indexOf(q.raw);
  return at >= 0 && REWORKED_AFTER.test(a.text.slice(at + q.raw.length - (q.unit?.length ?? 0) - 1));
};
/** The fractions a fact's clause or row gives ("86/98"), as written. */
const fractionsOf = (f: Fact) => extractQuantities(f.text).filter((q) => q.kind === 'fraction' && q.num && q.den).map((q) => `${q.num!.value}/${q.den!.value}`);
/**
 * Two quotes of one fraction ("86/98 thôn (đạt 89,8%)" in the text, "86/98 thôn" in the table) give one figure: the wrong
 * percentage beside it is an arithmetic mismatch, said by that rule, not a second figure.
 */
function sameFraction(a: Fact, b: Fact): boolean {
  // (… nor does a fraction whose whole is the other figure: "có 109/118 xã đã cập nhật đạt chuẩn theo Bộ tiêu chí giai đoạn 2021 - 2025"
  // beside "118 xã đạt chuẩn" counts some of those 118)
  if (partOf(a, b) || partOf(b, a)) return true;
  if (a.quantity?.kind !== 'fraction' && b.quantity?.kind !== 'fraction') return false;
  const fa = fractionsOf(a);
  return fa.length > 0 && fractionsOf(b).some((x) => fa.includes(x));
}

/**
 * Two rates read from fractions of places over different wholes count different sets of places: "04/05 xã hình thành sau sắp xếp hoàn
 * thành thủ tục đạt chuẩn" beside "20/21 xã đạt chuẩn (95,2%)" is a share of the five communes formed by the merger, not a second figure of
 * the district's (nvz02). Only places are read so: households or people over two wholes may be one measure counted twice.
 */
/** Where a fact's figure stands in its text as written (its quantity's offsets are its clause's, before trimming); -1 where not found. */
const figureAt = (f: Fact, q: Quantity) => f.text.indexOf(q.raw);

/** Right before a fraction of villages, a count of the communes (or districts) they lie in, joined by "với" or "có": "Nhóm đã đạt chuẩn gồm
 * 04 xã với 28/28 thôn đạt chuẩn" counts those communes' villages (nwn02) — not "toàn 03 xã có 80/112 thôn", the whole unit's. */
const PLACES_WITH = /(?<![\p{L}\d.,/])(?<!(?:toàn|cả|tất cả)\s+)\d+\s+(?:xã|phường|thị trấn|huyện|thị xã)\s+(?:với|có)\s*$/u;
const villagesOfCounted = (f: Fact) => {
  const q = f.quantity;
  if (q?.kind !== 'fraction' || q.unit !== 'thôn') return false;
  const at = figureAt(f, q);
  const before = f.text.slice(0, at);
  // (… a group of the unit's places, "gồm" or "nhóm" before the count in its clause: not "Huyện có 14 xã có 90/112 thôn", the whole — review-48b D4, D9)
  return at > 0 && PLACES_WITH.test(before) && /(?<![\p{L}])(?:gồm|nhóm)(?![\p{L}])[^,;:]*$/iu.test(before);
};

function otherWholes(a: Fact, b: Fact): boolean {
  if (a.indicator.unit !== '%') return false;
  // (a fraction of the villages of places counted right before it is a share of theirs, beside any figure of the unit's: "… gồm 04 xã
  // với 28/28 thôn đạt chuẩn" beside "60/62 thôn … (96,8%)" — nwn02)
  if (villagesOfCounted(a) || villagesOfCounted(b)) return true;
  // (the figure's own fraction, or the one its share is given for, right before it: "20/21 xã … (95,2%)")
  const fraction = (f: Fact) => {
    const q = f.quantity;
    if (!q) return undefined;
    const at = figureAt(f, q);
    const own = q.kind === 'fraction' ? q : extractQuantities(f.text).filter((x) => x.kind === 'fraction' && x.end <= at && at - x.end < 80).pop();
    return own?.den && COUNTED_PLACES.has(own.unit) ? own : undefined;
  };
  const [fa, fb] = [fraction(a), fraction(b)];
  if (!fa || !fb || fa.den!.value === fb.den!.value) return false;
  // (… one of them saying which places it counts, in words of their own before its verb: "04/05 xã hình thành sau sắp xếp hoàn thành …"
  // — lexicon: subgroup-of-places; not where they lie or when, "06/08 thôn thuộc xã", "98/114 thôn trên toàn huyện", "92/104 thôn sau sáp
  // nhập": two wholes of the unit's own that disagree — review-39e A10, A11; review-46 C4, C5, C12)
  const group = (f: Fact, q: Quantity) => {
    const at = figureAt(f, q);
    const words = at < 0 ? '' : /^([^,;:.()\d]*?)\s(?:đạt|hoàn thành|được công nhận)(?![\p{L}])/u.exec(f.text.slice(at + q.raw.length))?.[1].trim() ?? '';
    return SUBGROUP_OF_PLACES.test(words);
  };
  return group(a, fa) || group(b, fb);
}

/**
 * A count of places given as a fraction of a group its paragraph counted before it: "có 31 xã đã đạt chuẩn giai đoạn trước bị giảm tiêu
 * chí …; đến nay đã có 23/31 xã hoàn thiện lại và được công nhận đạt chuẩn" is the group's, not a second count of the unit's (nyq01) — where
 * the other figure is no fraction of that same whole.
 */
function ofGroupBefore(f: Fact, other: Fact, paragraph: string): boolean {
  const q = f.quantity;
  if (q?.kind !== 'fraction' || !q.den || !COUNTED_PLACES.has(q.unit) || other.quantity?.den?.value === q.den.value) return false;
  const at = paragraph.indexOf(f.text);
  const figure = at < 0 ? -1 : figureAt(f, q);
  if (figure < 0) return false;
  // (… a group the words after its count describe, not the unit's places, "Toàn tỉnh có 188 xã; … 39/188 xã đạt chuẩn")
  const head = paragraph.slice(0, at + figure);
  return extractQuantities(head).some((x) => {
    if (x.kind !== 'number' || x.value !== q.den!.value || x.unit !== q.unit || x.qualifier) return false;
    // (… set apart by what they reached, lost or signed up for, or by the kind of place they are — lexicon group-by-status,
    // subgroup-of-places —, not by words of where or whose, "188 xã trên địa bàn", "188 xã thực hiện Chương trình" — review-57c C12–C18)
    const said = /^[^,;.:()\d]*/u.exec(head.slice(x.end))![0];
    const clause = head.slice(0, x.start).split(/[,;.]|trong đó/iu).pop() ?? '';
    return setApart(said) && !WHOLE_OF_UNIT.test(clause);
  });
}

/** A figure as the report writes it: a rate read from a fraction with the fraction, "19/20 xã (95,0%)", not a percentage it never writes (walk46). */
const shown = (f: Fact, lang: 'vi' | 'en' = 'vi') => (f.quantity?.kind === 'fraction' && f.indicator.unit === '%' && !f.fromTable ? `${f.quantity.raw} (${formatFact(f, lang)})` : formatFact(f, lang));

/** Every mention of the whole unit in a text (lexicon whole-of-unit). */
const WHOLE_OF_UNIT_ALL = new RegExp(WHOLE_OF_UNIT.source, 'giu');

export const conflictingFigures: Rule = {
  meta: {
    code: 'conflicting-figures', severity: 'warning', needs: ['facts'],
    description: DESCRIPTIONS['conflicting-figures'],
  },
  run(ctx) {
    // an undated result is the unit's result at the end of the period
    const end = Number(ctx.pack.period.to.slice(0, 4));
    const when = (f: Fact) => f.year ?? end;
    // the tables' firm figures of each indicator and year, results and earlier columns, grouped once for the check of an earlier year
    const tableByYear = new Map<string, Fact[]>();
    for (const t of ctx.facts) {
      if (!t.fromTable || t.year === undefined || !firm(t) || (t.why !== EARLIER_COLUMN && t.role !== 'result')) continue;
      const k = `${t.indicator.id}|${t.year}`;
      tableByYear.set(k, [...(tableByYear.get(k) ?? []), t]);
    }
    // how many figures of an indicator each table row gives, results and earlier columns, counted once
    const rowFigures = new Map<string, number>();
    const rowKey = (f: Fact) => `${f.indicator.id}|${f.paragraph}`;
    for (const f of ctx.facts) if (f.fromTable && (f.role === 'result' || f.why === EARLIER_COLUMN)) rowFigures.set(rowKey(f), (rowFigures.get(rowKey(f)) ?? 0) + 1);
    // the whole unit of the report's level named ("toàn tỉnh" in a province's or a department's report, "toàn huyện", "toàn xã")
    // (lexicon whole-of-unit, its noun the report's level's)
    const levelNouns = ctx.level === 'huyen' ? ['huyện', 'thị xã', 'thành phố'] : ctx.level === 'xa' ? ['xã'] : ctx.level ? ['tỉnh'] : [];
    const namesWholeUnit = (text: string) => [...text.matchAll(WHOLE_OF_UNIT_ALL)].some((m) => levelNouns.includes(m[0].toLowerCase().replace(/^(?:toàn|cả)\s+/u, '')));
    for (const [id, j] of ctx.judged) {
      const a = j.fact;
      // where results are given: a table, the indicator's own section and what follows it (the general
      // assessment restates them); an overview before it cites anyone's figures
      const m = a.indicator.section ? ctx.matches.find((x) => x.flat.section.id === a.indicator.section) : undefined;
      const home = m ? ctx.spanOf(m) : null;
      // (… but a paragraph that says it sums up the unit's own results, "Một số kết quả chủ yếu: …", restates them — lexicon:
      // results-summary)
      // (… the heading's own paragraph too where the heading runs into its text: "1. Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu: …,
      // tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%")
      const runInAt = m?.heading?.runIn !== undefined ? m.heading.paragraph : -1;
      // (… and an overview's figure the writer dates to the period's very end, said of the whole unit of the report's level: "Tính đến ngày
      // 30/6/2024, toàn tỉnh có … 36 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu (6,8%)" in a department's report is the province's result then —
      // session 56, nyg04)
      const atEnd = (f: Fact) => namesWholeUnit(f.text) && findDates(f.text).some((d) => d.iso === ctx.pack.period.to);
      const placed = (f: Fact) => f.fromTable || !home || f.paragraph >= home[0] || f.paragraph === runInAt || sumsUpResults(ctx.doc.paragraphs[f.paragraph]?.text ?? '') || atEnd(f);
      // a figure updated after the period ("Cập nhật thêm: tính đến ngày 15/7/2025, … 07 xã") is of another time (and
      // out-of-period says so)
      // (any date after the period in the clause: "hiện còn 04 xã đang hoàn thiện …, dự kiến trình công nhận trong tháng 7/2025")
      const late = (f: Fact) => !f.fromTable && findDates(f.text).some((d) => d.iso > ctx.pack.period.to);
      if (!firm(a) || !placed(a)) continue;
      if (late(a)) continue;
      // (a yearly average is the period's, whenever its last year: "bình quân giảm 2,54%/năm" from 2021 to 2023 and an undated
      // "bình quân mỗi năm giảm 2,1%" give the same thing)
      const from = Number(ctx.pack.period.from.slice(0, 4));
      // (… both written in prose as averages: a table's year column gives one year's change)
      // (… or a rate given per year in prose over a span: "bình quân giai đoạn 2021-2023 đạt 3,8%/năm")
      const average = (f: Fact) => !f.fromTable && !!f.quantity && (AVERAGE_OF_SPAN.test(f.text.slice(Math.max(0, f.quantity.start - 30), f.quantity.start)) || (f.quantity.kind === 'per-year' && /bình quân[^,;.]{0,30}(?:giai đoạn|\d{4}\s*[-–]\s*\d{4})/iu.test(f.text.slice(Math.max(0, f.quantity.start - 60), f.quantity.start))));
      // (… and a yearly rate in a table's column of one year is that year's change, not the average over a span the prose gives: "bình
      // quân giảm 1,77%/năm" from 2021 to 2023 and "TH năm 2023 | 1,69" — 5,61% to 3,92% — are two measures)
      // (… for every indicator of an average: "Tốc độ tăng trưởng bình quân …" in % as much as a reduction in %/năm)
      const ofAverage = a.indicator.unit === '%/năm' || /bình quân/iu.test(a.indicator.label);
      // (… unless the row's own label says it gives the average, "Mức giảm tỷ lệ hộ nghèo đa chiều bình quân | %/năm | 1,5 | - | 2,53", in a
      // column up to a date: that is the prose's average given again — lexicon: average-row; session 37, nta01)
      // (… the row's one figure of the indicator, not one per year, "| Tỷ lệ hộ nghèo đa chiều giảm bình quân (%/năm) | 2,1 | 1,9 | 1,7 | 0,9",
      // each a year's — review-37b D3; its label the first cell of words, not a sub-row's letter, "a | Mức giảm … bình quân" — D9)
      const rowOfAverages = (t: Fact) => AVERAGE_ROW.test(t.text.split('|').find((cell) => /\p{L}{2}/u.test(cell)) ?? '') && rowFigures.get(rowKey(t)) === 1;
      const oneYearAndSpan = (o: Fact) => ofAverage && (a.fromTable ? !o.fromTable && average(o) && !rowOfAverages(a) : !!o.fromTable && average(a) && !rowOfAverages(o));
      const sameTime = (o: Fact) => !oneYearAndSpan(o) && (when(o) === when(a) || (a.indicator.unit === '%/năm' && (o.year === undefined || a.year === undefined) && [when(o), when(a)].every((y) => y >= from && y <= end) && average(a) && average(o)));
      // (a table row that gives the figure at two times, "Kết quả đến 20/6/2025 | Ước đến 30/6/2025": a quote of its earlier column
      // agrees with the row)
      const row = a.fromTable ? ctx.facts.filter((f) => f.fromTable && f.paragraph === a.paragraph && f.indicator === a.indicator && f !== a && f.why === EARLIER_COLUMN && f.year === a.year) : [];
      // (a fraction whose share, said right after it in its clause, gives the judged figure disagrees with itself, not with the rest:
      // "27.415/38.960 người, tỷ lệ … đạt 72,4%" — that is arithmetic-mismatch's)
      const agreesToo = (o: Fact) => o.quantity?.kind === 'fraction' && ctx.facts.some((f) => f !== o && f.indicator === a.indicator && f.paragraph === o.paragraph && f.text === o.text && f.role === 'result' && !!f.quantity && f.quantity.kind === 'percent' && f.quantity.start > o.quantity!.end && f.quantity.start - o.quantity!.end < 150 && !disagree(a, f));
      // (one paragraph may give a figure twice over, a fraction and its share — but two shares in two of its sentences are two figures: "UBND
      // tỉnh báo cáo tỷ lệ … đạt 74,1%. Tuy nhiên, qua giám sát …, tỷ lệ … của tỉnh chỉ đạt 71,3%")
      // (… or a rate's fraction and a share, each in a sentence of its own: "Toàn huyện có 98/112 thôn đạt chuẩn …. Tỷ lệ thôn đạt chuẩn … của
      // huyện đạt 90,2%")
      const rateFigure = (f: Fact) => f.quantity?.kind === 'percent' || (f.quantity?.kind === 'fraction' && f.indicator.unit === '%');
      // (… or one given in brackets right after the other as another office's figure: "72,6% (Phòng LĐ-TB&XH báo cáo 73,4%)")
      const apart = (o: Fact) => o.paragraph !== a.paragraph || !!(o.otherSource || a.otherSource) || (!a.fromTable && !o.fromTable && rateFigure(a) && rateFigure(o) && (a.quantity?.kind === 'percent' || o.quantity?.kind === 'percent') && sentencesApart(ctx.doc.paragraphs[a.paragraph]?.text ?? '', a.text, o.text));
      let b = j.others.find((o) => firm(o) && placed(o) && !late(o) && sameTime(o) && disagree(a, o) && apart(o) && !sameFraction(a, o) && row.every((r) => disagree(r, o)) && !agreesToo(o) && sameCounted(a, o) && sameMeasure(a, o) && !otherWholes(a, o) && !ofGroupBefore(o, a, ctx.doc.paragraphs[o.paragraph]?.text ?? '') && !ofGroupBefore(a, o, ctx.doc.paragraphs[a.paragraph]?.text ?? ''));
      // … or a figure the text dates to an earlier year than the judged one, against the tables' one figure of that year ("năm 2023 tỷ
      // lệ hộ dân sử dụng nước sạch đạt 99,1%" and "Năm 2023 | 98,6" in the indicator's row)
      let a2 = a;
      if (!b) {
        for (const o of j.others) {
          // (the text's figure dated by a year alone, not a day or a month of it: "Đến ngày 30/6/2023, … 97,9%" is no year's figure)
          if (o.fromTable || o.year === undefined || o.year >= when(a) || !firm(o) || !placed(o) || late(o) || findDates(o.text).length) continue;
          // (… the year said in the figure's own part of the sentence, not carried from another item of a list: "… thu nhập bình quân năm
          // 2023 gấp 1,51 lần …, tỷ lệ hộ dùng nước sạch 98,2%")
          const at = o.quantity?.start ?? 0;
          const own = o.text.slice(Math.max(o.text.lastIndexOf(',', at), o.text.lastIndexOf(';', at), 0), at);
          if (!own.includes(String(o.year))) continue;
          // (… and the tables give one figure for that year: "TH 6 tháng đầu năm 2023 | Ước TH năm 2023" are two, which is meant unknown)
          const cols = (tableByYear.get(`${a.indicator.id}|${o.year}`) ?? []).filter((t) => t.paragraph !== o.paragraph);
          const col = cols[0];
          if (col && cols.every((t) => !disagree(t, col)) && col.why === EARLIER_COLUMN && disagree(col, o) && !sameFraction(col, o) && !(ofAverage && average(o))) {
            [a2, b] = [col, o];
            break;
          }
        }
      }
      if (!b) continue;
      const [first, second] = a2.paragraph < b.paragraph ? [a2, b] : [b, a2];
      ctx.report({
        indicator: id, section: a.indicator.section, paragraph: second.paragraph, excerpt: factExcerpt(second),
        message: { vi: `${a.indicator.label}: báo cáo nêu ${shown(first)} và ${shown(second)}.`, en: `${a.indicator.label}: the report gives both ${shown(first, 'en')} and ${shown(second, 'en')}.` },
        suggestion: { vi: 'Thống nhất một số liệu trong toàn báo cáo.', en: 'Use one figure throughout the report.' },
      });
    }
  },
};
