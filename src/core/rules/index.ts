/** All rules, in report order (the order of CODES). */
import type { Rule } from './rule';
import { CODES } from '../codes';
import { unmappedDocument } from './unmapped-document';
import { missingSection } from './missing-section';
import { emptySection } from './empty-section';
import { sectionOrder } from './section-order';
import { missingList } from './missing-list';
import { missingTopic } from './missing-topic';
import { missingAppendix } from './missing-appendix';
import { placeholder } from './placeholder';
import { indicatorMissing } from './indicator-missing';
import { indicatorBelowTarget } from './indicator-below-target';
import { targetMisquoted } from './target-misquoted';
import { claimContradiction } from './claim-contradiction';
import { conflictingFigures } from './conflicting-figures';
import { arithmeticMismatch } from './arithmetic-mismatch';
import { outOfPeriod } from './out-of-period';

const ALL: Rule[] = [
  unmappedDocument, missingSection, emptySection, sectionOrder, missingList, missingTopic, missingAppendix, placeholder,
  indicatorMissing, indicatorBelowTarget, targetMisquoted, claimContradiction, conflictingFigures, arithmeticMismatch, outOfPeriod,
];

export const RULES: Rule[] = CODES.map((code) => {
  const rule = ALL.find((r) => r.meta.code === code);
  if (!rule) throw new Error(`no rule for ${code}`);
  return rule;
});
export type { Rule, RuleContext, RuleMeta } from './rule';
