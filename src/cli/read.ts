import type { Lang } from '../packs/validate';
import { CliError, type CliIO } from './io';

/** Read a text file or fail with one clear line. */
export function readText(io: CliIO, file: string, lang: Lang): string {
  return readBytes(io, file, lang).toString('utf8');
}

/** Read a file's bytes or fail with one clear line. */
export function readBytes(io: CliIO, file: string, lang: Lang): Buffer {
  try {
    return io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? (lang === 'en' ? 'file not found' : 'không tìm thấy tệp')
      : code === 'EISDIR' ? (lang === 'en' ? 'is a folder, not a file' : 'là thư mục, không phải tệp')
      : code === 'EACCES' ? (lang === 'en' ? 'permission denied' : 'không có quyền đọc')
      : String((e as Error).message);
    throw new CliError(`${file}: ${why}`);
  }
}
