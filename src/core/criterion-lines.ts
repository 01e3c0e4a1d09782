/**
 * A criterion said met in a line of prose whose own figure falls short of the norm given beside it: "- Tiêu chí số 14 về Y tế: đạt;
 * tỷ lệ người dân tham gia bảo hiểm y tế 93,6% (18.478/19.742 người), yêu cầu ≥ 95%". Communes' dossiers walk the criteria so, one
 * line each. The norm is the line's own, so no indicator of the pack is needed. Only the verdict "đạt" is read: a criterion said
 * unmet may fall short on a part the line does not give.
 */
import { extractQuantities, type Quantity } from './quantities';
import { BOUND, meetsBound } from './criteria-table';
import { CRITERION_VERDICT_LINE, NORM_AFTER } from './lexicon/patterns';

export interface CriterionLineClaim {
  verdict: string;
  verdictAt: number;
  result: Quantity;
  /** The norm as written ("≥ 95%") and where it stands. */
  bound: string;
  boundAt: number;
}

/** A bare share as a norm, read as a floor: "95%" as "≥ 95%" (groups as BOUND's). */
function bareFloor(text: string): RegExpMatchArray | null {
  const m = /^(\d[\d.,]*)\s*%/u.exec(text);
  return m ? Object.assign([`≥ ${m[0]}`, '≥', m[1], '%', undefined] as unknown as RegExpMatchArray, { index: 0 }) : null;
}

/** Right before a figure, a year it is of: "năm 2021 là ", "(năm 2021: ", "cuối năm 2020 ". */
const EARLIER_YEAR_BEFORE = /(?<![\p{L}])năm\s+(?:19|20)\d\d\s*(?:là|:|đạt|có)?\s*$/iu;
/** The bound at the start of a text, as BOUND reads it. */
const BOUND_AT_START = new RegExp(`^(?:${BOUND.source})`, 'iu');

export function criterionLineClaims(text: string): CriterionLineClaim[] {
  const line = CRITERION_VERDICT_LINE.exec(text);
  if (!line) return [];
  const verdictAt = line[0].length - line[1].length;
  const out: CriterionLineClaim[] = [];
  for (const q of extractQuantities(text.slice(line[0].length))) {
    // (not an earlier year's figure given beside the norm: "96,2% (năm 2021 là 93,6%, yêu cầu ≥ 95%)")
    if (q.kind !== 'percent' || EARLIER_YEAR_BEFORE.test(text.slice(Math.max(0, line[0].length + q.start - 24), line[0].length + q.start))) continue;
    const at = line[0].length + q.end;
    const after = text.slice(at, at + 160);
    const norm = NORM_AFTER.exec(after);
    if (!norm) continue;
    // (a norm given with no sign is a floor: "yêu cầu 95%")
    const b = BOUND_AT_START.exec(after.slice(norm[0].length)) ?? bareFloor(after.slice(norm[0].length));
    if (!b) continue;
    // (a figure said above or below a bound, "trên 70%", is held to the bound at its edge)
    const value = q.qualifier === 'above' ? q.value + 1e-9 : q.qualifier === 'below' ? q.value - 1e-9 : q.value;
    if (q.qualifier === 'about' || q.qualifier === 'nearly' || q.qualifier === 'estimate' || meetsBound(value, b)) continue;
    out.push({ verdict: line[1], verdictAt, result: { ...q, start: line[0].length + q.start, end: at }, bound: b[0].trim(), boundAt: at + norm[0].length });
  }
  return out;
}
