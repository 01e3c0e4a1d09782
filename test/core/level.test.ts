/** The reporting unit read from the header block: level and name. */
import { detectUnit } from '../../src/core/level';
import { doc } from './doc';

const unitOf = (head: string) => detectUnit(doc(`${head}\nBÁO CÁO\nSơ kết 3 năm thực hiện Nghị quyết`));

describe('detectUnit', () => {
  test.each([
    ['ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 85/BC-UBND', 'huyen', 'AN LAO'],
    // a district's or a commune's own office under its parent body, in capitals (session 28: gc05); "XÃ HỘI" in a body's name is no commune
    ['NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nPHÒNG GIAO DỊCH HUYỆN CẨM XUYÊN\nSố: 86/BC-PGD', 'huyen', 'CAM XUYEN'],
    ['BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI HUYỆN CẨM XUYÊN\nSố: 86/BC-BHXH', 'huyen', 'CAM XUYEN'],
    ['UBND HUYỆN TAM NÔNG\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG HUYỆN TAM NÔNG\nSố: 12/BC-PNN', 'huyen', 'TAM NONG'],
    // a header pasted from PDF or e-mail, the motto on the agency's line: its "XÃ HỘI" names no commune
    ['UBND TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\nSố: 2145/BC-SCT Quảng Nam, ngày 10 tháng 11 năm 2023', 'so-nganh', undefined],
    ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN TIÊN PHƯỚC Độc lập - Tự do - Hạnh phúc', 'huyen', 'TIEN PHUOC'],
    // (… what follows the motto on that line is another line of the header)
    ['UBND HUYỆN HẢI LĂNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM UBND XÃ HẢI PHÚ Độc lập - Tự do - Hạnh phúc', 'xa', 'HAI PHU'],
    ['UBND TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ NÔNG NGHIỆP VÀ PTNT Độc lập - Tự do - Hạnh phúc', 'so-nganh', undefined],
    ['HUYỆN ỦY HẢI LĂNG\n*\nSố: 125-BC/HU', 'huyen', 'HAI LANG'],
    ['ỦY BAN NHÂN DÂN\nXÃ BÀU HÀM 2\nSố: 214/BC-UBND', 'xa', 'BAU HAM 2'],
    ['UBND PHƯỜNG 3\nSố: 12/BC-UBND', 'xa', '3'],
    ['ĐẢNG ỦY XÃ HẢI THƯỢNG\nSố: 40-BC/ĐU', 'xa', 'HAI THUONG'],
    ['TỈNH ỦY QUẢNG TRỊ\nSố: 512-BC/TU', 'tinh', 'QUANG TRI'],
    // a province's mass organisations are members of its steering committee, as the departments are
    ['BCH ĐOÀN TỈNH QUẢNG NAM\n***\nSố: 318-BC/TĐTN-TNNT', 'so-nganh', undefined],
    ['HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH QUẢNG NAM\nSố: 214/BC-ĐCT', 'so-nganh', undefined],
    ['ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ\nSố: 45/BC-MTTQ', 'so-nganh', undefined],
    // (… and so is such an organisation's party group, under the province's party organisation, session 26: ev01)
    ['ĐẢNG BỘ TỈNH NINH THUẬN\nĐẢNG ĐOÀN HỘI LIÊN HIỆP PHỤ NỮ TỈNH\n*\nSố 47-BC/ĐĐ', 'so-nganh', undefined],
    // (… its name on one line and its province on the next, session 17: vk05)
    ['ỦY BAN MTTQ VIỆT NAM\nTỈNH QUẢNG NAM\nBAN THƯỜNG TRỰC\nSố: 415/BC-MTTQ-BTT', 'so-nganh', undefined],
    ['ỦY BAN MTTQ VIỆT NAM\nHUYỆN DUY XUYÊN\nSố: 45/BC-MTTQ', 'huyen', 'DUY XUYEN'],
    ['HỘI NÔNG DÂN TỈNH HÀ TĨNH\nSố: 120-BC/HNDT', 'so-nganh', undefined],
    ['NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH TỈNH HÀ TĨNH\nSố: 512/BC-NHCS', 'so-nganh', undefined],
    // … but the same of a district or a commune is that district's or commune's
    ['HỘI NÔNG DÂN TỈNH QUẢNG NAM\nBCH HỘI NÔNG DÂN HUYỆN ĐẠI LỘC\nSố: 12-BC/HND', 'huyen', 'DAI LOC'],
    ['TỈNH ĐOÀN QUẢNG NAM\nBCH ĐOÀN XÃ ĐIỆN HÒA\nSố: 05-BC/ĐTN', 'xa', 'DIEN HOA'],
    // (… the Front's standing board on the commune's line, "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TAM ĐÀN" — walk53: its level was blank)
    ['UBMTTQ VIỆT NAM HUYỆN PHÚ NINH\nBAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ TAM ĐÀN\nSố: 27/BC-MTTQ-BTT', 'xa', 'TAM DAN'],
    ['BAN THƯỜNG VỤ HỘI LHPN TỈNH HÀ TĨNH\nSố: 88/BC-HPN', 'so-nganh', undefined],
    // a body of the province's under its committee, naming no place (session 23, cf06); the army's line above a province's
    // command names no district ("QUÂN KHU 4" is no "quận", cf05)
    ['UBND TỈNH QUẢNG NAM\nLIÊN MINH HỢP TÁC XÃ\nSố: 96/BC-LMHTX', 'so-nganh', undefined],
    ['ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCHI CỤC PHÁT TRIỂN NÔNG THÔN\nSố: 45/BC-CCPTNT', 'so-nganh', undefined],
    ['QUÂN KHU 4\nBỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH\nSố: 1846/BC-BCH', 'so-nganh', undefined],
    ['UBND TỈNH QUẢNG NAM\nBAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG\nSố: 12/BC-BCĐ', 'tinh', 'QUANG NAM'],
    ['UBND TỈNH QUẢNG NAM\nUBND HUYỆN ĐẠI LỘC\nSố: 12/BC-UBND', 'huyen', 'DAI LOC'],

    // a party body's header: the party organisation of the place, then its organ (session 20, over the corpus: li03, qc02, vs04, rr06)
    ['ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 412-BC/ĐU', 'tinh', 'HA TINH'],
    ['ĐẢNG BỘ TỈNH HÀ TĨNH\nBAN THƯỜNG VỤ TỈNH ỦY\nSố 612-BC/TU', 'tinh', 'HA TINH'],
    ['ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY HẢI LĂNG\nSố: 125-BC/HU', 'huyen', 'HAI LANG'],
    // (… a city of the centre's as the party organisation, the district's committee under it named: session 24, dl01)
    ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nHUYỆN ỦY CẦN GIỜ\nSố 418-BC/HU', 'huyen', 'CAN GIO'],
    ['ĐẢNG BỘ XÃ TAM VINH\nCHI BỘ THÔN PHÚ QUÝ\nSố 09-BC/CB', 'xa', 'TAM VINH'],
    // a district and its province on one line (hx06); a steering committee's name longer than a line (uf02)
    ['UBND HUYỆN CHỢ GẠO, TỈNH TIỀN GIANG\nTHAM LUẬN', 'huyen', 'CHO GAO'],
    ['BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG; XÂY DỰNG ĐÔ THỊ VĂN MINH VÀ CHƯƠNG TRÌNH OCOP TỈNH HÀ TĨNH\nVĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI\nSố: 186/BC-VPĐP', 'tinh', 'HA TINH'],
    // the Youth Union's header: its name, then its committee of the place (session 20, ad06)
    ['ĐOÀN TNCS HỒ CHÍ MINH\nBCH HUYỆN CAN LỘC\nSố: 186-BC/HĐTN', 'huyen', 'CAN LOC'],
    ['ĐOÀN TNCS HỒ CHÍ MINH\nBAN CHẤP HÀNH ĐOÀN XÃ ĐIỆN HÒA\nSố: 05-BC/ĐTN', 'xa', 'DIEN HOA'],
    // a steering committee's long name over two lines, its place at the end of the second (session 20, zv03)
    ['BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH\nMỤC TIÊU QUỐC GIA TỈNH HÀ TĨNH\nSố: 86/BC-BCĐ', 'tinh', 'HA TINH'],
    ['BAN CHỈ ĐẠO XÂY DỰNG\nNÔNG THÔN MỚI HUYỆN CAN LỘC\nSố: 12/BC-BCĐ', 'huyen', 'CAN LOC'],
    ['UBND TỈNH NINH THUẬN\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 1020/BC-SNNPTNT', 'so-nganh', undefined],
    ['UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 215/BC-SNNMT', 'so-nganh', undefined],
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 88/BC-UBND', 'tinh', 'CAN THO'],
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐỒNG HỚI\nSố: 88/BC-UBND', 'huyen', 'DONG HOI'],
    ['ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ TĨNH\nSố: 88/BC-UBND', 'huyen', 'HA TINH'],
    ['UBND TỈNH BÌNH PHƯỚC - SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 215/BC-STNMT', 'so-nganh', undefined],
    ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH KON TUM\nĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n*\nSố 57-BC/ĐU', 'so-nganh', undefined],
    ['BAN CÁN SỰ ĐẢNG UBND TỈNH\nSố: 90-BC/BCSĐ\nQuảng Trị, ngày 12 tháng 7 năm 2024', 'tinh', 'QUANG TRI'],
  ])('%j → %s %s', (head, level, name) => {
    expect(unitOf(head)).toEqual({ level, name });
  });

  test('no header block: no level', () => {
    expect(unitOf('Kết quả thực hiện').level).toBeUndefined();
  });
});
