/** Numbering markers at the start of a heading: "Phần thứ nhất", "I.", "2.1.", "(3)", "a)", "-". */
import { foldDiacritics } from './text';
import { COUNTED_WORDS, ORDINAL_WORDS } from './lexicon/structure';
import { QUESTION_NUMBER } from './lexicon/patterns-structure';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const NUMBER_DASH_WORDS = /^(\d+)\s*[/\-–]\s+(?=\p{L})(.*)$/u;
const NUMBER_WORDS = /^(\d{1,2})\s+(?=\p{L})(.*)$/u;

export type Scheme = 'phan' | 'caps' | 'roman' | 'arabic' | 'decimal' | 'paren' | 'alpha' | 'bullet';

export interface Marker {
  scheme: Scheme;
  /** Number as written, without trailing punctuation: "II", "2.4", "(3)", "a)", "Phần thứ nhất". */
  number: string;
  rest: string;
  /** The number is spelled in words ("Một là, …", "Thứ hai, …"): a heading only when set off by style, bold or italics. */
  spelled?: boolean;
  /** Two items merged under one heading, both numbered: the second's number ("(4), (5) Môi trường …; giáo dục, y tế" → "(5)"). */
  through?: string;
}

export const ORDINALS = ORDINAL_WORDS.map(foldDiacritics);
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
/** Items numbered in words (the lexicon's lists): "Một là, …", "Thứ hai, …". */
const COUNTED = COUNTED_WORDS.map((w) => foldDiacritics(w.toLowerCase()));
const SPELLED = new RegExp(`^((?:${COUNTED_WORDS.join('|')})\\s+là|Thứ\\s+(?:${ORDINAL_WORDS.join('|')}))\\s*[,:.]\\s*(.*)$`, 'u');

/** "a. Bối cảnh, thuận lợi và khó khăn": a small letter and a full stop, then a capital (not "v.v.", not "a.m."). */
const ALPHA_DOT = /^([a-zđ])\.\s+(?=\p{Lu})(.*)$/u;
const CAPITAL_LETTER_PART = /^([A-HĐ])\s*[.)/]\s+(?=\p{Lu}|["“(])(.*)$/u;
const DECIMAL_NUMBER = /^(\d+(?:\.\d+)+)\s*[.)/\-–]?\s+(?=\p{L}|["“(])(.*)$/u;

/** Recognise the numbering marker at the start of a line. */
export function parseMarker(line: string): Marker | null {
  const s = line.trim();
  let m = /^(Phần\s+(?:thứ\s+)?([^\s:.]+))\s*[:.\-–]?\s*(.*)$/iu.exec(s);
  if (m && (ORDINALS.includes(foldDiacritics(m[2])) || /^[IVX]+$|^\d+$/.test(m[2]))) {
    return { scheme: 'phan', number: m[1].replace(/\s+/g, ' '), rest: m[3] };
  }
  // a questionnaire's numbered question, answered under it: "Câu 2. Kết quả thực hiện mục tiêu …?"
  m = QUESTION_NUMBER.exec(s);
  if (m) return { scheme: 'arabic', number: m[1], rest: m[2] };
  m = SPELLED.exec(s);
  if (m) {
    const word = foldDiacritics(m[1].toLowerCase().split(/\s+/)[m[1].toLowerCase().startsWith('thứ') ? 1 : 0]);
    const n = m[1].toLowerCase().startsWith('thứ') ? ORDINALS.indexOf(word) : COUNTED.indexOf(word);
    // ("Thứ hai, ngày 15/01/2024" is a weekday)
    if (n >= 0 && !/^ngày\s/iu.test(m[2])) return { scheme: 'arabic', number: String(n + 1), rest: m[2], spelled: true };
  }
  m = /^([IVX]+)\s*[.\-–:)/]\s*(.*)$/u.exec(s);
  if (m && ROMAN.test(m[1]) && m[1] !== '') return { scheme: 'roman', number: m[1], rest: m[2] };
  // "A. ĐẶC ĐIỂM TÌNH HÌNH", "B. KẾT QUẢ …": parts lettered in capitals, above the Roman items
  m = CAPITAL_LETTER_PART.exec(s);
  if (m) return { scheme: 'phan', number: m[1], rest: m[2] };
  // (two items merged under one decimal number range: "2.7-2.8. Thực hiện quy chế dân chủ …; phối hợp của Mặt trận …" — numbered as the first)
  // (… "2.7-8.", "2.7-2.8:", "2.7./2.8.")
  m = /^(\d+(?:\.\d+)+)\.?\s*(?:,|và|-|–|&|\/)\s*\d+(?:\.\d+)*\s*[.):]?\s+(\D.*)$/u.exec(s);
  if (m) return { scheme: 'decimal', number: m[1], rest: m[2] };
  // numbers typed by hand end in many ways: "2.1.", "2.1-", "2.2/", "2.3)"; "1.", "2/", "3)", "4-"
  m = DECIMAL_NUMBER.exec(s) ?? /^(\d+(?:\.\d+)+)\.?\s+(.*)$/u.exec(s);
  if (m) return { scheme: 'decimal', number: m[1], rest: m[2] };
  m = /^(\d+)\s*[.)]\s+(.*)$/u.exec(s) ?? NUMBER_DASH_WORDS.exec(s);
  if (m) return { scheme: 'arabic', number: m[1], rest: m[2] };
  // (… or the number alone on its line, its title on the next: "5." / "Bám sát các chủ trương …"; "2.1." alone)
  m = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)]$/u.exec(s);
  if (m) return { scheme: m[1].includes('.') ? 'decimal' : 'arabic', number: m[1], rest: '' };
  // two items merged under one number: "6, 7. Về đổi mới …", "(5), (6) Phát triển …" — numbered as the first
  m = /^(\d+)\s*(?:,|và|-|–|&)\s*(\d+)\s*[.)]\s+(.*)$/u.exec(s);
  if (m) return { scheme: 'arabic', number: m[1], rest: m[3], through: m[2] };
  m = /^\((\d+)\)\s*(?:,|và|-|–|&)\s*\((\d+)\)\s*(.*)$/u.exec(s);
  if (m) return { scheme: 'paren', number: `(${m[1]})`, rest: m[3], through: `(${m[2]})` };
  // "2 Công tác …": a bare number typed without its dot (callers accept it only for bold or styled lines)
  m = NUMBER_WORDS.exec(s);
  if (m) return { scheme: 'arabic', number: m[1], rest: m[2] };
  m = /^\((\d+)\)\s*(.*)$/u.exec(s);
  if (m) return { scheme: 'paren', number: `(${m[1]})`, rest: m[2] };
  // "a)", or "a/" as the South writes it
  m = /^([a-zđ])[)/]\s*(.*)$/u.exec(s) ?? ALPHA_DOT.exec(s);
  if (m) return { scheme: 'alpha', number: `${m[1]})`, rest: m[2] };
  m = /^[-+•–]\s+(.*)$/u.exec(s);
  if (m) return { scheme: 'bullet', number: '', rest: m[1] };
  // a typed symbol: "❖ Tác động của Chương trình", "➢", "■" (and the private-use code points of symbol fonts)
  m = /^[❖◆◇♦●○■□▪▫►▶➢➤✓✔⁃◦\uF000-\uF0FF]\s*(.*)$/u.exec(s);
  if (m) return { scheme: 'bullet', number: '', rest: m[1] };
  return null;
}

/** Upper-case line with letters (a heading in capitals). */
export function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

