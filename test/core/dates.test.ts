/** Dates as reports write them, on the module's own examples. */
import { DATE_EXAMPLES, findDates } from '../../src/core/dates';

test.each(DATE_EXAMPLES)('"%s" → %j', (text, isos) => {
  expect(findDates(text).map((d) => d.iso)).toEqual(isos);
});

test('an impossible date is no date', () => {
  expect(findDates('ngày 45/13/2024')).toEqual([]);
});
