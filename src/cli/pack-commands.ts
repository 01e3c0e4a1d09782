/** `decuong pack list | validate | import`. */
import type { Command } from 'commander';
import { builtinPacks } from '../packs/builtin';
import { validatePackText, type Lang } from '../packs/validate';
import { importOutline, numberingGaps } from '../packs/import-outline';
import type { SectionT } from '../packs/schema';
import { CliError, type CliIO } from './io';
import { readBytes, readText } from './read';
import { inLang, packSourceOptions } from './help-words';
import { levelName } from '../core/format/words';

export function addPackCommands(program: Command, io: CliIO, lang: () => Lang, setExit: (c: number) => void): void {
  const t = inLang(lang);
  const pack = program.command('pack').description(t('mẫu báo cáo: liệt kê, kiểm tra, tạo, công bố, so sánh', 'report templates: list, validate, import, publish, compare'));

  packSourceOptions(pack
    .command('list')
    .description(t('liệt kê các mẫu báo cáo có sẵn (và các mẫu đã công bố, với --pack-source)', 'list the built-in packs (and the published ones, with --pack-source)'))
    .option('--json', t('in dạng JSON', 'print JSON')), t)
    .action(async (opts: { json?: boolean; packSource?: string; allowHttp?: boolean; cache?: string }) => {
      // (the province's own packs as the units get them, not the built-in ones alone: the writers' guide sends them here — walk56, item 5)
      const packs = opts.packSource ? (await (await import('./pack-choice')).choosePacks(io, { pack: 'auto', ...opts }, lang())).candidates : builtinPacks();
      if (opts.json) {
        io.out(JSON.stringify(packs.map((p) => ({ id: p.id, version: p.version, title: p.title, levels: p.levels, period: p.period, due: p.due })), null, 2) + '\n');
        return;
      }
      for (const p of packs) {
        const due = p.due.map((d) => d.date.split('-').reverse().join('/')).join(', ') || (lang() === 'en' ? 'not known (the guidance sets none)' : 'chưa rõ (văn bản không quy định)');
        io.out(`${p.id.padEnd(34)} ${p.version.padEnd(7)} ${p.title}\n${' '.repeat(43)}${lang() === 'en' ? 'levels' : 'cấp'}: ${p.levels.map((l) => `${levelName(lang(), l)?.replace(/^cấp /u, '')} (${l})`).join(', ')}; ${lang() === 'en' ? 'due' : 'hạn nộp'}: ${due}\n`);
      }
    });

  // (a built-in pack as a file to start a round's own from — its due date, a target revised — then validate, diff, publish: walk53, item 2)
  pack
    .command('export')
    .argument('<id>', t('mã mẫu báo cáo có sẵn (xem decuong pack list)', 'id of a built-in pack (see decuong pack list)'))
    .option('--out <file>', t('ghi JSON ra tệp này thay vì ra màn hình', 'write JSON to this file instead of standard output'))
    .description(t('lấy một mẫu báo cáo có sẵn ra tệp JSON để sửa thành mẫu của đợt báo cáo', 'write a built-in pack as JSON, to edit into a round\'s own'))
    .action((id: string, opts: { out?: string }) => {
      const p = builtinPacks().find((x) => x.id === id);
      if (!p) throw new CliError(lang() === 'en' ? `no built-in pack "${id}": see decuong pack list` : `không có mẫu báo cáo "${id}": xem decuong pack list`);
      const json = JSON.stringify(p, null, 2) + '\n';
      if (!opts.out) return io.out(json);
      io.writeFile(opts.out, json);
      io.err(lang() === 'en' ? `wrote ${opts.out}: edit it (raise "version"), then decuong pack validate and decuong pack diff ${id} ${opts.out}\n` : `đã ghi ${opts.out}: sửa tệp (tăng "version"), rồi chạy decuong pack validate và decuong pack diff ${id} ${opts.out}\n`);
    });

  pack
    .command('validate')
    .argument('<file>', t('tệp JSON của mẫu báo cáo', 'pack JSON file'))
    .description(t('kiểm tra tệp mẫu báo cáo', 'validate a pack file'))
    .action((file: string) => {
      const text = readText(io, file, lang());
      const r = validatePackText(text, lang());
      if (r.ok) {
        io.out(lang() === 'en' ? `${file}: valid pack "${r.pack.id}" ${r.pack.version}\n` : `${file}: mẫu báo cáo hợp lệ "${r.pack.id}" ${r.pack.version}\n`);
        return;
      }
      for (const p of r.problems) io.err(`${file}: ${p.path || '(tệp)'}: ${p.message}\n`);
      setExit(2);
    });

  pack
    .command('import')
    .argument('<outline>', t('tệp văn bản chứa ĐỀ CƯƠNG', 'outline text file (ĐỀ CƯƠNG)'))
    .requiredOption('--id <id>', t('mã của mẫu mới (chữ thường không dấu, số, "-")', 'id of the new pack'))
    .option('--title <title>', t('tên của mẫu mới', 'title of the new pack'))
    .option('--bullets', t('coi các dòng gạch đầu dòng "-" là đề mục (mặc định: hướng dẫn)', 'treat "-" bullets as sections (default: guidance)'))
    .option('--out <file>', t('ghi JSON ra tệp này thay vì ra màn hình', 'write JSON to this file instead of standard output'))
    .description(t('tạo khung mẫu báo cáo từ đề cương dán vào', 'turn a pasted outline into a pack skeleton'))
    .action(async (file: string, opts: { id: string; title?: string; bullets?: boolean; out?: string }) => {
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(opts.id))
        throw new CliError(lang() === 'en' ? `--id "${opts.id}": use lower-case letters without accents, digits, "-".` : `--id "${opts.id}": chỉ dùng chữ thường không dấu, số, dấu "-".`);
      const text = await outlineText(io, file, lang());
      const pack = importOutline(text, { id: opts.id, title: opts.title, bulletSections: !!opts.bullets });
      if (pack.outline.length === 0) throw new CliError(lang() === 'en' ? `${file}: no numbered headings found.` : `${file}: không tìm thấy đề mục có đánh số nào.`);
      // (an item lost in the paste, "II.1" then "II.3": said, the skeleton written all the same — walk53, item 1)
      for (const [a, b] of numberingGaps(pack.outline as SectionT[])) io.err(lang() === 'en' ? `${file}: "${b}" comes right after "${a}": is an item missing between them?\n` : `${file}: mục "${b}" đứng ngay sau mục "${a}": có thiếu mục nào ở giữa không?\n`);
      // (… and what is left to fill before the pack can be used)
      io.err(lang() === 'en' ? `${file}: fill in sources, period, due date and identification words (the "TODO" and 2000-01-01 stand-ins), then run "decuong pack validate".\n` : `${file}: còn phải điền văn bản nguồn, kỳ báo cáo, hạn nộp và từ khóa nhận biết (các chỗ "TODO", 2000-01-01) rồi chạy "decuong pack validate".\n`);
      const json = JSON.stringify(pack, null, 2) + '\n';
      if (opts.out) {
        io.writeFile(opts.out, json);
        io.err(lang() === 'en' ? `wrote ${opts.out}\n` : `đã ghi ${opts.out}\n`);
      } else io.out(json);
    });

  pack
    .command('publish')
    .argument('<dir>', t('thư mục chứa các tệp JSON của mẫu', 'folder of pack JSON files'))
    .requiredOption('--base-url <url>', t('địa chỉ https:// nơi thư mục được công bố', 'https:// address where the folder is published'))
    .option('--out <file>', t('nơi ghi mục lục (mặc định: THƯ_MỤC/packs.json)', 'where to write the index (default: DIR/packs.json)'))
    .option('--date <yyyy-mm-dd>', t('ngày công bố các mẫu mới hoặc đã sửa (mặc định: hôm nay)', 'publication date of new or changed packs (default: today)'))
    .option('--allow-http', t('chấp nhận địa chỉ http:// (chỉ để thử nghiệm)', 'accept an http:// base address (development and tests only)'))
    .description(t('ghi mục lục packs.json cho các mẫu báo cáo trong thư mục', 'write packs.json, the index of the packs of a folder'))
    .action(async (dir: string, opts: { baseUrl: string; out?: string; date?: string; allowHttp?: boolean }) => {
      const { publishPacks } = await import('./pack-publish');
      const r = publishPacks(io, dir, opts, lang());
      for (const line of r.problems) io.err(`decuong: ${line}\n`);
      if (r.problems.length) return setExit(2);
      for (const line of r.warnings) io.err(`! ${line}\n`);
      io.err(lang() === 'en' ? `wrote ${r.out}: ${r.count} packs\n` : `đã ghi ${r.out}: ${r.count} mẫu báo cáo\n`);
    });

  pack
    .command('diff')
    .argument('<old>', t('phiên bản trước: mã mẫu hoặc tệp JSON', 'pack id or pack JSON file, the earlier version'))
    .argument('<new>', t('phiên bản sau: mã mẫu hoặc tệp JSON', 'pack id or pack JSON file, the later version'))
    .description(t('những gì thay đổi giữa hai phiên bản mẫu báo cáo', 'what changed between two versions of a pack'))
    .action(async (a: string, b: string) => {
      const { diffPacks } = await import('../packs/diff');
      const { loadPack } = await import('./check-command');
      const lines = diffPacks(loadPack(io, a, lang()), loadPack(io, b, lang()), lang());
      io.out(lines.length ? lines.map((l) => `- ${l}\n`).join('') : lang() === 'en' ? 'No change.\n' : 'Không có thay đổi.\n');
    });
}

/**
 * The outline's text: a plain text file as it is, or the paragraphs of a .docx — the form a province publishes its outline in — with the
 * numbers Word shows before them ("II.", "2.1."), the tables' cells left out (walk56, item 6: a .docx was read as text and "no numbered
 * headings" said). Another binary file (.doc, .pdf) gets one line saying what to give instead.
 */
async function outlineText(io: CliIO, file: string, lang: Lang): Promise<string> {
  const bytes = readBytes(io, file, lang);
  const raw = bytes.toString('utf8');
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!zip && !/[\u0000-\u0008\u000e-\u001f]/u.test(raw.slice(0, 2000))) return raw;
  if (!zip) throw new CliError(lang === 'en' ? `${file}: not a text file nor a .docx; save the outline as .docx or .txt.` : `${file}: không phải tệp văn bản hay .docx; hãy lưu đề cương dưới dạng .docx hoặc .txt.`);
  const { readDocx } = await import('../docx/read-docx');
  let doc;
  try {
    doc = await readDocx(new Uint8Array(bytes));
  } catch (e) {
    throw new CliError(`${file}: ${lang === 'en' ? 'cannot read the .docx' : 'không đọc được tệp .docx'} (${String((e as Error).message).split('\n')[0]})`);
  }
  return doc.paragraphs.filter((p) => !p.cell && p.text.trim()).map((p) => (p.numLabel ? `${p.numLabel} ${p.text}` : p.text)).join('\n');
}
