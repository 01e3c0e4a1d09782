import { ruleTester, type Gap } from './tester';
import type { Level } from '../../../src/packs/schema';
import { MET, MET_TINH, outline, results } from '../doc';

const LD = 'lao động nông thôn qua đào tạo';
const noLd = MET.filter((l) => !l.includes(LD));
const plus = (...lines: string[]) => results([...MET, ...lines]);
/** A case of the nq04 pack at a level, its text in nhiệm vụ 2. */
const nq04 = (name: string, level: Level, text: string) => ({ name, pack: 'nq04-ket-luan-ha-tinh', level, src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': text }) });

ruleTester('conflicting-figures', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'a clause that opens on a count of communes described over a comma speaks of those communes ("tại 05 xã bãi ngang ven biển, đầm phá có 30/32 thôn đạt chuẩn, đạt 93,8%")', extra: plus('Trong đó, tại 05 xã bãi ngang ven biển, đầm phá có 30/32 thôn đạt chuẩn, đạt 93,8%.') },
    { name: 'a table cell that names its own year agrees with the prose of that year ("52,3 triệu đồng (năm 2023), gấp 1,56 lần" under "Thực hiện (đến 6/2024)")', extra: plus('| TT | Chỉ tiêu | Mục tiêu NQ đến 2025 | KH của huyện năm 2024 | Năm 2020 | Thực hiện (đến 6/2024) |', '| 1 | Thu nhập bình quân đầu người | Tăng ít nhất 1,5 lần so với năm 2020 | 55 triệu đồng | 33,5 triệu đồng | 52,3 triệu đồng (năm 2023), gấp 1,56 lần |') },
    { name: 'a quotation of the plan\'s targets in paragraphs of its own, after a line that introduces them ("… trích lại mục tiêu cụ thể …:" then "“- … tỷ lệ lao động nông thôn qua đào tạo đạt 70%; …”"), gives targets, not a second result', extra: plus('Để làm căn cứ đối chiếu, Ủy ban nhân dân huyện trích lại mục tiêu cụ thể đến năm 2025 tại Chương trình hành động thực hiện Nghị quyết số 16-NQ/TU:', '“- Tỷ lệ lao động nông thôn qua đào tạo đạt 70%; tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98%;', '- Tỷ lệ che phủ rừng đạt 49%.”') },
    nq04('a column of estimates beside the results ("Kết quả đến 20/6/2025 | Ước đến 30/6/2025": 81 xã, 83 xã) gives no second figure', 'tinh', ['Bảng 1. Kết quả thực hiện các chỉ tiêu', '| TT | Chỉ tiêu | Mục tiêu Kết luận | Kết quả đến 20/6/2025 | Ước đến 30/6/2025 | Đánh giá |', '| 1 | Số xã đạt chuẩn NTM nâng cao | Tối thiểu 75 xã | 81 xã | 83 xã | Vượt |', 'Có 81/169 xã đạt chuẩn NTM nâng cao (47,9%), vượt mục tiêu Kết luận đề ra.'].join('\n')),
    { name: 'a commune that opens its sentence speaks for the whole sentence ("Xã Hương Sơn đạt 19/19 tiêu chí, 5/5 thôn đạt chuẩn. Xã Hương Lộc …")', extra: plus('Kết quả của từng xã: Xã Hương Phú đạt 19/19 tiêu chí, 8/8 thôn đạt chuẩn. Xã Hương Sơn đạt 19/19 tiêu chí, 5/5 thôn đạt chuẩn. Xã Hương Lộc đạt 19/19 tiêu chí, 6/6 thôn đạt chuẩn.') },
    { name: 'a clause that opens on a count of communes speaks of those communes ("03 xã bãi ngang ven biển (Hải An, Hải Khê, Hải Ba) có 20/20 thôn đạt chuẩn (100%)")', extra: plus('Trong đó, 03 xã bãi ngang ven biển (Hải An, Hải Khê, Hải Ba) có 20/20 thôn đạt chuẩn nông thôn mới (100%).') },
    { name: 'communes counted for a facility up to standard ("7/7 xã có nhà văn hóa xã đạt chuẩn") are no count of communes meeting the NTM standard', extra: plus('Đến ngày 30/6/2024, toàn huyện có 6/7 xã đạt chuẩn nông thôn mới.', 'Toàn huyện đã bê tông hóa 86,4 km đường giao thông nông thôn; 100% thôn có điện lưới quốc gia; 7/7 xã có nhà văn hóa xã đạt chuẩn.') },
    nq04('a neighbouring district named once with its noun and then alone ("Hai huyện lân cận là Can Lộc và Nghi Xuân …; hiện Can Lộc có 10 xã … kiểu mẫu") is not the unit', 'huyen', 'Đến 30/6/2025, toàn huyện có 12/28 xã đạt chuẩn nông thôn mới nâng cao và 04 xã đạt chuẩn nông thôn mới kiểu mẫu.\nHai huyện lân cận là Can Lộc và Nghi Xuân cũng đang hoàn thiện hồ sơ huyện nông thôn mới nâng cao; hiện Can Lộc có 10 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    nq04('units counted "trước năm 2025" are of the year before, not a second figure for the end of the period ("12/12 đơn vị cấp huyện …" and "9 đơn vị đã được … công nhận trước năm 2025")', 'tinh', 'Đến ngày 30/6/2025, toàn tỉnh có 12/12 đơn vị cấp huyện đạt chuẩn, hoàn thành nhiệm vụ xây dựng nông thôn mới.\nKết quả theo đơn vị cấp huyện: 9 đơn vị cấp huyện đã được Thủ tướng Chính phủ công nhận trước năm 2025, 03 đơn vị còn lại đã được thẩm định đạt chuẩn trong 6 tháng đầu năm 2025.'),
    nq04('the unit\'s own plan for a year is no result ("Kế hoạch của huyện năm 2025 là thêm 02 xã đạt chuẩn nâng cao, 01 xã kiểu mẫu")', 'huyen', 'Đến 30/6/2025, huyện có 18/18 xã duy trì đạt chuẩn nông thôn mới; trong đó 09 xã đạt chuẩn nông thôn mới nâng cao, 04 xã đạt chuẩn nông thôn mới kiểu mẫu.\nKế hoạch của huyện năm 2025 là thêm 02 xã đạt chuẩn nâng cao, 01 xã kiểu mẫu.'),
    nq04('the targets listed after "Mục tiêu đến năm 2025 là …" are no second result ("…, 22 xã kiểu mẫu, 12/12 đơn vị cấp huyện")', 'tinh', 'Đến 30/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (100%), 78 xã đạt chuẩn NTM nâng cao và 20 xã đạt chuẩn NTM kiểu mẫu; có 11/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM.\nMục tiêu đến năm 2025 là 100% xã đạt chuẩn, ít nhất 75 xã nâng cao, 22 xã kiểu mẫu, 12/12 đơn vị cấp huyện và 2 huyện nâng cao; tỉnh đang tập trung hoàn thiện hồ sơ.'),
    { name: 'a span\'s yearly average and the same average said again later agree', extra: { ...results(MET.map((l) => (l.includes('hộ nghèo') ? 'Tỷ lệ hộ nghèo đa chiều giảm từ 7,94% cuối năm 2021 xuống còn 2,86% cuối năm 2023, bình quân giảm 2,54%/năm.' : l))), 'p1.iii.2.5': 'Nhờ đó, tỷ lệ hộ nghèo đa chiều của huyện bình quân mỗi năm giảm 2,54%.' } },
    { name: 'each result given once' },
    nq04('what is left of a target is no second result ("chỉ tiêu đơn vị cấp huyện còn 01 đơn vị đang trong quá trình thẩm định")', 'tinh', 'Đến ngày 20/6/2025, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao, 23 xã đạt chuẩn nông thôn mới kiểu mẫu; 11/12 đơn vị cấp huyện đạt chuẩn hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới.\nCác chỉ tiêu chủ yếu của Kết luận cơ bản hoàn thành; chỉ tiêu đơn vị cấp huyện còn 01 đơn vị đang trong quá trình thẩm định.'),
    { name: 'a "Cộng" row of a table of the few communes the line before counts ("Kết quả của 03 xã đăng ký …") is not the unit\'s', extra: plus('Kết quả của 03 xã đăng ký đạt chuẩn nông thôn mới nâng cao năm 2024:', '| TT | Xã | Tỷ lệ hộ sử dụng nước sạch (%) |', '| 1 | Hải Lâm | 99,0 |', '| 2 | Hải Phú | 99,2 |', '| 3 | Hải Thượng | 99,1 |', '| | Cộng | 99,1 |') },
    nq04('the base\'s figures listed in brackets and parted by ";" stay the base ("So với thời điểm ban hành Kết luận (69 xã nâng cao, đạt 40,6%; 18 xã kiểu mẫu; 9/12 đơn vị cấp huyện), …")', 'tinh', 'Đến ngày 20/6/2025, toàn tỉnh có 81 xã đạt chuẩn nông thôn mới nâng cao (47,9%) và 26 xã đạt chuẩn nông thôn mới kiểu mẫu (15,4%).\nSo với thời điểm ban hành Kết luận (69 xã nâng cao, đạt 40,6%; 18 xã kiểu mẫu; 9/12 đơn vị cấp huyện), số xã nâng cao tăng thêm 12 xã, xã kiểu mẫu tăng thêm 8 xã.'),
    { name: 'one fraction quoted twice, once with a wrong percentage ("86/98 thôn … (đạt 89,8%)" and "86/98 thôn" in the table): the arithmetic rule\'s, not a second figure', extra: results([...MET.filter((l) => !/thôn đạt chuẩn nông thôn mới(?! kiểu)/u.test(l)), 'Có 86/98 thôn đạt chuẩn nông thôn mới (đạt 89,8%), vượt mục tiêu Nghị quyết đề ra (85%).', '| TT | Chỉ tiêu | Mục tiêu | Kết quả đến 30/6/2024 | Đánh giá |', '| 1 | Tỷ lệ thôn đạt chuẩn NTM | 85% | 86/98 thôn | Đạt |']) },
    { name: 'a share of something else counted in the villages ("100% chi bộ thôn có nghị quyết chuyên đề về xây dựng thôn đạt chuẩn") is no rate of villages', extra: plus('Đảng ủy chỉ đạo 100% chi bộ thôn có nghị quyết chuyên đề về xây dựng thôn đạt chuẩn, thôn kiểu mẫu.') },
    nq04('a table by place whose "Toàn tỉnh" row agrees with the text; the places\' own rows are other units\' figures', 'tinh', 'Đến ngày 10/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (100%); có 29 xã đạt chuẩn nông thôn mới nâng cao và 07 xã đạt chuẩn nông thôn mới kiểu mẫu. Kết quả theo từng địa phương như sau:\n| TT | Đơn vị | Số xã | Xã đạt chuẩn NTM | Xã NTM nâng cao | Xã NTM kiểu mẫu |\n| 1 | Thành phố Hà Tĩnh | 5 | 5 | 5 | 2 |\n| 2 | Huyện Nghi Xuân | 15 | 15 | 9 | 2 |\n| 3 | Huyện Can Lộc | 16 | 16 | 10 | 3 |\n| 4 | Huyện Hương Khê | 18 | 18 | 5 | 0 |\n| | Toàn tỉnh | 54 | 54 | 29 | 7 |'),
    { name: 'a heading\'s verb "Nâng cao hiệu quả …" names no "NTM nâng cao" ("(1) Nâng cao hiệu quả quản lý …: 08/08 xã hoàn thành điều chỉnh quy hoạch")', extra: plus('(1) Nâng cao hiệu quả quản lý và thực hiện xây dựng nông thôn mới theo quy hoạch: 08/08 xã hoàn thành điều chỉnh quy hoạch chung xây dựng xã.') },
    nq04('what "thời gian tới" the unit sets out to add is no result ("Thời gian tới, huyện tập trung hoàn thành mục tiêu … có thêm 03 xã … nâng cao và 02 xã … kiểu mẫu")', 'huyen', 'Đến ngày 31/5/2025, toàn huyện có 23/23 xã đạt chuẩn nông thôn mới, 14/23 xã đạt chuẩn NTM nâng cao (đạt 60,9%) và 04 xã đạt chuẩn NTM kiểu mẫu.\nThời gian tới, huyện tập trung hoàn thành mục tiêu đến cuối năm 2025 có thêm 03 xã đạt chuẩn NTM nâng cao và 02 xã đạt chuẩn NTM kiểu mẫu.'),
    nq04('the remaining ones, named with their long noun ("hoàn thành hồ sơ 02 xã nông thôn mới nâng cao còn lại"), are no second result', 'tinh', 'Đến 31/5/2025, toàn tỉnh có 73 xã đạt chuẩn nông thôn mới nâng cao, 23 xã đạt chuẩn nông thôn mới kiểu mẫu.\nCác địa phương khẩn trương hoàn thành hồ sơ 02 xã nông thôn mới nâng cao còn lại trong tháng 6/2025.'),
    { name: 'a label of several topics before a colon does not name the figure after it ("Môi trường, an toàn thực phẩm và cấp nước sạch: có 3.912/4.860 hộ … tham gia phân loại rác tại nguồn (82,6%)")', extra: plus('Môi trường, an toàn thực phẩm và cấp nước sạch: có 3.912/4.860 hộ ở các xã điểm tham gia phân loại rác tại nguồn (82,6%); đầu tư nâng cấp nhà máy nước.') },
    { name: 'figures in a bracket right after a year are that year\'s ("So với năm 2020 (48 xã nâng cao, 02 xã kiểu mẫu), …")', level: 'tinh', extra: results([...MET_TINH, 'So với năm 2020 (48 xã nâng cao, 02 xã kiểu mẫu), số xã nâng cao tăng gấp 2,6 lần.']) },
    nq04('units that registered or are being considered ("hồ sơ của 04 xã đăng ký đạt chuẩn NTM nâng cao") are no result beside the count reached', 'tinh', 'Đến ngày 20/6/2025, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao, 23 xã đạt chuẩn nông thôn mới kiểu mẫu.\nNăm 2025, Hội đồng thẩm định tỉnh đang xem xét hồ sơ của 04 xã đăng ký đạt chuẩn NTM nâng cao.'),
    nq04('a figure joined by "và" to a figure of the base is of the base too ("Tại thời điểm … ban hành Kết luận, toàn tỉnh có 69 xã … nâng cao và 18 xã … kiểu mẫu")', 'tinh', 'Tại thời điểm Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận, toàn tỉnh có 69 xã đạt chuẩn nông thôn mới nâng cao và 18 xã đạt chuẩn nông thôn mới kiểu mẫu.\nĐến ngày 20/6/2025, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao, 23 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    nq04('a figure updated after the period ("Cập nhật thêm: tính đến ngày 15/7/2025, … 07 xã") is of another time', 'tinh', 'Đến ngày 30/6/2025, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao, 23 xã đạt chuẩn nông thôn mới kiểu mẫu.\nCập nhật thêm: tính đến ngày 15/7/2025, toàn tỉnh có 80 xã đạt chuẩn nông thôn mới nâng cao.'),
    nq04('targets listed after "Kết luận xác định đến năm 2025 có …" are no results ("… và 02 huyện đạt chuẩn nông thôn mới nâng cao")', 'tinh', 'Kết luận xác định đến năm 2025 có 100% số xã đạt chuẩn, ít nhất 75 xã đạt chuẩn nông thôn mới nâng cao và 02 huyện đạt chuẩn nông thôn mới nâng cao.\nVề huyện nâng cao, mới có 01 huyện (Nghi Xuân) được Thủ tướng Chính phủ công nhận đạt chuẩn huyện nông thôn mới nâng cao.'),
    nq04('the figures at the time the plan was issued, by whom named between ("Tại thời điểm Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận, toàn tỉnh có 69 xã … nâng cao")', 'tinh', 'Tại thời điểm Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận, toàn tỉnh có 69 xã đạt chuẩn nông thôn mới nâng cao.\nĐến ngày 15/6/2025, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao, 23 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    { name: 'a count awaiting recognition ("01 xã kiểu mẫu đang chờ công nhận") is no second figure of the result', level: 'tinh', extra: { ...results(MET_TINH), 'p1.iv.2': 'Hạn chế: còn 01 đơn vị cấp huyện chưa được công nhận, 01 xã kiểu mẫu đang chờ công nhận.' } },
    nq04('the rest of them a word or two after the noun ("hoàn thành 01 xã kiểu mẫu còn lại trong năm 2025") is no second figure; nor are the base\'s figures listed after "Để so sánh, tại thời điểm ban hành Kết luận …"', 'tinh', 'Đến ngày 30/6/2025, toàn tỉnh có 78 xã đạt chuẩn nông thôn mới nâng cao và 21 xã đạt chuẩn nông thôn mới kiểu mẫu.\nĐể so sánh, tại thời điểm ban hành Kết luận (tháng 7/2021), toàn tỉnh có 174 xã đạt chuẩn, 31 xã đạt chuẩn nâng cao và 6 xã đạt chuẩn kiểu mẫu.\nThời gian tới, tiếp tục chỉ đạo hoàn thành 01 xã kiểu mẫu còn lại trong năm 2025.\nTập trung chỉ đạo 02 xã còn thiếu so với mục tiêu xã kiểu mẫu hoàn thiện hồ sơ.'),
    { name: 'the rest of them ("Tiến độ đạt chuẩn của 03 xã còn lại chậm") is no second figure of the result', level: 'tinh', extra: { ...results(MET_TINH), 'p1.iv.2': 'Tiến độ đạt chuẩn của 03 xã còn lại chậm; sản xuất nông nghiệp quy mô nhỏ.' } },
    { name: 'a count of those lagging ("tiến độ xây dựng xã nâng cao ở 03 xã còn chậm") is no second figure of the result', level: 'tinh', extra: { ...results(MET_TINH), 'p1.iv.2': 'Tiến độ xây dựng xã nâng cao ở 03 xã còn chậm.' } },
    {
      name: 'the outline\'s guidance left in its control quotes the plan\'s targets ("… 22 xã NTM kiểu mẫu"): no figure of the report',
      pack: 'nq04-ket-luan-ha-tinh',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': '{cc=decuong:g:nq04-ket-luan-ha-tinh:nv-2} Hoàn thành hồ sơ trình các Bộ, ngành Trung ương thẩm định trước ngày 30/6/2025: 100% số xã đạt chuẩn theo Bộ tiêu chí 2021-2025, tối thiểu 75 xã NTM nâng cao, 22 xã NTM kiểu mẫu, 12/12 đơn vị cấp huyện, tối thiểu 02 huyện NTM nâng cao.\nĐến ngày 30/6/2025, toàn huyện có 06 xã đạt chuẩn nông thôn mới nâng cao, 02 xã đạt chuẩn nông thôn mới kiểu mẫu.' }),
    },
    { name: 'a count of the change ("có thêm 02 xã được công nhận … kiểu mẫu") is no second figure of the level', level: 'tinh', extra: results([...MET_TINH, 'Sau kỳ báo cáo, có thêm 02 xã được công nhận đạt chuẩn nông thôn mới kiểu mẫu.']) },
    { name: 'a target named by "mà … đặt ra" after the figure is no second result', extra: plus('Trong tổng số 85% số thôn đạt chuẩn mà Nghị quyết đặt ra cho toàn tỉnh, tỷ lệ lao động nông thôn qua đào tạo của huyện đạt 72,4%.') },
    { name: 'figures under a heading of the writer\'s own about the coming months are plans', extra: { ...results(MET), 'p1.iv.4': 'Phải phát huy vai trò người đứng đầu.\n**NHIỆM VỤ TRỌNG TÂM QUÝ III/2024**\n- Đẩy nhanh tiến độ đào tạo nghề, đưa tỷ lệ lao động nông thôn qua đào tạo đạt 74%.' } },
    {
      name: 'in a province\'s report, "của huyện" after a named district is that district\'s figure',
      level: 'tinh',
      extra: results([...MET_TINH, 'Kết quả giữa các địa phương còn chênh lệch: huyện Bác Ái mới có 3/9 xã đạt chuẩn (33,3%), tỷ lệ lao động nông thôn qua đào tạo của huyện mới đạt 58,4%, thu nhập bình quân của người dân nông thôn huyện Bác Ái năm 2023 chỉ bằng 52% mức bình quân chung của tỉnh.']),
    },
    {
      name: 'a count that says where the subject is ("7/11 thôn thuộc 02 xã đặc biệt khó khăn") is no figure of its own',
      level: 'tinh',
      extra: results([...MET_TINH, 'Có 7/11 thôn thuộc 02 xã đặc biệt khó khăn được công nhận đạt chuẩn nông thôn mới (63,6%).']),
    },
    { name: 'the targets listed after ", với" are no second result ("Nghị quyết đặt mục tiêu …, với 85% số thôn …")', extra: plus('Nghị quyết đặt mục tiêu xây dựng huyện đạt chuẩn nông thôn mới nâng cao, với 85% số thôn đạt chuẩn nông thôn mới, tỷ lệ lao động nông thôn qua đào tạo đạt 70%.') },
    nq04('the targets listed after ", trong đó" are no second result ("Kết luận đặt mục tiêu hoàn thành hồ sơ …, trong đó … 22 xã đạt chuẩn NTM kiểu mẫu")', 'tinh', 'Kết luận đặt mục tiêu hoàn thành hồ sơ trình các Bộ, ngành Trung ương thẩm định trước ngày 30/6/2025, trong đó 100% số xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025, có tối thiểu 75 xã đạt chuẩn nông thôn mới nâng cao, 22 xã đạt chuẩn nông thôn mới kiểu mẫu.\nĐến 30/6/2025, có 77 xã đạt chuẩn NTM nâng cao, 23 xã đạt chuẩn NTM kiểu mẫu.'),
    { name: 'a clause that opens on some communes after "Tại" ("Tại 04 xã đặc biệt khó khăn (…) có 18/26 thôn … đạt 69,2%") speaks of those communes only', extra: plus('Tại 04 xã đặc biệt khó khăn (Cà Lúi, Phước Tân, Krông Pa, Ea Chà Rang) có 18/26 thôn, buôn được công nhận đạt chuẩn nông thôn mới, đạt 69,2%.') },
    { name: 'a part ranked in the whole ("Thành phố Đông Hà dẫn đầu toàn tỉnh với 11/11 xã đạt chuẩn") gives the part\'s count, not the province\'s', level: 'tinh', extra: results([...MET_TINH, 'Thành phố Đông Hà dẫn đầu toàn tỉnh với 11/11 xã đạt chuẩn nông thôn mới, trong đó 05 xã đạt chuẩn nông thôn mới nâng cao.']) },
    { name: 'a count of the villages\' party cells ("07/07 chi bộ thôn ban hành nghị quyết chuyên đề về xây dựng thôn kiểu mẫu") is no count of villages', level: 'xa', extra: results([...MET, '07/07 chi bộ thôn ban hành nghị quyết chuyên đề về xây dựng thôn kiểu mẫu hoặc nâng cao chất lượng tiêu chí.']) },
    nq04('counts still pending after "còn" ("còn 01 xã nâng cao và 01 xã kiểu mẫu đang được Hội đồng thẩm định tỉnh xem xét") and counts asked for ("đề nghị Chủ tịch UBND tỉnh công nhận 05 xã …, 03 xã …") are no second count', 'tinh', 'Tính đến ngày 31/5/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025; 74 xã đạt chuẩn nông thôn mới nâng cao và 21 xã đạt chuẩn nông thôn mới kiểu mẫu, còn 01 xã nâng cao và 01 xã kiểu mẫu đang được Hội đồng thẩm định tỉnh xem xét.\nTrong 5 tháng đầu năm 2025, Sở đã chủ trì tổ chức 09 đợt thẩm định, đề nghị Chủ tịch UBND tỉnh công nhận 05 xã đạt chuẩn nông thôn mới nâng cao, 03 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    nq04('communes whose dossiers are done, to be recognised later ("04 xã (…) đã hoàn thiện hồ sơ, dự kiến được công nhận trong quý II/2025"), and a request ("Đề nghị bổ sung 02 xã … vào danh sách …") are no second count', 'tinh', 'Đến 30/6/2025, có 77 xã đạt chuẩn NTM nâng cao, 20 xã đạt chuẩn nông thôn mới kiểu mẫu (11,8%), còn thiếu 02 xã so với mục tiêu Kết luận.\nĐối với xã nông thôn mới kiểu mẫu: 04 xã (Thạch Văn, Cẩm Quang, Sơn Tiến, Phú Lộc) đã hoàn thiện hồ sơ, dự kiến được công nhận trong quý II/2025.\nĐề nghị bổ sung 02 xã (Hương Trạch, Kỳ Phú) vào danh sách xã phấn đấu đạt chuẩn nông thôn mới kiểu mẫu năm 2025 được ngân sách tỉnh hỗ trợ.'),
    nq04('a sentence that opens on the targets lists them with nothing between ("Mục tiêu Kết luận đề ra đến năm 2025 có tối thiểu 75 xã …, 22 xã NTM kiểu mẫu, …")', 'tinh', 'Mục tiêu Kết luận đề ra đến năm 2025 có tối thiểu 75 xã đạt chuẩn NTM nâng cao, 22 xã NTM kiểu mẫu, 12/12 đơn vị cấp huyện.\nĐến 30/6/2025, có 77 xã đạt chuẩn NTM nâng cao, 20 xã đạt chuẩn NTM kiểu mẫu.'),
    { name: 'the targets a plan "yêu cầu" before a colon are no second result ("Nghị quyết yêu cầu: 85% số thôn …; tỷ lệ … đạt 70%")', extra: plus('Nghị quyết yêu cầu: 85% số thôn đạt chuẩn nông thôn mới; tỷ lệ lao động nông thôn qua đào tạo đạt 70%.') },
    { name: 'the targets announced before a colon are no second result', extra: plus('Nghị quyết đề ra mục tiêu đến năm 2025: 85% số thôn đạt chuẩn nông thôn mới; tỷ lệ lao động nông thôn qua đào tạo đạt 70%.') },
    { name: 'a minority community named by its own name ("vùng đồng bào Vân Kiều") has its own poverty figure, not the unit\'s', extra: plus('Tỷ lệ hộ nghèo vùng đồng bào Vân Kiều giảm bình quân 3,8%/năm.') },
    { name: 'counts listed after "có thêm" are all counts of the change ("có thêm 03 xã nâng cao, 02 xã kiểu mẫu")', level: 'tinh', extra: results([...MET_TINH, 'Riêng 6 tháng đầu năm 2024 có thêm 03 xã nâng cao, 02 xã kiểu mẫu được công nhận.']) },
    { name: 'a count of those not yet recognised is no second count ("còn 01 đơn vị cấp huyện chưa được công nhận")', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến nay có 11/12 đơn vị cấp huyện được công nhận đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM.\nTuy nhiên, còn 01 đơn vị cấp huyện chưa được công nhận.' }) },
    { name: 'counts of those short of a criterion ("các tiêu chí khó đạt còn lại là Môi trường (02 xã) và Thu nhập (01 xã) đối với xã nâng cao") are no count of the indicator', level: 'tinh', extra: results([...MET_TINH, 'Bình quân đạt 18,6 tiêu chí/xã; các tiêu chí khó đạt còn lại là Môi trường (02 xã) và Thu nhập (01 xã) đối với xã nâng cao.']) },
    { name: 'communes meeting another standard ("17/17 xã, thị trấn đạt chuẩn an toàn về an ninh, trật tự") are no second count', level: 'tinh', extra: results([...MET_TINH, 'Có 17/17 xã, thị trấn đạt chuẩn an toàn về an ninh, trật tự.']) },
    { name: 'the same value twice in the results section', extra: plus('Đến nay, tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.') },
    { name: 'the same value in the results section and in the general assessment', extra: { ...results(MET), 'p1.iv.1': 'Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%, vượt mục tiêu.' } },
    {
      name: 'different years are different results',
      extra: results([...noLd, 'Năm 2022, tỷ lệ lao động nông thôn qua đào tạo đạt 70,5%.', 'Năm 2023, tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.']),
    },
    { name: 'the same value at another precision ("72%" and "72,4%")', extra: plus('Tỷ lệ lao động nông thôn qua đào tạo đạt 72%, vượt mục tiêu đề ra.') },
    { name: 'a fraction and its rate agree (98/112 thôn and 87,5%)', extra: plus('Tỷ lệ thôn đạt chuẩn nông thôn mới đạt 87,5%.') },
    { name: 'the country\'s figure is not the unit\'s', extra: plus('Cả nước có 66% lao động nông thôn qua đào tạo.') },
    { name: 'a hedged estimate is not compared ("ước đạt khoảng 75%")', extra: plus('Ước đến hết năm 2024, tỷ lệ lao động nông thôn qua đào tạo đạt khoảng 75%.') },
    {
      name: 'the two years of a merged table header are different results',
      extra: results([...noLd, '| TT | Chỉ tiêu | ĐVT | Kết quả thực hiện |', '|  |  |  | Năm 2022 | Năm 2023 |', '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70,5 | 72,4 |']),
    },
  ],
  invalid: [
    { name: 'a multiple right after the level it multiplies, against a table cell that names the same year ("… năm 2023 đạt 52,3 triệu đồng/người/năm, gấp 1,56 lần" and "49,8 triệu đồng (năm 2023), gấp 1,54 lần" under "Thực hiện (đến 6/2024)")', extra: plus('| TT | Chỉ tiêu | Mục tiêu NQ đến 2025 | KH của huyện năm 2024 | Năm 2020 | Thực hiện (đến 6/2024) |', '| 1 | Thu nhập bình quân đầu người | Tăng ít nhất 1,5 lần so với năm 2020 | 55 triệu đồng | 32,4 triệu đồng | 49,8 triệu đồng (năm 2023), gấp 1,54 lần |'), expect: { count: 1 } },
    { ...nq04('a figure first after a label that opens its paragraph and names the indicator is said of it directly ("Xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025: Đến ngày 15/6/2025, có 19/22 xã đã hoàn thành cập nhật, củng cố và được thẩm định đạt chuẩn …" against "20/22 xã (90,9%)" in the table)', 'huyen', ['Xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025: Đến ngày 15/6/2025, có 19/22 xã đã hoàn thành cập nhật, củng cố và được thẩm định đạt chuẩn theo Bộ tiêu chí xây dựng nông thôn mới giai đoạn 2021-2025 (đạt 86,4%).', '| TT | Chỉ tiêu | Mục tiêu Kết luận | Kết quả | Ghi chú |', '| 1 | Tỷ lệ xã đạt chuẩn theo Bộ tiêu chí xây dựng NTM giai đoạn 2021-2025 | 100% | 20/22 xã (90,9%) | |'].join('\n')), expect: { count: 1 } },
    { ...nq04('a prose figure equal to an earlier year\'s column still conflicts with the row\'s latest ("60 xã | 72 xã | 83 xã" under "Kết quả năm 2023 | Kết quả năm 2024 | Đến 30/6/2025"; "Đến ngày 30/6/2025, … 72 xã")', 'tinh', ['| TT | Chỉ tiêu | Mục tiêu Kết luận | Kết quả năm 2023 | Kết quả năm 2024 | Đến 30/6/2025 | Đánh giá |', '| 1 | Số xã đạt chuẩn NTM nâng cao | Tối thiểu 75 xã | 60 xã | 72 xã | 83 xã | Vượt |', 'Đến ngày 30/6/2025, toàn tỉnh có 72 xã đạt chuẩn NTM nâng cao.'].join('\n')), expect: { count: 1 } },
    { name: 'a new commune that keeps an old one\'s name is itself where named ("Xã Hải Thượng (mới) … sáp nhập các xã Hải Thượng, Hải Lâm (cũ)" … "… của xã Hải Thượng đạt 41,5%")', level: 'xa', extra: results([...MET, 'Xã Hải Thượng (mới) được thành lập trên cơ sở sáp nhập các xã Hải Thượng, Hải Lâm (cũ).', 'Tỷ lệ lao động nông thôn qua đào tạo của xã Hải Thượng đạt 41,5%.']), expect: { count: 1 } },
    {
      name: 'a table by place whose "Toàn tỉnh" row gives another figure than the text (29 xã nâng cao in the text, 31 in the row)',
      pack: 'nq04-ket-luan-ha-tinh', level: 'tinh',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến ngày 10/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (100%); có 29 xã đạt chuẩn nông thôn mới nâng cao và 07 xã đạt chuẩn nông thôn mới kiểu mẫu. Kết quả theo từng địa phương như sau:\n| TT | Đơn vị | Số xã | Xã đạt chuẩn NTM | Xã NTM nâng cao | Xã NTM kiểu mẫu |\n| 1 | Thành phố Hà Tĩnh | 5 | 5 | 5 | 2 |\n| 2 | Huyện Nghi Xuân | 15 | 15 | 9 | 2 |\n| 3 | Huyện Can Lộc | 16 | 16 | 10 | 3 |\n| 4 | Huyện Hương Khê | 18 | 18 | 5 | 0 |\n| | Toàn tỉnh | 54 | 54 | 31 | 7 |' }),
      expect: { count: 1, snippets: ['Toàn tỉnh'] },
    },
    {
      name: 'a yearly average closing a span ("giảm từ 7,94% cuối năm 2021 xuống còn 2,86% cuối năm 2023, bình quân giảm 2,54%/năm") and an undated one later ("bình quân mỗi năm giảm 2,1%") are the period\'s average twice',
      extra: { ...results(MET.map((l) => (l.includes('hộ nghèo') ? 'Tỷ lệ hộ nghèo đa chiều giảm từ 7,94% cuối năm 2021 xuống còn 2,86% cuối năm 2023, bình quân giảm 2,54%/năm.' : l))), 'p1.iii.2.5': 'Hỗ trợ 312 hộ nghèo phát triển sinh kế. Nhờ đó, tỷ lệ hộ nghèo đa chiều của huyện bình quân mỗi năm giảm 2,1%, không có hộ tái nghèo.' },
      expect: { indicators: ['giam-ngheo'] },
    },
    {
      name: 'a count for "toàn 03 xã" after a named commune is the whole unit\'s (a commune made of three old ones), not that commune\'s',
      level: 'xa',
      extra: results([...MET, 'Đến 30/6/2024, xã Hòa Mỹ Đông đạt 18/19 tiêu chí, xã Hòa Thịnh đạt 17/19 tiêu chí; toàn 03 xã có 80/112 thôn đạt chuẩn nông thôn mới.']),
      expect: { indicators: ['thon-dat-chuan'] },
    },
    {
      name: 'two counts one apart ("24 xã" in the text, "23 xã" in the table) disagree: whole numbers round from intervals that do not meet',
      pack: 'nq04-ket-luan-ha-tinh', level: 'tinh',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Kết quả đến ngày 31/5/2025: toàn tỉnh có 81 xã đạt chuẩn nông thôn mới nâng cao, 24 xã đạt chuẩn nông thôn mới kiểu mẫu.\n| Chỉ tiêu | Mục tiêu | Kết quả | Đánh giá |\n| Số xã đạt chuẩn NTM kiểu mẫu | 22 xã | 23 xã | Vượt |' }),
      expect: { indicators: ['xa-kieu-mau'] },
    },
    {
      name: 'a summary that says the targets were reached ("Đến nay, … cơ bản hoàn thành các mục tiêu đề ra: …, 26 xã NTM kiểu mẫu") gives results, and 26 disagrees with 24',
      pack: 'nq04-ket-luan-ha-tinh', level: 'tinh',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Tính đến ngày 20/6/2025, toàn tỉnh có 81 xã đạt chuẩn NTM nâng cao; 24 xã đạt chuẩn NTM kiểu mẫu.', 'nv-8': 'Đến nay, toàn tỉnh cơ bản hoàn thành các mục tiêu đề ra: 100% số xã đạt chuẩn nông thôn mới; 81 xã NTM nâng cao, 26 xã NTM kiểu mẫu.' }),
      expect: { indicators: ['xa-kieu-mau'] },
    },
    {
      name: 'a summary table dated by its header ("Đến 30/6/2024") after the proposals is the result, and disagrees with the text',
      extra: { ...results(MET), 'p2.iv.2': 'Đề nghị điều chỉnh định mức hỗ trợ.\n| Chỉ tiêu | Đơn vị | Năm 2020 | Đến 30/6/2024 |\n| Tỷ lệ lao động nông thôn qua đào tạo | % | 63,0 | 71,8 |' },
      expect: { indicators: ['lao-dong-dao-tao'], snippets: ['72,4', '71,8'] },
    },
    {
      name: 'two values for the same result in the results section',
      extra: plus('Tỷ lệ lao động nông thôn qua đào tạo đạt 74,1%.'),
      expect: { indicators: ['lao-dong-dao-tao'], snippets: ['72,4', '74,1'], severity: 'warning' },
    },
    {
      name: 'the text says 86,2%, the table 84,9%',
      extra: results([
        ...MET.filter((l) => !l.includes('98/112')),
        'Tỷ lệ thôn đạt chuẩn nông thôn mới đạt 86,2%.',
        '| TT | Chỉ tiêu | ĐVT | Kết quả thực hiện |',
        '| 1 | Tỷ lệ thôn đạt chuẩn nông thôn mới | % | 84,9 |',
      ]),
      expect: { indicators: ['thon-dat-chuan'] },
    },
    { name: 'the results section and the general assessment disagree', extra: { ...results(MET), 'p1.iv.1': 'Tỷ lệ che phủ rừng đạt 52,3%.' }, expect: { indicators: ['che-phu-rung'] } },
    { name: 'a fraction and a rate that disagree (98/112 thôn is 87,5%, not 90%)', extra: plus('Tỷ lệ thôn đạt chuẩn nông thôn mới đạt 90%.'), expect: { indicators: ['thon-dat-chuan'] } },
    {
      name: 'the same year given twice with different values',
      extra: results([...noLd, 'Năm 2023, tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.', 'Năm 2023, tỷ lệ lao động nông thôn qua đào tạo đạt 71%.']),
      expect: { count: 1, indicators: ['lao-dong-dao-tao'] },
    },
  ],
});

export const KNOWN_GAPS: Gap[] = [];
