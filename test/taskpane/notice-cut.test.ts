/** Where a notice under the pane's verdict is cut: its first ": " outside quotes (code review of walk64, item 8). */
import { firstClauseEnd } from '../../src/taskpane/VerdictBar';

test('the first colon outside quotes, none inside a quoted title', () => {
  const due = 'Hạn nộp báo cáo theo mẫu này là 15/08/2024, đã qua: nếu đợt báo cáo này có hạn khác thì theo hạn ấy.';
  expect(due.slice(0, firstClauseEnd(due))).toBe('Hạn nộp báo cáo theo mẫu này là 15/08/2024, đã qua');
  const titled = 'Tiêu đề văn bản ứng với mẫu "Báo cáo: sơ kết 3 năm" chứ không phải mẫu đã chọn: kiểm tra lại mẫu.';
  expect(titled.slice(0, firstClauseEnd(titled))).toBe('Tiêu đề văn bản ứng với mẫu "Báo cáo: sơ kết 3 năm" chứ không phải mẫu đã chọn');
  expect(firstClauseEnd('Không có dấu hai chấm.')).toBe(-1);
});
