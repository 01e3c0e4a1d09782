/** Sentences for generated reports: substance without indicator figures, so labels stay exact. */
export const PLACES = ['Quảng Trị', 'Đông Hà', 'Hải Lăng', 'Cam Lộ', 'Hà Tĩnh', 'Vĩnh Linh'];

export const FILLER = [
  // (not "đã tập trung lãnh đạo, chỉ đạo triển khai thực hiện nghiêm túc các nhiệm vụ đề ra": stock words only, no substance)
  'Các cấp ủy, chính quyền đã tập trung lãnh đạo, chỉ đạo, phân công cán bộ phụ trách từng thôn, từng tiêu chí.',
  'Công tác tuyên truyền được đổi mới về nội dung và hình thức, tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân.',
  'Bộ máy chỉ đạo được kiện toàn kịp thời, phân công nhiệm vụ rõ ràng cho từng thành viên phụ trách địa bàn.',
  'Nhiều mô hình hay, cách làm sáng tạo được nhân rộng, phát huy hiệu quả trong thực tiễn ở cơ sở.',
  'Vai trò chủ thể của người dân được phát huy, người dân tích cực hiến đất, góp công xây dựng các công trình.',
  'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tích cực vận động hội viên tham gia các phong trào thi đua.',
  'Công tác kiểm tra, giám sát được duy trì thường xuyên, kịp thời chấn chỉnh những hạn chế, thiếu sót.',
  'Hạ tầng giao thông, thủy lợi, điện, trường học, trạm y tế tiếp tục được đầu tư nâng cấp theo hướng đồng bộ.',
  'Cảnh quan môi trường nông thôn có nhiều chuyển biến, nhiều tuyến đường hoa, đường cây xanh được hình thành.',
  'Tuy nhiên, việc huy động nguồn lực xã hội hóa ở một số nơi còn hạn chế, chưa phát huy hết tiềm năng.',
  'Một số tiêu chí đạt chuẩn nhưng chưa bền vững, nhất là tiêu chí môi trường và an toàn thực phẩm.',
  'Công tác phối hợp giữa các ngành, các cấp có lúc chưa chặt chẽ, thông tin báo cáo còn chậm.',
  'Chất lượng sản phẩm OCOP từng bước được nâng lên, nhiều chủ thể mạnh dạn đầu tư đổi mới công nghệ.',
  'Đời sống vật chất và tinh thần của người dân nông thôn ngày càng được cải thiện rõ nét.',
  'An ninh chính trị, trật tự an toàn xã hội ở khu vực nông thôn được giữ vững, ổn định.',
  'Hoạt động của hệ thống chính trị cơ sở được củng cố, năng lực lãnh đạo của tổ chức đảng được nâng lên.',
  'Việc thực hiện quy chế dân chủ ở cơ sở được chú trọng, các nội dung công khai được niêm yết đầy đủ.',
  'Cần tiếp tục đẩy mạnh chuyển đổi số trong quản lý, điều hành và trong sản xuất, kinh doanh nông nghiệp.',
  'Bài học rút ra là phải phát huy vai trò người đứng đầu và sức mạnh tổng hợp của cả hệ thống chính trị.',
  'Trong thời gian tới, tiếp tục rà soát, hoàn thiện cơ chế, chính sách hỗ trợ phát triển sản xuất.',
];

export const FILLER_NUMBERS = [
  'Đã tổ chức 126 hội nghị quán triệt với trên 8.500 lượt cán bộ, đảng viên tham gia.',
  'Trong năm 2022, toàn tỉnh ban hành 15 nghị quyết, 32 kế hoạch và 48 văn bản chỉ đạo về xây dựng nông thôn mới.',
  'Từ năm 2021 đến nay, đã làm mới 245 km đường giao thông nông thôn, kiên cố hóa 86 km kênh mương.',
  'Năm 2023 có 57 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên, nâng tổng số lên 163 sản phẩm.',
  'Tổng nguồn lực huy động giai đoạn 2021-2023 đạt 5.420 tỷ đồng, trong đó ngân sách trung ương 1.210 tỷ đồng, ngân sách địa phương 2.050 tỷ đồng.',
  'Theo Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ, Bộ tiêu chí gồm 19 tiêu chí.',
  'Đã tổ chức 12 đoàn kiểm tra, giám sát tại 36 đơn vị cơ sở.',
  'Nhân dân hiến trên 120.000 m2 đất và đóng góp hơn 2,5 tỷ đồng để làm đường giao thông.',
];

export const LIST_ITEMS = [
  'Kế hoạch số 25-KH/TU về triển khai thực hiện Nghị quyết',
  'Chương trình hành động của Ban cán sự đảng UBND tỉnh',
  'Hội nghị quán triệt cấp tỉnh',
  'Lớp bồi dưỡng cán bộ cơ sở',
  'Quyết định ban hành Bộ tiêu chí xã nông thôn mới nâng cao',
  'Kế hoạch kiểm tra, giám sát năm 2023',
  'Hướng dẫn thực hiện tiêu chí môi trường',
];
