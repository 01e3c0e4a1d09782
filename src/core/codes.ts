/** Every finding code, in report order: one rule each (src/core/rules/<code>.ts). */
export const CODES = [
  'unmapped-document', 'missing-section', 'empty-section', 'section-order', 'missing-list', 'missing-topic', 'missing-appendix',
  'placeholder', 'indicator-missing', 'indicator-below-target', 'target-misquoted', 'claim-contradiction', 'conflicting-figures',
  'arithmetic-mismatch', 'out-of-period',
] as const;

export type Code = (typeof CODES)[number];
