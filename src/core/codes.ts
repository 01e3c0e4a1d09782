/** Every finding code, in report order: one rule each (src/core/rules/<code>.ts). */
export const CODES = [
  'unmapped-document', 'missing-section', 'empty-section', 'section-order', 'missing-list', 'missing-topic', 'missing-appendix',
  'placeholder', 'indicator-missing', 'indicator-below-target', 'target-misquoted', 'claim-contradiction', 'conflicting-figures',
  'arithmetic-mismatch', 'out-of-period',
] as const;

export type Code = (typeof CODES)[number];

/**
 * What each kind of point is, in a phrase: each rule's meta.description, kept here beside its code so that what names a point — the
 * summary workbook's "Loại" column — does not load the rules (the web page's first script grew by 120 KB when it did).
 */
export const DESCRIPTIONS: Record<Code, { vi: string; en: string }> = {
  'arithmetic-mismatch': { vi: 'Số liệu không khớp nhau (tỷ lệ, tổng)', en: 'Figures that disagree (ratios, totals)' },
  'claim-contradiction': { vi: 'Lời đánh giá "đạt/vượt/chưa đạt" trái với con số', en: 'The wording contradicts the number' },
  'conflicting-figures': { vi: 'Cùng một chỉ tiêu được nêu với hai số liệu khác nhau', en: 'One indicator given with two different figures' },
  'empty-section': { vi: 'Có đề mục nhưng không có nội dung', en: 'Heading present but nothing of substance follows' },
  'indicator-below-target': { vi: 'Kết quả chưa đạt mục tiêu', en: 'The achieved value does not meet the target' },
  'indicator-missing': { vi: 'Chỉ tiêu phải nêu nhưng không thấy trong báo cáo', en: 'An indicator the report must quote never appears' },
  'missing-appendix': { vi: 'Phụ lục theo yêu cầu không được đính kèm hay dẫn chiếu', en: 'An expected appendix is neither attached nor referenced' },
  'missing-list': { vi: 'Mục phải có danh mục/bảng nhưng không có', en: 'A section that must carry a list or table lacks it' },
  'missing-section': { vi: 'Mục bắt buộc của đề cương không có trong báo cáo', en: 'A required outline item is not in the report' },
  'missing-topic': { vi: 'Mục phải đề cập một nội dung nhưng không nhắc đến', en: 'A section that must cover a topic never mentions it' },
  'out-of-period': { vi: 'Số liệu tính đến thời điểm ngoài kỳ báo cáo', en: 'A figure dated outside the reporting period' },
  'placeholder': { vi: 'Chỗ còn để trống, chưa điền', en: 'Text left to fill' },
  'section-order': { vi: 'Mục nằm sai thứ tự so với đề cương', en: 'Item out of the outline order' },
  'target-misquoted': { vi: 'Trích dẫn mục tiêu khác với văn bản gốc', en: 'The report quotes a target that differs from the source' },
  'unmapped-document': { vi: 'Không đối chiếu được văn bản với đề cương', en: 'The document cannot be mapped onto the outline' },
};
