/** A summary worker thread: reads and checks the files it is sent, one at a time. Built to dist/cli/summary/worker.mjs. */
import { parentPort, workerData } from 'worker_threads';
import { readFileSync } from 'fs';
import { readOne, failureText, type ReadOptions } from './read-one';

const opts = workerData as ReadOptions;
parentPort!.on('message', async (msg: { id: number; file: string }) => {
  let data: Buffer;
  try {
    data = readFileSync(msg.file);
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, entry: { file: msg.file, error: failureText(e, opts.lang) } });
    return;
  }
  parentPort!.postMessage({ id: msg.id, entry: await readOne(msg.file, data, opts) });
});
