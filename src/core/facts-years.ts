/**
 * The year a figure is of, and figures of an earlier time: a year said before it, a base year, figures another report gave or this one corrects.
 */
import type { Quantity } from './quantities';
import { blankBrackets } from './text';
import { DATES, asOfLead } from './dates';
import { COMPARED_WITH, BEFORE_YEAR, FOR_COMPARISON, EARLIER_FIGURE } from './lexicon';
import { closedAsides } from './facts-bounds';
import { TARGET_DUE } from './lexicon/patterns-dates';
import { asked } from './facts-claims';

/** A date opening the text, before its year: "Tháng 6/", "Ngày 30/6/" (else the as-of words before it say it is the figures' time: dates.ts). */
const OPENING_DATE = /^\s*(?:ngày|tháng)\s+(?:\d{1,2}\/)?\d{1,2}\/$/iu;

/** A year: on its own ("năm 2020") or closing a date ("tháng 6/2020", "30/6/2020") — not inside a larger number, nor the whole of a fraction ("1.205/2020"), nor a document number ("12/2020/QĐ-UBND"). */
const YEAR = /(?<![\d.,])(?<!\d{3}\/)(19[89]\d|20[0-4]\d)(?![\d/])/g;

/**
 * The year a figure is given for: right after it ("61% năm 2020"), or the nearest one before it (in
 * the text given; without a figure, the last one in it). A span of years ending before the reporting
 * period ("kết thúc giai đoạn 2016-2020") dates the figure at its end; one reaching into the period does not.
 */
export function yearOf(text: string, q: Quantity | undefined, periodFrom: number): number | undefined {
  const end = q ? q.start : text.length;
  if (q) {
    // (… or in a bracket of its own: "tăng từ 04 xã (năm 2020) lên 06 xã (năm 2021), …")
    const after = /^\s*(?:\)\s*|\(\s*(?=năm\s+\d{4}\s*\)))?(?:vào\s+|trong\s+|của\s+)?(?:cuối\s+|đầu\s+)?năm\s+(\d{4})/u.exec(text.slice(q.end, q.end + 24));
    // "gấp 1,54 lần năm 2020": the year after a multiple is the base it is compared with
    if (after && q.kind !== 'times') return Number(after[1]);
    // "9 đơn vị đã được công nhận trước năm 2025": counted before that year, so as of the year before
    // (said of the count itself: no other figure and no comparison between — "tăng so với trước năm 2021" is a base)
    const rest = text.slice(q.end, q.end + 90).split(/[,;(]/u)[0];
    const before = BEFORE_YEAR.find(rest);
    const beforeYear = before ? /^\s*(\d{4})(?!\d)/.exec(rest.slice(before.end)) : null;
    if (beforeYear && !/\d/.test(rest.slice(0, before!.start)) && !COMPARED_WITH.test(rest.slice(0, before!.start))) return Number(beforeYear[1]) - 1;
    // "gấp 2,3 lần trong giai đoạn 2012 – 2021": a span after the figure
    const span = /^\s*(?:\)\s*)?(?:trong\s+)?(?:giai đoạn|thời kỳ)\s+(\d{4})\s*[-–]\s*(\d{4})/u.exec(text.slice(q.end, q.end + 40));
    if (span && Number(span[2]) < periodFrom) return Number(span[2]);
    if (span && Number(span[1]) < periodFrom - 1) return Number(span[1]);
  }
  // the last year before the figure that dates it, read from the figure back (a clause of many figures, each dated by a year, stays
  // linear: the years of the text are found once)
  let asides: Array<[number, number]> | undefined;
  const years = yearsIn(text);
  let k = years.length - 1;
  while (k >= 0 && years[k].index >= end) k--;
  for (; k >= 0; k--) {
    const m = years[k];
    // (a year in an aside closed before the figure, after a figure of its own, is the aside's: "04/04 thôn đạt chuẩn (đạt 100%, năm 2020
    // chưa có thôn nào đạt chuẩn), trong đó thôn Giá … kiểu mẫu tháng 5/2024 (01/04 thôn, chiếm 25%)" — not "(đến cuối năm 2023) còn 2,1%")
    const at = m.index;
    // (… the aside's own figure said before the year in it: an aside that opens on its year, "(năm 2020, toàn huyện có 18 xã)", "(số
    // liệu năm 2019 của 18 xã)", dates what follows it)
    if (text.lastIndexOf('(', at) >= 0 && (asides ??= closedAsides(text.slice(0, end))).some(([a, b]) => a < at && at < b && OWN_FIGURE.test(text.slice(a + 1, at).replace(DATES, ' ')))) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "so với năm 2020" is the base of the comparison, not the time of the figure (… "So với cuối năm 2020 (19,35%), bình quân mỗi năm
    // giảm 2,13%")
    if (/so với\s*(?:(?:cuối|đầu|hết|cùng kỳ)\s+)?(năm\s*)?$|gấp.{0,20}$|từ năm\s*$/iu.test(before)) continue;
    // "các chỉ tiêu … đều đạt và vượt mục tiêu đề ra đến năm 2025: tỷ lệ … đạt 78,6%": the year a target is due by, not the figure's
    if (TARGET_DUE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    const span = /^\s*[-–]\s*(\d{4})/.exec(text.slice(m.index + 4, m.index + 12));
    if (span) {
      // a span that ends before the period dates the figure at its end; one that starts well before it
      // ("gấp 2,3 lần trong giai đoạn 2012 – 2021") is about a longer time than the period: dated at its start
      // (its end year, read first from the back, was passed over by the dash before it)
      if (Number(span[1]) < periodFrom) return Number(span[1]);
      if (Number(m[1]) < periodFrom - 1) return Number(m[1]);
      continue;
    }
    if (/giai đoạn\s*$|[-–]\s*$/iu.test(before)) continue;
    // a date dates the figure only as its time ("Tính đến tháng 6/2020, …", "Tháng 6/2020, …") — not the date of a document
    // ("Quyết định số 2150/QĐ-UBND ngày 25/12/2020") nor where a span starts ("Từ tháng 7/2020 đến nay")
    if (text[m.index - 1] === '/') {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (asOfLead(before, true, true) < 0 && !OPENING_DATE.test(before)) continue;
    }
    return Number(m[1]);
  }
  return undefined;
}
/** The years of the last text asked about, found once: a clause's figures ask one after another. */
let yearsText: string | undefined;
let yearsFound: Array<RegExpMatchArray & { index: number }> = [];
function yearsIn(text: string): Array<RegExpMatchArray & { index: number }> {
  if (text !== yearsText) {
    YEAR.lastIndex = 0;
    yearsFound = [...text.matchAll(YEAR)] as Array<RegExpMatchArray & { index: number }>;
    yearsText = text;
  }
  return yearsFound;
}

/** A figure that is no year: "100%", "3,5", "12". */
const OWN_FIGURE = /(?<![\d/.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d/])/u;

/** A sentence that opens on words saying its figures are for comparison, a comma right after them, up to a figure in that clause. */
export function forComparison(head: string): boolean {
  if (head.includes(';')) return false;
  // (the words open the sentence: only its first words are read)
  const lead = head.slice(0, 240).replace(/^[\s\-–—+•*]+/u, '');
  const hit = FOR_COMPARISON.atStart(lead);
  return !!hit && /^\s*,/u.test(lead.slice(hit.end));
}

/**
 * Words saying an earlier report gave the figure, right before it or before its subject with no clause between ("đã báo cáo 7/8 thôn",
 * "số liệu cũ là 79 xã", "đã báo cáo 22 xã"), or before the bracket it is in ("đã báo cáo 7/8 thôn đạt chuẩn (87,5%)").
 */
export function earlierFigure(head: string, paragraph: string, next = ''): boolean {
  // (only in a report that corrects: the paragraph says a figure is changed — "nay điều chỉnh", "cập nhật lại", "bổ sung 02 …", "thay
  // thế"; not everyday "bổ sung kinh phí", "điều chỉnh quy hoạch" — or the paragraph right after it does)
  // (read once per paragraph, not for every figure of it: a paragraph of many figures stays linear)
  if (!corrects(paragraph) && !corrects(next)) return false;
  // (an earlier report named, then its verb, "đã" or not: "Báo cáo số 45/BC-UBND ngày 10/6/2024 của UBND xã báo cáo 7/8 thôn")
  // (… or cited to open the clause, its figures after: "Theo Báo cáo số 45/BC-UBND ngày 10/6/2024, xã có 7/8 thôn đạt chuẩn")
  const cited = REPORT_CITED.exec(head);
  if (cited && !CORRECTION_WORDS.test(blankBrackets(head.slice(cited[0].length))) && !/[;:]/u.test(blankBrackets(head.slice(cited[0].length)))) return true;
  const named = REPORT_REPORTED.exec(head);
  const hit = EARLIER_FIGURE.findLast(head);
  const end = Math.max(hit?.end ?? -1, named ? named.index + named[0].length : -1);
  if (end < 0) return false;
  // (… said of the figure, not in a bracket closed before it: "(số liệu đã báo cáo Sở …) đạt 62%" gives the figure's source)
  const between = head.slice(end);
  if (/\)/u.test(between) && between.lastIndexOf(')') > between.lastIndexOf('(')) return false;
  // (… and with no word of the correction between: "…; nay điều chỉnh là 8/8 thôn" gives the new figure)
  const plain = blankBrackets(between);
  return !/[;:,]/u.test(plain) && !CORRECTION_WORDS.test(plain) && between.split(/\s+/u).filter(Boolean).length <= 12;
}
/** Whether a paragraph says a figure is changed (CORRECTS), the last two paragraphs' answers kept: asked for every figure of a paragraph. */
const correctsSeen = new Map<string, boolean>();
export function corrects(text: string): boolean {
  if (!text) return false;
  let r = correctsSeen.get(text);
  if (r === undefined) {
    if (correctsSeen.size >= 2) correctsSeen.clear();
    correctsSeen.set(text, (r = CORRECTS.test(text)));
  }
  return r;
}
/** The words that give the corrected figure: "nay điều chỉnh", "nay cập nhật", "điều chỉnh lại". */
const CORRECTION = String.raw`nay\s+(?:điều chỉnh|cập nhật|bổ sung|sửa)|điều chỉnh lại|cập nhật lại|sửa lại`;
const CORRECTION_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${CORRECTION})(?![\p{L}])`, 'iu');
/** Words of a correction in a paragraph: those, or what an earlier report said being changed ("điều chỉnh là", "thay thế", "bổ sung 02 …"), or
 * found wrong by those who checked it ("Đoàn giám sát nhận thấy số liệu này chưa chính xác …"). */
const CORRECTS = new RegExp(String.raw`(?<![\p{L}])(?:${CORRECTION}|điều chỉnh là|thay thế|đính chính|bổ sung\s+\d|số liệu (?:này|trên) (?:chưa|không) chính xác)(?![\p{L}])`, 'iu');
/** An earlier report by its number, date and maker, "Báo cáo số 45/BC-UBND ngày 10/6/2024 của UBND xã", or by its maker alone, "Báo cáo của
 * UBND huyện". */
const REPORT_NUMBERED = String.raw`báo cáo (?:số\s+\S+(?:\s+ngày\s+\S+)?(?:\s+của\s+[^,;:()\d]{1,40}?)?|của\s+[^,;:()\d]{1,40}?)`;
/** … then its verb of reporting: "… (đã) báo cáo", "… xác định". */
const REPORT_REPORTED = new RegExp(String.raw`(?<![\p{L}])${REPORT_NUMBERED}\s+(?:đã\s+)?(?:báo cáo|nêu|ghi|ghi nhận|xác định|thống kê)(?![\p{L}])`, 'iu');
/** … or cited to open a clause, after a label perhaps: "Thôn đạt chuẩn nông thôn mới: Theo Báo cáo số 45/BC-UBND ngày 10/6/2024, …". */
const REPORT_CITED = new RegExp(String.raw`^\s*[-–+•*]?\s*(?:[^:;,\d]{1,80}:\s*)?(?:theo|tại)\s+${REPORT_NUMBERED}\s*,`, 'iu');


