/**
 * The reviewer web page and its Web Worker: the page posts one file at a time (its bytes transferred, not
 * copied), the worker reads and checks it exactly as `decuong check` does (src/cli/check-file.ts) and posts
 * the result back. A file that cannot be read comes back with its reason; a worker that dies (a file that
 * exhausts its memory) fails only the files it was holding, and the next file gets a new worker.
 */
import type { Msg, ReportResult } from '../core/report';
import type { Pack } from '../packs/schema';
import type { Header } from '../core/summary/header';
import type { SummaryEntry } from '../core/summary/model';

export interface CheckRequest {
  type: 'check';
  id: number;
  /** The file's name, as the CLI would be given it. */
  name: string;
  data: ArrayBuffer;
  /** A pack id; recognised from each report's title when absent ("tự chọn theo tiêu đề"). */
  pack?: string;
  /** Packs published by the secretariat (packs.json), offered beside the built-in ones and chosen first. */
  packs?: Pack[];
  /** This round's due date (ISO), in place of the template's own, as `decuong check --due` takes it (walk60's left). */
  due?: string;
}

export interface FileResult {
  file: string;
  report?: ReportResult;
  /** Why the file could not be checked, in both languages (the CLI's words). */
  error?: Msg;
  /** No pack was given and none could be recognised from the title (the page says so in its own words). */
  noPack?: boolean;
  /** The issuing unit as the report's header names it. */
  unit?: string;
  /** What the header says (unit, number, date) and the unit's own figures: the summary sheet's entry (decuong summary). */
  header?: Header;
  contributions?: SummaryEntry['contributions'];
  /** Time in the worker, reading and checking (ms). */
  ms: number;
}

export type CheckReply = { type: 'result'; id: number; result: FileResult };

/** What the client needs of a Worker (a real one in the page, an in-process one in the tests). */
export interface WorkerLike {
  postMessage(message: CheckRequest, transfer: Transferable[]): void;
  onmessage: ((e: { data: CheckReply }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  terminate(): void;
}

/** When the worker itself fails (not the file): the reason given to each file it held. */
export const WORKER_FAILED: Msg = {
  vi: 'không kiểm tra được: trình duyệt đã dừng phần kiểm tra (tệp quá lớn hoặc thiếu bộ nhớ)',
  en: 'could not be checked: the browser stopped the checker (file too large or out of memory)',
};

/** Talks to one worker at a time; files are checked in the order asked. */
export class CheckClient {
  private worker?: WorkerLike;
  private nextId = 1;
  private readonly waiting = new Map<number, { name: string; ok: (r: FileResult) => void }>();

  constructor(private readonly spawn: () => WorkerLike) {}

  private live(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.onmessage = (e) => {
      const at = this.waiting.get(e.data.id);
      if (!at) return;
      this.waiting.delete(e.data.id);
      at.ok(e.data.result);
    };
    w.onerror = () => {
      // the worker is gone: every file it held fails with one line, the next file gets a new worker
      w.terminate();
      if (this.worker === w) this.worker = undefined;
      const held = [...this.waiting.values()];
      this.waiting.clear();
      for (const h of held) h.ok({ file: h.name, error: WORKER_FAILED, ms: 0 });
    };
    this.worker = w;
    return w;
  }

  check(name: string, data: ArrayBuffer, pack?: string, packs?: Pack[], due?: string): Promise<FileResult> {
    const id = this.nextId++;
    return new Promise((ok) => {
      this.waiting.set(id, { name, ok });
      this.live().postMessage({ type: 'check', id, name, data, ...(pack ? { pack } : {}), ...(packs?.length ? { packs } : {}), ...(due ? { due } : {}) }, [data]);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }
}

/** A file to check: its name, a way to read its bytes (a File, a sample fetched from the server), and when it was last changed. */
export interface Source { name: string; bytes: () => Promise<ArrayBuffer>; mtime?: number }

/** The entries of `decuong summary` for the files checked, in their order (the summary sheet). */
export function summaryEntries(sources: Source[], results: FileResult[], lang: 'vi' | 'en'): SummaryEntry[] {
  return results.map((r, i) => ({
    file: r.file,
    ...(sources[i]?.mtime !== undefined ? { mtime: sources[i].mtime } : {}),
    ...(r.header ? { header: r.header } : {}),
    ...(r.report ? { report: r.report } : { error: r.error?.[lang] ?? '' }),
    ...(r.contributions ? { contributions: r.contributions } : {}),
  }));
}

/**
 * Check the files one after another (one in memory at a time), telling `onResult` as each ends; a file whose
 * bytes cannot even be read from the disk gets its reason and the others go on.
 */
export async function checkBatch(
  client: Pick<CheckClient, 'check'>, files: Source[], pack: string | undefined,
  onStart: (i: number) => void, onResult: (i: number, r: FileResult) => void, cancelled: () => boolean = () => false, packs?: Pack[], due?: string,
): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    if (cancelled()) return;
    onStart(i);
    let data: ArrayBuffer;
    try {
      data = await files[i].bytes();
    } catch (e) {
      const m = String((e as Error)?.message ?? e);
      onResult(i, { file: files[i].name, error: { vi: `không đọc được tệp: ${m}`, en: `cannot read the file: ${m}` }, ms: 0 });
      continue;
    }
    const r = await client.check(files[i].name, data, pack, packs, due);
    if (cancelled()) return;
    onResult(i, r);
  }
}
