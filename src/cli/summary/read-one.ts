/**
 * One file of a summary batch: read through the same guarded reader as `decuong check`, checked, its
 * header read. Never throws: a file that cannot be read or checked comes back with its reason.
 */
import { readDocx, DocxError } from '../../docx/read-docx';
import { check } from '../../core/check';
import { chosenAs, identifyPack } from '../../core/identify';
import { NO_PACK } from '../check-file';
import { readHeader, type Header } from '../../core/summary/header';
import type { DocModel } from '../../core/model';
import type { ReportResult } from '../../core/report';
import { isCount, type SummaryEntry } from '../../core/summary/model';
import { builtinPacks } from '../../packs/builtin';
import type { Pack } from '../../packs/schema';
import type { Lang } from '../../packs/validate';
import { PLAN_WORDS, TARGET_WORDS } from '../../core/lexicon';
import { PROVINCE_WHOLE } from '../../core/lexicon/patterns';

export interface ReadOptions {
  /** The pack given with --pack; chosen from each report's title when absent. */
  pack?: Pack;
  /** The packs to choose from (the built-in ones, and those of --pack-source); the built-in ones when absent. */
  packs?: Pack[];
  lang: Lang;
}

export function failureText(e: unknown, lang: Lang): string {
  if (e instanceof DocxError) return e.text(lang);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return lang === 'en' ? 'file not found' : 'không tìm thấy tệp';
  if (code === 'EISDIR') return lang === 'en' ? 'is a folder, not a file' : 'là thư mục, không phải tệp';
  if (code === 'EACCES') return lang === 'en' ? 'permission denied' : 'không có quyền đọc';
  const msg = String((e as Error)?.message ?? e).split('\n')[0];
  return lang === 'en' ? `could not be checked: ${msg}` : `không kiểm tra được: ${msg}`;
}

/**
 * The entry of a file already read and checked: its header, its report, and the unit's own figures for the
 * count indicators the pack sets only for a higher level (the reviewer web page builds its entries with it too).
 */
export function summaryEntry(file: string, doc: DocModel, report: ReportResult, pack: Pack, header: Header = readHeader(doc)): SummaryEntry {
  const entry: SummaryEntry = { file, header, report, ...(doc.saved ? { saved: doc.saved } : {}) };
  // a district's own count of communes meeting the standard: the pack sets it for the province only, the
  // province's total adds it up; the report gives the unit's own figure for it though it is not judged
  const level = report.level;
  const wanted = pack.indicators.filter((i) => level && !i.levels.includes(level as never) && isCount(i.unit, i.target));
  // (… its own, not the province's target or whole quoted in its text: "tối thiểu 75 xã …, 22 xã đạt chuẩn NTM kiểu mẫu trên toàn tỉnh" is no
  // district's 22 — walk45, item 1)
  const ownQuote = (q: string | undefined) => !q || (!TARGET_WORDS.test(q) && !PLAN_WORDS.test(q) && !PROVINCE_WHOLE.test(q));
  for (const ind of report.indicators)
    if (ind.status === 'not-applicable' && ind.value !== undefined && wanted.some((w) => w.id === ind.id) && ownQuote(ind.quote))
      (entry.contributions ??= {})[ind.id] = { value: ind.value, ...(ind.quote ? { quote: ind.quote } : {}), ...(ind.paragraph !== undefined ? { paragraph: ind.paragraph } : {}) };
  return entry;
}

export async function readOne(file: string, data: Uint8Array, opts: ReadOptions): Promise<SummaryEntry> {
  try {
    const doc = await readDocx(data, file);
    const header = readHeader(doc);
    const found = opts.pack ? undefined : identifyPack(opts.packs ?? builtinPacks(), doc);
    const pack = opts.pack ?? found?.pack;
    if (!pack) return { file, header, error: NO_PACK[opts.lang === 'en' ? 'en' : 'vi'] };
    const report = check(doc, pack, { file, chosen: opts.pack ? 'given' : chosenAs(found) });
    return summaryEntry(file, doc, report, pack, header);
  } catch (e) {
    return { file, error: failureText(e, opts.lang) };
  }
}
