/**
 * Map a document onto a pack's outline: find the headings (styled, numbered
 * by Word, or just bold/capitalised numbered paragraphs) and match each pack
 * section to one, scoped by its parent so that "1. Nhiệm vụ" finds the one
 * under its own part. Out-of-order sections are still matched.
 */
import type { Level, Pack, Section } from '../packs/schema';
import { displayText, sameEmphasis, type DocModel, type Paragraph } from './model';
import { isCaps, parseMarker, type Scheme } from './markers';
import { containsNormalized, foldDiacritics, joinTerms, normalize } from './text';
import { packPattern } from '../packs/pattern';
import { InputLimitError } from './limits';
import { CH, paragraphChars } from './chars';
import { tableOutlineHeadings } from './table-outline';
import { CLOSING, SIGNED_FOR, SIGNER, TOPIC_LEAD, eitherCase, isOnly, isReportTitle } from './lexicon';
import { ADDRESSEES, MARKER_START, QUESTION_NUMBER } from './lexicon/patterns-structure';
import { ASKS } from './lexicon/patterns';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const TWO_CAPITALS = /^\p{Lu}\p{Lu}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LEAD_STOP = /[:：]\s*|\.\s+(?=\p{Lu})/u;
/** A person's name on its own line: two to five words, each with its capital, no digit ("Phan Đình Lực", "NGUYỄN VĂN A"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){1,4}$/u;

/** A line of the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC"): bold and in capitals like a heading, but no heading. */
const signsFor = (text: string) => signsForBody(text) || isOnly(SIGNER, text.replace(/[.:]+$/u, ''));
/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH": the abbreviation, then the body or the superior in capitals (not "TL. 640", a road). */
function signsForBody(text: string): boolean {
  const t = text.trim();
  const hit = SIGNED_FOR.find(t);
  if (!hit || hit.start !== 0) return false;
  const rest = t.slice(hit.end).trim();
  return TWO_CAPITALS.test(rest) && isCaps(rest);
}

/** The paragraph of the document's title ("BÁO CÁO") among its first lines, or -1. */
export const reportTitle = (doc: DocModel) => doc.paragraphs.slice(0, 30).find((p) => isReportTitle(p.text))?.index ?? -1;
/** Where the report's title ends: "BÁO CÁO" and the bold lines right under it that name the report ("Sơ kết 3 năm …"). */
function titleEnd(doc: DocModel): number {
  const at = reportTitle(doc);
  if (at < 0) return at;
  let end = at;
  for (let i = at + 1; i < Math.min(doc.paragraphs.length, at + 4); i++) {
    const p = doc.paragraphs[i];
    if (!p.text.trim()) continue;
    if (!p.bold || p.cell || p.numLabel || parseMarker(p.text)) break;
    end = i;
  }
  return end;
}

/** The words that name the report: its title line ("BÁO CÁO", "THAM LUẬN …") and the bold lines right under it ("Kinh nghiệm phát triển du lịch cộng đồng …"); empty when there is none. */
export function titleText(doc: DocModel): string {
  const at = reportTitle(doc);
  if (at < 0) return '';
  return doc.paragraphs.slice(at, titleEnd(doc) + 1).map((p) => p.text).join(' ');
}

export interface Heading {
  paragraph: number;
  /** Text without its numbering marker. */
  title: string;
  number: string;
  scheme: Scheme | 'none';
  /** Heading level as styled (1..9) or inferred from the numbering scheme. */
  level: number;
  raw: string;
  /** A run-in heading: the text after its colon, in the same paragraph. */
  runIn?: string;
  /** The paragraph that held the title when the label stood alone on the line above. */
  also?: number;
  /** A plain paragraph that Word numbers "(1)", "a)": a heading only when it is one of the pack's items. */
  weak?: boolean;
  /** A row of a report written as a table ("TT | Nội dung | Kết quả"): the table it is in. */
  inTable?: number;
  /** … one of a table's two or so titled rows: a candidate only for the items of the heading right above the table (alignOutline). */
  fewRows?: true;
}

export const SCHEME_LEVEL: Record<string, number> = { phan: 1, caps: 2, roman: 2, arabic: 3, decimal: 4, paren: 5, alpha: 5, bullet: 6, none: 3 };

/** More headings than any real report has (a report has a few hundred): beyond it the document is refused. */
export const MAX_HEADINGS = 20_000;

/** Headings of the document, in order. A label alone on its line ("Phần thứ nhất", "II.") takes the title on the next line. */
/** Two lines set off alike: the same heading style, or the same emphasis with no style. */
const sameFace = (a: Paragraph | undefined, b: Paragraph) => !!a && (a.styleLevel !== undefined || b.styleLevel !== undefined ? a.styleLevel === b.styleLevel : sameEmphasis(a, b) && !a.underline === !b.underline);

export function findHeadings(doc: DocModel): Heading[] {
  const out: Heading[] = [];
  let prev: Heading | undefined;
  /** The count of lines with text at the last line of a signature block seen. */
  let signedAt = -1;
  /** Lines with text seen so far (the blank lines left for the signature do not count). */
  let lines = 0;
  const { flags } = paragraphChars(doc);
  // (… only the line right under the title: "BÁO CÁO THAM LUẬN" / "**Kinh nghiệm …**" / "**Kết quả thực hiện …**" has its first heading third)
  const titleAt = reportTitle(doc);
  const title = [titleAt, titleAt >= 0 ? doc.paragraphs.findIndex((x, k) => k > titleAt && !!x.text.trim()) : -1];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    if (flags[i] & CH.CELL) {
      // a table cell is no heading, and a label before it (when the cell is not empty) takes no title from it
      if (prev && (doc.paragraphs[i].text.trim() || doc.paragraphs[i].numLabel)) prev = undefined;
      // … but the first row of a one-column table may be a numbered heading over its rows of text ("III. NHỮNG TỒN TẠI, HẠN CHẾ …"
      // as a table's header row): a weak candidate the alignment confirms or drops
      const boxed = boxedHeading(doc, i);
      if (boxed) out.push(boxed);
      continue;
    }
    const p = doc.paragraphs[i];
    if (!p.text.trim() && !p.numLabel) continue;
    // (a bold line under the report's title that names the report, "BÁO CÁO THAM LUẬN" / "Kết quả, kinh nghiệm xây dựng xã nông thôn
    // mới nâng cao …", is its title, no heading of an unnumbered kind)
    const h0 = asHeading(p);
    const h = h0?.weak && h0.scheme === 'none' && i === title[1] && i > title[0] && !doc.paragraphs.slice(title[0] + 1, i).some((x) => x.text.trim()) ? null : h0;
    // the signature block, and the signer's name under it, hold no heading
    lines++;
    const signs = !!h && !h.number && signsFor(h.raw);
    if (signs) signedAt = lines;
    if (signs || (h && !h.number && signedAt >= 0 && lines - signedAt <= 3 && NAME_LINE.test(h.raw.trim()))) {
      prev = undefined;
      continue;
    }
    // (… or a number alone, its title on the next line set off as it is, in bold or a style: "5." / "Bám sát các chủ trương …")
    const titleLine = !h && !!prev && !prev.title && /^(?:arabic|decimal|roman)$/u.test(prev.scheme) && (p.bold || p.styleLevel !== undefined) && !parseMarker(p.text) && p.text.split(/\s+/u).length <= 60;
    // ("Phần thứ nhất" / "TÌNH HÌNH, KẾT QUẢ …": one heading written on two lines)
    const titleHeading = h && prev && !prev.title && h.number === '' && (h.scheme === 'caps' || h.scheme === 'none');
    // (… or a title broken over two lines set off alike, the second going on in lower case: "4. Đánh giá việc thực hiện các Chương trình
    // chuyên đề" / "trong xây dựng nông thôn mới", a scan's or a narrow column's)
    const next = p.text.trim();
    // (… or its years, after "giai đoạn", "năm", "đến": "2.6. Kết quả thực hiện Bộ tiêu chí … giai đoạn" / "2021-2025"; or, in capitals, its
    // words after a comma or a link: "II. CÔNG TÁC LÃNH ĐẠO, … CỤ THỂ HÓA" / "VÀ KIỂM TRA, GIÁM SÁT")
    const carries = /^\p{Ll}/u.test(next) || (/^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*$/u.test(next) && /(?:giai đoạn|năm|đến)\s*$/iu.test(prev?.raw ?? '')) || (!!prev && isCaps(prev.raw) && isCaps(next) && (/,\s*$/u.test(prev.raw) || /^(?:VÀ|CỦA|TRONG|VỀ|VỚI|CHO|ĐỐI VỚI|GẮN VỚI)\s/u.test(next)));
    const goesOn = !!prev?.title && !prev.runIn && (!!h ? h.number === '' : /^(?:19|20)\d\d/u.test(next)) && carries && !/[.:;!?]\s*$/u.test(prev.raw) && sameFace(doc.paragraphs[prev.also ?? prev.paragraph], p);
    if (goesOn) {
      prev!.title = `${prev!.title} ${h ? h.title : next}`;
      prev!.raw = `${prev!.raw} ${h ? h.raw : next}`;
      prev!.also = p.index;
      prev = undefined;
      continue;
    }
    if (titleLine || titleHeading) {
      prev!.title = titleLine ? p.text.trim() : h!.title;
      prev!.raw = `${prev!.raw} ${titleLine ? p.text.trim() : h!.raw}`;
      prev!.also = p.index;
      prev = undefined;
      continue;
    }
    // "(1) Quy hoạch: … (2) Hạ tầng kinh tế - xã hội: …": several numbered run-ins typed in one paragraph
    const many = !h || h.weak ? runInsWithin(p) : [];
    if (many.length >= 2) {
      out.push(...many);
      prev = undefined;
      continue;
    }
    if (h) {
      out.push(h);
      if (out.length > MAX_HEADINGS) throw new InputLimitError({ vi: `văn bản có hơn ${MAX_HEADINGS.toLocaleString('vi-VN')} đề mục, vượt xa một báo cáo thật: không kiểm tra`, en: `the document has more than ${MAX_HEADINGS} headings, far beyond a real report: not checked` });
    }
    prev = h ?? undefined;
  }
  return withTableOutline(doc, out, out.filter((h) => !h.weak && h.number).length < MIN_OUTSIDE_TABLES);
}

/**
 * The heading a one-column table opens with: the first paragraph of its first row, a numbered title of a few words ("III.
 * NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC"), with more rows of text under it. Read at that paragraph only.
 */
function boxedHeading(doc: DocModel, i: number): Heading | null {
  const p = doc.paragraphs[i];
  const c = p.cell!;
  if (c.row !== 0 || c.cell !== 0 || (i > 0 && doc.paragraphs[i - 1].cell?.table === c.table)) return null;
  // one column, and at least one more row
  let rows = 1;
  for (let k = i + 1; k < doc.paragraphs.length && doc.paragraphs[k].cell?.table === c.table; k++) {
    if (doc.paragraphs[k].cell!.cell !== 0) return null;
    if (doc.paragraphs[k].cell!.row !== doc.paragraphs[k - 1].cell!.row) rows++;
  }
  if (rows < 2) return null;
  const m = parseMarker(p.text.trim());
  if (!m || m.spelled || m.scheme === 'bullet' || m.scheme === 'paren' || !m.rest.trim() || m.rest.trim().split(/\s+/).length > 30) return null;
  return { paragraph: p.index, title: m.rest.trim(), number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: p.text.trim(), weak: true };
}

/** Fewer numbered headings than this outside tables: the outline may be a table ("TT | Nội dung | Kết quả"). */
const MIN_OUTSIDE_TABLES = 3;
/** The fewest numbered rows, at two levels or more, that make a table's rows an outline read whatever is outside it. */
const MIN_TABLE_OUTLINE = 5;

/**
 * The headings with those of the document's outline tables, in document order: headings boxed alone in one-row tables
 * always, the rows of a table written as the outline only when few numbered headings stand outside tables.
 */
function withTableOutline(doc: DocModel, headings: Heading[], fewOutside: boolean): Heading[] {
  const all = [...tableOutlineHeadings(doc).values()];
  // (… or a table that holds an outline of its own, whatever is outside it: five rows or more numbered at two levels at least, "I",
  // "1", "2.1" — a report whose first part is written as one table, its second part as headings)
  // (… "1", "1.1", "1.2", "2", "2.1" under headings outside typed "I", "II", where its groups are rows whose titles span the other columns,
  // "| 1. Đánh giá về kết quả công tác tổ chức … | << | << |" — the parts' items, session 24, dg04; a table of criteria or of capital
  // numbered "1", "1.1" has a figure or a verdict in every row, and stays a table)
  // (… or one whose rows are the plan's items in turn, "1", "2", … or "(1)", "(2)", …, five or more, each with its text beside it: "| 1 |
  // Tiếp tục tăng cường công tác quán triệt … | Ban cán sự đảng đã chỉ đạo …|" — a report that answers the outline's tasks in a table)
  const perTable = new Map<number, { schemes: Set<string>; rows: number; spanning: number; prose: number; numbers: string[] }>();
  // (a table of two or so titled rows is never an outline of its own, nor read because few headings stand outside: its rows are only
  // candidates, in turn, the alignment confirms or drops — "| 1. Nhiệm vụ | … | / | 2. Giải pháp | … |" under "III. NHIỆM VỤ, GIẢI PHÁP")
  const few = new Set(all.filter((t) => t.few).map((t) => t.table));
  for (const t of all) {
    const seen = perTable.get(t.table) ?? { schemes: new Set<string>(), rows: 0, spanning: 0, prose: 0, numbers: [] };
    seen.schemes.add(t.scheme);
    seen.rows++;
    if (t.spans) seen.spanning++;
    if (t.prose) seen.prose++;
    seen.numbers.push(t.number.replace(/[().]/gu, ''));
    perTable.set(t.table, seen);
  }
  const inTurn = (numbers: string[]) => numbers.every((n, k) => n === String(k + 1));
  const outlined = (table: number) => {
    const seen = perTable.get(table);
    return !!seen && seen.rows >= MIN_TABLE_OUTLINE && seen.schemes.size >= 2 && (seen.schemes.has('roman') || seen.spanning >= 2);
  };
  // (… those of such a table are candidates the alignment confirms or drops: a table of a section's topics, "1 | Chương trình OCOP | …",
  // numbered the same way, stays the section's text)
  const inTurnRows = (table: number) => {
    const seen = perTable.get(table);
    return !!seen && (seen.rows >= MIN_TABLE_OUTLINE || few.has(table)) && seen.schemes.size === 1 && !seen.schemes.has('roman') && seen.prose === seen.rows && inTurn(seen.numbers);
  };
  const inTables = all.filter((t) => (t.few ? inTurnRows(t.table) : fewOutside || t.boxed || outlined(t.table) || inTurnRows(t.table)));
  if (!inTables.length) return headings;
  const rows: Heading[] = inTables.map((t) => ({ paragraph: t.paragraph, title: t.title, number: t.number, scheme: t.scheme, level: SCHEME_LEVEL[t.scheme], raw: `${t.number}. ${t.title}`, inTable: t.table, ...(!t.few && (fewOutside || t.boxed || outlined(t.table)) ? {} : { weak: true }), ...(t.few ? { fewRows: true as const } : {}) }));
  return [...headings, ...rows].sort((a, b) => a.paragraph - b.paragraph);
}

/** Where a typed "(n)" item starts in a paragraph: at its start, or after the full stop or ";" ending the item before. */
const PAREN_ITEM = /(?:^|(?<=[.;]\s{1,3}))\((\d{1,2})\)\s*/gu;

/**
 * The numbered items of one paragraph ("(1) Quy hoạch: … (2) Hạ tầng kinh tế - xã hội: … (7) An ninh, trật
 * tự được bảo đảm."), three or more numbered in a row, each a candidate the alignment confirms or drops: its
 * title is the words before its colon, or its whole sentence when it has none.
 */
function runInsWithin(p: Paragraph): Heading[] {
  if (p.cell || p.styleLevel !== undefined) return [];
  const text = p.text;

  // most paragraphs hold no three "(n)" at all: count them cheaply before matching
  let items = 0;
  for (let i = text.indexOf('('); i >= 0 && items < 3; i = text.indexOf('(', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c >= 48 && c <= 57) items++;
  }
  if (items < 3) return [];
  const found = [...text.matchAll(PAREN_ITEM)];
  if (found.length < 3 || found.some((m, k) => k > 0 && Number(m[1]) !== Number(found[k - 1][1]) + 1)) return [];
  return found.map((m, k) => {
    const from = m.index! + m[0].length;
    const segment = text.slice(from, k + 1 < found.length ? found[k + 1].index! : text.length).trim();
    const colon = segment.search(/[:：]/);
    const lead = colon > 0 && colon <= 120 ? segment.slice(0, colon) : segment.replace(/[.;]\s*$/, '');
    const title = lead.split(/\s+/).slice(0, 20).join(' ');
    const body = colon > 0 && colon <= 120 ? segment.slice(colon + 1).trim() : segment;
    return { paragraph: p.index, title, number: `(${m[1]})`, scheme: 'paren' as const, level: SCHEME_LEVEL.paren, raw: `(${m[1]}) ${title}`, runIn: body, weak: true };
  });
}

/** Where a topic run into a paragraph starts: "Về quy hoạch: …" at its start or after the sentence before (lexicon: topic-lead). */
const TOPIC_ITEM = new RegExp(`(?:^|(?<=[.;]\\s{1,3}))(?:${eitherCase(TOPIC_LEAD.set.phrases)})\\s+([^:：.;\\d]{2,60}?)\\s*[:：]\\s*`, 'gu');

/**
 * The topics run into one paragraph ("Về quy hoạch: … Về hạ tầng: bê tông hóa 6,8 km …"), or one opening it: no headings (they
 * would be taken for items anywhere), but read inside a matched item for its children written inline (inline-items.ts).
 */
export function topicsWithin(text: string, paragraph: number): Heading[] {
  if (text.indexOf(':') < 0 && text.indexOf('：') < 0) return [];
  const found = [...text.matchAll(TOPIC_ITEM)].filter((m) => m[1].trim().split(/\s+/).length <= 8);
  // (one topic is a candidate when it opens the paragraph: "Về giáo dục, y tế: …")
  if (!found.length || (found.length === 1 && found[0].index !== 0)) return [];
  return found.map((m, k) => {
    const body = text.slice(m.index! + m[0].length, k + 1 < found.length ? found[k + 1].index! : text.length).trim();
    const title = m[1].trim();
    return { paragraph, title, number: '', scheme: 'none' as const, level: SCHEME_LEVEL.none, raw: m[0].trim(), runIn: body, weak: true };
  });
}

/** "- Quy hoạch: …": a dash, a label of letters (no figure) and its colon. */
const DASH_LABEL = /^[-–]\s*[^\d:：;.]{3,80}[:：]\s*\S/u;

/**
 * "I. KẾT QUẢ VÀ KINH NGHIỆM THỰC HIỆN↵Bước vào giai đoạn 2021-2025, …": a numbered heading and its first sentence typed in one
 * plain paragraph, parted by a line break (Shift+Enter). The first line is the heading when it reads as one on its own — a
 * typed number and capitals, or set off by bold, italics or underline up to the break — and what follows is prose, not the
 * title going on in capitals ("I. KẾT QUẢ THỰC HIỆN↵CÁC MỤC TIÊU"). A styled or wholly bold paragraph is one heading.
 */
function headingBeforeBreak(p: Paragraph): Heading | null {
  const nl = p.text.indexOf('\n');
  if (nl <= 0 || p.numLabel || p.bold || (p.styleLevel !== undefined && p.styleLevel <= 6)) return null;
  const lines = p.text.split('\n').map((l) => l.trim());
  // (a title in capitals may go on over more lines: "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM↵TRONG THỜI GIAN TỚI↵Tiếp tục …")
  let n = 1;
  if (isCaps(lines[0])) while (n < lines.length - 1 && lines[n] && isCaps(lines[n])) n++;
  const first = lines.slice(0, n).join(' ');
  const body = lines.slice(n).join(' ').trim();
  if (first.length > 200 || body.split(/\s+/).length < 3 || isCaps(body)) return null;
  const m = parseMarker(first);
  if (!m || m.scheme === 'bullet' || m.spelled || !m.rest.trim()) return null;
  const setOff = (p.boldStart || p.italicStart) && p.lead !== undefined && Math.abs(p.lead - nl) <= 1;
  if (!isCaps(first) && !setOff) return null;
  return { paragraph: p.index, title: m.rest.trim().replace(/[:：]$/u, ''), number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: first, runIn: body };
}

/** The longest paragraph in a heading style read as a heading: the plan's longest titles, copied whole. */
const MAX_STYLED_HEADING = 600;

function asHeading(p: Paragraph): Heading | null {
  const h = headingOf(p);
  // a questionnaire's numbered question ("Câu 2. Kết quả thực hiện …?") is a heading only where it is the outline's item — a commune answering
  // the province's questions one per task; under an item of its own, "1. Kết quả …" then "**Câu 1: …?**" and the answer, it is that item's
  // text, the answer the item's (review-64 A5–A18, E1–E4)
  if (h && !h.weak && QUESTION_NUMBER.test(h.raw)) h.weak = true;
  return h;
}

function headingOf(p: Paragraph): Heading | null {
  if (p.cell) return null;
  const broken = headingBeforeBreak(p);
  if (broken) return broken;
  const shown = displayText(p);
  const full = (shown.includes('\n') ? shown.replace(/\n+/g, ' ') : shown).trim();
  const marked = MARKER_START.test(full);
  const styled = p.styleLevel !== undefined && p.styleLevel <= 6;
  // (a heading style may hold the plan's own long title copied whole: "1. Đánh giá về kết quả công tác tổ chức, triển khai …: Kiện toàn
  // Ban Chỉ đạo, bộ máy giúp việc, ban hành văn bản chỉ đạo, …" runs to 400 characters)
  const longest = styled ? MAX_STYLED_HEADING : 260;
  if (!full || (full.length > longest && !p.boldStart && !p.italicStart && !marked)) return null;
  // most paragraphs are plain prose: neither styled, bold, nor starting with a marker
  // (… but a line in capitals may be a heading set off by nothing else: "NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC")
  // (… or a short line set off by an underline alone: "Kết quả thực hiện:")
  // (… or a dash and a short label before a colon: "- Quy hoạch: 7/7 xã …")
  const dashLabel = (full[0] === '-' || full[0] === '–') && DASH_LABEL.test(full);
  // a short line of its own that a spelled number opens, no sentence and no figure, set off by nothing, is how a speech or a letter heads
  // its parts: "Thứ nhất, về kết quả thực hiện" over its text — a candidate the alignment confirms or drops (in prose a spelled number opens
  // a sentence: "Thứ hai, toàn xã có 12 thôn.")
  if (!styled && !p.bold && p.lead === undefined && !marked && !p.numLabel && full.length <= 120 && /^(?:thứ|một là|hai là|ba là|bốn là|năm là)/iu.test(full)) {
    const sp = parseMarker(full);
    if (sp?.spelled && sp.rest.trim() && !/\d/u.test(sp.rest) && full.split(/\s+/).length <= 16 && !/[.;:!?,…]$/u.test(full))
      return { paragraph: p.index, title: sp.rest.trim(), number: sp.number, scheme: sp.scheme, level: SCHEME_LEVEL[sp.scheme], raw: full, weak: true };
  }
  if (!styled && !p.bold && p.lead === undefined && !marked && !dashLabel && !(full.length <= 200 && ((TWO_CAPITALS.test(full) && isCaps(full)) || p.underline))) return null;
  // a lead set off by bold or italic ("**2.1. Kết quả:** …", "_(1) Quy hoạch:_ …") may make a run-in heading
  // … or a lead Word numbers itself ("(1)" from numbering.xml) ending in a colon: a candidate the alignment confirms or drops
  // … or a whole italic paragraph whose title ends at a colon ("_(2) Hạ tầng kinh tế - xã hội: kiên cố hóa …_")
  const lead = p.boldStart || p.italicStart || !!p.numLabel || !!p.italic;
  // a number spelled in words ("Thứ hai, …") opens prose as often as a heading: it counts only when set off
  const spelled = parseMarker(full);
  const m = spelled?.spelled && !styled && !p.bold && !lead ? null : spelled;
  // a label alone ("Phần thứ nhất", "II.") is a heading when bold, styled or a part label: its title may follow
  if (m && !m.rest.trim() && m.scheme !== 'bullet' && (styled || p.bold || m.scheme === 'phan'))
    return { paragraph: p.index, title: '', number: m.number, scheme: m.scheme, level: p.styleLevel ?? SCHEME_LEVEL[m.scheme], raw: full };
  // "**2.1. Kết quả huy động nguồn lực:** Tổng nguồn lực …": a run-in heading, bold up to its colon
  if (!styled && !p.bold && lead && m && m.scheme !== 'bullet' && p.lead !== undefined) {
    // the reader knows where the lead ends: "**(1) Nâng cao hiệu quả … đô thị hoá.** 175/175 xã …"
    const end = full.length - p.text.length + p.lead;
    const head = full.slice(0, end).replace(/[\s.:：;,–-]+$/u, '');
    const hm = parseMarker(head);
    const body = full.slice(end).trim();
    if (hm && hm.scheme !== 'bullet' && hm.rest.trim().length >= 3 && head.length <= 300 && body.split(/\s+/).length >= 3)
      return { paragraph: p.index, title: hm.rest.trim(), number: hm.number, scheme: hm.scheme, level: SCHEME_LEVEL[hm.scheme], raw: head, runIn: body };
  }
  // "_Kết quả huy động nguồn lực._ Tổng nguồn lực …": an unnumbered lead set off by bold or italics, a candidate the alignment confirms or drops
  if (!styled && !p.bold && (p.boldStart || p.italicStart) && !m && p.lead !== undefined) {
    const end = full.length - p.text.length + p.lead;
    const head = full.slice(0, end).replace(/[\s.:：;,–-]+$/u, '');
    const body = full.slice(end).trim();
    if (head.split(/\s+/).length >= 3 && head.length <= 200 && body.split(/\s+/).length >= 3)
      return { paragraph: p.index, title: head, number: '', scheme: 'none', level: SCHEME_LEVEL.none, raw: head, runIn: body, weak: true };
  }
  // "- **Quan điểm chỉ đạo:** xây dựng nông thôn mới là …": a dash item led by bold or italics, a candidate the alignment confirms or drops
  if (!styled && !p.bold && (p.boldStart || p.italicStart) && m?.scheme === 'bullet' && p.lead !== undefined) {
    const end = full.length - p.text.length + p.lead;
    const head = full.slice(0, end).replace(/[\s.:：;,–-]+$/u, '');
    const title = parseMarker(head)?.rest.trim() ?? '';
    const body = full.slice(end).trim();
    if (title.split(/\s+/).length >= 2 && title.length <= 200 && body.split(/\s+/).length >= 3)
      return { paragraph: p.index, title, number: m.number, scheme: 'bullet', level: SCHEME_LEVEL.bullet, raw: head, runIn: body, weak: true };
  }
  // a plain "- Quy hoạch: 7/7 xã …", a short label and its colon, no bold or italics: a weak candidate the alignment confirms or
  // drops (the 11 nội dung thành phần listed one dash each)
  if (!styled && !p.bold && !lead && m?.scheme === 'bullet') {
    const colon = m.rest.search(/[:：]/);
    const title = colon > 0 ? m.rest.slice(0, colon).trim() : '';
    if (colon >= 3 && title.split(/\s+/).length <= 12 && !/\d/.test(title) && m.rest.slice(colon + 1).trim().split(/\s+/).length >= 3)
      return { paragraph: p.index, title, number: m.number, scheme: 'bullet', level: SCHEME_LEVEL.bullet, raw: full.slice(0, full.length - m.rest.length + colon).trim(), runIn: m.rest.slice(colon + 1).trim(), weak: true };
  }
  // a plain "(1) Quy hoạch: 12/12 xã …" typed by hand, no bold or italics: a weak candidate the alignment confirms or drops
  if (!styled && !p.bold && !lead && m && m.scheme === 'paren') {
    const colon = m.rest.search(/[:：]/);
    const title = colon > 0 ? m.rest.slice(0, colon).trim() : '';
    if (colon >= 3 && colon <= 220 && title.split(/\s+/).length <= 40 && m.rest.slice(colon + 1).trim().split(/\s+/).length >= 3)
      return { paragraph: p.index, title, number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: full.slice(0, full.length - m.rest.length + colon).trim(), runIn: m.rest.slice(colon + 1).trim(), weak: true };
  }
  // a plain paragraph opening with a number typed by hand, no bold, italics or style: "1. Công tác tuyên truyền.
  // Trong 3 năm qua …", "1.1. Bối cảnh … của huyện" on its own line: a weak candidate the alignment confirms or drops
  // … or numbered by Word ("I.", "1.", "2.1." from numbering.xml) on a Normal paragraph, set off by nothing but an underline
  const wordNumbered = !!p.numLabel && !p.boldStart && !p.italicStart && !p.italic;
  // … or whose number alone is set off by bold or italics ("**1.** Công tác tổ chức học tập …"): the title is plain
  const markOnly = (p.boldStart || p.italicStart) && p.lead !== undefined && !parseMarker(full.slice(0, full.length - p.text.length + p.lead))?.rest.trim();
  if (!styled && !p.bold && (!lead || wordNumbered || markOnly) && m && m.scheme !== 'bullet' && !isCaps(full)) {
    const plain = plainTitle(m.rest);
    // (a Word-numbered item with text after its title is left to the run-in reading below)
    if (plain && !(wordNumbered && plain.body)) return { paragraph: p.index, title: plain.title, number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: `${full.slice(0, full.length - m.rest.length)}${plain.title}`.trim(), ...(plain.body ? { runIn: plain.body } : {}), weak: true };
  }
  if (!styled && !p.bold && lead && m && m.scheme !== 'bullet') {
    const colon = m.rest.search(/[:：]/);
    if (colon >= 3 && colon <= 220) {
      const title = m.rest.slice(0, colon).trim();
      return { paragraph: p.index, title, number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: full.slice(0, full.length - m.rest.length + colon).trim(), runIn: m.rest.slice(colon + 1).trim() };
    }
  }
  if (full.length > longest) return null;
  const caps = isCaps(full);
  const words = full.split(/\s+/).length;
  let heading = false;
  if (styled) heading = true;
  else if (m && m.scheme !== 'bullet' && (p.bold || (caps && m.scheme !== 'paren'))) heading = true;
  // an italic line with a sub-item number ("2.1. …", "(3) …", "a) …"): a sub-heading made by italics alone
  else if (m && p.italic && (m.scheme === 'decimal' || m.scheme === 'paren' || m.scheme === 'alpha' || m.scheme === 'arabic') && words <= 45 && !/[.;:]$/.test(full)) heading = true;
  else if (p.bold && caps && words <= 20 && !/[:;]$/.test(full)) heading = true;
  else if (p.bold && m?.scheme === 'bullet' && words <= 25) heading = true;
  // "(1) Nâng cao hiệu quả …" numbered by Word, in plain text, on its own line: a candidate the alignment confirms or drops
  if (!heading && p.numLabel && m && (m.scheme === 'paren' || m.scheme === 'alpha') && words <= 40 && !/[.;:,]$/.test(full))
    return { paragraph: p.index, title: m.rest.trim(), number: m.number, scheme: m.scheme, level: SCHEME_LEVEL[m.scheme], raw: full, weak: true };
  // a short line in capitals set off by nothing else, not a sentence: a candidate the alignment confirms or drops
  if (!heading && !m && !p.bold && caps && words >= 2 && words <= 20 && !/[.:;,]$/.test(full))
    return { paragraph: p.index, title: full, number: '', scheme: 'caps', level: SCHEME_LEVEL.caps, raw: full, weak: true };
  // a longer bold line led by a dash or a symbol ("❖ Kết quả thực hiện các phong trào thi đua, … ở cơ sở"), not a sentence: a candidate the alignment confirms or drops
  if (!heading && p.bold && m?.scheme === 'bullet' && words <= PLAIN_TITLE_WORDS && !/[.;:,!?]$/.test(full))
    return { paragraph: p.index, title: m.rest.trim(), number: '', scheme: 'bullet', level: SCHEME_LEVEL.bullet, raw: full, weak: true };
  // a bold line with no number, in sentence case ("Kết quả thực hiện các dự án … thời gian qua"): a candidate the alignment confirms or drops
  // … or a shorter one ending at a colon, alone on its line ("Kết quả thực hiện:", "Những tồn tại, hạn chế, vướng mắc:", underlined)
  const emphasized = p.bold || p.italic || p.underline;
  const colonLine = words <= 15 && /^[^.;:!?]+:$/u.test(full);
  // (… as long as a title may be, as the symbol-led line above: "Kết quả thực hiện các phong trào thi đua, cuộc vận động trong phát huy dân chủ,
  // huy động nguồn lực và kiểm tra, giám sát ở cơ sở" is 29 words; the alignment decides)
  if (!heading && !m && emphasized && words >= 2 && ((words <= PLAIN_TITLE_WORDS && !/[.;:,!?]$/.test(full)) || colonLine) && UPPER_FIRST.test(full)) {
    const title = colonLine ? full.slice(0, -1).trim() : full;
    return { paragraph: p.index, title, number: '', scheme: 'none', level: SCHEME_LEVEL.none, raw: title, weak: true };
  }
  if (!heading) return null;
  if (!m) return { paragraph: p.index, title: full, number: '', scheme: caps ? 'caps' : 'none', level: p.styleLevel ?? SCHEME_LEVEL[caps ? 'caps' : 'none'], raw: full };
  return { paragraph: p.index, title: m.rest.trim() || full, number: m.number, scheme: m.scheme, level: p.styleLevel ?? SCHEME_LEVEL[m.scheme], raw: full };
}

/** A title this long at most, in words, for a heading typed as a plain paragraph. */
const PLAIN_TITLE_WORDS = 45;

/**
 * The title of a plain numbered paragraph: the whole line when it is short and ends without punctuation
 * ("Bối cảnh … của huyện"), or its first sentence, up to a colon or a full stop before a capital ("Công tác
 * tuyên truyền. Trong 3 năm qua …"), when text of three words or more follows.
 */
function plainTitle(rest: string): { title: string; body?: string } | null {
  const t = rest.trim();
  if (!t) return null;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (!/[.;:,!?…]$/.test(t) && !/\n/.test(t) && words(t) <= PLAIN_TITLE_WORDS) return { title: t };
  // "1. Kết quả đạt được:" alone on its line: the text follows in the next paragraphs
  if (/[:：]$/.test(t) && !/[:：].*[:：]$/.test(t) && words(t) <= PLAIN_TITLE_WORDS) return { title: t.replace(/[:：]$/, '').trim() };
  const stop = LEAD_STOP.exec(t);
  if (!stop) return null;
  const title = t.slice(0, stop.index).trim();
  const body = t.slice(stop.index + stop[0].length).trim();
  if (words(title) < 2 || words(title) > PLAIN_TITLE_WORDS || words(body) < 3) return null;
  return { title, body };
}

/** Where the body ends: the first closing line after the last heading, or the signature block when no closing line comes before it (undefined when there is none). */
export function closingParagraph(doc: DocModel, headings: Heading[]): number | undefined {
  const last = headings.length ? headings[headings.length - 1].paragraph : -1;
  for (let i = last + 1; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const t = p.text.trim().replace(/^\(\s*/, '');
    // "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC": the signer's office alone only outside a table (a cell "Chủ tịch" may be a member's post)
    const first = t.split('\n')[0];
    if (p.cell ? signsForBody(first) : signsFor(first)) return i;
    // a closing line in a cell: the recipients of a signature table ("Nơi nhận:" left, the signer right)
    const hit = p.cell ? (/^nơi nhận/iu.test(t) ? CLOSING.find(t) : null) : CLOSING.find(t);
    // at the start of a line ("Trên đây là…", "Nơi nhận:"), or ending a short one ("Sở Y tế kính báo cáo UBND tỉnh."), or one closed by
    // the mark that ends a document's body ("Sở Tài nguyên và Môi trường kính báo cáo UBND tỉnh, Văn phòng Điều phối … tổng hợp./.")
    // (… the mark ending a line with no figure and no request: "kính trình UBND tỉnh xem xét, bố trí 15 tỷ đồng …./." asks for something)
    if (hit && (hit.start === 0 || (/^(kinh|xin)/.test(foldDiacritics(hit.phrase)) && (t.split(/\s+/).length <= 20 || (/\.\/\.\s*$/u.test(t) && !/\d/u.test(t) && !ASKS.test(t.slice(hit.end))))))) return i;
  }
  return undefined;
}

export interface FlatSection {
  section: Section;
  parent?: FlatSection;
  depth: number;
  /** Position in pack order. */
  order: number;
  /** Applies to this report level. */
  applies: boolean;
}

export function flatten(pack: Pack, level?: Level): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (list: Section[], parent: FlatSection | undefined, depth: number) => {
    for (const s of list) {
      const applies = (parent?.applies ?? true) && (!level || !s.levels || s.levels.includes(level));
      const f: FlatSection = { section: s, parent, depth, order: out.length, applies };
      out.push(f);
      walk(s.children, f, depth + 1);
    }
  };
  walk(pack.outline, undefined, 0);
  return out;
}

const numbers = new Map<string, string>();
/** "2.1.", "(3)", "II" → "2.1", "3", "ii": how a number compares, remembered (headings are scored against many items). */
function normNumber(n: string): string {
  let v = numbers.get(n);
  if (v === undefined) {
    v = foldDiacritics(n).replace(/\s+/g, ' ').trim().replace(/[.)]+$/, '').replace(/^\(|\)$/g, '');
    if (numbers.size > 10_000) numbers.clear();
    numbers.set(n, v);
  }
  return v;
}

/** Whether `f` lies under `anc` in the outline. */
export function isUnder(f: FlatSection, anc: FlatSection): boolean {
  for (let p = f.parent; p; p = p.parent) if (p === anc) return true;
  return false;
}

/**
 * Token-set similarity weighted by rarity: a word found in many of the pack's
 * titles ("kết quả", "thực hiện", "đánh giá") says little about which item a
 * heading is; a rare one ("bài học", "nợ đọng") says much.
 */
/** Function words: they say nothing about which item a heading is. Domain words ("kết quả", "đánh giá") are kept and weighted by rarity instead. */
const FUNCTION_WORDS = new Set(['va', 'cua', 'cac', 'trong', 'voi', 'cho', 'theo', 'la', 'co', 'nhung', 'mot', 'tai', 've', 'nay', 'o', 'nham', 'duoc', 'tu', 'den', 'nhu', 'khi', 'da', 'viec', 'doi', 'tren', 'nhat']);
/** Words of a heading or title for alignment. */
/** The parts of a heading that joins two items: "Giải pháp và kiến nghị", "Hạn chế, khó khăn; nguyên nhân". */
function headingParts(title: string): string[] {
  // (the parts joined by "và" keep their commas: "Dịch vụ hành chính công và giám sát, đánh giá" holds "giám sát, đánh giá"; "VÀ" in
  // capitals as well)
  const joined = title.split(/\s+và\s+/iu).filter((p) => p.trim());
  // (… and those joined by ";" theirs: "Môi trường, cảnh quan; giáo dục, y tế" holds "giáo dục, y tế")
  const halves = title.split(/\s*;\s*/u).filter((p) => p.trim());
  const parts = title.split(/\s+và\s+|\s*[,;]\s*/iu).filter((p) => p.trim());
  return parts.length > 1 ? [...new Set([...(joined.length > 1 ? joined : []), ...(halves.length > 1 ? halves : []), ...parts])] : [];
}

export function alignTokens(s: string): string[] {
  // (the bodies a heading of proposals names are the outline's "cấp trên": "Kiến nghị với UBND tỉnh, các sở, ngành" — lexicon: addressees)
  const to = ADDRESSEES.exec(s);
  if (to) s = `${s.slice(0, to.index + to[0].length - to[1].length)}cấp trên`;
  return [...new Set(joinTerms(normalize(s)).split(' ').filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)))];
}

export class Scorer {
  private weight = new Map<string, number>();
  private titles = new Map<Section, string[][]>();
  /** Each title or name of an item made of two parts joined by "và" ("Kết quả và kinh nghiệm"), its two parts' words. */
  private frames = new Map<Section, Array<[string[], string[]]>>();
  private sets = new Map<string[], Set<string>>();
  private fallback: number;
  private rare: number;
  /** The words of the report's own title, for a heading that names an item by them (a section's title-leads). */
  private title: Set<string>;
  /** The level of the document's top headings: a title-leads match is made at that level only. */
  private topLevel: number;
  constructor(flat: FlatSection[], title: string[] = [], topLevel = 1) {
    this.title = new Set(title);
    this.topLevel = topLevel;
    const df = new Map<string, number>();
    for (const f of flat) {
      const words = new Set([f.section.title, ...f.section.aliases].flatMap((t) => alignTokens(t)));
      for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
      this.titles.set(f.section, [f.section.title, ...f.section.aliases].map((t) => alignTokens(t)));
      const frames = [f.section.title, ...f.section.aliases].map((t) => t.split(/\s+và\s+/iu)).filter((p) => p.length === 2).map(([a, b]) => [alignTokens(a), alignTokens(b)] as [string[], string[]]).filter(([a, b]) => a.length >= 2 && b.length >= 2);
      if (frames.length) this.frames.set(f.section, frames);
    }
    const n = flat.length;
    for (const [w, d] of df) this.weight.set(w, Math.log(1 + n / d));
    // (a word in three titles or fewer)
    this.rare = Math.log(1 + n / Math.min(3, n));
    this.fallback = Math.log(1 + this.titles.size);
  }
  private w(word: string): number {
    return this.weight.get(word) ?? this.fallback;
  }
  private setOf(t: string[]): Set<string> {
    let s = this.sets.get(t);
    if (!s) this.sets.set(t, (s = new Set(t)));
    return s;
  }
  private weights = new Map<string[], { each: number[]; sum: number }>();
  /** The weight of each word of a list and their sum, computed once per list. */
  private weightsOf(t: string[]) {
    let w = this.weights.get(t);
    if (!w) {
      const each = t.map((x) => this.w(x));
      this.weights.set(t, (w = { each, sum: each.reduce((a, b) => a + b, 0) }));
    }
    return w;
  }
  /** Similarity of a heading's tokens to a title's tokens (both without repeats), in [0, 1]. */
  sim(h: string[], t: string[]): number {
    if (!h.length || !t.length) return 0;
    const tSet = this.setOf(t);
    const hSet = this.setOf(h);
    const hW = this.weightsOf(h);
    const tW = this.weightsOf(t);
    const hw = hW.sum;
    const tw = tW.sum;
    let hin = 0;
    for (let i = 0; i < h.length; i++) if (tSet.has(h[i])) hin += hW.each[i];
    let tin = 0;
    for (let i = 0; i < t.length; i++) if (hSet.has(t[i])) tin += tW.each[i];
    const precision = hin / hw; // heading words that belong to the title
    const recall = tin / tw; // title words present in the heading
    const f = (2 * precision * recall) / (precision + recall || 1);
    // a short heading fully inside a long title is a good match ("Giảm nghèo bền vững" for item 9)
    const shortCover = h.length >= 2 ? precision * Math.min(1, 0.55 + 0.15 * h.length) * Math.max(recall, 0.5) : 0;
    // a long heading that opens with the whole of a short title ("Kết quả thực hiện các dự án …" for "Kết quả thực hiện";
    // "Lộ trình, nhiệm vụ, giải pháp trọng tâm …" for "Nhiệm vụ, giải pháp"): the title's words in a row, within its first words
    let opens = 0;
    if (t.length >= 3 && t.length < h.length)
      for (let at = 0; at <= Math.min(2, h.length - t.length) && !opens; at++) if (t.every((x, i) => h[at + i] === x)) opens = Math.min(0.8, 0.5 + 0.08 * t.length) - 0.05 * at;
    // … or with a two-word title whose words no other item has ("Giải pháp phấn đấu đạt chuẩn xã nông thôn mới nâng cao năm 2025" for "Giải pháp")
    if (!opens && t.length === 2 && h.length > 2 && h[0] === t[0] && h[1] === t[1] && t.every((x) => this.w(x) >= this.fallback - 1e-9)) opens = 0.62;
    return Math.min(1, Math.max(f, shortCover, opens));
  }
  /** Weighted share of the words of `t` that `other` lacks, found in the heading. */
  cover(h: string[], t: string[], other: string[]): number {
    const hSet = this.setOf(h);
    const o = this.setOf(other);
    let all = 0;
    let hit = 0;
    for (const x of t) {
      if (o.has(x)) continue;
      all += this.w(x);
      if (hSet.has(x)) hit += this.w(x);
    }
    return all ? hit / all : 0;
  }
  /**
   * Whether the heading carries a word of the section's own (one `other` lacks) that few of the pack's titles have: the programme's
   * name ("xây dựng nông thôn mới") and words of every item say nothing of which items a heading joins.
   */
  carriesRare(h: string[], s: Section, other: string[]): boolean {
    const hSet = this.setOf(h);
    const o = this.setOf(other);
    return (this.titles.get(s) ?? []).some((t) => t.some((x) => !o.has(x) && hSet.has(x) && this.w(x) >= this.rare));
  }
  /** The best `cover` over a section's title and aliases. */
  coverItem(h: string[], s: Section, other: string[]): number {
    let best = 0;
    for (const t of this.titles.get(s) ?? []) best = Math.max(best, this.cover(h, t, other));
    return best;
  }
  /** How well a heading fits a section, in [0, 1.15]. */
  score(s: Section, h: Heading, hTokens: string[]): number {
    let best = 0;
    for (const t of this.titles.get(s) ?? []) best = Math.max(best, this.sim(hTokens, t));
    if (s.number && h.number) {
      if (normNumber(s.number) === normNumber(h.number)) best += best > 0.2 ? 0.15 : 0;
      else if (best < 0.9) best -= 0.05;
    }
    // "Phần thứ nhất" with no title: the number alone identifies it
    if (h.scheme === 'phan' && s.number && normNumber(s.number) === normNumber(h.number)) best = Math.max(best, 0.8);
    // a heading that opens on the item's title-leads, its other words the report's own title ("KẾT QUẢ DUY TRÌ, NÂNG CHUẨN XÃ NÔNG THÔN MỚI
    // THEO BỘ TIÊU CHÍ …" under a tham luận titled "Kết quả duy trì, nâng chuẩn xã nông thôn mới theo Bộ tiêu chí … tại xã Điện Hòa"):
    // the results of the subject the report was given (nvz04)
    // (… a heading of the report's top level only: a sub-heading of the background that repeats the title, "1. Kết quả duy trì, nâng chuẩn …
    // giai đoạn 2016-2020" under "I. KHÁI QUÁT …", is no part of its own — walk47)
    if (s.titleLeads?.length && this.title.size && best < TITLE_ECHO && h.level <= this.topLevel) best = Math.max(best, this.echoesTitle(s.titleLeads, hTokens) ? TITLE_ECHO : 0);
    // a heading framed by a name of the item made of two parts joined by "và", the subject the writer was given between them: "KẾT QUẢ
    // XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2021-2023 VÀ KINH NGHIỆM" for "Kết quả và kinh nghiệm" (nzd06)
    if (best < FRAMED && this.framedBy(s, h.title ?? '', hTokens)) best = FRAMED;
    return best;
  }
  /** Whether a heading opens on the first part of one of the item's two-part names and closes on "và" and its second part, words between. */
  private framedBy(s: Section, title: string, h: string[]): boolean {
    const frames = this.frames.get(s);
    if (!frames) return false;
    const parts = title.split(/\s+và\s+/iu);
    const words = alignTokens(parts.slice(0, -1).join(' và '));
    const last = alignTokens(parts.at(-1) ?? '');
    return frames.some(([a, b]) => words.length > a.length && a.every((x, i) => words[i] === x) && last.length === b.length && b.every((x, i) => last[i] === x) && h.length > a.length + b.length);
  }
  /** Whether a heading's words are a lead's, then four words or more, nearly all of them the title's. */
  private echoesTitle(leads: string[], h: string[]): boolean {
    return leads.some((lead) => {
      const l = alignTokens(lead);
      if (!l.length || !l.every((x, i) => h[i] === x)) return false;
      const rest = h.slice(l.length);
      return rest.length >= 4 && rest.filter((x) => this.title.has(x)).length >= Math.ceil(rest.length * 0.8);
    });
  }
  tokensOf(s: Section): string[] {
    return (this.titles.get(s) ?? [[]])[0];
  }
}

export interface SectionMatch {
  flat: FlatSection;
  heading?: Heading;
  /** How well the heading fits the item, in [0, 1.15] (0 when missing). */
  score: number;
  /** How the heading was assigned: in order, merged with a sibling under one heading, or found out of order. */
  how?: 'aligned' | 'merged' | 'moved';
}

/** A table's caption: "Bảng: …", "Bảng 2. …", "Biểu số 01 - …". */
const TABLE_CAPTION = /^\s*(?:bảng|biểu)(?:\s+(?:số\s+)?\d+[a-zđ]?)?\s*[:.\-–]/iu;

/** A match gains its score above this; below it a heading and an item are better left apart. */
const FLOOR = 0.45;
/** How well a heading fits an item it names by the item's title-leads and the report's own title. */
const TITLE_ECHO = 0.75;
/** How well a heading fits an item whose two-part name ("Kết quả và kinh nghiệm") frames it: enough to take it in the outline's order, never
 * to move it (below MOVED) — a heading of the tasks or the proposals that opens and closes like an item of results is no item moved there
 * (review-59c A1–A15). */
const FRAMED = 0.6;
/** The one heading left among an item's siblings is the one item left when it fits this well. */
const GAP = 0.12;
/** Several headings left between two matched items are those items, in order, when each fits its own this well. */
const PAIRED = 0.3;
/** What a heading of another level than its siblings' costs in the second pass. */
const LEVEL_PENALTY = 0.2;
/** A heading resembles one of the pack's items when it scores this for it (a sure match, not a shared word). */
const RESEMBLES = 0.55;
/** A part of the writer's over one item's heading fits the item from this score, the two siblings' level agreeing (see alignOutline). */
const ENCLOSING_FIT = 0.3;
/** A heading out of the outline's order is taken only when it fits this well. */
const MOVED = 0.7;
/** Below this, an item's heading hardly says it: a heading left over that says it well takes its place. */
const WEAK_TAKEN = 0.5;
/** How many times the moved items are looked for, each pass finding the items of the parts the one before found. */
const MOVE_PASSES = 4;
/** A leftover heading that says an item almost word for word is that item wherever it stands (then out of order). */
const MOVED_ANYWHERE = 0.9;

export interface Mapping {
  mapped: boolean;
  found: number;
  required: number;
  topFits: boolean;
}

/**
 * Align the pack's items (in outline order) with the document's headings (in
 * document order) as one global, order-preserving assignment: dynamic
 * programming over items × headings, where a match gains its score above the
 * floor, an item may be skipped (missing), a heading may be skipped (the
 * writer's own), and two sibling items may share one heading (merged by the
 * writer). Items still unmatched then take a heading out of order when it fits
 * them well (moved by the writer).
 */
/**
 * The outline aligned with the document's headings. The titled rows of a table of two or so rows ("| 1. Nhiệm vụ | … |", "| 2. Giải pháp | …
 * |") count only as the items of the heading right above the table, where those items have no heading of their own: the outline is first
 * aligned without them, then again with the rows of each table whose heading above took an item left without its items. (A table of the
 * kind under an item with no items, "| 1. Ưu điểm | … |" under "1. Những kết quả đạt được", stays its text.)
 */
export function alignOutline(pack: Pack, headings: Heading[], level: Level | undefined, doc: DocModel): { matches: SectionMatch[]; mapping: Mapping } {
  if (!headings.some((h) => h.fewRows)) return alignHeadings(pack, headings, level, doc);
  const plain = headings.filter((h) => !h.fewRows);
  const first = alignHeadings(pack, plain, level, doc);
  const found = new Set(first.matches.filter((m) => m.heading).map((m) => m.flat));
  const tablesKept = new Set<number>();
  for (const h of headings) {
    if (!h.fewRows || tablesKept.has(h.inTable!)) continue;
    const above = plain.filter((x) => x.paragraph < h.paragraph && x.inTable !== h.inTable).at(-1);
    // (the items that heading took: one whose items have no heading, or two it was taken for as merged — "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG
    // TÂM" for "Nhiệm vụ" and "Giải pháp", the part left without a heading)
    const took = above ? first.matches.filter((m) => m.heading === above) : [];
    if (took.some((m) => m.how === 'merged' || first.matches.some((x) => x.flat.parent === m.flat && !found.has(x.flat)))) tablesKept.add(h.inTable!);
  }
  return tablesKept.size ? alignHeadings(pack, headings.filter((h) => !h.fewRows || tablesKept.has(h.inTable!)), level, doc) : first;
}

function alignHeadings(pack: Pack, headings: Heading[], level: Level | undefined, doc: DocModel): { matches: SectionMatch[]; mapping: Mapping } {
  const flat = flatten(pack, level);
  // (the report's own title read for an item's title-leads only where it names the pack's kind, "tham luận": a commune's yearly report whose
  // heading repeats its title is no tham luận — review-47d E9)
  const title = flat.some((f) => f.section.titleLeads?.length) ? titleText(doc) : '';
  const ofPack = !!title && pack.identify.titlePatterns.some((p) => packPattern(p).indexIn(normalize(title)) >= 0);
  const scorer = new Scorer(flat, ofPack ? alignTokens(title) : [], Math.min(...headings.map((h) => h.level)));
  const n = flat.length;
  const m = headings.length;
  const hTok = headings.map((h) => alignTokens(h.title));
  // sparse scores: only pairs that share a word or a number are worth scoring
  const bySection = new Map<string, number[]>();
  flat.forEach((f, i) => {
    for (const t of scorer.tokensOf(f.section)) (bySection.get(t) ?? bySection.set(t, []).get(t)!).push(i);
    for (const al of f.section.aliases) for (const t of alignTokens(al)) (bySection.get(t) ?? bySection.set(t, []).get(t)!).push(i);
  });
  const score: Array<Map<number, number>> = headings.map((h, j) => {
    const cands = new Set<number>();
    for (const t of hTok[j]) for (const i of bySection.get(t) ?? []) cands.add(i);
    if (h.scheme === 'phan') flat.forEach((f, i) => /^phần/iu.test(f.section.number) && cands.add(i));
    const row = new Map<number, number>();
    for (const i of cands) {
      const s = scorer.score(flat[i].section, h, hTok[j]);
      if (s > FLOOR) row.set(i, s);
    }
    return row;
  });
  // two sibling leaves under one heading ("3. Hạn chế, khó khăn và nguyên nhân" for items 2 and 3)
  const cands = headings.map((_, j) => new Set<number>());
  hTok.forEach((toks, j) => toks.forEach((t) => bySection.get(t)?.forEach((i) => cands[j].add(i))));
  const mergeGainOf = (i: number, j: number): number => {
    const a = flat[i];
    const b = flat[i + 1];
    if (!b || !cands[j].has(i) || !cands[j].has(i + 1) || a.parent !== b.parent || a.section.children.length || b.section.children.length) return 0;
    const ta = scorer.tokensOf(a.section);
    const tb = scorer.tokensOf(b.section);
    // the heading must carry words of each item that the other lacks: "Hạn chế, khó khăn và nguyên nhân"
    if (scorer.cover(hTok[j], ta, tb) < 0.3 || scorer.cover(hTok[j], tb, ta) < 0.3) return 0;
    const both = scorer.sim(hTok[j], [...new Set([...ta, ...tb])]);
    return both > 0.6 ? 2 * (both - FLOOR) - 0.05 : 0;
  };
  // computed once, for the pairs of items that share words with the heading
  const merges = headings.map((_, j) => {
    const row = new Map<number, number>();
    for (const i of cands[j]) if (cands[j].has(i + 1)) {
      const g = mergeGainOf(i, j);
      if (g > 0) row.set(i, g);
    }
    return row;
  });
  const mergeGain = (i: number, j: number) => merges[j].get(i) ?? 0;
  const W = m + 1;
  const best = new Float64Array((n + 1) * W);
  const move = new Uint8Array((n + 1) * W); // 1 skip item, 2 skip heading, 3 match, 4 merge
  /**
   * One pass of the alignment. `levels` gives, for a group of siblings, the heading level most of them
   * took in the pass before: a heading of another level costs a little, so siblings stay on one level
   * ("2. Kết quả huy động nguồn lực" under III does not take the item that III is).
   */
  const pass = (levels?: Map<FlatSection | undefined, number>) => {
    const gain = (i: number, j: number) => {
      const s = score[j].get(i);
      if (s === undefined) return 0;
      const want = levels?.get(flat[i].parent);
      return s - FLOOR - (want !== undefined && headings[j].level !== want ? LEVEL_PENALTY : 0);
    };
    for (let i = 1; i <= n; i++) move[i * W] = 1;
    for (let j = 1; j <= m; j++) move[j] = 2;
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j <= m; j++) {
        let b = best[(i - 1) * W + j];
        let mv = 1;
        const sh = best[i * W + j - 1];
        if (sh > b) ((b = sh), (mv = 2));
        const g = gain(i - 1, j - 1);
        if (g > 0 && best[(i - 1) * W + j - 1] + g > b) ((b = best[(i - 1) * W + j - 1] + g), (mv = 3));
        if (i >= 2) {
          const mg = mergeGain(i - 2, j - 1);
          if (mg > 0 && best[(i - 2) * W + j - 1] + mg > b) ((b = best[(i - 2) * W + j - 1] + mg), (mv = 4));
        }
        best[i * W + j] = b;
        move[i * W + j] = mv;
      }
    }
    const result: SectionMatch[] = flat.map((f) => ({ flat: f, score: 0 }));
    const used = new Set<number>();
    for (let i = n, j = m; i > 0 || j > 0; ) {
      const mv = move[i * W + j];
      if (mv === 1) i--;
      else if (mv === 2) j--;
      else if (mv === 3) {
        result[i - 1] = { flat: flat[i - 1], heading: headings[j - 1], score: score[j - 1].get(i - 1) ?? 0, how: 'aligned' };
        used.add(j - 1);
        i--;
        j--;
      } else {
        for (const k of [i - 2, i - 1]) result[k] = { flat: flat[k], heading: headings[j - 1], score: scorer.score(flat[k].section, headings[j - 1], hTok[j - 1]), how: 'merged' };
        used.add(j - 1);
        i -= 2;
        j--;
      }
    }
    return { result, used };
  };
  const first = pass();
  const levels = new Map<FlatSection | undefined, number>();
  const byGroup = new Map<FlatSection | undefined, number[]>();
  for (const r of first.result) if (r.heading) (byGroup.get(r.flat.parent) ?? byGroup.set(r.flat.parent, []).get(r.flat.parent)!).push(r.heading.level);
  for (const [g, ls] of byGroup) {
    if (ls.length < 2) continue;
    const count = new Map<number, number>();
    for (const l of ls) count.set(l, (count.get(l) ?? 0) + 1);
    const [mode, k] = [...count].sort((a, b) => b[1] - a[1])[0];
    if (k * 2 > ls.length) levels.set(g, mode);
  }
  const { result, used: usedHeading } = levels.size ? pass(levels) : first;
  // an item matched below its siblings' level, under a heading of their level that fits it too, is that heading: the writer's part
  // written over its own parts ("I. KẾT QUẢ 3 NĂM XÂY DỰNG NÔNG THÔN MỚI VÀ NHỮNG KINH NGHIỆM" over "2. Về kết quả thực hiện các Bộ
  // tiêu chí", the other items on the level of I)
  for (const r of result) {
    const want = levels.get(r.flat.parent);
    if (!r.heading || want === undefined || r.heading.level <= want) continue;
    const j = headings.indexOf(r.heading);
    let k = j - 1;
    while (k >= 0 && headings[k].level > want) k--;
    if (k < 0 || headings[k].level !== want || usedHeading.has(k)) continue;
    const i = flat.indexOf(r.flat);
    const s = score[k].get(i);
    if (s === undefined) continue;
    usedHeading.delete(j);
    usedHeading.add(k);
    Object.assign(r, { heading: headings[k], score: s });
  }
  // leftovers, among the items of one parent: an item left unmatched and a heading of its siblings' level
  // left unmatched in the parent's span, each the only one left, belong together when they fit at all
  // ("IV. Thực hiện các chương trình chuyên đề, rà soát quy hoạch…" between III and V; a reworded item moved)
  // the report's title ("BÁO CÁO", "THAM LUẬN") and what stands above it are not the body
  const bodyStart = titleEnd(doc);
  let lastLine = doc.paragraphs.length - 1;
  while (lastLine > 0 && !doc.paragraphs[lastLine].text.trim()) lastLine--;
  const groups = new Map<FlatSection | undefined, number[]>();
  flat.forEach((f, i) => (groups.get(f.parent) ?? groups.set(f.parent, []).get(f.parent)!).push(i));
  for (const [parent, kids] of groups) {
    const open = kids.filter((k) => !result[k].heading && flat[k].applies);
    const done = kids.filter((k) => result[k].heading);
    if (!open.length || !done.length) continue;
    const lo = parent ? result[flat.indexOf(parent)].heading?.paragraph : bodyStart;
    if (lo === undefined) continue;
    const level = result[done[0]].heading!.level;
    const last = Math.max(...done.map((k) => result[k].heading!.paragraph));
    // the parent's span: up to the first heading above the siblings' level after the last matched sibling
    const hi = headings.find((h) => h.paragraph > last && h.level < level)?.paragraph ?? Infinity;
    // (the document's last line is no item: "UBND XÃ QUẢNG THÁI" under a tham luận, its signature)
    // (… nor a table's caption set off like a heading: "Bảng: Kết quả xây dựng NTM tổng hợp theo xã …", "Biểu 2. …")
    const free = headings.map((h, j) => [h, j] as const).filter(([h, j]) => !usedHeading.has(j) && h.paragraph > lo && h.paragraph < hi && h.level === level && h.title && h.paragraph < lastLine && !TABLE_CAPTION.test(h.raw));
    if (open.length === 1 && free.length === 1) {
      const [i, [h, j]] = [open[0], free[0]];
      const s = scorer.score(flat[i].section, h, hTok[j]);
      // (… among its siblings: a heading above all of them, "ĐẶC ĐIỂM TÌNH HÌNH" before the first part, is no later item moved up,
      // unless it fits as well as a moved item must — but is the outline's first item in its place; two swapped parts are found in
      // any order)
      const first = Math.min(...done.map((k) => result[k].heading!.paragraph));
      const among = h.paragraph > first || done.every((k) => k > i);
      if (s >= GAP && (among || s >= MOVED)) {
        result[i] = { flat: flat[i], heading: h, score: s, how: 'aligned' };
        usedHeading.add(j);
        continue;
      }
    }
    // … and so is the one heading left between two matched siblings, where the outline's order leaves one item open
    // ("II- Đề xuất, kiến nghị" then "III- Lộ trình, nhiệm vụ trọng tâm …" for the last item, an earlier one missing)
    if (open.length > 1)
      for (const [h, j] of free) {
        const before = done.filter((k) => result[k].heading!.paragraph < h.paragraph);
        const after = done.filter((k) => result[k].heading!.paragraph > h.paragraph);
        const lo = before.length ? Math.max(...before) : -1;
        const hi = after.length ? Math.min(...after) : Infinity;
        const slot = open.filter((k) => k > lo && k < hi && !result[k].heading);
        const inSlot = free.filter(([g, gj]) => !usedHeading.has(gj) && g.paragraph > (before.length ? result[lo].heading!.paragraph : -1) && g.paragraph < (after.length ? result[hi].heading!.paragraph : Infinity));
        // … or fewer headings left there than items, the writer numbering as the outline does on both sides: the heading is the item
        // that bears its number ("4. Vận động Nhân dân …", "6. Đổi mới phương thức hoạt động của Mặt trận …", "7. Phát huy vai trò …" for
        // items 4, 6 and 7, item 5 left out; nug05)
        if (slot.length > inSlot.length && !usedHeading.has(j) && h.number) {
          const agrees = (k: number) => !!result[k].heading?.number && normNumber(result[k].heading!.number) === normNumber(flat[k].section.number ?? '');
          const own = slot.filter((k) => flat[k].section.number && normNumber(flat[k].section.number) === normNumber(h.number));
          if (own.length === 1 && before.length && agrees(lo) && (!after.length || agrees(hi))) {
            // (… by a word of its own that few items have and none of its siblings, as a renumbered item must: a writer's own heading put in the item's place shares only
            // the programme's words with it, "5. Kết quả thực hiện Chương trình OCOP" for "5. Bám sát … Chương trình MTQG …" — review-40b S4)
            const s = scorer.score(flat[own[0]].section, h, hTok[j]);
            if (s >= GAP && scorer.carriesRare(hTok[j], flat[own[0]].section, kids.filter((x) => x !== own[0]).flatMap((x) => scorer.tokensOf(flat[x].section)))) {
              result[own[0]] = { flat: flat[own[0]], heading: h, score: s, how: 'aligned' };
              usedHeading.add(j);
            }
          }
          continue;
        }
        // … or as many headings left there as items, taken in order ("đ) Giáo dục, y tế", "e) Văn hóa" for items (5) and (6))
        if (!slot.length || slot.length !== inSlot.length || usedHeading.has(j)) continue;
        const k = slot[inSlot.findIndex(([g]) => g === h)];
        const s = scorer.score(flat[k].section, h, hTok[j]);
        // (several left: each heading must also fit its item in words, as one left alone need not)
        if (s >= (slot.length > 1 ? PAIRED : GAP)) {
          result[k] = { flat: flat[k], heading: h, score: s, how: 'aligned' };
          usedHeading.add(j);
        }
      }
    // (… or, the outline's order leaving no slot for it, the one heading left that only one of the open items fits: "2.5. Tham gia thực
    // hiện Bộ tiêu chí nông thôn mới" after "2.4. Kết quả huy động nguồn lực", where the pack puts the criteria (2.6) before the resources
    // (2.5), and the whole of 2.4 left out)
    const left = free.filter(([, j]) => !usedHeading.has(j));
    const stillOpen = open.filter((k) => !result[k].heading);
    if (left.length === 1 && stillOpen.length > 1) {
      const [h, j] = left[0];
      const fits = stillOpen.map((k) => [k, scorer.score(flat[k].section, h, hTok[j])] as const).filter(([, s]) => s > FLOOR);
      if (fits.length === 1) {
        result[fits[0][0]] = { flat: flat[fits[0][0]], heading: h, score: fits[0][1], how: 'aligned' };
        usedHeading.add(j);
      }
    }
    /** The sibling after item i is matched to a heading numbered one less than the pack numbers it. */
    const runsBehind = (i: number) => {
      const next = kids[kids.indexOf(i) + 1];
      const h = next !== undefined ? result[next].heading : undefined;
      const mine = Number(/\d+(?=\D*$)/.exec(flat[next]?.section.number ?? '')?.[0]);
      const theirs = Number(/\d+(?=\D*$)/.exec(h?.number ?? '')?.[0]);
      return !!h && Number.isFinite(mine) && Number.isFinite(theirs) && theirs === mine - 1;
    };
    // an item whose words a sibling's heading also carries: the writer merged them under one heading
    // ("3. Nội dung, giải pháp và cơ chế, chính sách huy động nguồn lực")
    for (const i of open) {
      const mine = scorer.tokensOf(flat[i].section);
      for (const k of done) {
        if (result[i].heading) break;
        const h = result[k].heading!;
        const j = headings.indexOf(h);
        const other = scorer.tokensOf(flat[k].section);
        // the heading is the sibling's (it carries the sibling's own words, or fits it well) and carries this item's own words
        // (… the sibling's words of its title or of one of its names: "Kiện toàn bộ máy tham mưu, giúp việc và phát động phong trào thi đua"
        // carries most of "Kiện toàn bộ máy, tổ chức tham mưu, giúp việc Ban Chỉ đạo", little of the long title — nwq02)
        const sibling = scorer.cover(hTok[j], other, mine) >= 0.3 || scorer.coverItem(hTok[j], flat[k].section, mine) >= 0.5 || result[k].score >= 0.7;
        // … or the sibling just before it, when the numbers after it run one behind the pack's (the writer merged
        // the two and Word renumbered the rest: "(5) Giáo dục, y tế, văn hóa …" then "(6) Giữ gìn an ninh …" for (7))
        const cover = scorer.coverItem(hTok[j], flat[i].section, other);
        // (… or the sibling just after it, whose heading bears this item's number: "(1) Quy hoạch và phát triển hạ tầng …" for
        // items (1) and (2), the rest one behind)
        // (that way a part of the heading must be the item's own: "Quy hoạch và phát triển hạ tầng …" holds "Quy hoạch", of (1)
        // alone; a left-out item merely shares a word or two with the next one's heading)
        const ownPart = () => headingParts(h.title).some((part) => {
          const pt = alignTokens(part);
          return pt.length > 0 && pt.every((t) => mine.includes(t)) && !pt.every((t) => other.includes(t));
        });
        // (… by a word of its own that few items have: a left-out item shares the programme's name with every heading)
        const renumbered = ((k === i - 1 && cover > 0) || (k === i + 1 && cover > 0 && ownPart())) && runsBehind(i) && scorer.carriesRare(hTok[j], flat[i].section, other);
        // (the item scored on the whole heading, or on the part of it that joins it to the sibling: "Giải pháp và kiến nghị
        // trong thời gian tới" is "Giải pháp" and "kiến nghị trong thời gian tới")
        const own = Math.max(scorer.score(flat[i].section, h, hTok[j]), ...headingParts(h.title).map((t) => scorer.score(flat[i].section, h, alignTokens(t))));
        // (… or the heading bears both items' numbers, the sibling's and this one's: "(4), (5) Môi trường, cảnh quan; giáo dục, y tế")
        const through = parseMarker(h.raw)?.through;
        const numbered = !!through && !!flat[i].section.number && normNumber(through) === normNumber(flat[i].section.number) && normNumber(h.number) === normNumber(flat[k].section.number ?? '');
        if ((((own >= 0.4 && cover >= 0.3) || renumbered) && sibling) || (numbered && cover > 0)) {
          result[i] = { flat: flat[i], heading: h, score: scorer.score(flat[i].section, h, hTok[j]), how: 'merged' };
          break;
        }
      }
    }
  }
  // an item the order made take a heading that hardly says it, while a heading left over says it well, takes that one (out of order):
  // the headings it leaves go to the moved items below ("2.5. … nguồn lực", "2.6. … Bộ tiêu chí", "2.7. … Mặt trận", "2.8. … dân chủ"
  // against the outline's 2.6, 2.5, dân chủ, Mặt trận: dân chủ took "2.6. … Bộ tiêu chí")
  score.forEach((row, j) => {
    if (usedHeading.has(j)) return;
    let best: [number, number] | undefined;
    for (const [i, s] of row) {
      const r = result[i];
      // (… or a lead in the text that took it, "Về huy động nguồn lực: …", while a heading of its own says it: "d) Kết quả thực hiện các
      // phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực …" written after the next item)
      const lead = !!r.heading && (r.heading.weak || r.heading.runIn !== undefined) && !headings[j].weak && headings[j].runIn === undefined;
      if (r.heading && r.how === 'aligned' && (r.score < WEAK_TAKEN || lead) && s >= MOVED && s > r.score + 0.3 && (!best || s > best[1])) best = [i, s];
    }
    if (!best) return;
    const [i, s] = best;
    const parent = flat[i].parent;
    const ph = parent ? result[flat.indexOf(parent)].heading : undefined;
    if (parent && (!ph || ph.paragraph > headings[j].paragraph)) return;
    usedHeading.delete(headings.indexOf(result[i].heading!));
    result[i] = { flat: flat[i], heading: headings[j], score: s, how: 'moved' };
    usedHeading.add(j);
  });
  // a heading the order gave to an item it hardly says, that an item with no heading says well, goes to that one (out of order), and the
  // first is missing: "5. Phát huy vai trò của MTTQ …" taken by "5. Bám sát các chủ trương …" where the writer left that item out and put
  // the Mặt trận's before "6. Đổi mới …"
  score.forEach((row, j) => {
    const holder = result.findIndex((r) => r.heading === headings[j]);
    if (holder < 0 || result[holder].how !== 'aligned' || result[holder].score >= WEAK_TAKEN) return;
    let best: [number, number] | undefined;
    for (const [i, s] of row) if (!result[i].heading && flat[i].parent === flat[holder].parent && s >= MOVED && s > result[holder].score + 0.3 && (!best || s > best[1])) best = [i, s];
    if (!best) return;
    result[holder] = { flat: flat[holder], score: 0 };
    result[best[0]] = { flat: flat[best[0]], heading: headings[j], score: best[1], how: 'moved' };
  });
  // moved items: a strong fit among the headings left over, after the item's parent heading
  const pairs: Array<[number, number, number]> = [];
  score.forEach((row, j) => {
    if (usedHeading.has(j)) return;
    for (const [i, s] of row) if (!result[i].heading && s >= MOVED) pairs.push([i, j, s]);
  });
  pairs.sort((a, b) => b[2] - a[2]);
  // (again while a pass moves something: a part moved with its items finds them only once it is found itself — "II. NHIỆM VỤ, GIẢI
  // PHÁP TRỌNG TÂM" above "1. Nhiệm vụ", "2. Giải pháp", written before the part the outline puts first)
  for (let moved = true, pass = 0; moved && pass < MOVE_PASSES; pass++) {
    moved = false;
    for (const [i, j, s] of pairs) {
      if (result[i].heading || usedHeading.has(j)) continue;
      const parent = flat[i].parent;
      const ph = parent ? result[flat.indexOf(parent)].heading : undefined;
      // (… or, said almost word for word, anywhere: "4. Công tác phối hợp … của Mặt trận và các đoàn thể …" written under part II)
      if (parent && (!ph || (ph.paragraph > headings[j].paragraph && s < MOVED_ANYWHERE))) continue;
      result[i] = { flat: flat[i], heading: headings[j], score: s, how: 'moved' };
      usedHeading.add(j);
      moved = true;
    }
  }
  // an item that took the writer's wrapper over it, where a heading left under the wrapper says it better, takes that one: "PHẦN II. KIẾN
  // NGHỊ VÀ NHIỆM VỤ THỜI GIAN ĐẾN" over "1. Đề xuất, kiến nghị …", "2. Nhiệm vụ, giải pháp thời gian đến", in an outline with no parts
  // (the tasks are then out of order)
  /** Whether heading j stands under heading h, in its span: after it, deeper, no heading of h's level or above between. */
  const enclosing = (h: Heading, j: number) => {
    const at = headings.indexOf(h);
    if (at < 0 || j <= at || headings[j].level <= h.level) return false;
    for (let k = at + 1; k < j; k++) if (headings[k].level <= h.level) return false;
    return true;
  };
  /** Whether heading j encloses a heading another item (not one under item i) took. */
  const enclosesOthers = (j: number, i: number) => result.some((o, k) => k !== i && o.heading && enclosing(headings[j], headings.indexOf(o.heading)) && !isUnder(o.flat, flat[i]));
  score.forEach((row, j) => {
    if (usedHeading.has(j)) return;
    for (const [i, s] of row) {
      const r = result[i];
      if (!r.heading || !(s >= MOVED && s > r.score + 0.2) || !enclosing(r.heading, j) || flat[i].section.children.length) continue;
      usedHeading.delete(headings.indexOf(r.heading));
      result[i] = { flat: flat[i], heading: headings[j], score: s, how: 'moved' };
      usedHeading.add(j);
      return;
    }
  });
  // an item matched under a heading of the writer's, where no level has most of the siblings: an item matched under a heading of the
  // writer's that fits it too, encloses no other item's heading and stands on the level of another of its siblings, is that heading —
  // "I. KẾT QUẢ 3 NĂM THỰC HIỆN CHƯƠNG TRÌNH" over "3. Kết quả thực hiện tiêu chí huyện …", "III. LỘ TRÌNH, GIẢI PHÁP …" over "2. Giải
  // pháp", beside "II. KIẾN NGHỊ, ĐỀ XUẤT" — but only where the moves leave every matched sibling on one level: a report of another
  // outline ("I. TÌNH HÌNH … KINH TẾ - XÃ HỘI NĂM 2023" with "6. Xây dựng nông thôn mới" under it) is not made to look like the pack
  const siblingGroups = new Map<FlatSection | undefined, SectionMatch[]>();
  for (const r of result) if (r.heading) (siblingGroups.get(r.flat.parent) ?? siblingGroups.set(r.flat.parent, []).get(r.flat.parent)!).push(r);
  for (const group of siblingGroups.values()) {
    if (group.length < 2 || group.every((r) => r.heading!.level === group[0].heading!.level)) continue;
    const undo: Array<[SectionMatch, Heading, number, number, number]> = [];
    for (const r of group) {
      const siblings = group.filter((o) => o !== r).map((o) => o.heading!.level);
      if (siblings.every((l) => l === r.heading!.level)) continue;
      const j = headings.indexOf(r.heading!);
      let k = j - 1;
      while (k >= 0 && headings[k].level >= r.heading!.level) k--;
      if (k < 0 || usedHeading.has(k) || !siblings.includes(headings[k].level)) continue;
      // (its fit read directly: the item's own heading under it is the stronger evidence, the part the writer's wording of it — "III. LỘ
      // TRÌNH, GIẢI PHÁP HOÀN THÀNH MỤC TIÊU HUYỆN NÔNG THÔN MỚI NÂNG CAO NĂM 2025" for "Nhiệm vụ, giải pháp …")
      const fit = scorer.score(r.flat.section, headings[k], hTok[k]);
      const end = headings.findIndex((h, x) => x > k && h.level <= headings[k].level);
      const inside = (h: Heading) => h.paragraph > headings[k].paragraph && (end < 0 || h.paragraph < headings[end].paragraph);
      if (fit < ENCLOSING_FIT || result.some((o) => o !== r && o.heading && inside(o.heading) && !isUnder(o.flat, r.flat))) continue;
      undo.push([r, r.heading!, r.score, j, k]);
      usedHeading.delete(j);
      usedHeading.add(k);
      Object.assign(r, { heading: headings[k], score: fit });
    }
    if (undo.length && !group.every((r) => r.heading!.level === group[0].heading!.level))
      for (const [r, h, sc, j, k] of undo.reverse()) {
        usedHeading.delete(k);
        usedHeading.add(j);
        Object.assign(r, { heading: h, score: sc });
      }
  }
  // an item that took a sub-heading below its siblings' level ("1. Kết quả thực hiện tiêu chí môi trường cấp xã") while the
  // heading over it, at their level and left free, says the item too ("I. KẾT QUẢ TRIỂN KHAI CÁC NỘI DUNG ĐƯỢC PHÂN CÔNG …"):
  // the item is that heading, and the sub-heading a part of it
  for (let i = 0; i < n; i++) {
    const h = result[i].heading;
    if (!h || flat[i].section.children.length) continue;
    const others = result.filter((r, k) => k !== i && r.heading && r.flat.parent === flat[i].parent).map((r) => r.heading!.level);
    if (others.length < 2) continue;
    // (the level most of them took, more than half)
    const want = others.find((l) => others.filter((x) => x === l).length * 2 > others.length);
    if (want === undefined || h.level <= want) continue;
    let jg = headings.indexOf(h) - 1;
    while (jg >= 0 && headings[jg].level > want) jg--;
    if (jg < 0 || headings[jg].level !== want || usedHeading.has(jg)) continue;
    const sg = scorer.score(flat[i].section, headings[jg], hTok[jg]);
    // (the heading over it must be a candidate for the item on its own — and no wrapper of other items: "PHẦN II. KIẾN NGHỊ VÀ NHIỆM VỤ
    // THỜI GIAN ĐẾN" over "1. Đề xuất, kiến nghị …" too is none of the two)
    if (sg <= FLOOR || enclosesOthers(jg, i)) continue;
    usedHeading.delete(headings.indexOf(h));
    usedHeading.add(jg);
    result[i] = { flat: flat[i], heading: headings[jg], score: sg, how: result[i].how };
  }
  // a run-in or weak heading that took an item whose parent is not found, standing in the text of another item that is neither its
  // ancestor nor its sibling, is that item's content ("Về khoa học và công nghệ: …" under "2.3. Kết quả tham gia thực hiện 06 chương
  // trình chuyên đề", the whole of 2.4 with its eleven items left out): the part is missing, not found by one of its items
  for (const r of result) {
    const h = r.heading;
    if (!h || !(h.weak || h.runIn !== undefined) || !r.flat.parent || result[flat.indexOf(r.flat.parent)].heading) continue;
    let near: SectionMatch | undefined;
    for (const o of result) if (o !== r && o.heading && o.heading.paragraph < h.paragraph && !o.heading.weak && o.heading.runIn === undefined && (!near || o.heading.paragraph > near.heading!.paragraph)) near = o;
    if (!near || isUnder(r.flat, near.flat) || near.flat.parent === r.flat.parent) continue;
    usedHeading.delete(headings.indexOf(h));
    Object.assign(r, { heading: undefined, score: 0 });
    delete r.how;
  }
  // a run-in or weak heading that took an item, standing under the heading a sibling took whose words name this item too, is a part of that
  // heading's text: the writer merged the two ("III. GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT" for kiến nghị, then "Giải pháp thời gian đến: …" run
  // into its text — session 36, zz05)
  for (const r of result) {
    const h = r.heading;
    if (!h || !(h.weak || h.runIn !== undefined) || r.how === 'merged') continue;
    let at = headings.indexOf(h) - 1;
    while (at >= 0 && (headings[at].weak || headings[at].runIn !== undefined)) at--;
    const over = headings[at];
    if (!over || over.level >= h.level) continue;
    const o = result.find((x) => x !== r && x.heading === over && x.how !== 'merged' && x.flat.parent === r.flat.parent);
    if (!o) continue;
    const mine = scorer.tokensOf(r.flat.section);
    const other = scorer.tokensOf(o.flat.section);
    const ownPart = headingParts(over.title).some((part) => {
      const pt = alignTokens(part);
      return pt.length > 0 && pt.every((t) => mine.includes(t)) && !pt.every((t) => other.includes(t)) && scorer.score(r.flat.section, over, pt) >= 0.4;
    });
    if (!ownPart) continue;
    usedHeading.delete(headings.indexOf(h));
    Object.assign(r, { heading: over, score: scorer.score(r.flat.section, over, hTok[at]), how: 'merged' });
  }
  // (a heading resembles an item when it scores as a match would for any of them: a wrapper of the writer's own may be that item written
  // over its parts, "I. KẾT QUẢ VÀ KINH NGHIỆM THỰC HIỆN" over "2. Kết quả thực hiện các Bộ tiêu chí")
  const resembles = (h: Heading) => {
    const row = score[headings.indexOf(h)];
    if (!row) return false;
    for (const v of row.values()) if (v >= RESEMBLES) return true;
    return false;
  };
  // (the report's title names this template's review of its programme: its title pattern, and one of the subjects the pack names —
  // "Sơ kết 3 năm (2021-2023) … xây dựng nông thôn mới …", not "Sơ kết 3 năm (2021-2023) thực hiện Chương trình … giảm nghèo bền vững" —
  // review-62c R3 … R9)
  // (the title as set, and the lines right under "BÁO CÁO" when they are not set as it is: "Sơ kết 3 năm (2021-2023) thực hiện …")
  const ownReview = () => {
    const at = reportTitle(doc);
    const text = at < 0 ? '' : `${titleText(doc)} ${doc.paragraphs.slice(at + 1, at + 4).filter((p) => p.text.length < 400 && !p.cell).map((p) => p.text).join(' ')}`;
    // (the patterns read the title folded, as identify.ts reads it; the subjects normalised, as keywords are)
    const folded = foldDiacritics(text);
    const norm = normalize(text);
    return !!text && pack.identify.titlePatterns.some((p) => packPattern(p).indexIn(folded) >= 0) && (!pack.identify.subject.length || pack.identify.subject.some((w) => containsNormalized(norm, normalize(w))));
  };
  return { matches: result, mapping: mapping(result, headings, doc, resembles, ownReview) };
}

/**
 * Whether the document follows the pack: enough of the required items found, and the document's own
 * top-level headings mostly the pack's (an nq16 report checked against a four-item pack matches a few
 * sub-items by chance, but none of its parts). A top-level heading of the writer's own that wraps two
 * or more of the pack's items ("A. KẾT QUẢ ĐẠT ĐƯỢC") fits.
 */
function mapping(matches: SectionMatch[], headings: Heading[], doc: DocModel, resembles: (h: Heading) => boolean = () => false, ownReview: () => boolean = () => false): Mapping {
  const required = matches.filter((m) => m.flat.applies && m.flat.section.required);
  const found = required.filter((m) => m.heading).length;
  const title = reportTitle(doc);
  const matched = new Set(matches.map((m) => m.heading).filter(Boolean));
  // (a weak candidate — a run-in "Về lãnh đạo, chỉ đạo: …", a plain numbered line — is a heading only when it matched, as
  // the analysis reads it: a bold lead run into its paragraph, "**a) Tiêu chí giao thông:** …", is the writer's content)
  // (… nor what stands after the closing line that follows the last of the pack's items: "Trên đây là tham luận …" then the signer's
  // body in bold, "UBND HUYỆN DUY XUYÊN")
  // (the body's end read as everywhere else, from the last matched heading on: lexicon closing, or the signature block)
  const end = matched.size ? closingParagraph(doc, [...matched].map((h) => h!).sort((a, b) => a.paragraph - b.paragraph)) ?? Infinity : Infinity;
  const body = headings.filter((h) => h.paragraph > title && h.paragraph < end && !isReportTitle(h.raw) && ((!h.weak && h.runIn === undefined) || matched.has(h)));
  let top = Infinity;
  for (const h of body) top = Math.min(top, h.level);
  const topHeadings = body.filter((h) => h.level === top);
  let fits = 0;
  let echoes = 0;
  /** The writer's own top headings that wrap the pack's items (see below). */
  const wrappers = new Set<Heading>();
  topHeadings.forEach((h, k) => {
    if (matched.has(h)) return fits++;
    // a wrapper of the writer's own: most headings one level under it are the pack's items
    const next = topHeadings[k + 1]?.paragraph ?? Infinity;
    const inside = body.filter((x) => x.paragraph > h.paragraph && x.paragraph < next);
    let sub = Infinity;
    for (const x of inside) sub = Math.min(sub, x.level);
    const children = inside.filter((x) => x.level === sub);
    const hit = children.filter((x) => matched.has(x)).length;
    if (hit >= 2 && hit / children.length >= 2 / 3) fits++, wrappers.add(h);
    // … or one that reads as a pack's item, with one of the pack's items under it: the item written over its own parts ("I. KẾT QUẢ VÀ
    // KINH NGHIỆM THỰC HIỆN" over "2. Kết quả thực hiện các Bộ tiêu chí"; "III. LỘ TRÌNH, NHIỆM VỤ, GIẢI PHÁP …" over "2. Nhiệm vụ, giải
    // pháp")
    else if (hit >= 1 && resembles(h)) echoes++;
  });
  const topFits = topHeadings.length < 2 || fits / topHeadings.length >= 0.5;
  // (every top heading explained so — matched, wrapping the pack's items, or an item over its parts — with all the items found, the
  // document follows the pack, though its items stand on two levels; with some missing, a report of another outline may look so: an
  // nq16 report's "Phần thứ nhất: …, KẾT QUẢ THỰC HIỆN …" over "III. KẾT QUẢ ĐẠT ĐƯỢC" against a department's pack)
  const allTop = topHeadings.length >= 2 && echoes > 0 && (fits + echoes) / topHeadings.length >= 2 / 3;
  // a document written to another outline matches a few generic items ("Đánh giá chung", "Kiến nghị")
  // scattered over its levels, among many headings of its own: the pack's siblings land on one level,
  // and the pack's items make a fair share of the document's headings down to that depth
  let deepest = 0;
  for (const h of matched) deepest = Math.max(deepest, h!.level);
  const upTo = body.filter((h) => h.level <= deepest);
  const coverage = upTo.length ? upTo.filter((h) => matched.has(h)).length / upTo.length : 0;
  // siblings of the pack mostly found on one level of the document (each heading read at `levelOf`)
  const onOneLevel = (levelOf: (h: Heading) => number) => {
    const bySiblings = new Map<FlatSection | undefined, number[]>();
    for (const m of matches) if (m.heading) (bySiblings.get(m.flat.parent) ?? bySiblings.set(m.flat.parent, []).get(m.flat.parent)!).push(levelOf(m.heading));
    let same = 0;
    let all = 0;
    for (const levels of bySiblings.values()) {
      if (levels.length < 2) continue;
      const count = new Map<number, number>();
      for (const l of levels) count.set(l, (count.get(l) ?? 0) + 1);
      same += Math.max(...count.values());
      all += levels.length;
    }
    return all === 0 || same / all >= 0.7;
  };
  const share = required.length ? found / required.length : 0;
  // (… items run into the text under a heading that took none, read at that heading's level: "III. TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN
  // NGHỊ, ĐỀ XUẤT" over "Tồn tại, hạn chế: …" and "Kiến nghị, đề xuất: …" stand beside "I." and "II." — nxc04, unmapped; only with most
  // of the pack found: a report of another outline whose one heading wraps two leads stays unmapped, review-51b S28. Each item keeps its
  // own lead's text: moving the items onto the heading hid an empty lead behind its sibling's text — review-51b S03 … S27)
  // (… and items under a wrapper of the writer's own, read at the wrapper's level: "III. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ
  // XUẤT" over "1. Tồn tại, hạn chế, vướng mắc" and "2. Kiến nghị, đề xuất" beside the pack's "I." and "II." — session 62, nzt03; only in a
  // report whose title names this template's review: another programme's report, a year's work report, wraps the same generic items —
  // review-62c R3 … R9)
  let own: boolean | undefined;
  const lifted = (h: Heading) => {
    if (!h.weak && h.runIn === undefined) {
      if (!wrappers.size || !(own ??= ownReview())) return h.level;
      let up = headings.indexOf(h) - 1;
      while (up >= 0 && headings[up].level >= h.level) up--;
      return up >= 0 && wrappers.has(headings[up]) ? headings[up].level : h.level;
    }
    let at = headings.indexOf(h) - 1;
    while (at >= 0 && (headings[at].weak || headings[at].runIn !== undefined)) at--;
    return at >= 0 && headings[at].level < h.level && !matched.has(headings[at]) ? headings[at].level : h.level;
  };
  const consistent = onOneLevel((h) => h.level) || (share >= 0.7 && onOneLevel(lifted));
  // the outline followed at the top; or the whole pack found, on consistent levels, with top-level parts of
  // the writer's own besides ("B. ĐÁNH GIÁ CHUNG" after the pack's eight tasks)
  const mapped = headings.length > 0 && share >= 0.3 && ((topFits && (consistent || coverage >= 0.35)) || (share >= 0.7 && consistent && coverage >= 0.35) || (share === 1 && allTop));
  return { mapped, found, required: required.length, topFits };
}

/**
 * Longest increasing subsequence over matched positions: sections outside it
 * are out of order. Computed on the pack order and on the numeric order of
 * sibling numbers; a section is out of order only if both say so (a pack that
 * lists 2.6 before 2.5 accepts either).
 */
export function outOfOrder(matches: SectionMatch[]): Set<FlatSection> {
  const matched = matches.filter((m) => m.heading);
  const lisOut = (list: SectionMatch[]) => {
    const pos = list.map((m) => m.heading!.paragraph);
    const n = pos.length;
    const len = new Array(n).fill(1);
    const prev = new Array(n).fill(-1);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (pos[j] <= pos[i] && len[j] + 1 >= len[i]) ((len[i] = len[j] + 1), (prev[i] = j));
    let best = 0;
    for (let i = 1; i < n; i++) if (len[i] >= len[best]) best = i;
    const keep = new Set<number>();
    for (let i = n ? best : -1; i >= 0; i = prev[i]) keep.add(i);
    return new Set(list.filter((_, i) => !keep.has(i)).map((m) => m.flat));
  };
  const a = lisOut(matched);
  const numericKey = (m: SectionMatch) => {
    const path: number[] = [];
    for (let f: FlatSection | undefined = m.flat; f; f = f.parent) {
      const nums = (f.section.number.match(/\d+/g) ?? []).map(Number);
      path.unshift(nums.length ? nums[nums.length - 1] : f.order);
    }
    return path;
  };
  const cmp = (x: number[], y: number[]) => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  };
  const numericOrder = [...matched].sort((x, y) => {
    // keep pack order across different parents; reorder only by number among siblings
    if (x.flat.parent === y.flat.parent) return cmp(numericKey(x), numericKey(y));
    return x.flat.order - y.flat.order;
  });
  const b = lisOut(numericOrder);
  return new Set([...a].filter((f) => b.has(f)));
}
