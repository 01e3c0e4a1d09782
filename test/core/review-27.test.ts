/**
 * Cases of an independent review of session 27's engine change (ebf5e116..HEAD f5ff54fa) (/work/heldout/review-27.md): false alarms it
 * raises on sound text (and findings it loses), and misses it still has on the classes its commits name. Each fails today and gives
 * the result a correct checker gives. Then come near neighbours that pass today and must keep passing. Each case is put in a complete
 * report, and the findings it adds to that report are given by code and indicator. A few cases about headings change the report's own
 * heading lines: they are whole sources, and their findings are all the report's.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import * as N from './doc';
import { added as addedTo, runReview, at, M, NQ04, res, T, tinhWithout, without, noThon, type ReviewCase, S, noLd, noNs, noNgheo, noTuoi, noGsx, tinhNoLd, xa25, ROOMS, OCOP } from './added';

type C = ReviewCase;
const noTn = without('Thu nhập');
/** The report's results with one more line. */
const plus = (t: string) => res(M, [t]);
const NQ16_ROOMS = (t: string) => ROOMS(`Tỷ lệ phòng học kiên cố toàn tỉnh đạt 89,6%, ${t}.`);
const DATE_NQ = 'Nghị quyết số 16-NQ/TU ngày 12/10/2021 của Tỉnh ủy';
/** An indicator table's row of a rate the pack does not hold (households with the family culture title), its cell given. */
const GDVH = (cell: string, unit = '%') => ({ extra: at(['| TT | Chỉ tiêu | Đơn vị | Mục tiêu | Kết quả | Đánh giá |', `| 1 | Tỷ lệ hộ đạt danh hiệu gia đình văn hóa | ${unit} | 90 | ${cell} | Đạt |`].join('\n')) });
/** nq04, a province: the session's fd05 communes, then a line of facilities. */
const FD05 = (b: string) => ({ pack: NQ04, level: 'tinh' as const, extra: { 'nv-2': `a) Về xã đạt chuẩn: đến ngày 15/5/2025, 100% số xã (170/170 xã) duy trì đạt chuẩn NTM theo Bộ tiêu chí xã NTM giai đoạn 2021 - 2025.\nb) ${b}` } });
const GAP = 'Những khó khăn, vướng mắc';

const failing: C[] = [
  // ---------- regressions: right at ebf5e116, wrong at HEAD ----------
  // split-figures.ts: SPLIT_DECIMAL joins any number that ends a phrase before ", " with a whole percent after it
  { name: 'R1 — "Đến hết tháng 10, 99% hộ dân … nước sạch" is read 10,99% (below 98%)', extra: res(noNs, ['Đến hết tháng 10, 99% hộ dân nông thôn được sử dụng nước sạch.']), expect: [] },
  { name: 'R2 — "Tính đến ngày 30/9, 99% hộ dân …" is read "30/9,99%": the rate is lost', extra: res(noNs, ['Tính đến ngày 30/9, 99% hộ dân nông thôn sử dụng nước sạch.']), expect: [] },
  { name: 'R3 — "Đến tháng 9, 88% thôn … đạt chuẩn" is read 9,88% (below 85%)', extra: res(noThon, ['Đến tháng 9, 88% thôn trên địa bàn huyện đạt chuẩn nông thôn mới.']), expect: [] },
  { name: 'R4 — "Sau 3 năm thực hiện Nghị quyết 16, 75% lao động …" is read 16,75%', extra: res(noLd, ['Sau 3 năm thực hiện Nghị quyết 16, 75% lao động nông thôn đã qua đào tạo.']), expect: [] },
  // table-rates.ts percentCells: a count cell with its fraction read as a rate
  { name: 'R5 — a column headed "Kết quả (SL/%)" holding counts ("42 (42/45 thôn)") is read as 42%', extra: at(['| TT | Chỉ tiêu | Kết quả (SL/%) |', '| 1 | Số hộ đạt danh hiệu gia đình văn hóa | 1.846 (1.846/2.153 hộ) |', '| 2 | Số thôn đạt danh hiệu thôn văn hóa | 42 (42/45 thôn) |'].join('\n')), expect: [] },
  { name: 'R6 — a "Tỷ lệ …" row whose count sits in the "Số lượng" column ("42 (42/45 thôn)" beside "93,3" under "Tỷ lệ (%)")', extra: at(['| TT | Chỉ tiêu | Số lượng | Tỷ lệ (%) |', '| 1 | Tỷ lệ thôn đạt danh hiệu thôn văn hóa | 42 (42/45 thôn) | 93,3 |'].join('\n')), expect: [] },
  { name: 'R7 — a column headed "Kết quả thực hiện (số lượng, %)", a count row "14 (14/16 xã)"', extra: at(['| TT | Chỉ tiêu | Kết quả thực hiện (số lượng, %) |', '| 1 | Số xã đạt chuẩn NTM | 14 (14/16 xã) |', '| 2 | Tỷ lệ thôn đạt chuẩn NTM | 87,5 (98/112 thôn) |'].join('\n')), expect: [] },
  // facts.ts bracketOfPlan: a result in a bracket after a plan's name, with no word of DONE_IN_BRACKET, becomes the plan's target
  { name: 'R8 — "Thực hiện Đề án đào tạo nghề … (tỷ lệ … năm 2023 đạt 72,4%)": the result is lost (indicator-missing)', extra: res(noLd, ['Thực hiện Đề án đào tạo nghề cho lao động nông thôn (tỷ lệ lao động nông thôn qua đào tạo năm 2023 đạt 72,4%).']), expect: [] },
  { name: 'R9 — … and 64,2% goes unjudged', extra: res(noLd, ['Thực hiện Đề án đào tạo nghề cho lao động nông thôn (tỷ lệ lao động nông thôn qua đào tạo năm 2023 đạt 64,2%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'R10 — "Kết quả thực hiện Kế hoạch số 52-KH/HU … (tỷ lệ hộ dân … nước sạch 98,2%) được đánh giá cao"', extra: res(noNs, ['Kết quả thực hiện Kế hoạch số 52-KH/HU về cấp nước sạch nông thôn (tỷ lệ hộ dân nông thôn sử dụng nước sạch 98,2%) được đánh giá cao.']), expect: [] },
  { name: 'R11 — a province\'s "Triển khai Kế hoạch … nâng cao của Tỉnh ủy (toàn tỉnh có 16 xã đạt chuẩn … nâng cao)"', level: 'tinh', extra: res(tinhWithout('16 xã'), ['Triển khai Kế hoạch xây dựng xã nông thôn mới nâng cao của Tỉnh ủy (toàn tỉnh có 16 xã đạt chuẩn nông thôn mới nâng cao).']), expect: [] },
  { name: 'R12 — "… theo Nghị quyết số 16-NQ/TU (tỷ lệ … mới đạt 64,2%) còn chậm": a shortfall lost', extra: res(noLd, ['Việc thực hiện chỉ tiêu về đào tạo nghề theo Nghị quyết số 16-NQ/TU (tỷ lệ lao động nông thôn qua đào tạo mới đạt 64,2%) còn chậm.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  // lexicon referral: "đã được … nêu tại/trong báo cáo" makes any sentence of 30 words or fewer filler, whatever follows
  { name: 'R13 — "Những hạn chế đã được nêu trong báo cáo năm 2023 cơ bản được khắc phục; tuy nhiên …" says what changed: no empty section', extra: S('p1.iv.2', 'Những hạn chế đã được nêu trong báo cáo năm 2023 cơ bản được khắc phục; tuy nhiên tiêu chí môi trường ở một số xã chưa bền vững.'), expect: [] },
  { name: 'R14 — "Những kết quả đã được nêu tại báo cáo trên là nền tảng quan trọng …"', extra: S('p1.iv.1', 'Những kết quả đã được nêu tại báo cáo trên là nền tảng quan trọng để huyện hoàn thành mục tiêu huyện nông thôn mới nâng cao.'), expect: [] },
  { name: 'R15 — "Các kiến nghị … đã được nêu trong báo cáo gửi Tỉnh ủy năm 2023 và đã được tỉnh giải quyết kịp thời"', extra: S('p2.iv.2', 'Các kiến nghị của huyện đã được nêu trong báo cáo gửi Tỉnh ủy năm 2023 và đã được tỉnh giải quyết kịp thời.'), expect: [] },
  { name: 'R16 — "Những khó khăn đã được nêu tại Báo cáo số 86/BC-UBND; đến nay đã tháo gỡ 03/05 khó khăn, …"', extra: S('p1.iv.2', 'Những khó khăn đã được nêu tại Báo cáo số 86/BC-UBND; đến nay đã tháo gỡ 03/05 khó khăn, còn 02 khó khăn về vốn đối ứng và mặt bằng.'), expect: [] },
  { name: 'R17 — "Nguyên nhân chủ yếu đã được Ban Chỉ đạo nêu trong báo cáo là do …" gives the causes', extra: S('p1.iv.3', 'Nguyên nhân chủ yếu đã được Ban Chỉ đạo nêu trong báo cáo là do nguồn lực đầu tư còn hạn chế, một số cấp ủy chưa quyết liệt.'), expect: [] },
  { name: 'R18 — "Những bài học kinh nghiệm đã được nêu tại báo cáo sơ kết năm 2023 vẫn còn nguyên giá trị, nhất là …"', extra: S('p1.iv.4', 'Những bài học kinh nghiệm đã được nêu tại báo cáo sơ kết năm 2023 vẫn còn nguyên giá trị, nhất là bài học về phát huy vai trò chủ thể của nhân dân.'), expect: [] },
  // lexicon deferral: "cập nhật sau khi có" (no routine word after it) makes a routine practice filler
  { name: 'R19 — "Danh sách hộ nghèo, hộ cận nghèo được cập nhật sau khi có kết quả rà soát và niêm yết công khai …" is a practice, not a deferral', extra: S('p1.iii.2.7', 'Danh sách hộ nghèo, hộ cận nghèo được cập nhật sau khi có kết quả rà soát và niêm yết công khai tại nhà văn hóa thôn.'), expect: [] },
  { name: 'R20 — "Thông tin về các công trình được cập nhật sau khi có quyết định phê duyệt và công khai trên bảng tin …"', extra: S('p1.iii.2.7', 'Thông tin về các công trình được cập nhật sau khi có quyết định phê duyệt và công khai trên bảng tin của xã.'), expect: [] },
  { name: 'R21 — "Quy hoạch chung xây dựng các xã được cập nhật sau khi có điều chỉnh quy hoạch sử dụng đất …"', extra: S('p1.iii.2.4.1', 'Quy hoạch chung xây dựng các xã được cập nhật sau khi có điều chỉnh quy hoạch sử dụng đất của huyện.'), expect: [] },
  { name: 'R22 — "Số liệu diện tích rừng được cập nhật sau khi có kết quả kiểm kê rừng hằng năm …"', extra: S('p1.iii.2.4.4', 'Số liệu diện tích rừng được cập nhật sau khi có kết quả kiểm kê rừng hằng năm của ngành kiểm lâm.'), expect: [] },
  // pack nq16 1.3.10: "sau đào tạo"/"sau học nghề" excluded anywhere in the figure's words, the rate's own sentence included
  { name: 'R23 — "Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4% gắn với giải quyết việc làm sau đào tạo": the rate is lost', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4% gắn với giải quyết việc làm sau đào tạo.']), expect: [] },
  { name: 'R24 — … and 64,2% goes unjudged', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 64,2% gắn với giải quyết việc làm sau đào tạo.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'R25 — "Tỷ lệ lao động … qua đào tạo (gồm cả lao động sau học nghề được cấp chứng chỉ) đạt 72,4%"', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo (gồm cả lao động sau học nghề được cấp chứng chỉ) đạt 72,4%.']), expect: [] },
  // totals.ts PLACES_THEN_KINDS: a bracket of kinds summed against the count before it, though it breaks down another whole
  { name: 'R26 — "58/137 thôn, bản (gồm 111 thôn và 26 bản) đạt danh hiệu …": the bracket breaks down the 137', extra: at('Toàn xã có 58/137 thôn, bản (gồm 111 thôn và 26 bản) đạt danh hiệu thôn, bản văn hóa.'), expect: [] },
  { name: 'R27 — "58 thôn, bản … trên tổng số thôn, bản của huyện (gồm 111 thôn và 26 bản)"', extra: at('Có 58 thôn, bản đạt danh hiệu văn hóa trên tổng số thôn, bản của huyện (gồm 111 thôn và 26 bản).'), expect: [] },
  // facts.ts SET_APART: "Riêng đối với/tại các <the indicator's own noun>," now sets the unit's own count apart
  { name: 'R28 — a province\'s "Riêng đối với các huyện, đến nay đã có 05 huyện được … công nhận đạt chuẩn nông thôn mới" (indicator-missing)', level: 'tinh', extra: res(tinhWithout('05 huyện'), ['Riêng đối với các huyện, đến nay đã có 05 huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới.']), expect: [] },
  // facts.ts targetAlone: counts now too, any "Nghị quyết" the source (SOURCE_PLAN), the province's own congress's included
  { name: 'R29 — a province\'s "34 xã …, chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra (45 xã)": the congress\'s own target, no misquote of 38', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới, chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra (45 xã).']), expect: ['indicator-below-target xa-dat-chuan'] },
  { name: 'R30 — … "03 huyện …, chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra (07 huyện)"', level: 'tinh', extra: res(tinhWithout('05 huyện'), ['Toàn tỉnh có 03 huyện đạt chuẩn nông thôn mới, chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra (07 huyện).']), expect: ['indicator-below-target huyen-dat-chuan'] },
  // plan-claims.ts namedInBracket: a ceiling met is read as a floor missed where LOWER_BETTER has no word for the thing
  { name: 'R31 — "Tỷ lệ lao động nông nghiệp … còn 38,5%, đạt mục tiêu đề ra tại Nghị quyết số … (40%)": below a ceiling is meeting it', ...ROOMS(`Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội còn 38,5%, đạt mục tiêu đề ra tại ${DATE_NQ} (40%).`), expect: [] },
  { name: 'R32 — "Tỷ lệ trẻ em dưới 5 tuổi bị thấp còi còn 18,5%, đạt mục tiêu … (19%)"', ...ROOMS(`Tỷ lệ trẻ em dưới 5 tuổi bị thấp còi còn 18,5%, đạt mục tiêu đề ra tại ${DATE_NQ} (19%).`), expect: [] },
  // lexicon where-words "trên cơ sở": a count after it no longer counts, even a result
  { name: 'R33 — a province\'s "05 huyện đạt chuẩn …, trên cơ sở 41 xã đạt chuẩn … và 16 xã … nâng cao": the 41 is lost (indicator-missing)', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Đến nay, toàn tỉnh có 05 huyện đạt chuẩn nông thôn mới, trên cơ sở 41 xã đạt chuẩn nông thôn mới và 16 xã đạt chuẩn nông thôn mới nâng cao.']), expect: [] },
  // facts.ts HAVING_THING: a share "x% hộ/thôn có <words not the indicator's>" counts no indicator
  { name: 'R34 — "Về thôn nông thôn mới: 87,5% thôn đã có quyết định công nhận đạt chuẩn nông thôn mới": the rate is lost', extra: res(noThon, ['Về thôn nông thôn mới: 87,5% thôn đã có quyết định công nhận đạt chuẩn nông thôn mới.']), expect: [] },
  { name: 'R35 — "Về nước sạch: 98,2% hộ có nguồn nước sinh hoạt đạt quy chuẩn": the rate is lost', extra: res(noNs, ['Về nước sạch: 98,2% hộ có nguồn nước sinh hoạt đạt quy chuẩn.']), expect: [] },
  // quantities.ts OVER_TOTAL_LAND "trong số": the converted rice land read as a share, its hectares lost
  { name: 'R36 — a province\'s "… chuyển đổi … đạt 2.150 ha trong số 3.500 ha đất lúa kém hiệu quả theo quy hoạch": indicator-missing', level: 'tinh', extra: res(tinhWithout('chuyển đổi'), ['Diện tích đất trồng lúa kém hiệu quả chuyển đổi sang cây trồng khác đạt 2.150 ha trong số 3.500 ha đất lúa kém hiệu quả theo quy hoạch.']), expect: [] },

  // ---------- misses on the classes the commits name (wrong before and after) ----------
  // figures split by a scan
  { name: 'M6 — a split fraction "1. 846/2. 153 hộ …, đạt 86,7%" (85,7) is not read whole', extra: at('Toàn xã có 1. 846/2. 153 hộ đạt danh hiệu Gia đình văn hóa, đạt 86,7%.'), expect: ['arithmetic-mismatch '] },
  { name: 'M7 — a split thousands after a colon ("Kết quả đào tạo nghề: 2. 640 lao động, trong đó 1.500 … và 1.200 …")', extra: at('Kết quả đào tạo nghề: 2. 640 lao động, trong đó 1.500 lao động học nghề nông nghiệp và 1.200 lao động học nghề phi nông nghiệp.'), expect: ['arithmetic-mismatch '] },
  { name: 'M8 — a split multiple "gấp 1, 26 lần" (short of 1,5)', extra: res(noTn, ['Thu nhập bình quân của người dân nông thôn năm 2023 đạt 52,3 triệu đồng/người/năm, gấp 1, 26 lần so với năm 2020.']), expect: ['indicator-below-target thu-nhap'] },
  // rate cells with their fraction
  { name: 'M9 — the fraction first, the rate in the bracket ("1.846/2.153 hộ (93,1)" under "%")', ...GDVH('1.846/2.153 hộ (93,1)'), expect: ['arithmetic-mismatch '] },
  { name: 'M10 — a point for the decimal ("93.1 (1.846/2.153 hộ)")', ...GDVH('93.1 (1.846/2.153 hộ)'), expect: ['arithmetic-mismatch '] },
  { name: 'M11 — a word in the bracket ("93,1 (đạt 1.846/2.153 hộ)")', ...GDVH('93,1 (đạt 1.846/2.153 hộ)'), expect: ['arithmetic-mismatch '] },
  // a part that only says where it was reported
  { name: 'M12 — "… UBND huyện đã nêu tại Báo cáo số 86/BC-UBND …" (no "được")', extra: S('p1.iv.2', `${GAP} UBND huyện đã nêu tại Báo cáo số 86/BC-UBND ngày 10/11/2023.`), expect: ['empty-section '] },
  { name: 'M13 — "… đã được UBND huyện đề cập tại Báo cáo số …"', extra: S('p1.iv.2', `${GAP} đã được UBND huyện đề cập tại Báo cáo số 86/BC-UBND ngày 10/11/2023.`), expect: ['empty-section '] },
  { name: 'M14 — "… được UBND huyện nêu tại Báo cáo số …" (no "đã")', extra: S('p1.iv.2', `${GAP} được UBND huyện nêu tại Báo cáo số 86/BC-UBND ngày 10/11/2023.`), expect: ['empty-section '] },
  // deferrals
  { name: 'M15 — "Số liệu sẽ được cập nhật khi có kết quả chính thức."', extra: S('p1.iii.2.7', 'Số liệu sẽ được cập nhật khi có kết quả chính thức.'), expect: ['empty-section '] },
  { name: 'M16 — "UBND xã sẽ cập nhật số liệu vào báo cáo khi có kết quả thẩm định."', extra: S('p1.iii.2.7', 'UBND xã sẽ cập nhật số liệu vào báo cáo khi có kết quả thẩm định.'), expect: ['empty-section '] },
  { name: 'M17 — "… sẽ tổng hợp, cập nhật số liệu vào báo cáo sau khi có ý kiến …" (an object in the phrase)', extra: S('p1.iii.2.7', 'Văn phòng Điều phối sẽ tổng hợp, cập nhật số liệu vào báo cáo sau khi có ý kiến của các phòng, ban.'), expect: ['empty-section '] },
  // targets in a bracket right after a plan's name
  { name: 'M18 — the plan named with a comma ("Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025 (tỷ lệ … 75%, …)")', extra: plus('So với Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025 (tỷ lệ lao động qua đào tạo 75%, thu nhập bình quân 55 triệu đồng/người/năm vào năm 2025), các chỉ tiêu trên đều đã đạt và vượt.'), expect: [] },
  { name: 'M19 — the plan named in full, over 70 characters ("Nghị quyết số 16-NQ/TU ngày 13/01/2022 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về … (…)")', extra: plus('So với Nghị quyết số 16-NQ/TU ngày 13/01/2022 của Ban Chấp hành Đảng bộ tỉnh khóa XVII về xây dựng nông thôn mới (tỷ lệ lao động qua đào tạo 75%, tỷ lệ hộ dân sử dụng nước sạch 95%), các chỉ tiêu trên đều đã đạt.'), expect: [] },
  { name: 'M20 — a "Chương trình hành động số 25-CTr/HU của Huyện ủy (…)"', extra: plus('So với Chương trình hành động số 25-CTr/HU của Huyện ủy (tỷ lệ lao động qua đào tạo 75%, thu nhập bình quân 55 triệu đồng/người/năm), các chỉ tiêu trên đều đã đạt.'), expect: [] },
  // a share of households that have a thing
  { name: 'M21 — "nước sạch: 100% hộ dân nông thôn có thùng chứa rác" (words between the noun and "có")', extra: plus('- Môi trường, an toàn thực phẩm, nước sạch: 100% hộ dân nông thôn có thùng chứa rác, rác thải được thu gom 2 lần/tuần.'), expect: [] },
  { name: 'M22 — "… 100% hộ được trang bị thùng chứa rác"', extra: plus('- Môi trường, an toàn thực phẩm, nước sạch: 100% hộ được trang bị thùng chứa rác, rác thải được thu gom 2 lần/tuần.'), expect: [] },
  { name: 'M23 — "… 100% hộ sử dụng nhà tiêu hợp vệ sinh"', extra: plus('- Môi trường, an toàn thực phẩm, nước sạch: 100% hộ sử dụng nhà tiêu hợp vệ sinh, rác thải được thu gom 2 lần/tuần.'), expect: [] },
  // facilities of the communes
  { name: 'M24 — "158/170 TTVH-TT xã đạt chuẩn … (92,9%)" (the abbreviation)', ...FD05('Về thiết chế văn hóa: có 158/170 TTVH-TT xã đạt chuẩn theo quy định của Bộ VHTTDL (92,9%).'), expect: [] },
  { name: 'M25 — "120/170 chợ xã đạt chuẩn … (70,6%)"', ...FD05('Về hạ tầng thương mại: có 120/170 chợ xã đạt chuẩn theo quy định (70,6%).'), expect: [] },
  // places set apart
  { name: 'M26 — "Riêng với các xã miền núi, tỷ lệ … mới đạt 55,2%"', extra: plus('Riêng với các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.'), expect: [] },
  { name: 'M27 — "Đối với các xã miền núi, tỷ lệ … mới đạt 55,2%" (no "Riêng")', extra: plus('Đối với các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.'), expect: [] },
  { name: 'M28 — "Riêng trong nhóm các xã miền núi, tỷ lệ … mới đạt 55,2%"', extra: plus('Riêng trong nhóm các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.'), expect: [] },
  // a target alone in a bracket after falling short
  { name: 'M29 — "(bình quân 2%/năm)"', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,2%/năm, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (bình quân 2%/năm).']), expect: ['indicator-below-target giam-ngheo', 'target-misquoted giam-ngheo'] },
  { name: 'M30 — "(giảm 2%/năm)"', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,2%/năm, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (giảm 2%/năm).']), expect: ['indicator-below-target giam-ngheo', 'target-misquoted giam-ngheo'] },
  { name: 'M31 — a province\'s "(40/47 xã)"', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới, chưa đạt mục tiêu Nghị quyết số 16-NQ/TU đề ra (40/47 xã).']), expect: ['indicator-below-target xa-dat-chuan', 'target-misquoted xa-dat-chuan'] },
  { name: 'M32 — … "(40 xã đạt chuẩn)"', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới, chưa đạt mục tiêu Nghị quyết số 16-NQ/TU đề ra (40 xã đạt chuẩn).']), expect: ['indicator-below-target xa-dat-chuan', 'target-misquoted xa-dat-chuan'] },
  // land over its whole
  { name: 'M33 — land "20.310 ha trên 35.390 ha đất sản xuất nông nghiệp" (57,4%): not judged', extra: res(noTuoi, ['Diện tích sản xuất được tưới chủ động đạt 20.310 ha trên 35.390 ha đất sản xuất nông nghiệp.']), expect: ['indicator-below-target dien-tich-tuoi'] },
  // a claim of meeting a target named with number and date, its figure in a bracket
  { name: 'M34 — "đạt mục tiêu đề ra tại Nghị quyết số … (mục tiêu 90%)", 89,6%', ...NQ16_ROOMS(`đạt mục tiêu đề ra tại ${DATE_NQ} (mục tiêu 90%)`), expect: ['claim-contradiction '] },
  { name: 'M35 — "… (≥ 90%)", 89,6%', ...NQ16_ROOMS(`đạt mục tiêu đề ra tại ${DATE_NQ} (≥ 90%)`), expect: ['claim-contradiction '] },
  // a whole's parts in a bracket right after it
  { name: 'M36 — "354 sản phẩm … (3 sao: 284 sản phẩm; 4 sao: 70 sản phẩm), vượt kế hoạch … (350 sản phẩm)"', extra: OCOP(' (3 sao: 284 sản phẩm; 4 sao: 70 sản phẩm)'), expect: [] },
  // places of several kinds summed
  { name: 'M37 — "58/137 thôn bản … (gồm 34 thôn và 26 bản)" (no comma between the kinds: 60)', ...xa25('Đến nay có 58/137 thôn bản đạt chuẩn nông thôn mới (gồm 34 thôn và 26 bản).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'M38 — "58/137 thôn, bản … (34 thôn, 26 bản)" (no "gồm")', ...xa25('Đến nay có 58/137 thôn, bản đạt chuẩn nông thôn mới (34 thôn, 26 bản).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
];

const passing: C[] = [
  // split figures
  { name: 'N1 — "đạt 72, 4%" is 72,4% (the session\'s)', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 72, 4%.']), expect: [] },
  { name: 'N2 — "đạt 66, 8%" is judged', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66, 8%.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N3 — "66, 8 %" with a space before the sign', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 66, 8 %.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'N4 — a yearly fall "1, 2%/năm"', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1, 2%/năm.']), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'N5 — "71, 2 %" met', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 71, 2 %.']), expect: [] },
  { name: 'N6 — a list of two shares "lần lượt là 12, 15%" is not joined', extra: at('Tỷ lệ hộ cận nghèo năm 2022 và năm 2023 lần lượt là 12, 15%.'), expect: [] },
  { name: 'N7 — "Đến hết tháng 10, 98,5% hộ …" (a decimal share is not joined)', extra: res(noNs, ['Đến hết tháng 10, 98,5% hộ dân nông thôn được sử dụng nước sạch.']), expect: [] },
  { name: 'N8 — "đào tạo nghề cho 2. 640 lao động …, trong đó 1. 500 … và 1. 200 …" (2.700 for 2.640)', extra: at('Đã đào tạo nghề cho 2. 640 lao động nông thôn, trong đó 1. 500 lao động học nghề nông nghiệp và 1. 200 lao động học nghề phi nông nghiệp.'), expect: ['arithmetic-mismatch '] },
  { name: 'N9 — a cell "66, 8%" in a table', extra: res(noLd, ['| TT | Chỉ tiêu | Kết quả |', '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | 66, 8% |']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  // rate cells
  { name: 'N10 — "93,1 (1.846/2.153 hộ)" under a unit cell "%" (85,7)', ...GDVH('93,1 (1.846/2.153 hộ)'), expect: ['arithmetic-mismatch '] },
  { name: 'N11 — … under a unit cell "Tỷ lệ %"', ...GDVH('93,1 (1.846/2.153 hộ)', 'Tỷ lệ %'), expect: ['arithmetic-mismatch '] },
  { name: 'N12 — … the fraction on a line of its own in the cell', ...GDVH('93,1↵(1.846/2.153 hộ)'), expect: ['arithmetic-mismatch '] },
  { name: 'N13 — … "93,1% (…)" with its sign', ...GDVH('93,1% (1.846/2.153 hộ)'), expect: ['arithmetic-mismatch '] },
  { name: 'N14 — a count with its fraction under a unit "xã", and one under "thôn/%"', extra: at(['| TT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện |', '| 1 | Số xã đạt chuẩn NTM | xã | 12 | 14 (14/16 xã) |', '| 2 | Thôn đạt chuẩn NTM | thôn/% | 85 | 98 (98/112 thôn) |'].join('\n')), expect: [] },
  // brackets after a plan's name
  { name: 'N15 — the session\'s "So với Nghị quyết Đại hội … nhiệm kỳ 2020-2025 (tỷ lệ … 75%, …)"', extra: plus('So với Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 (tỷ lệ lao động qua đào tạo 75%, thu nhập bình quân 55 triệu đồng/người/năm vào năm 2025), các chỉ tiêu trên đều đã đạt và vượt.'), expect: [] },
  { name: 'N16 — … a bracket that says what was done ("(đến nay … đã đạt 75%)") is a second result', extra: plus('So với Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 (đến nay tỷ lệ lao động qua đào tạo đã đạt 75%), các chỉ tiêu trên đều đã đạt và vượt.'), expect: ['conflicting-figures lao-dong-dao-tao'] },
  { name: 'N17 — "Thực hiện Đề án … (đến nay tỷ lệ … đạt 72,4%)"', extra: res(noLd, ['Thực hiện Đề án đào tạo nghề cho lao động nông thôn (đến nay tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%).']), expect: [] },
  // referrals
  { name: 'N18 — the session\'s "… đã được UBND huyện nêu tại Báo cáo số 86/BC-UBND …" alone is empty', extra: S('p1.iv.2', `${GAP} đã được UBND huyện nêu tại Báo cáo số 86/BC-UBND ngày 10/11/2023.`), expect: ['empty-section '] },
  { name: 'N19 — "Các kết quả đã được trình bày tại báo cáo cho thấy …" says something', extra: S('p1.iv.1', 'Các kết quả đã được trình bày tại báo cáo cho thấy sự vào cuộc quyết liệt của cả hệ thống chính trị.'), expect: [] },
  { name: 'N20 — "Các khó khăn đã được tháo gỡ kịp thời, báo cáo số liệu đầy đủ."', extra: S('p1.iv.2', 'Các khó khăn đã được tháo gỡ kịp thời, báo cáo số liệu đầy đủ.'), expect: [] },
  // deferrals
  { name: 'N21 — "Nội dung này sẽ được cập nhật sau khi có số liệu chính thức." is empty', extra: S('p1.iii.2.7', 'Nội dung này sẽ được cập nhật sau khi có số liệu chính thức.'), expect: ['empty-section '] },
  { name: 'N22 — the session\'s "… sẽ tổng hợp, cập nhật vào báo cáo sau khi có ý kiến …" is empty', extra: S('p1.iii.2.7', 'Văn phòng Điều phối sẽ tổng hợp, cập nhật vào báo cáo sau khi có ý kiến của các phòng, ban.'), expect: ['empty-section '] },
  { name: 'N23 — "Số liệu được cập nhật sau mỗi quý và công khai …" is a practice', extra: S('p1.iii.2.7', 'Số liệu được cập nhật sau mỗi quý và công khai trên bảng tin của xã.'), expect: [] },
  // after training
  { name: 'N24 — the session\'s "số lao động có việc làm sau đào tạo là 12.220/13.115 người (đạt 93,2%)" is no second rate', extra: plus('Năm 2023, số lao động có việc làm sau đào tạo là 12.220/13.115 người (đạt 93,2%), phần lớn tự tạo việc làm tại chỗ.'), expect: [] },
  { name: 'N25 — … "sau khi được đào tạo"', extra: plus('Năm 2023, số lao động có việc làm sau khi được đào tạo là 12.220/13.115 người (đạt 93,2%), phần lớn tự tạo việc làm tại chỗ.'), expect: [] },
  { name: 'N26 — "… đạt 72,4%, lao động sau đào tạo cơ bản có việc làm ổn định" keeps the rate', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%, lao động sau đào tạo cơ bản có việc làm ổn định.']), expect: [] },
  // facilities, things had
  { name: 'N27 — the session\'s "158/170 Trung tâm Văn hóa - Thể thao xã đạt chuẩn … (92,9%)"', ...FD05('Về thiết chế văn hóa, thể thao: có 158/170 Trung tâm Văn hóa - Thể thao xã đạt chuẩn theo quy định của Bộ VHTTDL (92,9%).'), expect: [] },
  { name: 'N28 — "158/170 Nhà văn hóa xã …"', ...FD05('Về thiết chế văn hóa: có 158/170 Nhà văn hóa xã đạt chuẩn theo quy định của Bộ VHTTDL (92,9%).'), expect: [] },
  { name: 'N29 — the session\'s "nước sạch: 100% hộ có thùng chứa rác"', extra: plus('- Môi trường, an toàn thực phẩm, nước sạch: 100% hộ có thùng chứa rác, rác thải được thu gom 2 lần/tuần; không có vụ ngộ độc thực phẩm.'), expect: [] },
  { name: 'N30 — … "100% hộ có nước sạch" is the rate', extra: plus('- Môi trường, an toàn thực phẩm, nước sạch: 100% hộ có nước sạch, rác thải được thu gom 2 lần/tuần.'), expect: ['conflicting-figures nuoc-sach'] },
  { name: 'N31 — "95,2% người dân có thẻ bảo hiểm y tế"', extra: plus('Về y tế: 95,2% người dân có thẻ bảo hiểm y tế.'), expect: [] },
  // bases
  { name: 'N32 — the session\'s "… được Nghị quyết xác định trên cơ sở 47 xã, tương đương 38/47 xã (80,9%)"', level: 'tinh', extra: res(T, ['Chỉ tiêu ít nhất 38 xã đạt chuẩn NTM được Nghị quyết xác định trên cơ sở 47 xã, tương đương 38/47 xã (80,9%).']), expect: [] },
  { name: 'N33 — "Giá trị sản xuất tính trên 01 ha đất trồng trọt … 145 triệu đồng" judged', extra: res(noGsx, ['Giá trị sản xuất tính trên 01 ha đất trồng trọt năm 2023 đạt 145 triệu đồng.']), expect: ['indicator-below-target gia-tri-san-xuat-ha'] },
  // Riêng
  { name: 'N34 — "Riêng đối với các xã miền núi, …" set apart (review-26 M3)', extra: plus('Riêng đối với các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.'), expect: [] },
  { name: 'N35 — "Riêng ở các xã miền núi, …"', extra: plus('Riêng ở các xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.'), expect: [] },
  { name: 'N36 — "Riêng đối với 05 xã miền núi, …"', extra: plus('Riêng đối với 05 xã miền núi, tỷ lệ lao động nông thôn qua đào tạo mới đạt 55,2%.'), expect: [] },
  { name: 'N37 — "Riêng các bản vùng cao, tỷ lệ thôn, bản đạt chuẩn … 52,4%"', extra: plus('Riêng các bản vùng cao, tỷ lệ thôn, bản đạt chuẩn nông thôn mới mới đạt 52,4%.'), expect: [] },
  { name: 'N38 — "Riêng đối với các thôn đạt chuẩn …, … 98/112 thôn …, đạt 87,5%" stays the district\'s', extra: res(noThon, ['Riêng đối với các thôn đạt chuẩn nông thôn mới, đến nay đã có 98/112 thôn được công nhận, đạt 87,5%.']), expect: [] },
  { name: 'N39 — "Riêng tại các thôn đạt chuẩn …, … 88/112 thôn …, đạt 78,6%" judged', extra: res(noThon, ['Riêng tại các thôn đạt chuẩn nông thôn mới, đến nay mới có 88/112 thôn được công nhận, đạt 78,6%.']), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N40 — a province\'s "Riêng đối với các xã đạt chuẩn … nâng cao, … 16 xã"', level: 'tinh', extra: res(tinhWithout('16 xã'), ['Riêng đối với các xã đạt chuẩn nông thôn mới nâng cao, đến nay đã có 16 xã được công nhận.']), expect: [] },
  { name: 'N41 — a province\'s "Riêng đối với các xã, đến nay toàn tỉnh đã có 41 xã …"', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Riêng đối với các xã, đến nay toàn tỉnh đã có 41 xã đạt chuẩn nông thôn mới.']), expect: [] },
  // a target alone after falling short
  { name: 'N42 — a district\'s own congress\'s yearly target ("(2,5%/năm)")', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,2%/năm, thấp hơn mục tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra (2,5%/năm).']), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'N43 — review-26 M10, "(2%/năm)"', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,2%/năm, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (2%/năm).']), expect: ['indicator-below-target giam-ngheo', 'target-misquoted giam-ngheo'] },
  { name: 'N44 — a range "(1,5 - 2%/năm)" that holds the target', extra: res(noNgheo, ['Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,2%/năm, thấp hơn mục tiêu Nghị quyết số 16-NQ/TU đề ra (1,5 - 2%/năm).']), expect: ['indicator-below-target giam-ngheo'] },
  { name: 'N45 — the right count "(38 xã)"', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới, chưa đạt mục tiêu Nghị quyết số 16-NQ/TU đề ra (38 xã).']), expect: ['indicator-below-target xa-dat-chuan'] },
  { name: 'N46 — a "Chương trình hành động của Tỉnh ủy (40 xã)"', level: 'tinh', extra: res(tinhWithout('41 xã'), ['Toàn tỉnh có 34 xã đạt chuẩn nông thôn mới, chưa đạt mục tiêu Chương trình hành động của Tỉnh ủy đề ra (40 xã).']), expect: ['indicator-below-target xa-dat-chuan', 'target-misquoted xa-dat-chuan'] },
  { name: 'N47 — the province\'s own plan "Kế hoạch số 45/KH-UBND … (07 huyện)"', level: 'tinh', extra: res(tinhWithout('05 huyện'), ['Toàn tỉnh có 03 huyện đạt chuẩn nông thôn mới, chưa đạt mục tiêu Kế hoạch số 45/KH-UBND của UBND tỉnh (07 huyện).']), expect: ['indicator-below-target huyen-dat-chuan'] },
  // land
  { name: 'N48 — "95 km trong số 120 km …, đạt 89,2%" (79,2)', extra: at('Đã cứng hóa 95 km trong số 120 km đường trục xã, đạt 89,2%.'), expect: ['arithmetic-mismatch '] },
  { name: 'N49 — "120 km … trong số đó có 95 km …, đạt 79,2%"', extra: at('Toàn huyện có 120 km đường trục xã trong số đó có 95 km đã được cứng hóa, đạt 79,2%.'), expect: [] },
  { name: 'N50 — "… 2.150 ha, trong đó năm 2023 chuyển đổi 650 ha trong số 2.150 ha"', level: 'tinh', extra: res(tinhWithout('chuyển đổi'), ['Diện tích đất trồng lúa kém hiệu quả chuyển đổi sang cây trồng khác giai đoạn 2021-2023 đạt 2.150 ha, trong đó năm 2023 chuyển đổi 650 ha trong số 2.150 ha.']), expect: [] },
  // plan claims with the plan named in a bracket's lead
  { name: 'N51 — review-26 M19, "đạt mục tiêu đề ra tại Nghị quyết số … (90%)", 89,6%', ...NQ16_ROOMS(`đạt mục tiêu đề ra tại ${DATE_NQ} (90%)`), expect: ['claim-contradiction '] },
  { name: 'N52 — "vượt mục tiêu …" at 89,6%', ...NQ16_ROOMS(`vượt mục tiêu đề ra tại ${DATE_NQ} (90%)`), expect: ['claim-contradiction '] },
  { name: 'N53 — "hoàn thành mục tiêu …" at 89,6%', ...NQ16_ROOMS(`hoàn thành mục tiêu đề ra tại ${DATE_NQ} (90%)`), expect: ['claim-contradiction '] },
  { name: 'N54 — "… tại Quyết định số 1234/QĐ-UBND … (90%)"', ...NQ16_ROOMS('đạt mục tiêu đề ra tại Quyết định số 1234/QĐ-UBND ngày 12/10/2021 của UBND tỉnh (90%)'), expect: ['claim-contradiction '] },
  { name: 'N55 — "cơ bản đạt mục tiêu …" is no claim of meeting it', ...NQ16_ROOMS(`cơ bản đạt mục tiêu đề ra tại ${DATE_NQ} (90%)`), expect: [] },
  { name: 'N56 — a range "(85 - 90%)" that holds the result', ...NQ16_ROOMS(`đạt mục tiêu đề ra tại ${DATE_NQ} (85 - 90%)`), expect: [] },
  { name: 'N57 — a year\'s target "đạt mục tiêu năm 2023 … (88%)"', ...NQ16_ROOMS('đạt mục tiêu năm 2023 đề ra tại Kế hoạch số 145/KH-UBND ngày 15/3/2022 của UBND tỉnh (88%)'), expect: [] },
  { name: 'N58 — "đạt 99,6% mục tiêu … (90%)" is a share of the target', ...NQ16_ROOMS(`đạt 99,6% mục tiêu đề ra tại ${DATE_NQ} (90%)`), expect: [] },
  { name: 'N59 — a bracket that is no target ("(ước cả năm 91%)")', ...ROOMS(`Tỷ lệ phòng học kiên cố toàn tỉnh đến 30/6/2024 đạt 89,6%, đạt mục tiêu đề ra tại ${DATE_NQ} (ước cả năm 91%).`), expect: [] },
  { name: 'N60 — poor households "còn 2,1%, đạt mục tiêu … (3%)" (a ceiling met)', ...ROOMS(`Tỷ lệ hộ nghèo toàn tỉnh còn 2,1%, đạt mục tiêu đề ra tại ${DATE_NQ} (3%).`), expect: [] },
  { name: 'N61 — a third child "còn 8,2%, đạt mục tiêu … (dưới 10%)"', ...ROOMS('Tỷ lệ sinh con thứ 3 trở lên còn 8,2%, đạt mục tiêu đề ra tại Kế hoạch số 145/KH-UBND ngày 15/3/2022 của UBND tỉnh (dưới 10%).'), expect: [] },
  // parts in a bracket
  { name: 'N62 — review-26 M22, "(284 sản phẩm 3 sao và 70 sản phẩm 4 sao)"', extra: OCOP(' (284 sản phẩm 3 sao và 70 sản phẩm 4 sao)'), expect: [] },
  { name: 'N63 — three parts "(284 …, 65 … và 05 … 5 sao)"', extra: OCOP(' (284 sản phẩm 3 sao, 65 sản phẩm 4 sao và 05 sản phẩm 5 sao)'), expect: [] },
  { name: 'N64 — "(trong đó 284 … và 70 …)"', extra: OCOP(' (trong đó 284 sản phẩm 3 sao và 70 sản phẩm 4 sao)'), expect: [] },
  // places of several kinds
  { name: 'N65 — review-26 M27, "58/137 thôn, bản … (gồm 34 thôn và 26 bản)" (60)', ...xa25('Đến nay có 58/137 thôn, bản đạt chuẩn nông thôn mới (gồm 34 thôn và 26 bản).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'N66 — … "thôn, buôn"', ...xa25('Đến nay có 58/137 thôn, buôn đạt chuẩn nông thôn mới (gồm 34 thôn và 26 buôn).'), expect: ['indicator-below-target thon-dat-chuan', 'arithmetic-mismatch '] },
  { name: 'N67 — the kinds making the whole, and a trait of one kind in the bracket (the session\'s valid case, its titles not the villages\' standard)', extra: at('Toàn xã có 58/137 thôn, bản đạt danh hiệu văn hóa (gồm 32 thôn và 26 bản). Toàn xã có 64/137 thôn, bản được hỗ trợ xây dựng nhà văn hóa (gồm 34 thôn đạt chuẩn kiểu mẫu và 26 bản).'), expect: [] },
];

/** The cases still failing (a mended case fails as an expected failure: take it out of LEFT). */
const LEFT = new Set<string>(['M9', 'M10', 'M11', 'M31', 'M32']);
runReview([...failing, ...passing], LEFT, addedTo);

// ---------- whole sources: headings broken over two lines, and merged numbers ----------
interface SrcCase { name: string; src: string; expect: string[] }
/** Every finding of a whole nq16 district report, by code and indicator. */
const findings = (c: SrcCase) => check(N.doc(c.src), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' }).findings.map((f) => `${f.code} ${f.indicator ?? ''}`);
/** The complete district report (its results met), a heading line (found by its start) replaced by the lines given. */
const edited = (pairs: Array<[string, string]>) => {
  const lines = N.nq16(N.results(M)).split('\n');
  for (const [from, to] of pairs) {
    const i = lines.findIndex((l) => l.startsWith(from));
    if (i < 0) throw new Error(`no line ${from}`);
    lines.splice(i, 1, ...(to ? to.split('\n') : []));
  }
  return lines.join('\n');
};
const T78 = 'Thực hiện quy chế dân chủ, công khai, minh bạch; phối hợp của Mặt trận và các đoàn thể chính trị - xã hội trong xây dựng nông thôn mới';
/** 2.7 and 2.8 merged into one bold heading numbered `label`, 2.8's own heading gone. */
const merged = (label: string) => edited([['#### 2.7.', `**${label} ${T78}**`], ['#### 2.8.', '']]);
const srcFailing: SrcCase[] = [
  { name: 'M1 — a heading broken before its years, the second line opening on a digit ("2.6. Kết quả thực hiện Bộ tiêu chí … giai đoạn" / "2021-2025"): empty-section', src: edited([['#### 2.6.', '#### 2.6. Kết quả thực hiện Bộ tiêu chí nông thôn mới các cấp giai đoạn\n#### 2021-2025']]), expect: [] },
  { name: 'M2 — a heading in capitals broken over two lines ("II. CÔNG TÁC LÃNH ĐẠO, … CỤ THỂ HÓA" / "VÀ KIỂM TRA, GIÁM SÁT" as two, split after a comma)', src: edited([['## II.', '## II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO HỌC TẬP, QUẢN TRIỆT,\n## CỤ THỂ HÓA VÀ KIỂM TRA, GIÁM SÁT']]), expect: [] },
  { name: 'M3 — two items merged as "2.7-8." (the range\'s end short): missing-section 2.7 and 2.8', src: merged('2.7-8.'), expect: [] },
  { name: 'M4 — … as "2.7-2.8:" (a colon after the range)', src: merged('2.7-2.8:'), expect: [] },
  { name: 'M5 — … as "2.7./2.8."', src: merged('2.7./2.8.'), expect: [] },
];
const srcPassing: SrcCase[] = [
  { name: 'N68 — the report as it is', src: edited([]), expect: [] },
  { name: 'N69 — the session\'s: a styled heading broken, the second line going on in lower case', src: edited([['#### 2.8.', '#### 2.8. Đánh giá công tác phối hợp tuyên truyền và tham gia xây dựng Nông thôn mới\n#### của Mặt trận và các đoàn thể chính trị-xã hội']]), expect: [] },
  { name: 'N70 — … in bold lines', src: edited([['#### 2.8.', '**2.8. Đánh giá công tác phối hợp tuyên truyền và tham gia xây dựng**\n**nông thôn mới của Mặt trận và các đoàn thể chính trị-xã hội**']]), expect: [] },
  { name: 'N71 — the session\'s "2.7-2.8." merged heading', src: merged('2.7-2.8.'), expect: [] },
  { name: 'N72 — … "2.7, 2.8."', src: merged('2.7, 2.8.'), expect: [] },
  { name: 'N73 — … "2.7 và 2.8."', src: merged('2.7 và 2.8.'), expect: [] },
  { name: 'N74 — a body line opening on a range of thousands ("2.000 - 2.500 lượt người …") is no heading', src: edited([['#### 2.7.', '#### 2.7. Đánh giá kết quả thực hiện quy chế dân chủ, công khai, minh bạch trong xây dựng nông thôn mới\nHằng năm, các xã tổ chức đối thoại với nhân dân.\n2.000 - 2.500 lượt người tham gia góp ý xây dựng nông thôn mới mỗi năm.']]), expect: [] },
];
const SRC_LEFT = new Set<string>([]);
const srcCases = [...srcFailing, ...srcPassing];
test.each(srcCases.filter((c) => !SRC_LEFT.has(c.name.split(' ')[0])))('$name', (c) => {
  expect(findings(c)).toEqual(c.expect);
});
const srcLeft = srcCases.filter((c) => SRC_LEFT.has(c.name.split(' ')[0]));
if (srcLeft.length) test.failing.each(srcLeft)('$name', (c) => {
  expect(findings(c)).toEqual(c.expect);
});
