/** `decuong check FILE... --pack ID|PACK.json|auto [--format text|json|html] [--out PATH] [--level]`. */
import type { Command } from 'commander';
import type { Lang } from '../packs/validate';
import { validatePackText } from '../packs/validate';
import { builtinPack, builtinPacks } from '../packs/builtin';
import type { Pack } from '../packs/schema';
import type { ReportResult } from '../core/report';
import { formatText } from '../core/format/text';
import { formatHtml } from '../core/format/html';
import { jsonText, type JsonError } from '../core/format/json';
import { checkFile } from './check-file';
import { dueOption } from './due';
import { levelGiven } from './level-option';
import { CliError, type CliIO } from './io';
import { inLang, packSourceOptions } from './help-words';
import { readText } from './read';
import { expandFiles } from './files';
import { dayOf } from '../core/dates';

/** Files and folders, a folder's subfolders too — as the summary reads them: a secretariat keeps the reports one folder a district
 * (session 43's walk-through, item 7: a report in a subfolder was left out unsaid). */
function expand(args: string[]): string[] {
  return expandFiles(args).map((f) => f.file);
}

export function loadPack(io: CliIO, spec: string, lang: Lang): Pack {
  const b = builtinPack(spec);
  if (b) return b;
  if (!/\.json$/i.test(spec))
    throw new CliError(`--pack "${spec}": ${lang === 'en' ? 'no such built-in pack' : 'không có mẫu báo cáo này'} (${builtinPacks().map((p) => p.id).join(', ')})`);
  const r = validatePackText(readText(io, spec, lang), lang);
  if (!r.ok) throw new CliError(`${spec}: ${r.problems.map((p) => `${p.path || '(tệp)'}: ${p.message}`).join('; ')}`);
  return r.pack;
}

export function addCheckCommand(program: Command, io: CliIO, lang: () => Lang, setExit: (c: number) => void): void {
  const t = inLang(lang);
  packSourceOptions(program
    .command('check')
    .argument('<files...>', t('tệp .docx hoặc thư mục (đọc cả thư mục con)', '.docx files or folders (subfolders too)'))
    .option('--pack <pack>', t('mã mẫu báo cáo, tệp JSON của mẫu, hoặc auto (chọn theo tiêu đề, đề mục của báo cáo)', 'pack id, pack JSON file, or auto (chosen from the report\'s title and headings)'), 'auto')
    .option('--format <format>', t('text (màn hình) | json | html; mặc định theo đuôi tệp --out (.html, .json), không có thì text', 'text | json | html; default: from the --out file\'s extension (.html, .json), else text'))
    .option('--out <path>', t('ghi kết quả ra tệp này', 'write the report to this file'))
    .option('--level <level>', t('cấp báo cáo: tinh (tỉnh) | huyen (huyện) | xa (xã) | so-nganh (sở, ngành); mặc định theo phần đầu văn bản', 'province | district | commune | department, or tinh | huyen | xa | so-nganh (default: from the report header)'))
    .option('--due <date>', t('hạn nộp của đợt này (dd/mm/yyyy), thay cho hạn nộp ghi trong mẫu báo cáo', "this round's due date (dd/mm/yyyy), in place of the template's own")), t)
    .description(t('kiểm tra báo cáo theo đề cương của mẫu', 'check reports against their outline'))
    .action(async (args: string[], opts: { pack: string; format?: string; out?: string; level?: string; due?: string; packSource?: string; allowHttp?: boolean; cache?: string }) => {
      const L = lang();
      // (this round's due date, as summary takes it: the template's own passed long ago is then no notice on every report — walk58, item 5)
      const due = dueOption(opts.due, L);
      // (the format the --out file's name asks for where none is given: "--out ketqua.html" writes HTML, not text in a .html file — walk47)
      const format = opts.format ?? (/\.html?$/iu.test(opts.out ?? '') ? 'html' : /\.json$/iu.test(opts.out ?? '') ? 'json' : 'text');
      if (!['text', 'json', 'html'].includes(format)) throw new CliError(`--format "${format}": text | json | html`);
      // (a file whose name says another kind of file is refused, not text written under a .pdf or .docx name — walk49, as summary does)
      if (opts.out && !opts.format && /\.(?:pdf|docx?|xlsx?|odt|rtf|csv)$/iu.test(opts.out))
        throw new CliError(L === 'en' ? `--out "${opts.out}": the file name needs .html, .json or .txt (the report is written as HTML, JSON or text)` : `--out "${opts.out}": tên tệp cần đuôi .html, .json hoặc .txt (kết quả ghi dạng HTML, JSON hoặc văn bản)`);
      const level = levelGiven(opts.level, L);
      // packs from the secretariat's site (a cache keeps the last good ones), else the built-in ones
      const { choosePacks } = await import('./pack-choice');
      const { given, candidates } = await choosePacks(io, opts, L);
      const files = expand(args);
      if (!files.length) throw new CliError(L === 'en' ? 'no .docx file to check' : 'không có tệp .docx nào để kiểm tra');
      const reports: ReportResult[] = [];
      const errors: JsonError[] = [];
      for (const file of files) {
        let data: Buffer;
        try {
          data = io.readFile(file);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          errors.push({ file, error: code === 'ENOENT' ? (L === 'en' ? 'file not found' : 'không tìm thấy tệp') : code === 'EISDIR' ? 'là thư mục' : (e as Error).message });
          continue;
        }
        const r = await checkFile(data, file, { given, candidates, level, today: dayOf(new Date()), ...(due ? { due } : {}) });
        if (r.report) reports.push(r.report);
        else errors.push({ file, error: r.error[L] });
      }
      for (const e of errors) io.err(`decuong: ${e.file}: ${e.error}\n`);
      const out =
        format === 'json' ? jsonText(reports, L, errors)
        : format === 'html' ? formatHtml(reports, L, [], errors, due ? { due } : {})
        : formatText(reports, L, io.isTTY && !opts.out, errors);
      if (opts.out) {
        io.writeFile(opts.out, out);
        // (said as the other commands say it, with the verdicts: a file written and nothing printed read as a failure to a new user)
        const ready = reports.filter((r) => r.summary.ready).length;
        // (… and the files not checked: "5 báo cáo" alone read as every file sent in — session 42's walk-through, item 6)
        const failed = errors.length ? (L === 'en' ? `, ${errors.length} could not be checked` : `, ${errors.length} tệp không kiểm tra được`) : '';
        io.err(L === 'en' ? `wrote ${opts.out}: ${reports.length} report${reports.length === 1 ? '' : 's'}, ${ready} ready to submit${failed}\n` : `đã ghi ${opts.out}: ${reports.length} báo cáo, ${ready} sẵn sàng nộp${failed}\n`);
        // (… and a text report of no report at all, every file unreadable, prints nothing: the lines on stderr say why — a stray blank line
        // went into whatever captured stdout, session 39's walk-through)
      } else if (reports.length || format !== 'text') io.out(out);
      if (errors.length) setExit(2);
      // (… and 1 for any report not ready to submit, errors or not: one checked against another template than its title's says so with no
      // lỗi, and a script must not read it as a pass — walk44)
      else if (reports.some((r) => r.summary.errors > 0 || !r.summary.ready)) setExit(1);
    });
}
