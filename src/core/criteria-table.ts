/**
 * Verdicts in a table of criteria that give their own norm: "Tên tiêu chí | Yêu cầu chủ yếu | Kết quả | Tự đánh giá" with a row
 * "Môi trường | Tỷ lệ chất thải rắn … được thu gom, xử lý ≥ 90% | 87,5% | Đạt". The norm is the row's own (a bound written in a cell
 * before the result), so no indicator of the pack is needed: the verdict is read against it. Read only when the row leaves no
 * doubt: one bound, one figure of its unit in the result cell, a verdict in the assessment column.
 */
import { mergedRows, tables, type DocModel } from './model';
import { extractQuantities } from './quantities';
import { parseVnNumber, shareAgrees } from './numbers';
import { ASSESS_MET, ASSESS_NOT_MET, LOWER_BETTER, SHOULD_FALL, isOnly } from './lexicon';
import { columnHeaders, roleOf, tableBody } from './table-facts';
import { blankBrackets, normalize, rowLine } from './text';

export interface CriteriaClaim {
  paragraph: number;
  excerpt: string;
  /** What the verdict says: met ("Đạt") or not ("Chưa đạt"). */
  claim: 'met' | 'not-met';
  verdict: string;
  bound: string;
  result: string;
  /** The row's own norm ("≥ 90%"), or the figure of its target column ("Kế hoạch huyện đến năm 2020 | … | 95"). */
  against?: 'target';
  /** The target column is the unit's plan ("Kế hoạch 2021 - 2023", "KH năm 2024"): the message says "kế hoạch", not "mục tiêu". */
  plan?: boolean;
  /** The rows one merged verdict cell covers, when it covers several (each meets its norm). */
  merged?: number;
}

/** A bound written in a norm: "≥ 90%", "tối thiểu 80%", "≤ 5%", "dưới 3%", the last in the cell. */
export const BOUND = /(≥|>=|>|≤|<=|<|tối thiểu|ít nhất|từ|tối đa|không vượt quá|không quá|dưới|trên)\s*(\d[\d.,]*)\s*(%)(\s*trở (?:lên|xuống))?/giu;
/** Bounds from above ("≤ 5%", "dưới 3%", "từ 2% trở xuống"); the rest are from below. A bound is met on its edge ("trên 95%" as officials
 * write it is 95% or more), but for "<" and ">" written as signs. */
const AT_MOST = new Set(['≤', '<=', '<', 'tối đa', 'không vượt quá', 'không quá', 'dưới']);
const STRICT = new Set(['<', '>']);

/** Whether a value meets a bound matched by BOUND (groups: its word or sign, its figure, "%", "trở lên/xuống"). */
export function meetsBound(value: number, b: RegExpMatchArray): boolean {
  const limit = parseVnNumber(b[2])?.value ?? NaN;
  const atMost = AT_MOST.has(b[1].toLowerCase()) || /xuống/u.test(b[4] ?? '');
  const strict = STRICT.has(b[1]);
  return atMost ? (strict ? value < limit : value <= limit) : strict ? value > limit : value >= limit;
}

export function criteriaClaims(doc: DocModel): CriteriaClaim[] {
  const out: CriteriaClaim[] = [];
  for (const t of tables(doc)) {
    if (t.rows.length < 2) continue;
    const { nHead, body, width } = tableBody(t);
    const headers = columnHeaders(t, nHead, width).map((h) => h.join(' '));
    const roles = headers.map((h) => roleOf(h));
    // (an estimate's column may stand for the result where the assessment names its plan: "Ước năm 2023 | KH năm 2023 | … | Đánh giá
    // so với KH năm 2023")
    // (… or, no column named the result, the one rate beside a target of rates: "Tỷ lệ bao phủ BHYT (%) | Chỉ tiêu Nghị quyết HĐND tỉnh
    // giao (%) | Đánh giá" — walk57)
    const named = Math.max(roles.lastIndexOf('result'), headers.findIndex((h, j) => !roles[j] && /^\s*ước(?![\p{L}])/iu.test(h)));
    const resultCol = named >= 0 ? named : rateBesideTarget(headers, roles);
    // (an assessment that names what it is against reads as a ratio: "Đánh giá so với KH năm 2023")
    const assessCol = roles.findIndex((r, j) => r === 'assess' || (r === 'ratio' && /^\s*đánh giá/iu.test(headers[j] ?? '')));
    if (resultCol < 1 || assessCol <= resultCol) continue;
    // (one cell merged down over several rows judges them together: a "Đạt" is each row's, a "Chưa đạt" over tiêu chí 17's 17.1–17.3
    // says some part falls short — wrong only when every row meets its norm, said once on the first)
    const groupMet = new Map<number, boolean[]>();
    const firstOf = new Map<number, { bound: string; result: string }>();
    body.forEach((row, bi) => {
      const merged = mergedRows(t, bi + nHead, assessCol);
      const verdict = (merged ? t.rows[merged[0]][assessCol] ?? '' : row[assessCol] ?? '').trim().replace(/[.!]+$/u, '');
      const claim = isOnly(ASSESS_NOT_MET, verdict) ? 'not-met' : isOnly(ASSESS_MET, verdict) ? 'met' : undefined;
      if (!claim) return;
      if (merged && claim === 'not-met') {
        const met = groupMet.get(merged[0]) ?? [];
        groupMet.set(merged[0], met);
        const b = row.slice(0, resultCol).flatMap((c) => [...blankBrackets(c).matchAll(BOUND)]);
        const shares = extractQuantities(row[resultCol] ?? '').filter((q) => q.kind === 'percent');
        const limit = b.length === 1 ? parseVnNumber(b[0][2])?.value : undefined;
        const ok = limit !== undefined && shares.length === 1 && !shares[0].qualifier && meetsBound(shares[0].value, b[0]);
        met.push(ok);
        if (met.length === 1 && ok) firstOf.set(merged[0], { bound: b[0][0].trim(), result: shares[0].raw });
        const first = firstOf.get(merged[0]);
        if (met.length === merged.length && met.every(Boolean) && first) {
          const r0 = merged[0];
          out.push({ paragraph: t.rowFirst[r0] ?? t.first, excerpt: rowLine(t.rows[r0], t.covered[r0]), claim, verdict, ...first, merged: merged.length });
        }
        return;
      }
      // the norm: one bound in the cells before the result
      // (a bracket in the norm qualifies it: "100% (trường có trên 70% phòng học kiên cố)" is not bounded by the 70%)
      const bounds = row.slice(0, resultCol).flatMap((c) => [...blankBrackets(c).matchAll(BOUND)]);
      if (bounds.length === 0) {
        const plain = plainTarget(row, roles, resultCol, claim, headers[assessCol] ?? '', headers, verdict, named < 0);
        if (plain) out.push({ paragraph: t.rowFirst[bi + nHead] ?? t.first, excerpt: rowLine(row, t.covered[bi + nHead]), claim, verdict, ...plain });
        return;
      }
      if (bounds.length !== 1) return;
      const b = bounds[0];
      const limit = parseVnNumber(b[2])?.value;
      if (limit === undefined) return;
      // the result: the one share in its cell ("64,2/64,2 km (100%)" gives the 100%)
      const shares = extractQuantities(row[resultCol] ?? '').filter((q) => q.kind === 'percent');
      if (shares.length !== 1 || shares[0].qualifier) return;
      const value = shares[0].value;
      if (meetsBound(value, b) === (claim === 'met')) return;
      const r = bi + nHead;
      out.push({ paragraph: t.rowFirst[r] ?? t.first, excerpt: rowLine(row, t.covered[r]), claim, verdict, bound: b[0].trim(), result: shares[0].raw });
    });
  }
  return out;
}

/**
 * A row whose target column holds one plain figure and whose result column one figure of the same unit ("Tỷ lệ hộ dân … sử dụng
 * nước hợp vệ sinh (%) | 95 | 93,8 | Đạt"): the target is a floor, but for a row about something that should fall ("Tỷ lệ hộ nghèo",
 * "Số xã còn dưới 15 tiêu chí" — lexicon: lower-better), which is passed over. Only one target column, before the result.
 */
/** (`rateBeside`: the result is the rate found beside the target, which may stand before or after it — see rateBesideTarget.) */
function plainTarget(row: string[], roles: Array<string | undefined>, resultCol: number, claim: 'met' | 'not-met', assessHeader: string, headers: string[], verdict = '', rateBeside = false): { bound: string; result: string; against: 'target'; plan: boolean } | undefined {
  let targets = roles.flatMap((r, j) => (r === 'target' ? [j] : []));
  // an assessment column that names the plan it judges against ("Đánh giá so với KH năm 2023" beside "KH năm 2023 | KH năm 2024 |
  // Mục tiêu 2025"): that plan's column, and the result column of its year ("Ước năm 2023")
  // (… or by its year alone, the one plan column of that year: "Đánh giá so KH năm 2023" beside "Kế hoạch Giai đoạn 2021-2025 | Kế
  // hoạch Năm 2023")
  const yearOf = (h: string) => (SPAN.test(h) ? undefined : YEAR.exec(h)?.[0]);
  const assessYear = PLAN_WORD.test(assessHeader) ? yearOf(assessHeader) : undefined;
  let named = targets.filter((j) => (headers[j] ?? '').trim() && normalize(assessHeader).includes(normalize(headers[j])));
  if (!named.length && assessYear) named = targets.filter((j) => yearOf(headers[j] ?? '') === assessYear);
  if (targets.length > 1 && named.length === 1) {
    const year = YEAR.exec(headers[named[0]])?.[0];
    // (… a result or an estimate of it: "Ước năm 2023"; not a running total over years, "Lũy kế 2021-2023")
    const results = roles.flatMap((r, j) => ((r === 'result' || (!r && /^\s*ước(?![\p{L}])/iu.test(headers[j] ?? ''))) && year && (headers[j] ?? '').includes(year) && !SPAN.test(headers[j] ?? '') && !RUNNING.test(headers[j] ?? '') ? [j] : []));
    if (!year || results.length !== 1) return undefined;
    [targets, resultCol] = [named, results[0]];
  } else {
    // (a result column of an earlier year is the level the period starts from: "Thực hiện năm 2020 | Kế hoạch đến năm 2023 | Ước thực
    // hiện đến 31/12/2023 | Đánh giá")
    const resultYear = Number(YEAR.exec(headers[resultCol] ?? '')?.[0] ?? 9999);
    const before = (j: number) => Number(YEAR.exec(headers[j] ?? '')?.[0] ?? 9999) < resultYear;
    if (targets.length !== 1 || (targets[0] >= resultCol && !rateBeside) || roles.some((r, j) => r === 'result' && j !== resultCol && !(j < targets[0] && before(j)))) return undefined;
    // (no other figure in the row after its label: a base year's, another date's or another place's column leaves the verdict's
    // reference in doubt — "Mục tiêu | Năm 2020 | Kết quả 2023 | Ước 2024 | Đánh giá")
    // (… nor the share of the plan, which the two give: "Kế hoạch năm 2024 | Thực hiện | Tỷ lệ so với kế hoạch (%) | Đánh giá")
    // (… but an earlier year's column before the target's, the level the period starts from: "Cuối năm 2022 | Chỉ tiêu giao huyện đến
    // năm 2025 | Thực hiện đến 30/6/2025 | Đánh giá")
    const earlier = (j: number) => j < targets[0] && (!roles[j] || roles[j] === 'result') && before(j);
    // (… nor the two counts the result is the rate of, "Dân số | Số người tham gia BHYT | Tỷ lệ bao phủ BHYT (%)" — walk57)
    const parts = componentsOf(row, resultCol);
    const figures = row.flatMap((c, j) => (j > 0 && j !== targets[0] && j !== resultCol && /\d/u.test(c) && !['index', 'unit', 'assess', 'note', 'ratio'].includes(roles[j] ?? '') && j > roles.indexOf('label') && !earlier(j) && !parts.has(j) ? [j] : []));
    if (figures.length) return undefined;
  }
  if (!comparable(headers[targets[0]] ?? '', headers[resultCol] ?? '', assessHeader, verdict)) return undefined;
  const label = row.slice(0, Math.min(targets[0], resultCol)).join(' ');
  if (LOWER_BETTER.test(label) || SHOULD_FALL.test(label)) return undefined;
  const one = (cell: string) => {
    const qs = extractQuantities(cell);
    return qs.length === 1 && !qs[0].qualifier && (qs[0].kind === 'percent' || qs[0].kind === 'number') && !/[-–—]/u.test(cell) && cell.replace(qs[0].raw, '').replace(/[\p{L}\s%]/gu, '') === '' ? qs[0] : undefined;
  };
  const target = one(row[targets[0]] ?? '');
  // (a count with its share in brackets gives the count: "11 (52,4%)")
  const result = one((row[resultCol] ?? '').replace(/^(\s*\d[\d.,]*[^()\d]*)\(\s*\d[\d.,]*\s*%\s*\)\s*$/u, '$1'));
  if (!target || !result) return undefined;
  // (a share written with its sign in one cell and bare in the other, where the label gives the unit: "Tỷ lệ … (%) | 95 | 93,8%")
  const shareOf = (q: typeof target) => q.kind === 'percent' || (q.unit === '' && /%/u.test(label));
  if (!(target.kind === result.kind && target.unit === result.unit) && !(shareOf(target) && shareOf(result))) return undefined;
  if ((result.value >= target.value) === (claim === 'met')) return undefined;
  return { bound: target.raw, result: result.raw, against: 'target', plan: PLAN_WORD.test(headers[targets[0]] ?? '') };
}

/** The column of a rate ("Tỷ lệ … (%)") that is no other role's, the one such, beside the one target column of rates ("Chỉ tiêu … (%)"), before the assessment; -1 where there is none. */
function rateBesideTarget(headers: string[], roles: Array<string | undefined>): number {
  const targets = roles.flatMap((r, j) => (r === 'target' ? [j] : []));
  const assess = roles.indexOf('assess');
  if (targets.length !== 1 || !/%/u.test(headers[targets[0]] ?? '') || assess < 0) return -1;
  const rates = headers.flatMap((h, j) => (!roles[j] && j < assess && /%/u.test(h) && /^\s*(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu.test(h) && !/so\s+(?:với\s+)?(?:kh|kế hoạch|mục tiêu|chỉ tiêu)|thực hiện|hoàn thành/iu.test(h) ? [j] : []));
  return rates.length === 1 ? rates[0] : -1;
}

/** The columns of a row whose two figures make the result's rate at the precision it shows: a count over the whole it is of. */
function componentsOf(row: string[], resultCol: number): Set<number> {
  const rate = extractQuantities(row[resultCol] ?? '').filter((q) => q.kind === 'percent' || q.kind === 'number');
  const out = new Set<number>();
  if (rate.length !== 1) return out;
  const cells = row.map((c, j) => {
    const qs = extractQuantities(c);
    return j !== resultCol && qs.length === 1 && qs[0].kind === 'number' && qs[0].value > 0 ? qs[0].value : undefined;
  });
  cells.forEach((a, i) => cells.forEach((b, j) => {
    if (a !== undefined && b !== undefined && i !== j && a < b && shareAgrees(rate[0], (a / b) * 100)) [i, j].forEach((k) => out.add(k));
  }));
  return out;
}

const YEAR = /(?:19|20)\d\d/u;
/** A span of years in a header: "2021-2023", "2021 - 2025". */
const SPAN = /(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/u;
/** A running total's header: "Lũy kế đến năm 2023", "Lũy kế từ 2021 đến 2023". */
const RUNNING = /(?<![\p{L}])(?:lũy kế|luỹ kế)(?![\p{L}])/iu;
/** A plan's word in an assessment's header: "Đánh giá so KH năm 2023", "so với kế hoạch". */
const PLAN_WORD = /(?<![\p{L}])(?:kh|kế hoạch)(?![\p{L}])/iu;

/**
 * Whether a verdict may be read against the row's plan or target column and its result column (review-56 B1–B15): they cover the same time
 * (a span's plan against a result "đến" its last year or over the span, not one year's; a year's plan not against a running total), the
 * same unit of money, the result column is no share of the plan, the assessment no forecast ("khả năng", "dự kiến"), and the verdict's own
 * object fits the column ("Đạt mục tiêu" not against "KH năm 2023", "Đạt kế hoạch" not against "Mục tiêu Nghị quyết").
 */
function comparable(targetHeader: string, resultHeader: string, assessHeader: string, verdict: string): boolean {
  // (a share of the plan said so, or a "%" in the result's header the plan's has not: not a unit both share, "Kế hoạch năm 2023 (%) |
  // Thực hiện năm 2023 (%)" — review-56c A5)
  if (/so\s+(?:với\s+)?(?:kh|kế hoạch)(?![\p{L}])|%\s*(?:so\s+)?kh(?![\p{L}])|tỷ lệ (?:thực hiện|hoàn thành)/iu.test(resultHeader) || (/%/u.test(resultHeader) && !/%/u.test(targetHeader))) return false;
  if (/khả năng|dự kiến|dự báo/iu.test(assessHeader)) return false;
  const [tm, rm] = [moneyUnit(targetHeader), moneyUnit(resultHeader)];
  if (tm && rm && tm !== rm) return false;
  // (a part of a year, "6 tháng đầu năm 2024", "quý II", against a whole year's plan: "Đạt" says on schedule — review-56c A17)
  const partOfYear = (h: string) => /(?<![\p{L}])(?:\d+\s+tháng|quý|tháng\s+\d)/iu.test(h);
  if (partOfYear(resultHeader) && !partOfYear(targetHeader)) return false;
  const span = SPAN_OF.exec(targetHeader);
  const resultSpan = SPAN_OF.exec(resultHeader);
  if (span) {
    // (… a span's plan: the result up to a day within it, "Thực hiện đến 31/10/2023" of "Kế hoạch 2021 - 2023", "Ước thực hiện đến
    // 31/12/2023" of "Kế hoạch giai đoạn 2021-2025", from its start to a time within it, "Thực hiện 2021 - 6/2024", or of no time said —
    // not one year's, "Thực hiện năm 2023")
    const upTo = /(?<![\p{L}])(?:đến|lũy kế|luỹ kế)(?![\p{L}])/iu.test(resultHeader);
    const year = YEAR.exec(resultHeader)?.[0];
    if (resultSpan ? resultSpan[1] !== span[1] || Number(resultSpan[2]) > Number(span[2]) : year !== undefined && (!upTo || Number(year) < Number(span[1]) || Number(year) > Number(span[2]))) return false;
  } else if (YEAR.test(targetHeader) && (RUNNING.test(resultHeader) || resultSpan)) return false;
  const planColumn = PLAN_WORD.test(targetHeader);
  if (/(?<![\p{L}])mục tiêu(?![\p{L}])/iu.test(verdict) && planColumn) return false;
  if (PLAN_WORD.test(verdict) && !planColumn && /(?<![\p{L}])(?:mục tiêu|nghị quyết|nq)(?![\p{L}])/iu.test(targetHeader)) return false;
  return true;
}
/** A span in a header, its end a year or a month of it: "2021 - 2025", "2021 - 6/2024", "giai đoạn 2021-2023". */
const SPAN_OF = /((?:19|20)\d\d)\s*[-–]\s*(?:\d{1,2}\s*\/\s*)?((?:19|20)\d\d)/u;
/** The unit of money a header gives, abbreviations too: "(tỷ đồng)", "(tỷ đ)", "(Tr.đồng)", "ĐVT: triệu đồng". */
function moneyUnit(h: string): string | undefined {
  const m = /(?<![\p{L}])(tỷ(?!\s+lệ)|tỉ(?!\s+lệ)|triệu|tr\.?\s*đ(?:ồng)?|trđ|nghìn|ngàn)(?![\p{L}])/iu.exec(h);
  if (!m) return undefined;
  const u = m[1].toLowerCase();
  return u === 'tỉ' ? 'tỷ' : /^tr/u.test(u) ? 'triệu' : u === 'ngàn' ? 'nghìn' : u;
}
