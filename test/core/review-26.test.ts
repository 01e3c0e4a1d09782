/**
 * Cases of an independent review of session 26's engine change (c69fe531..HEAD c736d3d0) (/work/heldout/review-26.md): false alarms it
 * raises on sound text (and findings it loses) and misses it still has on the classes its commits name, each failing today with the
 * result a correct checker gives; then near neighbours that pass today and must keep passing. Each case is put in a complete report; the
 * findings it adds to that report are given by code and indicator. A few cases about headings change the report's own lines: they are
 * whole sources, and their findings are all the report's.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import * as N from './doc';
import { added as addedTo, runReview, at, M, NQ04, res, T, tinhWithout, without, noThon, type ReviewCase, S, noLd, noNs, noGsx, noTuoi, noNgheo, tinhNoLd, xa25, ROOMS, OCOP } from './added';

type C = ReviewCase;
const noKm = M.filter((l) => !l.includes('kiểu mẫu'));
const noGt = without('ngành nông nghiệp');
/** nq04, a district: communes by group, the nâng cao ones after the kiểu mẫu one said as `five`, then the count of all nâng cao (as eg06). */
const GROUPS = (five: string) => ({ 'nv-2': ['Đến nay, toàn huyện có 20/20 xã đạt chuẩn nông thôn mới.', `Tổng hợp theo nhóm: 01 xã đạt chuẩn nông thôn mới kiểu mẫu (Phúc Đồng); ${five} đạt chuẩn nông thôn mới nâng cao (Hương Trà, Hương Đô, Gia Phố, Phú Gia, Hương Long); 14 xã đạt chuẩn nông thôn mới.`, 'So với thời điểm ban hành Kết luận, từ chỗ chưa có xã nào, đến nay đã có 06 xã đạt chuẩn nông thôn mới nâng cao.'].join('\n') });
/** A province's communes after the 2025 reorganisation (as ek03), the new ones said by what they were formed from. */
const FORMED = (how: string) => ({ level: 'tinh' as const, extra: res(T, [`Theo đơn vị hành chính mới, 41 xã (cũ) đạt chuẩn nông thôn mới nay thuộc 24 xã mới; trong đó 11 xã mới ${how} các xã (cũ) đã đạt chuẩn.`]) });
/** The clean-water rate in the text (91,6%) and an indicator table's row, its cells given (as ei01). */
const HDR = '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Năm 2020 | Thực hiện | Đánh giá |';
const NS_ROW = (target: string, y2020: string, v: string) => ({ ...res(noNs, []), 'p1.iii.2.5': ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch: 19.846/21.667 hộ, đạt 91,6%.', HDR, `| 7 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | ${target} | ${y2020} | ${v} | Chưa đạt |`].join('\n') });

const failing: C[] = [
  // ---------- regressions: right at c69fe531, wrong at HEAD ----------
  // a whole said "Trong N …:" (WHOLE_BEFORE_COLON) now sums every count after the colon, a trait of some of them included
  { name: 'R1 — "Trong 18 xã: 12 xã đồng bằng, 06 xã miền núi; 04 xã đặc biệt khó khăn": a partition, then a trait of some of them, is summed as parts (22 for 18)', extra: at('Trong 18 xã: 12 xã đồng bằng, 06 xã miền núi; 04 xã đặc biệt khó khăn.'), expect: [] },
  { name: 'R2 — "Trong 16 xã: 09 xã đạt 19/19 tiêu chí; 05 xã …; 02 xã …; 09 xã đã được công nhận …": the communes recognised are some of those at 19/19', extra: at('Trong 16 xã: 09 xã đạt 19/19 tiêu chí; 05 xã đạt từ 15 - 18 tiêu chí; 02 xã đạt từ 10 - 14 tiêu chí; 09 xã đã được công nhận đạt chuẩn nông thôn mới.'), expect: [] },
  { name: 'R3 — "Trong 120 km đường trục xã: 95 km đã được cứng hóa, 25 km đường đất; 40 km có rãnh thoát nước": a length and a trait of some of it', extra: at('Trong 120 km đường trục xã: 95 km đã được cứng hóa, 25 km đường đất; 40 km có rãnh thoát nước.'), expect: [] },
  { name: 'R4 — "Trong 45 HTX: 30 HTX nông nghiệp, 15 HTX phi nông nghiệp; 12 HTX có sản phẩm OCOP"', extra: at('Trong 45 HTX: 30 HTX nông nghiệp, 15 HTX phi nông nghiệp; 12 HTX có sản phẩm OCOP.'), expect: [] },
  // "hợp tác xã" among the things counted: any count of another noun after "trong đó" becomes a kind of cooperative
  { name: 'R5 — "54 HTX, trong đó 38 HTX đang hoạt động, 02 HTX tạm ngừng hoạt động và 17 tổ hợp tác": cooperative groups are no cooperatives (57 for 54)', extra: at('Tính đến nay, toàn huyện có tổng số 54 HTX, trong đó 38 HTX đang hoạt động, 02 HTX tạm ngừng hoạt động và 17 tổ hợp tác.'), expect: [] },
  { name: 'R6 — … in full words ("54 hợp tác xã, trong đó 38 hợp tác xã nông nghiệp, 14 hợp tác xã phi nông nghiệp và 25 tổ hợp tác")', extra: at('Toàn huyện có 54 hợp tác xã, trong đó 38 hợp tác xã nông nghiệp, 14 hợp tác xã phi nông nghiệp và 25 tổ hợp tác.'), expect: [] },
  { name: 'R7 — … the products of some of them ("…, 15 HTX có sản phẩm OCOP, 21 sản phẩm đạt 3 sao trở lên")', extra: at('Toàn huyện có 54 HTX, trong đó 38 HTX đang hoạt động hiệu quả, 15 HTX có sản phẩm OCOP, 21 sản phẩm đạt 3 sao trở lên.'), expect: [] },
  { name: 'R8 — … farms listed beside them ("…, 14 HTX phi nông nghiệp, 25 trang trại")', extra: at('Toàn huyện có 54 HTX, trong đó 38 HTX nông nghiệp, 14 HTX phi nông nghiệp, 25 trang trại.'), expect: [] },
  // "Riêng …," (FRAME_KIND now opens on "riêng"): "Riêng" that names the indicator itself sets the unit's own count apart
  { name: 'R9 — a province\'s "Riêng các xã đạt chuẩn nông thôn mới nâng cao, đến nay đã có 16 xã được công nhận" is the province\'s count, not some places set apart: indicator-missing', level: 'tinh', extra: res(tinhWithout('16 xã'), ['Riêng các xã đạt chuẩn nông thôn mới nâng cao, đến nay đã có 16 xã được công nhận.']), expect: [] },
  { name: 'R10 — … and 12 (short of 15) goes unjudged', level: 'tinh', extra: res(tinhWithout('16 xã'), ['Riêng các xã đạt chuẩn nông thôn mới nâng cao, đến nay mới có 12 xã được công nhận.']), expect: ['indicator-below-target xa-nang-cao'] },
  { name: 'R11 — … "Riêng các huyện đạt chuẩn nông thôn mới, đến nay đã có 05 huyện được Thủ tướng Chính phủ công nhận"', level: 'tinh', extra: res(tinhWithout('05 huyện'), ['Riêng các huyện đạt chuẩn nông thôn mới, đến nay đã có 05 huyện được Thủ tướng Chính phủ công nhận.']), expect: [] },
  // the data-pending sentence, now filler with no deferral lead, empties a section that describes an ongoing practice
  { name: 'R12 — "Các nội dung công khai theo quy định đang được các xã cập nhật thường xuyên trên bảng tin, …" says how publication is done: no empty section', extra: S('p1.iii.2.7', 'Các nội dung công khai theo quy định đang được các xã cập nhật thường xuyên trên bảng tin, trang thông tin điện tử và hệ thống loa truyền thanh.'), expect: [] },
  { name: 'R13 — … with no body named ("đang được cập nhật thường xuyên trên bảng tin, …")', extra: S('p1.iii.2.7', 'Các nội dung công khai theo quy định đang được cập nhật thường xuyên trên bảng tin, trang thông tin điện tử và hệ thống loa truyền thanh.'), expect: [] },
  // a bare percent in a bracket after a claim of falling short is now always the target
  { name: 'R14 — "đạt 66,8%, thấp hơn mục tiêu Nghị quyết đề ra (3,2%)": the bracket is the gap (a target below the result cannot be one the result falls short of)', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu Nghị quyết đề ra (3,2%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'R15 — a province\'s "đạt 66,8%, chưa đạt kế hoạch năm 2023 (68%)": a year\'s plan, not the Nghị quyết\'s target', level: 'tinh', extra: res(tinhNoLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, chưa đạt kế hoạch năm 2023 (68%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'R16 — … "chưa đạt mục tiêu năm 2023 (68%)"', level: 'tinh', extra: res(tinhNoLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, chưa đạt mục tiêu năm 2023 (68%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'R17 — … a department\'s "thấp hơn kế hoạch năm 2023 (68%)"', level: 'so-nganh', extra: res(tinhNoLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn kế hoạch năm 2023 (68%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  // a department now held to the province-only targets: what it was assigned, and a national per-district target, are read as them
  { name: 'R18 — a department\'s own assignment ("Năm 2024, Sở được giao chỉ tiêu phối hợp hỗ trợ 10 xã đạt chuẩn NTM kiểu mẫu") is no misquote of the Kết luận\'s 22', pack: NQ04, level: 'so-nganh', extra: { 'nv-2': 'Năm 2024, Sở được giao chỉ tiêu phối hợp hỗ trợ 10 xã đạt chuẩn NTM kiểu mẫu. Ngành đã phối hợp với các huyện hỗ trợ các xã hoàn thiện tiêu chí về điện, chợ.' }, expect: [] },
  { name: 'R19 — … in an nq16 department report', level: 'so-nganh', extra: res(T, ['Năm 2024, Sở được giao chỉ tiêu phối hợp hỗ trợ 10 xã đạt chuẩn nông thôn mới kiểu mẫu.']), expect: [] },
  { name: 'R20 — the national programme\'s per-district target ("mỗi huyện có ít nhất 01 xã đạt chuẩn nông thôn mới kiểu mẫu") in a department\'s report', level: 'so-nganh', extra: res(T, ['Chương trình mục tiêu quốc gia xây dựng nông thôn mới đề ra mục tiêu đến năm 2025 mỗi huyện có ít nhất 01 xã đạt chuẩn nông thôn mới kiểu mẫu.']), expect: [] },
  // a target whose own words name another indicator
  { name: 'R21 — the model villages\' rate "vượt mục tiêu Nghị quyết đề ra là 5% số thôn đạt chuẩn": the 5% is the owner\'s target said short, not the villages\' 85%', extra: res(noKm, ['Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu đạt 6,3%, vượt mục tiêu Nghị quyết đề ra là 5% số thôn đạt chuẩn.']), expect: [] },
  // target words only in a bracket before ", trong đó" (blankBrackets in frames): a misquote is lost
  { name: 'R22 — "Phấn đấu đến năm 2025 (chỉ tiêu Nghị quyết đề ra), toàn tỉnh có ít nhất 38 xã …, trong đó 20 xã … nâng cao": 20 for 15 no longer found', level: 'tinh', extra: res(T, ['Phấn đấu đến năm 2025 (chỉ tiêu Nghị quyết đề ra), toàn tỉnh có ít nhất 38 xã đạt chuẩn nông thôn mới, trong đó 20 xã đạt chuẩn nông thôn mới nâng cao.']), expect: ['target-misquoted xa-nang-cao'] },
  // ---------- misses on the classes the commits name (wrong before and after) ----------
  { name: 'M1 — a whole said "Trong số 16 xã:" before its parts (17)', extra: at('Trong số 16 xã: 09 xã đạt 19/19 tiêu chí; 05 xã đạt từ 15 - 18 tiêu chí; 03 xã đạt từ 10 - 14 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'M2 — … "Trong 16 xã, có: 09 xã …; 05 xã …; 03 xã …"', extra: at('Trong 16 xã, có: 09 xã đạt 19/19 tiêu chí; 05 xã đạt từ 15 - 18 tiêu chí; 03 xã đạt từ 10 - 14 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'M3 — places set apart "Riêng đối với các xã miền núi, tỷ lệ … mới đạt 55,2%" (a second rate of the district)', extra: res(M, ['Riêng đối với các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.']), expect: [] },
  { name: 'M4 — … "Riêng tại các xã miền núi, …"', extra: res(M, ['Riêng tại các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.']), expect: [] },
  { name: 'M5 — … "Riêng nhóm xã vùng cao, tỷ lệ hộ dân … nước sạch mới đạt 85,1%"', extra: res(M, ['Riêng nhóm xã vùng cao, tỷ lệ hộ dân nông thôn sử dụng nước sạch mới đạt 85,1%.']), expect: [] },
  { name: 'M6 — … two words only ("Riêng các bản, tỷ lệ thôn, bản đạt chuẩn … mới đạt 52,4%")', extra: res(M, ['Riêng các bản, tỷ lệ thôn, bản đạt chuẩn nông thôn mới mới đạt 52,4%.']), expect: [] },
  { name: 'M7 — the others beside a group said "05 xã nữa" (5 beside 6)', pack: NQ04, level: 'huyen', extra: GROUPS('05 xã nữa'), expect: [] },
  { name: 'M8 — the target alone in a bracket after falling short, with its bound in words ("thấp hơn mục tiêu … (trên 75%)")', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (trên 75%).']), expect: ['indicator-below-target lao-dong-dao-tao', 'target-misquoted lao-dong-dao-tao'] },
  { name: 'M9 — … "(tối thiểu 75%)"', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (tối thiểu 75%).']), expect: ['indicator-below-target lao-dong-dao-tao', 'target-misquoted lao-dong-dao-tao'] },
  { name: 'M10 — … a yearly fall ("giảm bình quân 1,2%/năm, thấp hơn mục tiêu … (2%/năm)")', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,2%/năm, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (2%/năm).']), expect: ['indicator-below-target giam-ngheo', 'target-misquoted giam-ngheo'] },
  { name: 'M11 — … a count above the result ("34 xã …, chưa đạt mục tiêu … (40 xã)": 40 > 34 is no shortfall)', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới, chưa đạt mục tiêu Nghị quyết số 16-NQ/TU đề ra (40 xã).']), expect: ['indicator-below-target xa-dat-chuan', 'target-misquoted xa-dat-chuan'] },
  { name: 'M12 — content put off until views are given, "hoàn thiện" for "bổ sung" ("Phòng sẽ tổng hợp, hoàn thiện sau khi có ý kiến góp ý của các đơn vị.")', extra: S('p1.iii.2.7', 'Phòng sẽ tổng hợp, hoàn thiện sau khi có ý kiến góp ý của các đơn vị.'), expect: ['empty-section '] },
  { name: 'M13 — … "sẽ tổng hợp, cập nhật vào báo cáo sau khi có ý kiến của các phòng, ban"', extra: S('p1.iii.2.7', 'Văn phòng Điều phối sẽ tổng hợp, cập nhật vào báo cáo sau khi có ý kiến của các phòng, ban.'), expect: ['empty-section '] },
  { name: 'M14 — a month and year then a comma between a fraction and its share ("1.846/2.153 hộ … đến tháng 6/2024, đạt 86,7%": 85,7)', extra: at('Có 1.846/2.153 hộ đạt danh hiệu Gia đình văn hóa đến tháng 6/2024, đạt 86,7%.'), expect: ['arithmetic-mismatch '] },
  { name: 'M15 — "GT SX" with a space ("GT SX trên 01 ha đất trồng trọt năm 2023 đạt 156 triệu đồng"): indicator-missing', extra: res(noGsx, ['GT SX trên 01 ha đất trồng trọt năm 2023 đạt 156 triệu đồng.']), expect: [] },
  { name: 'M16 — "sx" in lower case ("Giá trị sx trên 01 ha đất trồng trọt …")', extra: res(noGsx, ['Giá trị sx trên 01 ha đất trồng trọt năm 2023 đạt 156 triệu đồng.']), expect: [] },
  { name: 'M17 — land "trong tổng số" with a wrong share ("20.310 ha trong tổng số 35.390 ha, đạt tỷ lệ 67,4%": 57,4) gives conflicting-figures, not the mismatch "trên tổng số" gives', extra: at('Diện tích sản xuất được tưới chủ động 20.310 ha trong tổng số 35.390 ha, đạt tỷ lệ 67,4%.'), expect: ['conflicting-figures dien-tich-tuoi', 'arithmetic-mismatch '] }, // (session 27: read as "trên tổng số" is, the wrong share an arithmetic mismatch; its 67,4% also disagrees with the report's 68,9%, a second finding the review's expectation left out)
  { name: 'M18 — land "trong số" ("20.310 ha trong số 35.390 ha đất sản xuất nông nghiệp", 57,4%): not judged', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động đạt 20.310 ha trong số 35.390 ha đất sản xuất nông nghiệp.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'M19 — the plan named as a Nghị quyết with its number and date ("đạt mục tiêu đề ra tại Nghị quyết số 16-NQ/TU ngày 12/10/2021 của Tỉnh ủy (90%)", 89,6%): not read (nor without the number)', ...ROOMS('Tỷ lệ phòng học kiên cố toàn tỉnh đạt 89,6%, đạt mục tiêu đề ra tại Nghị quyết số 16-NQ/TU ngày 12/10/2021 của Tỉnh ủy (90%).'), expect: ['claim-contradiction '] },
  { name: 'M20 — a date in words between the claim and its plan ("Kế hoạch số 145/KH-UBND ngày 15 tháng 3 năm 2022 … (90%)")', ...ROOMS('Tỷ lệ phòng học kiên cố toàn tỉnh đạt 89,6%, đạt mục tiêu đề ra tại Kế hoạch số 145/KH-UBND ngày 15 tháng 3 năm 2022 của UBND tỉnh (90%).'), expect: ['claim-contradiction '] },
  { name: 'M21 — … a date with dots ("ngày 15.3.2022")', ...ROOMS('Tỷ lệ phòng học kiên cố toàn tỉnh đạt 89,6%, đạt mục tiêu đề ra tại Kế hoạch số 145/KH-UBND ngày 15.3.2022 của UBND tỉnh (90%).'), expect: ['claim-contradiction '] },
  { name: 'M22 — a whole\'s full breakdown in a bracket ("354 sản phẩm … (284 sản phẩm 3 sao và 70 sản phẩm 4 sao), vượt kế hoạch … (350 sản phẩm)")', extra: OCOP(' (284 sản phẩm 3 sao và 70 sản phẩm 4 sao)'), expect: [] },
  { name: 'M23 — new communes "được thành lập mới từ" the former ones: a second count of communes', ...FORMED('được thành lập mới từ'), expect: [] },
  { name: 'M24 — … "được hợp nhất nguyên trạng từ"', ...FORMED('được hợp nhất nguyên trạng từ'), expect: [] },
  { name: 'M25 — works listed after "trong đó có:" (244 for 236)', extra: at('Giai đoạn 2011 - 6/2019, toàn huyện có 236 công trình được đầu tư, trong đó có: 98 công trình giao thông, 61 công trình thủy lợi, 47 công trình trường học và 38 nhà văn hóa thôn.'), expect: ['arithmetic-mismatch '] },
  { name: 'M26 — a programme\'s project named by number ("nguồn vốn Tiểu dự án 1 Dự án 4, trong đó: …"): the 4 is taken for the whole', extra: at('Giai đoạn 2022 - 2023, toàn huyện có 236 công trình được đầu tư từ nguồn vốn Tiểu dự án 1 Dự án 4, trong đó: 98 công trình giao thông, 61 công trình thủy lợi, 47 công trình trường học và 38 nhà văn hóa thôn.'), expect: ['arithmetic-mismatch '] },
  { name: 'M27 — places of two kinds broken down by "gồm" in a bracket ("58/137 thôn, bản … (gồm 34 thôn và 26 bản)": 60)', ...xa25('Đến nay có 58/137 thôn, bản đạt chuẩn nông thôn mới (gồm 34 thôn và 26 bản).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
];

const passing: C[] = [
  // whole before a colon
  { name: 'N1 — the session\'s "Trong 16 xã:" with "có" after the colon (17)', extra: at('Trong 16 xã: có 09 xã đạt 19/19 tiêu chí, 05 xã đạt từ 15 - 18 tiêu chí và 03 xã đạt từ 10 - 14 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'N2 — … "Trong 16 xã nêu trên:" (17)', extra: at('Trong 16 xã nêu trên: 09 xã đạt 19/19 tiêu chí; 05 xã đạt từ 15 - 18 tiêu chí; 03 xã đạt từ 10 - 14 tiêu chí.'), expect: ['arithmetic-mismatch '] },
  { name: 'N3 — nested standards after "Trong 16 xã:" (16 đạt chuẩn, 06 nâng cao, 01 kiểu mẫu) are no parts', extra: at('Trong 16 xã: 16 xã đạt chuẩn nông thôn mới; 06 xã đạt chuẩn nông thôn mới nâng cao; 01 xã đạt chuẩn nông thôn mới kiểu mẫu.'), expect: [] },
  { name: 'N4 — facilities of villages after "Trong 10 thôn:"', extra: at('Trong 10 thôn: 10 thôn có nhà văn hóa; 08 thôn có sân thể thao; 06 thôn có đường trục thôn được cứng hóa.'), expect: [] },
  { name: 'N5 — a time said "Trong 3 năm qua:" is no whole', extra: at('Trong 3 năm qua: 05 xã được công nhận đạt chuẩn nông thôn mới; 03 xã đạt chuẩn nông thôn mới nâng cao; 02 xã kiểu mẫu.'), expect: [] },
  { name: 'N6 — "Trong 16 xã: 09 xã đạt chuẩn …, 07 xã chưa đạt chuẩn; 05 xã … nâng cao"', extra: at('Trong 16 xã: 09 xã đạt chuẩn nông thôn mới, 07 xã chưa đạt chuẩn; 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  // Riêng
  { name: 'N7 — "Riêng các xã miền núi, tỷ lệ … mới đạt 55,2%" is set apart (mended)', extra: res(M, ['Riêng các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.']), expect: [] },
  { name: 'N8 — … "Riêng 05 xã miền núi, …"', extra: res(M, ['Riêng 05 xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.']), expect: [] },
  { name: 'N9 — … "Riêng các xã vùng cao, tỷ lệ che phủ rừng đạt 42,5%"', extra: res(M, ['Riêng các xã vùng cao, tỷ lệ che phủ rừng đạt 42,5%.']), expect: [] },
  { name: 'N10 — … a count after the comma ("Riêng các thôn vùng đồng bào dân tộc thiểu số, có 9/16 thôn …")', extra: res(M, ['Riêng các thôn vùng đồng bào dân tộc thiểu số, có 9/16 thôn đạt chuẩn nông thôn mới (56,3%).']), expect: [] },
  { name: 'N11 — "Riêng các thôn đạt chuẩn nông thôn mới, đến nay đã có 98/112 thôn …" stays the district\'s rate', extra: res(noThon, ['Riêng các thôn đạt chuẩn nông thôn mới, đến nay đã có 98/112 thôn được công nhận, đạt 87,5%.']), expect: [] },
  { name: 'N12 — … and short of 85%, judged', extra: res(noThon, ['Riêng các thôn đạt chuẩn nông thôn mới, đến nay mới có 88/112 thôn được công nhận, đạt 78,6%.']), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N13 — "Riêng các thôn đạt chuẩn nông thôn mới kiểu mẫu, …, đạt 6,3%" stays the district\'s', extra: res(noKm, ['Riêng các thôn đạt chuẩn nông thôn mới kiểu mẫu, đến nay đã có 7/112 thôn được công nhận, đạt 6,3%.']), expect: [] },
  { name: 'N14 — "Riêng năm 2023, tỷ lệ lao động … đạt 72,4%" is the unit\'s', extra: res(noLd, ['Riêng năm 2023, tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.']), expect: [] },
  // others beside
  { name: 'N15 — "05 xã còn lại" beside a group named before', pack: NQ04, level: 'huyen', extra: GROUPS('05 xã còn lại'), expect: [] },
  { name: 'N16 — "05 xã khác nữa"', pack: NQ04, level: 'huyen', extra: GROUPS('05 xã khác nữa'), expect: [] },
  // year then comma
  { name: 'N17 — a fraction, its year and a comma, then another indicator\'s rate', extra: at('Toàn xã có 412/520 hộ sử dụng nước sạch năm 2024, tỷ lệ hộ sử dụng nước hợp vệ sinh đạt 100%.'), expect: [] },
  { name: 'N18 — … then a rise ("năm 2023, tăng 5,2% so với năm 2021")', extra: at('Toàn xã có 1.846/2.153 hộ đạt danh hiệu Gia đình văn hóa năm 2023, tăng 5,2% so với năm 2021.'), expect: [] },
  { name: 'N19 — … then another fraction\'s share', extra: at('Có 1.846/2.153 hộ đạt danh hiệu Gia đình văn hóa năm 2023, 42/45 thôn đạt danh hiệu thôn văn hóa, đạt 93,3%.'), expect: [] },
  { name: 'N20 — … "trong năm 2023, chiếm 86,7%" (85,7)', extra: at('Có 1.846/2.153 hộ đạt danh hiệu Gia đình văn hóa trong năm 2023, chiếm 86,7%.'), expect: ['arithmetic-mismatch '] },
  { name: 'N21 — … then the year before\'s rate ("năm 2023, năm 2022 đạt 83,1%")', extra: at('Có 1.846/2.153 hộ đạt danh hiệu Gia đình văn hóa năm 2023, năm 2022 đạt 83,1%.'), expect: [] },
  // SX
  { name: 'N22 — "GTSX ngành nông nghiệp tăng bình quân 2,5%/năm" beside the value added\'s 3,4% is no second growth', extra: res(noGt, ['Giá trị gia tăng ngành nông nghiệp tăng bình quân 3,4%/năm; GTSX ngành nông nghiệp tăng bình quân 2,5%/năm.']), expect: [] },
  { name: 'N23 — "Giá trị SX/ha đất trồng trọt … 145 triệu đồng": judged', extra: res(noGsx, ['Giá trị SX/ha đất trồng trọt năm 2023 đạt 145 triệu đồng.']), expect: ['indicator-below-target gia-tri-san-xuat-ha'] },
  { name: 'N24 — "đất SX nông nghiệp được tưới chủ động đạt 58,2%": judged', extra: res(noTuoi, ['Tỷ lệ diện tích đất SX nông nghiệp được tưới chủ động đạt 58,2%.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'N25 — a table row "Giá trị SX/ha đất trồng trọt | Tr.đ | 156"', extra: res(noGsx, ['| TT | Chỉ tiêu | ĐVT | Năm 2023 |', '| 1 | Giá trị SX/ha đất trồng trọt | Tr.đ | 156 |']), expect: [] },
  // decimals in tables
  { name: 'N26 — cells "84.20" and "91.60" are decimals', extra: NS_ROW('98', '84.20', '91.60'), expect: ['indicator-below-target nuoc-sach'] },
  { name: 'N27 — cells "98.0", "84.2", "91.6"', extra: NS_ROW('98.0', '84.2', '91.6'), expect: ['indicator-below-target nuoc-sach'] },
  { name: 'N28 — a cell "91.6%"', extra: NS_ROW('98', '84,2', '91.6%'), expect: ['indicator-below-target nuoc-sach'] },
  { name: 'N29 — rows numbered "2.1", "2.2" in the TT column', extra: res(M, ['| TT | Chỉ tiêu | ĐVT | Năm 2023 |', '| 2.1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 72,4 |', '| 2.2 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98,2 |']), expect: [] },
  { name: 'N30 — a cell "1.56" lần is 1,56', extra: res(without('Thu nhập'), ['| TT | Chỉ tiêu | ĐVT | Năm 2020 | Năm 2023 |', '| 1 | Thu nhập bình quân của người dân nông thôn so với năm 2020 | lần | 1 | 1.56 |']), expect: [] },
  // trong tổng số
  { name: 'N31 — rice land converted in a year "trong tổng số" the span\'s total: no second result', level: 'tinh', extra: res(tinhWithout('chuyển đổi'), ['Diện tích đất trồng lúa kém hiệu quả chuyển đổi sang cây trồng khác giai đoạn 2021 - 2023 đạt 2.150 ha; riêng năm 2023 chuyển đổi 650 ha trong tổng số 2.150 ha.']), expect: [] },
  { name: 'N32 — "95 km trong tổng số 120 km …, đạt 79,2%"', extra: at('Đã cứng hóa 95 km trong tổng số 120 km đường trục xã, liên xã, đạt 79,2%.'), expect: [] },
  { name: 'N33 — forest land "12.560 ha trong tổng số 25.000 ha …, tỷ lệ che phủ rừng đạt 50,2%"', extra: res(without('che phủ'), ['Diện tích có rừng 12.560 ha trong tổng số 25.000 ha diện tích tự nhiên, tỷ lệ che phủ rừng đạt 50,2%.']), expect: [] },
  { name: 'N34 — "20.310 ha trong tổng diện tích 35.390 ha": judged', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động đạt 20.310 ha trong tổng diện tích 35.390 ha.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'N35 — the rate, then the rice land\'s "12.300 ha trong tổng số 35.390 ha" after "trong đó": no second rate', extra: res(noTuoi, ['Tỷ lệ diện tích sản xuất được tưới chủ động đạt 68,9%; trong đó diện tích lúa được tưới chủ động 12.300 ha trong tổng số 35.390 ha đất sản xuất.']), expect: [] },
  // a target alone after falling short
  { name: 'N36 — the session\'s "thấp hơn mục tiêu … đề ra (75%)"', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (75%).']), expect: ['indicator-below-target lao-dong-dao-tao', 'target-misquoted lao-dong-dao-tao'] },
  { name: 'N37 — … the right target "(70%)"', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, chưa đạt mục tiêu Nghị quyết số 16-NQ/TU đề ra (70%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N38 — … a bracket with last year\'s level ("(năm 2022: 65,1%)")', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, chưa đạt mục tiêu Nghị quyết đề ra (năm 2022: 65,1%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N39 — … the province\'s average in the bracket', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, chưa đạt mục tiêu, thấp hơn bình quân chung của tỉnh (75%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N40 — … the gap said in words ("(thấp hơn 3,2%)")', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu Nghị quyết đề ra (thấp hơn 3,2%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N41 — a province\'s "thấp hơn mục tiêu Kế hoạch năm 2023 của UBND tỉnh (68%)"', level: 'tinh', extra: res(tinhNoLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu Kế hoạch năm 2023 của UBND tỉnh (68%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N42 — … "thấp hơn mục tiêu chung của cả nước (75%)"', level: 'tinh', extra: res(tinhNoLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn mục tiêu chung của cả nước (75%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N43 — … the 2030 target ("thấp hơn mục tiêu đến năm 2030 (55%)")', level: 'tinh', extra: res(tinhWithout('che phủ'), ['Tỷ lệ che phủ rừng đạt 47,5%, thấp hơn mục tiêu đến năm 2030 (55%).']), expect: ['indicator-below-target che-phu-rung'] },
  { name: 'N44 — a district\'s "thấp hơn kế hoạch năm 2023 (68%)"', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66,8%, thấp hơn kế hoạch năm 2023 (68%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  // departments
  { name: 'N45 — a department quoting the Kết luận\'s targets right', pack: NQ04, level: 'so-nganh', extra: { 'nv-2': 'Kết luận đề ra mục tiêu đến ngày 30/6/2025 có tối thiểu 75 xã đạt chuẩn NTM nâng cao, 22 xã đạt chuẩn NTM kiểu mẫu. Ngành đã phối hợp với các huyện hỗ trợ các xã hoàn thiện tiêu chí về điện, chợ.' }, expect: [] },
  { name: 'N46 — a department\'s own plan ("Kế hoạch của Sở Công Thương đề ra mục tiêu … hỗ trợ 20 xã …")', pack: NQ04, level: 'so-nganh', extra: { 'nv-2': 'Kế hoạch của Sở Công Thương đề ra mục tiêu đến năm 2025 hỗ trợ 20 xã đạt chuẩn NTM kiểu mẫu hoàn thành tiêu chí điện và chợ. Ngành đã phối hợp với các huyện hỗ trợ các xã hoàn thiện tiêu chí về điện, chợ.' }, expect: [] },
  { name: 'N47 — "Chỉ tiêu UBND tỉnh giao cho ngành năm 2024 là hỗ trợ 10 xã …"', pack: NQ04, level: 'so-nganh', extra: { 'nv-2': 'Chỉ tiêu UBND tỉnh giao cho ngành năm 2024 là hỗ trợ 10 xã đạt chuẩn NTM kiểu mẫu hoàn thành tiêu chí chợ.' }, expect: [] },
  { name: 'N48 — "Mục tiêu của ngành đến năm 2025 là hỗ trợ 10 xã …"', pack: NQ04, level: 'so-nganh', extra: { 'nv-2': 'Mục tiêu của ngành đến năm 2025 là hỗ trợ 10 xã đạt chuẩn NTM kiểu mẫu hoàn thành tiêu chí chợ.' }, expect: [] },
  { name: 'N49 — an nq16 department quoting the province\'s three targets right', level: 'so-nganh', extra: res(T, ['Nghị quyết đề ra mục tiêu đến năm 2025 toàn tỉnh có ít nhất 38 xã đạt chuẩn nông thôn mới, 15 xã đạt chuẩn nông thôn mới nâng cao và 05 xã đạt chuẩn nông thôn mới kiểu mẫu.']), expect: [] },
  { name: 'N50 — … a district\'s own aim ("huyện Hải Lăng phấn đấu đến năm 2025 có 06 xã …")', level: 'so-nganh', extra: res(T, ['Theo Nghị quyết, huyện Hải Lăng phấn đấu đến năm 2025 có 06 xã đạt chuẩn nông thôn mới nâng cao.']), expect: [] },
  // named by number
  { name: 'N51 — "vốn CT 135, trong đó: …" (206 of 236)', extra: at('Toàn huyện có 236 công trình được đầu tư từ nguồn vốn CT 135, trong đó: 98 công trình giao thông, 61 công trình thủy lợi và 47 công trình trường học.'), expect: [] },
  { name: 'N52 — "Chương trình 135 năm 2019, trong đó: …" (244 for 236)', extra: at('Giai đoạn 2011 - 6/2019, toàn huyện có 236 công trình được đầu tư từ nguồn vốn Chương trình 135 năm 2019, trong đó: 98 công trình giao thông, 61 công trình thủy lợi, 47 công trình trường học và 38 nhà văn hóa thôn.'), expect: ['arithmetic-mismatch '] },
  { name: 'N53 — "vốn CT135, trong đó: …" (244 for 236)', extra: at('Giai đoạn 2011 - 6/2019, toàn huyện có 236 công trình được đầu tư từ nguồn vốn CT135, trong đó: 98 công trình giao thông, 61 công trình thủy lợi, 47 công trình trường học và 38 nhà văn hóa thôn.'), expect: ['arithmetic-mismatch '] },
  { name: 'N54 — the whole after the programme, its parts wrong (196)', extra: at('Từ nguồn vốn Chương trình 135, toàn huyện đầu tư 196 công trình, trong đó: 98 công trình giao thông, 61 công trình thủy lợi và 47 công trình trường học.'), expect: ['arithmetic-mismatch '] },
  { name: 'N55 — "vốn theo Quyết định 1719, trong đó: …" (no whole)', extra: at('Huyện được phân bổ vốn theo Quyết định 1719, trong đó: 12 công trình giao thông, 6 công trình thủy lợi và 4 công trình trường học.'), expect: [] },
  // plan claim after a breakdown
  { name: 'N56 — "bao gồm" for "gồm"', extra: OCOP(', bao gồm 284 sản phẩm 3 sao và 70 sản phẩm 4 sao'), expect: [] },
  { name: 'N57 — "trong đó" for "gồm"', extra: OCOP(', trong đó 284 sản phẩm 3 sao và 70 sản phẩm 4 sao'), expect: [] },
  { name: 'N58 — three parts after "gồm:"', extra: OCOP(', gồm: 250 sản phẩm 3 sao, 100 sản phẩm 4 sao và 04 sản phẩm 5 sao'), expect: [] },
  { name: 'N59 — "riêng sản phẩm 4 sao vượt kế hoạch … (60 sản phẩm)" is the part\'s claim', extra: S('p1.iii.2.5', 'Đến ngày 31/10/2023, toàn huyện có 354 sản phẩm OCOP được công nhận, gồm 284 sản phẩm 3 sao và 70 sản phẩm 4 sao, riêng sản phẩm 4 sao vượt kế hoạch giai đoạn 2021-2025 (60 sản phẩm).'), expect: [] },
  // documents and dates between a claim and its plan
  { name: 'N60 — "Kế hoạch 145/KH-UBND" without "số" (89,6 against 90)', ...ROOMS('Tỷ lệ phòng học kiên cố toàn tỉnh đạt 89,6%, đạt mục tiêu đề ra tại Kế hoạch 145/KH-UBND ngày 15/3/2022 của UBND tỉnh (90%).'), expect: ['claim-contradiction '] },
  { name: 'N61 — "Kế hoạch số 12/2022/KH-UBND ngày 15/7/2022"', ...ROOMS('Tỷ lệ phòng học kiên cố toàn tỉnh đạt 89,6%, đạt mục tiêu đề ra tại Kế hoạch số 12/2022/KH-UBND ngày 15/7/2022 của UBND tỉnh (90%).'), expect: ['claim-contradiction '] },
  { name: 'N62 — a met claim after "Nghị quyết số 16-NQ/TU ngày 12/10/2021 (90%)" (91,2)', ...ROOMS('Tỷ lệ phòng học kiên cố toàn tỉnh đạt 91,2%, vượt mục tiêu đề ra tại Nghị quyết số 16-NQ/TU ngày 12/10/2021 (90%).'), expect: [] },
  // brackets of targets
  { name: 'N63 — a misquote inside a bracket of targets closed before ", trong đó" is still found', level: 'tinh', extra: res(T, ['- Xây dựng địa phương đạt chuẩn: toàn tỉnh có 05 huyện đạt chuẩn nông thôn mới và 41 xã đạt chuẩn nông thôn mới (mục tiêu đến năm 2025 có ít nhất 4 huyện, 38 xã đạt chuẩn, trong đó 7 xã kiểu mẫu), trong đó 16 xã đạt chuẩn nông thôn mới nâng cao, 05 xã đạt chuẩn nông thôn mới kiểu mẫu.']), expect: ['target-misquoted xa-kieu-mau'] },
  { name: 'N64 — the target frame outside its bracket still frames the list after ", trong đó"', level: 'tinh', extra: res(T, ['Nghị quyết đề ra mục tiêu đến năm 2025 toàn tỉnh có ít nhất 38 xã đạt chuẩn nông thôn mới (chiếm 80%), trong đó 20 xã đạt chuẩn nông thôn mới nâng cao, 05 xã đạt chuẩn nông thôn mới kiểu mẫu.']), expect: ['target-misquoted xa-nang-cao'] },
  { name: 'N65 — a bracket of targets left open over ", trong đó"', level: 'tinh', extra: res(T, ['Toàn tỉnh có 41 xã đạt chuẩn nông thôn mới (mục tiêu Nghị quyết đến năm 2025 có ít nhất 38 xã đạt chuẩn, trong đó 20 xã đạt chuẩn nông thôn mới nâng cao).']), expect: ['target-misquoted xa-nang-cao'] },
  { name: 'N66 — the model villages\' target said in full after their rate is theirs', extra: res(noKm, ['Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu đạt 6,3%, vượt mục tiêu Nghị quyết đề ra là 5% số thôn.']), expect: [] },
  // formed from
  { name: 'N67 — the session\'s "được hình thành hoàn toàn từ"', ...FORMED('được hình thành hoàn toàn từ'), expect: [] },
  { name: 'N68 — "được sắp xếp, sáp nhập hoàn toàn từ"', ...FORMED('được sắp xếp, sáp nhập hoàn toàn từ'), expect: [] },
  { name: 'N69 — "được hình thành trên cơ sở toàn bộ"', ...FORMED('được hình thành trên cơ sở toàn bộ'), expect: [] },
  // cooperatives
  { name: 'N70 — cooperatives of three kinds, the last by its own noun, in full words (52 of 45)', extra: at('Toàn huyện có 45 hợp tác xã, trong đó 30 hợp tác xã nông nghiệp, 10 hợp tác xã phi nông nghiệp và 12 quỹ tín dụng nhân dân.'), expect: ['arithmetic-mismatch '] },
  { name: 'N71 — … the people\'s credit funds abbreviated ("61 QTDND": 397 for 389)', extra: at('Ước đến 31/12/2023, toàn huyện có 389 HTX, trong đó 241 HTX nông nghiệp, 95 HTX phi nông nghiệp và 61 QTDND; tổng số thành viên khoảng 9.800 người.'), expect: ['arithmetic-mismatch '] },
  { name: 'N72 — cooperatives by rank, then businesses linked with them', extra: at('Toàn huyện có 45 HTX nông nghiệp, trong đó 20 HTX xếp loại khá, tốt, 15 HTX trung bình và 14 doanh nghiệp liên kết tiêu thụ sản phẩm.'), expect: [] },
  { name: 'N73 — cooperative groups founded in a clause of their own after ";"', extra: at('Giai đoạn 2021 - 2023 toàn huyện có 45 HTX, trong đó 30 HTX nông nghiệp, 10 HTX phi nông nghiệp; thành lập mới 12 tổ hợp tác.'), expect: [] },
  // places of two kinds
  { name: 'N74 — "bao gồm 34 thôn và 26 buôn" (60 for 58)', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới, bao gồm 34 thôn và 26 buôn.'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'N75 — "gồm: 34 thôn, 26 buôn"', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới, gồm: 34 thôn, 26 buôn.'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'N76 — parts that make the whole, then a trait after ";"', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới, gồm 34 thôn và 24 buôn; 12 thôn, buôn đạt chuẩn kiểu mẫu.'), expect: ['indicator-below-target thon-dat-chuan'] },
  // deferrals and pending data
  { name: 'N77 — a plan to gather and add ("sẽ tổng hợp nhu cầu vốn … để bổ sung vào kế hoạch đầu tư công") is content', extra: S('p2.iii.2', 'Phòng Nông nghiệp và PTNT sẽ tổng hợp nhu cầu vốn của các xã để bổ sung vào kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.'), expect: [] },
  { name: 'N78 — "UBND huyện sẽ tổng hợp, đề xuất UBND tỉnh bổ sung cơ chế …" is content', extra: S('p2.iv.1', 'UBND huyện sẽ tổng hợp, đề xuất UBND tỉnh bổ sung cơ chế hỗ trợ cho các xã đặc biệt khó khăn.'), expect: [] },
  { name: 'N79 — "Nội dung quy chế dân chủ … đang được UBND các xã rà soát, bổ sung cho phù hợp với Luật …" is content', extra: S('p1.iii.2.7', 'Nội dung quy chế dân chủ ở cơ sở đang được UBND các xã rà soát, bổ sung cho phù hợp với Luật Thực hiện dân chủ ở cơ sở năm 2022.'), expect: [] },
  { name: 'N80 — "Nội dung này sẽ được Văn phòng Điều phối tổng hợp, bổ sung sau khi có số liệu chính thức." empties', extra: S('p1.iii.2.7', 'Nội dung này sẽ được Văn phòng Điều phối tổng hợp, bổ sung sau khi có số liệu chính thức.'), expect: ['empty-section '] },
  { name: 'N81 — "Số liệu … đang được Ban Dân vận Huyện ủy tổng hợp." empties', extra: S('p1.iii.2.7', 'Số liệu về kết quả thực hiện quy chế dân chủ của các xã đang được Ban Dân vận Huyện ủy tổng hợp.'), expect: ['empty-section '] },
  { name: 'N82 — "Số liệu đang được các xã tiếp tục rà soát, tổng hợp." empties', extra: S('p1.iii.2.7', 'Số liệu đang được các xã tiếp tục rà soát, tổng hợp.'), expect: ['empty-section '] },
  // long bold lines in the body
  { name: 'N83 — a bold conclusion of 38 words in 1.iv.1, worded like 1.iii.1\'s title, is no heading', extra: S('p1.iv.1', 'Các cấp ủy đã lãnh đạo triển khai quyết liệt các nhiệm vụ.\n**Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu của Nghị quyết số 16-NQ/TU đạt khá, trong đó có 9/11 chỉ tiêu đạt và vượt, 02 chỉ tiêu chưa đạt so với mục tiêu đề ra**\nThu nhập bình quân đầu người tăng khá, đời sống người dân được nâng lên.'), expect: [] },
  { name: 'N84 — a bold lesson of 35 words alone in 1.iv.1', extra: S('p1.iv.1', '**Bài học kinh nghiệm rút ra là phải phát huy vai trò chủ thể của người dân, lấy người dân làm trung tâm, công khai, minh bạch trong huy động và sử dụng nguồn lực**'), expect: [] },
];

/** The cases still failing (a mended case fails as an expected failure: take it out of LEFT). */
const LEFT = new Set<string>([]);
runReview([...failing, ...passing], LEFT, addedTo);

// ---------- whole sources: headings under the report's title and long bold headings ----------
interface SrcCase { name: string; pack: string; level: 'huyen' | 'tinh' | 'xa' | 'so-nganh'; src: string; expect: string[] }
/** Every finding of a whole source, by code and indicator. */
const findings = (c: SrcCase) => check(N.doc(c.src), builtinPack(c.pack)!, { level: c.level }).findings.map((f) => `${f.code} ${f.indicator ?? ''}`);
const TL = 'ntm-so-ket-2021-2023-tham-luan';
const TK = 'ntm-tong-ket-2010-2020';
/** Headings as bold lines with no number. */
const boldHeads = (s: string) => s.replace(/^#{1,6} (?:\d\.\d\. )?(.*)$/gm, (_m, t: string) => `**${t}**`);
const tlTitled = (title: string) => boldHeads(N.outline(TL)).replace(/^BÁO CÁO\n[^\n]*/m, title);
const LONG_OLD = 'Kết quả thực hiện các Phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực và kiểm tra, giám sát tình hình thực hiện ở cơ sở';
const LONG = 'Kết quả thực hiện các phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực và kiểm tra, giám sát ở cơ sở';
const tk = (f: (t: string) => string) => boldHeads(N.outline(TK).replace(LONG_OLD, LONG)).replace(`**${LONG}**`, f(LONG));
const srcFailing: SrcCase[] = [
  { name: 'R23 — a speech whose bold title is followed at once by its first heading, bold with no number ("BÁO CÁO THAM LUẬN" / "**Kinh nghiệm …**" / "**Kết quả thực hiện nội dung được phân công tham luận**"): the heading is taken into the title, missing-section', pack: TL, level: 'huyen', src: tlTitled('BÁO CÁO THAM LUẬN\n**Kinh nghiệm huy động nguồn lực xây dựng nông thôn mới nâng cao tại huyện Hải Lăng**'), expect: [] },
  { name: 'R24 — … the title in two bold lines', pack: TL, level: 'huyen', src: tlTitled('**BÁO CÁO THAM LUẬN**\n**Kinh nghiệm huy động nguồn lực xây dựng nông thôn mới nâng cao**\n**tại huyện Hải Lăng, tỉnh Quảng Trị**'), expect: [] },
  { name: 'M28 — a long bold heading with no number ending on a colon (29 words and ":")', pack: TK, level: 'huyen', src: tk((t) => `**${t}:**`), expect: [] },
];
const srcPassing: SrcCase[] = [
  { name: 'N85 — a speech with bold headings under a plain title line', pack: TL, level: 'huyen', src: boldHeads(N.outline(TL)), expect: [] },
  { name: 'N86 — the session\'s long bold heading (29 words)', pack: TK, level: 'huyen', src: tk((t) => `**${t}**`), expect: [] },
  { name: 'N87 — … underlined instead of bold', pack: TK, level: 'huyen', src: tk((t) => `{u}${t}`), expect: [] },
  { name: 'N88 — … led by a dash', pack: TK, level: 'huyen', src: tk((t) => `**- ${t}**`), expect: [] },
];
const SRC_LEFT = new Set<string>(['M28']);
const srcCases = [...srcFailing, ...srcPassing];
test.each(srcCases.filter((c) => !SRC_LEFT.has(c.name.split(' ')[0])))('$name', (c) => {
  expect(findings(c)).toEqual(c.expect);
});
const srcLeft = srcCases.filter((c) => SRC_LEFT.has(c.name.split(' ')[0]));
if (srcLeft.length) test.failing.each(srcLeft)('$name', (c) => {
  expect(findings(c)).toEqual(c.expect);
});
