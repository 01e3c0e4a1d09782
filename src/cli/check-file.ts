/**
 * One file of `decuong check`: read, its pack chosen (given, or recognised from the title), checked. Never
 * throws: a file that cannot be read or checked comes back with its one-line reason in both languages.
 * No Node API: the command line and the reviewer web page's worker (src/web/worker.ts) both run this, so a
 * report and its JSON are the same whichever ran it.
 */
import { readDocx, DocxError } from '../docx/read-docx';
import { check } from '../core/check';
import { chosenAs, identifyPack, titledOtherThan } from '../core/identify';
import type { DocModel } from '../core/model';
import type { Msg, ReportResult } from '../core/report';
import type { Level, Pack } from '../packs/schema';

export interface CheckFileOptions {
  /** The pack given (--pack, or chosen on the page); recognised from each report's title when absent. */
  given?: Pack;
  /** The packs to recognise from. */
  candidates: Pack[];
  level?: Level;
  /** The day of the check (ISO): a template whose report was due before it is said so. */
  today?: string;
  /** This round's due date (ISO), in place of the template's. */
  due?: string;
}

export type FileCheck =
  | { file: string; report: ReportResult; doc: DocModel; error?: undefined }
  | { file: string; error: Msg; report?: undefined; doc?: DocModel };

export const NO_PACK: Msg = {
  vi: 'không nhận ra báo cáo theo mẫu nào (tiêu đề và các đề mục không khớp mẫu báo cáo nào): xem tệp có đúng là báo cáo sơ kết, tổng kết không; nếu đúng, chọn mẫu bằng --pack (danh sách mẫu: decuong pack list)',
  en: 'cannot tell which pack this report follows (its title and headings match none): see whether the file is a review report at all; if it is, choose the pack with --pack (the list: decuong pack list)',
};

export async function checkFile(data: Uint8Array | ArrayBuffer, file: string, opts: CheckFileOptions): Promise<FileCheck> {
  let doc: DocModel | undefined;
  try {
    doc = await readDocx(data, file);
    const found = opts.given ? undefined : identifyPack(opts.candidates, doc);
    const pack = opts.given ?? found?.pack;
    if (!pack) return { file, error: NO_PACK, doc };
    const titled = opts.given ? titledOtherThan(opts.candidates, doc, pack) : undefined;
    return { file, doc, report: check(doc, pack, { file, level: opts.level, ...(opts.today ? { today: opts.today } : {}), ...(opts.due ? { due: opts.due } : {}), chosen: opts.given ? 'given' : chosenAs(found), ...(titled ? { titled } : {}) }) };
  } catch (e) {
    if (e instanceof DocxError) return { file, error: { vi: e.vi, en: e.en } };
    const m = String((e as Error)?.message ?? e);
    return { file, error: { vi: m, en: m }, doc };
  }
}
