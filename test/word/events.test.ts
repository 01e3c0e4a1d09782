/** Following the writer's changes: Word's events, minus the echoes of the add-in's own changes; one Word.run at a time. */
import { skeletonBlocks } from '../../src/core/skeleton';
import { queue } from '../../src/word/queue';
import { paragraphEvents, selectionEvents, withoutEchoes } from '../../src/word/events';
import type { WContext, WordRun } from '../../src/word/api';
import { fakeRun } from './fake-word';
import { fromMarkup, NQ16, portFor } from './helpers';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUIET = 60;
/** The echo window is measured by a clock the test moves, so a loaded machine's late timers cannot open it. */
const clock = () => { let t = 1_000_000; return { now: () => t, pass: (ms: number) => { t += ms; } }; };

describe('the change signal (WordApi 1.6 paragraph events)', () => {
  test('the writer typing is reported; the add-in inserting or selecting is not; unsubscribing stops it', async () => {
    const d = fromMarkup('Một đoạn.\nHai đoạn.');
    const c = clock();
    const port = portFor(d, { changes: paragraphEvents, quietMs: QUIET, now: c.now });
    let calls = 0;
    const off = port.onChange!(() => calls++);
    await wait(20);
    expect(d.paragraphListeners.size).toBe(3);
    d.type(d.paras[1], 'Hai đoạn đã sửa.');
    await wait(20);
    expect(calls).toBe(1);
    // the add-in's own changes
    await port.insertSkeleton(skeletonBlocks(NQ16, { level: 'huyen' }), 'end');
    await port.goTo({ paragraph: 0 });
    await wait(20);
    expect(calls).toBe(1);
    c.pass(QUIET);
    d.type(d.paras[0], 'Một đoạn đã sửa.');
    await wait(20);
    expect(calls).toBe(2);
    off();
    await wait(20);
    expect(d.paragraphListeners.size).toBe(0);
    d.type(d.paras[0], 'Lần nữa.');
    await wait(20);
    expect(calls).toBe(2);
  });
});

describe('the change signal (DocumentSelectionChanged, before WordApi 1.6)', () => {
  test('registered and removed with Office\'s common API; echoes of the add-in\'s selection dropped', async () => {
    const d = fromMarkup('Một.\nHai.');
    const handlers = new Set<() => void>();
    const office = {
      addHandlerAsync: (_t: unknown, h: () => void) => { handlers.add(h); d.selectionListeners.add(h); },
      removeHandlerAsync: (_t: unknown, o: { handler: () => void }) => { handlers.delete(o.handler); d.selectionListeners.delete(o.handler); },
    };
    const c = clock();
    const port = portFor(d, { changes: () => selectionEvents(office, 'documentSelectionChanged'), quietMs: QUIET, now: c.now });
    let calls = 0;
    const off = port.onChange!(() => calls++);
    expect(handlers.size).toBe(1);
    await port.goTo({ paragraph: 1 });
    await wait(20);
    expect(calls).toBe(0);
    c.pass(QUIET);
    d.type(d.paras[0], 'Một đã sửa.');
    await wait(20);
    expect(calls).toBe(1);
    off();
    expect(handlers.size).toBe(0);
  });
});

describe('the queue', () => {
  test('batches run one after another, in the order asked, and a failure does not stop the next', async () => {
    const d = fromMarkup('Một.');
    d.failures.concurrentRun = true;
    const q = queue(fakeRun(d) as unknown as WordRun);
    const order: string[] = [];
    const a = q.run(async (c: WContext) => { order.push('a start'); await c.sync(); await wait(10); order.push('a end'); }, true);
    const b = q.run(async () => { order.push('b'); throw new Error('b failed'); });
    const c = q.run(async (x: WContext) => { order.push('c'); await x.sync(); });
    expect(q.changing()).toBe(true);
    await a;
    await expect(b).rejects.toThrow('b failed');
    await c;
    expect(order).toEqual(['a start', 'a end', 'b', 'c']);
    expect(q.changing()).toBe(false);
    expect(q.lastChange()).toBeGreaterThan(0);
  });

  test('an event during or just after the add-in\'s change is dropped, a later one is not', () => {
    let t = 1000;
    const q = { changing: () => false, lastChange: () => 900, run: async () => undefined } as never;
    let fire: () => void = () => {};
    const calls: number[] = [];
    withoutEchoes((cb) => { fire = cb; return () => {}; }, q, 500, () => t)(() => calls.push(t));
    fire();
    t = 1500;
    fire();
    expect(calls).toEqual([1500]);
  });
});
