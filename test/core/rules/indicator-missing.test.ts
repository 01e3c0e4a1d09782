import { ruleTester, type Gap } from './tester';
import type { Level } from '../../../src/packs/schema';
import { MET, MET_TINH, NQ04_UNTITLED_HEAD, nq04Untitled, outline, results, swap } from '../doc';

/** A case of the Kết luận's report at a level, its text in nhiệm vụ 2. */
const nq04 = (name: string, level: Level, text: string) => ({ name, pack: 'nq04-ket-luan-ha-tinh', level, src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': text }) });

const FOREST = 'che phủ rừng';
const noForest = MET.filter((l) => !l.includes(FOREST));
const XA = ['41 xã', '16 xã', '05 xã'];
/** A commune's report: the zero said of the commune itself. */
const XA_MET = swap(MET, 'dưới 15 tiêu chí', 'Xã đạt 19/19 tiêu chí, không thuộc diện xã dưới 15 tiêu chí.');
const tinhWithout = (...drop: string[]) => MET_TINH.filter((l) => !drop.some((d) => l.includes(d)));

ruleTester('indicator-missing', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'an indicator\'s words abbreviated as offices type them ("Giá trị SX trên 01 ha đất trồng trọt năm 2023: 156 triệu đồng", "GTSX/ha đất trồng trọt") (session 26, ei02)', extra: results([...MET.filter((l) => !l.includes('Giá trị sản xuất')), '- Giá trị SX trên 01 ha đất trồng trọt năm 2023: 156 triệu đồng.']) },
    { name: '… "GTSX" for the whole of "giá trị sản xuất" (session 26)', extra: results([...MET.filter((l) => !l.includes('Giá trị sản xuất')), 'GTSX trên 01 ha đất trồng trọt đạt 158 triệu đồng/ha.']) },
    { name: 'a count over its whole said in words, then its rate ("diện tích sản xuất được tưới chủ động khoảng 24.310 ha trên tổng số 35.390 ha, đạt tỷ lệ 68,7%") (session 25, ec02)', extra: results([...MET.filter((l) => !l.includes('tưới')), 'Diện tích sản xuất được tưới chủ động khoảng 24.310 ha trên tổng số 35.390 ha, đạt tỷ lệ 68,7%, tăng gần 1.900 ha so với năm 2020.']) },
    { name: 'two districts named as recognised, then a claim on the target with its count after a comma ("Huyện Nghi Xuân và huyện Can Lộc đã được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới nâng cao, đạt mục tiêu 02 huyện theo Kết luận"): the names are the count (session 25, dp01)', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến ngày 30/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025; có 78 xã đạt chuẩn NTM nâng cao; 23 xã đạt chuẩn NTM kiểu mẫu; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM.\nHuyện Nghi Xuân và huyện Can Lộc đã được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới nâng cao, đạt mục tiêu 02 huyện theo Kết luận.' }) },
    { name: 'a commune\'s "không thuộc diện xã dưới 15 tiêu chí, đạt yêu cầu Nghị quyết": meeting a requirement is a claim, no plan (session 24, dd02)', level: 'xa', extra: results([...XA_MET.filter((l) => !l.includes('dưới 15 tiêu chí')), '- Về xây dựng nông thôn mới: xã tiếp tục giữ vững 19/19 tiêu chí xã nông thôn mới; như vậy, xã không thuộc diện xã dưới 15 tiêu chí, đạt yêu cầu Nghị quyết (không còn xã dưới 15 tiêu chí).']) },
    { name: 'the yearly fall in a table row\'s assessment cell ("Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 7,46 | 5,61 | 3,98 | Giảm ít nhất 1,5%/năm | Đạt (BQ giảm 1,74%/năm)") (session 24, bi02)', extra: { ...results(MET.filter((l) => !/hộ nghèo/u.test(l))), 'p1.iii.2.4': ['| TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Năm 2023 | Mục tiêu NQ | Đánh giá |', '| 6 | Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 7,46 | 5,61 | 3,98 | Giảm ít nhất 1,5%/năm | Đạt (BQ giảm 1,74%/năm) |'].join('\n') } },
    { name: 'a yearly fall said in words after the span of counts ("đầu năm 2022 toàn huyện có 1.412 hộ nghèo (tỷ lệ 6,18%); đến cuối năm 2023 còn 486 hộ (tỷ lệ 2,08%), bình quân mỗi năm giảm 2,05%") is the poverty rate\'s fall (session 24, dl01)', extra: results([...MET.filter((l) => !/hộ nghèo/u.test(l)), 'Theo chuẩn nghèo đa chiều của Thành phố giai đoạn 2022-2025, đầu năm 2022 toàn huyện có 1.412 hộ nghèo (tỷ lệ 6,18%); đến cuối năm 2023 còn 486 hộ (tỷ lệ 2,08%), bình quân mỗi năm giảm 2,05%.']) },
    { name: 'a count of district-level units said to be "cơ bản đạt chuẩn … nâng cao", named after "là" as a thị xã ("có 01 đơn vị cấp huyện cơ bản đạt chuẩn nông thôn mới nâng cao là thị xã An Nhơn"): a thị xã is no commune the indicator leaves out (session 24, df06)', level: 'tinh', extra: results([...tinhWithout('cơ bản đạt chuẩn'), 'Đến ngày 30/6/2024, toàn tỉnh có 05 đơn vị cấp huyện đạt chuẩn, trong đó có 01 huyện đạt chuẩn nông thôn mới nâng cao là huyện Tuy Phước; có 01 đơn vị cấp huyện cơ bản đạt chuẩn nông thôn mới nâng cao là thị xã An Nhơn.']) },
    { name: 'a whole raised by words that say nothing else ("nay bổ sung xã Thạch Văn … được công nhận đạt chuẩn NTM kiểu mẫu …, nâng tổng số lên 23/169 xã") is of what the clause named before them (session 24, dh01)', level: 'tinh', extra: results([...tinhWithout('kiểu mẫu.'), 'Xã đạt chuẩn NTM kiểu mẫu: nay bổ sung xã Thạch Văn, huyện Thạch Hà được UBND tỉnh công nhận đạt chuẩn NTM kiểu mẫu tại Quyết định số 1502/QĐ-UBND ngày 16/6/2024, nâng tổng số lên 23 xã.']) },
    { name: 'the level a change reaches after the level it starts from and its year ("tăng từ 29/50 thôn (58,0%) năm 2020 lên 44/50 thôn (88,0%), tăng 04 thôn … so với cùng kỳ năm 2023") is the result (session 23, dd01)', extra: results([...MET.filter((l) => !l.includes('thôn đạt chuẩn nông thôn mới (đạt') && !l.includes('nước sạch')), 'Số thôn đạt chuẩn nông thôn mới tăng từ 29/50 thôn (58,0%) năm 2020 lên 44/50 thôn (88,0%), tăng 04 thôn, tương đương 8,0 điểm phần trăm so với cùng kỳ năm 2023.', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch tăng từ 93,7% năm 2020 lên 98,3%, tăng 1,1 điểm phần trăm so với cùng kỳ năm 2023.']) },
    { name: 'a rate said roughly after its count ("06 thôn … kiểu mẫu, chiếm gần 7% số thôn") gives the indicator (session 23, db01)', extra: results([...MET.filter((l) => !l.includes('kiểu mẫu')), 'Có 06 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu, chiếm gần 7% số thôn.']) },
    { name: 'a short label of the subject alone ("- Hộ nghèo:"), the measure said in a later sentence of its item ("Cuối năm 2023 còn 312 hộ (29,83%), bình quân mỗi năm giảm 4,30%") (session 23, cb03)', extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), '- Hộ nghèo: Cuối năm 2021 xã có 402 hộ nghèo (38,43%). Cuối năm 2023 còn 312 hộ (29,83%), bình quân mỗi năm giảm 4,30%.']) },
    { name: 'the communes\' rate said after a series of verbs whose last names who recognised them ("17/17 xã (đạt 100%) đã hoàn thành rà soát, củng cố, nâng cấp và được UBND tỉnh công nhận đạt chuẩn theo Bộ tiêu chí …") (session 23, cq04)', pack: 'nq04-ket-luan-ha-tinh', level: 'huyen', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Kết quả đến ngày 31/5/2025: 17/17 xã (đạt 100%) đã hoàn thành rà soát, củng cố, nâng cấp và được UBND tỉnh công nhận đạt chuẩn theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025.' }) },
    { name: 'indicators written in the short forms offices use in tables ("Số xã đạt chuẩn NTM NC", "Số xã đạt chuẩn NTM KM", "TL thôn đạt chuẩn NTM KM"; lexicon: abbreviations) (session 22, by01)', level: 'tinh', extra: results([...MET_TINH.filter((l) => !/nâng cao|kiểu mẫu/u.test(l)), '| TT | Chỉ tiêu | ĐVT | Mục tiêu NQ | Năm 2020 | Thực hiện đến 30/6/2024 | Đánh giá |', '| 1 | Số huyện đạt chuẩn NTM NC | huyện | ≥ 1 | 0 | 1 | Đạt |', '| 2 | Số huyện cơ bản đạt chuẩn NTM NC | huyện | ≥ 1 | 0 | 1 | Đạt |', '| 3 | Số xã đạt chuẩn NTM NC | xã | ≥ 15 | 3 | 16 | Vượt |', '| 4 | Số xã đạt chuẩn NTM KM | xã | ≥ 5 | 0 | 5 | Đạt |', '| 5 | TL thôn đạt chuẩn NTM KM | % | 5 | 0,7 | 6,0 | Vượt |']) },
    { name: 'a commune\'s own criteria, all of them, give the rate of communes meeting the standard ("đến nay xã giữ vững chuẩn nông thôn mới với 19/19 tiêu chí") (session 22, te03)', pack: 'nq04-ket-luan-ha-tinh', level: 'xa', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Xã chủ động rà soát, cập nhật, củng cố các tiêu chí theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025; đến nay xã giữ vững chuẩn nông thôn mới với 19/19 tiêu chí đạt chuẩn, đồng thời duy trì đạt chuẩn nông thôn mới nâng cao và nông thôn mới kiểu mẫu. Toàn xã có 11/11 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu (đạt 100%).' }) },
    {
      name: 'a result written over its target with the unit on both sides ("Giá trị sản xuất trên 01 ha đất trồng trọt: 156 triệu đồng/150 triệu đồng, vượt") gives the result, not a fraction (session 22, ju04)',
      level: 'tinh',
      extra: results([...MET_TINH.filter((l) => !l.includes('01 ha')), '- Giá trị sản xuất trên 01 ha đất trồng trọt: 156 triệu đồng/150 triệu đồng, vượt;']),
    },
    {
      name: 'the tasks under a wrapper heading of the writer\'s that reports what was done, whatever plan words follow ("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM THEO KẾT LUẬN"): the results under it are results (session 22, bm05)',
      pack: 'nq04-ket-luan-ha-tinh', level: 'huyen',
      src: nq04Untitled(undefined, 'Đến ngày 30/6/2025, 19/19 xã đã hoàn thành củng cố và được công nhận đạt chuẩn theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 (đạt 100%).', `${NQ04_UNTITLED_HEAD}# I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM THEO KẾT LUẬN\n`),
    },
    nq04('communes counted, then a long relative clause and a series of verbs with commas before the standard they reached ("169/169 xã (cũ) triển khai xây dựng nông thôn mới được củng cố, nâng cấp bảo đảm đạt chuẩn theo Bộ tiêu chí … (đạt 100%)") (session 22, bm05)', 'so-nganh', 'Đến ngày 30/6/2025, toàn tỉnh có 169/169 xã (cũ) triển khai xây dựng nông thôn mới được củng cố, nâng cấp bảo đảm đạt chuẩn theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 (đạt 100%); 83 xã đạt chuẩn nông thôn mới nâng cao.'),
    nq04('… or "đã hoàn thành củng cố, nâng cấp, đảm bảo đạt chuẩn" (session 22, yl05)', 'so-nganh', 'Đến ngày 31/5/2025, toàn tỉnh có 169/169 xã thực hiện xây dựng nông thôn mới đã hoàn thành củng cố, nâng cấp, đảm bảo đạt chuẩn theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 (đạt 100%).'),
    nq04('… or verbs joined by "và" before the standard ("giữ vững và nâng cấp đạt chuẩn") (session 22, be03)', 'so-nganh', '- Có 169/169 xã triển khai xây dựng nông thôn mới giữ vững và nâng cấp đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (100%); xã Kỳ Lợi không triển khai do nằm trong quy hoạch Khu Kinh tế Vũng Áng.'),
    { name: 'a group a commune was in, owned by the district ("thuộc nhóm xã dưới 15 tiêu chí của huyện"), does not make the commune\'s zero the district\'s ("không còn là xã dưới 15 tiêu chí") (session 21, ay03)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), 'Về xây dựng xã nông thôn mới: năm 2021 xã mới đạt 14/19 tiêu chí, thuộc nhóm xã dưới 15 tiêu chí của huyện; đến tháng 6/2024 xã đạt 16/19 tiêu chí, không còn là xã dưới 15 tiêu chí.']) },
    { name: 'a sub-row that names another indicator in its own words ("- Trong đó: huyện được Trung ương công nhận đạt chuẩn nông thôn mới nâng cao | huyện | 0 | 02 | 02" under "Số đơn vị cấp huyện đạt chuẩn …") gives that one (session 21, ao03)', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': ['| TT | Chỉ tiêu | ĐVT | Thời điểm ban hành Kết luận | Mục tiêu theo Kết luận | Kết quả đến 30/6/2025 | Đánh giá |', '| 1 | Tỷ lệ số xã đạt chuẩn theo Bộ tiêu chí xây dựng nông thôn mới giai đoạn 2021-2025 | % | - | 100 | 100 (169/169 xã) | Đạt |', '| 2 | Số xã đạt chuẩn nông thôn mới nâng cao | xã | 69 | 75 | 78 | Vượt |', '| 3 | Số xã đạt chuẩn nông thôn mới kiểu mẫu | xã | 18 | 22 | 23 | Vượt |', '| 4 | Số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới | đơn vị | 9/12 | 12/12 | 12/12 | Đạt |', '| | - Trong đó: huyện được Trung ương công nhận đạt chuẩn nông thôn mới nâng cao | huyện | 0 | 02 | 02 | Đạt |'].join('\n') }).replace('HUYỆN HẢI LĂNG', 'TỈNH HÀ TĨNH') },
    { name: 'a commune\'s row named by its target cell ("Số tiêu chí xã nông thôn mới đạt | Không còn xã dưới 15 tiêu chí | 19/19 | 19/19"): the commune is none of those under the threshold (session 21, ax03)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), '| TT | Chỉ tiêu | Mục tiêu NQ 16 đến năm 2025 | Năm 2020 | Thực hiện đến 30/6/2024 | Đánh giá |', '| 1 | Số tiêu chí xã nông thôn mới đạt | Không còn xã dưới 15 tiêu chí | 19/19 | 19/19 | Đạt |']) },
    { name: 'a commune\'s state in words in the row of the places under a threshold ("Xã còn dưới 15 tiêu chí | Không còn | Xã đạt 19/19 tiêu chí") (session 21, ax06)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), '| TT | Chỉ tiêu | Mục tiêu đến năm 2025 theo Chương trình hành động | Kết quả đến 30/6/2024 | Đánh giá |', '| 1 | Xã còn dưới 15 tiêu chí | Không còn | Xã đạt 19/19 tiêu chí | Đạt |']) },
    { name: 'a year in an aside closed before the figure, with figures of its own, dates the aside only ("04/04 thôn đạt chuẩn thôn nông thôn mới (đạt 100%, năm 2020 chưa có thôn nào đạt chuẩn), trong đó thôn Giá … kiểu mẫu tháng 5/2024 (01/04 thôn, chiếm 25%)") (session 21, aq03)', level: 'xa', extra: results([...XA_MET.filter((l) => !/^(?:Có 98\/112 thôn|Tỷ lệ thôn)/.test(l)), 'Đến ngày 30/6/2024, 04/04 thôn đạt chuẩn thôn nông thôn mới (đạt 100%, năm 2020 chưa có thôn nào đạt chuẩn), trong đó thôn Giá được công nhận đạt chuẩn thôn nông thôn mới kiểu mẫu tháng 5/2024 (01/04 thôn, chiếm 25%).']) },
    { name: '"của tỉnh" eight words after the standard it owns ("theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 của tỉnh; 05/05 thôn đạt chuẩn thôn nông thôn mới") (session 21, ax04)', level: 'xa', extra: results([...XA_MET.filter((l) => !/^Có 98\/112 thôn/.test(l)), 'Đến 30/6/2024, xã đạt 15/19 tiêu chí theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 của tỉnh; 05/05 thôn đạt chuẩn thôn nông thôn mới, 01 thôn đạt chuẩn kiểu mẫu.']) },
    { name: 'a commune\'s row for the communes under 15 criteria whose cell says, in brackets, it is not among them ("Xã đạt 19/19 tiêu chí (không thuộc diện dưới 15 tiêu chí)") (session 20, ab02)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), '| TT | Chỉ tiêu | Mục tiêu Nghị quyết đến năm 2025 | Kết quả của xã đến 30/6/2024 | Đánh giá |', '| 1 | Số xã còn dưới 15 tiêu chí | Không còn xã dưới 15 tiêu chí | Xã đạt 19/19 tiêu chí (không thuộc diện dưới 15 tiêu chí) | Đạt |']) },
    { name: 'a multiple of the base year given as two levels in a table ("Thu nhập … | Tăng ít nhất 1,5 lần so với năm 2020 | 38,5 | 58,2") (session 19, ze01)', extra: results([...MET.filter((l) => !l.includes('Thu nhập')), '| TT | Chỉ tiêu | ĐVT | Mục tiêu NQ 16 đến năm 2025 | Năm gốc 2020 | Kết quả đến 30/6/2024 | Đánh giá |', '| 6 | Thu nhập bình quân người dân nông thôn | triệu đồng/người/năm | Tăng ít nhất 1,5 lần so với năm 2020 | 38,5 | 58,2 | Đạt |']) },
    { name: 'a commune\'s row whose label says the zero ("Không còn xã dugới 15 tiêu chí"), its cell the commune\'s state ("Xã duy trì 19/19 tiêu chí") (session 19, yt01)'.replace('dugới', 'dưới'), level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), '| TT | Chỉ tiêu | Mục tiêu Nghị quyết đến năm 2025 | Năm 2020 | Kết quả đến 30/6/2024 | Đánh giá |', '| 1 | Không còn xã dưới 15 tiêu chí theo Bộ Tiêu chí | Không còn xã dưới 15 tiêu chí | Xã đạt 19/19 tiêu chí | Xã duy trì 19/19 tiêu chí | Đạt |', '| 2 | Tỷ lệ che phủ rừng | ≥ 49% | 48,2% | 50,1% | Đạt |']) },
    { name: 'a commune\'s row whose result says the zero in words after its own state ("Xã đạt 19/19 tiêu chí, không thuộc diện dưới 15 tiêu chí") (session 19, yr01)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), '| TT | Chỉ tiêu | Mục tiêu Nghị quyết đến năm 2025 | Năm 2020 (năm gốc) | Kết quả của xã | Đánh giá |', '| 1 | Số xã còn dưới 15 tiêu chí theo Bộ Tiêu chí | Không còn xã dưới 15 tiêu chí | Xã đạt 19/19 tiêu chí | Xã đạt 19/19 tiêu chí, không thuộc diện dưới 15 tiêu chí | Đạt |', '| 2 | Tỷ lệ che phủ rừng | ≥ 49% | 48,2% | 50,1% | Đạt |']) },
    nq04('communes recognised after a long series of verbs ("19/19 xã (đạt 100%) đã cập nhật, củng cố, nâng cấp và được công nhận đạt chuẩn")', 'huyen', '- 19/19 xã (đạt 100%) đã cập nhật, củng cố, nâng cấp và được công nhận đạt chuẩn theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025.\n- 11/19 xã đạt chuẩn nông thôn mới nâng cao (57,9%), trong đó 03 xã đã được công nhận đạt chuẩn nông thôn mới kiểu mẫu.'),
    nq04('district-level units counted by their kinds ("Có 12/12 huyện, thị xã được công nhận đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM")', 'tinh', 'Đến ngày 15/6/2025, 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%); toàn tỉnh có 78 xã đạt chuẩn NTM nâng cao, 23 xã đạt chuẩn NTM kiểu mẫu; có 02 huyện đạt chuẩn NTM nâng cao.\nCó 12/12 huyện, thị xã được công nhận đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM, đạt mục tiêu.'),
    nq04('communes recognised after a series of verbs with "và được công nhận" ("17/17 xã trên địa bàn huyện đã hoàn thành cập nhật, củng cố và được công nhận đạt chuẩn NTM … (đạt 100%)")', 'huyen', 'Đến ngày 31/5/2025, 17/17 xã trên địa bàn huyện đã hoàn thành cập nhật, củng cố và được công nhận đạt chuẩn NTM theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%).\nVề nâng chuẩn: có 09 xã đạt chuẩn NTM nâng cao và 04 xã đạt chuẩn NTM kiểu mẫu.'),
    { name: 'a "bao gồm" inside an aside before the figure does not end its subject ("Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp (bao gồm thủy sản) bình quân đạt 3,4%/năm")', extra: results(swap(MET, 'Tốc độ tăng trưởng', 'Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp (bao gồm thủy sản) bình quân đạt 3,4%/năm.')) },
    { name: 'money abbreviated as offices type it ("giá trị sản xuất trên 01 ha đất trồng trọt đạt 158 tr.đồng/ha")', extra: results(swap(MET, 'trồng trọt', 'Giá trị sản xuất trên 01 ha đất trồng trọt đạt 158 tr.đồng/ha (năm 2020: 118 triệu đồng).')) },
    { name: 'a result cell "Không" with a bracket of detail ("Số xã còn dưới 15 tiêu chí | Không còn | Không | Không (xã đạt 19/19 tiêu chí) | Đạt") gives a zero (xã)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), ['| TT | Chỉ tiêu | Mục tiêu NQ 16 đến năm 2025 | Năm 2020 | Thực hiện đến 30/6/2024 | Đánh giá |', '| 1 | Số xã còn dưới 15 tiêu chí | Không còn | Không | Không (xã đạt 19/19 tiêu chí) | Đạt |'].join('\n')]) },
    { name: 'a unit column written with capitals ("| 4 | Xã đạt chuẩn nông thôn mới | Xã | ≥ 38 | 40 |") gives the indicator', level: 'tinh', extra: results([...MET_TINH.filter((l) => !l.includes('41 xã')), '| TT | Chỉ tiêu | ĐVT | Mục tiêu NQ 16 đến năm 2025 | Thực hiện đến 30/6/2024 | Đánh giá |', '| 1 | Xã đạt chuẩn nông thôn mới | Xã | ≥ 38 | 40 | Vượt |']) },
    { name: 'a bare "không" answering a label ("số xã còn dưới 15 tiêu chí: không.") (xã)', level: 'xa', extra: results([...MET.filter((l) => !l.includes('dưới 15')), 'Đến ngày 30/6/2024, xã duy trì 19/19 tiêu chí xã nông thôn mới; số xã còn dưới 15 tiêu chí: không.']) },
    { name: 'a yearly average that opens its clause after the span ("tỷ lệ hộ nghèo giảm từ 9,86% (cuối năm 2021) còn … 6,12% (cuối năm 2023), …; bình quân giảm 1,87%/năm")', extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), 'Theo chuẩn nghèo đa chiều giai đoạn 2022-2025, tỷ lệ hộ nghèo giảm từ 9,86% (cuối năm 2021) còn 7,95% (cuối năm 2022) và 6,12% (cuối năm 2023), tương ứng còn 1.215/19.853 hộ nghèo; bình quân giảm 1,87%/năm, đạt mục tiêu.']) },
    { name: 'every huyện-level indicator quoted' },
    { name: 'a result cell that gives the base year\'s figure in brackets after its own ("Ước đạt 71,3% (năm 2020 đạt 62,1%)") is the result', extra: results([...MET.filter((l) => !l.includes('qua đào tạo')), '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Kết quả thực hiện đến 30/6/2024 | Đánh giá |', '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70 | Ước đạt 71,3% (năm 2020 đạt 62,1%) | Đạt |']) },
    { name: 'an indicator named with a comma or "và" before a colon is named ("Tỷ lệ lao động nông thôn qua đào tạo, bồi dưỡng nghề: đạt 72,4%", "… nước sạch và hợp vệ sinh: đạt 98,2%")', extra: results([...MET.filter((l) => !/đào tạo|nước sạch/.test(l)), 'Tỷ lệ lao động nông thôn qua đào tạo, bồi dưỡng nghề: đạt 72,4%.', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch và hợp vệ sinh: đạt 98,2%.']) },
    nq04('the whole raised after the places just added ("thị xã Hồng Lĩnh và thị xã Kỳ Anh được công nhận …, nâng tổng số đơn vị cấp huyện … lên 12/12 đơn vị")', 'tinh', 'Đến ngày 15/6/2025, 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%); toàn tỉnh có 78 xã đạt chuẩn NTM nâng cao, 23 xã đạt chuẩn NTM kiểu mẫu.\nHuyện Hương Khê được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới; thị xã Hồng Lĩnh và thị xã Kỳ Anh được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới, nâng tổng số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ lên 12/12 đơn vị. Có 02 huyện (Nghi Xuân, Can Lộc) được Trung ương công nhận đạt chuẩn nông thôn mới nâng cao.'),
    nq04('communes whose dossiers were completed and then recognised are a count of those recognised ("78 xã … đã hoàn thiện hồ sơ và được UBND tỉnh công nhận")', 'tinh', 'Đến ngày 30/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; có 02 huyện đạt chuẩn NTM nâng cao.\nToàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao đã hoàn thiện hồ sơ và được UBND tỉnh công nhận; 23 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    nq04('keeping the standard, after a series of verbs ("169/169 xã … tiếp tục duy trì, giữ vững chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%)")', 'tinh', 'Đến ngày 15/6/2025, 169/169 xã thực hiện Chương trình tiếp tục duy trì, giữ vững chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%); toàn tỉnh có 78 xã đạt chuẩn NTM nâng cao, 23 xã đạt chuẩn NTM kiểu mẫu; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; có 02 huyện được công nhận đạt chuẩn NTM nâng cao.'),
    {
      name: 'a results column dated in the period holding the same figure as the source\'s baseline ("Kết quả đến 30/6/2025 | 170/170 xã (100%)"): still the result',
      pack: 'nq04-ket-luan-ha-tinh', level: 'tinh',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': [
        '| TT | Chỉ tiêu | Mục tiêu đến năm 2025 | Kết quả đến 30/6/2025 | Đánh giá |',
        '| 1 | Tỷ lệ xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 | 100% | 170/170 xã (100%) | Đạt |',
        '| 2 | Số xã đạt chuẩn nông thôn mới nâng cao | 75 xã | 78 xã | Vượt |',
        '| 3 | Số xã đạt chuẩn nông thôn mới kiểu mẫu | 22 xã | 24 xã | Vượt |',
        '| 4 | Số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới | 12/12 đơn vị | 12/12 đơn vị | Đạt |',
        '| 5 | Số huyện được Trung ương công nhận đạt chuẩn nông thôn mới nâng cao | 02 huyện | 02 huyện | Đạt |',
      ].join('\n') }),
    },
    { name: 'a yearly fall in points ("bình quân giảm 2,36 điểm phần trăm/năm")', extra: results(MET.map((l) => (l.includes('hộ nghèo') ? 'Tỷ lệ hộ nghèo đa chiều giảm từ 7,84% (cuối năm 2021) xuống còn 3,12% (cuối năm 2023), bình quân giảm 2,36 điểm phần trăm/năm.' : l))) },
    nq04('the communes "của huyện" in a district\'s report are its own ("18/18 xã (100%) của huyện đạt chuẩn … theo Bộ tiêu chí giai đoạn 2021-2025")', 'huyen', 'Đến 30/4/2025, 18/18 xã (100%) của huyện đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025; trong đó 09 xã đạt chuẩn nông thôn mới nâng cao, 02 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    { name: 'a rate after a bracket of names, with no comma ("02 thôn … kiểu mẫu (An Hưng, Long Sơn) chiếm 22,2% số thôn")', extra: results([...MET.filter((l) => !/kiểu mẫu/u.test(l)), 'Đến 30/6/2024, 9/9 thôn đạt chuẩn nông thôn mới (100%), trong đó 02 thôn đạt chuẩn nông thôn mới kiểu mẫu (An Hưng, Long Sơn) chiếm 22,2% số thôn.']) },
    { name: 'villages meeting the "khu dân cư nông thôn mới kiểu mẫu" standard are the model villages ("28 thôn, xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu, chiếm 9,0% tổng số thôn, xóm")', extra: results([...MET.filter((l) => !/thôn.*kiểu mẫu/u.test(l)), 'Có 289/312 thôn, xóm đạt chuẩn nông thôn mới (92,6%); 28 thôn, xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu, chiếm 9,0% tổng số thôn, xóm.']) },
    { name: 'a zero in words, places named later in its clause ("toàn huyện không còn xã dưới 15 tiêu chí, 02 xã Phước Đại, Phước Trung đạt 16/19 TC")', extra: results([...MET.filter((l) => !/dưới 15 tiêu chí/u.test(l)), '- Về xây dựng NTM: bình quân đạt 15,6 TC/xã (tăng 5,4 TC so với năm 2020); toàn huyện không còn xã dưới 15 tiêu chí, 02 xã Phước Đại, Phước Trung đạt 16/19 TC.']) },
    { name: 'a share before its subject with the count in brackets ("100% số hộ (2.846 hộ) sử dụng nước sạch …")', extra: results([...MET.filter((l) => !l.includes('nước sạch')), '100% số hộ (2.846 hộ) sử dụng nước sạch từ Nhà máy nước sạch Vũ Hội.']) },
    { name: 'a growth rate said as "bình quân tăng 3,6%/năm" ("Giá trị gia tăng ngành nông nghiệp bình quân tăng …")', extra: results([...MET.filter((l) => !/tăng trưởng|gia tăng/u.test(l)), 'Giá trị gia tăng ngành nông nghiệp bình quân tăng 3,6%/năm.']) },
    nq04('a share in brackets inside the subject and a series of verbs parted by commas: "169/169 xã triển khai xây dựng NTM (đạt 100%) đã cập nhật, củng cố, đạt chuẩn theo Bộ tiêu chí …"', 'tinh', 'Kết quả đến ngày 31/5/2025: 169/169 xã triển khai xây dựng NTM (đạt 100%) đã cập nhật, củng cố, đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025; toàn tỉnh có 78 xã đạt chuẩn NTM nâng cao, 23 xã đạt chuẩn NTM kiểu mẫu; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; có 02 huyện được công nhận đạt chuẩn NTM nâng cao.'),
    { name: 'every tỉnh-level indicator quoted', level: 'tinh', extra: results(MET_TINH) },
    {
      name: '"theo chuẩn nghèo đa chiều của tỉnh" says whose standard, not whose figure: the district\'s own rate',
      extra: results(swap(MET, 'hộ nghèo', 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm từ 4,86% đầu năm 2022 xuống còn 0,35% cuối năm 2023, bình quân giảm 2,26%/năm.')),
    },
    {
      name: 'districts counted as "đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới"',
      level: 'tinh',
      extra: results(swap(MET_TINH, '05 huyện', 'Đến 30/6/2024, toàn tỉnh có 06/10 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới.')),
    },
    {
      name: 'districts in a table row "Đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ NTM"',
      level: 'tinh',
      extra: results([
        ...tinhWithout('05 huyện'),
        '| TT | Chỉ tiêu | ĐVT | Năm 2023 | Đến 30/6/2024 | Mục tiêu NQ đến 2025 |',
        '| 1 | Đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ NTM | huyện | 6 | 6 | 4 |',
      ]),
    },
    { name: 'a result after "và" that follows a base figure but is not joined to it ("… có 80/112 thôn … và đến nay đã có 98/112 thôn …")', extra: results([...MET.filter((l) => !l.startsWith('Có 98/112 thôn')), 'Tại thời điểm ban hành Nghị quyết, toàn huyện có 80/112 thôn đạt chuẩn nông thôn mới và đến nay đã có 98/112 thôn đạt chuẩn nông thôn mới (đạt 87,5%).']) },
    { name: 'words after a result that say what it met are no plan ("Tỷ lệ che phủ rừng đạt 50,1% theo quy định.")', extra: results([...MET.filter((l) => !l.includes('che phủ')), 'Tỷ lệ che phủ rừng đạt 50,1% theo quy định.']) },
    { name: '"đạt yêu cầu" after a count is no plan ("Có 98/112 thôn đạt yêu cầu, được công nhận đạt chuẩn nông thôn mới (đạt 87,5%).")', extra: results([...MET.filter((l) => !l.startsWith('Có 98/112 thôn')), 'Có 98/112 thôn đạt yêu cầu, được công nhận đạt chuẩn nông thôn mới (đạt 87,5%).']) },
    nq04('a figure joined by "và" after another\'s bracketed aside ("71 xã … nâng cao (còn thiếu 04 xã so với mục tiêu) và 22 xã … kiểu mẫu") is quoted', 'tinh', 'Kết quả đến ngày 20/6/2025: 169/169 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021 - 2025 (đạt 100%); có 78 xã đạt chuẩn NTM nâng cao (vượt 03 xã so với mục tiêu) và 22 xã đạt chuẩn NTM kiểu mẫu; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; có 02 huyện được công nhận đạt chuẩn NTM nâng cao.'),
    nq04('a figure joined by "và" to another of a different kind ("78 xã đạt chuẩn NTM nâng cao và 22 xã đạt chuẩn NTM kiểu mẫu") is quoted', 'tinh', 'Đến ngày 20/6/2025, 169/169 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021 - 2025 (đạt 100%); toàn tỉnh có 78 xã đạt chuẩn NTM nâng cao và 22 xã đạt chuẩn NTM kiểu mẫu; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; có 02 huyện được công nhận đạt chuẩn NTM nâng cao.'),
    {
      name: 'a zero in words in the table\'s result cell: "Số xã còn dưới 15 tiêu chí | xã | 0 | Không còn"',
      extra: results([...MET.filter((l) => !l.includes('dưới 15')), '| TT | Chỉ tiêu | Đơn vị tính | Mục tiêu | Kết quả | Đánh giá |', '| 1 | Số xã còn dưới 15 tiêu chí | xã | 0 | Không còn | Đạt |']),
    },
    {
      name: '"41 xã đạt chuẩn, trong đó 16 xã đạt chuẩn NTM nâng cao" gives two counts of xã at once',
      level: 'tinh',
      extra: results([...tinhWithout('41 xã', '16 xã'), 'Toàn tỉnh có 41 xã đạt chuẩn, trong đó 16 xã đạt chuẩn NTM nâng cao.']),
    },
    {
      name: 'counts of xã in an indicator table with a "- Trong đó" sub-row',
      level: 'tinh',
      extra: results([
        ...tinhWithout(...XA),
        '| TT | Chỉ tiêu | ĐVT | Mục tiêu NQ đến 2025 | Thực hiện đến 30/6/2024 |',
        '| 1 | Số xã đạt chuẩn nông thôn mới | xã | 38 | 41 |',
        '| | - Trong đó: xã đạt chuẩn NTM nâng cao | xã | 15 | 16 |',
        '| | - Trong đó: xã đạt chuẩn NTM kiểu mẫu | xã | 5 | 5 |',
      ]),
    },
    {
      name: 'a commune meeting all 19 criteria of the 2021-2025 set gives the rate of communes meeting the standard (nq04, xã: "Xã duy trì đạt 19/19 tiêu chí … (đạt 100%)")',
      pack: 'nq04-ket-luan-ha-tinh', level: 'xa',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Xã duy trì đạt 19/19 tiêu chí xã nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%) và 19/19 tiêu chí xã nông thôn mới nâng cao.' }).replace('HUYỆN HẢI LĂNG', 'XÃ CẨM LỘC'),
    },
    {
      name: '"84/98 thôn, buôn đạt chuẩn" names one subject: the comma between kinds of village does not cut it',
      extra: results([...MET.filter((l) => !l.includes('thôn đạt chuẩn')), 'Có 84/98 thôn, buôn đạt chuẩn nông thôn mới (85,7%), trong đó 6 thôn, buôn đạt chuẩn nông thôn mới kiểu mẫu (6,1%).']),
    },
    {
      name: 'a count given by naming the district ("huyện Thái Thụy cơ bản đạt chuẩn nông thôn mới nâng cao")',
      level: 'tinh',
      extra: results([...tinhWithout('cơ bản đạt chuẩn'), 'Huyện Thái Thụy cơ bản đạt chuẩn nông thôn mới nâng cao.']),
    },
    {
      name: 'a commune\'s report naming itself as meeting the standard gives the rate of communes that do (nq04, xã)',
      pack: 'nq04-ket-luan-ha-tinh',
      level: 'xa',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Xã Hải Thượng được công nhận đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 năm 2023.' }).replace('HUYỆN HẢI LĂNG', 'XÃ HẢI THƯỢNG'),
    },
    {
      name: 'districts named before "nâng tổng số lên 05 huyện" are among what is counted, not whose figure it is',
      level: 'tinh',
      extra: results([...tinhWithout('05 huyện'), 'Huyện Gio Linh và thị xã Quảng Trị được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 05 huyện đạt chuẩn nông thôn mới.']),
    },
    {
      name: 'a count followed by the names it counts ("02 huyện Nghi Xuân và Can Lộc …", "01 huyện (Nghi Xuân) …")',
      level: 'tinh',
      extra: results([...tinhWithout('01 huyện đạt chuẩn nông thôn mới nâng cao', 'cơ bản đạt chuẩn'), 'Có 01 huyện (Nghi Xuân) được Trung ương công nhận đạt chuẩn nông thôn mới nâng cao; 02 huyện Can Lộc và Đức Thọ cơ bản đạt chuẩn nông thôn mới nâng cao.']),
    },
    {
      name: 'a commune naming itself by its bare noun ("Xã đạt chuẩn …, được UBND tỉnh công nhận đạt chuẩn theo Bộ tiêu chí …")',
      pack: 'nq04-ket-luan-ha-tinh',
      level: 'xa',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Xã đạt chuẩn nông thôn mới năm 2017, được UBND tỉnh công nhận đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 tại Quyết định số 2187/QĐ-UBND ngày 14/10/2024.' }).replace('HUYỆN HẢI LĂNG', 'XÃ CẨM QUAN'),
    },
    {
      name: 'a share in brackets before the rest of the subject ("15/15 xã (100%) trên địa bàn huyện đạt chuẩn NTM")',
      pack: 'nq04-ket-luan-ha-tinh',
      level: 'huyen',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến ngày 30/6/2025, 15/15 xã (100%) trên địa bàn huyện đạt chuẩn NTM theo Bộ tiêu chí giai đoạn 2021-2025, trong đó 10 xã đạt chuẩn NTM nâng cao.' }),
    },
    {
      name: 'a commune "đã ra khỏi nhóm xã dưới 15 tiêu chí" (xã)',
      level: 'xa',
      extra: results([...MET.filter((l) => !l.includes('dưới 15')), 'Đến 30/6/2024, xã đạt 15/19 tiêu chí theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021 - 2025, tăng 06 tiêu chí; như vậy xã đã ra khỏi nhóm xã dưới 15 tiêu chí, đạt mục tiêu Nghị quyết.']),
    },
    {
      name: 'a bare count after a label that says what it counts ("- Số xã còn dưới 15 tiêu chí: 0 (xã Gia Hiệp đạt 19/19 tiêu chí …)") (xã)',
      level: 'xa',
      extra: results([...MET.filter((l) => !l.includes('dưới 15')), '- Số xã còn dưới 15 tiêu chí: 0 (xã Gia Hiệp đạt 19/19 tiêu chí, giữ vững chuẩn xã nông thôn mới; đạt 15/19 tiêu chí xã nông thôn mới nâng cao).']),
    },
    {
      name: 'a commune "không thuộc diện xã còn dưới 15 tiêu chí" and a named village "chiếm 20% số thôn" as kiểu mẫu (xã)',
      level: 'xa',
      extra: results([...MET.filter((l) => !l.includes('kiểu mẫu') && !l.includes('dưới 15')), 'Xã đạt 19/19 tiêu chí, không thuộc diện xã còn dưới 15 tiêu chí. Có 05/05 thôn đạt chuẩn nông thôn mới (100%), trong đó thôn Khánh Tân đạt chuẩn thôn kiểu mẫu, chiếm 20% số thôn.']),
    },
    {
      name: 'the forest cover given only in an indicator table',
      extra: results([...noForest, '| TT | Chỉ tiêu | ĐVT | Kết quả thực hiện |', '| 1 | Tỷ lệ che phủ rừng | % | 50,1 |']),
    },
    {
      name: 'the yearly reduction said by the result cell of a row that only names the rate ("Tỷ lệ hộ nghèo đa chiều" | "Bình quân giảm 1,94%/năm")',
      extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), '| TT | Chỉ tiêu | ĐVT | Năm 2021 | Năm 2022 | Đến 30/6/2024 |', '| 1 | Tỷ lệ hộ nghèo đa chiều | % | 9,86 | 7,85 | Bình quân giảm 1,94%/năm |']),
    },
    nq04('a series of verbs ending in "đạt" keeps the subject ("03/03 xã đã rà soát, củng cố và đạt chuẩn nông thôn mới …")', 'xa', 'Đến ngày 30/6/2025, 03/03 xã cũ đã rà soát, củng cố và đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025, đạt 100%.'),
    { name: 'an indicator that counts a change ("chuyển đổi thêm") is given by "Đã chuyển đổi thêm 2.135 ha …"', level: 'tinh', extra: results([...MET_TINH.filter((l) => !l.includes('lúa')), 'Đã chuyển đổi thêm 2.135 ha đất trồng lúa kém hiệu quả sang cây trồng khác.']) },
    { name: 'a purpose ("Với mục tiêu nâng cao chất lượng …, tỷ lệ … đạt 72,4%") frames no list of targets', extra: results([...MET.filter((l) => !l.includes('qua đào tạo')), 'Với mục tiêu nâng cao chất lượng nguồn nhân lực nông thôn, tỷ lệ lao động nông thôn qua đào tạo của huyện đạt 72,4%.']) },
    { name: '", với" followed by no figure or target lists nothing ("Huyện đặt mục tiêu cao hơn tỉnh giao, với tỷ lệ … đạt 72,4%")', extra: results([...MET.filter((l) => !l.includes('qua đào tạo')), 'Huyện đặt mục tiêu cao hơn tỉnh giao, với tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%, vượt mục tiêu.']) },
    { name: 'a clause that counts from the base ("Từ thời điểm ban hành Nghị quyết đến nay, tỷ lệ … đạt 72,4%") gives the result', extra: results([...MET.filter((l) => !l.includes('qua đào tạo')), 'Từ thời điểm ban hành Nghị quyết đến nay, tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.']) },
    { name: 'what "kể cả" takes in is no exclusion ("Tỷ lệ hộ nghèo (kể cả hộ đồng bào dân tộc thiểu số) giảm bình quân 1,8%/năm")', extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), 'Tỷ lệ hộ nghèo theo chuẩn đa chiều (kể cả hộ đồng bào dân tộc thiểu số) giảm bình quân 1,8%/năm.']) },
    { name: 'a community that describes the whole unit ("chủ yếu là đồng bào Vân Kiều, Pa Kô") leaves the figure the unit\'s', extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), 'Tỷ lệ hộ nghèo theo chuẩn đa chiều trên địa bàn huyện (chủ yếu là đồng bào Vân Kiều, Pa Kô) giảm bình quân 1,8%/năm.']) },
    { name: 'a bracket after words naming another indicator is that indicator\'s ("trong đó thôn Liên Minh … kiểu mẫu năm 2023 (01/06 thôn, chiếm 16,7%)")', extra: results([...MET.filter((l) => !l.startsWith('Có 98/112') && !l.startsWith('Tỷ lệ thôn')), 'Có 112/112 thôn đạt chuẩn thôn nông thôn mới (100%), trong đó thôn Liên Minh được công nhận thôn nông thôn mới kiểu mẫu năm 2023 (01/06 thôn, chiếm 16,7%).']) },
    { name: 'a yearly average after a comma closes a span told over two clauses ("đầu năm 2022 toàn xã có 443 hộ nghèo (14,63%); cuối năm 2023 còn 303 hộ (9,87%), bình quân giảm 2,38%/năm") (session 17, um04)', extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), '**Về giảm nghèo:** đầu năm 2022 toàn xã có 443 hộ nghèo (14,63%); cuối năm 2023 còn 303 hộ (9,87%), bình quân giảm 2,38%/năm.']) },
    { name: 'a count whose verbs run on past a comma to the standard ("169/169 xã … tiếp tục duy trì, đạt chuẩn theo Bộ tiêu chí …") (session 17, bc03)', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Kết quả đến ngày 30/6/2025: 169/169 xã triển khai xây dựng nông thôn mới tiếp tục duy trì, đạt chuẩn theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 (đạt 100%); toàn tỉnh có 76 xã đạt chuẩn nông thôn mới nâng cao và 22 xã đạt chuẩn nông thôn mới kiểu mẫu; 12/12 đơn vị cấp huyện được công nhận đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới; có 02 huyện đạt chuẩn nông thôn mới nâng cao.' }) },
    { name: 'the writer\'s authority is no district the figure counts ("Theo số liệu của UBND huyện, đến ngày 31/5/2025 huyện có 21/21 xã đạt chuẩn …") (session 17, vk04)', pack: 'nq04-ket-luan-ha-tinh', level: 'huyen', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Theo số liệu của UBND huyện, đến ngày 31/5/2025 huyện có 21/21 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%), trong đó 09 xã đạt chuẩn nông thôn mới nâng cao, 03 xã đạt chuẩn nông thôn mới kiểu mẫu.' }) },
    { name: 'a count\'s label after a run-in lead\'s colon ("- Xây dựng xã, thôn nông thôn mới: Số xã còn dưới 15 tiêu chí theo Bộ tiêu chí: 0 (…)"); a central city\'s whole column beside its former provinces ("Cần Thơ (cũ) | Sóc Trăng (cũ) | Hậu Giang (cũ) | Toàn thành phố") (session 17, uw05, un04)', extra: results([...MET.filter((l) => !l.includes('dưới 15') && !l.includes('lao động')), '- Xây dựng xã, thôn nông thôn mới: Số xã còn dưới 15 tiêu chí theo Bộ tiêu chí: 0 (xã đạt 19/19 tiêu chí).', '| TT | Chỉ tiêu | ĐVT | Cần Thơ (cũ) | Sóc Trăng (cũ) | Hậu Giang (cũ) | Toàn thành phố | Ghi chú |', '| 4 | Tỷ lệ lao động nông thôn qua đào tạo | % | 78,5 | 74,2 | 77,0 | 76,4 | Năm 2020: 66,0% |']) },
    { name: 'the forest cover given outside the results section still counts', extra: { ...results(noForest), 'p1.iii.2.4.4': 'Tỷ lệ che phủ rừng đạt 50,1%.' } },
    { name: 'indicators judged only at tỉnh level (số huyện, số xã đạt chuẩn) are not asked of a huyện', extra: results(MET) },
  ],
  invalid: [
    { name: '… but the same item without a fall said gives no fall of the rate ("- Hộ nghèo: … Cuối năm 2023 còn 312 hộ (29,83%).") (session 23, cb03)', extra: results([...MET.filter((l) => !l.includes('hộ nghèo')), '- Hộ nghèo: Cuối năm 2021 xã có 402 hộ nghèo (38,43%). Cuối năm 2023 còn 312 hộ (29,83%).']), expect: { count: 1 } },
    { name: 'a required indicator never quoted', extra: results(noForest), expect: { indicators: ['che-phu-rung'], severity: 'warning' } },
    { name: 'only the country\'s figure is given', extra: results([...noForest, 'Cả nước có tỷ lệ che phủ rừng đạt 42%.']), expect: { indicators: ['che-phu-rung'] } },
    { name: 'only a plan is given', extra: results([...noForest, 'Phấn đấu đến năm 2025 tỷ lệ che phủ rừng đạt 50%.']), expect: { indicators: ['che-phu-rung'] } },
    { name: 'only the base year is given', extra: results([...noForest, 'Năm 2020, tỷ lệ che phủ rừng là 48,5%.']), expect: { indicators: ['che-phu-rung'] } },
    {
      name: 'the province\'s own poverty rate ("Tỷ lệ hộ nghèo đa chiều của tỉnh") in a district\'s report is context',
      extra: results(swap(MET, 'hộ nghèo', 'Tỷ lệ hộ nghèo đa chiều của tỉnh giảm bình quân 1,8%/năm.')),
      expect: { indicators: ['giam-ngheo'] },
    },
    {
      name: 'districts that met a national standard of health ("huyện đạt chuẩn quốc gia về y tế") are no districts meeting the NTM standard',
      level: 'tinh',
      extra: results(swap(MET_TINH, '05 huyện', 'Toàn tỉnh có 05 huyện đạt chuẩn quốc gia về y tế.')),
      expect: { indicators: ['huyen-dat-chuan'] },
    },
    { name: 'only a target in Phần thứ hai', extra: { ...results(noForest), 'p2.ii.2': 'Tỷ lệ che phủ rừng đạt 51%.' }, expect: { indicators: ['che-phu-rung'] } },
    {
      name: 'a tỉnh report with only the huyện-level indicators misses the counts of huyện, xã and the rice land',
      level: 'tinh',
      extra: results(MET.map((l) => l.replace('Toàn huyện', 'Toàn tỉnh'))),
      expect: { indicators: ['huyen-dat-chuan', 'huyen-nang-cao', 'huyen-co-ban-nang-cao', 'xa-dat-chuan', 'xa-nang-cao', 'xa-kieu-mau', 'chuyen-doi-lua'] },
    },
    {
      name: 'a district named in a plan ("phấn đấu huyện Thái Thụy đạt chuẩn nâng cao") is no count of the unit',
      level: 'tinh',
      extra: results([...tinhWithout('cơ bản đạt chuẩn'), 'Phấn đấu năm 2025 huyện Thái Thụy cơ bản đạt chuẩn nông thôn mới nâng cao.']),
      expect: { indicators: ['huyen-co-ban-nang-cao'] },
    },
    {
      name: 'a commune that says it has not yet met the standard gives no rate of communes meeting it',
      pack: 'nq04-ket-luan-ha-tinh',
      level: 'xa',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Xã chưa đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025, còn thiếu tiêu chí thu nhập.' }).replace('HUYỆN HẢI LĂNG', 'XÃ CẨM QUAN'),
      expect: { indicators: ['xa-dat-chuan-2021-2025'] },
    },
    { name: 'another district\'s figure is not the unit\'s', extra: results([...noForest, 'Huyện Gio Linh có tỷ lệ che phủ rừng đạt 51,2%.']), expect: { indicators: ['che-phu-rung'] } },
  ],
});

export const KNOWN_GAPS: Gap[] = [
  {
    kind: 'valid',
    name: 'coordinated prose gives the three counts of xã at once',
    level: 'tinh',
    extra: results([...tinhWithout(...XA), 'Toàn tỉnh có 41 xã đạt chuẩn, trong đó 16 xã đạt chuẩn NTM nâng cao và 05 xã đạt chuẩn NTM kiểu mẫu.']),
    engine: 'indicator-missing for xa-kieu-mau: facts are read for 41 (xa-dat-chuan) and 16 (xa-nang-cao) but not for "05 xã đạt chuẩn NTM kiểu mẫu" after "và" (same with "nông thôn mới" spelled out)',
  },
];
