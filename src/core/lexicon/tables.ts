/** Header words of an indicator table, by the role of their column. */
import { phraseSet } from './phrases';

export const COLUMN_ROLES = {
  index: phraseSet({ name: 'column-index', description: 'Row number column.', phrases: ['tt', 'stt', 'số tt', 'số thứ tự'], examples: { hit: ['TT', 'STT'], miss: ['Chỉ tiêu'] } }),
  unit: phraseSet({ name: 'column-unit', description: 'Unit column.', phrases: ['đơn vị', 'đvt', 'đơn vị tính', 'đv tính'], examples: { hit: ['Đơn vị tính', 'ĐVT'], miss: ['Chỉ tiêu'] } }),
  target: phraseSet({
    name: 'column-target', description: 'The plan\'s target.',
    phrases: ['mục tiêu', 'kế hoạch', 'kh', 'chỉ tiêu nq', 'chỉ tiêu nghị quyết', 'chỉ tiêu giao', 'chỉ tiêu đến', 'nghị quyết', 'nq', 'chỉ tiêu kế hoạch', 'mục tiêu nq', 'theo nq', 'theo nghị quyết', 'chỉ tiêu năm', 'chỉ tiêu theo', 'theo kết luận', 'mục tiêu kết luận', 'chỉ tiêu kết luận'],
    notAfter: ['thực hiện', 'kết quả', 'đạt', 'so với'],
    examples: { hit: ['Mục tiêu NQ đến 2025', 'Kế hoạch', 'KH 2025', 'Chỉ tiêu NQ', 'Chỉ tiêu theo Kết luận', 'Mục tiêu Kết luận'], miss: ['Chỉ tiêu', 'Thực hiện đến 30/6/2024', 'Kết quả thực hiện Nghị quyết', 'Kết quả thực hiện theo Kết luận', 'Kết quả thực hiện Chương trình hành động'] },
  }),
  ratio: phraseSet({ name: 'column-ratio', description: 'Share of the plan achieved, or the change since a date.', phrases: ['tỷ lệ so', 'so với kh', 'so kh', 'so với kế hoạch', '% so', 'so sánh', 'tỷ lệ hoàn thành', 'so với mục tiêu', 'so mục tiêu', 'so với nq', 'so với nghị quyết', 'so với chỉ tiêu', 'so với kết luận', 'tăng so với', 'tăng giảm', 'tăng, giảm', 'chênh lệch'], examples: { hit: ['Tỷ lệ so KH', '% so với KH', 'Tăng so với thời điểm ban hành Kết luận', 'So với NQ 16-NQ/TU'], miss: ['Kế hoạch'] } }),
  baseline: phraseSet({ name: 'column-baseline', description: 'Figures at the start: the base year, the date the plan was issued.', phrases: ['thời điểm ban hành', 'năm gốc', 'đầu kỳ', 'hiện trạng năm 2020', 'thời điểm xây dựng', 'khi ban hành'], examples: { hit: ['Tại thời điểm ban hành Kết luận', 'Năm gốc 2020'], miss: ['Thực hiện đến 30/6/2024'] } }),
  result: phraseSet({
    name: 'column-result', description: 'What was achieved.',
    phrases: ['thực hiện', 'kết quả', 'ước th', 'ước thực hiện', 'đạt được', 'lũy kế', 'tính đến', 'th', 'kết quả đạt được', 'hiện trạng', 'ước đạt', 'đã đạt', 'thực trạng', 'đến ngày', 'đến nay', 'hiện nay', 'đến thời điểm', 'đến', 'đến hết'],
    examples: { hit: ['Thực hiện đến 30/6/2024', 'Ước TH', 'Kết quả thực hiện', 'Đến 30/6/2024', 'Đến hết năm 2023'], miss: ['Kế hoạch', 'Ghi chú'] },
  }),
  assess: phraseSet({ name: 'column-assessment', description: 'Whether the target is met.', phrases: ['đánh giá', 'mức độ', 'mức độ đạt', 'kết quả đánh giá'], examples: { hit: ['Đánh giá', 'Mức độ đạt'], miss: ['Ghi chú'] } }),
  note: phraseSet({ name: 'column-note', description: 'Notes.', phrases: ['ghi chú', 'nguồn', 'ghi chú nguồn'], examples: { hit: ['Ghi chú'], miss: ['Đánh giá'] } }),
  label: phraseSet({ name: 'column-label', description: 'What the row is about.', phrases: ['chỉ tiêu', 'nội dung', 'tên chỉ tiêu', 'danh mục', 'nội dung chỉ tiêu', 'tiêu chí', 'hạng mục'], examples: { hit: ['Chỉ tiêu', 'Nội dung'], miss: ['Đơn vị'] } }),
} as const;

export type ColumnRole = keyof typeof COLUMN_ROLES;

export const HEADER_LOOKS_AHEAD = phraseSet({
  name: 'header-looks-ahead',
  description: 'A verdict column\'s header that looks ahead ("Dự báo khả năng hoàn thành đến năm 2025", "Khả năng đạt"): it judges the estimate and the forecast too, not the result of the period alone.',
  phrases: ['dự báo', 'dự kiến', 'ước', 'khả năng'],
  examples: { hit: ['Dự báo khả năng hoàn thành đến năm 2025', 'Khả năng đạt', 'Đánh giá (ước đến 31/12/2025)'], miss: ['Đánh giá', 'Mức độ đạt', 'Kết quả đến 30/6/2024'] },
});

export const COUNTED_WHEN = phraseSet({
  name: 'counted-when',
  description: 'Words of a table\'s caption that say when its figures were counted ("Biểu 4. Kết quả cấp nước sạch nông thôn (số liệu tính đến ngày 10/01/2024)"): a date there dates the table\'s figures.',
  phrases: ['số liệu', 'tính đến', 'tính tới'],
  examples: { hit: ['Biểu 4. Kết quả cấp nước sạch nông thôn (số liệu tính đến ngày 10/01/2024)', 'Biểu 2. Nguồn vốn huy động (tính đến 31/8/2024)'], miss: ['Biểu 5. Kế hoạch vốn năm 2025', 'Bảng 3. Lộ trình xây dựng xã nông thôn mới nâng cao'] },
});

export const LEVEL_HEADER = phraseSet({
  name: 'level-header',
  description: 'A column header or a row label that says its figures are levels or averages, not amounts: a whole row there is the average ("Thu nhập BQ năm 2023", "Số tiêu chí đạt"), not their sum.',
  phrases: ['bình quân', 'bq', 'trung bình', 'số tiêu chí', 'tiêu chí đạt', 'thu nhập', 'tỷ lệ', 'mức', 'chỉ số'],
  examples: { hit: ['Thu nhập BQ năm 2023 (triệu đồng)', 'Số tiêu chí đạt đến 30/6/2019', 'Bình quân toàn huyện'], miss: ['Số xã đạt chuẩn', 'Kinh phí (triệu đồng)'] },
});

export const POINT_IN_TIME_HEADER = phraseSet({
  name: 'point-in-time-header',
  description: 'A column header whose figures are a stock at a point of each period, not what the period added: over rows that are times, a whole row that repeats the first row\'s figure gives the opening stock ("Số HTX đầu kỳ | 412 | 425 | 444 | Cộng | 412"), no sum (one that repeats the last row\'s is the level now, whatever the header).',
  phrases: ['đầu kỳ', 'cuối kỳ', 'đầu năm', 'cuối năm', 'hiện có'],
  examples: { hit: ['Số HTX đầu kỳ', 'Số HTX cuối kỳ', 'Số hộ nghèo đầu năm', 'Số tổ hợp tác hiện có'], miss: ['Thành lập mới', 'Giải thể', 'Số hộ thoát nghèo trong năm'] },
});

export const TABLE_LABEL = phraseSet({
  name: 'table-label',
  description: 'The word that opens a table\'s caption, before its number: "Biểu 2. Tỷ lệ hộ nghèo …", "Bảng 3: …".',
  phrases: ['biểu', 'bảng', 'biểu số', 'bảng số'],
  examples: { hit: ['Biểu 2. Tỷ lệ hộ nghèo theo huyện', 'Bảng số 3: Thu nhập bình quân'], miss: ['Tỷ lệ hộ nghèo'] },
});

export const WHOLE_COLUMN = phraseSet({
  name: 'whole-column',
  description: 'The header of a column that holds the whole unit, in a table whose other columns are its parts ("Chỉ tiêu | Hậu Thạnh (cũ) | Trường Khánh (cũ) | Phú Hữu (cũ) | Chung 03 xã"): that column is the unit\'s result.',
  phrases: ['chung', 'chung toàn', 'chung cả', 'tổng cộng', 'tổng số', 'tổng', 'cộng', 'toàn xã', 'toàn huyện', 'toàn tỉnh', 'toàn thành phố', 'toàn thị xã', 'cả xã', 'cả huyện', 'cả tỉnh', 'cả thành phố', 'xã mới', 'huyện mới', 'tỉnh mới', 'thành phố mới'],
  notBefore: ['đồng', 'kết', 'hợp', 'quát', 'quan'],
  examples: { hit: ['Chung 03 xã', 'Toàn xã', 'Tổng cộng', 'Xã mới (sau sáp nhập)'], miss: ['Hậu Thạnh (cũ)', 'Cộng đồng', 'Tổng hợp', 'Kết quả thực hiện'] },
});

/** A column header that says its figures are those an earlier report gave ("Thực hiện đến 6/2024 (theo BC số 198)", "Số liệu đã báo cáo"). */
export const EARLIER_REPORT_COLUMN = phraseSet({
  name: 'earlier-report-column',
  description: 'A column header naming an earlier report as its figures\' source, in a report that corrects it ("Thực hiện đến 6/2024 (theo BC số 198)", "Số liệu đã báo cáo"): beside a column of the corrected figures, its figures are no result of the report (nxs01).',
  phrases: ['theo bc số', 'theo báo cáo số', 'tại bc số', 'tại báo cáo số', 'đã báo cáo', 'số liệu cũ', 'báo cáo trước', 'trước điều chỉnh', 'trước khi điều chỉnh'],
  examples: { hit: ['Thực hiện đến 6/2024 (theo BC số 198)', 'Số liệu đã báo cáo', 'Kết quả tại Báo cáo số 45/BC-UBND', 'Số liệu trước điều chỉnh'], miss: ['Thực hiện đến 30/6/2024', 'Số liệu điều chỉnh', 'Ghi chú'] },
});

/** A column header of corrected figures ("Số liệu điều chỉnh", "Sau rà soát", "Số liệu cập nhật") — not an adjusted plan ("Kế hoạch điều chỉnh"). */
export const CORRECTED_COLUMN = phraseSet({
  name: 'corrected-column',
  description: 'A column header of corrected figures ("Số liệu điều chỉnh", "Sau rà soát", "Số liệu cập nhật"): beside a column an earlier report gave, it holds the report\'s results (nxs01) — not an adjusted plan or a proposal ("Kế hoạch điều chỉnh", "Đề xuất điều chỉnh").',
  // (figures or results said corrected: a bare "điều chỉnh" heads proposals, "Kiến nghị điều chỉnh", adjusted targets, "Điều chỉnh theo
  // Quyết định số 512/QĐ-UBND", and the change, "Mức điều chỉnh" — review-53 T5, T6)
  phrases: ['số liệu điều chỉnh', 'số liệu sau điều chỉnh', 'kết quả điều chỉnh', 'kết quả sau điều chỉnh', 'thực hiện sau điều chỉnh', 'sau điều chỉnh', 'số liệu cập nhật', 'số liệu sau rà soát', 'kết quả sau rà soát', 'sau rà soát', 'số liệu chính xác', 'số liệu đúng', 'số liệu chính thức', 'đính chính', 'nay điều chỉnh'],
  notAfter: ['kế hoạch', 'kh', 'mục tiêu', 'chỉ tiêu', 'đề xuất', 'đề nghị', 'kiến nghị', 'dự kiến', 'mức', 'trước', 'trước khi'],
  examples: { hit: ['Số liệu điều chỉnh', 'Số liệu sau rà soát', 'Kết quả sau điều chỉnh', 'Đính chính', 'Số liệu chính thức của Chi cục Thống kê'], miss: ['Kế hoạch điều chỉnh', 'Đề xuất điều chỉnh', 'Kiến nghị điều chỉnh', 'Mục tiêu điều chỉnh', 'Mục tiêu sau điều chỉnh', 'Điều chỉnh theo Quyết định số 512/QĐ-UBND', 'Mức điều chỉnh', 'Thực hiện đến 30/6/2024', 'Số liệu trước điều chỉnh'] },
});
