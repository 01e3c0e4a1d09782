/**
 * What a report says about itself in its header block: the unit as it names itself ("ỦY BAN NHÂN DÂN
 * HUYỆN DUY XUYÊN", "HUYỆN ỦY HẢI LĂNG"), its document number ("51-BC/BCSĐ") and its date ("Quảng Trị,
 * ngày 12 tháng 8 năm 2024"). The block is the lines before the title ("BÁO CÁO"); the left column holds
 * the agency under its superior ("TỈNH ỦY QUẢNG TRỊ" over "BAN CÁN SỰ ĐẢNG"), the right column the motto
 * and the place and date. Pure; reads only the first paragraphs.
 */
import type { DocModel } from '../model';
import { detectUnit, type Unit } from '../level';
import { isoDay } from '../dates';
import { foldDiacritics } from '../text';
import { isReportTitle } from '../lexicon/structure';
import type { Level } from '../../packs/schema';

export interface Header {
  /** The issuing unit as written, lines joined ("BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH"). */
  unit?: string;
  /** The superior named above it, when there is one ("TỈNH ỦY QUẢNG TRỊ"). */
  above?: string;
  level?: Level;
  /** The place's name in folded capitals, from the header (as `detectUnit` reads it). */
  place?: string;
  /** The number as written after "Số" ("51-BC/BCSĐ", "/BC-UBND" when left blank). */
  number?: string;
  /** ISO date (yyyy-mm-dd) of "…, ngày 12 tháng 8 năm 2024", when day, month and year are all written. */
  date?: string;
  /** The date line as written, when there is one. */
  dateText?: string;
}

const fold = (s: string) => foldDiacritics(s).toUpperCase().replace(/\s+/g, ' ').trim();
const MOTTO = /^(CONG HOA|DOC LAP|DANG CONG SAN VIET NAM$)/;
const NUMBER = /^SO\s*:?\s*(?=[\d./-]|\s*$)|^SO\s*:/;
// (… its day and month left to fill, "ngày … tháng … năm 2023", "ngày ..... tháng .... năm": a date line still — walk53, item 3)
const DATE = /,?\s*NGAY\s*(?:(\d{1,2})|[.…_\s]*)\s*THANG\s*(?:(\d{1,2})|[.…_\s]*)\s*NAM\s*(\d{4})?/;
/** A line that names a body complete with its place: it can stand above the issuing unit. */
// (… or the Fatherland Front's, "UBMTTQ VIỆT NAM TỈNH VĨNH LONG" over "ỦY BAN MTTQ VIỆT NAM THỊ XÃ BÌNH MINH" — walk53, item 3)
const SUPERIOR = /^(TINH UY|THANH UY|HUYEN UY|THI UY|QUAN UY|DANG BO|DANG UY|UBND|UY BAN NHAN DAN|HDND|HOI DONG NHAN DAN|BO|BAN CHI DAO|UBMTTQ|UB MTTQ|UY BAN MTTQ|UY BAN MAT TRAN TO QUOC|MTTQ)\b.*\b(TINH|THANH PHO|HUYEN|THI XA|QUAN|XA|PHUONG|THI TRAN|KHOI)\b|^(TINH UY|THANH UY|HUYEN UY|THI UY|QUAN UY) [A-Z]/;
/** A bare agency word whose place is on the next line ("ỦY BAN NHÂN DÂN" / "HUYỆN AN LÃO"). */
const BARE = /^(UY BAN NHAN DAN|UBND|HOI DONG NHAN DAN|BAN CHI DAO|DANG BO|BAN CAN SU DANG|DANG UY)$/;

interface Line { text: string; folded: string; column: number }
/** The columns of a header typed with tabs, numbered apart from a table's. */
const TAB_COLUMNS = 1000;

function headerLines(doc: DocModel): Line[] {
  const lines: Line[] = [];
  for (const p of doc.paragraphs.slice(0, 30)) {
    if (isReportTitle(p.text) && !p.cell) break;
    for (const line of p.text.split('\n')) {
      // (a header typed with tabs, the agency left and the motto or the place and date right, "HUYỆN CAN LỘC⇥Độc lập - Tự do - Hạnh phúc":
      // each side a column of its own — walk45, item 6)
      // (… or with runs of spaces, as a header pasted from a PDF comes, "ĐẢNG BỘ TỈNH NINH THUẬN          ĐẢNG CỘNG SẢN VIỆT NAM": the motto
      // was read into the superior, and the round's districts into two provinces — walk51)
      // (… a run before a capital only: a blank left to fill, "ngày    tháng 8", "Số:      /BC-UBND", parts nothing)
      const sides = !p.cell && (line.includes('\t') || line.includes('   ')) ? line.split(/\t+|\s{3,}(?=\p{Lu})/u) : [line];
      sides.forEach((raw, k) => {
        const text = raw.replace(/[*_]+/g, ' ').replace(/\s+/g, ' ').trim();
        if (!text || /^[-–—=.·~ ]+$/.test(text)) return;
        lines.push({ text, folded: fold(text), column: p.cell ? (p.cell.col ?? p.cell.cell) : sides.length > 1 ? TAB_COLUMNS + k : -1 });
      });
    }
  }
  return lines;
}

/** `unit`: the unit the analysis already read from the header, where the caller has it (the check does: read once, not twice). */
export function readHeader(doc: DocModel, unit?: Unit): Header {
  const lines = headerLines(doc);
  const h: Header = {};
  const u = unit ?? detectUnit(doc);
  if (u.level) h.level = u.level;
  if (u.name) h.place = u.name;
  for (const l of lines) {
    if (!h.number && NUMBER.test(l.folded)) {
      const n = l.text.replace(/^s[ốo]\s*:?\s*/i, '').trim();
      h.number = n || undefined;
      continue;
    }
    const d = DATE.exec(l.folded);
    if (!h.dateText && d && l.folded.length < 80) {
      h.dateText = l.text;
      const [dd, mm, yy] = [d[1], d[2], d[3]].map((x) => (x ? Number(x) : NaN));
      // (no 31 February)
      if (yy > 1900) h.date = isoDay(yy, mm, dd);
    }
  }
  // the agency lines: in a header table the column without the motto, else the short lines before "Số"
  const mottoCol = lines.find((l) => MOTTO.test(l.folded))?.column;
  const agency: Line[] = [];
  for (const l of lines) {
    if (NUMBER.test(l.folded) || DATE.test(l.folded)) {
      if (l.column < 0) break;
      continue;
    }
    // (… nor a draft's mark, "DỰ THẢO LẦN 2", on a line of its own)
    if (MOTTO.test(l.folded) || l.folded.length > 90 || /^DU THAO\b/.test(l.folded)) continue;
    if (mottoCol !== undefined && mottoCol >= 0 && l.column === mottoCol) continue;
    agency.push(l);
  }
  if (!agency.length) return h;
  // the first line is a superior when it names a body with its place and more lines follow
  let from = 0;
  if (agency.length > 1 && SUPERIOR.test(agency[0].folded) && !BARE.test(agency[0].folded)) {
    from = 1;
    h.above = agency[0].text;
  }
  // (… or, a bare body word over its place first, a second body named whole after it: "ỦY BAN NHÂN DÂN" / "HUYỆN ĐÔNG ANH" / "ỦY BAN NHÂN DÂN
  // XÃ XUÂN NỘN" is the commune's committee under the district's — walk62, item 11: the three were glued into one unit)
  if (from === 0 && agency.length > 2 && BARE.test(agency[0].folded) && SUPERIOR.test(`${agency[0].folded} ${agency[1].folded}`) && SUPERIOR.test(agency[2].folded)) {
    from = 2;
    h.above = `${agency[0].text} ${agency[1].text}`;
  }
  h.unit = agency.slice(from, from + 3).map((l) => l.text).join(' ');
  return h;
}

/** A unit's name that ends on its level's word alone ("BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH"): it names no place. */
const NO_PLACE = /\b(?:TINH|THANH PHO|HUYEN|THI XA|QUAN|XA|PHUONG|THI TRAN)$/;

/** The unit as a reader tells it from the others of a round: as written, with the superior above it in brackets when the unit's own line
 * names no place ("BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH (TỈNH ỦY QUẢNG TRỊ)") — session 39's walk-through, item 18. */
export function unitNamed(h: Header): string | undefined {
  if (!h.unit) return undefined;
  return h.above && NO_PLACE.test(fold(h.unit)) ? `${h.unit} (${h.above})` : h.unit;
}

/** The province a superior body names ("UBND TỈNH QUẢNG NAM", "ĐẢNG BỘ TỈNH QUẢNG TRỊ", "THÀNH ỦY ĐÀ NẴNG"), as written; none for a ministry. */
export function provinceOf(above: string | undefined): string | undefined {
  if (!above) return undefined;
  const m = /(?:^|\s)(?:TỈNH ỦY|THÀNH ỦY|THÀNH PHỐ|TỈNH|TP\.?)\s+(.+)$/iu.exec(above.trim());
  return m ? m[1].trim() : undefined;
}

/** Key that tells two reports of the same unit: level and place, else the unit's folded name. */
export function unitKey(h: Header): string | undefined {
  if (h.unit) {
    const u = fold(h.unit).replace(/\bUBND\b/g, 'UY BAN NHAN DAN').replace(/\bHDND\b/g, 'HOI DONG NHAN DAN').replace(/[^A-Z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
    return `${h.level ?? ''}|${u}${h.place && !u.includes(h.place) ? `|${h.place}` : ''}`;
  }
  if (h.level && h.place) return `${h.level}|${h.place}`;
  return undefined;
}
