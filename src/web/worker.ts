/** The reviewer web page's Web Worker: reads and checks each file posted to it (check-worker.ts), off the page's thread. */
import { handle } from './check-worker';
import type { CheckRequest } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage: (m: unknown) => void };
scope.onmessage = (e) => {
  if (e.data?.type === 'check') handle(e.data).then((reply) => scope.postMessage(reply));
};
