/**
 * Reports from the mountains and the Highlands name the ethnic minority communities by their own names:
 * "hộ nghèo vùng đồng bào Vân Kiều", "người Mông", "đồng bào Ê Đê". The packs name them "dân tộc thiểu số"
 * (an indicator of its own: the poverty rate of minority households). For matching, a community named
 * after "đồng bào", "dân tộc", "người" or "bà con" is read as "dân tộc thiểu số", so that its figure is the
 * minority indicator's, never the whole unit's. The name must be written with its capital ("người mong
 * muốn" is not the Mông).
 *
 * No imports: src/core/text.ts applies it while normalising, and the lexicon imports text.ts.
 */

/** The 53 ethnic minorities of Việt Nam (and the spellings writers use), as written, with capitals. */
export const ETHNIC_NAMES = [
  // ("Lào" left out: "người Lào" are the people of Laos)
  'Tày', 'Thái', 'Mường', 'Khmer', 'Khơ-me', 'Khơ me', 'Hoa', 'Nùng', 'Mông', "H'Mông", 'H’Mông', 'Hmông', 'H’mông', "H'mông", 'Dao', 'Gia Rai', 'Gia-rai',
  'Jrai', 'Ê Đê', 'Ê-đê', 'Êđê', 'Ba Na', 'Ba-na', 'Bahnar', 'Xơ Đăng', 'Sán Chay', 'Cơ Ho', 'Cơ-ho', 'K’Ho', "K'Ho", 'Chăm', 'Chăm Hroi', 'Sán Dìu', 'Hrê', 'H’rê', 'Ra Glai', 'Raglai',
  'Mnông', 'M’nông', "M'nông", 'Thổ', 'Xtiêng', 'Stiêng', "S'tiêng", 'S’tiêng', "X'tiêng", 'X’tiêng', 'Khơ Mú', 'Khơ-mú', 'Khơmú', 'Bru - Vân Kiều', 'Bru-Vân Kiều', 'Vân Kiều', 'Bru', 'Cơ Tu', 'Cơ-tu', 'Katu', 'Giáy',
  'Tà Ôi', 'Pa Kô', 'Pa Cô', 'Mạ', 'Giẻ Triêng', 'Giẻ-Triêng', 'Co', 'Chơ Ro', 'Xinh Mun', 'Hà Nhì', 'Chu Ru', 'La Chí', 'Kháng', 'Phù Lá',
  'La Hủ', 'La Ha', 'Pà Thẻn', 'Lự', 'Ngái', 'Chứt', 'Lô Lô', 'Mảng', 'Cơ Lao', 'Bố Y', 'Cống', 'Si La', 'Pu Péo', 'Rơ Măm', 'Brâu', 'Ơ Đu', 'Sila',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const NAMES = [...new Set(ETHNIC_NAMES)].sort((a, b) => b.length - a.length).map(esc).join('|');
/** What stands before a community's name: group 1. */
const LEAD = '(?<![\\p{L}])([đĐ]ồng\\s+bào|[dD]ân\\s+tộc|[nN]gười|[bB]à\\s+con)';
/**
 * The lead, the name (and more names joined by "," or "và"), not inside a longer word, nor the start of a place's name
 * ("bà con Mường Lát", "đồng bào Thái Bình": a capitalised word follows).
 */
const ETHNIC_RE = new RegExp(`${LEAD}\\s+(?:${NAMES})(?:\\s*(?:,|và)\\s*(?:${NAMES}))*(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
/** Words before the lead that make the community describe the whole ("chủ yếu là đồng bào Vân Kiều", "95% là đồng bào Mông"). */
const DESCRIBES = /(?:(?<![\p{L}])là|chủ yếu|phần lớn|đa số|kể cả|bao gồm cả)\s*$/iu;
/** A cheap look first: most texts name none. */
const HINT = /đồng bào|ân tộc|gười|à con/iu;

/** The text with each named community written "<lead> dân tộc thiểu số" (for matching only, never for display). */
export function communitiesAsMinority(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(ETHNIC_RE, (m: string, lead: string, at: number) => {
    // … not inside brackets, nor where it says what the whole is made of: there the figure stays the unit's
    const before = text.slice(Math.max(0, at - 40), at);
    if (text.lastIndexOf('(', at) > text.lastIndexOf(')', at) || DESCRIBES.test(before)) return m;
    return /^[dD]ân/u.test(lead) ? `${lead} thiểu số` : `${lead} dân tộc thiểu số`;
  });
}

/** Examples the lexicon test runs: [text, what communitiesAsMinority makes of it]. */
export const ETHNIC_EXAMPLES: Array<[string, string]> = [
  ['tỷ lệ hộ nghèo vùng đồng bào Vân Kiều giảm bình quân 3,8%/năm', 'tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm bình quân 3,8%/năm'],
  ['hộ nghèo người Mông còn 38,2%', 'hộ nghèo người dân tộc thiểu số còn 38,2%'],
  ['đồng bào Vân Kiều, Pa Kô', 'đồng bào dân tộc thiểu số'],
  ['hộ dân tộc Thái và Mường', 'hộ dân tộc thiểu số'],
  ['người dân mong muốn được hỗ trợ', 'người dân mong muốn được hỗ trợ'],
  ['người mong muốn được hỗ trợ', 'người mong muốn được hỗ trợ'],
  ['đồng bào dân tộc thiểu số', 'đồng bào dân tộc thiểu số'],
  ['xã Đồng Bào Hoa', 'xã Đồng Bào Hoa'],
  ['hoa màu của người dân', 'hoa màu của người dân'],
  ['đồng bào Dao Tiền ở xã Hợp Thành', 'đồng bào Dao Tiền ở xã Hợp Thành'],
  ['bà con Mường Lát', 'bà con Mường Lát'],
  ['đồng bào Thái Bình', 'đồng bào Thái Bình'],
  ['người Lào sang làm ăn', 'người Lào sang làm ăn'],
  ['trên địa bàn huyện (chủ yếu là đồng bào Vân Kiều, Pa Kô)', 'trên địa bàn huyện (chủ yếu là đồng bào Vân Kiều, Pa Kô)'],
  ['của xã, nơi có 95% là đồng bào Mông, giảm còn 38%', 'của xã, nơi có 95% là đồng bào Mông, giảm còn 38%'],
];
