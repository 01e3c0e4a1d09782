/** All rules, in report order. */
import type { Rule } from './rule';
import { missingSection, emptySection, sectionOrder } from './sections';
import { missingList, missingAppendix } from './lists';
import { placeholder } from './placeholder';
import { indicatorMissing, indicatorBelowTarget, targetMisquoted, claimContradiction } from './indicators';
import { arithmeticMismatch } from './arithmetic';
import { outOfPeriod } from './period';

export const RULES: Rule[] = [
  missingSection, emptySection, sectionOrder, missingList, missingAppendix, placeholder,
  indicatorMissing, indicatorBelowTarget, targetMisquoted, arithmeticMismatch, claimContradiction, outOfPeriod,
];
export type { Rule, CheckContext } from './rule';
