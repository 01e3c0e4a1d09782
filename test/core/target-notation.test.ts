/** Targets in the findings' words and in the tables, the Vietnamese notation in either language (walk64, item 2; its code review, item 1). */
import { describeTarget, targetInWords } from '../../src/core/indicators';
import { targetText } from '../../src/core/format/words';

test.each(['vi', 'en'] as const)('in %s: "1,5" and "2.000", as the reports and the tables write them', (lang) => {
  expect(targetInWords({ comparator: 'multiple-of-base', factor: 1.5, baseYear: 2020 }, 'lần', lang)).toContain('1,5');
  expect(targetInWords({ comparator: 'at-least', value: 2000, strict: false }, 'ha', lang)).toContain('2.000 ha');
  expect(describeTarget({ comparator: 'reduction-per-year', value: 1.5, strict: false }, '%/năm', lang)).toContain('1,5');
  expect(targetText({ comparator: 'at-least', value: 2000, strict: false }, 'ha', lang)).toBe('≥ 2.000 ha');
});
