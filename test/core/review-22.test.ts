/**
 * Cases of an independent review of session 22's engine change (31fbfb8..HEAD; /work/heldout/review-22.md): false alarms it raises on
 * sound text, and misses it still has on the classes its commits name. Each case is put in a complete report; the findings it adds to
 * that report are given by code and indicator. Cases marked "(passes today)" are near neighbours that passed when the review was written
 * and must keep passing; the rest failed then, and all but the five named at the end were mended in session 22.
 */
import * as N from './doc';
import { added as addedTo, at, M, NQ04, res, tb, type ReviewCase } from './added';

type C = ReviewCase;
/** A commune's report on the Kết luận (nq04), its text in nhiệm vụ 2. */
const xa = (name: string, text: string, expect: string[]): C => ({ name, pack: NQ04, level: 'xa', extra: { 'nv-2': text }, expect });
const BELOW_XA = ['indicator-below-target xa-dat-chuan-2021-2025'];
/** A province's report on the Kết luận, every count of its own given first (all met), then the case's sentence. */
const HT = 'Đến ngày 20/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%); có 78/169 xã đạt chuẩn NTM nâng cao (46,2%), 23/169 xã đạt chuẩn NTM kiểu mẫu (13,6%); 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; 02 huyện đạt chuẩn NTM nâng cao.';
const tinh = (name: string, text: string, expect: string[]): C => ({ name, pack: NQ04, level: 'tinh', extra: { 'nv-2': `${HT}\n${text}` }, expect });
/** bv01: a plan of 05 xã stated before a claim whose only count is in an aside. */
const PLAN5 = 'Có 05 xã đạt chuẩn nông thôn mới kiểu mẫu, đạt chỉ tiêu Nghị quyết (05 xã).';
const dated = (aside: string) => res(M, [PLAN5, `Toàn huyện không còn xã dưới 15 tiêu chí (${aside}), hoàn thành chỉ tiêu Nghị quyết.`]);
/** br04's table, its cumulative column's header given. */
const br04 = (cumulative: string, r2: string) => ({ 'p1.iii.2.5': ['Kết quả đầu tư giao thông:', '| TT | Hạng mục | ĐVT | Kế hoạch | << | Kết quả thực hiện | << | << | << | Đánh giá so KH năm 2023 |', `| ^^ | ^^ | ^^ | Giai đoạn 2021-2025 | Năm 2023 | Năm 2021 | Năm 2022 | Ước năm 2023 | ${cumulative} | ^^ |`, '| 1 | Đường xã, liên xã | km | 620 | 150 | 118,5 | 136,2 | 152,8 | 407,5 | Đạt |', r2].join('\n') });
const R2_BAD = '| 2 | Đường thôn, xóm | km | 850 | 210 | 162,3 | 188,9 | 196,4 | 547,6 | Đạt |';
const R2_OK = '| 2 | Đường thôn, xóm | km | 850 | 210 | 162,3 | 188,9 | 214,4 | 565,6 | Đạt |';
/** bt04: a "gồm" list (09 + 27 + 08 = 44 for 42), the whole then measured in money in the given words, broken down after "trong đó". */
const bt04 = (measure: string) => at(`Giai đoạn 2021-2023 đã đầu tư xây mới, nâng cấp 42 chợ nông thôn, gồm: 09 chợ xây mới, 27 chợ nâng cấp, cải tạo và 08 chợ được hỗ trợ di dời, sắp xếp lại, ${measure} 186 tỷ 420 triệu đồng, trong đó ngân sách nhà nước 74 tỷ 380 triệu đồng (39,9%).`);
/** bl02: a new commune's villages grouped by old commune. */
const VILLAGES = ['| TT | Thôn | Số hộ | Số vườn mẫu |'];
const ITEMS_A = ['| 1 | Đan Phổ | 196 | 14 |', '| 2 | Đan Thành | 187 | 12 |', '| 3 | Đan Hòa | 197 | 0 |'];
const ITEMS_B = ['| 4 | Hải Thủy | 221 | 15 |', '| 5 | Hải Đông | 192 | 10 |'];
/** bo04: a count broken down after "trong đó:", then another figure after ";". */
const BO04 = (farm: string) => `Giai đoạn 2021 - 6/2024, huyện đã tổ chức đào tạo nghề cho 3.125 lao động nông thôn, trong đó: nghề nông nghiệp ${farm} người, nghề phi nông nghiệp 1.716 người`;
const AM = ['arithmetic-mismatch '];

const cases: C[] = [
  // ---------- 1. a commune's criteria of the raised or the model standard read as the base standard (4c7e867f) ----------
  xa('1a — "đến nay xã đạt 15/19 tiêu chí xã nông thôn mới nâng cao": a count of the nâng cao criteria is not 0% of communes meeting the standard', 'Đến nay xã đạt 15/19 tiêu chí xã nông thôn mới nâng cao.', []),
  xa('1b — … "theo Bộ tiêu chí xã NTM nâng cao giai đoạn 2021-2025"', 'Đến nay xã đạt 17/19 tiêu chí theo Bộ tiêu chí xã NTM nâng cao giai đoạn 2021-2025.', []),
  xa('1c — … the set named in the clause\'s lead ("Về xây dựng nông thôn mới nâng cao, đến nay xã đạt 15/19 tiêu chí")', 'Về xây dựng nông thôn mới nâng cao, đến nay xã đạt 15/19 tiêu chí.', []),
  xa('1d — … "17/19 tiêu chí nông thôn mới kiểu mẫu"', 'Đến nay xã đạt 17/19 tiêu chí nông thôn mới kiểu mẫu.', []),
  // ---------- 2. the 2016-2020 set's 19/19 read as meeting the 2021-2025 standard, hiding the shortfall (4c7e867f) ----------
  xa('2a — "xã đạt 19/19 tiêu chí theo Bộ tiêu chí giai đoạn 2016-2020; đến nay xã đạt 18/19 tiêu chí theo Bộ tiêu chí giai đoạn 2021-2025"', 'Xã đạt 19/19 tiêu chí theo Bộ tiêu chí giai đoạn 2016-2020; đến nay xã đạt 18/19 tiêu chí theo Bộ tiêu chí giai đoạn 2021-2025.', BELOW_XA),
  xa('2b — … in two sentences', 'Xã đạt 19/19 tiêu chí theo Bộ tiêu chí giai đoạn 2016-2020. Đến nay xã đạt 18/19 tiêu chí theo Bộ tiêu chí giai đoạn 2021-2025.', BELOW_XA),
  // ---------- 3. an earlier year's criteria count (in the period) taken as the commune's result (4c7e867f) ----------
  xa('3a — "Năm 2022, xã đạt 16/19 tiêu chí. Đến tháng 5/2025, xã được công nhận đạt chuẩn …": the earlier count is no shortfall now', 'Năm 2022, xã đạt 16/19 tiêu chí. Đến tháng 5/2025, xã được công nhận đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025.', []),
  xa('3b — "Năm 2023, xã đạt 17/19 tiêu chí; hiện nay xã đạt 19/19 tiêu chí": "hiện nay" is not dated by the sentence\'s opening year', 'Năm 2023, xã đạt 17/19 tiêu chí; hiện nay xã đạt 19/19 tiêu chí.', []),
  xa('3c — "Nếu như năm 2021, xã đạt 15/19 tiêu chí thì đến nay xã đạt 19/19 tiêu chí"', 'Nếu như năm 2021, xã đạt 15/19 tiêu chí thì đến nay xã đạt 19/19 tiêu chí.', []),
  xa('3d — the reverse is missed: "Năm 2023, xã đạt 19/19 tiêu chí; hiện nay xã đạt 18/19 tiêu chí …"', 'Năm 2023, xã đạt 19/19 tiêu chí; hiện nay xã đạt 18/19 tiêu chí do tiêu chí môi trường chưa bảo đảm.', BELOW_XA),
  // ---------- 4. a fraction with a two-word unit on both sides is never checked (4447ef1, bu03) ----------
  { name: '4a — "45 công trình/52 công trình (88,5%)": 86,5%', extra: at('Số công trình hoàn thành đưa vào sử dụng 45 công trình/52 công trình (88,5%).'), expect: AM },
  { name: '4b — "3.125 lao động/4.800 lao động (70,1%)": 65,1%', extra: at('Lao động có việc làm thường xuyên 3.125 lao động/4.800 lao động (70,1%).'), expect: AM },
  { name: '4c — "12 sản phẩm/40 sản phẩm (32,5%)": 30%', extra: at('Số sản phẩm OCOP được nâng hạng 12 sản phẩm/40 sản phẩm (32,5%).'), expect: AM },
  { name: '4d — "1.200 m²/1.500 m² (85%)": 80%', extra: at('Diện tích nhà ở đạt chuẩn 1.200 m²/1.500 m² (85%).'), expect: AM },
  // ---------- 5. … nor with a unit the reader does not know on both sides ("hộ dân", "hộ gia đình") (4447ef1, bu03) ----------
  { name: '5a — "26.814 hộ dân/28.190 hộ dân (97,6 %)": 95,1%', extra: at('Số hộ dân sử dụng nước hợp vệ sinh 26.814 hộ dân/28.190 hộ dân (97,6 %).'), expect: AM },
  { name: '5b — "1.286 hộ gia đình/2.415 hộ gia đình (56,3%)": 53,3%', extra: at('Số hộ gia đình tham gia phân loại rác 1.286 hộ gia đình/2.415 hộ gia đình (56,3%).'), expect: AM },
  // ---------- 6. the names after "gồm" told only in one shape (f8bc1074, bt02) ----------
  tinh('6a — names written with their kind ("gồm: xã Cẩm Duệ, xã Cẩm Mỹ (Cẩm Xuyên); … và 05 xã … kiểu mẫu"): the 05 is an addition', 'Trong 06 tháng đầu năm 2025, Hội đồng thẩm định tỉnh đã xét công nhận thêm 09 xã đạt chuẩn NTM nâng cao, gồm: xã Cẩm Duệ, xã Cẩm Mỹ (Cẩm Xuyên); xã Thạch Lạc, xã Thạch Ngọc (Thạch Hà); xã Sơn Tây, xã Sơn Hàm (Hương Sơn); xã Hương Trà (Hương Khê); xã Đức Lĩnh (Vũ Quang); xã Kỳ Tân (Kỳ Anh) và 05 xã đạt chuẩn NTM kiểu mẫu.', []),
  tinh('6b — "… nâng cao gồm các xã: Cẩm Duệ, …"', 'Trong 06 tháng đầu năm 2025, Hội đồng thẩm định tỉnh đã xét công nhận thêm 09 xã đạt chuẩn NTM nâng cao gồm các xã: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên); Thạch Lạc, Thạch Ngọc (Thạch Hà); Sơn Tây, Sơn Hàm (Hương Sơn); Hương Trà (Hương Khê); Đức Lĩnh (Vũ Quang); Kỳ Tân (Kỳ Anh) và 05 xã đạt chuẩn NTM kiểu mẫu.', []),
  tinh('6c — "… nâng cao là: Cẩm Duệ, …"', 'Trong 06 tháng đầu năm 2025, Hội đồng thẩm định tỉnh đã xét công nhận thêm 09 xã đạt chuẩn NTM nâng cao là: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên); Thạch Lạc, Thạch Ngọc (Thạch Hà); Sơn Tây, Sơn Hàm (Hương Sơn); Hương Trà (Hương Khê); Đức Lĩnh (Vũ Quang); Kỳ Tân (Kỳ Anh) và 05 xã đạt chuẩn NTM kiểu mẫu.', []),
  tinh('6d — the second count after ";" ("…; Kỳ Tân (Kỳ Anh); 05 xã đạt chuẩn NTM kiểu mẫu")', 'Trong 06 tháng đầu năm 2025, Hội đồng thẩm định tỉnh đã xét công nhận thêm 09 xã đạt chuẩn NTM nâng cao, gồm: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên); Thạch Lạc, Thạch Ngọc (Thạch Hà); Sơn Tây, Sơn Hàm (Hương Sơn); Hương Trà (Hương Khê); Đức Lĩnh (Vũ Quang); Kỳ Tân (Kỳ Anh); 05 xã đạt chuẩn NTM kiểu mẫu.', []),
  // ---------- 7. counts recognised within a span: only a pair joined by "và", only "riêng … tháng" / "riêng năm" (f8bc1074, bt05) ----------
  tinh('7a — a pair joined by a comma ("cho 09 xã NTM nâng cao, 05 xã NTM kiểu mẫu được công nhận")', 'Các xã được công nhận đạt chuẩn NTM kiểu mẫu được thưởng 1 tỷ 500 triệu đồng/xã; riêng 5 tháng đầu năm 2025 đã chi thưởng 14 tỷ 700 triệu đồng cho 09 xã NTM nâng cao, 05 xã NTM kiểu mẫu được công nhận.', []),
  tinh('7b — three counts ("cho 09 xã NTM nâng cao, 05 xã NTM kiểu mẫu và 01 huyện NTM nâng cao được công nhận")', 'Riêng 5 tháng đầu năm 2025 đã chi thưởng 16 tỷ đồng cho 09 xã NTM nâng cao, 05 xã NTM kiểu mẫu và 01 huyện NTM nâng cao được công nhận.', []),
  tinh('7c — a quarter ("Riêng quý I/2025 đã chi thưởng cho 04 xã NTM nâng cao và 02 xã NTM kiểu mẫu được công nhận")', 'Riêng quý I/2025 đã chi thưởng cho 04 xã NTM nâng cao và 02 xã NTM kiểu mẫu được công nhận.', []),
  // ---------- 8. an aside dated by a full date, or by no "năm", is still read as the claim's result (f8bc1074, bv01) ----------
  { name: '8a — "(đến 31/12/2020 còn 03 xã), hoàn thành chỉ tiêu Nghị quyết"', extra: dated('đến 31/12/2020 còn 03 xã'), expect: [] },
  { name: '8b — "(đến ngày 31/12/2020 còn 03 xã)"', extra: dated('đến ngày 31/12/2020 còn 03 xã'), expect: [] },
  { name: '8c — "(cuối 2020 còn 03 xã)"', extra: dated('cuối 2020 còn 03 xã'), expect: [] },
  { name: '8d — "(năm gốc 2020 còn 03 xã)"', extra: dated('năm gốc 2020 còn 03 xã'), expect: [] },
  // ---------- 9. a running total told only by a span of years (855c1982, br04) ----------
  { name: '9a — "Lũy kế đến năm 2023" beside "Ước năm 2023": the verdict "Đạt" on 196,4 against 210 is lost', extra: br04('Lũy kế đến năm 2023', R2_BAD), expect: ['claim-contradiction '] },
  { name: '9b — "Lũy kế từ 2021 đến 2023"', extra: br04('Lũy kế từ 2021 đến 2023', R2_BAD), expect: ['claim-contradiction '] },
  // ---------- 10. a "gồm" list ends only at a few words of money (2ef643a9, bt04) ----------
  { name: '10a — "…, với kinh phí 186 tỷ 420 triệu đồng, trong đó …": 09 + 27 + 08 = 44 for 42 is missed', extra: bt04('với kinh phí'), expect: AM },
  { name: '10b — "…, tổng dự toán …"', extra: bt04('tổng dự toán'), expect: AM },
  { name: '10c — "…, với tổng chi phí …"', extra: bt04('với tổng chi phí'), expect: AM },
  { name: '10d — "…, vốn đầu tư …"', extra: bt04('vốn đầu tư'), expect: AM },
  // ---------- 11. an ellipsis that closes a list before a word the new nouns begin (e04be82, blank-count) ----------
  { name: '11a — "… cuộc sống của người dân"', extra: at('Nhờ có đường bê tông, điện, nước sạch … cuộc sống của người dân được cải thiện rõ rệt.'), expect: [] },
  { name: '11b — "… bản sắc văn hóa"', extra: at('Các lễ hội truyền thống, hát dân ca, đánh cồng chiêng … bản sắc văn hóa dân tộc được giữ gìn.'), expect: [] },
  { name: '11c — "… con em địa phương"', extra: at('Trường lớp được xây mới, trang thiết bị được bổ sung … con em địa phương được học tập trong điều kiện tốt hơn.'), expect: [] },
  { name: '11d — "… tin tưởng"', extra: at('Nhân dân phấn khởi, đồng tình … tin tưởng vào chủ trương xây dựng nông thôn mới.'), expect: [] },
  { name: '11e — "… nhà nhà hưởng ứng"', extra: at('Phong trào trồng hoa, làm hàng rào xanh, thắp sáng đường quê … nhà nhà hưởng ứng, người người tham gia.'), expect: [] },
  // ---------- 12. groups of a table checked only beside a total row, and only with the label merged (e04be82, bl02) ----------
  { name: '12a — merged group rows, no total row: "Khu vực xã Xuân Đan (cũ) | << | 570" over 196, 187, 197', extra: at(tb([...VILLAGES, '| Khu vực xã Xuân Đan (cũ) | << | 570 | 26 |', ...ITEMS_A, '| Khu vực xã Xuân Hải (cũ) | << | 413 | 25 |', ...ITEMS_B])), expect: AM },
  { name: '12b — groups numbered I, II ("I | Khu vực xã Xuân Đan (cũ) | 570")', extra: at(tb([...VILLAGES, '| I | Khu vực xã Xuân Đan (cũ) | 570 | 26 |', ...ITEMS_A, '| II | Khu vực xã Xuân Hải (cũ) | 413 | 25 |', ...ITEMS_B, '| | Toàn xã | 983 | 51 |'])), expect: AM },
  // ---------- 13. … and with the number cell left blank, groups and villages added twice (e04be82, bl02) ----------
  { name: '13 — "| | Khu vực xã Xuân Đan (cũ) | 580 |" (TT cell blank, not merged), all right: no "993 … 1.986"', extra: at(tb([...VILLAGES, '| | Khu vực xã Xuân Đan (cũ) | 580 | 26 |', ...ITEMS_A, '| | Khu vực xã Xuân Hải (cũ) | 413 | 25 |', ...ITEMS_B, '| | Toàn xã | 993 | 51 |'])), expect: [] },
  // ---------- 14. a "trong đó:" list ends after ";" only at an item opening on "tỷ lệ" (e04be82, bo04) ----------
  { name: '14a — "…; nâng tỷ lệ lao động qua đào tạo lên 72,4%": 1.482 + 1.716 = 3.198 over 3.125 is missed', extra: at(`${BO04('1.482')}; nâng tỷ lệ lao động qua đào tạo lên 72,4%.`), expect: AM },
  { name: '14b — "…; số lao động có việc làm sau đào tạo là 2.810 người": a figure of its own, no part', extra: at(`${BO04('1.409')}; số lao động có việc làm sau đào tạo là 2.810 người.`), expect: [] },
  // ---------- 15. a share said roughly in words: "phân nửa" (2ef643a9, ap02) ----------
  { name: '15 — "1.286/2.415 hộ, hơn phân nửa số hộ (đạt 56,3%)": 53,3%', extra: at('Có 1.286/2.415 hộ, hơn phân nửa số hộ (đạt 56,3%) tham gia mô hình phân loại rác tại nguồn.'), expect: AM },
  // ---------- 16. a fraction whose whole equals another count of the same indicator no longer conflicts with it (523c7a79, ai01) ----------
  { name: '16a — "Toàn tỉnh có 05 huyện đạt chuẩn nông thôn mới" and "Đến 30/6/2024, toàn tỉnh có 04/05 huyện đạt chuẩn nông thôn mới": 4 against 5, one time', level: 'tinh', extra: { 'p1.iii.1': [...N.MET_TINH, 'Đến 30/6/2024, toàn tỉnh có 04/05 huyện đạt chuẩn nông thôn mới.'].join('\n') }, expect: ['conflicting-figures huyen-dat-chuan'] },
  { name: '16b — "… có 41 xã đạt chuẩn nông thôn mới" and "Đến ngày 30/6/2024, toàn tỉnh có 39/41 xã đạt chuẩn nông thôn mới"', level: 'tinh', extra: { 'p1.iii.1': [...N.MET_TINH, 'Đến ngày 30/6/2024, toàn tỉnh có 39/41 xã đạt chuẩn nông thôn mới.'].join('\n') }, expect: ['conflicting-figures xa-dat-chuan'] },

  // ---------- near neighbours (pass today) ----------
  xa('(passes today) N1 — the base standard\'s own count short ("Đến ngày 31/5/2025, xã đạt 18/19 tiêu chí, còn tiêu chí số 17 chưa đạt")', 'Đến ngày 31/5/2025, xã đạt 18/19 tiêu chí, còn tiêu chí số 17 (Môi trường và an toàn thực phẩm) chưa đạt.', BELOW_XA),
  xa('(passes today) N2 — the old communes of a merged one, named ("xã Hòa Hải (cũ) đạt 19/19 tiêu chí, xã Hòa Quý (cũ) đạt 17/19 tiêu chí")', 'Sau sắp xếp, xã Hòa Hải (cũ) đạt 19/19 tiêu chí, xã Hòa Quý (cũ) đạt 17/19 tiêu chí.', []),
  xa('(passes today) N3 — a plan ("Phấn đấu đến hết năm 2025, xã đạt 19/19 tiêu chí nông thôn mới nâng cao")', 'Phấn đấu đến hết năm 2025, xã đạt 19/19 tiêu chí nông thôn mới nâng cao.', []),
  { name: '(passes today) N4 — a two-word unit on both sides, the share right ("45 công trình/52 công trình (86,5%)")', extra: at('Số công trình hoàn thành đưa vào sử dụng 45 công trình/52 công trình (86,5%).'), expect: [] },
  { name: '(passes today) N5 — a one-word unit on both sides, the share wrong ("12 thôn/15 thôn (85%)")', extra: at('Số thôn có nhà văn hóa đạt chuẩn 12 thôn/15 thôn (85%).'), expect: AM },
  tinh('(passes today) N6 — bt02 as written', 'Trong 06 tháng đầu năm 2025, Hội đồng thẩm định tỉnh đã xét công nhận thêm 09 xã đạt chuẩn NTM nâng cao, gồm: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên); Thạch Lạc, Thạch Ngọc (Thạch Hà); Sơn Tây, Sơn Hàm (Hương Sơn); Hương Trà (Hương Khê); Đức Lĩnh (Vũ Quang); Kỳ Tân (Kỳ Anh) và 05 xã đạt chuẩn NTM kiểu mẫu gồm: Xuân Viên (Nghi Xuân), Vượng Lộc (Can Lộc), Tùng Ảnh (Đức Thọ), Cẩm Vịnh (Cẩm Xuyên), Thạch Đài (Thạch Hà).', []),
  { name: '(passes today) N7 — bv01 as written ("(cuối năm 2020 còn 03 xã)")', extra: dated('cuối năm 2020 còn 03 xã'), expect: [] },
  { name: '(passes today) N8 — br04, the verdicts right', extra: br04('Lũy kế 2021-2023', R2_OK), expect: [] },
  { name: '(passes today) N9 — bt04 as written ("…, với tổng vốn …"), the list wrong', extra: bt04('với tổng vốn'), expect: AM },
  { name: '(passes today) N10 — a real blank before a counted noun ("Huyện đã tổ chức … lớp tập huấn")', extra: at('Huyện đã tổ chức … lớp tập huấn cho cán bộ cơ sở về xây dựng nông thôn mới.'), expect: ['placeholder '] },
  { name: '(passes today) N11 — bl02 as written, all right', extra: at(tb([...VILLAGES, '| Khu vực xã Xuân Đan (cũ) | << | 580 | 26 |', ...ITEMS_A, '| Khu vực xã Xuân Hải (cũ) | << | 413 | 25 |', ...ITEMS_B, '| Toàn xã | << | 993 | 51 |'])), expect: [] },
  { name: '(passes today) N12 — bo04, a rate after ";" ("…; tỷ lệ lao động qua đào tạo đạt 72,4%"), the parts wrong', extra: at(`${BO04('1.482')}; tỷ lệ lao động qua đào tạo đạt 72,4%.`), expect: AM },
  { name: '(passes today) N13 — two plain counts at one time ("41 xã" and "39 xã đạt chuẩn nông thôn mới") still conflict', level: 'tinh', extra: { 'p1.iii.1': [...N.MET_TINH, 'Đến ngày 30/6/2024, toàn tỉnh có 39 xã đạt chuẩn nông thôn mới.'].join('\n') }, expect: ['conflicting-figures xa-dat-chuan'] },
];

/**
 * The cases not mended this session, each still failing (a case that starts to pass fails here, to be struck off): a list's second count
 * after ";" past the names (6d); a "gồm" list whose whole is measured again without "tổng" ("với kinh phí", "vốn đầu tư": an item's own
 * money is written so too, 10a, 10d); groups of a table with no total row (12a); an item after ";" that opens on "số …" (a part is
 * often labelled so too, 14b — session 44 closed such a list where its items already made the whole, and review-44d found real further
 * parts written so: "…; các xã còn lại là 120 hộ").
 */
const LEFT = ['6d', '10a', '10d', '12a', '14b'];
const left = (c: C) => LEFT.some((k) => c.name.startsWith(`${k} `));

test.each(cases.filter((c) => !left(c)))('$name', (c) => {
  expect(addedTo(c)).toEqual(c.expect);
});

test.failing.each(cases.filter(left))('left for a later session: $name', (c) => {
  expect(addedTo(c)).toEqual(c.expect);
});
