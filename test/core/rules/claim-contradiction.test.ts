import { ruleTester, type Gap } from './tester';
import { MET, MET_TINH, outline, results, swap } from '../doc';

const NUOC = 'nước sạch';
const LD = 'lao động nông thôn qua đào tạo';
const water = (line: string) => results(swap(MET, NUOC, line));

/** A case of the nq04 pack at the province's level, its text in nhiệm vụ 2, expecting one finding with these snippets. */
const nq04claim = (name: string, text: string, snippets: string[]) => ({ name, pack: 'nq04-ket-luan-ha-tinh', level: 'tinh' as const, src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': text }), expect: { count: 1, snippets } });

ruleTester('claim-contradiction', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'a claim after the count\'s share about another subject ("…, chiếm 13,5% số xã, tuy nhiên số thôn kiểu mẫu chưa đạt mục tiêu")', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến ngày 20/6/2025, toàn tỉnh có 170/170 xã đạt chuẩn nông thôn mới; 78 xã đạt chuẩn nông thôn mới nâng cao. Có 23 xã đạt chuẩn nông thôn mới kiểu mẫu, chiếm 13,5% số xã, tuy nhiên số thôn kiểu mẫu chưa đạt mục tiêu.' }) },
    { name: 'an earlier year\'s figure in brackets is no result held against the plan after it ("58,6 triệu đồng, tăng 9,3% so với năm 2022 (53,6 triệu đồng), vượt chỉ tiêu kế hoạch năm (57 triệu đồng)")', extra: results([...MET, 'Thu nhập bình quân đầu người khu vực nông thôn năm 2023 đạt 58,6 triệu đồng, tăng 9,3% so với năm 2022 (53,6 triệu đồng), vượt chỉ tiêu kế hoạch năm (57 triệu đồng).']) },
    { name: 'a colon or a bracket right after a "not met" claim gives the shortfall, not the plan ("…, chưa đạt kế hoạch: 02 thôn chưa hoàn thành …"; "…, chưa đạt kế hoạch (01 xã)")', extra: results([...MET, 'Năm 2024 có 14 thôn đạt chuẩn nông thôn mới, chưa đạt kế hoạch: 02 thôn chưa hoàn thành tiêu chí nhà ở.', 'Năm 2024 có thêm 5 xã đạt chuẩn nông thôn mới nâng cao, chưa đạt kế hoạch (01 xã).']) },
    { name: 'a "mục tiêu" of the pack\'s plan with its figure after the claim is the indicators\' rules\' ("… (89,8%), vượt mục tiêu Nghị quyết đề ra (85%)")', extra: results([...MET.filter((l) => !/thôn đạt chuẩn nông thôn mới(?! kiểu)/u.test(l)), 'Có 88/98 thôn đạt chuẩn nông thôn mới (89,8%), vượt mục tiêu Nghị quyết đề ra (85%).']) },
    { name: 'the margin said after the claim is no plan ("có 10 xã đạt chuẩn, chưa đạt kế hoạch 02 xã"; "có 12 xã …, vượt chỉ tiêu 03 xã")', extra: results([...MET, 'Năm 2023 có 10 xã đạt chuẩn nông thôn mới nâng cao, chưa đạt kế hoạch 02 xã.', 'Đến nay có 12 thôn đạt chuẩn khu dân cư kiểu mẫu, vượt chỉ tiêu 03 thôn.']) },
    { name: 'a plan stated after the claim that the count meets ("15/20 thôn …, đạt kế hoạch huyện giao là 15 thôn")', extra: results([...MET, 'Đến nay có 15/20 thôn trong kế hoạch đạt chuẩn NTM (75,0%), đạt kế hoạch huyện giao là 15 thôn.']) },
    { name: 'a claim about the unit\'s own congress target only ("đạt chỉ tiêu Nghị quyết Đại hội huyện (90%)") says nothing of the plan\'s', extra: water('Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 91,6%, đạt chỉ tiêu Nghị quyết Đại hội huyện (90%) nhưng chưa đạt so với mục tiêu tỉnh giao (98%).') },
    { name: 'an Đánh giá on two plans: the one on the unit\'s own ("Đạt NQ ĐH huyện; chưa đạt NQ 16") does not count', extra: results([...MET, '| TT | Chỉ tiêu | ĐVT | Mục tiêu NQ 16 | Chỉ tiêu NQ ĐH huyện | Kết quả | Đánh giá |', '| 1 | Tỷ lệ hộ nông thôn dùng nước sạch | % | 98 | 90 | 91,6 | Đạt NQ ĐH huyện; chưa đạt NQ 16 |']) },
    { name: 'a congress\'s "mục tiêu" due in a year, met ("(chiếm 81,5%), đã vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI đề ra (đến năm 2025 có 80% số xã …)")', level: 'tinh', extra: results([...MET_TINH, 'Đến ngày 30/6/2024, toàn tỉnh có 97/119 xã đạt chuẩn nông thôn mới nâng cao theo tiêu chí riêng (chiếm 81,5%), đã vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI đề ra (đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới nâng cao).']) },
    { name: 'no claim beside the figures' },
    { name: 'a claim about figures dated before the period ("Tính đến tháng 6/2020, … 01 huyện đạt chuẩn …, vượt chỉ tiêu") judges no result of the period', level: 'tinh', extra: results([...MET_TINH, 'Tính đến tháng 6/2020, toàn tỉnh có 88/161 xã và 01 huyện đạt chuẩn nông thôn mới, vượt chỉ tiêu có 83 xã đạt chuẩn vào cuối năm 2020.']) },
    { name: '"chưa đạt mục tiêu" beside a figure that falls short', extra: water('Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%, chưa đạt mục tiêu.') },
    { name: '"vượt mục tiêu đề ra" beside a figure that meets it', extra: results(swap(MET, LD, 'Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%, vượt mục tiêu đề ra.')) },
    { name: '"hoàn thành chỉ tiêu" beside "không còn xã dưới 15 tiêu chí"', extra: results(swap(MET, 'dưới 15', 'Toàn huyện không còn xã dưới 15 tiêu chí, hoàn thành chỉ tiêu Nghị quyết.')) },
    {
      name: 'the assessment column agrees with the figures',
      extra: results([
        ...MET.filter((l) => !/đào tạo|che phủ/.test(l)),
        '| TT | Chỉ tiêu | ĐVT | Kế hoạch | Kết quả thực hiện | Đánh giá |',
        '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70 | 66,5 | Chưa đạt |',
        '| 2 | Tỷ lệ che phủ rừng | % | 49 | 50,1 | Đạt |',
      ]),
    },
    {
      name: 'the verdict written in the result cell agrees ("Chưa đạt - 66,5%", "Đạt (50,1%)")',
      extra: results([
        ...MET.filter((l) => !/đào tạo|che phủ/.test(l)),
        '| TT | Chỉ tiêu | Mục tiêu | Kết quả thực hiện |',
        '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | 70% | Chưa đạt - 66,5% |',
        '| 2 | Tỷ lệ che phủ rừng | 49% | Đạt (50,1%) |',
      ]),
    },
    { name: '"36 xã (vượt mục tiêu)" is not judged at huyện level, where the count of xã has no target', extra: results([...MET, 'Toàn huyện có 12 xã đạt chuẩn nông thôn mới, vượt mục tiêu.']) },
    { name: 'a claim said of indicators by name that their results bear out ("… hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu mẫu")', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến ngày 20/6/2025, toàn tỉnh có 170/170 xã đạt chuẩn nông thôn mới; 78 xã đạt chuẩn nông thôn mới nâng cao; 23 xã đạt chuẩn nông thôn mới kiểu mẫu.\nTỉnh đã hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu mẫu; hoàn thành hồ sơ trình thẩm định đúng thời hạn.' }) },
    { name: 'a claim by name in a sentence that gives its figure is read on that figure only ("… vượt mục tiêu về số xã kiểu mẫu (23 xã)")', pack: 'nq04-ket-luan-ha-tinh', level: 'tinh', src: outline('nq04-ket-luan-ha-tinh', { 'nv-2': 'Đến ngày 20/6/2025, toàn tỉnh có 170/170 xã đạt chuẩn nông thôn mới; 78 xã đạt chuẩn nông thôn mới nâng cao; 21 xã đạt chuẩn nông thôn mới kiểu mẫu, còn thiếu 01 xã so với mục tiêu.\nRiêng huyện Can Lộc đã vượt mục tiêu về số xã kiểu mẫu của huyện với 3 xã.' }) },
    { name: 'a claim about the unit\'s own plan that its figures bear out ("Kế hoạch … đăng ký 04 xã; kết quả có 05 xã …, vượt kế hoạch")', extra: results([...MET, 'Kế hoạch năm 2023 của huyện đăng ký 04 xã đạt chuẩn nông thôn mới nâng cao; kết quả năm 2023 có 05 xã được công nhận, vượt kế hoạch năm.']) },
    { name: 'a rate that meets the bound it claims to meet ("đạt 96,1% (…), đạt yêu cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%)")', extra: results([...MET, 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,1% (8.436/8.778 người), đạt yêu cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%).']) },
    { name: '"đạt yêu cầu" with no bound after it is not judged ("Chất lượng 12,4 km đường … đạt yêu cầu kỹ thuật")', extra: results([...MET, 'Chất lượng 12,4 km đường giao thông nông thôn được nghiệm thu đạt yêu cầu kỹ thuật.']) },
    { name: 'a claim on a plan stated in an earlier sentence that the result bears out ("đặt chỉ tiêu … 1.000 tuyến đường hoa … Sau 3 năm … 1.020 tuyến đường hoa …, hoàn thành vượt chỉ tiêu")', extra: results([...MET, 'Kế hoạch số 45/KH-BTV đặt chỉ tiêu giai đoạn 2021-2023 toàn huyện xây dựng mới 1.000 tuyến đường hoa, đường cây xanh. Sau 3 năm, các cấp Hội đã xây dựng mới 1.020 tuyến đường hoa, đường cây xanh với tổng chiều dài 408,7 km, hoàn thành vượt chỉ tiêu kế hoạch đề ra.']) },
    { name: 'two earlier plans of the same thing that differ: which one the claim means is not certain', extra: results([...MET, 'Kế hoạch năm 2022 đăng ký 12 tuyến đường hoa; kế hoạch năm 2023 đăng ký 15 tuyến đường hoa.', 'Đến nay đã xây dựng 13 tuyến đường hoa, hoàn thành kế hoạch.']) },
    { name: 'an earlier plan of another thing is no plan of the result ("đề ra mục tiêu … 03 xã đạt chuẩn NTM nâng cao" against "10/14 xã đạt chuẩn nông thôn mới, hoàn thành chỉ tiêu")', extra: results([...MET, 'Kế hoạch số 85/KH-UBND đề ra mục tiêu đến cuối năm 2023 có 03 xã đạt chuẩn NTM nâng cao.', 'Đến cuối năm 2023, toàn huyện có 10/14 xã đạt chuẩn nông thôn mới, hoàn thành chỉ tiêu Kế hoạch giai đoạn 2021-2023 đề ra.']) },
    { name: 'a table of criteria whose verdicts meet the norm each row gives ("… ≥ 90% | 92,4% | Đạt")', extra: results([...MET, ['| TT | Tên tiêu chí | Yêu cầu chủ yếu | Kết quả đến thời điểm thẩm định | Tự đánh giá |', '| 1 | Giao thông | Đường huyện được nhựa hóa/bê tông hóa 100% | 64,2/64,2 km (100%) | Đạt |', '| 2 | Môi trường | Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định ≥ 90% | 92,4% | Đạt |'].join('\n')]) },
    { name: 'a plan claim about something that should fall is not judged ("hộ nghèo … kế hoạch 120 hộ …; thực hiện 95 hộ, vượt kế hoạch")', extra: results([...MET, 'Số hộ nghèo cuối năm theo kế hoạch là 120 hộ; thực hiện còn 95 hộ, vượt kế hoạch.']) },
    { name: 'two plan figures before the claim: which one is meant is not certain ("kế hoạch 04 xã nâng cao và 02 xã kiểu mẫu; có 03 xã …, vượt kế hoạch")', extra: results([...MET, 'Kế hoạch đăng ký 04 xã nâng cao và 02 xã kiểu mẫu; kết quả có 03 xã được công nhận, vượt kế hoạch.']) },
    { name: 'an aim, not a claim ("… có 03 xã, phấn đấu hoàn thành kế hoạch 04 xã")', extra: results([...MET, 'Kế hoạch năm 2024 đăng ký 04 xã; đến nay có 03 xã được công nhận, phấn đấu hoàn thành kế hoạch trong quý IV.']) },
    { name: 'a forecast between the result and the plan claim ("… đến nay đã có 03 xã được công nhận, dự kiến đến cuối năm hoàn thành kế hoạch")', extra: results([...MET, 'Kế hoạch năm 2024 giao 05 xã đạt chuẩn nâng cao; đến nay đã có 03 xã được công nhận, dự kiến đến cuối năm hoàn thành kế hoạch.']) },
    { name: 'a numbered indicator of the criteria, not a quota ("… có 03 xã đạt chỉ tiêu 17.1 về nước sạch")', extra: results([...MET, 'Kế hoạch năm 2023 giao 05 xã; đến nay có 03 xã đạt chỉ tiêu 17.1 về nước sạch.']) },
    { name: 'a plan claim about the other items ("thực hiện được 10 km, các chỉ tiêu còn lại đều vượt kế hoạch")', extra: results([...MET, 'Chỉ tiêu giao 12 km kênh mương; thực hiện được 10 km, các chỉ tiêu còn lại đều vượt kế hoạch.']) },
  ],
  invalid: [
    { name: 'a rate below the bound it claims to meet ("đạt 92,8% (…), đạt yêu cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%)")', extra: results([...MET, 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,8% (8.146/8.778 người), đạt yêu cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%).']), expect: { count: 1, snippets: ['đạt yêu cầu'] } },
    nq04claim('a claim said of indicators by name that a result elsewhere contradicts ("… hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu mẫu" with 21 xã kiểu mẫu of 22)', 'Đến ngày 20/6/2025, toàn tỉnh có 170/170 xã đạt chuẩn nông thôn mới; 78 xã đạt chuẩn nông thôn mới nâng cao; 21 xã đạt chuẩn nông thôn mới kiểu mẫu.\nSau gần 4 năm thực hiện, tỉnh đã hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu mẫu; 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ.', ['hoàn thành vượt mục tiêu', 'kiểu mẫu']),
    { name: 'a claim on a plan stated in an earlier sentence ("đặt chỉ tiêu … 1.000 tuyến đường hoa … Sau 3 năm … 964 tuyến đường hoa …, hoàn thành vượt chỉ tiêu")', extra: results([...MET, 'Kế hoạch số 45/KH-BTV đặt chỉ tiêu giai đoạn 2021-2023 toàn huyện xây dựng mới 1.000 tuyến đường hoa, đường cây xanh. Sau 3 năm, các cấp Hội đã xây dựng mới 964 tuyến đường hoa, đường cây xanh với tổng chiều dài 408,7 km, hoàn thành vượt chỉ tiêu kế hoạch đề ra.']), expect: { count: 1, snippets: ['hoàn thành vượt chỉ tiêu', 'nêu trước đó'] } },
    { name: 'a claim on a plan stated paragraphs before ("đề ra mục tiêu đến cuối năm 2023 có 11 xã đạt chuẩn nông thôn mới" … "10/14 xã đạt chuẩn nông thôn mới, hoàn thành chỉ tiêu")', extra: results([...MET, 'Kế hoạch số 85/KH-UBND của UBND huyện đề ra mục tiêu đến cuối năm 2023 có 11 xã đạt chuẩn nông thôn mới, 03 xã đạt chuẩn NTM nâng cao.', 'Công tác tuyên truyền được đẩy mạnh.', 'Đến cuối năm 2023, toàn huyện có 10/14 xã đạt chuẩn nông thôn mới, hoàn thành chỉ tiêu Kế hoạch giai đoạn 2021-2023 đề ra.']), expect: { count: 1, snippets: ['10/14'] } },
    { name: 'a fraction whose whole was said as the plan in the clause before ("theo kế hoạch … nâng cấp 24 chợ nông thôn; đến nay đã hoàn thành 21/24 chợ, hoàn thành kế hoạch đề ra")', extra: results([...MET, 'Giai đoạn 2021-2023, theo kế hoạch đã được UBND huyện phê duyệt, toàn huyện đầu tư xây dựng mới, nâng cấp 24 chợ nông thôn; đến nay đã hoàn thành 21/24 chợ, hoàn thành kế hoạch đề ra.']), expect: { count: 1, snippets: ['21/24'] } },
    { name: 'a verdict in a table of criteria that the row\'s own norm contradicts ("… ≥ 90% | 87,5% | Đạt")', extra: results([...MET, ['| TT | Tên tiêu chí | Yêu cầu chủ yếu | Kết quả đến thời điểm thẩm định | Tự đánh giá |', '| 1 | Giao thông | Đường huyện được nhựa hóa/bê tông hóa 100% | 64,2/64,2 km (100%) | Đạt |', '| 2 | Môi trường | Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định ≥ 90% | 87,5% | Đạt |'].join('\n')]), expect: { count: 1, snippets: ['87,5%', '≥ 90%'] } },
    { name: '… and "Chưa đạt" where the row\'s figure meets its norm ("… ≥ 90% | 93,0% | Chưa đạt")', extra: results([...MET, ['| TT | Tên tiêu chí | Yêu cầu chủ yếu | Kết quả đến thời điểm thẩm định | Tự đánh giá |', '| 1 | Giao thông | Đường huyện được nhựa hóa/bê tông hóa 100% | 64,2/64,2 km (100%) | Đạt |', '| 2 | Môi trường | Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định ≥ 90% | 93,0% | Chưa đạt |'].join('\n')]), expect: { count: 1, snippets: ['Chưa đạt'] } },
    { name: 'the year\'s own count in brackets is the result held against the plan ("… đến cuối năm 2023 (03 xã), vượt kế hoạch đề ra là 05 xã")', extra: results([...MET, 'Số xã đạt chuẩn nông thôn mới nâng cao đến cuối năm 2023 (03 xã), vượt kế hoạch đề ra là 05 xã.']), expect: { count: 1, snippets: ['vượt kế hoạch'] } },
    { name: 'the plan\'s count said with "đề ra có" ("Kế hoạch năm 2023 của huyện đề ra có 02 xã …; kết quả trong năm có 01 xã …, vượt kế hoạch năm")', extra: results([...MET, 'Kế hoạch năm 2023 của huyện đề ra có 02 xã được công nhận đạt chuẩn nông thôn mới nâng cao (Đại Minh, Đại Phong); kết quả trong năm có 01 xã là Đại Minh được công nhận, vượt kế hoạch năm.']), expect: { count: 1, snippets: ['vượt kế hoạch'] } },
    nq04claim('a claim past the count\'s own share said after a comma ("21 xã … kiểu mẫu, chiếm 12,4% số xã, hoàn thành chỉ tiêu Kết luận đề ra": target 22)', 'Đến ngày 20/6/2025, toàn tỉnh có 170/170 xã đạt chuẩn nông thôn mới; có 78 xã đạt chuẩn nông thôn mới nâng cao. Có 21 xã đạt chuẩn nông thôn mới kiểu mẫu, chiếm 12,4% số xã, hoàn thành chỉ tiêu Kết luận đề ra, tăng 03 xã so với thời điểm ban hành Kết luận (18 xã).', ['hoàn thành chỉ tiêu']),
    { name: 'a claim on the unit\'s own congress target, its figure after it in brackets ("58,4 triệu đồng, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ xã đề ra (62 triệu đồng)")', extra: results([...MET, 'Thu nhập bình quân đầu người năm 2023 của xã Hải Lâm đạt 58,4 triệu đồng, vượt chỉ tiêu Nghị quyết Đại hội Đảng bộ xã đề ra (62 triệu đồng) và đạt mức yêu cầu của tiêu chí nâng cao.']), expect: { count: 1, snippets: ['vượt chỉ tiêu'] } },
    { name: 'a congress\'s "mục tiêu" whose bracket first says the year it is due ("(chiếm 78,2%), đã vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI đề ra (đến năm 2020 có 80% số xã …)")', level: 'tinh', extra: results([...MET_TINH, 'Đến ngày 30/6/2024, toàn tỉnh có 93/119 xã đạt chuẩn nông thôn mới nâng cao theo tiêu chí riêng (chiếm 78,2%), đã vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI đề ra (đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới nâng cao).']), expect: { count: 1, snippets: ['vượt mục tiêu'] } },
    { name: 'a rate against a congress\'s "mục tiêu" named before its figure ("103/182 xã … (56,6%), vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII đề ra (60% số xã)")', level: 'tinh', extra: results([...MET_TINH, 'Đến ngày 30/6/2024, toàn tỉnh có 103/182 xã đạt chuẩn nông thôn mới nâng cao theo tiêu chí riêng (56,6%), vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII đề ra (60% số xã); bình quân đạt 16,3 tiêu chí/xã.']), expect: { count: 1, snippets: ['vượt mục tiêu'] } },
    { name: 'a claim after an aside of figures in brackets is the figure\'s before the aside ("04 xã … kiểu mẫu (Vĩnh Linh 02 xã, Cam Lộ 01 xã, Hải Lăng 01 xã), hoàn thành chỉ tiêu Nghị quyết đề ra": target 05)', level: 'tinh', extra: results([...MET_TINH.filter((l) => !/kiểu mẫu/u.test(l) || /thôn/u.test(l)), 'Toàn tỉnh có 69/107 xã đạt chuẩn nông thôn mới (64,5%); trong đó 17 xã đạt chuẩn nông thôn mới nâng cao và 04 xã đạt chuẩn nông thôn mới kiểu mẫu (Vĩnh Linh 02 xã, Cam Lộ 01 xã, Hải Lăng 01 xã), hoàn thành chỉ tiêu Nghị quyết đề ra.']), expect: { count: 1, snippets: ['hoàn thành chỉ tiêu'] } },
    { name: 'a plan stated after the claim that the count falls short of ("14/20 thôn … (70,0%), vượt kế hoạch huyện giao là 15 thôn")', extra: results([...MET, 'Đến nay có 14/20 thôn trong kế hoạch đạt chuẩn NTM (70,0%), vượt kế hoạch huyện giao là 15 thôn đến hết năm 2023.']), expect: { count: 1, snippets: ['vượt kế hoạch'] } },
    { name: 'an Đánh giá whose words name the unit only in passing ("Đạt (huy động nguồn lực của xã)") is a verdict on the plan', extra: results([...MET, '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Kết quả | Đánh giá |', '| 1 | Tỷ lệ hộ nông thôn dùng nước sạch | % | 98 | 91,6 | Đạt (huy động nguồn lực của xã) |']), expect: { indicators: ['nuoc-sach'] } },
    { name: 'a claim about the unit\'s congress and the plan together ("đạt mục tiêu Đại hội Đảng bộ tỉnh và Nghị quyết 16 đề ra") is a claim on the plan', extra: water('Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 91,6%, đạt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh và Nghị quyết 16 đề ra.'), expect: { indicators: ['nuoc-sach'] } },
    { name: 'a claim about the unit\'s own plan that the plan given in the same sentence contradicts ("Kế hoạch … đăng ký 04 xã …; kết quả … có 03 xã …, vượt kế hoạch năm")', extra: results([...MET, 'Kế hoạch năm 2023 của huyện đăng ký 04 xã đạt chuẩn nông thôn mới nâng cao; kết quả năm 2023 có 03 xã được công nhận (Thạnh Lộc, Hiệp Đức, Bình Phú), vượt kế hoạch năm.']), expect: { severity: 'error', count: 1 } },
    { name: 'the plan in brackets after the result ("làm được 5,2 km (kế hoạch 6 km), hoàn thành kế hoạch")', extra: results([...MET, 'Năm 2023 toàn huyện làm được 5,2 km đường giao thông nông thôn (kế hoạch 6 km), hoàn thành kế hoạch.']), expect: { count: 1 } },
    { name: '"chưa đạt kế hoạch" where the result meets the plan in the same sentence', extra: results([...MET, 'Chỉ tiêu giao năm 2023 là 12 km kênh mương; thực hiện được 12,5 km, chưa đạt kế hoạch.']), expect: { count: 1 } },
    { name: '"vượt mục tiêu đề ra" where the number falls short', extra: water('Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%, vượt mục tiêu đề ra.'), expect: { indicators: ['nuoc-sach'], severity: 'error' } },
    { name: '"chưa đạt mục tiêu" where the number meets it', extra: water('Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,5%, chưa đạt mục tiêu.'), expect: { indicators: ['nuoc-sach'] } },
    { name: '"còn 2 xã dưới 15 tiêu chí, đạt mục tiêu"', extra: results(swap(MET, 'dưới 15', 'Toàn huyện còn 2 xã dưới 15 tiêu chí, đạt mục tiêu.')), expect: { indicators: ['xa-duoi-15-tieu-chi'] } },
    {
      name: 'the assessment column contradicts the figures ("Đạt" beside 66,5, "Chưa đạt" beside 50,1)',
      extra: results([
        ...MET.filter((l) => !/đào tạo|che phủ/.test(l)),
        '| TT | Chỉ tiêu | ĐVT | Kế hoạch | Kết quả thực hiện | Đánh giá |',
        '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70 | 66,5 | Đạt |',
        '| 2 | Tỷ lệ che phủ rừng | % | 49 | 50,1 | Chưa đạt |',
      ]),
      expect: { indicators: ['lao-dong-dao-tao', 'che-phu-rung'] },
    },
    {
      name: 'the verdict written in the result cell contradicts its figure ("Chưa đạt (98,3%)" against ≥ 98%)',
      extra: results([...MET.filter((l) => !l.includes(NUOC)), '| TT | Chỉ tiêu | Mục tiêu | Kết quả thực hiện |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | 98% | Chưa đạt (98,3%) |']),
      expect: { indicators: ['nuoc-sach'], snippets: ['98,3%'] },
    },
    { name: '"36 xã (vượt mục tiêu)" where the target is ≥ 38 xã', level: 'tinh', extra: results(MET_TINH.map((l) => (l.includes('41 xã') ? 'Toàn tỉnh có 36 xã đạt chuẩn nông thôn mới (vượt mục tiêu).' : l))), expect: { indicators: ['xa-dat-chuan'] } },
    { name: 'a claim after the count\'s rate: "1.511/1.856 thôn đạt chuẩn, chiếm 81,4%, đạt mục tiêu Nghị quyết đề ra"', extra: results(swap(MET, 'thôn đạt chuẩn nông thôn mới (đạt', 'Có 1.511/1.856 thôn đạt chuẩn nông thôn mới, chiếm 81,4%, đạt mục tiêu Nghị quyết đề ra.')), expect: { indicators: ['thon-dat-chuan'] } },
    { name: '"hoàn thành chỉ tiêu" beside 68%', extra: results(swap(MET, LD, 'Tỷ lệ lao động nông thôn qua đào tạo đạt 68%, hoàn thành chỉ tiêu.')), expect: { indicators: ['lao-dong-dao-tao'], snippets: ['hoàn thành chỉ tiêu'] } },
  ],
});

export const KNOWN_GAPS: Gap[] = [
  {
    kind: 'valid',
    name: '"vượt qua khó khăn" is no claim about the target',
    extra: water('Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1% nhờ Nhân dân đã vượt qua khó khăn, đóng góp xây dựng công trình.'),
    engine: 'claim-contradiction on nuoc-sach: the bare word "vượt" of CLAIM_MET is taken as "vượt mục tiêu"',
  },
];
