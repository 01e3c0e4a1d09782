/** What the worker does with one request: `decuong check` on one file (src/cli/check-file.ts), plus the unit its header names. */
import { checkFile, NO_PACK } from '../cli/check-file';
import { builtinPacks } from '../packs/builtin';
import { readHeader, unitNamed, type Header } from '../core/summary/header';
import { summaryEntry } from '../cli/summary/read-one';
import type { SummaryEntry } from '../core/summary/model';
import type { CheckReply, CheckRequest } from './protocol';
import { dayOf } from '../core/dates';

export async function handle(req: CheckRequest): Promise<CheckReply> {
  const start = performance.now();
  // the published packs first, then the built-in ones not published again (one per id)
  const published = req.packs ?? [];
  const all = [...published, ...builtinPacks().filter((b) => !published.some((p) => p.id === b.id))];
  const given = req.pack ? all.find((p) => p.id === req.pack) : undefined;
  if (req.pack && !given) {
    const error = { vi: `không có mẫu báo cáo này: ${req.pack}`, en: `no such built-in pack: ${req.pack}` };
    return { type: 'result', id: req.id, result: { file: req.name, error, ms: 0 } };
  }
  const r = await checkFile(new Uint8Array(req.data), req.name, { given, candidates: all, today: dayOf(new Date()), ...(req.due ? { due: req.due } : {}) });
  let header: Header | undefined;
  let contributions: SummaryEntry['contributions'];
  try {
    if (r.doc) header = readHeader(r.doc);
    if (r.report && header) contributions = summaryEntry(req.name, r.doc, r.report, given ?? all.find((p) => p.id === r.report!.pack.id)!, header).contributions;
  } catch {
    /* the header serves the table and the summary sheet; its absence is no failure */
  }
  const result = {
    file: req.name, ...(r.report ? { report: r.report } : { error: r.error }), ...(r.error === NO_PACK ? { noPack: true } : {}),
    ...(header?.unit ? { unit: unitNamed(header) } : {}), ...(header ? { header } : {}), ...(contributions ? { contributions } : {}),
    ms: Math.round(performance.now() - start),
  };
  return { type: 'result', id: req.id, result };
}
