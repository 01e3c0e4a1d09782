/**
 * Cases of an independent review of session 25's engine change (b298b0a..HEAD 637a6e6) (/work/heldout/review-25.md): false alarms it
 * raises on sound text and misses it still has on the classes its commits name, each failing today with the result a correct checker
 * gives; then near neighbours that pass today and must keep passing. Each case is put in a complete report; the findings it adds to that
 * report are given by code and indicator.
 */
import { added as addedTo, runReview, at, M, NQ04, res, tb, HEAD4, T, tinhWithout, without, noLd, noNgheo, noThon, type ReviewCase } from './added';

type C = ReviewCase;
/** The huyện results with the trained-labour rate short of 70%. */
const ld65 = [...noLd, 'Tỷ lệ lao động nông thôn qua đào tạo đạt 65,2%.'];
const noGt = without('ngành nông nghiệp');
const noNs = without('nước sạch');
const noTuoi = without('tưới');
const NG_HDR = '| TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Năm 2023 | Mục tiêu NQ | Đánh giá |';
/** The poverty row of an indicator table, its last year's level and its assessment cell given. */
const ngRow = (v: string, cell: string) => ({ ...res(noNgheo, []), 'p1.iii.2.4': tb([NG_HDR, `| 6 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 7,46 | 5,61 | ${v} | Giảm ít nhất 1,5%/năm | ${cell} |`]) });
/** A commune's criteria walk (in 2.6). */
const crit = (line: string) => ({ level: 'xa' as const, extra: { 'p1.iii.2.6': line } });
/** A commune's report without its village line, a text in 2.5. */
const xa25 = (t: string) => ({ level: 'xa' as const, extra: { ...res(noThon, []), 'p1.iii.2.5': 'Huy động nguồn lực.\n' + t } });
const S25 = (t: string) => ({ 'p1.iii.2.5': t });
const LD = (s: string) => res(noLd, ['- Tỷ lệ lao động nông thôn qua đào tạo đạt 71,6%, tăng 8,1 điểm phần trăm so với năm 2020 (63,5%); ' + s]);
const corrected = (rest: string) => ({ 'nv-2': `${HEAD4}\n- Xã đạt chuẩn NTM nâng cao: Tại Báo cáo số 186/BC-UBND đã báo cáo 79 xã đạt chuẩn NTM nâng cao. ${rest}` });
const tinh = (l: string) => ({ level: 'tinh' as const, extra: res(T, [l]) });

const failing: C[] = [
  // ---------- regressions: right at b298b0a, wrong at HEAD ----------
  { name: 'F1a — "Một số chỉ tiêu chưa hoàn thành, trong đó có chỉ tiêu về lao động qua đào tạo" is read as the target said met: a claim-contradiction error on sound text (lexicon: targets-done-among)', extra: res(ld65, ['Một số chỉ tiêu chưa hoàn thành, trong đó có chỉ tiêu về lao động qua đào tạo.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'F1b — "Các chỉ tiêu … cơ bản hoàn thành, trong đó chỉ tiêu về tỷ lệ lao động … chưa đạt": the named one is said unmet', extra: res(ld65, ['Các chỉ tiêu chủ yếu của Nghị quyết cơ bản hoàn thành, trong đó chỉ tiêu về tỷ lệ lao động nông thôn qua đào tạo chưa đạt.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'F1c — "…, trong đó mục tiêu về lao động qua đào tạo đạt thấp"', extra: res(ld65, ['Các mục tiêu của Nghị quyết cơ bản hoàn thành, trong đó mục tiêu về lao động qua đào tạo đạt thấp.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'F1d — "…, trong đó chỉ tiêu về lao động qua đào tạo còn khó khăn, cần tập trung …"', extra: res(ld65, ['Các mục tiêu của Nghị quyết đã hoàn thành, trong đó chỉ tiêu về lao động qua đào tạo còn khó khăn, cần tập trung trong thời gian tới.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'F2a — an assessment cell that gives the levels before the yearly fall in words ("Chưa đạt (từ 7,46% xuống 4,98%, bình quân mỗi năm giảm 0,83%)") reads 7,46 as the fall: a claim-contradiction error, the shortfall missed', extra: ngRow('4,98', 'Chưa đạt (từ 7,46% xuống 4,98%, bình quân mỗi năm giảm 0,83%)'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'F2b — … "Chưa đạt (còn 4,98%, bình quân mỗi năm giảm 0,83%)"', extra: ngRow('4,98', 'Chưa đạt (còn 4,98%, bình quân mỗi năm giảm 0,83%)'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'F3a — a criterion line with the earlier year\'s figure beside the norm in one bracket ("96,2% (năm 2021 là 93,6%, yêu cầu ≥ 95%)"): a claim-contradiction error on 93,6', ...crit('- Tiêu chí số 15 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,2% (năm 2021 là 93,6%, yêu cầu ≥ 95%).'), expect: [] },
  { name: 'F3b — … "96,2% (năm 2021: 93,6%; yêu cầu ≥ 95%)"', ...crit('- Tiêu chí số 15 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,2% (năm 2021: 93,6%; yêu cầu ≥ 95%).'), expect: [] },
  { name: 'F4a — a sentence that opens on "Kết quả …" and gives a figure ("tăng 15% so với năm 2022"), the rest put off, empties its section (lexicon: data-pending)', extra: S25('Kết quả huy động nguồn lực năm 2023 tăng 15% so với năm 2022, số liệu năm 2024 đang được rà soát, sẽ báo cáo bổ sung sau.'), expect: [] },
  { name: 'F4b — … "cao hơn năm 2022 khoảng 120 tỷ đồng"', extra: S25('Kết quả huy động nguồn lực năm 2023 cao hơn năm 2022 khoảng 120 tỷ đồng, số liệu năm 2024 đang được tổng hợp, sẽ báo cáo bổ sung sau.'), expect: [] },
  { name: 'F4c — … "gấp 1,2 lần năm 2022"', extra: S25('Kết quả huy động nguồn lực năm 2023 gấp 1,2 lần năm 2022, số liệu năm 2024 đang được tổng hợp, sẽ báo cáo sau.'), expect: [] },
  { name: 'F5a — places of two kinds, the bracket naming a subset and another trait ("58/137 thôn, buôn … (trong đó 34 thôn đạt chuẩn kiểu mẫu và 30 buôn đồng bào dân tộc thiểu số)") are summed as parts', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới (trong đó 34 thôn đạt chuẩn kiểu mẫu và 30 buôn đồng bào dân tộc thiểu số).'), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'F5b — … two overlapping traits ("(trong đó 40 thôn, buôn vùng đồng bào dân tộc thiểu số và 22 buôn đặc biệt khó khăn)")', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới (trong đó 40 thôn, buôn vùng đồng bào dân tộc thiểu số và 22 buôn đặc biệt khó khăn).'), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'F5c — … after a comma ("…, trong đó 36 thôn, buôn đồng bào dân tộc thiểu số, 24 buôn thuộc xã khu vực III")', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới, trong đó 36 thôn, buôn đồng bào dân tộc thiểu số, 24 buôn thuộc xã khu vực III.'), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'F6 — after a whole of all the commune\'s households, a fall with its rate-point share ("hộ nghèo 41 hộ (1,44%), giảm 37 hộ (1,32%) so với đầu năm 2022") is checked as a part of 2.846', ...crit('Tổng số hộ toàn xã 2.846 hộ, trong đó hộ nghèo 41 hộ (1,44%), giảm 37 hộ (1,32%) so với đầu năm 2022.'), expect: [] },
  { name: 'F7a — the agricultural sector ("khu vực nông nghiệp") is taken for an area of the district (lexicon: area-before): the unit\'s growth rate is lost', extra: res(noGt, ['Tốc độ tăng trưởng giá trị gia tăng khu vực nông nghiệp bình quân đạt 3,6%/năm.']), expect: [] },
  { name: 'F7b — … and a growth short of 3% goes unjudged', extra: res(noGt, ['Tốc độ tăng trưởng giá trị gia tăng khu vực nông nghiệp bình quân đạt 2,1%/năm.']), expect: ['indicator-below-target tang-truong-gtgt-nong-nghiep'] },
  { name: 'F7c — … "Giá trị gia tăng khu vực nông nghiệp tăng bình quân 3,6%/năm"', extra: res(noGt, ['Giá trị gia tăng khu vực nông nghiệp tăng bình quân 3,6%/năm.']), expect: [] },
  { name: 'F7d — … opening the clause (lexicon: area-opens): "Khu vực nông nghiệp có tốc độ tăng trưởng …"', extra: res(noGt, ['Khu vực nông nghiệp có tốc độ tăng trưởng giá trị gia tăng bình quân đạt 3,6%/năm.']), expect: [] },
  { name: 'F8a — clean water and hygienic water in one sentence, clean first ("nước sạch đạt 95,2%, nước hợp vệ sinh đạt 100%"): the exclusion drops the clean-water figure, the shortfall is missed', extra: res(noNs, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 95,2%, nước hợp vệ sinh đạt 100%.']), expect: ['indicator-below-target nuoc-sach'] },
  { name: 'F8b — … met (98,5%): indicator-missing on a quoted result', extra: res(noNs, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,5%, nước hợp vệ sinh đạt 100%.']), expect: [] },
  { name: 'F9 — a "Tỷ lệ (%)" column that is each commune\'s share of the district\'s trained workers (Toàn huyện 100) is read as the trained-labour rate', extra: res(M, ['| TT | Xã | Lao động qua đào tạo (người) | Tỷ lệ (%) |', '| 1 | Xã Hải An | 1.200 | 54,5 |', '| 2 | Xã Hải Ba | 1.000 | 45,5 |', '| | Toàn huyện | 2.200 | 100 |']), expect: [] },
  { name: 'F10 — a current result under "đã báo cáo" is silenced because the next paragraph corrects another indicator\'s figure', extra: res(noLd, ['Đến 30/6/2024, UBND huyện đã báo cáo tỷ lệ lao động nông thôn qua đào tạo đạt 62%.', 'Về thu nhập, tại Báo cáo số 45/BC-UBND ghi 50,1 triệu đồng, nay điều chỉnh là 52,3 triệu đồng/người/năm.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  // ---------- misses on the classes the commits name (wrong before and after) ----------
  { name: 'M1a — the targets said met with the verb first ("Huyện đã hoàn thành các mục tiêu Nghị quyết đề ra, trong đó có mục tiêu về lao động …") at 65,2%', extra: res(ld65, ['Huyện đã hoàn thành các mục tiêu Nghị quyết đề ra, trong đó có mục tiêu về lao động nông thôn qua đào tạo.']), expect: ['indicator-below-target lao-dong-dao-tao', 'claim-contradiction lao-dong-dao-tao'] },
  { name: 'M1b — … "Các chỉ tiêu … đều đạt và vượt, trong đó có chỉ tiêu về lao động …"', extra: res(ld65, ['Các chỉ tiêu của Nghị quyết đều đạt và vượt, trong đó có chỉ tiêu về lao động nông thôn qua đào tạo.']), expect: ['indicator-below-target lao-dong-dao-tao', 'claim-contradiction lao-dong-dao-tao'] },
  { name: 'M2a — a criterion said "đạt chuẩn" in its line, the figure short of the norm', ...crit('- Tiêu chí số 15 về Y tế: đạt chuẩn; tỷ lệ người dân tham gia bảo hiểm y tế 93,6%, yêu cầu ≥ 95%.'), expect: ['claim-contradiction '] },
  { name: 'M2b — … the norm headed "chỉ tiêu" ("93,6% (chỉ tiêu ≥ 95%)")', ...crit('- Tiêu chí số 15 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế 93,6% (chỉ tiêu ≥ 95%).'), expect: ['claim-contradiction '] },
  { name: 'M2c — … "(theo quy định ≥ 95%)"', ...crit('- Tiêu chí số 15 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế 93,6% (theo quy định ≥ 95%).'), expect: ['claim-contradiction '] },
  { name: 'M2d — … the norm without a sign ("yêu cầu 95%")', ...crit('- Tiêu chí số 15 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế 93,6%, yêu cầu 95%.'), expect: ['claim-contradiction '] },
  { name: 'M3a — the data still being gathered, the sentence opening on "Do 03 xã mới sáp nhập, số liệu …"', extra: S25('Do 03 xã mới sáp nhập, số liệu huy động nguồn lực đang được tổng hợp, sẽ báo cáo bổ sung sau.'), expect: ['empty-section '] },
  { name: 'M3b — … "Các số liệu về … của 18 xã đang được các phòng, ban tổng hợp"', extra: S25('Các số liệu về huy động nguồn lực năm 2024 của 18 xã đang được các phòng, ban tổng hợp, sẽ báo cáo bổ sung sau.'), expect: ['empty-section '] },
  { name: 'M4a — a district that opens its sentence after "Đến nay," owns the raised total ("Đến nay, huyện Hải Lăng được công nhận thêm 02 xã …, nâng tổng số lên 06 xã")', ...tinh('Đến nay, huyện Hải Lăng được công nhận thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.'), expect: [] },
  { name: 'M4b — … after "Trong 6 tháng đầu năm 2024,"', ...tinh('Trong 6 tháng đầu năm 2024, huyện Hải Lăng được công nhận thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.'), expect: [] },
  { name: 'M4c — … after "Giai đoạn 2021 - 2024,"', ...tinh('Giai đoạn 2021 - 2024, huyện Hải Lăng được công nhận thêm 04 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.'), expect: [] },
  { name: 'M4d — … after a date ("Ngày 15/3/2024,")', ...tinh('Ngày 15/3/2024, huyện Hải Lăng được công nhận thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.'), expect: [] },
  { name: 'M5a — a count over its whole said "trong tổng số" ("20.310 ha trong tổng số 35.390 ha", 57,4%) is no fraction', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động đạt 20.310 ha trong tổng số 35.390 ha.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'M5b — … "20.310 ha/tổng số 35.390 ha"', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động đạt 20.310 ha/tổng số 35.390 ha.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'M5c — the words fraction with a wrong rate ("24.310 ha trên tổng số 35.390 ha, đạt tỷ lệ 78,7%", 68,7) is not checked', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động 24.310 ha trên tổng số 35.390 ha, đạt tỷ lệ 78,7%.']), expect: ['arithmetic-mismatch '] },
  { name: 'M6a — a share of the year\'s plan said "chỉ tiêu giao" after a count trained is taken for the rate', extra: LD('riêng 6 tháng đầu năm 2024 đã đào tạo nghề cho 4.264 lao động nông thôn, đạt 53,3% chỉ tiêu giao.'), expect: [] },
  { name: 'M6b — … in a bracket ("(đạt 53,3% kế hoạch năm)")', extra: LD('riêng 6 tháng đầu năm 2024 đã đào tạo nghề cho 4.264 lao động nông thôn (đạt 53,3% kế hoạch năm).'), expect: [] },
  { name: 'M6c — … "đạt 53,3% mục tiêu năm"', extra: LD('riêng 6 tháng đầu năm 2024 đã đào tạo nghề cho 4.264 lao động nông thôn, đạt 53,3% mục tiêu năm.'), expect: [] },
  { name: 'M7a — a count\'s bare share after the commune\'s whole said "Toàn xã có 2.846 hộ" (96 hộ is 3,37%, not 3,73%)', ...crit('Toàn xã có 2.846 hộ, trong đó hộ nghèo 41 hộ (1,44%), hộ cận nghèo 96 hộ (3,73%).'), expect: ['arithmetic-mismatch '] },
  { name: 'M7b — … "Xã có tổng số 2.846 hộ"', ...crit('Xã có tổng số 2.846 hộ, trong đó hộ nghèo 41 hộ (1,44%), hộ cận nghèo 96 hộ (3,73%).'), expect: ['arithmetic-mismatch '] },
  { name: 'M8a — places of two kinds joined by "và" ("58/137 thôn và buôn … (trong đó 34 thôn và 26 buôn)": 60)', ...xa25('Đến nay có 58/137 thôn và buôn đạt chuẩn nông thôn mới (trong đó 34 thôn và 26 buôn).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'M8b — … broken down by "gồm" ("58/137 thôn, buôn …, gồm 34 thôn và 26 buôn")', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới, gồm 34 thôn và 26 buôn.'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'M9a — a document\'s number without "số" ("Tờ trình 25/TTr-UBND ngày 12/6/2025") stops the label\'s loan: the corrected 72 is not judged', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, xã Hương Trà mới có Tờ trình 25/TTr-UBND ngày 12/6/2025 đề nghị xét công nhận, chưa có quyết định công nhận, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'M9b — … a date written with dashes ("ngày 12-6-2025")', pack: NQ04, level: 'tinh', extra: corrected('Qua rà soát, xã Hương Trà mới có Tờ trình số 25/TTr-UBND ngày 12-6-2025 đề nghị xét công nhận, chưa có quyết định công nhận, nên nay điều chỉnh là 72/169 xã (đạt 42,6%).'), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'M10 — a whole said first as "Tổng số 17 xã của huyện, có 11 xã …, 04 xã … và 03 xã …" (18 for 17) is not read', extra: at('Tổng số 17 xã của huyện, có 11 xã đạt chuẩn nông thôn mới, 04 xã đạt từ 15 - 18 tiêu chí và 03 xã đạt từ 10 - 14 tiêu chí.'), expect: ['arithmetic-mismatch '] },
];

const passing: C[] = [
  { name: 'N1 — the session\'s "các mục tiêu … đều đã hoàn thành, trong đó có mục tiêu về thôn đạt chuẩn nông thôn mới", the village rate met', extra: res(M, ['Các mục tiêu của Nghị quyết đều đã hoàn thành, trong đó có mục tiêu về thôn đạt chuẩn nông thôn mới.']), expect: [] },
  { name: 'N2 — … and a named one short of its target: judged and contradicted', extra: res(ld65, ['Các mục tiêu của Nghị quyết đều đã hoàn thành, trong đó có mục tiêu về lao động nông thôn qua đào tạo.']), expect: ['indicator-below-target lao-dong-dao-tao', 'claim-contradiction lao-dong-dao-tao'] },
  { name: 'N3 — the session\'s cell "Đạt (bình quân mỗi năm giảm 1,74%)"', extra: ngRow('3,98', 'Đạt (bình quân mỗi năm giảm 1,74%)'), expect: [] },
  { name: 'N4 — a cell that quotes the target first in words ("Chưa đạt (mục tiêu mỗi năm giảm 1,5%, thực hiện bình quân mỗi năm giảm 0,83%)")', extra: ngRow('4,98', 'Chưa đạt (mục tiêu mỗi năm giảm 1,5%, thực hiện bình quân mỗi năm giảm 0,83%)'), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'N5 — the session\'s criterion line, 93,6% said "đạt" against "yêu cầu ≥ 95%"', ...crit('- Tiêu chí số 14 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế 93,6% (18.478/19.742 người), yêu cầu ≥ 95%.'), expect: ['claim-contradiction '] },
  { name: 'N6 — a criterion line whose rise is compared with a year before the norm ("96% (tăng 3,5% so với năm 2021, yêu cầu ≥ 90%)")', ...crit('- Tiêu chí số 17 về Môi trường: đạt; tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý 96% (tăng 3,5% so với năm 2021, yêu cầu ≥ 90%).'), expect: [] },
  { name: 'N7 — the session\'s data-pending sentence still empties its section', extra: S25('Số liệu huy động, lồng ghép nguồn lực xây dựng nông thôn mới của 03 xã cũ đang được tổng hợp, đối chiếu với hồ sơ bàn giao; UBND xã sẽ báo cáo bổ sung sau.'), expect: ['empty-section '] },
  { name: 'N8 — a result given, the rest put off ("Kết quả huy động … đạt trên 1.250 tỷ đồng, số liệu 6 tháng đầu năm 2024 đang được tổng hợp …") is substance', extra: S25('Kết quả huy động nguồn lực giai đoạn 2021-2023 đạt trên 1.250 tỷ đồng, số liệu 6 tháng đầu năm 2024 đang được tổng hợp, sẽ báo cáo bổ sung sau.'), expect: [] },
  { name: 'N9 — the session\'s two kinds broken down by kind (34 + 26 for 58)', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn thôn nông thôn mới (trong đó 34 thôn và 26 buôn đồng bào dân tộc thiểu số).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'N10 — the session\'s bare share of all the commune\'s households (3,73 for 3,37)', ...crit('Tổng số hộ toàn xã 2.846 hộ, trong đó hộ nghèo 41 hộ (1,44%), hộ cận nghèo 96 hộ (3,73%).'), expect: ['arithmetic-mismatch '] },
  { name: 'N11 — areas of the district inside a "trong đó" after its whole ("…, trong đó vùng thấp có 36/37 thôn đạt chuẩn (97,30%), vùng cao có 7/10 thôn …")', extra: res(noThon, ['Toàn huyện có 43/47 thôn đạt chuẩn nông thôn mới (91,49%), trong đó vùng thấp có 36/37 thôn đạt chuẩn (97,30%), vùng cao có 7/10 thôn đạt chuẩn (70,00%).']), expect: [] },
  { name: 'N12 — "khu vực nông thôn" is the countryside, not an area ("Tỷ lệ hộ dân khu vực nông thôn sử dụng nước sạch đạt 98,2%")', extra: res(noNs, ['Tỷ lệ hộ dân khu vực nông thôn sử dụng nước sạch đạt 98,2%.']), expect: [] },
  { name: 'N13 — hygienic water first, clean water after "trong đó" (95,2%): judged', extra: res(noNs, ['Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh đạt 99,9%, trong đó sử dụng nước sạch đạt 95,2%.']), expect: ['indicator-below-target nuoc-sach'] },
  { name: 'N14 — a table by commune whose "Tỷ lệ (%)" column follows the clean-water count (Toàn huyện 95,5 against 98,2)', extra: res(M, ['| TT | Xã | Số hộ sử dụng nước sạch | Tỷ lệ (%) |', '| 1 | Xã Hải An | 1.100 | 91,7 |', '| 2 | Xã Hải Ba | 1.000 | 100 |', '| | Toàn huyện | 2.100 | 95,5 |']), expect: ['conflicting-figures nuoc-sach'] },
  { name: 'N15 — a count over its whole in words, low ("20.310 ha trên tổng số 35.390 ha", 57,4%): judged', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động 20.310 ha trên tổng số 35.390 ha đất sản xuất nông nghiệp.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'N16 — the session\'s share of the year\'s plan, said "bằng … kế hoạch năm"', extra: LD('riêng 6 tháng đầu năm 2024 đã đào tạo nghề cho 4.264 lao động nông thôn, bằng 53,3% kế hoạch năm.'), expect: [] },
  { name: 'N17 — "Trong năm 2024, huyện Hải Lăng được công nhận thêm 02 xã …, nâng tổng số lên 06 xã" is the district\'s', ...tinh('Trong năm 2024, huyện Hải Lăng được công nhận thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số lên 06 xã.'), expect: [] },
  { name: 'N18 — the province\'s raised total after a district\'s new communes ("…, nâng tổng số xã … nâng cao của tỉnh lên 16 xã") stays the province\'s', level: 'tinh', extra: res(tinhWithout('16 xã'), ['Năm 2024, huyện Hải Lăng được công nhận thêm 02 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn nông thôn mới nâng cao của tỉnh lên 16 xã.']), expect: [] },
];

/** The cases still failing (a mended case fails as an expected failure: take it out of LEFT). */
const LEFT = new Set<string>([]);
runReview([...failing, ...passing], LEFT, addedTo);
