/** The `decuong` command line, runnable in-process (tests) or from bin/decuong.cjs. */
import { Command, CommanderError } from 'commander';
import type { Lang } from '../packs/validate';
import { CliError, type CliIO } from './io';
import { VERSION } from '../core/version';
import { commanderErrorInVietnamese, localiseHelp } from './help-words';

/**
 * Each command's module, loaded only when it runs: `decuong --version` loads neither the checker nor
 * zod nor the .docx writer. Help (or an unknown command) loads them all, to list them.
 */
const COMMANDS = {
  pack: () => import('./pack-commands').then((m) => m.addPackCommands),
  check: () => import('./check-command').then((m) => m.addCheckCommand),
  skeleton: () => import('./skeleton-command').then((m) => m.addSkeletonCommand),
  summary: () => import('./summary/command').then((m) => m.addSummaryCommand),
} as const;
type Name = keyof typeof COMMANDS;

function wanted(argv: string[]): Name[] {
  const all = Object.keys(COMMANDS) as Name[];
  if (argv.some((a) => a === '--help' || a === '-h' || a === 'help')) return all;
  if (argv.some((a) => a === '--version' || a === '-V')) return [];
  const first = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  return first && first in COMMANDS ? [first as Name] : all;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exit = 0;
  const langArg = argv.indexOf('--lang');
  // (DECUONG_LANG=en makes English the default, for a reader who works in English: "--lang en" on every command — walk64, item 8)
  const byDefault: Lang = io.defaultLang ?? 'vi';
  const given = argv.find((a) => a.startsWith('--lang='))?.slice(7) ?? (langArg >= 0 ? argv[langArg + 1] : undefined);
  let lang: Lang = given !== undefined ? (given === 'en' ? 'en' : 'vi') : byDefault;
  const program = new Command('decuong');
  localiseHelp(program, lang, VERSION);
  program
    .description(lang === 'en' ? 'Check and write new rural development (nông thôn mới) reports against their outline' : 'Kiểm tra và soạn báo cáo xây dựng nông thôn mới theo đề cương')
    .option('--lang <lang>', lang === 'en' ? 'language of messages: vi | en (default: DECUONG_LANG, else vi)' : 'ngôn ngữ: vi (tiếng Việt) | en (tiếng Anh) (mặc định theo biến DECUONG_LANG, không có thì vi)', byDefault)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(lang === 'en' ? s : commanderErrorInVietnamese(s)) })
    .showHelpAfterError(false);
  program.hook('preAction', () => {
    const l = program.opts().lang;
    if (l !== 'vi' && l !== 'en') throw new CliError(`--lang: "${l}" (vi | en)`);
    lang = l;
  });
  const setExit = (c: number) => (exit = Math.max(exit, c));
  for (const name of wanted(argv)) {
    const add = await COMMANDS[name]();
    add(program, io, () => lang, setExit);
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof CliError) {
      io.err(`decuong: ${e.message}\n`);
      return e.exitCode;
    }
    // (a file that cannot be written — its folder missing, no permission — said in one line of the user's language, not Node's: walk48)
    const err = e as NodeJS.ErrnoException;
    if (err.syscall === 'open' && err.path && (err.code === 'ENOENT' || err.code === 'EACCES' || err.code === 'EISDIR' || err.code === 'EROFS')) {
      const en = lang === 'en';
      const why = err.code === 'ENOENT' ? (en ? 'its folder does not exist' : 'thư mục không tồn tại') : err.code === 'EISDIR' ? (en ? 'it is a folder' : 'đó là thư mục') : (en ? 'permission denied' : 'không có quyền ghi');
      io.err(`decuong: ${en ? 'cannot write' : 'không ghi được'} ${err.path}: ${why}\n`);
      return 2;
    }
    io.err(`decuong: ${err.message}\n`);
    return 2;
  }
  return exit;
}
