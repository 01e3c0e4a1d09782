/** The lexicon: every phrase set the checker uses, by name (the tests run each set's examples). */
import type { Matcher } from './phrases';
import { BASELINE_WORDS, BREAKDOWN, COORDINATION, DEADLINE_WORDS, DIFFERENCE_WORDS, GROWTH_WORDS, OWN_PLAN, PER_YEAR_WORDS, RATE_LEAD, SETTLEMENT_KINDS, SOURCE_PLAN, TARGET_AFTER, TARGET_FRAME, PLAN_WORDS, PROPOSAL_WORDS, QUALIFIERS, TARGET_WORDS, ZERO_WORDS } from './figures';
import { ASSESS_MET, ASSESS_NOT_MET, CLAIM_MET, CLAIM_NOT_MET } from './claims';
import { COMPARED_WITH, SCOPE_WIDER } from './scope';
import { APPENDIX_ATTACHED, APPENDIX_REFERENCE, CLOSING, DEFERRAL, FILLER, FUTURE_HEADING, INSTRUCTION, LIST_CAPTION, LIST_REFERENCE, NOT_OURS, REPORT_TITLE, SUB_ROW, TOTAL_ROW } from './structure';
import { COLUMN_ROLES } from './tables';
import { PLACE_CATEGORIES } from './places';
import { compile } from './phrases';

export * from './figures';
export * from './claims';
export * from './scope';
export * from './structure';
export * from './tables';
export { compile, phraseSet, type Matcher, type PhraseSet, type PhraseHit } from './phrases';
export { PLACE_CATEGORIES, PROVINCES, PROVINCE_EXAMPLES } from './places';

export const LEXICON: Matcher[] = [
  TARGET_WORDS, PLAN_WORDS, PROPOSAL_WORDS, BASELINE_WORDS, DEADLINE_WORDS, ZERO_WORDS, OWN_PLAN, DIFFERENCE_WORDS, SOURCE_PLAN, TARGET_AFTER, TARGET_FRAME, BREAKDOWN, RATE_LEAD, SETTLEMENT_KINDS, COORDINATION, GROWTH_WORDS, PER_YEAR_WORDS, ...Object.values(QUALIFIERS),
  CLAIM_NOT_MET, CLAIM_MET, ASSESS_NOT_MET, ASSESS_MET, SCOPE_WIDER, COMPARED_WITH, REPORT_TITLE, FILLER, DEFERRAL, INSTRUCTION, FUTURE_HEADING, CLOSING, APPENDIX_ATTACHED, APPENDIX_REFERENCE, LIST_REFERENCE, NOT_OURS, TOTAL_ROW, SUB_ROW, LIST_CAPTION, ...Object.values(COLUMN_ROLES), compile(PLACE_CATEGORIES),
];
