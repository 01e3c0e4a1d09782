/**
 * Cases of an independent review of the second half of session 24's engine change (aa20bed..HEAD) (/work/heldout/review-24b.md): false
 * alarms it raises on sound text and misses it still has on the classes its commits name, each failing today (HEAD a5e6ccca) with the
 * result a correct checker gives; then near neighbours that pass today and must keep passing. Each case is put in a complete report; the
 * findings it adds to that report are given by code and indicator. (Here './doc' and './added' re-export a clean export of HEAD's
 * test/core; dropped into test/core/ they are the files of that name.)
 */
import * as N from './doc';
import { added as addedTo, at, M, NQ04, res, tb, without, type ReviewCase } from './added';

type C = ReviewCase;
const T = N.MET_TINH;
const tinhWithout = (...d: string[]) => T.filter((l) => !d.some((x) => l.includes(x)));
const noLd = without('qua đào tạo');
const noNgheo = without('hộ nghèo');
const noThon = M.filter((l) => !l.includes('thôn đạt chuẩn nông thôn mới (đạt'));
const HEAD4 = 'Đến ngày 20/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%); có 23/169 xã đạt chuẩn NTM kiểu mẫu (13,6%); 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; 02 huyện đạt chuẩn NTM nâng cao.';
const corrected = (rest: string) => ({ 'nv-2': `${HEAD4}\n- Xã đạt chuẩn NTM nâng cao: Tại Báo cáo số 186/BC-UBND đã báo cáo 79 xã đạt chuẩn NTM nâng cao. ${rest}` });
/** A cell of 20 words: the text a row of a table says beside its title. */
const P = 'Tiếp tục đổi mới nội dung, hình thức, tăng cường phối hợp giữa các cơ quan, đơn vị và địa phương trong quá trình tổ chức thực hiện.';
const CRIT = (rows: string[]) => tb(['| TT | Tiêu chí | Kết quả thực hiện | Đánh giá |', ...rows]);
const TWO = [`| 1 | Quy hoạch | ${P} | Đạt |`, `| 1.1 | Quy hoạch chung xây dựng xã | ${P} | Đạt |`, `| 2 | Giao thông | ${P} | Đạt |`, `| 2.1 | Đường xã | ${P} | Đạt |`, `| 2.2 | Đường thôn | ${P} | Đạt |`];
const ONE = [`| 1 | Quy hoạch | ${P} | Đạt |`, `| 2 | Giao thông | ${P} | Đạt |`, `| 3 | Thủy lợi | ${P} | Đạt |`, `| 4 | Điện | ${P} | Đạt |`, `| 5 | Trường học | ${P} | Đạt |`];
const NG_HDR = '| TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Năm 2023 | Mục tiêu NQ | Đánh giá |';
/** The poverty row of an indicator table (7,46 → 4,98: a fall of 1,24 a year), its assessment cell given. */
const ngRow = (cell: string) => ({ ...res(noNgheo, []), 'p1.iii.2.4': tb([NG_HDR, `| 6 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 7,46 | 5,61 | 4,98 | Giảm ít nhất 1,5%/năm | ${cell} |`]) });
const ngRow174 = (cell: string) => ({ ...res(noNgheo, []), 'p1.iii.2.4': tb([NG_HDR, `| 6 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 7,46 | 5,61 | 3,98 | Giảm ít nhất 1,5%/năm | ${cell} |`]) });
const DL01 = (mid: string, end = 'còn 486 hộ (tỷ lệ 2,08%), bình quân mỗi năm giảm 2,05%') => res(noNgheo, [`Đầu năm 2022 toàn huyện có 1.412 hộ nghèo (tỷ lệ 6,18%); ${mid}${end}.`]);
const DH03 = (old: string, rest = '; do thôn Hoài Ni đã được UBND huyện công nhận đạt chuẩn ngày 28/6/2024 nhưng chưa được cập nhật, nay điều chỉnh là 8/8 thôn đạt chuẩn nông thôn mới (100%).') => ({ level: 'xa' as const, extra: res(noThon, [`Thôn đạt chuẩn nông thôn mới: ${old}${rest}`, 'Tỷ lệ thôn đạt chuẩn nông thôn mới đến 30/6/2024 đạt 100%.']) });

const cases: C[] = [
  // ---------- regressions: right at aa20bed, wrong at HEAD ----------
  { name: 'R1a — a criteria table numbered at two levels ("1", "1.1", "2", "2.1") is taken for the outline: 2.6, which holds only that table, is empty', extra: { 'p1.iii.2.6': CRIT(TWO) }, expect: [] },
  { name: 'R1b — … after a lead-in "Kết quả cụ thể như sau:"', extra: { 'p1.iii.2.6': 'Kết quả cụ thể như sau:\n' + CRIT(TWO) }, expect: [] },
  { name: 'R1c — … its sub-rows lettered ("1", "a", "2", "a", "b")', extra: { 'p1.iii.2.6': CRIT([`| 1 | Quy hoạch | ${P} | Đạt |`, `| a | Quy hoạch chung xây dựng xã | ${P} | Đạt |`, `| 2 | Giao thông | ${P} | Đạt |`, `| a | Đường xã | ${P} | Đạt |`, `| b | Đường thôn | ${P} | Đạt |`]) }, expect: [] },
  { name: 'R1d — … in a commune\'s report', level: 'xa', extra: { 'p1.iii.2.6': CRIT(TWO) }, expect: [] },
  { name: 'R1e — … the text after the table goes to its last row: "Đến nay, toàn huyện có 16/18 xã …" under "2.2 Đường thôn"', extra: { 'p1.iii.2.6': CRIT(TWO) + '\nĐến nay, toàn huyện có 16/18 xã đạt chuẩn nông thôn mới, 06 xã đạt chuẩn nâng cao.' }, expect: [] },
  { name: 'R1f — a table of capital by source ("1 Ngân sách nhà nước", "1.1 Ngân sách Trung ương", …, a Ghi chú column of text) empties 2.5', extra: { 'p1.iii.2.5': tb(['| TT | Nguồn vốn | Kết quả huy động (triệu đồng) | Ghi chú |', `| 1 | Ngân sách nhà nước | 125.000 | ${P} |`, `| 1.1 | Ngân sách Trung ương | 80.000 | ${P} |`, `| 1.2 | Ngân sách địa phương | 45.000 | ${P} |`, '| 2 | Vốn tín dụng | 60.000 | |', '| 3 | Nhân dân đóng góp | 15.000 | |']) }, expect: [] },
  { name: 'R1g — a table of solutions, the number typed in the title cell ("1. Công tác … tuyên truyền", "1.1. …"), empties 2. Giải pháp', extra: { 'p2.iii.2': tb(['| Nhóm giải pháp | Nội dung |', `| 1. Công tác tổ chức học tập, quán triệt, tuyên truyền | ${P} |`, `| 1.1. Đổi mới hình thức tuyên truyền | ${P} |`, `| 2. Kết quả huy động nguồn lực | ${P} |`, `| 2.1. Lồng ghép các nguồn vốn | ${P} |`, `| 3. Công tác kiểm tra, giám sát | ${P} |`]) }, expect: [] },
  { name: 'R1h — a table of the targets to come ("1 | Về xây dựng nông thôn mới | Đến năm 2025, phấn đấu …", "1.1", "2", "2.1") empties 2. Mục tiêu cụ thể', extra: { 'p2.ii.2': tb(['| TT | Mục tiêu | Nội dung |', '| 1 | Về xây dựng nông thôn mới | Đến năm 2025, phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới nâng cao và 01 xã đạt chuẩn kiểu mẫu. |', `| 1.1 | Xã nâng cao | ${P} |`, '| 2 | Về lao động, việc làm | Đến năm 2025, tỷ lệ lao động nông thôn qua đào tạo đạt 75%, có việc làm ổn định cho người lao động. |', `| 2.1 | Đào tạo nghề | ${P} |`, `| 3 | Về giảm nghèo | ${P} |`]) }, expect: [] },
  { name: 'R2a — an assessment cell that quotes the target before the result ("Chưa đạt (mục tiêu giảm 1,5%/năm, thực hiện giảm 1,24%/năm)") reads 1,5 as the result: a claim-contradiction error on sound text, the shortfall missed', extra: ngRow('Chưa đạt (mục tiêu giảm 1,5%/năm, thực hiện giảm 1,24%/năm)'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'R2b — … "Chưa đạt (chỉ tiêu giảm 1,5%/năm; thực hiện BQ giảm 1,24%/năm)"', extra: ngRow('Chưa đạt (chỉ tiêu giảm 1,5%/năm; thực hiện BQ giảm 1,24%/năm)'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'R3a — a yearly fall in words after a clause that opens on words of its own ("…; với sự vào cuộc của cả hệ thống chính trị, đến cuối năm 2023 còn 486 hộ …, bình quân mỗi năm giảm 2,05%") is no longer the poverty rate\'s', extra: DL01('với sự vào cuộc của cả hệ thống chính trị, đến cuối năm 2023 '), expect: [] },
  { name: 'R3b — … "nhờ triển khai đồng bộ các giải pháp, đến cuối năm 2023 còn 486 hộ"', extra: DL01('nhờ triển khai đồng bộ các giải pháp, đến cuối năm 2023 '), expect: [] },
  { name: 'R3c — … "qua rà soát cuối năm 2023 còn 486 hộ"', extra: DL01('qua rà soát cuối năm 2023 '), expect: [] },
  { name: 'R3d — … and a fall short of 1,5 ("… còn 1.150 hộ (tỷ lệ 4,98%), bình quân mỗi năm giảm 0,6%") goes unjudged', extra: DL01('với sự vào cuộc của cả hệ thống chính trị, đến cuối năm 2023 ', 'còn 1.150 hộ (tỷ lệ 4,98%), bình quân mỗi năm giảm 0,6%'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'R4a — a count before the last comma stops the label\'s loan ("Qua rà soát, có 02 xã chưa có quyết định công nhận của UBND tỉnh, nên nay điều chỉnh là 72/169 xã"): the corrected 72 is not judged', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, có 02 xã chưa có quyết định công nhận của UBND tỉnh, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'R4b — … so does a date ("mới hoàn thành hồ sơ đề nghị xét công nhận ngày 12/6/2025, …")', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, xã Hương Trà mới hoàn thành hồ sơ đề nghị xét công nhận ngày 12/6/2025, chưa có quyết định công nhận của UBND tỉnh, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'R4c — … a document\'s number with its date ("Tờ trình số 25/TTr-UBND ngày 12/6/2025")', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, xã Hương Trà mới có Tờ trình số 25/TTr-UBND ngày 12/6/2025 đề nghị xét công nhận, chưa có quyết định công nhận, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'R4d — … a digit in a commune\'s name ("xã Sơn Kim 1, huyện Hương Sơn")', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, xã Sơn Kim 1, huyện Hương Sơn mới hoàn thành hồ sơ đề nghị xét công nhận, chưa có quyết định công nhận của UBND tỉnh, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'R5 — the correction in the next paragraph ("… đã báo cáo 7/8 thôn đạt chuẩn (87,5%)." / "Do …, nay điều chỉnh là 8/8 thôn …"): the old figure is a second result again', level: 'xa', extra: res(noThon, ['Thôn đạt chuẩn nông thôn mới: Tại Báo cáo số 45/BC-UBND đã báo cáo 7/8 thôn đạt chuẩn (87,5%).', 'Do thôn Hoài Ni đã được UBND huyện công nhận đạt chuẩn ngày 28/6/2024 nhưng chưa được cập nhật, nay điều chỉnh là 8/8 thôn đạt chuẩn nông thôn mới (100%).', 'Tỷ lệ thôn đạt chuẩn nông thôn mới đến 30/6/2024 đạt 100%.']), expect: [] },
  { name: 'R6a — a roadmap\'s item that reports what is done after the period ("- Tiến độ thực hiện: đến ngày 20/8/2024 đã giải ngân 12.500 triệu đồng, …") is silenced', extra: { 'p2.iii.1': '- Tiến độ thực hiện: đến ngày 20/8/2024 đã giải ngân 12.500 triệu đồng, đạt 85% kế hoạch vốn; phấn đấu đến 31/12/2024 giải ngân 100%.' }, expect: ['out-of-period '] },
  { name: 'R6b — … "- Tiến độ: đến ngày 15/9/2024 đã hoàn thành 15/19 tiêu chí; …"', extra: { 'p2.iii.1': '- Tiến độ: đến ngày 15/9/2024 đã hoàn thành 15/19 tiêu chí; phấn đấu đến tháng 12/2024 hoàn thành 19/19 tiêu chí.' }, expect: ['out-of-period '] },
  // ---------- misses on the classes the commits name (wrong before and after) ----------
  { name: 'M1a — a current result under "đã báo cáo" is silenced when any word of the paragraph is a correction\'s ("…, đồng thời thường xuyên cập nhật số liệu")', extra: res(noLd, ['Đến 30/6/2024, UBND huyện đã báo cáo tỷ lệ lao động nông thôn qua đào tạo đạt 62%, đồng thời thường xuyên cập nhật số liệu trên hệ thống.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'M1b — … "; huyện đã bổ sung kinh phí đào tạo nghề cho các xã"', extra: res(noLd, ['Đến 30/6/2024, UBND huyện đã báo cáo tỷ lệ lao động nông thôn qua đào tạo đạt 62%; huyện đã bổ sung kinh phí đào tạo nghề cho các xã.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'M2a — an earlier report named with "Theo …," ("Theo Báo cáo số 45/BC-UBND ngày 10/6/2024, xã có 7/8 thôn …; …, nay điều chỉnh là 8/8 thôn")', ...DH03('Theo Báo cáo số 45/BC-UBND ngày 10/6/2024, xã có 7/8 thôn đạt chuẩn (87,5%)'), expect: [] },
  { name: 'M2b — … with another verb ("Báo cáo số 45/BC-UBND … của UBND xã xác định 7/8 thôn")', ...DH03('Báo cáo số 45/BC-UBND ngày 10/6/2024 của UBND xã xác định 7/8 thôn đạt chuẩn (87,5%)'), expect: [] },
  { name: 'M3a — a request whose verbs are joined by a comma ("tờ trình đề nghị UBND tỉnh xem xét, công nhận 05 xã …") is read as no request', level: 'tinh', extra: res(T, ['Sở Nông nghiệp và PTNT đã có tờ trình đề nghị UBND tỉnh xem xét, công nhận 05 xã đạt chuẩn nông thôn mới nâng cao.']), expect: [] },
  { name: 'M3b — … "hồ sơ đề nghị Trung ương thẩm định, công nhận 02 huyện đạt chuẩn nông thôn mới"', level: 'tinh', extra: res(T, ['UBND tỉnh đã hoàn thiện hồ sơ đề nghị Trung ương thẩm định, công nhận 02 huyện đạt chuẩn nông thôn mới.']), expect: [] },
  { name: 'M4a — a counted label lent to a year-by-year list over ";" ("- Xã đạt chuẩn … nâng cao: toàn tỉnh có 16 xã; năm 2021: 03 xã; …; 6 tháng đầu năm 2024: 02 xã")', level: 'tinh', extra: res(tinhWithout('16 xã'), ['- Xã đạt chuẩn nông thôn mới nâng cao: toàn tỉnh có 16 xã; năm 2021: 03 xã; năm 2022: 05 xã; năm 2023: 06 xã; 6 tháng đầu năm 2024: 02 xã.']), expect: [] },
  { name: 'M4b — … "năm 2021 có 03 xã; năm 2022 có 05 xã; …"', level: 'tinh', extra: res(tinhWithout('16 xã'), ['- Xã đạt chuẩn nông thôn mới nâng cao: toàn tỉnh có 16 xã; năm 2021 có 03 xã; năm 2022 có 05 xã; năm 2023 có 06 xã; 6 tháng đầu năm 2024 có 02 xã.']), expect: [] },
  { name: 'M5a — a district\'s raised total, the district the subject of "được công nhận thêm" ("Năm 2024, huyện Hải Lăng được công nhận thêm 02 xã …, nâng tổng số lên 06 xã")', level: 'tinh', extra: res(T, ['Năm 2024, huyện Hải Lăng được công nhận thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.']), expect: [] },
  { name: 'M5b — … "Huyện Hải Lăng năm 2024 có thêm 02 xã …"', level: 'tinh', extra: res(T, ['Huyện Hải Lăng năm 2024 có thêm 02 xã được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.']), expect: [] },
  { name: 'M5c — … "Huyện Hải Lăng: năm 2024 có thêm 02 xã …"', level: 'tinh', extra: res(T, ['Huyện Hải Lăng: năm 2024 có thêm 02 xã được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.']), expect: [] },
  { name: 'M5d — … "huyện Hải Lăng tiếp tục có thêm 02 xã …"', level: 'tinh', extra: res(T, ['Năm 2024, huyện Hải Lăng tiếp tục có thêm 02 xã được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.']), expect: [] },
  { name: 'M6a — a share of the villages up to standard that have a thing, "đều đã có" ("100% thôn đạt chuẩn nông thôn mới đều đã có tuyến đường hoa")', extra: res(M, ['100% thôn đạt chuẩn nông thôn mới đều đã có tuyến đường hoa.']), expect: [] },
  { name: 'M6b — … a passive verb ("100% thôn đạt chuẩn nông thôn mới được lắp đặt hệ thống điện chiếu sáng")', extra: res(M, ['100% thôn đạt chuẩn nông thôn mới được lắp đặt hệ thống điện chiếu sáng.']), expect: [] },
  { name: 'M6c — … "100% thôn, tổ dân phố đạt chuẩn nông thôn mới có tuyến đường hoa"', extra: res(M, ['100% thôn, tổ dân phố đạt chuẩn nông thôn mới có tuyến đường hoa.']), expect: [] },
  { name: 'M7a — a whole said first, then counts per criterion worded "đạt chuẩn tiêu chí …" ("…; 16 xã đạt chuẩn tiêu chí Giao thông; 15 xã đạt chuẩn tiêu chí Thủy lợi") are summed as parts', extra: at('Trong tổng số 17 xã, có 11 xã đạt 19/19 tiêu chí; 16 xã đạt chuẩn tiêu chí Giao thông; 15 xã đạt chuẩn tiêu chí Thủy lợi.'), expect: [] },
  { name: 'M7b — … "16 xã đạt chuẩn về giao thông; 15 xã đạt chuẩn về thủy lợi"', extra: at('Trong tổng số 17 xã, có 11 xã đạt 19/19 tiêu chí; 16 xã đạt chuẩn về giao thông; 15 xã đạt chuẩn về thủy lợi.'), expect: [] },
  { name: 'M7c — parts of a whole said first, the first "về đích nông thôn mới" (11 + 4 + 3 = 18 for 17) are not read', extra: at('Trong tổng số 17 xã, có 11 xã về đích nông thôn mới; 04 xã đạt từ 17 - 18 tiêu chí; 03 xã đạt từ 15 - 16 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'M7d — … the first "đã hoàn thành xây dựng nông thôn mới"', extra: at('Trong tổng số 17 xã, có 11 xã đã hoàn thành xây dựng nông thôn mới; 04 xã đạt từ 17 - 18 tiêu chí; 03 xã đạt từ 15 - 16 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'M7e — … the first "đạt chuẩn nông thôn mới", the very kind the change names ("01 xã đạt chuẩn nông thôn mới; 02 xã đạt từ 15 đến 18 tiêu chí")', extra: at('Trong tổng số 17 xã, có 11 xã đạt chuẩn nông thôn mới; 04 xã đạt từ 17 - 18 tiêu chí; 03 xã đạt từ 15 - 16 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'M8a — the yearly fall in an assessment cell written "giảm BQ" ("Đạt (giảm BQ 1,74%/năm)")', extra: ngRow174('Đạt (giảm BQ 1,74%/năm)'), expect: [] },
  { name: 'M8b — … in words ("Đạt (bình quân mỗi năm giảm 1,74%)")', extra: ngRow174('Đạt (bình quân mỗi năm giảm 1,74%)'), expect: [] },
  // ---------- near neighbours that pass today and must keep passing ----------
  { name: 'N1 — a criteria table numbered at one level ("1" … "5") beside the headings is no outline', extra: { 'p1.iii.2.6': CRIT(ONE) }, expect: [] },
  { name: 'N2 — a two-level criteria table after a lead-in of substance keeps 2.6 filled', extra: { 'p1.iii.2.6': 'Đến nay, toàn huyện có 16/18 xã đạt chuẩn nông thôn mới, 06 xã đạt chuẩn nâng cao; kết quả thực hiện các tiêu chí cụ thể như sau:\n' + CRIT(TWO) }, expect: [] },
  { name: 'N3 — the session\'s assessment cell ("Đạt (BQ giảm 1,74%/năm)") is the poverty rate\'s yearly fall', extra: ngRow174('Đạt (BQ giảm 1,74%/năm)'), expect: [] },
  { name: 'N4 — an assessment cell that gives the result first ("Chưa đạt (BQ giảm 1,24%/năm, thấp hơn mục tiêu 1,5%/năm)") is judged below target', extra: ngRow('Chưa đạt (BQ giảm 1,24%/năm, thấp hơn mục tiêu 1,5%/năm)'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'N5 — an assessment cell of another poverty rate ("Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số | … | Đạt (BQ giảm 3,2%/năm)") is not the unit\'s', extra: { ...res(M, []), 'p1.iii.2.4': tb([NG_HDR, '| 6 | Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số | % | 12,4 | 9,1 | 6,0 | Giảm 3-4%/năm | Đạt (BQ giảm 3,2%/năm) |']) }, expect: [] },
  { name: 'N6 — dl01 as written ("…; đến cuối năm 2023 còn 486 hộ (tỷ lệ 2,08%), bình quân mỗi năm giảm 2,05%")', extra: DL01('đến cuối năm 2023 '), expect: [] },
  { name: 'N7 — a yearly fall of near-poor households after the span of poor ones ("…; hộ cận nghèo từ 2.100 hộ còn 1.650 hộ, bình quân mỗi năm giảm 0,9%") is not the poverty rate\'s', extra: res(M, ['Năm 2021 toàn huyện có 1.412 hộ nghèo, năm 2023 còn 486 hộ; hộ cận nghèo từ 2.100 hộ còn 1.650 hộ, bình quân mỗi năm giảm 0,9%.']), expect: [] },
  { name: 'N8 — dh01 under its label, no figure before the last comma: judged', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, xã Hương Trà mới hoàn thành hồ sơ đề nghị xét công nhận, chưa có quyết định công nhận của UBND tỉnh, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'N9 — a counted label\'s count followed by a plan in the same clause ("72/169 xã, dự kiến đến cuối năm 2025 có thêm 03 xã") is still judged', pack: NQ04, level: 'tinh', extra: { 'nv-2': `${HEAD4}\n- Xã đạt chuẩn NTM nâng cao: 72/169 xã, dự kiến đến cuối năm 2025 có thêm 03 xã.` }, expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'N10 — a roadmap\'s dates with planned counts ("- Lộ trình: đến tháng 9/2024 có thêm 02 thôn …; đến tháng 12/2024 có 01 xã …") are no figures', extra: { 'p2.iii.1': '- Lộ trình: đến tháng 9/2024 có thêm 02 thôn đạt chuẩn nông thôn mới kiểu mẫu; đến tháng 12/2024 có 01 xã đạt chuẩn nông thôn mới nâng cao.' }, expect: [] },
  { name: 'N11 — "- Lộ trình: tính đến ngày 31/8/2024 đã có 03 xã hoàn thành hồ sơ; …" is a status after the period', extra: { 'p2.iii.1': '- Lộ trình: tính đến ngày 31/8/2024 đã có 03 xã hoàn thành hồ sơ; đến tháng 12/2024 có thêm 02 xã đạt chuẩn nâng cao.' }, expect: ['out-of-period '] },
  { name: 'N12 — "chưa đạt yêu cầu 70% của Nghị quyết" after 68%: the 70 stays a requirement, 68 is judged', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 68%, chưa đạt yêu cầu 70% của Nghị quyết.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N13 — "Trong tổng số 46 mô hình, có 28 mô hình trồng trọt; 12 mô hình chăn nuôi; 10 mô hình được hỗ trợ …": a second partition, no sum', extra: at('Trong tổng số 46 mô hình, có 28 mô hình trồng trọt; 12 mô hình chăn nuôi; 10 mô hình được hỗ trợ từ ngân sách Trung ương.'), expect: [] },
  { name: 'N14 — "Đối với huyện Hải Lăng, năm 2024 có thêm 02 xã …, nâng tổng số lên 06 xã" is the district\'s', level: 'tinh', extra: res(T, ['Đối với huyện Hải Lăng, năm 2024 có thêm 02 xã được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.']), expect: [] },
];

const key = (c: C) => c.name.split(' ')[0];
/**
 * The cases still failing when session 24 closed (the review's R* and M* cases but those then mended: R1, R2, R3, R4a-b, R6, M1, M2, M3, M4, M6, M8a);
 * the N* cases passed when written and must keep passing. A mended case fails as an expected failure: move it back among the others.
 */
const LEFT = new Set(['R5', 'M5a', 'M5b', 'M5c', 'M5d', 'M7a', 'M7b', 'M7c', 'M7d', 'M7e', 'M8b', 'R4c', 'R4d']);
const FAILING = (c: C) => LEFT.has(key(c));

test.each(cases.filter((c) => !FAILING(c)))('$name', (c) => {
  expect(addedTo(c)).toEqual(c.expect);
});
test.failing.each(cases.filter(FAILING))('$name', (c) => {
  expect(addedTo(c)).toEqual(c.expect);
});
