/** The check report: the JSON contract other tools rely on (see docs/report-format.md). */
import type { Target } from '../packs/schema';

import type { Code } from './codes';
export type { Code } from './codes';
export type Severity = 'error' | 'warning' | 'info';
export type Msg = { vi: string; en: string };

export interface Finding {
  code: Code;
  severity: Severity;
  message: Msg;
  suggestion?: Msg;
  section?: string;
  indicator?: string;
  paragraph?: number;
  /** Where the paragraph sits when it is in a table: the table's number and the row's, counted from 1 in document order, the header rows
   * counted ("bảng 2, dòng 5"); `tt` the number the row gives itself under a "TT" column where it is another ("16" on row 17 — walk64, item 5). */
  cell?: { table: number; row: number; tt?: string };
  /**
   * Where the paragraph sits for a reader, outside a counted table: under which heading of the writer's (its number as written, "2.5",
   * "II", "a)", or its first words; none before the first heading, the letter's head) and the how-many-th paragraph of text after it, from 1
   * ("mục 2.5, đoạn 3"; 0 for the heading itself, "đề mục 2") — Word numbers no paragraphs, and "đoạn 61" counted every cell's and the
   * letterhead's (walk60, item 2).
   */
  at?: { under?: string; nth: number };
  /**
   * The figure as written that the finding says is wrong, in its own unit (arithmetic-mismatch: the share said beside its fraction, 88,6 of
   * "97/112 thôn (88,6%)"): a table of indicators marks a result of the same paragraph and value as one found wrong (walk60's left).
   */
  wrong?: number;
  /** The unit of `wrong` ('%', 'lần'): a count of the same value is no figure found wrong. */
  wrongUnit?: string;
  /** What of the item the finding names, where one item may have several such findings and none quotes the text: the topic, the list or the
   * appendix by its title (missing-topic, missing-list, missing-appendix) — one "Bỏ qua" in the pane hides one of them (walk63, item 4). */
  subject?: string;
  excerpt?: string;
}

export interface SectionStatus {
  id: string;
  number: string;
  title: string;
  status: 'present' | 'missing' | 'empty' | 'out-of-order' | 'not-applicable';
  paragraph?: number;
  heading?: string;
  depth: number;
  /** How the heading was matched to the item: its similarity score, and whether in order, merged with a sibling or moved. */
  match?: { score: number; how: 'aligned' | 'merged' | 'moved' };
}

export interface IndicatorStatus {
  id: string;
  label: string;
  target: Target;
  unit: string;
  status: 'met' | 'not-met' | 'not-quoted' | 'misquoted' | 'not-applicable';
  value?: number;
  paragraph?: number;
  quote?: string;
  /** The Đánh giá the figures give, direction-aware: "Vượt" (beyond the target), "Đạt", "Chưa đạt". */
  assessment?: 'exceeded' | 'met' | 'not-met';
  /** What the report itself says of it ("Đạt", "vượt mục tiêu"), when it says. */
  written?: string;
}

export interface ReportResult {
  file?: string;
  pack: { id: string; version: string; /** The pack's title, as a reader knows it (the id is the machine's name). */ title?: string; /** How the pack was chosen: given by the user, recognised from the title (auto), or from the headings (outline). */ chosen?: 'auto' | 'outline' | 'given';
    /** A template given by the user, the document mapped onto it, while its title names another: that one (session 43's walk-through, item 1). */
    titled?: { id: string; title: string };
    /** The levels the template is for, where the report's level is none of them. */
    levels?: string[];
    /** The date the template's report was due by, for the report's level, where the day it was checked is after it (ISO): a writer may hold
     * an old template (walk54). Set only when the check is told the day. */
    duePassed?: string;
    /** The due date passed is this round's, given by the office (`--due`), not the template's own (walk60, item 5). */
    dueGiven?: boolean };
  level?: string;
  /** The reporting unit as its header block names it ("ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN"), for a batch's overview (walk53b, item 3). */
  unit?: string;
  /** What tells two reports of one unit, as the summary workbook keys them (level, the unit's folded name, its place): the CLI, the HTML and
   * the web page say "Trùng đơn vị" by it, one rule everywhere (walk60, item 4). */
  unitKey?: string;
  /** The paragraph at the document's head that marks it a draft ("DỰ THẢO"): said beside the template, lest an official copy go out so (walk60's left). */
  draft?: { paragraph: number };
  /** The outline's guidance still in its control in items the writer has written (how many paragraphs, the first): printed with the report unless
   * removed — said beside the verdict, with the pane's way to remove it (walk63, item 2). */
  guidanceLeft?: { count: number; paragraph: number };
  summary: { errors: number; warnings: number; infos: number; ready: boolean; mapped: boolean };
  sections: SectionStatus[];
  indicators: IndicatorStatus[];
  findings: Finding[];
}

/** A report mapped onto its template whose title names another kind of report ("tổng kết 5 năm" checked as "sơ kết 3 năm"): the one finding
 * unmapped-document gives on a mapped report. Its points are for reference only, its figures no part of a round's sums (walk58, item 2). */
export const ofOtherKind = (r: ReportResult): boolean => r.summary.mapped && r.findings.some((f) => f.code === 'unmapped-document');
