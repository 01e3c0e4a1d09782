/**
 * Every limit the .docx reader enforces, in one place.
 *
 * A real review report is under 2,000 paragraphs, a few hundred table rows and
 * 5 MB (its document.xml under ~10 MB even when Word writes revision ids on
 * every run). Each limit below is far beyond that, so that no real report ever
 * meets one; they exist so that a damaged or hostile file is refused with a
 * clear sentence instead of exhausting memory or time. Numbers that come from
 * the file (numbering starts, levels) are clamped to the range Word itself
 * accepts and never used as sizes.
 */
const MB = 1024 * 1024;

export const LIMITS = {
  /** Inflated size of the main part (word/document.xml), counted while inflating. */
  mainPartBytes: 64 * MB,
  /** Inflated size of styles, numbering and footnotes parts. */
  auxPartBytes: 16 * MB,
  /** Inflated size of package parts: [Content_Types].xml, *.rels, mimetype. */
  packagePartBytes: 4 * MB,
  /** Entries in the zip's central directory (a report with photos has a few hundred). */
  zipEntries: 20_000,
  /** Paragraphs in the body (table cells and text boxes included). */
  paragraphs: 200_000,
  /** Table rows in the body, all tables together. */
  tableRows: 100_000,
  /** Characters in one paragraph or footnote. */
  paragraphChars: 1_000_000,
  /** Characters of XML without any markup (one text node or attribute): refused before the parser buffers it. */
  markupGapChars: 8_000_000,
  /** XML element nesting (nested tables, content controls, text boxes). A real body nests < 60 deep. */
  xmlDepth: 1_000,
  /** Largest numbering value Word accepts for a start / start override (0..32767). */
  numberingValue: 32_767,
  /** List levels are 0..8 in Word. */
  numberingLevel: 8,
  /** Characters kept of a level's text template (lvlText) and of a rendered label. */
  labelChars: 200,
  /** Grid columns one table cell may span (gridSpan, gridBefore); Word allows 63 columns. */
  gridSpan: 64,
  /** Grid column a cell may start at (repeated gridBefore/gridSpan would otherwise push it anywhere). */
  gridColumns: 1_000,
  /** Steps followed along a style's basedOn chain. */
  styleChain: 64,
} as const;

/** 200000 → "200.000" (Vietnamese) / "200,000" (English). */
export const fmtVi = (n: number) => n.toLocaleString('en').replace(/,/g, '.');
export const fmtEn = (n: number) => n.toLocaleString('en');
export const mbOf = (bytes: number) => `${Math.round(bytes / MB)} MB`;
