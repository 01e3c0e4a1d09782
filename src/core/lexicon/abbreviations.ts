/**
 * Offices write the programme's words short, in prose and above all in tables: "Số xã đạt chuẩn NTM NC", "TL thôn đạt chuẩn NTM KM",
 * "KDC NTMKM", "hộ nghèo DTTS". The packs spell them out. For matching, the short forms that tell an indicator apart are read in full
 * ("NTM NC" as "NTM nâng cao", "NTM KM" as "NTM kiểu mẫu", "TL" as "tỷ lệ", "KDC" as "khu dân cư", "DTTS" as "dân tộc thiểu số", "MTTQ",
 * "CTMTQG", "BCĐ", "NS" before a word, "SX" and "GTSX" for sản xuất),
 * written in capitals as offices write them: "nc", "km" in lower case are other words ("12 km đường").
 *
 * No imports: src/core/text.ts applies it while normalising, and the lexicon imports text.ts.
 */

/** A short form and what it stands for: matched as a whole word, in capitals, where the context given says it is one. */
const SHORT: Array<[RegExp, string]> = [
  // (after "NTM", with or without a space: "NTM NC", "NTMNC", "NTM-KM")
  [/(?<![\p{L}\d])NTM\s*[-–]?\s*NC(?![\p{L}\d])/gu, 'NTM nâng cao'],
  [/(?<![\p{L}\d])NTM\s*[-–]?\s*KM(?![\p{L}\d])/gu, 'NTM kiểu mẫu'],
  [/(?<![\p{L}\d])TL(?=\s+\p{Ll})/gu, 'tỷ lệ'],
  [/(?<![\p{L}\d])KDC(?![\p{L}\d])/gu, 'khu dân cư'],
  [/(?<![\p{L}\d])DTTS(?![\p{L}\d])/gu, 'dân tộc thiểu số'],
  [/(?<![\p{L}\d])MTTQ(?![\p{L}\d])/gu, 'Mặt trận Tổ quốc'],
  [/(?<![\p{L}\d])CTMTQG(?![\p{L}\d])/gu, 'Chương trình mục tiêu quốc gia'],
  [/(?<![\p{L}\d])BCĐ(?![\p{L}\d])/gu, 'Ban Chỉ đạo'],
  [/(?<![\p{L}\d])NS(?=\s+\p{Ll})/gu, 'ngân sách'],
  [/(?<![\p{L}\d])GT\s?SX(?![\p{L}\d])/gu, 'giá trị sản xuất'],
  [/(?<![\p{L}\d])(?:SX|sx)(?![\p{L}\d])/gu, 'sản xuất'],
];
/** A cheap look first: most texts hold none of them. */
const HINT = /NC|KM|TL|KDC|DTTS|MTTQ|CTMTQG|BCĐ|NS|SX|sx/u;

/** The text with the short forms that tell an indicator apart written in full (lengths change: for matching only, never for display). */
export function abbreviationsSpelled(text: string): string {
  if (!HINT.test(text)) return text;
  let out = text;
  for (const [re, full] of SHORT) out = out.replace(re, full);
  return out;
}

/** Examples the lexicon test runs: [text, what abbreviationsSpelled makes of it]. */
export const ABBREVIATION_EXAMPLES: Array<[string, string]> = [
  ['Số xã đạt chuẩn NTM NC', 'Số xã đạt chuẩn NTM nâng cao'],
  ['TL thôn đạt chuẩn NTM KM', 'tỷ lệ thôn đạt chuẩn NTM kiểu mẫu'],
  ['Trong đó: NTMNC | NTM-KM', 'Trong đó: NTM nâng cao | NTM kiểu mẫu'],
  ['1.205/1.512 KDC đạt chuẩn KDC NTMKM', '1.205/1.512 khu dân cư đạt chuẩn khu dân cư NTM kiểu mẫu'],
  ['TL hộ nghèo DTTS (%)', 'tỷ lệ hộ nghèo dân tộc thiểu số (%)'],
  ['bê tông hóa 12 km đường, đạt chuẩn NTM', 'bê tông hóa 12 km đường, đạt chuẩn NTM'],
  ['Công ty TNHH NC Việt', 'Công ty TNHH NC Việt'],
  ['TL: 65%', 'TL: 65%'],
  ['5. Phát huy vai trò của MTTQ, các tổ chức chính trị - xã hội', '5. Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội'],
  ['Ưu tiên nguồn vốn NS tỉnh, lồng ghép các CTMTQG', 'Ưu tiên nguồn vốn ngân sách tỉnh, lồng ghép các Chương trình mục tiêu quốc gia'],
  ['BCĐ tỉnh; NSNN', 'Ban Chỉ đạo tỉnh; NSNN'],
  ['Giá trị SX trên 01 ha đất trồng trọt', 'Giá trị sản xuất trên 01 ha đất trồng trọt'],
  ['GTSX/ha đất trồng trọt', 'giá trị sản xuất/ha đất trồng trọt'],
  ['HTX dịch vụ; SXKD', 'HTX dịch vụ; SXKD'],
  ['GT SX trên 01 ha', 'giá trị sản xuất trên 01 ha'],
  ['Giá trị sx trên 01 ha', 'Giá trị sản xuất trên 01 ha'],
];
