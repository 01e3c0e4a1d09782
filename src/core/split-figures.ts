/**
 * A report that went through a scan or a PDF keeps figures split by a space after their mark: "71, 2%" for 71,2%, "2. 640 cán bộ"
 * for 2.640. Such a figure is read whole: the decimal of a percentage (one or two digits after ", "), and a thousands group (three
 * digits after ". ") inside a sentence, a word before it — not at a paragraph's start, where "2. 300 hộ …" is an item's number and
 * its text. Only the paragraphs that hold one are copied; the rest of the model is kept as it is.
 */
import type { DocModel } from './model';

/**
 * "đạt 71, 2%": a percentage's decimal after a comma and a space, right after a rate's lead ("đạt", "là", "chiếm", "còn", "(") — not
 * a month, a day or a resolution's number before a whole percent ("Đến hết tháng 10, 99% hộ …", "Nghị quyết 16, 75% lao động …"), nor
 * one of a list ("12, 15 và 20%": no figure or "và" after it).
 */
const SPLIT_DECIMAL = /(?<=(?:(?<![\p{L}])(?:đạt|là|chiếm|còn|lên|xuống|khoảng|ước|bằng|giảm|tăng|bình quân|trung bình)\s+|\(\s*))(\d{1,3}),\s(\d{1,2})\s?%(?!\s*(?:,|và)\s*\d)/giu;
/**
 * "cho 2. 640 cán bộ": a thousands group after a point and a space, a word (or a colon: "đào tạo nghề: 2. 640 lao động") before the
 * figure and a word after it; or either side of a fraction's slash ("1. 846/2. 153 hộ").
 */
const SPLIT_THOUSANDS = /(?<=(?:\p{L}|:)\s|\/)(\d{1,3})\.\s(\d{3})(?=\s+\p{L}|\/\d)/gu;
/**
 * "gấp 1, 26 lần": a multiple's decimal after a comma and a space — two digits after it, or one after a whole of 1 ("gấp 2, 3 lần" is two
 * or three times).
 */
const SPLIT_MULTIPLE = /(?<=(?<![\p{L}])gấp\s+)(\d{1,2}),\s(\d{2}|(?<=(?<!\d)1,\s)\d)(?=\s*lần(?![\p{L}]))/giu;
const MAYBE = /\d[,.]\s\d/u;

export function splitFiguresJoined(doc: DocModel): DocModel {
  let out: DocModel['paragraphs'] | undefined;
  doc.paragraphs.forEach((p, i) => {
    if (!MAYBE.test(p.text)) return;
    const text = p.text.replace(SPLIT_DECIMAL, '$1,$2%').replace(SPLIT_THOUSANDS, '$1.$2').replace(SPLIT_MULTIPLE, '$1,$2');
    if (text === p.text) return;
    out ??= doc.paragraphs.slice();
    out[i] = { ...p, text };
  });
  return out ? { ...doc, paragraphs: out } : doc;
}
