/** The summary's words, Vietnamese first: the same terms as the check report and the task pane. */
import type { Level } from '../../packs/schema';
import type { CellStatus, SummaryRow, Timeliness } from './model';

const VI = {
  sheetSummary: 'Tổng hợp',
  sheetIndicators: 'Chỉ tiêu',
  sheetFindings: 'Điểm cần xem',
  n: 'STT',
  file: 'Tệp',
  unit: 'Đơn vị báo cáo',
  above: 'Cơ quan cấp trên',
  level: 'Cấp',
  number: 'Số văn bản',
  date: 'Ngày văn bản',
  due: 'Hạn nộp',
  timeliness: 'Thời hạn',
  ready: 'Sẵn sàng nộp',
  errors: 'Lỗi',
  warnings: 'Lưu ý',
  missing: 'Mục còn thiếu hoặc trống',
  reasons: 'Lý do chưa sẵn sàng nộp',
  printTitle: 'Tổng hợp kết quả kiểm tra báo cáo',
  printReady: 'sẵn sàng nộp: {n} đơn vị',
  printNot: 'chưa sẵn sàng nộp: {n} đơn vị',
  printUnread: 'không kiểm tra được: {n} tệp',
  printReplaced: 'bản cũ bỏ: {n} tệp',
  printDue: 'hạn nộp của đợt {date}',
  printChecked: 'kiểm tra ngày {date}',
  printPage: 'Trang &P/&N',
  pack: 'Mẫu báo cáo',
  note: 'Ghi chú',
  yes: 'Có',
  no: 'Chưa',
  readyReplaced: 'Bỏ (bản cũ)',
  readyReplacedDraft: 'Bỏ (bản dự thảo)',
  readyUnread: 'Không kiểm tra được',
  'on-time': 'Đúng hạn',
  late: 'Chậm {n} ngày',
  'no-date': 'Chưa ghi ngày',
  'no-due': 'Chưa rõ hạn nộp',
  unreadable: 'Không kiểm tra được: {why}',
  replaced: 'Trùng đơn vị: bỏ, dùng bản sau ({file})',
  replaces: 'Bản sau của cùng đơn vị, thay cho: {files}',
  replacedDraft: 'Trùng đơn vị: bản còn dòng "DỰ THẢO", bỏ; dùng bản không ghi dự thảo ({file})',
  replacesDraft: 'Bản không ghi dự thảo của cùng đơn vị, thay cho bản dự thảo: {files}',
  draftNote: 'Đầu văn bản còn dòng "DỰ THẢO"',
  target: 'Mục tiêu',
  unitCol: 'Đơn vị',
  levelSum: 'Tổng cấp {level} ({n} đơn vị có số)',
  sumCounted: 'Mỗi nơi tính một lần; số liệu đơn vị chỉ trích dẫn (mục tiêu, số của tỉnh) không cộng vào tổng.',
  levelMin: 'Thấp nhất cấp {level}',
  levelMedian: 'Trung vị cấp {level}',
  levelMax: 'Cao nhất cấp {level}',
  against: 'So với mục tiêu',
  open: 'Chưa đủ đơn vị để so',
  provincesApart: 'Đơn vị thuộc {n} tỉnh khác nhau ({names}): không cộng',
  met: 'Đạt',
  'not-met': 'Chưa đạt',
  'not-quoted': 'Chưa nêu',
  misquoted: 'Ghi sai mục tiêu',
  'not-applicable': 'Không áp dụng',
  contribution: 'Số của đơn vị (cộng vào tổng)',
  legend: 'Chú giải',
  packLine: 'Mẫu báo cáo: {title} ({id} {version})',
  code: 'Mã',
  kind: 'Loại',
  severity: 'Mức độ',
  section: 'Mục',
  paragraph: 'Vị trí',
  message: 'Nội dung',
  suggestion: 'Cách sửa',
  excerpt: 'Trích đoạn',
  error: 'lỗi',
  warning: 'lưu ý',
  info: 'thông tin',
  noLevel: 'chưa rõ',
} as const;

type Key = keyof typeof VI;

const EN: Record<Key, string> = {
  sheetSummary: 'Summary',
  sheetIndicators: 'Indicators',
  sheetFindings: 'Findings',
  n: 'No.',
  file: 'File',
  unit: 'Reporting unit',
  above: 'Superior body',
  level: 'Level',
  number: 'Document number',
  date: 'Document date',
  due: 'Due',
  timeliness: 'On time',
  ready: 'Ready to submit',
  errors: 'Errors',
  warnings: 'Warnings',
  missing: 'Missing or empty items',
  reasons: 'Why not ready',
  printTitle: 'Results of the report check',
  printReady: 'ready to submit: {n}',
  printNot: 'not ready: {n}',
  printUnread: 'files not checked: {n}',
  printReplaced: 'older copies left out: {n}',
  printDue: 'round due {date}',
  printChecked: 'checked on {date}',
  printPage: 'Page &P of &N',
  pack: 'Pack',
  note: 'Note',
  yes: 'Yes',
  no: 'No',
  readyReplaced: 'Dropped (earlier file)',
  readyReplacedDraft: 'Dropped (draft)',
  readyUnread: 'Not checked',
  'on-time': 'On time',
  late: '{n} days late',
  'no-date': 'Undated',
  'no-due': 'No due date known',
  unreadable: 'Could not be read: {why}',
  replaced: 'Same unit: dropped for the later file ({file})',
  replaces: 'Later file of the same unit, replaces: {files}',
  replacedDraft: 'Same unit: this copy still says "DỰ THẢO" (draft), dropped for the copy not marked so ({file})',
  replacesDraft: 'The copy of the same unit not marked a draft, kept over the draft: {files}',
  draftNote: 'The document\'s head still says "DỰ THẢO" (draft)',
  target: 'Target',
  unitCol: 'Unit',
  levelSum: 'Total, {level} level ({n} units with a figure)',
  sumCounted: 'Each place counted once; figures a unit only quotes (targets, the province\'s figures) are not added.',
  levelMin: 'Lowest, {level} level',
  levelMedian: 'Median, {level} level',
  levelMax: 'Highest, {level} level',
  against: 'Against the target',
  open: 'Not enough units to tell',
  provincesApart: 'Units of {n} different provinces ({names}): not added up',
  met: 'Met',
  'not-met': 'Not met',
  'not-quoted': 'Not quoted',
  misquoted: 'Target misquoted',
  'not-applicable': 'Not applicable',
  contribution: "Unit's own figure (added to the total)",
  legend: 'Legend',
  packLine: 'Pack: {title} ({id} {version})',
  code: 'Code',
  kind: 'Kind',
  severity: 'Severity',
  section: 'Item',
  paragraph: 'Where',
  message: 'Message',
  suggestion: 'How to fix',
  excerpt: 'Excerpt',
  error: 'error',
  warning: 'warning',
  info: 'info',
  noLevel: 'unknown',
};

const LEVELS = { vi: { tinh: 'Tỉnh', huyen: 'Huyện', xa: 'Xã', 'so-nganh': 'Sở, ngành' }, en: { tinh: 'Province', huyen: 'District', xa: 'Commune', 'so-nganh': 'Department' } };

export type Words = ((k: Key, vars?: Record<string, string | number>) => string) & {
  level: (l: Level | undefined) => string;
  status: (s: CellStatus) => string;
  timeliness: (t: Timeliness | undefined, daysLate?: number) => string;
  /** "Sẵn sàng nộp" of a row: Có / Chưa — or, for a file left out, why, so that a filter or a count of "Có" takes only the units kept
   * (walk53b, items 1, 4). */
  ready: (r: SummaryRow) => string;
};

export function summaryWords(lang: 'vi' | 'en'): Words {
  const table: Record<Key, string> = lang === 'en' ? EN : VI;
  const w = ((k: Key, vars: Record<string, string | number> = {}) => table[k].replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''))) as Words;
  w.level = (l) => (l ? LEVELS[lang][l] : '');
  w.status = (s) => w(s);
  w.timeliness = (t, n) => (t ? w(t, { n: n ?? '' }) : '');
  w.ready = (r) => (r.state === 'unreadable' ? w('readyUnread') : r.state === 'replaced' ? w(r.overDraft ? 'readyReplacedDraft' : 'readyReplaced') : r.ready === undefined ? '' : r.ready ? w('yes') : w('no'));
  return w;
}

/** The note of a row: why it could not be read, which file replaced it, or which files it replaced. */
export function rowNote(r: SummaryRow, w: Words): string {
  if (r.state === 'unreadable') return w('unreadable', { why: r.note ?? '' });
  if (r.state === 'replaced') return w(r.overDraft ? 'replacedDraft' : 'replaced', { file: r.note ?? '' });
  // (a draft kept, or a copy kept over a draft, said in the note: the Ready column stays "Có" / "Chưa" for a filter or a count — code review
  // of walk64, items 2 and 5)
  const notes = [...(r.replaces?.length ? [w(r.overDraft ? 'replacesDraft' : 'replaces', { files: r.replaces.join(', ') })] : []), ...(r.draft ? [w('draftNote')] : [])];
  return notes.join('; ');
}
