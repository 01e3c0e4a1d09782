import { ruleTester, type Case, type Gap } from './tester';
import { MET, results } from '../doc';

/** A line placed in 2.6 Kết quả thực hiện Bộ tiêu chí (the period ends 30/6/2024). */
const line = (name: string, text: string): Case => ({ name, extra: { 'p1.iii.2.6': `Kết quả thực hiện bộ tiêu chí.\n${text}` } });

ruleTester('out-of-period', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    line('a source line under a table dated within the period', '| Năm | Số thôn đạt chuẩn |\n| 2023 | 82 |\n| 6 tháng 2024 | 98 |\nNguồn: Văn phòng Điều phối nông thôn mới huyện, số liệu đến 30/6/2024.'),
    line('a line that is no source line under a table, with a late date and no figure ("Ghi chú: … ban hành ngày 15/7/2024")', '| Năm | Số thôn đạt chuẩn |\n| 2023 | 82 |\nGhi chú: Quyết định công nhận được ban hành ngày 15/7/2024.'),
    line('a year\'s end after the period that a plan is based on ("Căn cứ kết quả rà soát hộ nghèo cuối năm 2024, huyện sẽ hỗ trợ 100% hộ nghèo …")', 'Căn cứ kết quả rà soát hộ nghèo cuối năm 2024, huyện sẽ hỗ trợ 100% hộ nghèo có nhu cầu vay vốn sản xuất.'),
    line('"Theo kết quả rà soát cuối năm 2024, phấn đấu giảm tỷ lệ hộ nghèo còn 1,5%": a plan', 'Theo kết quả rà soát cuối năm 2024, phấn đấu giảm tỷ lệ hộ nghèo còn 1,5%.'),
    line('the end of a year inside the period, counted then ("Theo kết quả rà soát cuối năm 2023, tỷ lệ hộ nghèo còn 3,62%")', 'Theo kết quả rà soát cuối năm 2023, tỷ lệ hộ nghèo toàn huyện còn 3,62%.'),
    line('a bare "cuối năm 2024" with no word that the figures were counted then (a news item\'s time as often as the report\'s)', 'Đến cuối năm 2024, huyện tiếp tục duy trì 15/15 xã đạt chuẩn nông thôn mới.'),
    line('the end of a year after the period named as a deadline ("phấn đấu đến hết năm 2024 … theo số liệu rà soát")', 'Theo số liệu rà soát, huyện phấn đấu đến hết năm 2024 giảm tỷ lệ hộ nghèo còn 1,5%.'),
    { ...line('another province\'s count at a year\'s end ("Theo số liệu thống kê cuối năm 2024, cả nước có …")', 'Theo số liệu thống kê cuối năm 2024, cả nước có 6.084 xã đạt chuẩn nông thôn mới.'), level: 'tinh' },
    { ...line('another province, named without "(cũ)", has its own dates ("Đến ngày 30/9/2024, tỉnh Quảng Nam có 126 xã …")', 'Đến ngày 30/9/2024, tỉnh Quảng Nam có 126 xã đạt chuẩn nông thôn mới.'), level: 'tinh' },
    line('a plan issued after the period ("Ngày 05/8/2024, UBND huyện ban hành Kế hoạch số 215/KH-UBND về xây dựng 02 xã … trong năm 2025")', 'Ngày 05/8/2024, UBND huyện ban hành Kế hoạch số 215/KH-UBND về xây dựng 02 xã đạt chuẩn nông thôn mới kiểu mẫu trong năm 2025.'),
    line('a directive issued after the period with its aim ("…, phấn đấu đến năm 2025 có 100% thôn đạt chuẩn")', 'Ngày 15/7/2024, Huyện ủy ban hành Chỉ thị về tăng cường lãnh đạo xây dựng nông thôn mới, phấn đấu đến năm 2025 có 100% thôn đạt chuẩn.'),
    line('a document issued after the period, with no count ("Ngày 15/7/2024, UBND tỉnh ban hành Kế hoạch số 123/KH-UBND …")', 'Ngày 15/7/2024, UBND tỉnh ban hành Kế hoạch số 123/KH-UBND về triển khai thực hiện Chương trình trong 6 tháng cuối năm.'),
    line('a footnote dated within the period', '{note=Số liệu do Văn phòng Điều phối nông thôn mới huyện cập nhật đến ngày 30/6/2024.} Toàn huyện có 98/112 thôn đạt chuẩn nông thôn mới (87,5%).'),
    line('another province\'s figure with its late date: "tính đến tháng 12 năm 2024, thành phố Hà Nội có …"', 'Tính đến tháng 12 năm 2024, thành phố Hà Nội có 191/382 xã đạt chuẩn nông thôn mới nâng cao.'),
    line('a place named in the next sentence does not make the date another place\'s', 'Tính đến ngày 30/6/2024, có 5.055/5.412 hộ sử dụng nước sạch. Rác thải được vận chuyển về khu xử lý của tỉnh.'),
    line('a figure as of the period\'s end', 'Tính đến 30/6/2024, toàn huyện có 9 xã đạt chuẩn nâng cao.'),
    line('a target date after the period is a plan', 'Phấn đấu đến 31/12/2025 có 12 xã đạt chuẩn nâng cao.'),
    line('the date of the Nghị quyết is no figure date', 'Nghị quyết số 16-NQ/TU ngày 13/01/2022 của Ban Chấp hành Đảng bộ tỉnh.'),
    line('a month inside the period: "Tính đến tháng 6/2024"', 'Tính đến tháng 6/2024, có 9 xã đạt chuẩn nâng cao.'),
    line('a deadline after the period', 'Các xã phải hoàn thành hồ sơ đề nghị công nhận trước ngày 31/12/2024, dự kiến có thêm 3 xã đạt chuẩn.'),
    line('a figure as of the end of 2023', 'Tính đến 31/12/2023, toàn huyện có 8 xã đạt chuẩn nâng cao.'),
    line('the country\'s figure with its own date is context', 'Cả nước, tính đến ngày 30/9/2024, có 6.041 xã đạt chuẩn nông thôn mới.'),
    { name: 'the report\'s own date after the period', extra: { 'p2.iv.2': 'Đề nghị tỉnh tiếp tục hỗ trợ kinh phí.\nHải Lăng, ngày 12 tháng 8 năm 2024' } },
  ],
  invalid: [
    { ...line('the end of a year after the period, given as when the figures were counted ("Theo số liệu rà soát cuối năm 2024, tỷ lệ hộ nghèo … là 2,1%")', 'Theo số liệu rà soát cuối năm 2024 của huyện, tỷ lệ hộ nghèo toàn huyện là 2,1%.'), expect: { count: 1, snippets: ['cuối năm 2024'] } },
    { ...line('a plan named only in what the count served, the figure after it ("Theo số liệu rà soát cuối năm 2024 … được dùng để xây dựng kế hoạch năm 2025, tỷ lệ hộ nghèo … là 2,1%")', 'Theo số liệu rà soát cuối năm 2024 của huyện được dùng để xây dựng kế hoạch năm 2025, tỷ lệ hộ nghèo toàn huyện là 2,1%.'), expect: { count: 1, snippets: ['cuối năm 2024'] } },
    { ...line('a village named like a province ("thôn Hòa Bình") is no other province', 'Tính đến ngày 31/7/2024, huyện đã có thêm thôn Hòa Bình hoàn thiện hồ sơ đề nghị công nhận, nâng tổng số thôn đạt chuẩn lên 99/112 thôn.'), expect: { count: 1, snippets: ['31/7/2024'] } },
    { ...line('a sentence typed in a hurry without diacritics but for one word ("Ngoài ra, tinh den ngay 31/7/2024 toan huyen co them 03 cho …")', 'Ngoài ra, tinh den ngay 31/7/2024 toan huyen co them 03 cho dang thi cong (Hoa Trach, Quang Phu, Son Thuy), nang so xa dat tieu chi so 7 len 124/135 xa.'), expect: { count: 1, snippets: ['31/7/2024'] } },
    { ...line('a source line right under a table dates the table\'s figures ("Nguồn: …, số liệu rà soát đến 31/7/2024")', '| Năm | Số thôn đạt chuẩn |\n| 2023 | 82 |\n| 6 tháng 2024 | 98 |\nNguồn: Văn phòng Điều phối nông thôn mới huyện, số liệu rà soát đến 31/7/2024.'), expect: { count: 1, snippets: ['31/7/2024'] } },
    { ...line('a body of the province acting on the unit ("Đoàn thẩm định của tỉnh") does not make the late figure the province\'s', 'Tính đến ngày 20/7/2024, xã Hải Thượng đã được Đoàn thẩm định của tỉnh thống nhất đề nghị công nhận, nâng tổng số lên 10/16 xã, đạt mục tiêu Nghị quyết.'), expect: { count: 1, snippets: ['20/7/2024'] } },
    { ...line('"kết quả rà soát hộ nghèo hết năm 2024": a few words between', 'Theo kết quả rà soát hộ nghèo hết năm 2024, toàn huyện còn 412 hộ nghèo (1,9%).'), expect: { count: 1, snippets: ['hết năm 2024'] } },
    { ...line('a province merged into the unit in 2025 is a part of it, not another province ("Đến ngày 30/9/2024, tỉnh Quảng Nam (cũ) có 126 xã …")', 'Đến ngày 30/9/2024, tỉnh Quảng Nam (cũ) có 126 xã đạt chuẩn nông thôn mới.'), level: 'tinh', expect: { count: 1, snippets: ['30/9/2024'] } },
    { ...line('a sentence opening on a late date with no comma after it ("Ngày 26/7/2024 UBND tỉnh ban hành Quyết định … công nhận thêm 02 thôn …")', 'Ngày 26/7/2024 UBND tỉnh ban hành Quyết định công nhận thêm 02 thôn đạt chuẩn, nâng tổng số thôn đạt chuẩn của huyện lên 11 thôn.'), expect: { count: 1, snippets: ['26/7/2024'] } },
    { ...line('"Trong tháng 7/2024, UBND tỉnh công nhận thêm 02 thôn …"', 'Trong tháng 7/2024, UBND tỉnh công nhận thêm 02 thôn đạt chuẩn nông thôn mới kiểu mẫu.'), expect: { count: 1, snippets: ['7/2024'] } },
    { ...line('a sentence that opens on a late date and gives counts ("Ngày 26/7/2024, UBND tỉnh ban hành quyết định công nhận thêm 03 xã …, nâng tổng số … lên 45 xã")', 'Ngày 26/7/2024, UBND tỉnh ban hành quyết định công nhận thêm 03 xã đạt chuẩn, nâng tổng số xã đạt chuẩn nông thôn mới của huyện lên 12 xã.'), expect: { count: 1, snippets: ['26/7/2024'] } },
    { ...line('a plan named in the clause before the comma does not make the date a plan ("Kế hoạch vốn … được giao 96,5 tỷ đồng, đến ngày 04/7/2024 đã giải ngân …")', 'Kế hoạch vốn đầu tư công năm 2024 được giao 96,5 tỷ đồng, đến ngày 04/7/2024 đã giải ngân 61,3 tỷ đồng, đạt 63,5% kế hoạch.'), expect: { count: 1, snippets: ['04/7/2024'] } },
    { ...line('the country named after the figure, in a comparison, does not make it the country\'s ("…, là một trong những huyện đầu tiên của cả nước …")', 'Tính đến ngày 15/9/2024, toàn huyện có 15/15 xã đạt chuẩn nông thôn mới (100%), là một trong những huyện đầu tiên của cả nước hoàn thành mục tiêu này.'), expect: { count: 1, snippets: ['15/9/2024'] } },
    { ...line('a footnote that dates the figure after the period ("Số liệu cập nhật đến ngày 15/7/2024 …")', '{note=Số liệu do Văn phòng Điều phối nông thôn mới huyện cập nhật đến ngày 15/7/2024.} Toàn huyện có 98/112 thôn đạt chuẩn nông thôn mới (87,5%).'), expect: { count: 1, snippets: ['15/7/2024'] } },
    { ...line('a date in words: "tính đến hết tháng Chín năm 2024"', 'Tính đến hết tháng Chín năm 2024, toàn huyện có 42 sản phẩm OCOP đạt từ 3 sao trở lên.'), expect: { count: 1, snippets: ['tháng Chín năm 2024'] } },
    { ...line('a day in words: "tính đến ngày 15 tháng Một năm 2025"', 'Tính đến ngày 15 tháng Một năm 2025, toàn huyện có 10 xã đạt chuẩn nâng cao.'), expect: { count: 1, snippets: ['15 tháng Một năm 2025'] } },
    { ...line('a place named in the next sentence does not hide a late date', 'Tính đến ngày 15/7/2024, có 5.055/5.412 hộ sử dụng nước sạch. Rác thải được vận chuyển về khu xử lý của tỉnh.'), expect: { count: 1 } },
    { ...line('a plan\'s horizon in the sentence before ("… giai đoạn đến năm 2030.") does not make the next sentence\'s date a plan', 'Có 28/30 trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030. Tính đến ngày 31/7/2024, toàn huyện đã có 29/30 trạm y tế xã triển khai hồ sơ sức khỏe điện tử.'), expect: { count: 1, snippets: ['31/7/2024'] } },
    { ...line('a late date after "các vùng sản xuất" (no region of the country) in the sentence before', 'Huyện đã hình thành các vùng sản xuất tập trung trên 2.200 ha; tính đến ngày 31/7/2024 toàn huyện có 41 sản phẩm OCOP đạt từ 3 sao trở lên.'), expect: { count: 1, snippets: ['31/7/2024'] } },
    { ...line('the country\'s figure in brackets in another clause does not hide the unit\'s late date', 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,4% (cả nước 93,35%); tính đến 31/01/2025 đạt 93,1%.'), expect: { count: 1 } },
    { ...line('the country\'s figure in one sentence does not hide the unit\'s late date in the next', 'Cả nước có 6.041 xã đạt chuẩn nông thôn mới. Tính đến ngày 30/9/2024, toàn huyện có 10 xã đạt chuẩn nâng cao.'), expect: { count: 1 } },
    { ...line('a figure as of 31/12/2024', 'Tính đến 31/12/2024, toàn huyện có 9 xã đạt chuẩn nâng cao.'), expect: { count: 1, severity: 'warning', snippets: ['31/12/2024'] } },
    line('a fraction as of 31/12/2024', 'Tính đến 31/12/2024, có 12/12 xã hoàn thành.'),
    { ...line('a figure as of 30/9/2024', 'Tính đến ngày 30/9/2024, toàn huyện có 10 xã đạt chuẩn nâng cao.'), expect: { count: 1 } },
    { ...line('an estimate to month 12/2024', 'Ước đến tháng 12/2024, tỷ lệ hộ dân sử dụng nước sạch đạt 98,5%.'), expect: { count: 1 } },
    { ...line('"Số liệu đến 31/8/2024"', 'Số liệu đến 31/8/2024: toàn huyện có 112 thôn đạt chuẩn.'), expect: { count: 1 } },
  ],
});

export const KNOWN_GAPS: Gap[] = [];
