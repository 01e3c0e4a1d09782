import { ruleTester, type Gap } from './tester';
import { check } from '../../../src/core/check';
import { builtinPack } from '../../../src/packs/builtin';
import { MET, NQ04_TASKS, NQ04_UNTITLED_HEAD, doc, nq04Untitled, nq16, outline, results } from '../doc';

const REPORT = nq16(results(MET));
/** The part III of Phần thứ hai, with its items, written before part II, the two renumbered as the writer's Word does. */
const III_FIRST = (() => {
  const [a, b, at] = [REPORT.indexOf('## III. Nhiệm vụ, giải pháp trọng tâm'), REPORT.indexOf('## IV. Đề xuất, kiến nghị'), REPORT.indexOf('## II. Phương hướng, mục tiêu')];
  return (REPORT.slice(0, at) + REPORT.slice(a, b) + REPORT.slice(at, a) + REPORT.slice(b))
    .replace('## III. Nhiệm vụ, giải pháp trọng tâm', '## II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM').replace('## II. Phương hướng, mục tiêu', '## III. PHƯƠNG HƯỚNG, MỤC TIÊU');
})();
/** The 11 nội dung of 2.4, dropped where a case writes them its own way. */
const ITEMS_24 = Array.from({ length: 11 }, (_, k) => `p1.iii.2.4.${k + 1}`);
/** The 11 nội dung run into their texts, numbered "2.4.1." … by hand (or as `num` gives), each title as given. */
const RUN_INS_24 = (titles: string[], num = (k: number) => `2.4.${k + 1}.`) => titles.map((t, k) => `**${num(k)} ${t}:** đã triển khai thực hiện đồng bộ, đạt kết quả tích cực, được Nhân dân đồng tình hưởng ứng.`).join('\n');
/** A district's ten-year review: its part titled in its own words, "I" the background, "II" its own wrapper over the other items (py06). */
const TONGKET_WRAPPED = [
  'ỦY BAN NHÂN DÂN', 'HUYỆN LONG HỒ', 'Số: 215/BC-UBND', 'BÁO CÁO', 'Tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2010 - 2020',
  '# PHẦN THỨ NHẤT', '# KẾT QUẢ 10 NĂM XÂY DỰNG NÔNG THÔN MỚI (2010 - 6/2019)',
  '## I. BỐI CẢNH, THUẬN LỢI VÀ KHÓ KHĂN', 'Long Hồ là huyện nông nghiệp, có 14 xã và 01 thị trấn; thuận lợi về giao thông thủy bộ, khó khăn về vốn đầu tư.',
  '## II. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH',
  '### 1. Công tác chỉ đạo, điều hành và bộ máy', 'Ban Chỉ đạo huyện được kiện toàn hằng năm, phân công thành viên phụ trách từng xã.',
  '### 2. Kết quả thực hiện các mục tiêu, chỉ tiêu', 'Đến ngày 30/6/2019, toàn huyện có 11/14 xã đạt chuẩn nông thôn mới.',
  '### 3. Kết quả thực hiện các phong trào thi đua, cuộc vận động', 'Phong trào "Cả nước chung sức xây dựng nông thôn mới" được Nhân dân hưởng ứng, hiến 12,5 ha đất.',
  '### 4. Tác động của Chương trình', 'Bộ mặt nông thôn đổi mới, đời sống vật chất và tinh thần của người dân được nâng lên.',
  '### 5. Hiệu quả công tác truyền thông', 'Đài Truyền thanh huyện duy trì chuyên mục nông thôn mới hằng tuần.',
  '### 6. Bài học kinh nghiệm và đề xuất duy trì kết quả', 'Phải phát huy vai trò chủ thể của người dân; đề nghị tỉnh tiếp tục hỗ trợ vốn duy tu công trình.',
  '# PHẦN THỨ HAI', '# ĐỊNH HƯỚNG XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2021 - 2025',
  '### 1. Quan điểm chỉ đạo, mục tiêu và chỉ tiêu phấn đấu', 'Phấn đấu đến năm 2025 có 100% xã đạt chuẩn nông thôn mới.',
  '### 2. Nội dung, giải pháp thực hiện', 'Tập trung nâng chất các tiêu chí, phát triển sản xuất gắn với thị trường.',
  '### 3. Cơ chế, chính sách huy động nguồn lực', 'Lồng ghép các nguồn vốn, huy động doanh nghiệp và Nhân dân cùng tham gia.',
  '### 4. Kiện toàn bộ máy tham mưu, giúp việc Ban Chỉ đạo', 'Kiện toàn Văn phòng Điều phối nông thôn mới huyện với 03 cán bộ chuyên trách.',
  '### 5. Phát động phong trào thi đua', 'Phát động phong trào thi đua xây dựng ấp văn hóa, nông thôn mới kiểu mẫu.',
  '(Đính kèm các phụ lục)',
].join('\n');
let n = 0;

/** A commune's report answered in one table (rows: number, item, what was done), as some communes write it. */
const PROSE = 'Đảng ủy, UBND xã đã chỉ đạo các thôn triển khai đồng bộ, đạt kết quả tích cực, được Nhân dân đồng tình hưởng ứng.';
const TABLE_REPORT = [
  'ỦY BAN NHÂN DÂN', 'XÃ TAM PHƯỚC', 'Số: 148/BC-UBND', 'BÁO CÁO', 'Sơ kết 3 năm (2021-2023) thực hiện Chương trình MTQG xây dựng nông thôn mới',
  '| TT | Nội dung đánh giá | Kết quả thực hiện |',
  ...[
    ['I', 'Đánh giá về kết quả công tác tổ chức, triển khai thực hiện Chương trình NTM'],
    ['II', 'Kết quả thực hiện các Bộ tiêu chí NTM'],
    ['III', 'Cơ chế, chính sách và huy động nguồn lực'],
    ['IV', 'Thực hiện các Chương trình chuyên đề: chuyển đổi số, OCOP, du lịch nông thôn, khoa học công nghệ, môi trường, đào tạo nghề'],
    ['V', 'Đánh giá tổng quan'],
    ['VI', 'Tình hình nợ đọng xây dựng cơ bản, vốn đối ứng từ ngân sách địa phương'],
    ['VII', 'Tình hình xây dựng, thực hiện kế hoạch các chương trình MTQG có sự tham gia của cộng đồng (Điều 8 Nghị định số 27/2022/NĐ-CP)'],
    ['VIII', 'Nhiệm vụ, giải pháp thời gian đến'],
    ['IX', 'Đề xuất, kiến nghị'],
  ].map(([n, t]) => `| ${n} | ${t} | ${PROSE} |`),
  'Nơi nhận:', '- UBND huyện Phú Ninh;', '- Lưu: VT.',
].join('\n');


/** The 11 nội dung of 2.4 written as short run-ins lettered by hand, as one province wrote them: (5) and (6) named by a word or two, (10) and (11) merged in "k)". */
const SHORT_RUN_INS = [
  'a) Quy hoạch: 100% xã đã rà soát, điều chỉnh quy hoạch chung xã.',
  'b) Hạ tầng kinh tế - xã hội: cứng hóa 1.260 km đường giao thông nông thôn; 92% trường học đạt tiêu chí cơ sở vật chất.',
  'c) Phát triển sản xuất, nâng cao thu nhập: triển khai 148 dự án liên kết chuỗi giá trị với 6.300 hộ tham gia.',
  'd) Môi trường, cảnh quan: tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom đạt 78%.',
  'đ) Giáo dục, y tế: 100% xã đạt chuẩn quốc gia về y tế; tỷ lệ tham gia bảo hiểm y tế đạt 93,5%.',
  'e) Văn hóa: 96% thôn có nhà văn hóa, khu thể thao thôn.',
  'g) An ninh trật tự: không để xảy ra điểm nóng về an ninh, trật tự.',
  'h) Xây dựng đảng, hệ thống chính trị cơ sở: chất lượng tổ chức cơ sở đảng được nâng lên.',
  'i) Giảm nghèo bền vững: hỗ trợ xây mới, sửa chữa 2.140 nhà ở cho hộ nghèo, cận nghèo.',
  'k) Dịch vụ hành chính công và giám sát, đánh giá: 100% xã thực hiện một cửa liên thông; vận hành hệ thống giám sát, đánh giá Chương trình trên môi trường mạng.',
].join('\n');
const REPORT_SHORT_RUN_INS = REPORT.replace(/##### \(1\)[\s\S]*?(?=#### 2\.)/, `${SHORT_RUN_INS}\n`);
/** The same items as plain dash lines, no letter and no bold: "- Quy hoạch: 100% xã …". */
/** The same items run into paragraphs, two a paragraph: "Về quy hoạch: … Về hạ tầng: …". */
const REPORT_TOPICS_INLINE = REPORT.replace(/##### \(1\)[\s\S]*?(?=#### 2\.)/, [
  'Về quy hoạch: hoàn thành điều chỉnh quy hoạch chung xây dựng xã năm 2023. Về hạ tầng: bê tông hóa 6,8 km đường thôn, xóm.',
  'Về phát triển sản xuất: thành lập mới 01 hợp tác xã, 04 tổ hợp tác. Về môi trường: trồng 3,2 km hàng rào xanh.',
  'Về giáo dục, y tế: 03/03 trường đạt chuẩn quốc gia. Về văn hóa: 92,6% hộ đạt gia đình văn hóa.',
  'Về an ninh trật tự: không để xảy ra điểm nóng. Về hệ thống chính trị: Đảng bộ hằng năm hoàn thành tốt nhiệm vụ.',
  'Về giảm nghèo: hỗ trợ 12 nhà ở cho hộ nghèo. Về dịch vụ hành chính công: 100% thủ tục được tiếp nhận qua bộ phận một cửa. Về giám sát, đánh giá: giám sát 100% công trình.',
].join('\n') + '\n');
const REPORT_DASH_ITEMS = REPORT.replace(/##### \(1\)[\s\S]*?(?=#### 2\.)/, `${SHORT_RUN_INS.replace(/^[a-zđ]\) /gmu, '- ')}\n`);

/** A section's filling that says something (session 39). */
const FILLED = 'Các cấp ủy đã ban hành 12 văn bản lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ đề ra.';
ruleTester('missing-section', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'a heading of proposals that names the bodies it is addressed to ("IV. KIẾN NGHỊ VỚI UBND TỈNH, CÁC SỞ, NGÀNH") is the item "Đề xuất, kiến nghị đối với cấp trên", the writer\'s own parts and a moved item around it (lexicon: addressees; session 39, ntu02)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'huyen', src: ['ỦY BAN NHÂN DÂN', 'HUYỆN TUY PHONG', 'Số: 125/BC-UBND', 'BÁO CÁO', 'Sơ kết 3 năm (2021-2023) thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Tuy Phong', '# I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH', '## 1. Công tác chỉ đạo, điều hành và tổ chức triển khai thực hiện Chương trình', FILLED, '## 2. Kết quả thực hiện các Bộ tiêu chí nông thôn mới các cấp', FILLED, '## 3. Cơ chế, chính sách và huy động nguồn lực', FILLED, '## 4. Thực hiện các Chương trình chuyên đề trong xây dựng nông thôn mới', 'Đã triển khai Khoa học công nghệ; OCOP; Môi trường; Du lịch nông thôn; Chuyển đổi số đạt kết quả tích cực.', '## 5. Tình hình nợ đọng xây dựng cơ bản', 'Huyện không có nợ đọng xây dựng cơ bản.', '# II. ĐÁNH GIÁ CHUNG', FILLED, '# III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN ĐẾN', FILLED, '# IV. KIẾN NGHỊ VỚI UBND TỈNH, CÁC SỞ, NGÀNH', 'Đề nghị UBND tỉnh bố trí vốn đối ứng để hoàn thành các công trình cấp nước sinh hoạt tập trung cho các xã vùng khô hạn.', '(Đính kèm các phụ lục)', 'Trên đây là báo cáo.'].join('\n') },
    { name: 'two items merged under a heading in capitals joined by "VÀ" ("IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN ĐẾN VÀ KIẾN NGHỊ") are both there (session 35, ze02)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa', src: outline('ntm-so-ket-2021-2023-dia-phuong', {}, ['nhiem-vu-giai-phap', 'de-xuat-kien-nghi']).replace('(Đính kèm các phụ lục)', ['# IV. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN ĐẾN VÀ KIẾN NGHỊ', 'Tập trung nâng chất các tiêu chí; đề nghị huyện hỗ trợ kinh phí nâng cấp tuyến đường liên thôn.', '(Đính kèm các phụ lục)'].join('\n')) },
    { name: 'two items merged under one heading that bears both their numbers ("**(4), (5) Môi trường, cảnh quan; giáo dục, y tế:** …"), the rest numbered on: both there (session 35, pv04)', drop: ITEMS_24, extra: { ...results(MET), 'p1.iii.2.4': ['**(1) Quy hoạch:** 8/8 xã đã phê duyệt điều chỉnh quy hoạch chung xây dựng xã.', '**(2) Hạ tầng kinh tế - xã hội:** cứng hóa 48,6 km đường giao thông nông thôn các loại.', '**(3) Phát triển sản xuất, nâng cao thu nhập:** hình thành 12 chuỗi liên kết sản xuất nông sản.', '**(4), (5) Môi trường, cảnh quan; giáo dục, y tế:** 100% hộ có nhà tiêu hợp vệ sinh; 04/04 trường duy trì phổ cập giáo dục.', '**(6) Văn hóa:** khôi phục lễ hội truyền thống, duy trì 02 đội văn nghệ dân gian.', '**(7) An ninh, trật tự:** giữ vững an ninh chính trị, không có điểm nóng phức tạp.', '**(8) Xây dựng đảng và hệ thống chính trị cơ sở:** 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ.', '**(9) Giảm nghèo bền vững:** hỗ trợ 186 nhà ở cho hộ nghèo, cận nghèo trên địa bàn.', '**(10) Dịch vụ hành chính công:** tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2% tổng số hồ sơ.', '**(11) Giám sát, đánh giá:** cập nhật đầy đủ dữ liệu trên hệ thống giám sát của Chương trình.'].join('\n') } },
    { name: 'a heading\'s items set as two rows of a table under it, each a title and its text ("| 1. Nhiệm vụ | Tập trung … |", "| 2. Giải pháp | Tăng cường … |"): the heading is its item, the rows its items (session 35, pu06)', drop: ['p2.iii.1', 'p2.iii.2'], extra: { ...results(MET), 'p2.iii': ['| Nội dung | Cụ thể |', '| 1. Nhiệm vụ | Tập trung hoàn thiện tiêu chí cho 03 xã Khánh Hiệp, Khánh Trung, Cầu Bà; nâng chất lượng các thôn đã đạt chuẩn. |', '| 2. Giải pháp | Tăng cường lãnh đạo của cấp ủy; đào tạo nghề gắn với giải quyết việc làm cho lao động dân tộc thiểu số; phát triển vùng cây ăn quả. |'].join('\n') } },
    { name: 'the last two items of part II under one heading whose words are one of the first item\'s names and the second\'s title ("5. Kiện toàn bộ máy tham mưu, giúp việc và phát động phong trào thi đua"), the first item\'s own title long: both are there (session 49, nwq02)', pack: 'ntm-tong-ket-2010-2020', level: 'huyen', src: TONGKET_WRAPPED.replace('### 4. Kiện toàn bộ máy tham mưu, giúp việc Ban Chỉ đạo\nKiện toàn Văn phòng Điều phối nông thôn mới huyện với 03 cán bộ chuyên trách.\n### 5. Phát động phong trào thi đua', '### 4. Kiện toàn bộ máy tham mưu, giúp việc và phát động phong trào thi đua\nKiện toàn Văn phòng Điều phối nông thôn mới huyện với 03 cán bộ chuyên trách.') },
    { name: 'a ten-year review whose part is titled "KẾT QUẢ 10 NĂM XÂY DỰNG NÔNG THÔN MỚI" and whose own "II. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH" wraps the items after "I. BỐI CẢNH, THUẬN LỢI VÀ KHÓ KHĂN": the background is there (pack ntm-tong-ket-2010-2020 1.1.1 alias; session 35, py06)', pack: 'ntm-tong-ket-2010-2020', level: 'huyen', src: TONGKET_WRAPPED },
    {
      name: 'headings as bold lines with no number, one of them as long as its title in the writer\'s words ("Kết quả thực hiện các phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực và kiểm tra, giám sát ở cơ sở", 29 words) (session 26, ed05)',
      pack: 'ntm-tong-ket-2010-2020',
      src: outline('ntm-tong-ket-2010-2020')
        .replace('Kết quả thực hiện các Phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực và kiểm tra, giám sát tình hình thực hiện ở cơ sở', 'Kết quả thực hiện các phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực và kiểm tra, giám sát ở cơ sở')
        .replace(/^#{1,2} (?:\d\.\d\. )?(.*)$/gm, (_m, t: string) => `**${t}**`),
    },
    {
      name: '… and a long bold line under the report\'s title that names the report is its title, no heading ("BÁO CÁO THAM LUẬN" / "Kết quả, kinh nghiệm xây dựng xã nông thôn mới nâng cao gắn với phát triển kinh tế cửa khẩu …", 29 words) (session 26, ee06)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'xa',
      src: outline('ntm-so-ket-2021-2023-tham-luan').replace(/^BÁO CÁO\n[^\n]*/m, 'BÁO CÁO THAM LUẬN\n**Kết quả, kinh nghiệm xây dựng xã nông thôn mới nâng cao gắn với phát triển kinh tế cửa khẩu ở xã biên giới Tân Thanh, huyện Văn Lãng, tỉnh Lạng Sơn giai đoạn 2021 - 2023**'),
    },
    { name: 'an item\'s heading in a heading style that copies the plan\'s long title whole, run on with its guidance (400 characters) is read (session 23, cx03)', pack: 'ntm-so-ket-2021-2023-dia-phuong', src: outline('ntm-so-ket-2021-2023-dia-phuong').replace(/^(#+\s*1\. .*)$/mu, '$1: Kiện toàn Ban Chỉ đạo, bộ máy giúp việc, ban hành văn bản chỉ đạo, công tác truyền thông, thông tin tuyên truyền, vận động; công tác tập huấn, bồi dưỡng, hướng dẫn, kiểm tra, đôn đốc và tổng kết hằng năm; công tác thi đua khen thưởng, phong trào thi đua cả nước chung sức xây dựng nông thôn mới và các phong trào khác của địa phương') + '\nBIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ VÀ CÁC CHỈ TIÊU CHỦ YẾU\n| TT | Chỉ tiêu | Năm 2020 |\n| 1 | Số xã đạt chuẩn | 9 |' },
    { name: 'a number alone on its line, its title on the next in bold ("**5.**" / "**Bám sát các chủ trương …**") (session 23, cy04)', pack: 'nq04-ket-luan-ha-tinh', level: 'huyen', src: outline('nq04-ket-luan-ha-tinh').replace(/^#+\s*5\. (.*)$/mu, '**5.**\n**$1**') },
    {
      name: 'each part\'s label and title boxed alone in a one-cell table, over two lines ("| PHẦN THỨ NHẤT↵TÌNH HÌNH, KẾT QUẢ … |"), its items in headings (session 22, bn06)',
      src: nq16(results(MET)).replace(/^# Phần thứ nhất: (.*)$/mu, '| PHẦN THỨ NHẤT↵$1 |').replace(/^# Phần thứ hai: (.*)$/mu, '| PHẦN THỨ HAI↵$1 |'),
    },
    { name: 'the evaluation\'s first item in the usual words ("1. Ưu điểm, kết quả nổi bật") (session 19, xx01)', src: REPORT.replace('### 1. Những kết quả đạt được', '### 1. Ưu điểm, kết quả nổi bật') },
    { name: 'a part written before the one the outline puts first keeps its items ("III. Nhiệm vụ, giải pháp trọng tâm" with "1. Nhiệm vụ", "2. Giải pháp" before "II. Phương hướng, mục tiêu")', src: III_FIRST },
    { name: 'a complete report' },
    {
      name: 'a heading set as the first row of a one-column table, its text in the rows below ("III. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC")',
      pack: 'ntm-so-ket-2021-2023-so-nganh', level: 'so-nganh',
      src: outline('ntm-so-ket-2021-2023-so-nganh', { 'ton-tai-han-che': '' }).replace(/^#+ [^\n]*(?:TỒN TẠI|tồn tại)[^\n]*\n/mu, '| III. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC |\n| Một số xã chậm tiến độ đầu tư hạ tầng; nguồn vốn đối ứng của địa phương còn hạn chế. |\n| Công tác phối hợp giữa các sở, ngành đôi lúc chưa chặt chẽ. |\n'),
    },
    { name: 'the 11 nội dung run into paragraphs, two a paragraph ("Về quy hoạch: … Về hạ tầng: …"): each item present', src: REPORT_TOPICS_INLINE },
    { name: 'the 11 nội dung as plain dash lines with short labels ("- Quy hoạch: …", "- Văn hóa: …"): each item present', src: REPORT_DASH_ITEMS },
    { name: 'the 11 nội dung as short run-ins lettered by hand: "đ) Giáo dục, y tế" and "e) Văn hóa" in order for (5) and (6), "k) Dịch vụ hành chính công và giám sát, đánh giá" for (10) and (11)', src: REPORT_SHORT_RUN_INS },
    {
      name: 'headings written without diacritics, in capitals, abbreviated or as bold lines still match',
      src: REPORT
        .replace('# Phần thứ nhất: TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU', '**PHẦN THỨ NHẤT. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NQ 16**')
        .replace('### 3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan', '**3. Phan tich nguyen nhan han che, nhat la nguyen nhan chu quan**')
        .replace('### 4. Bài học kinh nghiệm', '### 4. BÀI HỌC KINH NGHIỆM'),
    },
    {
      name: 'a run-in heading ("**4. Bài học kinh nghiệm:** text") is found',
      src: REPORT.replace(/### 4\. Bài học kinh nghiệm\n[^\n]*/, '**4. Bài học kinh nghiệm:** Phải phát huy vai trò người đứng đầu cấp ủy.'),
    },
    {
      name: 'items written as unnumbered italic leads ("_Kết quả huy động nguồn lực._ Tổng nguồn lực …") are found',
      src: REPORT
        .replace(/#### 2\.5\. Kết quả huy động nguồn lực\n[^\n]*/, '__Kết quả huy động nguồn lực.__ Tổng nguồn lực huy động đạt 1.250 tỷ đồng.')
        .replace(/#### 2\.7\. ([^\n]*)\n[^\n]*/, '__$1.__ Các công trình đều được bàn bạc công khai với Nhân dân.'),
    },
    {
      name: 'the 11 nội dung written as whole italic paragraphs "(n) Title: text"',
      src: REPORT.replace(/##### \((\d+)\) ([^\n]*)\n([^\n]*)/g, (_m, n: string, t: string) => `__(${n}) ${t.split(/[,;]/)[0]}: đã triển khai đồng bộ, đạt kết quả tích cực trong giai đoạn.__`),
    },
    {
      name: 'numbers typed by hand with inconsistent endings ("2/ …", "3) …", "2.1- …", "2.2/ …") on bold lines',
      src: REPORT.replace(/^### (\d+)\. (.*)$/gm, (_l, n: string, t: string) => `**${n}${Number(n) % 2 ? '/' : ')'} ${t}**`).replace(/^#### (\d+\.\d+)\. (.*)$/gm, (_l, n: string, t: string) => `**${n}${n.endsWith('1') ? '-' : '/'} ${t}**`),
    },
    {
      name: 'the 11 nội dung typed as plain "(n) Title: text" lines, or all in one paragraph, some as one sentence',
      src: REPORT.replace(/##### \((\d+)\) ([^\n]*)\n([^\n]*)/g, (_m, n: string, t: string) => `(${n}) ${t.split(/[,;]/)[0]}: đã triển khai đồng bộ, đạt kết quả tích cực.`),
    },
    {
      name: 'the 11 nội dung all in one paragraph, the later ones as one sentence each',
      src: REPORT.replace(/(##### \(\d+\) [^\n]*\n[^\n]*\n?)+/, '(1) Quy hoạch: 47/47 xã hoàn thành điều chỉnh quy hoạch chung. (2) Hạ tầng kinh tế - xã hội: cứng hóa 612 km đường giao thông nông thôn. (3) Phát triển sản xuất: 214 hợp tác xã nông nghiệp hoạt động. (4) Môi trường, cảnh quan: 100% xã có tổ thu gom rác. (5) Giáo dục, y tế: 78% trường học đạt chuẩn quốc gia. (6) Văn hóa: 100% xã có thiết chế văn hóa. (7) An ninh, trật tự được bảo đảm, không có điểm nóng. (8) Hệ thống chính trị cơ sở được củng cố vững mạnh. (9) Giảm nghèo bền vững: tỷ lệ hộ nghèo giảm 1,9%/năm. (10) 100% xã thực hiện dịch vụ công trực tuyến. (11) Giám sát, đánh giá được thực hiện định kỳ 6 tháng.\n'),
    },
    { name: 'a number typed by Word numbering (not in the text) still matches', src: REPORT.replace('### 4. Bài học kinh nghiệm', '### Bài học kinh nghiệm') },
    { name: 'a number in the numbering label ({num=4.}) still matches', src: REPORT.replace('### 4. Bài học kinh nghiệm', '{num=4.} ### Bài học kinh nghiệm') },
    {
      name: 'the same item in other words ("Bối cảnh, thuận lợi và khó khăn")',
      src: REPORT.replace('### 1. Bối cảnh cụ thể, thuận lợi, khó khăn của địa phương, đơn vị', '### 1. Bối cảnh, thuận lợi và khó khăn'),
    },
    {
      name: 'two items merged into one heading ("Những hạn chế, khó khăn và nguyên nhân") are both present',
      src: nq16(results(MET), ['p1.iv.3']).replace('### 2. Những hạn chế, khó khăn', '### 2. Những hạn chế, khó khăn và nguyên nhân hạn chế, nhất là nguyên nhân chủ quan'),
    },
    {
      name: 'a tham luận\'s results heading in its own words, "Kết quả" and the words of the report\'s title ("BÁO CÁO THAM LUẬN" / "Kết quả duy trì, nâng chuẩn xã nông thôn mới theo Bộ tiêu chí giai đoạn 2022-2025 tại xã Điện Hòa" / "I. KẾT QUẢ DUY TRÌ, NÂNG CHUẨN XÃ NÔNG THÔN MỚI THEO BỘ TIÊU CHÍ GIAI ĐOẠN 2022-2025") — the pack\'s title-leads (session 47, nvz04)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'xa',
      src: ['ỦY BAN NHÂN DÂN XÃ ĐIỆN HÒA', 'BÁO CÁO THAM LUẬN', '**Kết quả duy trì, nâng chuẩn xã nông thôn mới theo Bộ tiêu chí giai đoạn 2022-2025 tại xã Điện Hòa**', '# I. KHÁI QUÁT ĐẶC ĐIỂM CỦA XÃ', 'Xã có 8 thôn, 3.120 hộ.', '# II. KẾT QUẢ DUY TRÌ, NÂNG CHUẨN XÃ NÔNG THÔN MỚI THEO BỘ TIÊU CHÍ GIAI ĐOẠN 2022-2025', '## 1. Công tác chỉ đạo, điều hành', 'Ban Chỉ đạo xã được kiện toàn.', '## 2. Huy động nguồn lực và thực hiện các tiêu chí chưa đạt', 'Tổng nguồn lực huy động 38,72 tỷ đồng.', '## 3. Kết quả đạt được', 'Xã duy trì 19/19 tiêu chí.', '## 4. Một số kinh nghiệm', 'Phát huy vai trò chủ thể của người dân.', '# III. NHỮNG KHÓ KHĂN, VƯỚNG MẮC', 'Nguồn lực còn hạn chế.', '# IV. KIẾN NGHỊ, ĐỀ XUẤT', '## 1. Đối với UBND tỉnh', 'Bố trí thêm vốn.', '# V. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN ĐẾN', 'Tiếp tục nâng chất các tiêu chí.'].join('\n'),
    },
    { name: 'an item present but empty is not missing', extra: { 'p1.iv.4': '' } },
    {
      name: 'a tham luận part whose heading holds an alias after a word of its own ("LỘ TRÌNH, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM …")',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN HỒNG DÂN', '**BÀI THAM LUẬN**', 'Kính thưa toàn thể Hội nghị!',
        '# I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH TRÊN ĐỊA BÀN HUYỆN TRONG 3 NĂM (2021-2023)', 'Huyện có 9/9 xã đạt chuẩn nông thôn mới, trong đó 02 xã đạt chuẩn nâng cao.',
        '# II. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT', '### 1. Tồn tại, hạn chế, vướng mắc', 'Nguồn lực đầu tư còn hạn chế, một số tiêu chí chưa bền vững.',
        '### 2. Kiến nghị, đề xuất', 'Đề nghị tỉnh bố trí thêm vốn cho các xã đặc biệt khó khăn.',
        '# III. LỘ TRÌNH, NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM ĐỂ ĐẠT CHUẨN HUYỆN NÔNG THÔN MỚI NĂM 2025', 'Tập trung hoàn thiện hồ sơ đề nghị công nhận huyện đạt chuẩn trong năm 2025.',
        'Trên đây là tham luận của UBND huyện Hồng Dân.',
      ].join('\n'),
    },
    {
      name: 'a short item merged into a heading that fits its sibling ("Nội dung, giải pháp thực hiện và cơ chế chính sách huy động nguồn lực")',
      pack: 'ntm-tong-ket-2010-2020',
      src: outline('ntm-tong-ket-2010-2020', {}, ['1-2.co-che']).replace('## Nội dung, giải pháp thực hiện, đặc biệt là những nội dung, giải pháp để tiếp tục nâng cao chất lượng, đảm bảo tính bền vững của Chương trình', '## 3. Nội dung, giải pháp thực hiện và cơ chế chính sách huy động nguồn lực'),
    },
    {
      name: 'the items of Phần 1.2 as dash lines led by bold ("- Quan điểm chỉ đạo: …")',
      pack: 'ntm-tong-ket-2010-2020',
      src: outline('ntm-tong-ket-2010-2020').replace(/^## (Quan điểm chỉ đạo|Cơ chế chính sách huy động nguồn lực)\n([^\n]*)/gm, (_m, t: string, body: string) => `**- ${t}:** ${body} Nội dung này được quán triệt đến từng chi bộ.`),
    },
    {
      name: 'headings typed as plain paragraphs: "I. KHÁI QUÁT" in capitals, "1. Title. Text …" with the text after a full stop, "2.1. Title" alone on its line',
      src: REPORT
        .replace(/^# (Phần thứ nhất[^\n]*)$/m, '$1')
        .replace(/^## (I+V?\. [^\n]*)$/gm, (_l, t: string) => t.toUpperCase())
        .replace(/^### (\d+\. [^\n]*)\n([^\n#|*]+)$/gm, (_m, t: string, body: string) => `${t.replace(/[.:]$/, '')}. ${body}`)
        .replace(/^#### (\d+\.\d+\. [^\n]*)$/gm, '$1'),
    },
    {
      name: 'items as bold lines led by a typed symbol ("❖ Tác động của Chương trình"), the longest of 27 words',
      pack: 'ntm-tong-ket-2010-2020',
      src: outline('ntm-tong-ket-2010-2020').replace(/^# (1\.\d\. )(.*)$/gm, (_m, n: string, t: string) => `${n}${t.toUpperCase()}`).replace(/^## (.*)$/gm, '**❖ $1**'),
    },
    {
      name: 'items typed "a/", "b/" on plain paragraphs, parts typed "1.1" in capitals (the South\'s way)',
      pack: 'ntm-tong-ket-2010-2020',
      src: (() => {
        let k = 0;
        return outline('ntm-tong-ket-2010-2020').split('\n').map((l) => {
          const part = /^# (1\.\d)\. (.*)$/.exec(l);
          if (part) { k = 0; return `${part[1]} ${part[2].toUpperCase()}`; }
          return l.replace(/^## (.*)$/, (_m, t: string) => `${'abcdeghik'[k++]}/ ${t}`);
        }).join('\n');
      })(),
    },
    {
      name: 'two items under one heading that joins them with "và" ("3. Giải pháp và kiến nghị trong thời gian tới")',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      src: outline('ntm-so-ket-2021-2023-tham-luan').replace(/^# Kiến nghị, đề xuất\n[^\n]*\n# Nhiệm vụ, giải pháp[^\n]*$/m, '# 3. Giải pháp và kiến nghị trong thời gian tới'),
    },
    {
      name: 'parts as underlined lines ending in a colon, with no number, bold or style ("Kết quả thực hiện:")',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      src: outline('ntm-so-ket-2021-2023-tham-luan')
        .replace(/^# Kết quả thực hiện[^\n]*$/m, '{u} Kết quả thực hiện:')
        .replace(/^# Những tồn tại, hạn chế, vướng mắc$/m, '{u} Những tồn tại, hạn chế, vướng mắc:')
        .replace(/^# Kiến nghị, đề xuất$/m, '{u} Kiến nghị, đề xuất:')
        .replace(/^# Nhiệm vụ, giải pháp[^\n]*$/m, '{u} Nhiệm vụ, giải pháp triển khai các nội dung này trong thời gian đến:'),
    },
    {
      name: 'tasks numbered in words on bold lines, under the writer\'s own parts ("**Một là, tiếp tục tăng cường …**" … "**Tám là, về tổ chức thực hiện**")',
      pack: 'nq04-ket-luan-ha-tinh',
      src: outline('nq04-ket-luan-ha-tinh').replace(/^# (\d)\. (.*)$/gm, (_m, d: string, t: string) => `**${['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám'][Number(d) - 1]} là, ${t.charAt(0).toLowerCase()}${t.slice(1)}**`),
    },
    {
      name: 'parts as short lines in capitals set off by nothing else (no number, no bold, no style)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      src: outline('ntm-so-ket-2021-2023-tham-luan').replace(/^# (.*)$/gm, (_m, t: string) => t.toUpperCase()),
    },
    {
      name: 'headings whose typed number alone is bold ("**1.** Công tác tuyên truyền" on a Normal paragraph)',
      src: REPORT.replace(/^### (\d+\.) ([^\n]*)$/gm, '**$1** $2').replace(/^#### (\d+\.\d+\.) ([^\n]*)$/gm, '**$1** $2'),
    },
    {
      name: 'plain numbered lines ending in a colon ("4. Bài học kinh nghiệm:") with the text below',
      src: REPORT.replace(/^### (\d+\. [^\n]*)$/gm, '$1:'),
    },
    {
      name: 'headings numbered by Word on Normal paragraphs, not bold ({num=…} labels, set off by nothing else)',
      src: REPORT.replace(/^### \d+\. ([^\n]*)$/gm, (_l, t: string) => `{num=${'x'}.} ${t}`).replace(/\{num=x\.\}/g, () => `{num=${++n}.}`),
    },
    {
      name: 'two of the 11 nội dung merged under one heading that names only one word of the second, the rest renumbered ("(5) Giáo dục, y tế, văn hóa …", then "(6)" for (7))',
      src: REPORT.replace(/##### \(6\) [^\n]*\n[^\n]*\n/, '').replace(/##### \((\d+)\) /g, (m, d: string) => (Number(d) > 6 ? `##### (${Number(d) - 1}) ` : m)).replace(/##### \(5\) [^\n]*/, '##### (5) Giáo dục, y tế, văn hóa và chăm sóc sức khỏe người dân nông thôn'),
    },
    {
      name: 'the first two of the 11 nội dung merged under a heading numbered (1), the rest one behind ("(1) Quy hoạch và phát triển hạ tầng kinh tế - xã hội, kết nối nông thôn - đô thị", then "(2)" for (3))',
      src: REPORT.replace(/##### \(2\) [^\n]*\n[^\n]*\n/, '').replace(/##### \((\d+)\) /g, (m, d: string) => (Number(d) > 2 ? `##### (${Number(d) - 1}) ` : m)).replace(/##### \(1\) [^\n]*/, '##### (1) Quy hoạch và phát triển hạ tầng kinh tế - xã hội, kết nối nông thôn - đô thị'),
    },
    {
      name: 'headings set alone in one-row tables ("| I | KHÁI QUÁT TÌNH HÌNH |") with the text below',
      pack: 'ntm-so-ket-2021-2023-dia-phuong',
      level: 'xa',
      src: TABLE_REPORT.replace(/^\| (\w+) \| ([^|]+) \| ([^|]+) \|$/gm, '| $1 | $2 |\nNội dung: $3'),
    },
    {
      name: 'a commune report written as one table "TT | Nội dung | Kết quả thực hiện"',
      pack: 'ntm-so-ket-2021-2023-dia-phuong',
      level: 'xa',
      src: TABLE_REPORT,
    },
  ],
  invalid: [
    {
      name: 'a tham luận\'s results heading framed by the name "Kết quả và kinh nghiệm", its subject between ("1. KẾT QUẢ XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2021-2023 VÀ KINH NGHIỆM"), bold lines numbered by hand: the results are there, only the shortcomings missing (session 59, nzd06)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'xa',
      src: [
        'ỦY BAN NHÂN DÂN XÃ CÁT HANH', 'BÁO CÁO THAM LUẬN', '**Kết quả và giải pháp phấn đấu xây dựng xã Cát Hanh đạt chuẩn nông thôn mới nâng cao đến năm 2025**',
        '**Kính thưa các đồng chí lãnh đạo!**', 'Cát Hanh là xã bán sơn địa, có 08 thôn với 3.912 hộ.',
        '**1. KẾT QUẢ XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO GIAI ĐOẠN 2021-2023 VÀ KINH NGHIỆM**', '***1.1. Kết quả đạt được***', 'Đến 31/12/2023, xã đạt 15/19 tiêu chí nông thôn mới nâng cao.',
        '***1.2. Một số kinh nghiệm***', 'Phát huy vai trò chủ thể của người dân.',
        '**2. KIẾN NGHỊ, ĐỀ XUẤT**', 'Đề nghị tỉnh hỗ trợ kinh phí làm đường nội đồng.',
        '**3. NHIỆM VỤ, GIẢI PHÁP ĐẾN NĂM 2025**', 'Tập trung hoàn thành 04 tiêu chí còn lại trong năm 2024.',
        'Xin chân thành cảm ơn!',
      ].join('\n'),
      expect: { sections: ['ton-tai-han-che'] },
    },
    {
      name: 'a tham luận\'s results heading that pairs the results with the ways they were got ("1. Kết quả và cách làm trong xây dựng thôn nông thôn mới kiểu mẫu"), its words not all the title\'s: the results are there, only the shortcomings missing (session 60, nzj04)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'huyen',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN YÊN PHONG', 'THAM LUẬN', '**Xây dựng thôn nông thôn mới kiểu mẫu gắn với chỉnh trang khu dân cư - kết quả và kinh nghiệm của huyện Yên Phong**',
        'Kính thưa Hội nghị!', 'Yên Phong có 13 xã và thị trấn Chờ với 94 thôn, khu phố.',
        '**1. Kết quả và cách làm trong xây dựng thôn nông thôn mới kiểu mẫu**', 'Sau 3 năm toàn huyện có 27/82 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.',
        '***Một là, chọn đúng thôn làm điểm.***', 'Huyện khuyến khích các thôn tự đăng ký.',
        '**2. Đề xuất, kiến nghị và giải pháp thời gian tới**', '***a) Đề xuất, kiến nghị***', 'Đề nghị UBND tỉnh nâng mức hỗ trợ.',
        '***b) Giải pháp trong thời gian tới***', 'Phấn đấu đến năm 2025 toàn huyện có ít nhất 40 thôn đạt chuẩn.',
        'Xin trân trọng cảm ơn!',
      ].join('\n'),
      expect: { sections: ['ton-tai-han-che'] },
    },
    {
      name: '… and a sub-heading of the background that repeats the title ("1. Kết quả duy trì, nâng chuẩn … giai đoạn 2016-2020" under "I. KHÁI QUÁT …") is no results part: the results are missing, the rest still mapped (session 47; walk47 vB)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'xa',
      src: ['ỦY BAN NHÂN DÂN XÃ ĐIỆN HÒA', 'BÁO CÁO THAM LUẬN', '**Kết quả duy trì, nâng chuẩn xã nông thôn mới theo Bộ tiêu chí giai đoạn 2022-2025 tại xã Điện Hòa**', '# I. KHÁI QUÁT ĐẶC ĐIỂM CỦA XÃ', 'Xã có 8 thôn, 3.120 hộ.', '## 1. Kết quả duy trì, nâng chuẩn xã nông thôn mới theo Bộ tiêu chí giai đoạn 2016-2020', 'Năm 2019 xã đạt chuẩn nông thôn mới nâng cao.', '# II. TÌNH HÌNH TRIỂN KHAI Ở XÃ', 'Ban Chỉ đạo xã được kiện toàn; xã duy trì 19/19 tiêu chí.', '# III. NHỮNG KHÓ KHĂN, VƯỚNG MẮC', 'Nguồn lực còn hạn chế.', '# IV. KIẾN NGHỊ, ĐỀ XUẤT', 'Bố trí thêm vốn.', '# V. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN ĐẾN', 'Tiếp tục nâng chất các tiêu chí.'].join('\n'),
      expect: { count: 1, snippets: [] },
    },
    {
      name: '… but a commune\'s yearly report, no tham luận, checked against the tham luận pack: its heading "II. KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2023" repeats its own title, which names no tham luận (session 47; review-47d E9)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'xa',
      src: ['ỦY BAN NHÂN DÂN XÃ ĐIỆN HÒA', 'Số: 85/BC-UBND', 'BÁO CÁO', '**Kết quả xây dựng nông thôn mới năm 2023 và phương hướng, nhiệm vụ năm 2024**', '# I. ĐẶC ĐIỂM TÌNH HÌNH', 'Xã có 8 thôn, 3.120 hộ.', '# II. KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI NĂM 2023', 'Xã duy trì 19/19 tiêu chí, 8/8 thôn đạt chuẩn.', '# III. TỒN TẠI, HẠN CHẾ', 'Thu nhập còn thấp.', '# IV. KIẾN NGHỊ, ĐỀ XUẤT', 'Đề nghị huyện hỗ trợ vốn.', '# V. NHIỆM VỤ, GIẢI PHÁP NĂM 2024', 'Nâng chất các tiêu chí.'].join('\n'),
      expect: { count: 1, snippets: [] },
    },
    {
      name: 'an item left out (5), the next one reworded for the writer\'s own body under its own number ("6. Đổi mới phương thức hoạt động của Mặt trận, nâng cao chất lượng đội ngũ cán bộ") between items numbered as the outline numbers them: only item 5 is missing (session 40, nug05)',
      pack: 'nq04-ket-luan-ha-tinh', level: 'huyen',
      src: nq04Untitled([...NQ04_TASKS.slice(0, 4), '6. Đổi mới phương thức hoạt động của Mặt trận, nâng cao chất lượng đội ngũ cán bộ', ...NQ04_TASKS.slice(6)]),
      expect: { sections: ['nv-5'] },
    },
    { name: 'item (10) left out, (11) named by its short name under the number (10) the writer\'s Word gave it ("(10) Giám sát, đánh giá: …"): only (10) is missing (pack nq16 1.3.14 alias; session 35, px02)', drop: ITEMS_24, extra: { ...results(MET), 'p1.iii.2.4': RUN_INS_24(['Quy hoạch', 'Hạ tầng', 'Phát triển sản xuất', 'Môi trường, cảnh quan', 'Giáo dục, y tế', 'Văn hóa', 'An ninh, trật tự', 'Xây dựng Đảng và hệ thống chính trị', 'Giảm nghèo bền vững', 'Giám sát, đánh giá'], (k) => `(${k + 1})`) }, expect: { sections: ['p1.iii.2.4.10'] } },
    { name: 'a heading "Mục tiêu" in the slot of an item about "các chương trình mục tiêu quốc gia …" is not that item: the programme\'s name is one term (session 28, fh03)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa', src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'no-dong-xdcb': 'Xã không có nợ đọng xây dựng cơ bản.\n# III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN ĐẾN\n## 1. Mục tiêu\nPhấn đấu đến năm 2025 duy trì vững chắc 19/19 tiêu chí.' }, ['dieu-8-nd27']), expect: { sections: ['dieu-8-nd27'] } },
    {
      name: 'the whole of 2.4 left out, the items after it renumbered and the resources before the criteria, a run-in of 2.3 naming what one of 2.4\'s items names ("**Về khoa học và công nghệ:** …"): only the part is missing (session 26, ev02)',
      src: (() => {
        const a = REPORT.indexOf('#### 2.4.');
        const b = REPORT.indexOf('#### 2.6.');
        const c = REPORT.indexOf('#### 2.5.');
        const d = REPORT.indexOf('#### 2.7.');
        return (REPORT.slice(0, a) + '**Về khoa học và công nghệ:** Phối hợp tổ chức 84 lớp tập huấn chuyển giao tiến bộ kỹ thuật cho 5.040 lượt hội viên.\n' + REPORT.slice(c, d).replace('#### 2.5.', '#### 2.4.') + REPORT.slice(b, c).replace('#### 2.6. Kết quả thực hiện Bộ tiêu chí nông thôn mới các cấp giai đoạn 2021-2025', '#### 2.5. Tham gia thực hiện Bộ tiêu chí nông thôn mới') + REPORT.slice(d).replace('#### 2.7.', '#### 2.6.').replace('#### 2.8.', '#### 2.7.'));
      })(),
      expect: { sections: ['p1.iii.2.4'] },
    },
    {
      name: 'the pack\'s items each written over its own parts, on the level of the one written plainly, one item left out: only that one is missing, the report is no other outline\'s ("I. KẾT QUẢ 3 NĂM THỰC HIỆN CHƯƠNG TRÌNH" over "2. Kết quả thực hiện tiêu chí …", "III. LỘ TRÌNH, GIẢI PHÁP …" over "2. Giải pháp", beside "II. KIẾN NGHỊ, ĐỀ XUẤT") (session 26, xc06)',
      pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'huyen',
      src: ['ỦY BAN NHÂN DÂN', 'HUYỆN DUY XUYÊN', 'Số: 145/BC-UBND', ...[
        'THAM LUẬN', '**Kinh nghiệm xây dựng huyện nông thôn mới nâng cao**',
        '**I. KẾT QUẢ 3 NĂM THỰC HIỆN CHƯƠNG TRÌNH (2021 - 2023)**', '**1. Công tác lãnh đạo, chỉ đạo**', 'Huyện ủy ban hành 12 văn bản lãnh đạo, chỉ đạo.',
        '**2. Kết quả thực hiện tiêu chí huyện nông thôn mới nâng cao**', 'Huyện đạt 8/9 tiêu chí huyện nông thôn mới nâng cao.',
        '**3. Huy động nguồn lực**', 'Tổng nguồn lực huy động đạt 1.245 tỷ đồng.',
        '**II. KIẾN NGHỊ, ĐỀ XUẤT**', 'Đề nghị tỉnh hỗ trợ vốn cho các xã đặc biệt khó khăn.',
        '**III. LỘ TRÌNH, GIẢI PHÁP HOÀN THÀNH MỤC TIÊU HUYỆN NÔNG THÔN MỚI NÂNG CAO NĂM 2025**', '**1. Lộ trình**', 'Năm 2025 hoàn thành tiêu chí còn lại.', '**2. Giải pháp**', 'Tập trung huy động nguồn lực xã hội hóa.',
        'Trên đây là tham luận của UBND huyện.',
      ]].join('\n'),
      expect: { sections: ['ton-tai-han-che'] },
    },
    {
      name: 'an item left out while the one the outline puts two after it is written in its place, its number taken ("5. Phát huy vai trò của MTTQ …" before "6. Đổi mới …"): the left-out item is missing, not the Mặt trận\'s (session 22, by04)',
      pack: 'nq04-ket-luan-ha-tinh', level: 'huyen',
      src: nq04Untitled([...NQ04_TASKS.slice(0, 4), '5. Phát huy vai trò của MTTQ, các tổ chức chính trị - xã hội trong xây dựng NTM', '6. Đổi mới phương thức lãnh đạo của cấp ủy, quản lý điều hành của chính quyền', '7. Tổ chức thực hiện']),
      expect: { sections: ['nv-5'] },
    },
    {
      name: 'a tham luận part headed by the two words only that item has, then its aim ("Giải pháp phấn đấu đạt chuẩn xã nông thôn mới nâng cao năm 2025"), with Kiến nghị left out',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      src: [
        'ỦY BAN NHÂN DÂN', 'XÃ TAM PHƯỚC', '**BÀI THAM LUẬN**', 'Kính thưa toàn thể Hội nghị!',
        '## Kết quả thực hiện xây dựng nông thôn mới nâng cao giai đoạn 2021-2023', 'Xã đạt 19/19 tiêu chí xã nông thôn mới nâng cao, thu nhập bình quân đạt 62 triệu đồng/người/năm.',
        '## Những khó khăn, vướng mắc', 'Nguồn lực đầu tư còn hạn chế, một số tiêu chí chưa bền vững.',
        '## Giải pháp phấn đấu đạt chuẩn xã nông thôn mới nâng cao năm 2025', 'Tiếp tục vận động Nhân dân chỉnh trang khu dân cư, phát triển sản phẩm OCOP.',
      ].join('\n'),
      level: 'xa',
      expect: { sections: ['kien-nghi'] },
    },
    {
      name: 'the one heading left after the last matched item, where the outline leaves one item open ("III- Lộ trình, nhiệm vụ trọng tâm đến năm 2025")',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      src: outline('ntm-so-ket-2021-2023-tham-luan').replace(/^# Những tồn tại[^\n]*\n[^\n]*\n/m, '').replace(/^# Nhiệm vụ, giải pháp[^\n]*$/m, '# III- Lộ trình, nhiệm vụ trọng tâm đến năm 2025'),
      expect: { sections: ['ton-tai-han-che'] },
    },
    {
      name: 'a plain paragraph opening "Thứ hai, …" in the text is no heading: it does not stand in for a missing task',
      pack: 'nq04-ket-luan-ha-tinh',
      src: outline('nq04-ket-luan-ha-tinh').replace(/^# 3\. [^\n]*\n/m, '').replace(/^# 2\. ([^\n]*)\n([^\n]*)$/m, '# 2. $1\n$2\nThứ hai, tập trung thực hiện tái cơ cấu ngành nông nghiệp gắn với bảo vệ môi trường và thích ứng với biến đổi khí hậu'),
      expect: { sections: ['nv-3'] },
    },
    {
      name: 'an italic lead of the writer\'s own does not stand in for a missing item',
      src: nq16(results(MET), ['p1.iv.4']).replace('### 3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan', '### 3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan\n__Về công tác tuyên truyền vận động.__ Một số nơi còn hình thức, chưa sâu.'),
      expect: { sections: ['p1.iv.4'] },
    },
    {
      name: 'a commune report written as one table, with one row of the outline left out',
      pack: 'ntm-so-ket-2021-2023-dia-phuong',
      level: 'xa',
      src: TABLE_REPORT.replace(/^\| VI \|[^\n]*\n/m, ''),
      expect: { sections: ['no-dong-xdcb'] },
    },
    { name: 'the 11 nội dung as plain dash lines, "- Văn hóa: …" left out', src: REPORT_DASH_ITEMS.replace(/^- Văn hóa:[^\n]*\n/m, ''), expect: { sections: ['p1.iii.2.4.6'] } },
    { name: 'the 11 nội dung run into paragraphs, "Về văn hóa: …" left out', src: REPORT_TOPICS_INLINE.replace(' Về văn hóa: 92,6% hộ đạt gia đình văn hóa.', ''), expect: { sections: ['p1.iii.2.4.6'] } },
    { name: 'a label under 2.4 that names none of its items ("Về công tác chỉ đạo: …" for "Về quy hoạch: …"): (1) is missing', src: REPORT_TOPICS_INLINE.replace('Về quy hoạch: hoàn thành điều chỉnh quy hoạch chung xây dựng xã năm 2023.', 'Về công tác chỉ đạo: Ban Chỉ đạo huyện ban hành 12 văn bản.'), expect: { sections: ['p1.iii.2.4.1'] } },
    { name: 'a table\'s caption set off like a heading ("**Bảng: Kết quả xây dựng NTM tổng hợp theo xã …**") among the tasks takes no missing task: task 5 is missing, not out of order (session 27, es04)', pack: 'nq04-ket-luan-ha-tinh', level: 'huyen', src: NQ04_UNTITLED_HEAD + '**I. KHÁI QUÁT CHUNG**\nHuyện có 16 xã.\n**II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP THEO KẾT LUẬN**\n' + NQ04_TASKS.filter((t) => !t.startsWith('5.')).map((t, k) => `**${t}**\nBan Thường vụ Huyện ủy ban hành 12 văn bản chỉ đạo.` + (k === 1 ? '\n**Bảng: Kết quả xây dựng NTM tổng hợp theo xã hình thành sau sắp xếp**\n| TT | Xã | Kết quả |\n| 1 | Cẩm Bình | Đạt |' : '')).join('\n'), expect: { sections: ['nv-5'] } },
    { name: 'a missing item is reported once, by id', drop: ['p1.iv.3'], expect: { sections: ['p1.iv.3'], severity: 'error' } },
    { name: 'a missing part is reported as the part, not each of its items', drop: ['p1.iv'], expect: { sections: ['p1.iv'] } },
    { name: 'the whole Phần thứ hai missing is one finding', drop: ['p2'], expect: { sections: ['p2'] } },
    { name: 'items missing in two parts, in outline order', drop: ['p1.ii.3', 'p2.iii.2'], expect: { sections: ['p1.ii.3', 'p2.iii.2'] } },
    { name: 'one of the 11 nội dung thành phần left out: (7) an ninh trật tự', drop: ['p1.iii.2.4.7'], expect: { sections: ['p1.iii.2.4.7'] } },
    {
      name: 'short run-ins lettered by hand where "đ)" is the writer\'s own topic, not item (5): two headings left for two items do not make (5) found',
      src: REPORT_SHORT_RUN_INS.replace(/^đ\) Giáo dục, y tế:[^\n]*/m, 'đ) Phát triển du lịch nông thôn gắn với sản phẩm OCOP: 02 điểm du lịch cộng đồng được công nhận.'),
      expect: { sections: ['p1.iii.2.4.5'] },
    },
    {
      name: 'the first of the 11 left out, the rest renumbered, the next heading sharing a few words with it ("(1) Phát triển hạ tầng kinh tế - xã hội nông thôn mới"): missing, not merged',
      src: REPORT.replace(/##### \(1\) [^\n]*\n[^\n]*\n/, '').replace(/##### \((\d+)\) /g, (_m, d: string) => `##### (${Number(d) - 1}) `).replace(/##### \(1\) [^\n]*/, '##### (1) Phát triển hạ tầng kinh tế - xã hội nông thôn mới'),
      expect: { sections: ['p1.iii.2.4.1'] },
    },
    {
      name: 'one of the 11 left out and the rest renumbered by Word: the item before names none of its words, so it is missing, not merged',
      src: REPORT.replace(/##### \(6\) [^\n]*\n[^\n]*\n/, '').replace(/##### \((\d+)\) /g, (m, d: string) => (Number(d) > 6 ? `##### (${Number(d) - 1}) ` : m)),
      expect: { sections: ['p1.iii.2.4.6'] },
    },
    { name: 'a part left out while its neighbours stay: II. Công tác lãnh đạo, chỉ đạo', drop: ['p1.ii'], expect: { sections: ['p1.ii'], count: 1 } },
    {
      name: 'an item left out, the rest renumbered, the heading before it sharing only the programme\'s name with it ("4. Huy động, lồng ghép nguồn lực xây dựng nông thôn mới", then "5." for 6): missing, not merged (session 20, zs05, ze04)',
      pack: 'nq04-ket-luan-ha-tinh',
      level: 'huyen',
      src: outline('nq04-ket-luan-ha-tinh', {}).replace(/^# 5\. [^\n]*\n[^\n]*\n/m, '').replace(/^# 4\. [^\n]*/m, '# 4. Huy động, lồng ghép nguồn lực xây dựng nông thôn mới').replace(/^# ([678])\. /gm, (_m, d: string) => `# ${Number(d) - 1}. `),
      expect: { sections: ['nv-5'], count: 1 },
    },
  ],
});

describe('missing-section: where the missing item goes, by the writer\'s headings around it (session 41\'s walk-through, item 3)', () => {
  const pack = builtinPack('nq16-so-ket-3-nam')!;
  const advice = (src: string) => check(doc(src), pack, { level: 'huyen' }).findings.filter((f) => f.code === 'missing-section').map((f) => f.suggestion!.vi);
  test('between the written items before and after it', () => {
    const [s] = advice(nq16(results(MET), ['p1.iv.3']));
    expect(s).toMatch(/^Thêm mục này sau mục "2\. [^"]+", trước mục "4\. [^"]+", theo thứ tự của đề cương\.$/u);
  });
  test('… after the last written item where it closes its part', () => {
    const [s] = advice(nq16(results(MET), ['p1.iv.4']));
    expect(s).toMatch(/^Thêm mục này sau mục "3\. [^"]+", theo thứ tự của đề cương\.$/u);
  });
  test('… before the first written, and inside the part where none of its items is written', () => {
    expect(advice(nq16(results(MET), ['p1.iv.1']))[0]).toMatch(/^Thêm mục này trước mục "2\. [^"]+"/u);
    const all = advice(nq16(results(MET), ['p1.iv.1', 'p1.iv.2', 'p1.iv.3', 'p1.iv.4']));
    expect(all.length).toBe(4);
    expect(all[0]).toMatch(/^Thêm mục này trong mục "IV\. [^"]+"\.$/u);
  });
});

export const KNOWN_GAPS: Gap[] = [];
