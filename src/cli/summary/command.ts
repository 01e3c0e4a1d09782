/**
 * `decuong summary FILE|FOLDER... [--pack ID|PACK.json|auto] --out tong-hop.xlsx [--format xlsx|csv]`:
 * every report of a batch read and checked (worker threads, one per core), one workbook for the
 * secretariat. A file that cannot be read gets its row with the reason and never stops the others.
 */
import { availableParallelism } from 'os';
import type { Command } from 'commander';
import type { Lang } from '../../packs/validate';
import { buildSummary, type SummaryEntry } from '../../core/summary/model';
import { dueOption } from '../due';
import { CliError, type CliIO } from '../io';
import { expandFiles } from '../files';
import { inLang, packSourceOptions } from '../help-words';
import { readOne, failureText } from './read-one';

interface Opts { pack: string; due?: string; out?: string; format?: string; jobs?: string; timeout: string; packSource?: string; allowHttp?: boolean; cache?: string }

export function addSummaryCommand(program: Command, io: CliIO, lang: () => Lang, setExit: (c: number) => void): void {
  const t = inLang(lang);
  packSourceOptions(program
    .command('summary')
    .argument('<files...>', t('tệp .docx hoặc thư mục (đọc cả thư mục con)', '.docx files or folders (folders are walked down)'))
    .option('--pack <pack>', t('mã mẫu báo cáo, tệp JSON của mẫu, hoặc auto', 'pack id, pack JSON file, or auto'), 'auto')
    .option('--due <date>', t('hạn nộp của đợt này (dd/mm/yyyy), thay cho hạn nộp ghi trong mẫu báo cáo', "this round's due date (dd/mm/yyyy), in place of the packs' own"))
    .option('--out <path>', t('ghi bảng tổng hợp ra tệp này (.xlsx hoặc .csv)', 'write the summary to this file (.xlsx or .csv)'))
    .option('--format <format>', t('xlsx | csv (mặc định theo --out; csv ra màn hình)', 'xlsx | csv (default: from --out, csv to standard output)'))
    .option('--jobs <n>', t('số tệp đọc cùng lúc (mặc định: bằng số lõi máy)', 'files read at once (default: one per core)'))
    .option('--timeout <seconds>', t('thời gian tối đa cho một tệp (giây)', 'longest time for one file'), '120'), t)
    .description(t('tổng hợp nhiều báo cáo vào một bảng tính', 'one summary workbook across many reports'))
    .action(async (args: string[], opts: Opts) => {
      const L = lang();
      const vi = L === 'vi';
      // (the format from --out's extension: .xlsx or .csv; any other is refused, not a workbook written under a .pdf name — walk48)
      if (!opts.format && opts.out && !/\.(?:xlsx|csv)$/i.test(opts.out)) throw new CliError(vi ? `--out "${opts.out}": tên tệp cần đuôi .xlsx (bảng tính) hoặc .csv` : `--out "${opts.out}": the file name needs .xlsx (workbook) or .csv`);
      const format = opts.format ?? (opts.out && !/\.csv$/i.test(opts.out) ? 'xlsx' : 'csv');
      if (format !== 'xlsx' && format !== 'csv') throw new CliError(`--format "${format}": xlsx | csv`);
      if (format === 'xlsx' && !opts.out) throw new CliError(vi ? 'bảng tính .xlsx cần --out TỆP (hoặc dùng --format csv để in ra màn hình)' : 'an .xlsx workbook needs --out FILE (or use --format csv to print)');
      const due = dueOption(opts.due, L);
      const jobs = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new CliError(`--jobs "${opts.jobs}": ${vi ? 'số nguyên từ 1' : 'a whole number from 1'}`);
      const timeout = Number(opts.timeout);
      if (!(timeout > 0)) throw new CliError(`--timeout "${opts.timeout}": ${vi ? 'số giây lớn hơn 0' : 'seconds above 0'}`);
      const { choosePacks } = await import('../pack-choice');
      const { given, candidates, published } = await choosePacks(io, opts, L);
      const files = expandFiles(args);
      if (!files.length) throw new CliError(vi ? 'không có tệp .docx nào để tổng hợp' : 'no .docx file to summarise');

      const progress = io.errIsTTY ? (done: number, file: string) => io.err(`\r\x1b[K${done}/${files.length}  ${file.length > 60 ? `…${file.slice(-59)}` : file}`) : undefined;
      const read = { pack: given, ...(published.length ? { packs: candidates } : {}), lang: L };
      let entries: SummaryEntry[];
      if (io.summaryWorker && files.length > 1 && jobs > 1) {
        const { runPool } = await import('./pool');
        entries = await runPool(files.map((f) => f.file), { script: io.summaryWorker, workers: jobs, read, timeoutMs: timeout * 1000, heapMb: 384, onDone: progress });
      } else {
        entries = [];
        for (const f of files) {
          let data: Buffer | undefined;
          try {
            data = io.readFile(f.file);
          } catch (e) {
            entries.push({ file: f.file, error: failureText(e, L) });
          }
          if (data) entries.push(await readOne(f.file, data, read));
          progress?.(entries.length, f.file);
        }
      }
      if (progress) io.err('\r\x1b[K');
      files.forEach((f, i) => (entries[i].mtime = f.mtime));

      const packs = given ? [given, ...candidates] : candidates;
      const summary = buildSummary(entries, packs, L, { due });
      const bad = summary.rows.filter((r) => r.state === 'unreadable');
      for (const r of bad) io.err(`decuong: ${r.file}: ${r.note}\n`);
      if (format === 'xlsx') {
        const { writeXlsx } = await import('./xlsx');
        io.writeFile(opts.out!, await writeXlsx(summary, L));
      } else {
        const { writeCsv } = await import('./csv');
        const csv = writeCsv(summary, L);
        // a file gets the byte-order mark Excel needs to read UTF-8; standard output stays plain
        if (opts.out) io.writeFile(opts.out, `\ufeff${csv}`);
        else io.out(csv);
      }
      if (opts.out) {
        const n = summary.rows.length - bad.length;
        io.err(vi ? `đã ghi ${opts.out}: ${n} báo cáo${bad.length ? `, ${bad.length} tệp không kiểm tra được` : ''}\n` : `wrote ${opts.out}: ${n} reports${bad.length ? `, ${bad.length} files could not be checked` : ''}\n`);
      }
      if (bad.length) setExit(2);
    });
}
