/** `decuong check` prints a read error as one line in the user's language (src/cli/check-command.ts). */
import { cli } from '../helpers';
import { cfb } from './kit';

test('one line, Vietnamese by default, English with --lang en; exit 2', async () => {
  const files = { 'bao-cao.docx': Buffer.from('%PDF-1.7\n1 0 obj\n'), 'mat-khau.docx': cfb(['EncryptionInfo', 'EncryptedPackage']) };
  const vi = await cli(['check', 'bao-cao.docx', 'mat-khau.docx'], files);
  expect(vi.code).toBe(2);
  expect(vi.err.trim().split('\n')).toEqual([
    'decuong: bao-cao.docx: không phải tệp .docx: đây là tệp PDF; cần tệp Word (.docx) gốc của báo cáo',
    expect.stringMatching(/^decuong: mat-khau\.docx: tệp được bảo vệ bằng mật khẩu/),
  ]);
  const en = await cli(['check', 'bao-cao.docx', '--lang', 'en', '--format', 'json'], files);
  expect(en.err.trim()).toBe("decuong: bao-cao.docx: not a .docx file: this is a PDF; the report's original Word file (.docx) is needed");
  expect(JSON.parse(en.out).errors[0].error).toMatch(/^not a \.docx file: this is a PDF/);
});
