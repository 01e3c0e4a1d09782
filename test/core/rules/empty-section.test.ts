import { ruleTester, type Gap } from './tester';
import { MET, asTable, nq16, results, outline } from '../doc';
import { builtinPack } from '../../../src/packs/builtin';
import type { Section } from '../../../src/packs/schema';

/** A PDF's page furniture pasted back: the running header, then the page's number (session 51, nxf01). */
const PAGE = (n: number) => `HUYỆN ỦY NINH PHƯỚC - Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU\nTrang ${n}/17`;
const G = (id: string) => `decuong:g:nq16-so-ket-3-nam:${id}`;
/** The pack's guidance of a section, as the skeleton inserts it. */
function guidance(id: string): string {
  const find = (secs: Section[]): Section | undefined => secs.find((s) => s.id === id) ?? secs.map((s) => find(s.children)).find(Boolean);
  return find(builtinPack('nq16-so-ket-3-nam')!.outline)!.guidance!;
}
/** The danh mục table as the skeleton inserts it: header row, numbered rows left empty. */
const EMPTY_TABLE = '| TT | Lớp | Người |\n| 1 |  |  |\n| 2 |  |  |';

/**
 * A commune's report whose parts are bold lines typed "II.", "III.", "IV." and whose items are Heading 2 typed "1.", "2.": the item "III. NHIỆM
 * VỤ, GIẢI PHÁP …" holds two sub-items of its own in Heading 2 too, `text` under the first (session 58, nyu02).
 */
function ranked(text: string): string {
  let n = 0;
  return outline('ntm-so-ket-2021-2023-dia-phuong')
    .replace(/^# (Đánh giá về kết quả công tác tổ chức)/mu, '**II. KẾT QUẢ THỰC HIỆN**\n# $1')
    .replace(/^# (?!Đề ra nhiệm vụ|Đề xuất)(.*)$/gmu, (_m, t: string) => `## ${++n}. ${t}`)
    .replace(/^# Đề ra nhiệm vụ.*\n.*$/mu, `**III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN THỜI GIAN ĐẾN (2024 - 2025)**\n## 1. Nhiệm vụ, giải pháp và tiến độ thực hiện${text ? `\n${text}` : ''}\n## 2. Phân công nhiệm vụ`)
    .replace(/^# Đề xuất, kiến nghị.*$/mu, '**IV. ĐỀ XUẤT, KIẾN NGHỊ**');
}

/** An item's text all under its own list numbered "a)", "b)" in bold lines (session 61, nzl01). */
const ROADS = '**a) Giao thông nông thôn.**\nTừ năm 2021 đến hết tháng 6/2024, toàn huyện đã cứng hóa 236,8 km đường giao thông nông thôn.\n**b) Thủy lợi.**\nKiên cố hóa 42,5 km kênh mương nội đồng, nâng diện tích tưới chủ động lên 3.120 ha.';

ruleTester('empty-section', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'a questionnaire\'s bold questions inside an item of its own ("**Câu hỏi 1: Đánh giá công tác quản lý nhà nước …?**" / "Trả lời: UBND huyện ban hành 18 kế hoạch …"): the answers are the item\'s text, the question no heading of its own (review-64 A5)', extra: { 'p1.iii.2.2': ['**Câu hỏi 1: Đánh giá công tác quản lý nhà nước của chính quyền trong xây dựng nông thôn mới?**', 'Trả lời: UBND huyện ban hành 18 kế hoạch, 25 văn bản chỉ đạo, điều hành; kiện toàn Văn phòng Điều phối nông thôn mới huyện với 05 cán bộ chuyên trách.', '**Câu hỏi 2: Việc phát huy sức mạnh của các đoàn thể chính trị - xã hội ở nông thôn?**', 'Trả lời: Các đoàn thể vận động Nhân dân đóng góp 38,6 tỷ đồng, hiến 46.000 m2 đất, tham gia làm 215 km đường giao thông nông thôn.'].join('\n') } },
    { name: 'a note in brackets that says the content was drafted, an act done ("(Văn phòng Điều phối … đã tham mưu nội dung này cho Ban Thường vụ Huyện ủy ban hành Chỉ thị …)") (review-64 H15)', extra: { 'p1.iii.2.7': '(Văn phòng Điều phối nông thôn mới huyện đã tham mưu nội dung này cho Ban Thường vụ Huyện ủy ban hành Chỉ thị về xây dựng xã nông thôn mới nâng cao, kiểu mẫu.)' } },
    { name: '… or that says it was all gathered in the report\'s own appendix ("Kết quả thực hiện từng tiêu chí đã tổng hợp đầy đủ tại Phụ lục 02 kèm theo báo cáo này"): read as before (code review of session 63, item 6)', extra: { ...results(MET), 'p1.iii.2.6': 'Kết quả thực hiện từng tiêu chí đã tổng hợp đầy đủ tại Phụ lục 02 kèm theo báo cáo này.' } },
    { name: 'the answer the guidance asks for typed into its control ("Không có." under an item the outline writes "(nếu có)", whose guidance says "nếu không có, ghi \\"Không có\\""): the writer\'s answer, not the guidance left (walk63, item 3)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'huyen', src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'no-dong-xdcb': '{cc=decuong:g:ntm-so-ket-2021-2023-dia-phuong:no-dong-xdcb} Không có.' }) },
    { name: 'a sentence that says its details were gathered elsewhere after a result of its own ("Tỷ lệ lao động nông thôn qua đào tạo của huyện đạt 72,4%, số liệu chi tiết đã tổng hợp đầy đủ tại Báo cáo số …") (review-63c E3)', extra: { ...results(MET), 'p1.iii.2.5': 'Tổng nguồn lực huy động giai đoạn 2021 - 6/2024 đạt 1.245,6 tỷ đồng, chi tiết từng nguồn đã tổng hợp đầy đủ tại Phụ lục số 03.' } },
    { name: '… or that goes on past the report\'s reference to ask something ("… đã tổng hợp đầy đủ tại Báo cáo sơ kết 3 năm số 412/BC-UBND …, trong đó đề nghị tỉnh hỗ trợ 35 tỷ đồng …") (review-63c A1)', extra: { ...results(MET), 'p2.iv.1': 'Nội dung kiến nghị, đề xuất UBND huyện đã tổng hợp đầy đủ tại Báo cáo sơ kết 3 năm số 412/BC-UBND ngày 10/11/2023 gửi UBND tỉnh, trong đó đề nghị tỉnh hỗ trợ 35 tỷ đồng cho 02 xã khu vực III.' } },
    { name: '… or that says a meeting was told of the work, the work itself ("Định kỳ 6 tháng, Văn phòng Điều phối … đã báo cáo đầy đủ tại cuộc họp Ban Chỉ đạo huyện tiến độ thực hiện 19 tiêu chí của từng xã") (review-63c F5)', extra: { ...results(MET), 'p1.iii.2.4.11': 'Định kỳ 6 tháng, Văn phòng Điều phối nông thôn mới huyện đã báo cáo đầy đủ tại cuộc họp Ban Chỉ đạo huyện tiến độ thực hiện 19 tiêu chí của từng xã.' } },
    { name: '… but one that says what was gathered, and asks for something of its own ("UBND huyện đã tổng hợp đầy đủ các kiến nghị của 19 xã và đề nghị tỉnh sớm phân bổ vốn …") (session 63, beside nzz04)', pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'huyen', src: outline('ntm-so-ket-2021-2023-tham-luan', { 'kien-nghi': 'UBND huyện đã tổng hợp đầy đủ các kiến nghị của 19 xã và đề nghị tỉnh sớm phân bổ vốn cho 02 xã khu vực III.' }) },
    { name: 'an item whose text is under a list of its own numbered "a)", "b)" in bold lines ("(2) Phát triển hạ tầng …" then "a) Giao thông nông thôn."): the list is inside the item, its text the item\'s (session 61, nzl01)', extra: { ...results(MET), 'p1.iii.2.4.2': ROADS } },
    { name: '… the item a bold italic line too, as the writer typed it ("***(2) Phát triển hạ tầng …***") (session 61, nzl01)', src: nq16({ ...results(MET), 'p1.iii.2.4.2': ROADS }).replace(/^##### (\(\d+\) .*)$/gmu, '***$1***') },
    { name: 'an item in bold typed as "III." whose sub-items the writer styled Heading 2 as the items above it ("1. Nhiệm vụ, giải pháp và tiến độ thực hiện" / "2. Phân công nhiệm vụ"): their text is the item\'s, by the numbering\'s rank (session 58, nyu02)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa', src: ranked('Tập trung hoàn thành 03 tiêu chí còn lại, phấn đấu xã đạt chuẩn nông thôn mới vào năm 2025.') },
    { name: '… but an item with a sentence of its own beside that furniture is written (session 51, beside nxf01)', extra: { ...results(MET), 'p1.i': `Huyện Ninh Phước có 9 xã, 1 thị trấn.\n${PAGE(2)}`, 'p1.iii.2.7': `${PAGE(10)}\nHuyện thực hiện tốt quy chế dân chủ ở cơ sở; 100% thôn công khai các khoản đóng góp.` } },
    { name: 'a numbered title in capitals broken over two lines of the same heading style ("II. KẾT QUẢ THỰC HIỆN CÁC BỘ TIÊU CHÍ" / "NÔNG THÔN MỚI CÁC CẤP", both Heading 1): one heading, its text under the second line (session 51, nxf03)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'huyen', src: outline('ntm-so-ket-2021-2023-dia-phuong').replace('# Đánh giá đầy đủ tình hình và kết quả thực hiện các Bộ tiêu chí NTM các cấp', '# II. KẾT QUẢ THỰC HIỆN CÁC BỘ TIÊU CHÍ\n# NÔNG THÔN MỚI CÁC CẤP') },
    { name: '… a pointer that says it does not say again what it pointed to, then goes on with content ("…, nay không nêu lại, chỉ bổ sung: tiến độ hỗ trợ nhà ở còn chậm ở 03 huyện") (session 49, beside nwr05)', pack: 'ntm-so-ket-2021-2023-so-nganh', level: 'so-nganh', src: outline('ntm-so-ket-2021-2023-so-nganh', { 'ton-tai-han-che': 'Những tồn tại, hạn chế đã được Sở Xây dựng nêu tại Báo cáo số 305/BC-SXD ngày 15/8/2023, nay không nêu lại, chỉ bổ sung: tiến độ hỗ trợ nhà ở còn chậm ở 03 huyện miền núi.' }) },
    { name: '… but a pointer to a numbered report that goes on to say what came of it ("Sở đã kiến nghị tại Báo cáo số 412/BC-SNN ngày 10/11/2023; đến nay 3 kiến nghị đã được giải quyết.") (session 48, beside nwl05)', pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'huyen', src: outline('ntm-so-ket-2021-2023-tham-luan', { 'kien-nghi': 'Sở đã kiến nghị tại Báo cáo số 412/BC-SNN ngày 10/11/2023 về sơ kết 3 năm, đến nay 3 kiến nghị đã được Trung ương giải quyết, còn lại đề nghị tiếp tục xem xét.' }) },
    { name: 'a sentence of work done that points to its table after ("Huyện đã phát hành 12 số bản tin … (chi tiết tại Biểu số 05 kèm theo)") (session 45)', pack: 'ntm-tong-ket-2010-2020', level: 'huyen', src: outline('ntm-tong-ket-2010-2020', { '1-1.truyen-thong': 'Huyện đã phát hành 12 số bản tin về xây dựng nông thôn mới (chi tiết tại Biểu số 05 kèm theo).' }) },
    { name: '… or a year and a name of its own, the news the heading\'s words carry ("Năm 2023, huyện Can Lộc hoàn thành nhiệm vụ xây dựng nông thôn mới (chi tiết tại Phụ lục số 01 kèm theo).") (session 38, review-38f E1)', extra: { 'p1.iii.2.6': 'Năm 2023, xã Hải Thượng được công nhận đạt chuẩn nông thôn mới nâng cao (chi tiết tại Phụ lục số 01 kèm theo).' } },
    { name: '… a verdict of its own with the appendix for the details ("Hạ tầng kinh tế - xã hội chưa đồng bộ (chi tiết tại Phụ lục số 02 kèm theo).") (session 38, review-38c C2)', extra: { 'p1.iii.2.4.2': 'Hạ tầng kinh tế - xã hội chưa đồng bộ (chi tiết tại Phụ lục số 02 kèm theo).' } },
    { name: '… or what the unit did ("Quy hoạch xây dựng nông thôn mới được tiếp tục cập nhật (chi tiết tại Phụ lục số 01 kèm theo).") (session 38, review-38c C15)', extra: { 'p1.iii.2.4.1': 'Quy hoạch xây dựng nông thôn mới được tiếp tục cập nhật (chi tiết tại Phụ lục số 01 kèm theo).' } },
    { name: 'the heading\'s words, a figure of their own and the appendix for the rest ("Kết quả huy động nguồn lực đạt 1.284,6 tỷ đồng, chi tiết tại Phụ lục số 03 kèm theo.") (session 38)', extra: { 'p1.iii.2.5': 'Kết quả huy động nguồn lực đạt 1.284,6 tỷ đồng, chi tiết tại Phụ lục số 03 kèm theo.' } },
    { name: '… or words of their own with it ("Nguồn lực chủ yếu từ vốn lồng ghép và Nhân dân đóng góp, chi tiết tại Phụ lục số 03 kèm theo.") (session 38)', extra: { 'p1.iii.2.5': 'Nguồn lực chủ yếu từ vốn lồng ghép và Nhân dân đóng góp, chi tiết tại Phụ lục số 03 kèm theo.' } },
    {
      name: 'a heading that merges two items ("III. GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT") over run-in leads, the first naming the other item ("Giải pháp thời gian đến: …"): one text for both (session 36, zz05)',
      pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'tinh',
      src: outline('ntm-so-ket-2021-2023-tham-luan', {}, ['kien-nghi', 'nhiem-vu-giai-phap']).replace('(Đính kèm các phụ lục)', ['# III. GIẢI PHÁP VÀ KIẾN NGHỊ, ĐỀ XUẤT', '**Giải pháp thời gian đến:** Tiếp tục ưu tiên vốn ngân sách tỉnh cho 10 xã chưa đạt chuẩn và các xã biên giới; mở rộng cơ chế đặc thù cho công trình quy mô nhỏ.', '**Kiến nghị Trung ương:** Sớm giao kế hoạch vốn sự nghiệp ngay từ đầu năm; cho phép địa phương được điều chỉnh vốn giữa các nội dung thành phần.', '(Đính kèm các phụ lục)'].join('\n')).replace('HUYỆN HẢI LĂNG', 'TỈNH TÂY NINH'),
    },
    { name: 'works that "sẽ bổ sung" a thing are content, no deferral ("Các hồ chứa nước được đầu tư … sẽ bổ sung nguồn nước tưới và sinh hoạt; tuy nhiên …") (session 33, or02)', extra: { 'p2.i.1': 'Các hồ chứa nước được đầu tư trong giai đoạn 2021-2024 sẽ bổ sung nguồn nước tưới và sinh hoạt; tuy nhiên biến đổi khí hậu, hạn hán tiếp tục là thách thức lớn đối với sản xuất nông nghiệp của huyện.' } },
    { name: 'a proposal that something will be added is content ("Đề nghị UBND tỉnh sẽ xem xét bổ sung kinh phí cho các xã đặc biệt khó khăn.") (session 26)', extra: { 'p1.iii.2.7': 'Đề nghị UBND tỉnh sẽ xem xét bổ sung kinh phí duy tu đường giao thông cho các xã đặc biệt khó khăn.' } },
    { name: '… but figures given, the rest put off, are substance ("Đã huy động 45 tỷ đồng; số liệu các nguồn khác đang được tổng hợp, sẽ báo cáo bổ sung sau.") (session 25)', extra: { 'p1.iii.2.7': 'Đã huy động 45 tỷ đồng; số liệu các nguồn khác đang được tổng hợp, sẽ báo cáo bổ sung sau.' } },
    { name: 'an aside in brackets with its own content is content ("(Mặt trận chủ động vận động Nhân dân hiến 12.400 m² đất làm đường)") (session 23, ct01)', extra: { 'p1.iii.2.7': '(Mặt trận chủ động vận động Nhân dân hiến 12.400 m² đất làm đường giao thông nông thôn.)' } },
    { name: 'a definite answer that there is nothing more to ask ("Không có kiến nghị khác."), with a pointer to appendices after it (session 21, hi01)', extra: { 'p2.iv.2': 'Không có kiến nghị khác.\n(Có 02 phụ lục số liệu kèm theo)' } },
    { name: 'a writer\'s own sentence that ends by saying what is still to assess ("…; tuy nhiên một số thôn còn chậm, cần đánh giá thêm kết quả thực hiện quy chế dân chủ …")', extra: { 'p1.iii.2.7': 'Các xã đã niêm yết công khai các khoản đóng góp, lấy ý kiến Nhân dân trước khi triển khai công trình; tuy nhiên một số thôn còn chậm, cần đánh giá thêm kết quả thực hiện quy chế dân chủ, công khai, minh bạch.' } },
    { name: 'a pointer to another report followed by what it says ("Như đã nêu tại Báo cáo số 215/BC-UBND …, quy chế dân chủ … được thực hiện nghiêm túc")', extra: { 'p1.iii.2.7': 'Như đã nêu tại Báo cáo số 215/BC-UBND của UBND huyện, quy chế dân chủ ở cơ sở được các xã thực hiện nghiêm túc, hiệu quả.' } },
    { name: 'a complete report' },
    { name: 'the last item opening with an abbreviation like a signer\'s ("TM-DV: đề nghị …") is written, not the end of the body', extra: { ...results(MET), 'p2.iv.2': 'TM-DV: đề nghị tỉnh hỗ trợ kinh phí xây dựng chợ nông thôn tại 03 xã, mỗi xã 2 tỷ đồng.' } },
    { name: 'one new word beyond the heading says something, even a short one ("Xã có trạm y tế." under "(5) Giáo dục, y tế, văn hóa …")', extra: { 'p1.iii.2.4.5': 'Xã có trạm y tế.' } },
    { name: 'a word that folds to a function word is still a word ("Huyện đã cố gắng giảm nghèo bền vững." under "(9) Giảm nghèo bền vững …": "cố" is not "có")', extra: { 'p1.iii.2.4.9': 'Huyện đã cố gắng giảm nghèo bền vững.' } },
    { name: 'an assessment in words of its own beside the heading\'s ("Mặt trận và các đoàn thể đã phối hợp tuyên truyền tốt, tích cực tham gia …")', extra: { 'p1.iii.2.8': 'Mặt trận và các đoàn thể đã phối hợp tuyên truyền tốt, tích cực tham gia xây dựng nông thôn mới.' } },
    {
      name: 'a báo cáo\'s title is no topic a section restates ("… gắn với phát triển du lịch, bảo vệ môi trường" in the title; "Xã đã phát triển du lịch nông thôn gắn với bảo vệ môi trường." under (3))',
      src: nq16(results(MET)).replace('Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới', '**Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới gắn với phát triển du lịch, bảo vệ môi trường**').replace(/(##### \(3\) [^\n]*\n)[^\n]*/, '$1Xã đã phát triển du lịch nông thôn gắn với bảo vệ môi trường.'),
    },
    {
      name: 'a denial says something: "Xã không có nợ đọng xây dựng cơ bản." (its other words are the heading\'s)',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'no-dong-xdcb': 'Xã không có nợ đọng xây dựng cơ bản.' }).replace('HUYỆN HẢI LĂNG', 'XÃ BÌNH LÃNH'),
    },
    { name: 'a sentence with words of its own beyond the heading and the stock words: "Các thôn đã niêm yết công khai các khoản đóng góp của Nhân dân tại nhà văn hóa."', extra: { 'p1.iii.2.7': 'Các thôn đã niêm yết công khai các khoản đóng góp của Nhân dân tại nhà văn hóa.' } },
    { name: 'a short real paragraph is substance', extra: { 'p1.iv.4': 'Phải phát huy vai trò người đứng đầu.' } },
    { name: 'which plan made the resolution specific is content under the item that asks for it ("Nghị quyết số 16-NQ/TU đã được cụ thể hóa tại Kế hoạch số 152-KH/HU …")', extra: { 'p1.ii.2': 'Nghị quyết số 16-NQ/TU đã được cụ thể hóa tại Kế hoạch số 152-KH/HU ngày 10/9/2021 và Đề án phát triển nông nghiệp hữu cơ của huyện.' } },
    { name: 'a short general aim says something ("Huyện phấn đấu hoàn thành xây dựng nông thôn mới giai đoạn 2021-2025." under "Mục tiêu tổng quát")', extra: { 'p2.ii.1': 'Huyện phấn đấu hoàn thành xây dựng nông thôn mới giai đoạn 2021-2025.' } },
    { name: 'a short answer under "Những kết quả đạt được" ("Huyện đã hoàn thành mục tiêu xây dựng nông thôn mới trên địa bàn.")', extra: { 'p1.iv.1': 'Huyện đã hoàn thành mục tiêu xây dựng nông thôn mới trên địa bàn.' } },
    { name: 'a count after "danh mục" is a figure, not a cited part ("Phê duyệt danh mục 12 công trình …")', extra: { 'p1.iv.4': 'Bài học kinh nghiệm: phê duyệt danh mục 12 công trình.' } },
    { name: 'who directed what, named ("Ban Thường vụ Huyện ủy chỉ đạo rà soát, điều chỉnh quy hoạch chung của các xã.")', extra: { 'p1.iv.4': 'Ban Thường vụ Huyện ủy chỉ đạo rà soát, điều chỉnh quy hoạch chung của các xã.' } },
    { name: 'items run into one paragraph, each one sentence that says how it went ("(8) Hệ thống chính trị cơ sở được củng cố.": "củng cố" is a word of its own, though "cố" folds like the stop word "có")', src: nq16({ ...results(MET), 'p1.iii.2.4': '(1) Quy hoạch: 47/47 xã hoàn thành điều chỉnh quy hoạch chung. (2) Hạ tầng kinh tế - xã hội: cứng hóa 612 km đường giao thông nông thôn. (3) Phát triển sản xuất: 214 hợp tác xã nông nghiệp hoạt động. (4) Môi trường, cảnh quan: 100% xã có tổ thu gom rác. (5) Giáo dục, y tế: 78% trường học đạt chuẩn quốc gia. (6) Văn hóa: 100% xã có thiết chế văn hóa. (7) An ninh, trật tự được bảo đảm. (8) Hệ thống chính trị cơ sở được củng cố. (9) Giảm nghèo: tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm 3,1%/năm. (10) 100% xã thực hiện dịch vụ công trực tuyến. (11) Giám sát, đánh giá được thực hiện định kỳ 6 tháng.' }, ['p1.iii.2.4.1', 'p1.iii.2.4.2', 'p1.iii.2.4.3', 'p1.iii.2.4.4', 'p1.iii.2.4.5', 'p1.iii.2.4.6', 'p1.iii.2.4.7', 'p1.iii.2.4.8', 'p1.iii.2.4.9', 'p1.iii.2.4.10', 'p1.iii.2.4.11']) },
    { name: 'a promise that names what it will do is substance ("… phấn đấu hoàn thành tiêu chí giao thông ở 2 xã còn lại")', extra: { 'p2.iii.1': 'Thời gian tới, huyện phấn đấu hoàn thành tiêu chí giao thông, cứng hóa đường trục thôn ở các xã còn lại.' } },
    { name: 'limits that name what is lacking are substance ("còn một số mặt cần khắc phục: nguồn lực đối ứng của xã thấp")', extra: { 'p1.iv.2': 'Còn một số mặt cần khắc phục: nguồn lực đối ứng của xã thấp, tiêu chí môi trường khó duy trì.' } },
    { name: 'a definite answer that there is nothing to report: "Không phát sinh."', extra: { 'p1.iv.4': 'Không phát sinh.' } },
    { name: 'a definite answer: "Không có."', extra: { 'p1.iv.4': 'Không có.' } },
    { name: '"Nêu cao …" is the writer\'s own sentence, not an instruction', extra: { 'p1.iv.4': 'Nêu cao tinh thần trách nhiệm của người đứng đầu cấp ủy.' } },
    { name: 'a short sentence with a figure: "Trồng 3.200 cây xanh."', extra: { 'p1.iv.4': 'Trồng 3.200 cây xanh.' } },
    { name: 'a few words of another section\'s guidance are not this section\'s guidance', extra: { 'p1.iv.4': 'Đánh giá khái quát công tác lãnh đạo' } },
    { name: 'a numbered paragraph with a bold lead that is no outline item is content', extra: { 'p1.iv.4': '**1. Kế hoạch số 25-KH/HU:** triển khai thực hiện đồng bộ các giải pháp.' } },
    {
      name: 'a section that refers to a table and has the table',
      extra: { 'p1.iv.4': 'Kết quả cụ thể như bảng sau:\n| TT | Nội dung | Kết quả |\n| 1 | Số hội nghị sơ kết | 12 |' },
    },
    {
      name: 'guidance control the writer typed over: real text inside the tagged control',
      extra: { 'p1.iv.4': `{cc=${G('p1.iv.4')}} Phải phát huy vai trò người đứng đầu cấp ủy và sự tham gia của Nhân dân.` },
    },
    { name: 'filler and one real sentence: the sentence is substance', extra: { 'p1.iv.4': 'Đang tổng hợp số liệu chi tiết.\nToàn huyện đã tổ chức 12 hội nghị sơ kết ở cơ sở.' } },
    { name: 'a part whose text is all in its items is not empty', extra: { 'p1.iv': '' } },
    { name: 'reporting "after each quarter" is no deferral', extra: { 'p1.iv.4': 'Ủy ban nhân dân huyện giao Phòng Nông nghiệp chủ trì theo dõi, đôn đốc các xã thực hiện kế hoạch, tổng hợp kết quả và báo cáo sau mỗi quý.' } },
    { name: 'a deferral beside a real figure is content', extra: { 'p1.iv.4': 'Đã tổ chức 12 hội nghị; số liệu chi tiết sẽ báo cáo bổ sung sau.' } },
    { name: 'the writer\'s own text typed into the guidance control is content', extra: { 'p1.iv.4': `{cc=${G('p1.iv.4')}} Đánh giá chung, bài học lớn nhất là phát huy vai trò chủ thể của Nhân dân trong xây dựng nông thôn mới.` } },
  ],
  invalid: [
    { name: '… but every answer under the questions put off ("Trả lời: Đang tổng hợp, báo cáo sau."): the questions are the asker\'s words, the answers filler (lexicon: answer-label; review-64 A6)', extra: { 'p1.iii.2.2': ['**Câu hỏi 1: Đánh giá công tác quản lý nhà nước của chính quyền trong xây dựng nông thôn mới?**', 'Trả lời: Đang tổng hợp, báo cáo sau.', '**Câu hỏi 2: Việc phát huy sức mạnh của các đoàn thể chính trị - xã hội ở nông thôn?**', 'Trả lời: Đang tổng hợp, báo cáo sau.'].join('\n') }, expect: { sections: ['p1.iii.2.2'] } },
    { name: 'a section holding only a note in brackets asking other offices to draft it and by when ("(Đề nghị Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu nội dung này, gửi Văn phòng Điều phối nông thôn mới tỉnh trước ngày 20/7/2019 để tổng hợp.)") (lexicon: drafting-note; session 64, pqg06)', extra: { 'p1.iii.2.7': '(Đề nghị Phòng Tài chính - Kế hoạch, Phòng Nông nghiệp và PTNT tham mưu nội dung này, gửi Văn phòng Điều phối nông thôn mới huyện trước ngày 20/7/2024 để tổng hợp.)' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'a tham luận\'s kiến nghị that only says they were all gathered in a numbered report ("Nội dung kiến nghị, đề xuất UBND huyện đã tổng hợp đầy đủ tại Báo cáo sơ kết 3 năm số 412/BC-UBND …") (session 63, nzz04)', pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'huyen', src: outline('ntm-so-ket-2021-2023-tham-luan', { 'kien-nghi': 'Các kiến nghị của huyện đã được nêu đầy đủ tại Báo cáo số 215/BC-UBND ngày 06/11/2023 gửi Sở Nông nghiệp và PTNT.' }), expect: { sections: ['kien-nghi'] } },
    { name: '… but the last item left with nothing of its own, then an "a)", "b)" list that sums up the whole group ("(11) …" then "a) Kết quả nổi bật của 11 nội dung thành phần"): no item after it closes the list, it may be the group\'s — the item is empty (review-61c A6)', extra: { ...results(MET), 'p1.iii.2.4.11': '**a) Kết quả nổi bật của 11 nội dung thành phần**\nCác nội dung thành phần cơ bản được triển khai đồng bộ.\n**b) Các nội dung thành phần còn chậm**\nNội dung bảo vệ môi trường còn chậm so với yêu cầu.' }, expect: { count: 1, snippets: ['(11)'] } },
    { name: '… but with nothing under those sub-items, the item is empty (session 58, beside nyu02)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa', src: ranked(''), expect: { sections: ['nhiem-vu-giai-phap'] } },
    { name: 'a report pasted from a PDF, an item holding only the running header and the page\'s number printed between its heading and the next ("HUYỆN ỦY NINH PHƯỚC - Báo cáo sơ kết …" / "Trang 10/17"): page furniture, no text of the report (session 51, nxf01)', extra: { ...results(MET), 'p1.i': `Huyện Ninh Phước có 9 xã, 1 thị trấn.\n${PAGE(2)}`, 'p1.ii.1': `Huyện ủy tổ chức 02 hội nghị quán triệt.\n${PAGE(4)}`, 'p1.iii.2.7': PAGE(10) }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'a department\'s part that only points to its earlier report and says it does not say it again ("… đã được Sở Xây dựng nêu tại Báo cáo số 305/BC-SXD ngày 15/8/2023, nay không nêu lại.") (session 49, nwr05)', pack: 'ntm-so-ket-2021-2023-so-nganh', level: 'so-nganh', src: outline('ntm-so-ket-2021-2023-so-nganh', { 'ton-tai-han-che': 'Những tồn tại, hạn chế, vướng mắc đã được Sở Xây dựng nêu tại Báo cáo số 305/BC-SXD ngày 15/8/2023, nay không nêu lại.' }), expect: { sections: ['ton-tai-han-che'] } },
    { name: 'a tham luận\'s kiến nghị that only points to a numbered report and says what it was about ("Như nội dung UBND huyện đã kiến nghị tại Báo cáo số 412/BC-UBND ngày 10/11/2023 về sơ kết 3 năm thực hiện Chương trình …": its figures the report\'s) (session 48, nwl05)', pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'huyen', src: outline('ntm-so-ket-2021-2023-tham-luan', { 'kien-nghi': 'Như nội dung UBND huyện đã kiến nghị tại Báo cáo số 412/BC-UBND ngày 10/11/2023 về sơ kết 3 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện.' }), expect: { sections: ['kien-nghi'] } },
    { name: 'a section holding only a pointer to a table sent with it ("(Chi tiết tại Biểu số 05 kèm theo)") (lexicon: filler; session 45, nvv06)', pack: 'ntm-tong-ket-2010-2020', level: 'huyen', src: outline('ntm-tong-ket-2010-2020', { '1-1.truyen-thong': '(Chi tiết tại Biểu số 05 kèm theo)' }), expect: { sections: ['1-1.truyen-thong'] } },
    { name: 'a section holding only its report put off until the accounts are in ("Sẽ báo cáo sau khi có số liệu quyết toán năm 2023.") (lexicon: deferral; session 33, ou04)', extra: { 'p1.iii.2.7': 'Sẽ báo cáo sau khi có số liệu quyết toán năm 2023.' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'a section holding only a pointer to the last quarter\'s report ("Như báo cáo quý I/2025.") (lexicon: pointer; session 33, ou02)', pack: 'nq04-ket-luan-ha-tinh', level: 'xa', src: outline('nq04-ket-luan-ha-tinh', { 'nv-7': 'Như báo cáo quý I/2025.' }), expect: { sections: ['nv-7'] } },
    { name: 'a section holding only its content put off to the report to come ("Ủy ban MTTQ Việt Nam huyện đang tổng hợp, sẽ bổ sung vào báo cáo chính thức.") (session 33)', extra: { 'p1.iii.2.8': 'Ủy ban MTTQ Việt Nam huyện đang tổng hợp, sẽ bổ sung vào báo cáo chính thức.' }, expect: { sections: ['p1.iii.2.8'] } },
    { name: 'a bare "Không." under a heading of work done ("Vai trò của Mặt trận Tổ quốc …") says nothing; it answers only a heading that asks of something the unit may not have (nợ đọng, kiến nghị, bài học) (session 28, gb03)', pack: 'nq04-ket-luan-ha-tinh', level: 'huyen', src: outline('nq04-ket-luan-ha-tinh', { 'nv-7': 'Không.' }), expect: { sections: ['nv-7'] } },
    { name: 'a tham luận\'s part that only says where it was said before ("Các khó khăn, vướng mắc đã được UBND xã nêu tại Báo cáo sơ kết 3 năm số 86/BC-UBND ngày 10/11/2023.") (session 27, fc05)', pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'xa', src: outline('ntm-so-ket-2021-2023-tham-luan', { 'ton-tai-han-che': 'Các khó khăn, vướng mắc đã được UBND xã nêu tại Báo cáo sơ kết 3 năm số 86/BC-UBND ngày 10/11/2023.' }), expect: { sections: ['ton-tai-han-che'] } },
    { name: 'a section holding only its content put off until others have given their views ("Sở sẽ tổng hợp, bổ sung sau khi có ý kiến của các đơn vị phối hợp.") (session 26, eq05)', extra: { 'p1.iii.2.7': 'Sở sẽ tổng hợp, bổ sung sau khi có ý kiến của các đơn vị phối hợp.' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: '… and the data said pending with the body that gathers them named ("Các số liệu … của 18 xã đang được các phòng, ban tổng hợp, …") (session 26, review-25 M3b)', extra: { 'p1.iii.2.7': 'Các số liệu về huy động nguồn lực năm 2024 của 18 xã đang được các phòng, ban tổng hợp.' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'a sentence that opens on the figures still being gathered, a count in it saying whose they are ("Số liệu huy động … của 03 xã cũ đang được tổng hợp, đối chiếu với hồ sơ bàn giao; UBND xã sẽ báo cáo bổ sung sau.") (session 25, dy03)', extra: { 'p1.iii.2.7': 'Số liệu huy động, lồng ghép nguồn lực xây dựng nông thôn mới của 03 xã cũ đang được tổng hợp, đối chiếu với hồ sơ bàn giao; UBND xã sẽ báo cáo bổ sung sau.' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'in a report written as a table, a row whose text cell only says the figures will come ("| 6. Đánh giá tình hình nợ đọng … | Đang tổng hợp, báo cáo sau. |") (session 24, dg02)', pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'huyen', src: asTable(outline('ntm-so-ket-2021-2023-dia-phuong', { 'no-dong-xdcb': 'Đang tổng hợp, báo cáo sau.' })), expect: { count: 1 } },
    { name: 'a deferral and a note among the drafters in brackets ("Đang tổng hợp, báo cáo sau." / "(Ban Dân vận Huyện ủy chủ trì, gửi về Ban Tuyên giáo.)") (session 23, ct01)', extra: { 'p1.iii.2.7': 'Đang tổng hợp, báo cáo sau.\n(Ban Dân vận Huyện ủy chủ trì, gửi về Ban Tuyên giáo.)' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'a pointer to a numbered appendix alone ("(Có Phụ lục số 02 kèm theo)"), the appendix not attached (session 21, bf02)', extra: { 'p1.iv.4': '(Có Phụ lục số 02 kèm theo)' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a deferral in brackets, then the line that closes the body ("(Đang tổng hợp ý kiến các phòng, báo cáo sau)" and "Huyện ủy … kính báo cáo Ban Thường vụ Tỉnh ủy, Văn phòng Điều phối … tổng hợp./."): the closing line is no content (session 21, av04)', extra: { 'p2.iv.2': '(Đang tổng hợp ý kiến các phòng, báo cáo sau)\nHuyện ủy Hải Lăng kính báo cáo Ban Thường vụ Tỉnh ủy, Văn phòng Điều phối nông thôn mới tỉnh tổng hợp, theo dõi./.' }, expect: { sections: ['p2.iv.2'] } },
    { name: 'a section that only points to the plan where its content is ("Lộ trình và các giải pháp cụ thể đã được UBND xã xây dựng tại Kế hoạch số 95/KH-UBND … (gửi kèm theo tham luận này).") (session 19, ze06)', pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'xa', src: outline('ntm-so-ket-2021-2023-tham-luan', { 'nhiem-vu-giai-phap': 'Lộ trình và các giải pháp cụ thể đã được UBND xã xây dựng tại Kế hoạch số 95/KH-UBND ngày 15/5/2023 của UBND xã về xây dựng xã nông thôn mới nâng cao giai đoạn 2023-2025 (gửi kèm theo tham luận này).' }), expect: { sections: ['nhiem-vu-giai-phap'] } },
    { name: 'said to be reported by another in another report ("… đã được Ban Thường vụ báo cáo đầy đủ tại Báo cáo số …")', extra: { 'p1.iv.4': 'Những bài học kinh nghiệm đã được Ban Thường vụ báo cáo đầy đủ tại Báo cáo số 215-BC/HU ngày 14/7/2023.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a pointer to an attached table only ("(Có biểu chi tiết kèm theo)")', extra: { 'p1.iv.4': '(Có biểu chi tiết kèm theo)' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'the usual subjects and the people\'s role around the heading\'s words ("Các cấp ủy, chính quyền đã thực hiện tốt …, phát huy vai trò chủ thể của Nhân dân")', extra: { 'p1.iii.2.7': 'Các cấp ủy, chính quyền các cấp luôn thực hiện tốt quy chế dân chủ, công khai, minh bạch trong xây dựng nông thôn mới, phát huy vai trò chủ thể của Nhân dân.' }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'recommendations said to be made in another report ("… đã có kiến nghị cụ thể tại Báo cáo số …; đề nghị … tổng hợp chung")', extra: { 'p2.iv.1': 'Huyện ủy đã có kiến nghị cụ thể tại Báo cáo số 412-BC/HU ngày 15/10/2023 gửi Ban Thường vụ Tỉnh ủy; đề nghị Văn phòng Điều phối nông thôn mới tỉnh tổng hợp chung.' }, expect: { sections: ['p2.iv.1'] } },
    { name: 'as recommended before ("Như đã đề xuất tại Báo cáo sơ kết năm 2023 của huyện.")', extra: { 'p2.iv.1': 'Như đã đề xuất tại Báo cáo sơ kết năm 2023 của huyện.' }, expect: { sections: ['p2.iv.1'] } },
    { name: 'limits said to be some, with nothing named ("Tồn tại, hạn chế … còn một số mặt cần khắc phục trong thời gian tới.")', extra: { 'p1.iv.2': 'Những hạn chế, khó khăn trong xây dựng nông thôn mới còn một số mặt cần khắc phục trong thời gian tới.' }, expect: { sections: ['p1.iv.2'] } },
    { name: 'a promise to go on with the tasks set ("UBND xã sẽ tiếp tục thực hiện tốt các nhiệm vụ, giải pháp đã đề ra, phấn đấu hoàn thành các chỉ tiêu nông thôn mới.")', extra: { 'p2.iii.1': 'Thời gian tới, UBND huyện sẽ tiếp tục thực hiện tốt các nhiệm vụ đã đề ra, phấn đấu hoàn thành các chỉ tiêu nông thôn mới.' }, expect: { sections: ['p2.iii.1'] } },
    { name: 'the heading said again, on the unit\'s ground ("Kết quả thực hiện Bộ tiêu chí … giai đoạn 2021-2025 trên địa bàn xã.")', extra: { 'p1.iv.4': 'Bài học kinh nghiệm trong xây dựng nông thôn mới giai đoạn 2021-2023 trên địa bàn huyện.' }, expect: { sections: ['p1.iv.4'] } },
    {
      name: 'the heading said again with the article it cites ("… có sự tham gia của cộng đồng theo quy định tại Điều 8 Nghị định số 27/2022/NĐ-CP."): "Điều 8" is no figure',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'dieu-8-nd27': 'UBND xã đã xây dựng và thực hiện kế hoạch thực hiện các chương trình mục tiêu quốc gia có sự tham gia của cộng đồng theo quy định tại Điều 8 Nghị định số 27/2022/NĐ-CP.' }).replace('HUYỆN HẢI LĂNG', 'XÃ BÌNH LÃNH'),
      expect: { sections: ['dieu-8-nd27'] },
    },
    {
      name: 'who directed that the heading be followed, in the heading\'s words ("Ban Thường vụ Huyện ủy chỉ đạo tiếp tục bám sát các chủ trương, đường lối … để lãnh đạo, chỉ đạo thực hiện phù hợp với tình hình của huyện.")',
      pack: 'nq04-ket-luan-ha-tinh', level: 'huyen',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-5': 'Ban Thường vụ Huyện ủy chỉ đạo tiếp tục bám sát các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026-2030 để lãnh đạo, chỉ đạo thực hiện phù hợp với tình hình của huyện.' }),
      expect: { sections: ['nv-5'] },
    },
    { name: 'the content said to be made specific in a plan ("Nội dung … đã được cụ thể tại Kế hoạch số 152-KH/HU …")', extra: { 'p1.iv.4': 'Nội dung này đã được cụ thể tại Kế hoạch số 152-KH/HU ngày 10/9/2021 của Ban Thường vụ Huyện ủy.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a sentence that says nothing beyond its heading but stock words ("Trong quá trình …, xã luôn thực hiện tốt …, bảo đảm …")', extra: { 'p1.iii.2.7': 'Trong quá trình xây dựng nông thôn mới, huyện luôn thực hiện tốt quy chế dân chủ ở cơ sở, bảo đảm công khai, minh bạch.' }, expect: { sections: ['p1.iii.2.7'] } },
    {
      name: 'a sentence of stock words around the heading\'s and the report title\'s words ("… sẽ tiếp tục tập trung triển khai đồng bộ các nhiệm vụ, giải pháp để phát triển du lịch cộng đồng … ngày càng hiệu quả hơn")',
      pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-tham-luan', { 'nhiem-vu-giai-phap': 'Trong thời gian đến, xã Duy Vinh sẽ tiếp tục tập trung triển khai đồng bộ các nhiệm vụ, giải pháp để phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới ngày càng hiệu quả hơn.' })
        .replace('HUYỆN HẢI LĂNG', 'XÃ DUY VINH').replace(`BÁO CÁO\n${builtinPack('ntm-so-ket-2021-2023-tham-luan')!.title}`, '**THAM LUẬN**\n**Kinh nghiệm phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới tại xã Duy Vinh**'),
      expect: { sections: ['nhiem-vu-giai-phap'] },
    },
    {
      name: 'this content said to be reported elsewhere, whoever reported it and however ("Nội dung này UBND xã đã báo cáo riêng tại Báo cáo số …")',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'dieu-8-nd27': 'Nội dung này UBND xã đã báo cáo riêng tại Báo cáo số 131/BC-UBND ngày 14/8/2023 gửi UBND huyện Thăng Bình.' }).replace('HUYỆN HẢI LĂNG', 'XÃ BÌNH QUẾ'),
      expect: { sections: ['dieu-8-nd27'] },
    },
    { name: 'this content put off to a plan of its own ("Nội dung này UBND huyện sẽ xây dựng kế hoạch và phát động riêng sau khi …")', extra: { 'p1.iv.4': 'Nội dung này UBND huyện sẽ xây dựng kế hoạch và phát động riêng sau khi Hội nghị tổng kết của tỉnh được tổ chức.' }, expect: { sections: ['p1.iv.4'] } },
    {
      name: 'a long sentence that restates its heading, then says it was reported in another report ("Những tồn tại, hạn chế, vướng mắc trong … Sở … đã báo cáo cụ thể tại Báo cáo số …")',
      pack: 'ntm-so-ket-2021-2023-so-nganh', level: 'so-nganh',
      src: outline('ntm-so-ket-2021-2023-so-nganh', { 'ton-tai-han-che': 'Những tồn tại, hạn chế, vướng mắc trong thực hiện tiêu chí giáo dục Sở Giáo dục và Đào tạo đã báo cáo cụ thể tại Báo cáo số 1520/BC-SGDĐT ngày 12/10/2023 gửi UBND tỉnh và Văn phòng Điều phối nông thôn mới tỉnh.' }).replace('ỦY BAN NHÂN DÂN\nHUYỆN HẢI LĂNG', 'UBND TỈNH QUẢNG NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO'),
      expect: { sections: ['ton-tai-han-che'] },
    },
    { name: 'nothing under the heading', extra: { 'p1.iv.4': '' }, expect: { sections: ['p1.iv.4'], severity: 'error' } },
    { name: 'dots', extra: { 'p1.iv.4': '……………' }, expect: { sections: ['p1.iv.4'] } },
    {
      name: 'the plan\'s own sentence pasted in: "Đối với cấp xã cần đánh giá thêm tình hình … theo quy định tại Điều 8 Nghị định số 27/2022/NĐ-CP."',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'dieu-8-nd27': 'Đối với cấp xã cần đánh giá thêm tình hình xây dựng, thực hiện kế hoạch thực hiện các chương trình mục tiêu quốc gia có sự tham gia của cộng đồng theo quy định tại Điều 8 Nghị định số 27/2022/NĐ-CP.' }).replace('HUYỆN HẢI LĂNG', 'XÃ BÌNH LÃNH'),
      expect: { sections: ['dieu-8-nd27'] },
    },
    { name: 'only a pointer, said of "this content": "Nội dung này UBND xã đã báo cáo tại Báo cáo số 118/BC-UBND …"', extra: { 'p1.iv.4': 'Nội dung này UBND xã đã báo cáo tại Báo cáo số 118/BC-UBND ngày 25/9/2023 gửi Phòng Tài chính - Kế hoạch huyện.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'only a promise, said of "this content": "Nội dung này Ban Chỉ đạo tỉnh sẽ đề xuất cụ thể sau khi có hướng dẫn …"', extra: { 'p1.iv.4': 'Nội dung này Ban Chỉ đạo tỉnh sẽ đề xuất cụ thể sau khi có hướng dẫn của Ban Chỉ đạo Trung ương.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'only a pointer whose report name has a count in it: "(Như nội dung tại Báo cáo sơ kết 3 năm số 412/BC-UBND …)"', extra: { 'p1.iv.4': '(Như nội dung tại Báo cáo sơ kết 3 năm số 412/BC-UBND ngày 08/11/2023 của UBND huyện.)' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'only a pointer to another report: "Như đã nêu tại Báo cáo số 412/BC-UBND …"', extra: { 'p1.iv.4': 'Như đã nêu tại Báo cáo số 412/BC-UBND ngày 10/11/2023 của UBND huyện.' }, expect: { sections: ['p1.iv.4'] } },
    { name: '"(Đang cập nhật)"', extra: { 'p1.iv.4': '(Đang cập nhật)' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'who is still gathering the content, then its deferral after ";": "Sở Y tế đang tổng hợp ý kiến của các Trung tâm Y tế …; nội dung kiến nghị, đề xuất sẽ được báo cáo bổ sung sau." (session 34, pp03)', extra: { 'p1.iv.4': 'Sở Y tế đang tổng hợp ý kiến của các Trung tâm Y tế huyện, thị xã, thành phố; nội dung kiến nghị, đề xuất sẽ được báo cáo bổ sung sau.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'only a reviewer\'s note in square brackets: "[Ủy ban MTTQ huyện bổ sung]" (session 34, pl04)', extra: { 'p1.iv.4': '[Ủy ban MTTQ huyện bổ sung]' }, expect: { sections: ['p1.iv.4'] } },
    {
      name: 'only the heading again, after its subject: "Đảng ủy xã tiếp tục bám sát …" (session 34, pj06)',
      pack: 'nq04-ket-luan-ha-tinh', level: 'xa',
      src: outline('nq04-ket-luan-ha-tinh', { 'nv-5': 'Đảng ủy xã tiếp tục bám sát các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về Chương trình MTQG xây dựng nông thôn mới giai đoạn 2026-2030.' }).replace('HUYỆN HẢI LĂNG', 'XÃ THẠCH XUÂN'),
      expect: { sections: ['nv-5'] },
    },
    { name: 'the outline\'s instruction copied in as text: "Nêu cơ chế, chính sách huy động nguồn lực …"', extra: { 'p1.iv.4': 'Nêu những bài học kinh nghiệm rút ra trong quá trình lãnh đạo, chỉ đạo.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'an instruction in brackets: "[Đánh giá cụ thể …]"', extra: { 'p1.iv.4': '[Đánh giá cụ thể những bài học rút ra trong lãnh đạo, chỉ đạo]' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a note that someone will add the text: "(Bộ phận Tài chính - Kế toán xã bổ sung nội dung này)"', extra: { 'p1.iv.4': '(Bộ phận Tài chính - Kế toán xã bổ sung nội dung này)' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a referral to last year\'s report: "Như báo cáo sơ kết năm 2023."', extra: { 'p1.iv.4': 'Như báo cáo sơ kết năm 2023.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a line that only restates the outline\'s own title for the item, under a shorter heading', pack: 'ntm-tong-ket-2010-2020', src: outline('ntm-tong-ket-2010-2020').replace(/^## Phát động phong trào thi đua[^\n]*\n[^\n]*$/m, '## Phát động phong trào thi đua\nPhát động phong trào thi đua để huy động các nguồn lực và người dân tham gia thực hiện Chương trình.'), expect: { sections: ['1-2.thi-dua'] } },
    { name: 'the speech\'s thanks after the last section close the body ("Trân trọng cảm ơn các đồng chí lãnh đạo …")', pack: 'ntm-so-ket-2021-2023-tham-luan', src: outline('ntm-so-ket-2021-2023-tham-luan').replace(/^(# Nhiệm vụ, giải pháp[^\n]*)\n[^\n]*$/m, '$1\nĐang tổng hợp, báo cáo sau.\nTrân trọng cảm ơn các đồng chí lãnh đạo và quý vị đại biểu!'), expect: { sections: ['nhiem-vu-giai-phap'] } },
    { name: 'a referral to other offices: "Nội dung này do Sở Giáo dục và Đào tạo, Sở Y tế báo cáo theo lĩnh vực phụ trách."', extra: { 'p1.iv.4': 'Nội dung này do Sở Giáo dục và Đào tạo, Sở Y tế báo cáo theo lĩnh vực phụ trách.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'a referral to another report: "Như nội dung đã báo cáo tại Báo cáo số 1186/BC-SXD ngày 12/6/2023"', extra: { 'p1.iv.4': 'Như nội dung đã báo cáo tại Báo cáo số 1186/BC-SXD ngày 12/6/2023 của Sở Xây dựng.' }, expect: { sections: ['p1.iv.4'] } },
    { name: '"Đang tổng hợp, báo cáo sau."', extra: { 'p1.iv.4': 'Đang tổng hợp, báo cáo sau.' }, expect: { sections: ['p1.iv.4'] } },
    { name: '"(Đính kèm phụ lục)" alone', extra: { 'p1.iv.3': '(Đính kèm phụ lục)' }, expect: { sections: ['p1.iv.3'] } },
    {
      name: 'the last section holding only "(Đính kèm phụ lục)" before the recipients and the signature block in capitals',
      src: nq16({ ...results(MET), 'p2.iv.2': '(Đính kèm phụ lục)' }).replace('Trên đây là báo cáo sơ kết.', 'Nơi nhận:\n- UBND tỉnh Kon Tum;\n- Lưu: VT, NN.\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**'),
      expect: { sections: ['p2.iv.2'] },
    },
    { name: 'a deferral that names who is compiling ("Văn phòng NTM xã đang tổng hợp số liệu, sẽ báo cáo bổ sung sau.")', extra: { 'p1.iv.4': '(Văn phòng nông thôn mới xã đang tổng hợp số liệu, sẽ báo cáo bổ sung sau.)' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'an instruction opening "Đánh giá …", one sentence with no figure, left in the guidance control', extra: { 'p1.iii.2.7': `{cc=${G('p1.iii.2.7')}} Đánh giá việc thực hiện quy chế dân chủ ở cơ sở, công khai, minh bạch trong huy động, sử dụng nguồn lực.` }, expect: { sections: ['p1.iii.2.7'] } },
    { name: 'an instruction to the writer left in the guidance control, in other words than the pack\'s', extra: { 'p1.iv.4': `{cc=${G('p1.iv.4')}} Nêu các bài học kinh nghiệm rút ra trong giai đoạn 2021-2024.` }, expect: { sections: ['p1.iv.4'] } },
    {
      name: 'the last section\'s filler before a signature table whose first cell is "Nơi nhận:"',
      src: nq16({ ...results(MET), 'p2.iv.2': 'Nội dung này sẽ bổ sung sau.' }).replace('Trên đây là báo cáo sơ kết.', '| Nơi nhận: - Ban cán sự đảng UBND tỉnh; - Lưu: VT. | GIÁM ĐỐC Nguyễn Văn Nhựt |\nPhụ lục 01 DANH MỤC VĂN BẢN\n| STT | Số, ký hiệu | Trích yếu |\n| 1 | 1125/QĐ-UBND | Quyết định ban hành Bộ tiêu chí xã nông thôn mới |'),
      expect: { sections: ['p2.iv.2'] },
    },
    { name: '"Như báo cáo trước."', extra: { 'p1.iv.2': 'Như báo cáo trước.' }, expect: { sections: ['p1.iv.2'] } },
    { name: 'a sentence that only repeats the heading', extra: { 'p1.iv.4': 'Bài học kinh nghiệm.' }, expect: { sections: ['p1.iv.4'] } },
    { name: 'the closing lines do not fill the last section', extra: { 'p2.iv.2': '' }, expect: { sections: ['p2.iv.2'] } },
    {
      name: 'default guidance left in its tagged control ("Nội dung mục này…")',
      extra: { 'p1.iv.4': `{cc=${G('p1.iv.4')}} Nội dung mục này…` },
      expect: { sections: ['p1.iv.4'] },
    },
    {
      name: 'the section\'s guidance left in its tagged control, and the inserted danh mục table left empty',
      extra: { 'p1.ii.1': `${guidance('p1.ii.1').split('\n').map((l) => `{cc=${G('p1.ii.1')}} ${l}`).join('\n')}\n${EMPTY_TABLE}` },
      expect: { sections: ['p1.ii.1'] },
    },
    {
      name: 'the guidance of the results section left in its tagged control, one paragraph a line',
      extra: { 'p1.iii.1': guidance('p1.iii.1').split('\n').map((l) => `{cc=${G('p1.iii.1')}} ${l}`).join('\n') },
      expect: { sections: ['p1.iii.1'] },
    },
    {
      name: 'the guidance copied word for word, without the control',
      extra: { 'p1.ii.2': guidance('p1.ii.2').split('\n')[0] },
      expect: { sections: ['p1.ii.2'] },
    },
    {
      name: 'a part whose items are all empty is labelled once, as the part',
      extra: { 'p1.iv.1': '', 'p1.iv.2': '', 'p1.iv.3': '', 'p1.iv.4': '' },
      expect: { sections: ['p1.iv'] },
    },
  ],
});

export const KNOWN_GAPS: Gap[] = [
  {
    kind: 'invalid',
    name: '"Nội dung này sẽ bổ sung sau."',
    extra: { 'p2.iii.1': 'Nội dung này sẽ bổ sung sau.' },
    expect: { sections: ['p2.iii.1'] },
    engine: 'no finding: FILLER removes one of the overlapping phrases "sẽ bổ sung" / "bổ sung sau", four words remain ("Nội dung này" and "sẽ" or "sau"), which reaches MIN_WORDS (4)',
  },
];
