/**
 * The facts extraction makes: a figure with its indicator, role, date and claim, and the options that read them.
 */
import type { Indicator } from '../packs/schema';
import type { Quantity } from './quantities';
import type { Unit } from './level';

export type Role = 'result' | 'target' | 'baseline' | 'plan' | 'context';
export type Claim = 'met' | 'not-met';

export interface Fact {
  indicator: Indicator;
  role: Role;
  value: number;
  quantity?: Quantity;
  paragraph: number;
  /** The clause (prose) or the row (tables) the figure was read from. */
  text: string;
  claim?: Claim;
  claimText?: string;
  /** Year the figure is given for, when the text says. */
  year?: number;
  /** For a target: quoted for another year than the pack's target year (the 2030 orientation; an earlier plan's "83 xã đạt chuẩn vào cuối năm 2020"). */
  laterYear?: boolean;
  /** For a target: the text attributes it to the plan the pack transcribes (Nghị quyết, Chương trình hành động). */
  attributed?: boolean;
  /** For a target: the text names the unit's own plan and not the pack's ("Kế hoạch năm 2025 của ngành là … 62,5%"). */
  own?: boolean;
  /** For a target: said of the whole province, in a clause naming the plan ("Kết luận xác định mục tiêu …: toàn tỉnh có tối thiểu 70 xã …"), quoted in a report of a lower level. */
  wholeProvince?: boolean;
  /** For a target: part of a proposal to change it ("đề nghị điều chỉnh … lên 45 xã"). */
  proposal?: boolean;
  fromTable?: boolean;
  /** Read with its subject right beside it (a table row, or the words next to the figure), not through a neighbouring figure. */
  direct?: boolean;
  /** Why the role is not "result", in words, for the JSON report. */
  why?: string;
  /** Given in brackets right after the result as another office's figure for it ("72,6% (Phòng LĐ-TB&XH báo cáo 73,4%)"): two figures of one result. */
  otherSource?: boolean;
  /** Counted from the places named, or a zero said in words ("chưa có thôn đạt chuẩn … kiểu mẫu"), not written as a figure ("huyện Thái Thụy cơ
   * bản đạt chuẩn NTM nâng cao"): used only when no figure is given. */
  byName?: boolean;
}

export interface FactOptions {
  unit: Unit;
  /** Paragraphs in sections about the coming period: figures there are targets or plans. */
  future: { has(paragraph: number): boolean };
  /** Paragraphs under a heading of the writer's own that restates the plan's targets, with that heading: their figures are targets. */
  restated?: Map<number, string>;
  /** Paragraphs that are headings (no figures read from them). */
  headings: Set<number>;
  /** Paragraphs that open on one of the outline's items run into its text, with that text: figures are read from it alone, the label's own
   * (a decision's number and date, "2. Thực hiện mục tiêu … theo Quyết định số 321/QĐ-TTg, ngày 08/3/2022 …:") being the heading's. */
  runInText?: Map<number, string>;
  /** Tables that hold the report itself: their cells are read as prose. */
  proseTables?: Set<number>;
  /** The rates of households the report names anywhere (indicator ids; set by extractFacts): a rate of people beside one is another measure. */
  householdRates?: Set<string>;
  /** For each indicator whose target's document the pack names, whether a text names that document (set by extractFacts; see own-source). */
  ownSources?: Map<string, (text: string) => boolean>;
  /** Who issued the documents the pack transcribes (set by extractFacts): a province named by a target's maker is the pack's own only there. */
  issuers?: string[];
  /** The first day of the reporting period, "2021-07-15" (set by extractFacts): a figure counted before a date not after it is before the period. */
  periodStart?: string;
}

export interface Owner { ind: Indicator; fact?: Fact }
