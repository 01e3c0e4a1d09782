import { foldDiacritics } from '../../../src/core/text';
import { ruleTester, type Gap } from './tester';
import { MET, MET_TINH, NQ16_HEAD, asTable, doc, nq16, outline, results } from '../doc';
import { check } from '../../../src/core/check';
import { builtinPack } from '../../../src/packs/builtin';

const REPORT = nq16(results(MET));

ruleTester('unmapped-document', {
  valid: [
    {
      name: 'a commune answering the province\'s questionnaire question by question, each question a bold line "Câu 1. …?" and its answer under it, one question per task of the template (session 64, pqe02)',
      pack: 'nq04-ket-luan-ha-tinh',
      level: 'xa',
      src: [
        'ỦY BAN NHÂN DÂN', 'XÃ THẠCH KHÊ', 'BÁO CÁO', 'Trả lời Phiếu khảo sát kết quả thực hiện Kết luận của Ban Chấp hành Đảng bộ tỉnh về tiếp tục thực hiện Nghị quyết số 04-NQ/TU',
        '**Câu 1. Kết quả công tác quán triệt, tuyên truyền, tạo sự đồng thuận trong hệ thống chính trị và Nhân dân?**', '**Trả lời:** Đảng ủy đã tổ chức quán triệt Kết luận đến 100% chi bộ.',
        '**Câu 2. Kết quả thực hiện mục tiêu tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới theo Quyết định số 321/QĐ-TTg?**', '**Trả lời:** 03/03 xã (cũ) đạt chuẩn nông thôn mới.',
        '**Câu 3. Kết quả tái cơ cấu ngành nông nghiệp gắn với bảo vệ môi trường và thích ứng với biến đổi khí hậu?**', '**Trả lời:** Lúa chất lượng cao 280 ha liên kết bao tiêu.',
        '**Câu 4. Kết quả huy động, lồng ghép nguồn lực thực hiện Chương trình?**', '**Trả lời:** Tổng nguồn lực huy động 96,40 tỷ đồng.',
        '**Câu 5. Công tác duy trì, nâng cao chất lượng các tiêu chí; chuẩn bị thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2026-2030?**', '**Trả lời:** Đã rà soát toàn bộ 19 tiêu chí.',
        '**Câu 6. Đổi mới phương thức lãnh đạo của cấp ủy, quản lý, điều hành của chính quyền?**', '**Trả lời:** Đảng ủy ban hành nghị quyết chuyên đề hằng năm.',
        '**Câu 7. Vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong xây dựng nông thôn mới?**', '**Trả lời:** Hội Nông dân vận động xây dựng 312 vườn mẫu.',
        '**Câu 8. Tổ chức thực hiện Kết luận ở cơ sở?**', '**Trả lời:** Ban Chỉ đạo tổ chức 15 cuộc kiểm tra tại thôn.',
        '**Câu 9. Khó khăn, vướng mắc và đề xuất, kiến nghị?**', '**Trả lời:** Đề nghị tỉnh hướng dẫn công nhận xã hình thành sau sắp xếp.',
        'TM. ỦY BAN NHÂN DÂN',
      ].join('\n'),
    },
    {
      name: 'a department\'s last part wrapping two items as its own numbered headings ("III. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT" over "1. Tồn tại, hạn chế, vướng mắc" and "2. Kiến nghị, đề xuất"), the results part with six items of the writer\'s own: the two read at the wrapper\'s level, beside "I." and "II." (session 62, nzt03)',
      pack: 'ntm-so-ket-2021-2023-so-nganh',
      level: 'so-nganh',
      src: [
        'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'BÁO CÁO', 'Sơ kết 3 năm (2021 - 2023) thực hiện các nội dung thành phần thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới do Sở Nông nghiệp và Phát triển nông thôn chủ trì',
        '# I. KẾT QUẢ 3 NĂM (2021-2023) TRIỂN KHAI THỰC HIỆN CÁC NỘI DUNG THÀNH PHẦN ĐƯỢC PHÂN CÔNG CHỦ TRÌ',
        '## 1. Công tác chỉ đạo, điều hành', 'Sở tham mưu UBND tỉnh ban hành 14 văn bản.',
        '## 2. Kết quả sản xuất trồng trọt', 'Diện tích lúa chất lượng cao đạt 72%.',
        '## 3. Kết quả sản xuất thủy sản, nuôi tôm', 'Sản lượng thủy sản nuôi tăng bình quân 6,8%/năm.',
        '## 4. Công tác khuyến nông, chuyển giao tiến bộ kỹ thuật', 'Xây dựng 64 mô hình trình diễn.',
        '## 5. Phòng, chống hạn hán, xâm nhập mặn và thích ứng với biến đổi khí hậu', 'Xây dựng 18 cống ngăn mặn.',
        '## 6. Phát triển hợp tác xã, liên kết chuỗi giá trị và chương trình OCOP', 'Thành lập 38 hợp tác xã.',
        '# II. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TRONG THỜI GIAN ĐẾN (2024-2025)',
        '## 1. Nhiệm vụ', 'Tiếp tục cơ cấu lại ngành nông nghiệp.', '## 2. Giải pháp', 'Đẩy mạnh chuyển giao tiến bộ kỹ thuật.',
        '# III. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
        '## 1. Tồn tại, hạn chế, vướng mắc', 'Kinh phí khuyến nông chưa đáp ứng nhu cầu.',
        '## 2. Kiến nghị, đề xuất', 'Đề nghị UBND tỉnh bố trí kinh phí khuyến nông.',
        'KT. GIÁM ĐỐC',
      ].join('\n'),
    },
    { name: '… the same review named with its years written "03" or "3", or in words ("Sơ kết ba năm"): the template\'s (walk52)', src: nq16(results(MET), [], NQ16_HEAD.replace('Sơ kết 03 năm', 'Sơ kết ba năm')) },
    {
      name: 'a department\'s last part merging two items in its words ("III. TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"), the two run into its text as bold leads, the results part with items of the writer\'s own two levels down: both items are the merged heading, at their siblings\' level (session 51, nxc04)',
      pack: 'ntm-so-ket-2021-2023-so-nganh',
      level: 'so-nganh',
      src: [
        'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'BÁO CÁO', 'Sơ kết 3 năm (2021 - 2023) thực hiện các nội dung thành phần thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới do Sở Nông nghiệp và Phát triển nông thôn chủ trì',
        '# I. KẾT QUẢ 3 NĂM (2021 - 2023) TRIỂN KHAI THỰC HIỆN CÁC NỘI DUNG THÀNH PHẦN ĐƯỢC PHÂN CÔNG CHỦ TRÌ',
        '## 1. Công tác tham mưu, hướng dẫn triển khai thực hiện', 'Sở tham mưu UBND tỉnh ban hành 18 văn bản hướng dẫn.',
        '## 2. Nội dung thành phần số 02: Phát triển hạ tầng thủy lợi và cấp nước sinh hoạt nông thôn',
        '### 2.1. Hạ tầng thủy lợi', 'Đầu tư 12 hồ chứa nhỏ.', '### 2.2. Cấp nước sinh hoạt nông thôn', 'Xây dựng 3 công trình cấp nước tập trung.',
        '## 3. Nội dung thành phần số 03: Phát triển sản xuất gắn với cơ cấu lại ngành nông nghiệp',
        '### 3.1. Cơ cấu lại ngành nông nghiệp, phát triển cây trồng chủ lực', 'Tái canh 9.500 ha cà phê.', '### 3.2. Chương trình mỗi xã một sản phẩm (OCOP)', 'Có 86 sản phẩm OCOP.',
        '### 3.3. Phát triển hợp tác xã, liên kết chuỗi giá trị', 'Thành lập 42 hợp tác xã.', '### 3.4. Khuyến nông, chuyển giao tiến bộ kỹ thuật', 'Triển khai 46 mô hình trình diễn.',
        '## 4. Công tác thẩm định, xét công nhận đạt chuẩn nông thôn mới', 'Thẩm định, trình công nhận 22 xã đạt chuẩn.',
        '# II. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TRONG THỜI GIAN ĐẾN (2024 - 2025)', 'Tái canh, ghép cải tạo thêm cà phê.',
        '# III. TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
        '**Tồn tại, hạn chế:** Kết quả tái canh cà phê ở vùng đồng bào dân tộc thiểu số còn thấp.',
        '**Vướng mắc:** Hướng dẫn thực hiện dự án hỗ trợ phát triển sản xuất cộng đồng còn phức tạp.',
        '**Nguyên nhân:** Nguồn lực đầu tư còn hạn chế.',
        '**Kiến nghị, đề xuất:** Đề nghị UBND tỉnh bố trí vốn đối ứng đủ tỷ lệ.',
        'GIÁM ĐỐC',
      ].join('\n'),
    },
    { name: 'a report written as one table, each item\'s number typed in its title cell ("| 3. Đánh giá về các cơ chế … | … |") (session 24, dg04, dg05)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'huyen', src: asTable(outline('ntm-so-ket-2021-2023-dia-phuong')) },
    {
      name: 'every heading set alone in a one-row table ("| 1. | Kết quả công tác tổ chức … |", the part\'s title in one cell "| PHẦN I. KẾT QUẢ … |"), the text below in plain and bold run-in "a) …" paragraphs (session 22, bn02)',
      pack: 'ntm-so-ket-2021-2023-dia-phuong',
      level: 'xa',
      src: [
        'ỦY BAN NHÂN DÂN', 'XÃ DUY TRUNG', 'BÁO CÁO', 'Sơ kết 3 năm (2021-2023) thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã Duy Trung',
        '| PHẦN I. KẾT QUẢ 3 NĂM (2021-2023) THỰC HIỆN CHƯƠNG TRÌNH |',
        'Duy Trung là xã đồng bằng, có 8 thôn với 2.317 hộ.',
        '| 1. | Kết quả công tác tổ chức, triển khai thực hiện Chương trình |',
        'Đảng ủy xã ban hành Nghị quyết chuyên đề về xây dựng xã nông thôn mới nâng cao.',
        '| 2. | Kết quả thực hiện các Bộ tiêu chí nông thôn mới |',
        '**a) Duy trì, nâng chất xã nông thôn mới.** Xã rà soát 06 chỉ tiêu phải nâng chất.',
        '**b) Xây dựng xã nông thôn mới nâng cao.** Đến nay xã đạt 15/19 tiêu chí.',
        '**c) Xây dựng thôn kiểu mẫu.** Có 03/8 thôn đạt chuẩn thôn kiểu mẫu.',
        '| 3. | Cơ chế, chính sách và kết quả huy động nguồn lực |',
        'Tổng nguồn lực huy động trong 3 năm ước đạt 38.060 triệu đồng.',
        '| 4. | Thực hiện các Chương trình chuyên đề trong xây dựng nông thôn mới |',
        'Xã có 02 sản phẩm OCOP đạt 3 sao.',
        '| 5. | Đánh giá tổng quan kết quả đạt được, hiệu quả và tác động của Chương trình |',
        'Xã giữ vững chuẩn nông thôn mới theo Bộ tiêu chí mới.',
        '| 6. | Tình hình nợ đọng xây dựng cơ bản và vốn đối ứng của ngân sách địa phương |',
        'Xã không có nợ đọng xây dựng cơ bản.',
        '| 7. | Tình hình xây dựng, thực hiện kế hoạch có sự tham gia của cộng đồng (Điều 8 Nghị định số 27/2022/NĐ-CP) |',
        'Các thôn đã lập kế hoạch có sự tham gia của cộng đồng.',
        '| PHẦN II. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN ĐẾN VÀ ĐỀ XUẤT, KIẾN NGHỊ |',
        '| 1. | Nhiệm vụ, giải pháp thực hiện đến năm 2025 |',
        'Tiếp tục nâng chất các tiêu chí.',
        '| 2. | Đề xuất, kiến nghị |',
        'Đề nghị huyện hỗ trợ kinh phí chiếu sáng đường trục thôn.',
      ].join('\n'),
    },
    {
      name: 'a speech whose parts wrap the pack\'s items, each written over its own parts ("I. KẾT QUẢ VÀ KINH NGHIỆM THỰC HIỆN" over "2. Kết quả thực hiện các Bộ tiêu chí"; "III. LỘ TRÌNH, NHIỆM VỤ, GIẢI PHÁP …" over "2. Nhiệm vụ, giải pháp"), the signer\'s body in bold after the closing line (session 18, wy05)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'huyen',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN DUY XUYÊN', 'BÁO CÁO THAM LUẬN', 'Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Duy Xuyên 3 năm 2021-2023',
        '# I. KẾT QUẢ VÀ KINH NGHIỆM THỰC HIỆN',
        '## 1. Khái quát', 'Huyện có 11 xã và 01 thị trấn.',
        '## 2. Kết quả thực hiện các Bộ tiêu chí', 'Đến cuối năm 2023, có 10/11 xã đạt chuẩn nông thôn mới.',
        '## 3. Kết quả huy động nguồn lực', 'Tổng nguồn lực huy động 3 năm là 986,4 tỷ đồng.',
        '## 4. Phát triển sản xuất, nâng cao thu nhập', 'Thu nhập bình quân đạt 52,1 triệu đồng/người/năm.',
        '## 5. Một số kinh nghiệm', 'Phát huy vai trò chủ thể của người dân.',
        '# II. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
        '## 1. Tồn tại, hạn chế, vướng mắc', 'Nguồn lực đầu tư còn hạn chế.',
        '## 2. Kiến nghị, đề xuất', 'Đề nghị tỉnh hỗ trợ kinh phí duy trì các tiêu chí.',
        '# III. LỘ TRÌNH, NHIỆM VỤ, GIẢI PHÁP TRIỂN KHAI THỜI GIAN ĐẾN',
        '## 1. Lộ trình', 'Năm 2024 hoàn thành hồ sơ huyện nông thôn mới nâng cao.',
        '## 2. Nhiệm vụ, giải pháp', 'Tiếp tục huy động các nguồn lực.',
        'Trên đây là tham luận của UBND huyện Duy Xuyên. Chúc Hội nghị thành công tốt đẹp!',
        '# UBND HUYỆN DUY XUYÊN',
      ].join('\n'),
    },
    {
      name: 'a department whose parts each open on a sub-heading that also names the part ("I. KẾT QUẢ TRIỂN KHAI …" over "2. Kết quả thực hiện tiêu chí môi trường cấp xã"; "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2024-2025" over "2. Nhiệm vụ và giải pháp trọng tâm"): the parts are the items',
      pack: 'ntm-so-ket-2021-2023-so-nganh',
      level: 'so-nganh',
      src: [
        'UBND TỈNH QUẢNG NAM', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Số: 215/BC-STNMT', 'BÁO CÁO', 'Sơ kết 3 năm (2021-2023) thực hiện các nội dung thuộc Chương trình MTQG xây dựng nông thôn mới do Sở chủ trì',
        '# I. KẾT QUẢ TRIỂN KHAI CÁC NỘI DUNG ĐƯỢC PHÂN CÔNG GIAI ĐOẠN 2021-2023',
        '## 1. Công tác tham mưu, hướng dẫn và kiểm tra', 'Sở đã tham mưu UBND tỉnh ban hành 12 văn bản hướng dẫn thực hiện tiêu chí môi trường.',
        '## 2. Kết quả thực hiện tiêu chí môi trường cấp xã', 'Đến cuối năm 2023, có 152/193 xã đạt tiêu chí môi trường.',
        '## 3. Kết quả thực hiện tiêu chí môi trường cấp huyện', 'Có 06 huyện đạt tiêu chí môi trường cấp huyện.',
        '## 4. Kinh phí thực hiện', 'Tổng kinh phí sự nghiệp môi trường 3 năm là 126,4 tỷ đồng.',
        '## 5. Đánh giá chung về kết quả', 'Các nội dung được phân công cơ bản hoàn thành.',
        '# II. TỒN TẠI, HẠN CHẾ VÀ VƯỚNG MẮC', 'Việc thu gom, xử lý chất thải rắn ở vùng núi còn khó khăn.',
        '# III. NHIỆM VỤ, GIẢI PHÁP NĂM 2024-2025',
        '## 1. Mục tiêu phấn đấu', 'Phấn đấu đến năm 2025 có thêm 20 xã đạt tiêu chí môi trường.',
        '## 2. Nhiệm vụ và giải pháp trọng tâm', 'Tiếp tục hướng dẫn các địa phương phân loại chất thải rắn tại nguồn.',
        '# IV. ĐỀ XUẤT, KIẾN NGHỊ', 'Đề nghị UBND tỉnh bố trí kinh phí xử lý chất thải rắn cho các huyện miền núi.',
      ].join('\n'),
    },
    { name: 'a complete nq16 report maps onto its pack', src: REPORT, level: 'huyen' },
    { name: 'a complete tỉnh report maps onto its pack', extra: results(MET_TINH), level: 'tinh' },
    {
      name: 'headings typed as bold lines, without heading styles, still map',
      src: REPORT.replace(/^#{1,6} (.*)$/gm, '**$1**'),
      level: 'huyen',
    },
    {
      name: 'headings in capitals still map',
      src: REPORT.replace(/^(#{1,6}) (.*)$/gm, (_l, h: string, t: string) => `${h} ${t.toUpperCase()}`),
      level: 'huyen',
    },
    {
      name: 'headings typed without diacritics still map',
      src: REPORT.replace(/^(#{1,6}) (.*)$/gm, (_l, h: string, t: string) => `${h} ${foldDiacritics(t)}`),
      level: 'huyen',
    },
    { name: 'a report missing a whole part still maps', src: nq16(results(MET), ['p2']), level: 'huyen' },
    { name: 'the outline of ntm-so-ket-2021-2023-dia-phuong maps onto its own pack', src: outline('ntm-so-ket-2021-2023-dia-phuong'), pack: 'ntm-so-ket-2021-2023-dia-phuong' },
    { name: 'the outline of ntm-tong-ket-2010-2020 maps onto its own pack', src: outline('ntm-tong-ket-2010-2020'), pack: 'ntm-tong-ket-2010-2020' },
    {
      name: 'a tham luận whose parts are bold lines in the writer\'s own words, with no numbers',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'huyen',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN PHƯỚC SƠN', '**THAM LUẬN**', '**Tình hình thực hiện các dự án hỗ trợ phát triển sản xuất liên kết theo chuỗi giá trị**',
        'Kính thưa toàn thể Hội nghị!',
        '**Kết quả thực hiện các dự án hỗ trợ phát triển sản xuất thời gian qua**',
        'Giai đoạn 2021 - 2023, huyện đã phê duyệt và triển khai 76 dự án, gồm 14 dự án liên kết và 62 dự án cộng đồng.',
        '**Những khó khăn, vướng mắc và kiến nghị, đề xuất**',
        'Quy trình, thủ tục lựa chọn dự án còn phức tạp; đề nghị UBND tỉnh sửa đổi quy định theo hướng đơn giản hóa.',
        '**Nhiệm vụ, giải pháp trong thời gian đến**',
        'Rà soát, tập trung hỗ trợ 04 sản phẩm chủ lực, mỗi sản phẩm gắn với một đơn vị chủ trì liên kết.',
        'Trên đây là tham luận của UBND huyện Phước Sơn.',
      ].join('\n'),
    },
    {
      name: 'a tham luận whose numbered headings in capitals share a paragraph with their first sentence, parted by a line break ("I. KẾT QUẢ VÀ KINH NGHIỆM THỰC HIỆN↵Bước vào …")',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'xa',
      src: [
        'UBND HUYỆN NGHI LỘC', 'UBND XÃ NGHI VĂN', '**BÀI THAM LUẬN**', 'Kết quả và kinh nghiệm xây dựng xã nông thôn mới nâng cao tại xã Nghi Văn',
        'Kính thưa toàn thể Hội nghị!',
        'I. KẾT QUẢ VÀ KINH NGHIỆM THỰC HIỆN↵Bước vào giai đoạn 2021-2025, Đảng ủy xã ban hành Nghị quyết chuyên đề về xây dựng xã nông thôn mới nâng cao.',
        'Sau 3 năm, xã đã hoàn thành 19/19 tiêu chí xã nông thôn mới nâng cao.',
        'II. NHỮNG KHÓ KHĂN, VƯỚNG MẮC↵Nguồn vốn ngân sách hỗ trợ cho xã nâng cao còn ít so với nhu cầu.',
        'III. KIẾN NGHỊ, ĐỀ XUẤT',
        'Đề nghị UBND tỉnh tiếp tục bố trí vốn thưởng cho các xã đạt chuẩn nông thôn mới nâng cao.',
        'IV. NHIỆM VỤ, GIẢI PHÁP↵Tập trung duy trì 19/19 tiêu chí, xây dựng thêm 02 xóm kiểu mẫu trong năm 2024.',
        'Xin trân trọng cảm ơn!',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a department\'s report on another programme under the same review\'s title ("Sơ kết 3 năm (2021-2023) thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững …"), its tasks, tồn tại and kiến nghị the generic items every report has, the last two under a wrapper of its own: the wrapper\'s items are read where they stand, the document unmapped (pack identify.subject; review-62c R3)',
      pack: 'ntm-so-ket-2021-2023-so-nganh', level: 'so-nganh',
      src: [
        'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
        'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
        'Số: 220/BC-SLĐTBXH',
        'BÁO CÁO',
        'Sơ kết 3 năm (2021-2023) thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh Quảng Trị',
        '# I. KẾT QUẢ 3 NĂM (2021-2023) THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG',
        '## 1. Công tác lãnh đạo, chỉ đạo, điều hành Chương trình giảm nghèo',
        'Sở đã tham mưu Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh ban hành 12 văn bản chỉ đạo thực hiện công tác giảm nghèo.',
        '## 2. Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo',
        'Đầu tư 64 công trình giao thông, trường học, thủy lợi tại 02 huyện nghèo.',
        '## 3. Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo',
        'Triển khai 23 mô hình giảm nghèo gắn với chăn nuôi bò sinh sản.',
        '## 4. Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng',
        'Hỗ trợ 2.340 hộ nghèo, hộ cận nghèo phát triển sản xuất.',
        '## 5. Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững',
        'Tổ chức 186 lớp đào tạo nghề cho người nghèo, người cận nghèo.',
        '## 6. Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo',
        'Hỗ trợ xây mới, sửa chữa 1.460 căn nhà cho hộ nghèo.',
        '## 7. Dự án 6: Truyền thông và giảm nghèo về thông tin',
        'Sản xuất 48 chương trình phát thanh, truyền hình về giảm nghèo.',
        '# II. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TRONG THỜI GIAN ĐẾN (2024-2025)',
        '## 1. Nhiệm vụ trọng tâm',
        'Tập trung thực hiện hoàn thành các mục tiêu, nhiệm vụ đã đề ra.',
        '## 2. Giải pháp chủ yếu',
        'Tăng cường phối hợp với các sở, ngành và địa phương; đẩy nhanh tiến độ giải ngân vốn.',
        '# III. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
        '## 1. Tồn tại, hạn chế, vướng mắc',
        'Nguồn vốn sự nghiệp phân bổ chậm nên việc triển khai các dự án hỗ trợ phát triển sản xuất còn lúng túng.',
        '## 2. Kiến nghị, đề xuất',
        'Đề nghị UBND tỉnh bố trí đủ vốn đối ứng ngân sách tỉnh và sớm phân bổ vốn sự nghiệp ngay từ đầu năm.',
        'Trên đây là báo cáo sơ kết 3 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.',
        'GIÁM ĐỐC',
      ].join('\n'),
      expect: { count: 1 },
    },
    { name: 'the outline found whole, yet the title names another review than the template\'s ("Tổng kết 05 năm thực hiện Nghị quyết …" checked against the "sơ kết 03 năm" outline it was written from): its period and targets are another\'s, no silent "sẵn sàng nộp" (walk52)', src: nq16(results(MET), [], NQ16_HEAD.replace('Sơ kết 03 năm', 'Tổng kết 05 năm')), expect: { count: 1, snippets: ['tổng kết 5 năm', 'sơ kết 3 năm'] } },
    {
      name: 'a commune\'s year-end socio-economic report under the pack\'s title: its generic items ("II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" over "2. Nhiệm vụ, giải pháp", "IV. KIẾN NGHỊ") do not map it (session 26, bb04)',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: ['ỦY BAN NHÂN DÂN', 'XÃ QUẾ LỘC', 'Số: 88/BC-UBND', 'BÁO CÁO', '**Sơ kết 3 năm (2021-2023) thực hiện Chương trình MTQG xây dựng nông thôn mới**',
        '**I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023**', '**A. LĨNH VỰC KINH TẾ**', '**1. Sản xuất nông, lâm nghiệp**', 'Tổng diện tích gieo trồng 1.250 ha.', '**2. Tài chính - ngân sách**', 'Thu ngân sách đạt 105% dự toán.', '**3. Xây dựng nông thôn mới**', 'Xã duy trì 19/19 tiêu chí.',
        '**B. LĨNH VỰC VĂN HÓA - XÃ HỘI**', '**1. Giáo dục và đào tạo**', 'Tỷ lệ huy động trẻ ra lớp đạt 100%.', '**2. Y tế, dân số**', 'Duy trì xã đạt chuẩn quốc gia về y tế.',
        '**II. ĐÁNH GIÁ CHUNG**', '**1. Ưu điểm**', 'Kinh tế tiếp tục tăng trưởng.', '**2. Tồn tại, hạn chế**', 'Sản xuất còn nhỏ lẻ.',
        '**III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024**', '**1. Các chỉ tiêu chủ yếu**', 'Thu nhập bình quân đạt 60 triệu đồng.', '**2. Nhiệm vụ, giải pháp**', 'Tập trung phát triển sản xuất.',
        '**IV. KIẾN NGHỊ**', 'Đề nghị huyện hỗ trợ kinh phí.', 'Trên đây là báo cáo của UBND xã.'].join('\n'),
      expect: { count: 1 },
    },
    {
      name: 'a document with no headings',
      src: `${NQ16_HEAD}\nMột đoạn văn bản không có đề mục nào cả, chỉ có nội dung chung chung.`,
      expect: { count: 1, severity: 'error', snippets: ['Không tìm thấy đề mục'] },
    },
    {
      name: 'a long report written as plain paragraphs, no headings',
      src: `${NQ16_HEAD}\n${MET.join('\n')}\nCác cấp ủy đã tập trung lãnh đạo, chỉ đạo triển khai thực hiện nghiêm túc các nhiệm vụ đề ra.\nTrên đây là báo cáo sơ kết.`,
      expect: { count: 1, severity: 'error' },
    },
    {
      name: 'the nq16 report checked against the sở ngành pack (wrong pack)',
      src: REPORT, pack: 'ntm-so-ket-2021-2023-so-nganh',
      expect: { count: 1, severity: 'error' },
    },
    {
      name: 'the nq16 report checked against the tổng kết 2010-2020 pack (wrong pack)',
      src: REPORT, pack: 'ntm-tong-ket-2010-2020',
      expect: { count: 1 },
    },
    {
      name: 'a tờ trình with its own headings checked against nq16',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN HẢI LĂNG', 'Số: 88/TTr-UBND', 'TỜ TRÌNH', 'Về việc phê duyệt danh mục công trình năm 2024',
        '# 1. Sự cần thiết', 'Việc đầu tư các công trình là cần thiết để hoàn thiện hạ tầng giao thông nông thôn.',
        '# 2. Căn cứ pháp lý', 'Căn cứ Luật Đầu tư công năm 2019 và các văn bản hướng dẫn thi hành.',
        '# 3. Nội dung đề nghị', 'Đề nghị phê duyệt danh mục 12 công trình giao thông với tổng vốn 36 tỷ đồng.',
        '# 4. Kiến nghị', 'Kính đề nghị Hội đồng nhân dân huyện xem xét, quyết định.',
      ].join('\n'),
      expect: { count: 1 },
    },
    {
      name: 'the outline of another pack (ntm-so-ket-2021-2023-dia-phuong) checked against nq16',
      src: outline('ntm-so-ket-2021-2023-dia-phuong'),
      expect: { count: 1 },
    },
  ],
});

describe('unmapped-document: the advice fits the cause (session 42\'s walk-through, item 5)', () => {
  const nq16Pack = builtinPack('nq16-so-ket-3-nam')!;
  const other = builtinPack('ntm-so-ket-2021-2023-dia-phuong')!;
  const finding = (src: string, titled?: { id: string; title: string }) => check(doc(src), other, { level: 'huyen', ...(titled ? { titled } : {}) }).findings.find((f) => f.code === 'unmapped-document')!;
  test('the title names another template: the message and the advice name it, not the headings\' styles', () => {
    const f = finding(REPORT, { id: nq16Pack.id, title: nq16Pack.title });
    // (the cause first, the count after it: "Chỉ nhận ra 4/4 mục" read as a pass — session 44's walk-through, item 9)
    expect(f.message.vi).toMatch(new RegExp(`^Tiêu đề văn bản ứng với mẫu "${nq16Pack.title.replace(/[()]/g, '\\$&')}", không phải mẫu ".+" đang dùng \\(nhận ra \\d+/\\d+ mục chính của mẫu này\\)\\.$`));
    expect(f.suggestion!.vi).toBe(`Kiểm tra lại theo mẫu "${nq16Pack.title}" (mã ${nq16Pack.id}).`);
  });
  test('… no template named by the title: the template or the headings\' wording', () => {
    expect(finding(REPORT).suggestion!.vi).toBe('Chọn đúng mẫu báo cáo; nếu đúng mẫu, đặt các đề mục theo đề cương.');
  });
  test('… no headings at all: their styles', () => {
    expect(finding(`${NQ16_HEAD}\nMột đoạn văn bản không có đề mục nào cả, chỉ có nội dung chung chung.`).suggestion!.vi).toMatch(/^Định dạng các đề mục bằng kiểu Đề mục/u);
  });
});

export const KNOWN_GAPS: Gap[] = [];
