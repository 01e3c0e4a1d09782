/**
 * A report converted back from PDF keeps every printed line as its own paragraph: a sentence runs over
 * several paragraphs ("… là 1.264,8 tỷ đồng, gồm: ngân" / "sách Trung ương 312,4 tỷ đồng; …"), with page
 * numbers and the running header in between. Such a document is read with each broken sentence joined
 * back into its first paragraph (the others left empty, so every paragraph keeps its index and a finding
 * still points where the text starts). A document written in Word is left as it is.
 */
import { sameEmphasis, type DocModel, type Paragraph } from './model';
import { LABEL_LINE } from './lexicon/patterns-structure';

/** Lines broken like this, at least, and this share of the body's lines, make a document read as converted. */
const MIN_BREAKS = 5;
const MIN_SHARE = 0.2;

/** A line that ends a sentence or a heading's label. */
const ENDERS = '.!?:;…"”)';
/** Whether a line ends a sentence: its last character that is not a space is one of `.!?:;…"”)` (read from the end, not matched from every position). */
const ENDS = {
  test(s: string): boolean {
    let i = s.length - 1;
    while (i >= 0 && /\s/u.test(s[i])) i--;
    return i >= 0 && ENDERS.includes(s[i]);
  },
};
/** The lower-case letters of Vietnamese. */
const LOWER_LETTERS = 'abcdefghijklmnopqrstuvwxyzđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ';
/** A line that goes on from the one before: it starts in lower case. */
const GOES_ON = new RegExp(`^\\s*[${LOWER_LETTERS}]`, 'u');
/** A page number alone on its line: "12", "Trang 12", "Trang 10/17", "- 12 -". */
export const PAGE_NUMBER = /^\s*(?:trang\s*)?(?:[-–]\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–])?\s*$/iu;

/** A line that stops inside a phrase: on a letter, a figure or a comma. */
const CUT_INSIDE = /[\p{L}\d,]\s*$/u;
/** A line that opens an item of its own: a part's or an item's number or letter, a bullet ("II.", "2.", "2.1.", "a)", "(3)", "-"). */
const ITEM_OPENS = /^\s*(?:(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)]\s|[a-zđ]\)\s|\(\d{1,2}\)\s|[-–+•*]\s|(?:phần|mục|chương)\s)/iu;

/**
 * After a line that opens an item (a heading typed with its number), a line goes on from it only in a figure or, the heading in capitals,
 * in capitals too ("2. Công tác … Nghị quyết số" / "16-NQ/TU và …", "VII. … THEO ĐIỀU 8 NGHỊ" / "ĐỊNH 27/2022/NĐ-CP"): a line in a capital
 * after a heading in lower case is its first sentence ("(9) Giảm nghèo bền vững, …, miền núi" / "Lồng ghép Chương trình …").
 */
const goesOnItem = (line: string, next: string) => !ITEM_OPENS.test(line) || /^\s*\d/u.test(next) || (line === line.toUpperCase() && /^\s*\p{Lu}{2,}/u.test(next));

const isBody = (p: Paragraph) => !p.cell && p.styleLevel === undefined && !p.numLabel;

export function reflowed(doc: DocModel): DocModel {
  const ps = doc.paragraphs;
  // a cheap look first: a document written in Word has few lines that stop mid-sentence right before a
  // line in lower case; without enough of them there is nothing to join
  let direct = 0;
  for (let i = 0; i + 1 < ps.length && direct < MIN_BREAKS; i++) {
    const t = ps[i].text;
    // (a table cell or a heading is passed over before its end is read)
    if (t && isBody(ps[i]) && !ENDS.test(t) && GOES_ON.test(ps[i + 1].text)) direct++;
  }
  if (direct < MIN_BREAKS) return furnitureBlanked(lonelyBreaksJoined(doc));
  // lines printed again on every page (the running header): seen twice or more, short
  const seen = new Map<string, number>();
  for (const p of ps) if (isBody(p) && p.text.trim() && p.text.length < 160) seen.set(p.text.trim(), (seen.get(p.text.trim()) ?? 0) + 1);
  const stray = (p: Paragraph) => !p.text.trim() || PAGE_NUMBER.test(p.text) || (seen.get(p.text.trim()) ?? 0) >= 2;
  /** The next paragraph that carries text, past page numbers and the running header. */
  const next = (i: number) => {
    let j = i + 1;
    while (j < ps.length && isBody(ps[j]) && stray(ps[j]) && j - i <= 4) j++;
    return j < ps.length ? j : -1;
  };
  // (the printed line's length: a line that reaches it was cut at the margin, whatever the next one opens on — a figure, a name, a heading
  // in capitals: "… các xã tổ chức" / "236 cuộc họp thôn …", "… THEO ĐIỀU 8 NGHỊ" / "ĐỊNH 27/2022/NĐ-CP")
  const lengths = ps.filter((p) => isBody(p) && p.text.trim() && !stray(p)).map((p) => p.text.trim().length).sort((a, b) => a - b);
  const margin = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] * 0.8 : Infinity;
  const joins: Array<[number, number]> = [];
  let lines = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    if (!isBody(p) || !p.text.trim() || stray(p)) continue;
    lines++;
    if (ENDS.test(p.text)) continue;
    const j = next(i);
    if (j > 0 && isBody(ps[j]) && sameEmphasis(p, ps[j]) && (GOES_ON.test(ps[j].text) || (p.text.trim().length >= margin && CUT_INSIDE.test(p.text) && !ITEM_OPENS.test(ps[j].text) && goesOnItem(p.text, ps[j].text)))) joins.push([i, j]);
  }
  if (joins.length < MIN_BREAKS || joins.length < lines * MIN_SHARE) return furnitureBlanked(lonelyBreaksJoined(doc));
  const out = ps.map((p) => ({ ...p }));
  const into = new Map<number, number>();
  for (const [i, j] of joins) {
    const head = into.get(i) ?? i;
    out[head].text = `${out[head].text.replace(/\s+$/, '')} ${out[j].text.replace(/^\s+/, '')}`;
    out[j].text = '';
    into.set(j, head);
    // the page number or header the sentence ran over is no text of the report
    for (let k = i + 1; k < j; k++) out[k].text = '';
  }
  return furnitureBlanked({ ...doc, paragraphs: out });
}

/** A page's number as no line of a report's own text writes it: "Trang 12", "Trang 10/17", "10/17", "- 12 -", "— 12 —" (group 1 the page, 2 the pages in all). */
const PAGE_LABEL = /^\s*(?:trang\s*(\d{1,3})(?:\s*\/\s*(\d{1,3}))?|(\d{1,3})\s*\/\s*(\d{1,3})|[-–—]\s*(\d{1,3})\s*[-–—])\s*$/iu;
/** The fewest paragraphs between two pages' numbers: a page holds more than a couple of paragraphs; more between bare fractions, which a
 * table pasted as lines writes too ("Năm 2021" / "Số xã đạt chuẩn" / "12/17" / "Năm 2022" / … / "13/17" is no run of pages — review-51 A9, A19). */
const MIN_PAGE_LINES = 3;
const MIN_FRACTION_PAGE_LINES = 6;

/**
 * A report pasted from a PDF keeps what was printed on every page: the page's number ("Trang 10/17") and the running header beside it
 * ("HUYỆN ỦY NINH PHƯỚC - Báo cáo sơ kết 03 năm …"). Neither is text of the report wherever it falls: between an item's heading and the
 * next, it would stand as that item's content (nxf01: item 2.7 held only these two lines and was read as written). Read as pages' numbers
 * only as a run of them: two at least, rising through the document, the same count of pages after "/", several lines apart — else a
 * fraction on a line of its own is content (review-51 A9, A19). Blanked then (the paragraph kept, so every index stays): those lines, and
 * the line printed again beside most of them that ends no sentence — the running header; not a sentence said twice that happens to stand
 * beside one ("Không có kiến nghị.", a result said again — review-51 A8, A14).
 */
function furnitureBlanked(doc: DocModel): DocModel {
  const ps = doc.paragraphs;
  const pages: number[] = [];
  let [last, lastAt, total] = [0, -Infinity, ''];
  for (let k = 0; k < ps.length; k++) {
    if (!isBody(ps[k])) continue;
    const m = PAGE_LABEL.exec(ps[k].text);
    if (!m) continue;
    const n = Number(m[1] ?? m[3] ?? m[5]);
    const all = m[2] ?? m[4] ?? '';
    if (n <= last || k - lastAt < (m[3] ? MIN_FRACTION_PAGE_LINES : MIN_PAGE_LINES) || (pages.length && all !== total) || (all && n > Number(all))) return doc;
    [last, lastAt, total] = [n, k, all];
    pages.push(k);
  }
  if (pages.length < 2) return doc;
  // the running header: a line beside half the pages' numbers at least (two at least), ending no sentence
  const beside = new Map<string, number>();
  for (const k of pages) for (const j of new Set([k - 1, k + 1])) {
    const t = j >= 0 && j < ps.length && isBody(ps[j]) ? ps[j].text.trim() : '';
    if (t && t.length < 160 && !ENDS_SENTENCE.test(t) && !PAGE_LABEL.test(t)) beside.set(t, (beside.get(t) ?? 0) + 1);
  }
  const header = new Set([...beside].filter(([, n]) => n >= Math.max(2, pages.length / 2)).map(([t]) => t));
  const out = ps.map((p) => ({ ...p }));
  for (const k of pages) {
    out[k].text = '';
    for (const j of [k - 1, k + 1]) if (j >= 0 && j < ps.length && isBody(ps[j]) && header.has(ps[j].text.trim())) out[j].text = '';
  }
  return { ...doc, paragraphs: out };
}
/** A line that ends a sentence. */
const ENDS_SENTENCE = /[.!?;]\s*$/u;

/** A line long enough to be a printed line cut at the margin, not a heading or a label. */
const FULL_LINE = 60;
/** A lower-case word that opens a line and is no list's marker ("a)", "b.", "đ -"). */
const GOES_ON_WORDS = new RegExp(`^\\s*[${LOWER_LETTERS}]+\\s+[\\p{L}\\d]`, 'u');
/** The lower-case letters a line may stop on inside a phrase. */
const LOWER = new Set(LOWER_LETTERS);
/** The last character of a line, spaces aside, is a lower-case letter: the line stops inside a phrase (read from the end). */
const ENDS_IN_WORD = {
  test(s: string): boolean {
    let i = s.length - 1;
    while (i >= 0 && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n')) i--;
    return i >= 0 && LOWER.has(s[i]);
  },
};

/**
 * In a document not converted as a whole, a few sentences copied from a PDF still run over two paragraphs ("… trong đó tỷ lệ hộ
 * dân nông thôn sử dụng nước sạch" / "mới đạt 91,4% (13.920/15.230 hộ), …"): a full line that stops inside a phrase, before a line
 * that goes on in lower case, is joined to it (its text moved, its paragraph left empty, as above).
 */
function lonelyBreaksJoined(doc: DocModel): DocModel {
  const ps = doc.paragraphs;
  let out: Paragraph[] | undefined;
  const into = new Map<number, number>();
  for (let i = 0; i + 1 < ps.length; i++) {
    const [p, q] = [ps[i], ps[i + 1]];
    if (p.text.length < FULL_LINE || !ENDS_IN_WORD.test(p.text) || !isBody(p) || !isBody(q) || p.isList || q.isList || !sameEmphasis(p, q) || !GOES_ON_WORDS.test(q.text)) continue;
    out ??= ps.map((x) => ({ ...x }));
    // (a line already joined into an earlier one carries on into that one: a sentence over three lines is one)
    const head = into.get(i) ?? i;
    out[head].text = `${out[head].text.replace(/\s+$/, '')} ${out[i + 1].text.replace(/^\s+/, '')}`;
    out[i + 1].text = '';
    into.set(i + 1, head);
  }
  return out ? { ...doc, paragraphs: out } : doc;
}

/**
 * A line broken inside a sentence, as a PDF copied into Word breaks it with a line break (Shift+Enter): "… vốn tín dụng 905,4 tỷ↵đồng;
 * …". Read as the space it stands for where it falls between a word, a figure or a comma and a word in lower case: the unit is one
 * ("42.878↵triệu đồng", "gấp 1,46↵lần", "36↵xã đạt chuẩn"), the sentence one. Lines stay lines after what ends a sentence or a label
 * (".", ":", …), before a part's title in capitals or a list item's letter ("… 98/112↵b) …"), and where a figure's line is followed by a
 * label ending on its own figure ("Số xã đạt chuẩn 41↵xã đạt chuẩn nâng cao 16"). Same length, so every place in the text stays where it was.
 */
export function softBreaksJoined(doc: DocModel): DocModel {
  let changed = false;
  const paragraphs = doc.paragraphs.map((p) => {
    if (!p.text.includes('\n')) return p;
    const text = p.text.replace(SOFT_BREAK, (m, at: number, all: string) => (/\d\s*$/u.test(all.slice(0, at)) && LABEL_LINE.test(all.slice(at + m.length)) ? m : ' '.repeat(m.length)));
    if (text === p.text) return p;
    changed = true;
    return { ...p, text };
  });
  return changed ? { ...doc, paragraphs } : doc;
}
const SOFT_BREAK = new RegExp(`(?<=[\\p{L}\\d,])[ \\t]*\\n(?=[${LOWER_LETTERS}])(?![a-zđ][).]\\s)`, 'gu');
