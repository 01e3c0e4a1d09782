/** The command line's help in the user's language: Vietnamese by default, English with `--lang en` (commander's own words too). */
import { Help, type Command, type Option } from 'commander';
import type { Lang } from '../packs/validate';

/** A text in the language asked for: `t('Kiểm tra …', 'Check …')`. */
export const inLang = (lang: () => Lang) => (vi: string, en: string) => (lang() === 'en' ? en : vi);

/** The three options of a command that may use the packs the coordination office published: --pack-source, --allow-http, --cache
 * (check, summary, skeleton, pack list). */
export function packSourceOptions(cmd: Command, t: (vi: string, en: string) => string): Command {
  return cmd
    .option('--pack-source <url>', t('packs.json của Văn phòng Điều phối (địa chỉ https://…, hoặc tệp, thư mục mẫu trên máy này): thêm các mẫu đã công bố', "the secretariat's packs.json (an https://… address, or a file or folder of packs on this machine): its packs join the built-in ones"))
    .option('--allow-http', t('chấp nhận địa chỉ http:// (chỉ để thử nghiệm)', 'accept http:// pack addresses (development and tests only)'))
    .option('--cache <dir>', t('nơi lưu các mẫu đã tải (mặc định ~/.cache/decuong)', 'where fetched packs are kept (default ~/.cache/decuong)'));
}

/** Commander's headings, in Vietnamese. */
const TITLES: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tùy chọn chung:' };

/** Commander's placeholders in a usage line, in Vietnamese ("[options]", "[command]"). */
const inVietnamese = (usage: string) => usage.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');

/** Commander's own help words (headings, -h, -V, the help command, "default:") in the language asked for; subcommands made after inherit them. */
export function localiseHelp(program: Command, lang: Lang, version: string): void {
  const t = inLang(() => lang);
  program
    .version(version, '-V, --version', t('in số phiên bản', 'output the version number'))
    .helpOption('-h, --help', t('xem hướng dẫn của lệnh', 'display help for command'))
    .helpCommand('help [command]', t('xem hướng dẫn của một lệnh', 'display help for command'));
  if (lang === 'en') return;
  program.configureHelp({
    styleTitle: (s: string) => TITLES[s] ?? s,
    commandUsage: (cmd: Command) => inVietnamese(Help.prototype.commandUsage.call(new Help(), cmd)),
    subcommandTerm: (cmd: Command) => inVietnamese(Help.prototype.subcommandTerm.call(new Help(), cmd)),
    // (commander's "(default: …)" in Vietnamese: "(mặc định: …)")
    optionDescription(this: Help, o: Option) {
      const shown = o.defaultValue !== undefined && (o.required || o.optional);
      const extra = shown ? `(mặc định: ${o.defaultValueDescription ?? JSON.stringify(o.defaultValue)})` : '';
      return [o.description, extra].filter(Boolean).join(' ');
    },
  });
}

/**
 * Commander's error lines in Vietnamese (walk44: the commonest mistakes — a missing file, a mistyped option or command — answered in
 * English): "error: unknown option '--fromat'\n(Did you mean --format?)" → "decuong: không có tùy chọn --fromat (có phải --format?)".
 * A line it does not know is kept as it is.
 */
export function commanderErrorInVietnamese(text: string): string {
  const hint = /\(Did you mean ([^?]+)\?\)/u.exec(text)?.[1];
  const also = hint ? ` (có phải ${hint}?)` : '';
  const line = text.split('\n')[0].replace(/^error:\s*/u, '');
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^missing required argument '([^']+)'/u, (m) => `thiếu tham số <${m[1]}>${m[1] === 'files' ? ': tệp .docx hoặc thư mục (ví dụ: decuong check bao-cao.docx)' : ''}`],
    [/^unknown option '([^']+)'/u, (m) => `không có tùy chọn ${m[1]}${also}; xem decuong <lệnh> --help`],
    [/^unknown command '([^']+)'/u, (m) => `không có lệnh ${m[1]}${also}; các lệnh: check, summary, skeleton, pack (decuong --help)`],
    [/^option '([^']+)' argument missing/u, (m) => `tùy chọn ${m[1]} thiếu giá trị`],
    [/^required option '([^']+)' not specified/u, (m) => `thiếu tùy chọn bắt buộc ${m[1]}`],
    [/^too many arguments(?: for '([^']+)')?/u, (m) => `thừa tham số${m[1] ? ` cho lệnh ${m[1]}` : ''}`],
    [/^missing required argument/u, () => 'thiếu tham số'],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(line);
    if (m) return `decuong: ${say(m)}\n`;
  }
  return text;
}
