/** `decuong skeleton --pack ID|PACK.json [--level L] [--header] --out FILE.docx`: the outline as a Word file to fill in. */
import type { Command } from 'commander';
import type { Lang } from '../packs/validate';
import { writeSkeletonDocx } from '../docx/write-skeleton';
import { CliError, type CliIO } from './io';
import { loadPack } from './check-command';
import { levelGiven } from './level-option';
import { levelName } from '../core/format/words';
import { inLang, packSourceOptions } from './help-words';
import { builtinPacks } from '../packs/builtin';

export function addSkeletonCommand(program: Command, io: CliIO, lang: () => Lang, _setExit?: (c: number) => void): void {
  const t = inLang(lang);
  packSourceOptions(program
    .command('skeleton')
    .description(t('ghi đề cương của mẫu báo cáo ra tệp .docx để điền', 'write the outline of a report template as a .docx to fill in'))
    .option('--pack <pack>', t('mã mẫu báo cáo hoặc tệp JSON của mẫu', 'pack id or pack JSON file'))
    .requiredOption('--out <file>', t('tệp .docx ghi ra', 'output .docx'))
    .option('--level <level>', t('cấp báo cáo: tinh | huyen | xa | so-nganh', 'province | district | commune | department, or tinh | huyen | xa | so-nganh'))
    .option('--header', t('thêm phần đầu văn bản (cơ quan, số, ngày, tiêu đề)', 'add the administrative header block (agency, number, date, title)')), t)
    .action(async (opts: { pack?: string; out: string; level?: string; header?: boolean; packSource?: string; allowHttp?: boolean; cache?: string }) => {
      const L = lang();
      // (no template named: which there are, one a line, so the writer can pick one — walk52)
      if (!opts.pack) {
        const list = builtinPacks().map((p) => `  ${p.id}  ${p.title}`).join('\n');
        throw new CliError(L === 'en' ? `--pack is missing: choose a template:\n${list}` : `thiếu --pack: chọn một mẫu báo cáo:\n${list}`);
      }
      const level = levelGiven(opts.level, L);
      if (!/\.docx$/i.test(opts.out)) throw new CliError(`--out "${opts.out}": ${L === 'en' ? 'must end in .docx' : 'phải là tệp .docx'}`);
      // (a pack the province published, named by its id: walk56, item 5)
      const pack = opts.packSource ? (await (await import('./pack-choice')).choosePacks(io, { ...opts, pack: opts.pack }, L)).given! : loadPack(io, opts.pack, L);
      // (a level the pack is not for: its outline written for it would be checked as a report of another kind — walk45, item 7)
      if (level && !pack.levels.includes(level))
        throw new CliError(`--level "${opts.level}": ${L === 'en' ? `template ${pack.id} is for` : `mẫu ${pack.id} dành cho`} ${pack.levels.map((l) => `${levelName(L, l)} (${l})`).join(' | ')}`);
      io.writeFile(opts.out, await writeSkeletonDocx(pack, { level, header: !!opts.header }));
      io.out(`${opts.out}: ${L === 'en' ? 'outline of' : 'đề cương'} ${pack.id} ${pack.version}\n`);
      // (how to fill it: the guidance is plain text in a style of its own, which Word keeps as one types over it — walk52b)
      io.out(L === 'en'
        ? 'Write under each heading; delete the guidance (in italics) as you go, and keep your own text in the Normal style.\n'
        : 'Viết dưới mỗi đề mục; xóa lời hướng dẫn (chữ nghiêng) khi viết, đoạn viết để kiểu chữ Normal (Bình thường).\n');
    });
}
