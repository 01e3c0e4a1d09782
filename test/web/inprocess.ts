/** A Web Worker in the test's own process: the real request handler (src/web/check-worker.ts) behind the WorkerLike interface, asynchronous like a real one. */
import { handle } from '../../src/web/check-worker';
import type { CheckReply, CheckRequest, WorkerLike } from '../../src/web/protocol';

export class InProcessWorker implements WorkerLike {
  onmessage: ((e: { data: CheckReply }) => void) | null = null;
  onerror: ((e: { message?: string }) => void) | null = null;
  terminated = false;
  readonly posted: Array<{ message: CheckRequest; transfer: Transferable[] }> = [];
  /** Fail (as a worker that dies) on the request for this file. */
  constructor(private readonly dieOn?: string) {}
  postMessage(message: CheckRequest, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
    setTimeout(() => {
      if (this.terminated) return;
      if (message.name === this.dieOn) {
        this.onerror?.({ message: 'out of memory' });
        return;
      }
      handle(message).then((reply) => !this.terminated && this.onmessage?.({ data: reply }));
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
