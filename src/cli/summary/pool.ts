/**
 * Worker threads for a batch: one per core, one file at a time each. A file that takes too long or
 * exhausts a worker's memory gets its row with the reason; its worker is replaced and the batch goes on.
 */
import { Worker } from 'worker_threads';
import type { SummaryEntry } from '../../core/summary/model';
import type { ReadOptions } from './read-one';

export interface PoolOptions {
  script: string;
  workers: number;
  read: ReadOptions;
  /** Longest time for one file, ms. */
  timeoutMs: number;
  /** Heap limit of one worker, MB. */
  heapMb: number;
  onDone?: (done: number, file: string) => void;
}

export function runPool(files: string[], o: PoolOptions): Promise<SummaryEntry[]> {
  const results: SummaryEntry[] = new Array(files.length);
  const vi = o.read.lang !== 'en';
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    if (!files.length) return resolve(results);
    const finish = (i: number, entry: SummaryEntry) => {
      if (results[i]) return;
      results[i] = entry;
      done++;
      o.onDone?.(done, files[i]);
      if (done === files.length) resolve(results);
    };
    const start = () => {
      const w = new Worker(o.script, { workerData: o.read, resourceLimits: { maxOldGenerationSizeMb: o.heapMb } });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let dead = false;
      const feed = () => {
        clearTimeout(timer);
        if (next >= files.length) {
          dead = true;
          void w.terminate();
          return;
        }
        current = next++;
        timer = setTimeout(() => fail(vi ? `đọc quá ${o.timeoutMs / 1000} giây, đã dừng` : `took over ${o.timeoutMs / 1000} s, stopped`), o.timeoutMs);
        w.postMessage({ id: current, file: files[current] });
      };
      const fail = (why: string) => {
        if (dead) return;
        dead = true;
        clearTimeout(timer);
        if (current >= 0) finish(current, { file: files[current], error: why });
        void w.terminate();
        if (next < files.length) start();
      };
      w.on('message', (m: { id: number; entry: SummaryEntry }) => {
        finish(m.id, m.entry);
        feed();
      });
      w.on('error', (e) => {
        const oom = /memory|heap/i.test(e.message) || (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        fail(oom ? (vi ? 'tệp cần quá nhiều bộ nhớ, đã dừng' : 'the file needs too much memory, stopped') : (vi ? `lỗi khi đọc: ${e.message.split('\n')[0]}` : `failed: ${e.message.split('\n')[0]}`));
      });
      w.on('exit', () => fail(vi ? 'tiến trình đọc dừng bất thường' : 'the reading thread stopped'));
      feed();
    };
    for (let k = 0; k < Math.min(o.workers, files.length); k++) start();
  });
}
