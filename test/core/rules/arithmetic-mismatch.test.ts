import { ruleTester, type Case, type Gap } from './tester';
import { MET, results } from '../doc';

/** A line placed in 2.5 Kết quả huy động nguồn lực. */
const at = (line: string) => ({ 'p1.iii.2.5': `Huy động nguồn lực.\n${line}` });
const funds = (total: string) => [
  '| TT | Nguồn vốn | Kinh phí (tỷ đồng) | Số công trình |',
  '| 1 | Ngân sách trung ương | 120,5 | 14 |',
  '| 2 | Ngân sách tỉnh | 80,2 | 9 |',
  '| 3 | Nhân dân đóng góp | 35,3 | 21 |',
  `| | Tổng cộng | ${total} |`,
].join('\n');
/** Counts written with their unit in each cell ("14 công trình"). */
const works = (total: string) => ['| TT | Xã | Số công trình đầu tư |', '| 1 | Tân Lập | 14 công trình |', '| 2 | Đăk Ruồng | 09 công trình |', '| 3 | Đăk Kôi | 11 công trình |', `| | Tổng cộng | ${total} |`].join('\n');
const roads = (r2022: string) => ['| Năm | Tổng chiều dài đường xã (km) | Đã cứng hóa (km) | Tỷ lệ (%) |', '| 2021 | 1.540 | 1.189 | 77,2 |', `| 2022 | 1.540 | 1.254 | ${r2022} |`, '| 2023 (ước) | 1.540 | 1.302 | 84,5 |'].join('\n');
const line = (name: string, text: string): Case => ({ name, extra: at(text) });

ruleTester('arithmetic-mismatch', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'a last row that names a quantity of its own ("Tổng nguồn lực huy động (tỷ đồng)") is no total of the rows above', extra: at(['| Nội dung | Giai đoạn 2010-2015 | Giai đoạn 2016 - 30/6/2019 | Cộng |', '| Số xã được công nhận đạt chuẩn NTM | 9 | 17 | 26 |', '| Đường giao thông được cứng hóa (km) | 412 | 538 | 950 |', '| Kênh mương được kiên cố hóa (km) | 96 | 131 | 227 |', '| Tổng nguồn lực huy động (tỷ đồng) | 1.284 | 2.316 | 3.600 |'].join('\n')) },
    line('"bao gồm" inside brackets says what a part holds, and lists nothing ("ngân sách tỉnh (bao gồm hỗ trợ xi măng) 1.047 tỷ đồng")', 'Tổng nguồn vốn đầu tư cho giao thông nông thôn khoảng 3.214 tỷ đồng, trong đó ngân sách Trung ương 612 tỷ đồng, ngân sách tỉnh (bao gồm hỗ trợ xi măng) 1.047 tỷ đồng, ngân sách huyện, xã 986 tỷ đồng, Nhân dân đóng góp 569 tỷ đồng.'),
    line('a rise before "trong đó" is not the total ("39/61 xã …, tăng 12 xã so với năm 2020 (27 xã), trong đó 10 xã nâng cao, 6 xã kiểu mẫu")', 'Toàn tỉnh có 39/61 xã đạt chuẩn nông thôn mới (chiếm 63,9%), tăng 12 xã so với năm 2020 (27 xã), trong đó 10 xã đạt chuẩn nông thôn mới nâng cao, 6 xã đạt chuẩn nông thôn mới kiểu mẫu.'),
    line('the plan in brackets before "trong đó" is not the total ("41.250 lao động …, đạt 103,1% kế hoạch (40.000 người); trong đó 18.360 người, 22.890 người")', 'Toàn tỉnh đào tạo nghề cho 41.250 lao động nông thôn, đạt 103,1% kế hoạch giai đoạn 2021-2023 (40.000 người); trong đó nghề nông nghiệp 18.360 người, nghề phi nông nghiệp 22.890 người.'),
    { name: 'cells holding "-" are none, and the total adds up', extra: at(['| TT | Xã | Chợ xây mới | Kinh phí (triệu đồng) |', '| 1 | Quế Trung | 1 | 6.800 |', '| 2 | Quế Lộc | - | 2.150 |', '| 3 | Sơn Viên | - | 1.420 |', '| 4 | Phước Ninh | - | - |', '| | Tổng cộng | 1 | 10.370 |'].join('\n')) },
    { name: 'rows of rates beside a total column are no sums ("Tỷ lệ hộ nghèo | % | 6,8 | 5,1 | 3,4 | 3,1")', extra: at(['| TT | Nội dung | ĐVT | Năm 2021 | Năm 2022 | Năm 2023 | Tổng cộng |', '| 1 | Vốn ngân sách | triệu đồng | 1.200 | 1.500 | 1.800 | 4.500 |', '| 2 | Tỷ lệ hộ nghèo | % | 6,8 | 5,1 | 3,4 | 3,4 |', '| 3 | Thu nhập bình quân | triệu đồng | 45,2 | 48,9 | 52,6 | 52,6 |'].join('\n')) },
    line('a "gồm" list after a fraction that breaks down the whole: "58/80 hộ …, gồm 40 hộ nghèo, 18 hộ cận nghèo và 22 hộ chưa được hỗ trợ"', 'Đã hỗ trợ 58/80 hộ xây mới, sửa chữa nhà ở (72,5%), gồm 40 hộ nghèo, 18 hộ cận nghèo và 22 hộ có hoàn cảnh khó khăn chưa được hỗ trợ.'),
    line('a "gồm" list of some kinds of a fraction\'s part: "12/15 xã đạt chuẩn (80%), gồm 4 xã nâng cao và 1 xã kiểu mẫu"', 'Có 12/15 xã đạt chuẩn nông thôn mới (80%), gồm 4 xã nâng cao và 1 xã kiểu mẫu.'),
    line('a "gồm" list of the part a fraction counts: "32/45 hộ … (71,1%), gồm 11 hộ …, 14 hộ … và 7 hộ …"', 'Xã thành lập Tổ du lịch cộng đồng với 45 hộ đăng ký, đến nay có 32/45 hộ thường xuyên đón khách (71,1%), gồm 11 hộ homestay, 14 hộ làm nghề truyền thống và 7 hộ phục vụ ẩm thực.'),
    { name: 'a total column at the right that each row adds up to ("2011 - 2015 | 2016 - 6/2019 | Tổng cộng")', extra: at(['| Nội dung | ĐVT | 2011 - 2015 | 2016 - 6/2019 | Tổng cộng |', '| Đường giao thông xây mới | km | 186,4 | 142,7 | 329,1 |', '| Phòng học xây mới | phòng | 86 | 57 | 143 |', '| Trạm y tế xã xây mới | trạm | 7 | 6 | 13 |'].join('\n')) },
    { name: 'a plan column before the total column is no part of it ("Kế hoạch | 2022 | 2023 | Tổng")', extra: at(['| Nội dung | Kế hoạch | 2022 | 2023 | Tổng |', '| Đường giao thông (km) | 100 | 40 | 45 | 85 |', '| Kênh mương (km) | 30 | 12 | 10 | 22 |'].join('\n')) },
    line('a fraction in brackets after a dated percentage explains it: "giảm từ 34,54% cuối năm 2021 (248/718 hộ) xuống còn 22,59%"', 'Tỷ lệ hộ nghèo của xã giảm từ 34,54% cuối năm 2021 (248/718 hộ) xuống còn 22,59% cuối năm 2023.'),
    line('a count and as many names: "03 xã (Ẳng Nưa, Ẳng Cang, Búng Lao)"', 'Toàn huyện có 03 xã đạt chuẩn nông thôn mới (Ẳng Nưa, Ẳng Cang, Búng Lao).'),
    line('a name with the place it lies in: "01 xã … (xã Đông Sang, huyện Mộc Châu)"', 'Có 01 xã đạt chuẩn nông thôn mới kiểu mẫu (xã Đông Sang, huyện Mộc Châu).'),
    line('names parted by ";" each with its commune: "02 thôn … (thôn Trà Va, xã Quế Thọ; thôn Bình Hòa, xã Quế Lưu)"', 'Có 02 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu (thôn Trà Va, xã Quế Thọ; thôn Bình Hòa, xã Quế Lưu).'),
    line('names of the districts the communes are in: "11 xã …, tập trung ở các huyện miền núi (A, B, C)"', 'Còn 11 xã chưa có nhà văn hóa đạt chuẩn, tập trung ở các huyện miền núi cao (Nam Trà My, Tây Giang, Phước Sơn).'),
    { name: 'groups "I", "II" with their items under them: the total sums the groups', extra: at(['| TT | Nguồn vốn | Năm 2022 |', '| I | Ngân sách Trung ương | 598 |', '| 1 | Vốn đầu tư | 412 |', '| 2 | Vốn sự nghiệp | 186 |', '| II | Ngân sách tỉnh | 180 |', '| | Tổng cộng | 778 |'].join('\n')) },
    { name: 'a total row of counts written with their unit that adds up', extra: at(works('34 công trình')) },
    line('a bracket with a time and a subject of its own quotes another figure: "115/115 xã giữ vững tiêu chí số 4 (năm 2020 tỷ lệ hộ sử dụng điện an toàn là 99,52%)"', 'Đến nay, 115/115 xã giữ vững tiêu chí số 4 về điện (năm 2020 tỷ lệ hộ sử dụng điện an toàn là 99,52%).'),
    { name: 'a rate column that each row makes from two columns before it ("Tổng chiều dài | Đã cứng hóa | Tỷ lệ (%)")', extra: at(roads('81,4')) },
    { name: 'a rate column that no two columns make (a share of something not in the table) is left alone', extra: at(['| Xã | Số hộ | Số hộ nghèo | Tỷ lệ hộ dùng nước sạch (%) |', '| Tân Lập | 1.200 | 96 | 72,5 |', '| Đăk Ruồng | 860 | 120 | 65,0 |', '| Đăk Kôi | 640 | 88 | 58,3 |'].join('\n')) },
    line('a "gồm" list of figures given as "hơn", "gần": "hơn" is "more than", not a rise, and rough figures add up within 1% ("gần 5.205 tỷ đồng, gồm: … 950,5 …, hơn 235 …, hơn 1.819,1 …, 2.200 tỷ đồng")', 'Năm 2020, tổng nguồn vốn thực hiện chương trình quốc gia xây dựng nông thôn mới của tỉnh gần 5.205 tỷ đồng, gồm: ngân sách nhà nước 950,5 tỷ đồng (ngân sách Trung ương 478,63 tỷ đồng, ngân sách địa phương gần 471,88 tỷ đồng), vốn huy động hơn 235 tỷ đồng, vốn lồng ghép hơn 1.819,1 tỷ đồng, vốn tín dụng 2.200 tỷ đồng.'),
    line('parts of a count of a noun not among the known units that add up: "186 trụ sở …, trong đó: 104 …, 63 … và 19 trụ sở …"', 'Đã có 186 trụ sở làm việc Công an xã được đầu tư xây dựng mới, trong đó: 104 trụ sở từ nguồn ngân sách Bộ Công an, 63 trụ sở từ nguồn ngân sách tỉnh, huyện và 19 trụ sở từ nguồn xã hội hóa.'),
    line('a fraction and its rate: 1.205/1.512 hộ (79,7%)', 'Có 1.205/1.512 hộ đạt gia đình văn hóa (79,7%).'),
    line('a rate rounded to a whole percent: 1.205/1.512 hộ (đạt 80%)', 'Có 1.205/1.512 hộ đạt gia đình văn hóa (đạt 80%).'),
    line('a percentage with its own noun after a comma: "05/05 thôn có tổ công nghệ số, 68% hộ có điện thoại thông minh"', 'Chuyển đổi số: 05/05 thôn có tổ công nghệ số cộng đồng, 68% hộ có điện thoại thông minh.'),
    line('parts after "trong đó" within the total', 'Tổng nguồn lực 500 tỷ đồng, trong đó ngân sách trung ương 220 tỷ đồng, ngân sách tỉnh 250 tỷ đồng.'),
    { name: 'a table total row that adds up: 236 | 44', extra: at(funds('236 | 44')) },
    { name: 'a table total row that adds up, with a decimal: 236,0 | 44', extra: at(funds('236,0 | 44')) },
    {
      name: 'a table with sub-rows ("Trong đó") is not summed',
      extra: at(['| TT | Nội dung | Số lượng |', '| 1 | Xã đạt chuẩn | 12 |', '| | Trong đó: nâng cao | 5 |', '| 2 | Xã chưa đạt | 3 |', '| | Tổng cộng | 15 |'].join('\n')),
    },
    line('a "gồm" list that adds up (money)', 'Tổng nguồn lực huy động 520 tỷ đồng, gồm: ngân sách trung ương 200 tỷ đồng, ngân sách địa phương 250 tỷ đồng, nhân dân đóng góp 70 tỷ đồng.'),
    line('a percentage after a new subject is not the fraction\'s ("37/37 xã …, tỷ lệ thôn đạt chuẩn đạt 92%")', 'Phấn đấu đến năm 2025 có 37/37 xã đạt chuẩn nông thôn mới, tỷ lệ thôn đạt chuẩn đạt 92%.'),
    line('a "gồm" list that ends where the total is judged against a target', 'Toàn tỉnh có 24 xã đạt chuẩn nông thôn mới kiểu mẫu, gồm 01 xã công nhận năm 2021, 05 xã năm 2022, 06 xã năm 2023, 06 xã năm 2024 và 06 xã trong 6 tháng đầu năm 2025, vượt so với mục tiêu đề ra là 20 xã.'),
    line('a "gồm" list that adds up (counts)', 'Tổng số 45 hộ, gồm 20 hộ nghèo và 25 hộ cận nghèo.'),
    line('villages of two kinds that add up ("96 thôn, làng, gồm 61 thôn và 35 làng")', 'Toàn huyện có 96 thôn, làng, gồm 61 thôn và 35 làng đồng bào dân tộc thiểu số; đồng bào dân tộc thiểu số chiếm 46,2% dân số.'),
    line('figures that are not parts of one total ("5.360/8.233 xã; 17 xã …")', 'Cả nước có 5.360/8.233 xã đạt chuẩn nông thôn mới; 17 xã của huyện đã được công nhận.'),
    line('parts of a coordinated count within the total', 'Toàn huyện có 12 xã đạt chuẩn, trong đó 5 xã đạt chuẩn NTM nâng cao và 02 xã đạt chuẩn NTM kiểu mẫu.'),
    line('rounded money parts within the rounding of the total', 'Tổng kinh phí 100,5 tỷ đồng, gồm: ngân sách nhà nước 60,3 tỷ đồng, nhân dân đóng góp 40,3 tỷ đồng.'),
  ],
  invalid: [
    { ...line('years between a fraction and its share are no other figure ("176/193 xã đạt tiêu chí số 8 … theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 92,6%)")', 'Đến cuối năm 2023, có 176/193 xã đạt tiêu chí số 8 về Thông tin và Truyền thông theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021-2025 (đạt 92,6%).'), expect: { count: 1, snippets: ['176/193'] } },
    { ...line('a share after the names the count gives in brackets: "04/21 đơn vị cấp huyện … (thành phố Vinh, thị xã Thái Hòa, huyện Nam Đàn, huyện Yên Thành), chiếm 21,0%"', 'Có 04/21 đơn vị cấp huyện được Thủ tướng Chính phủ công nhận hoàn thành nhiệm vụ, đạt chuẩn nông thôn mới (thành phố Vinh, thị xã Thái Hòa, huyện Nam Đàn, huyện Yên Thành), chiếm 21,0%.'), expect: { count: 1, snippets: ['04/21'] } },
    { name: 'cells holding "-" are none, and the total does not add up (12.370 for 10.370)', extra: at(['| TT | Xã | Chợ xây mới | Kinh phí (triệu đồng) |', '| 1 | Quế Trung | 1 | 6.800 |', '| 2 | Quế Lộc | - | 2.150 |', '| 3 | Sơn Viên | - | 1.420 |', '| 4 | Phước Ninh | - | - |', '| | Tổng cộng | 1 | 12.370 |'].join('\n')), expect: { count: 1, snippets: ['12.370'] } },
    { ...line('a "gồm" list that does not make the fraction\'s part: "32/45 hộ …, gồm 12 hộ …, 14 hộ … và 7 hộ …"', 'Xã thành lập Tổ du lịch cộng đồng với 45 hộ đăng ký, đến nay có 32/45 hộ thường xuyên đón khách (71,1%), gồm 12 hộ homestay, 14 hộ làm nghề truyền thống và 7 hộ phục vụ ẩm thực.'), expect: { count: 1 } },
    { name: 'one wrong cell in the total column is one mistake, though the column\'s total then disagrees too ("120,0 | 395,6 | 436,2 | 915,8")', extra: at(['| Nguồn vốn | Năm 2021 | Năm 2022 | Năm 2023 (ước) | Cộng 2021-2023 |', '| Ngân sách trung ương - đầu tư phát triển | 0 | 612,4 | 704,8 | 1.317,2 |', '| Ngân sách trung ương - sự nghiệp | 0 | 286,5 | 312,0 | 598,5 |', '| Ngân sách tỉnh đối ứng | 120,0 | 395,6 | 436,2 | 915,8 |', '| Tổng cộng | 120,0 | 1.294,5 | 1.453,0 | 2.867,5 |'].join('\n')), expect: { count: 1, snippets: ['915,8'] } },
    { name: 'a row that does not add up to the total column ("86 | 57 | 153")', extra: at(['| Nội dung | ĐVT | 2011 - 2015 | 2016 - 6/2019 | Tổng cộng |', '| Đường giao thông xây mới | km | 186,4 | 142,7 | 329,1 |', '| Phòng học xây mới | phòng | 86 | 57 | 153 |', '| Trạm y tế xã xây mới | trạm | 7 | 6 | 13 |'].join('\n')), expect: { count: 1, snippets: ['153'] } },
    { ...line('a fraction in brackets after a dated percentage that it does not match: "34,54% cuối năm 2021 (238/718 hộ)"', 'Tỷ lệ hộ nghèo của xã giảm từ 34,54% cuối năm 2021 (238/718 hộ) xuống còn 22,59% cuối năm 2023.'), expect: { count: 1, snippets: ['238/718'] } },
    { ...line('a count and fewer names: "04 thôn … kiểu mẫu (Lập Phước, Lập Thuận, Lập Đông)"', 'Có 04 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu (Lập Phước, Lập Thuận, Lập Đông), vượt kế hoạch.'), expect: { count: 1, snippets: ['04 thôn'] } },
    { ...line('a fraction\'s count and its names: "07/10 xã được UBND tỉnh công nhận … (six names)"', '07/10 xã được UBND tỉnh công nhận đạt chuẩn nông thôn mới (Tân Lược, Tân Bình, Thành Lợi, Nguyễn Văn Thảnh, Mỹ Thuận, Tân An Thạnh).'), expect: { count: 1 } },
    { name: 'groups "I", "II" with their items under them: the total sums the groups, and is wrong', extra: at(['| TT | Nguồn vốn | Năm 2022 |', '| I | Ngân sách Trung ương | 598 |', '| 1 | Vốn đầu tư | 412 |', '| 2 | Vốn sự nghiệp | 186 |', '| II | Ngân sách tỉnh | 180 |', '| | Tổng cộng | 788 |'].join('\n')), expect: { count: 1, snippets: ['788'] } },
    { name: 'a two-row header ("Xã NTM nâng cao" over "Kế hoạch | Thực hiện") and a "Toàn tỉnh" row that does not add up', extra: at(['| TT | Đơn vị | Xã NTM nâng cao | << |', '| | | Kế hoạch | Thực hiện |', '| 1 | Huyện Can Lộc | 9 | 10 |', '| 2 | Huyện Đức Thọ | 7 | 8 |', '| 3 | Huyện Vũ Quang | 6 | 6 |', '| | Toàn tỉnh | 22 | 26 |'].join('\n')), expect: { count: 1, snippets: ['26'] } },
    line('a percentage typed the English way: 171/193 xã (87.6%) is 88,6%', 'Số xã đạt tiêu chí nhà ở dân cư là 171/193 xã (87.6%).'),
    { name: 'a table that runs over a page repeats its header row: the total is still checked', extra: at(works('36 công trình').replace('| 3 | Đăk Kôi', '| TT | Xã | Số công trình đầu tư |\n| 3 | Đăk Kôi')), expect: { count: 1, snippets: ['36 công trình'] } },
    { name: 'a total row of counts written with their unit: 14 + 09 + 11 công trình is not 36', extra: at(works('36 công trình')), expect: { count: 1, snippets: ['36 công trình'] } },
    { ...line('a bracket with a time but no subject of its own is the fraction\'s share: "112/193 xã … (năm 2023 đạt 60,0%)" is 58,0%', 'Có 112/193 xã đạt tiêu chí số 2 về giao thông (năm 2023 đạt 60,0%).'), expect: { count: 1, snippets: ['112/193'] } },
    { name: 'a rate column one row of which is not its two figures: 1.254/1.540 km is 81,4%, not 82,3%', extra: at(roads('82,3')), expect: { count: 1, snippets: ['82,3'] } },
    { name: 'a "Tỷ lệ so KH" column of an indicator table: 18/20 xã is 90%, not 95%', extra: at(['| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ so KH (%) |', '| Xã đạt chuẩn NTM | 20 | 18 | 95 |', '| Thôn kiểu mẫu | 12 | 12 | 100 |', '| Hợp tác xã | 40 | 42 | 105 |'].join('\n')), expect: { count: 1, snippets: ['95'] } },
    { ...line('a "gồm" list of rough figures that is still far from its total (more than 1%): "gần 5.205 tỷ đồng, gồm: 950,5 …, hơn 235 …, hơn 1.819,1 …, 1.200 tỷ đồng"', 'Tổng nguồn vốn thực hiện của tỉnh gần 5.205 tỷ đồng, gồm: ngân sách nhà nước 950,5 tỷ đồng, vốn huy động hơn 235 tỷ đồng, vốn lồng ghép hơn 1.819,1 tỷ đồng, vốn tín dụng 1.200 tỷ đồng.'), expect: { count: 1 } },
    { name: 'rows by year with a note at the right ("Ảnh hưởng dịch Covid-19"): the note is no label, and 6.200 + 18.450 + 24.000 is not 46.650', extra: at(['| Năm | Lượt khách | Doanh thu (triệu đồng) | Ghi chú |', '| 2021 | 6.200 | 1.240 | Ảnh hưởng dịch Covid-19 |', '| 2022 | 18.450 | 3.690 | |', '| 2023 (ước) | 24.000 | 5.280 | Ước đến 31/12/2023 |', '| Tổng cộng | 46.650 | 10.210 | |'].join('\n')), expect: { count: 1, snippets: ['46.650'] } },
    { ...line('parts of a count of a noun not among the known units: "186 trụ sở …, trong đó: 104 trụ sở …, 63 trụ sở … và 25 trụ sở …"', 'Từ năm 2021 đến 30/4/2025 đã có 186 trụ sở làm việc Công an xã được đầu tư xây dựng mới, trong đó: 104 trụ sở từ nguồn ngân sách Bộ Công an, 63 trụ sở từ nguồn ngân sách tỉnh, huyện và 25 trụ sở từ nguồn xã hội hóa.'), expect: { count: 1, snippets: ['192'] } },
    { ...line('a count that says whose the whole is ("của 03 ấp") is no other figure: 214/1.860 is 11,5%, not 15,1%', 'Số lao động địa phương tham gia trực tiếp dịch vụ du lịch là 214/1.860 lao động trong độ tuổi của 03 ấp (chiếm 15,1%).'), expect: { count: 1, snippets: ['214/1.860'] } },
    { ...line('a rate that is not the fraction: 1.205/1.512 hộ (79,9%)', 'Có 1.205/1.512 hộ đạt gia đình văn hóa (79,9%).'), expect: { count: 1, snippets: ['79,7%'] } },
    { ...line('parts after "trong đó" above the total', 'Tổng nguồn lực 500 tỷ đồng, trong đó ngân sách trung ương 320 tỷ đồng, ngân sách tỉnh 250 tỷ đồng.'), expect: { count: 1, severity: 'error', snippets: ['570'] } },
    { name: 'a table total row off in money: 246 | 44', extra: at(funds('246 | 44')), expect: { count: 1 } },
    { name: 'a table total row off in counts: 236 | 45', extra: at(funds('236 | 45')), expect: { count: 1 } },
    { ...line('a "gồm" list that does not add up (money)', 'Tổng nguồn lực huy động 520 tỷ đồng, gồm: ngân sách trung ương 200 tỷ đồng, ngân sách địa phương 250 tỷ đồng, nhân dân đóng góp 90 tỷ đồng.'), expect: { count: 1 } },
    { ...line('a "gồm" list that does not add up (counts)', 'Tổng số 45 hộ, gồm 20 hộ nghèo và 26 hộ cận nghèo.'), expect: { count: 1 } },
    {
      name: 'a table total over year columns and a "Cộng 3 năm" column, with a row named "Cộng đồng dân cư"',
      extra: { 'p1.iii.2.5': 'Nguồn lực huy động như sau:\n| TT | Nguồn vốn (tỷ đồng) | Năm 2021 | Năm 2022 | Cộng 2 năm |\n| 1 | Ngân sách Trung ương | 18,6 | 42,3 | 60,9 |\n| 2 | Vốn tín dụng | 120,3 | 131,7 | 252,0 |\n| 3 | Cộng đồng dân cư | 9,6 | 11,2 | 20,8 |\n| | Tổng cộng | 148,5 | 185,2 | 343,7 |' },
      expect: { count: 1 },
    },
    {
      name: 'a table total with no row-number column, its figures written with thousands dots',
      extra: { 'p1.iii.2.5': 'Nguồn lực huy động như sau:\n| Nguồn vốn (triệu đồng) | Năm 2021 | Năm 2022 | Tổng cộng |\n| Ngân sách Trung ương | 1.250 | 2.140 | 3.390 |\n| Ngân sách tỉnh | 620 | 980 | 1.600 |\n| Cộng đồng dân cư | 310 | 1.000 | 1.310 |\n| Tổng cộng | 2.180 | 4.120 | 7.300 |' },
      expect: { count: 1 },
    },
    { ...line('the share after a comma and "chiếm" is still the fraction\'s', 'Có 1.205/1.512 thôn đạt chuẩn nông thôn mới, chiếm 79,9%.'), expect: { count: 1 } },
    { ...line('a fraction and its share with a criterion\'s number between ("178/193 xã đạt tiêu chí số 15 về Y tế (95,1%)")', 'Toàn huyện có 178/193 xã đạt tiêu chí số 15 về Y tế (95,1%).'), expect: { count: 1 } },
    { ...line('villages of two kinds that do not add up, the list ended by ";" before a percentage', 'Toàn huyện có 96 thôn, làng, gồm 61 thôn và 37 làng đồng bào dân tộc thiểu số; đồng bào dân tộc thiểu số chiếm 46,2% dân số.'), expect: { count: 1 } },
    { ...line('12/15 xã is 80%, not 85%', 'Đến nay có 12/15 xã đạt chuẩn nông thôn mới (đạt 85%).'), expect: { count: 1, snippets: ['80'] } },
  ],
});

export const KNOWN_GAPS: Gap[] = [];
