/** The command line's help in the user's language: Vietnamese by default, English with `--lang en` (commander's own words too). */
import { Help, type Command, type Option } from 'commander';
import type { Lang } from '../packs/validate';

/** A text in the language asked for: `t('Kiểm tra …', 'Check …')`. */
export const inLang = (lang: () => Lang) => (vi: string, en: string) => (lang() === 'en' ? en : vi);

/** Commander's headings, in Vietnamese. */
const TITLES: Record<string, string> = { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tùy chọn chung:' };

/** Commander's placeholders in a usage line, in Vietnamese ("[options]", "[command]"). */
const inVietnamese = (usage: string) => usage.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');

/** Commander's own help words (headings, -h, -V, the help command, "default:") in the language asked for; subcommands made after inherit them. */
export function localiseHelp(program: Command, lang: Lang, version: string): void {
  const t = (vi: string, en: string) => (lang === 'en' ? en : vi);
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
