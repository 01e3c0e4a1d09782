/**
 * Parts that must add up to their stated total:
 *  - a table with a total row ("Tổng cộng", "Tổng số", "Toàn tỉnh") over flat data rows;
 *  - a total followed by "gồm:" and its parts in the same unit ("… 520 tỷ đồng, gồm: …").
 * A rounded figure stands for the interval it rounds from (as XBRL Calculations 1.1 does):
 * the sum of parts must fall within the sum of their intervals around the total's interval.
 *
 * The checks live one kind to a file (totals-tables, totals-lists, totals-within, totals-shares, totals-places; what they share in
 * totals-common); this module gathers their public names.
 */
export { type TotalMismatch, cellNumber, withNoun } from './totals-common';
export { FRACTION_CELL, NOT_SUMMED_ROW, type TableGrid, labelCol, tableGrid, tableTotals } from './totals-tables';
export { kindBreakdowns, listedTotals, repeatsWhole } from './totals-lists';
export { type PartsOver, partsAboveTotal } from './totals-within';
export { type ShareMismatch, shareMismatches } from './totals-shares';
export { type NamedCountMismatch, namedCountMismatches, placeBreakdowns } from './totals-places';
