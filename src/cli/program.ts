/** The `decuong` command line, runnable in-process (tests) or from bin/decuong.cjs. */
import { Command, CommanderError } from 'commander';
import type { Lang } from '../packs/validate';
import { CliError, type CliIO } from './io';
import { addPackCommands } from './pack-commands';
import { addCheckCommand } from './check-command';
import { addSkeletonCommand } from './skeleton-command';
import { VERSION } from '../core/version';

export async function run(argv: string[], io: CliIO): Promise<number> {
  let exit = 0;
  const langArg = argv.indexOf('--lang');
  let lang: Lang = langArg >= 0 && argv[langArg + 1] === 'en' ? 'en' : 'vi';
  const program = new Command('decuong')
    .version(VERSION)
    .description('Kiểm tra và soạn báo cáo xây dựng nông thôn mới theo đề cương / check new-rural-development reports against their outline')
    .option('--lang <lang>', 'vi | en', 'vi')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError(false);
  program.hook('preAction', () => {
    const l = program.opts().lang;
    if (l !== 'vi' && l !== 'en') throw new CliError(`--lang: "${l}" (vi | en)`);
    lang = l;
  });
  addPackCommands(program, io, () => lang, (c) => (exit = Math.max(exit, c)));
  addCheckCommand(program, io, () => lang, (c) => (exit = Math.max(exit, c)));
  addSkeletonCommand(program, io, () => lang);
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
    io.err(`decuong: ${(e as Error).message}\n`);
    return 2;
  }
  return exit;
}
