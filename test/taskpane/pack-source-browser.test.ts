/**
 * The browser side of published packs (src/taskpane/packSource.ts) on the same web APIs Node has: fetch with
 * a timeout that covers the body too, sha256 by crypto.subtle, the last good packs in a Storage; against a
 * local server.
 */
import { webcrypto } from 'crypto';
import { refreshSource, problemLine, type SourceOutcome } from '../../src/packs/source';
import { browserFetch, joinPacks, localPackStore, subtleSha256 } from '../../src/taskpane/packSource';
import { builtinPacks } from '../../src/packs/builtin';
import { PackServer, packText, sha } from '../packs/pack-server';

/** A Storage in memory; `full` refuses every write, as a browser whose quota is used up. */
class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.items.set(k, v);
  }
  removeItem(k: string) { this.items.delete(k); }
  clear() { this.items.clear(); }
}

const server = new PackServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const o = { allowHttp: 'loopback' as const, app: true };
/** For the files that stall: long enough for a loaded machine to serve the index, short enough for a test. */
const stalling = { ...o, timeoutMs: 1500 };
const line = (x: SourceOutcome) => x.problems.map((p) => problemLine(p, x.packs, 'vi'));
const using = (x: SourceOutcome) => x.packs.map((p) => p.pack.version);
let storage: MemoryStorage;
const deps = () => ({ fetch: browserFetch(fetch), sha256: subtleSha256(webcrypto.subtle as unknown as SubtleCrypto), store: localPackStore(storage as unknown as Storage) });
beforeEach(() => (storage = new MemoryStorage()));

test('fetched with the browser\'s fetch, hashed by crypto.subtle, kept in the storage', async () => {
  server.publish('1.4.0');
  const x = await refreshSource(server.index, deps(), o);
  expect(line(x)).toEqual([]);
  expect(using(x)).toEqual(['1.4.0']);
  const kept = JSON.parse(storage.getItem(`decuong:pack-source:${server.index}`)!);
  expect(kept).toEqual([expect.objectContaining({ id: 'nq16-so-ket-3-nam', version: '1.4.0', sha256: sha(packText('1.4.0')), text: packText('1.4.0') })]);
  // read back by a new page (a new store on the same storage)
  expect(localPackStore(storage as unknown as Storage).list(server.index).map((k) => k.version)).toEqual(['1.4.0']);
});

test('a source that stops in the middle of a file is given up after the timeout; the last good pack kept', async () => {
  server.publish('1.4.0');
  await refreshSource(server.index, deps(), o);
  server.publish('1.5.0');
  server.routes['/goi-mau/nq16-1.5.0.json'].stall = true;
  const x = await refreshSource(server.index, deps(), stalling);
  expect(using(x)).toEqual(['1.4.0']);
  expect(line(x)).toEqual([expect.stringMatching(/^nq16-so-ket-3-nam 1\.5\.0: quá 1\.5 giây không trả lời; dùng bản đã lưu 1\.4\.0/)]);
  server.routes['/goi-mau/packs.json'].hang = true;
  const y = await refreshSource(server.index, deps(), stalling);
  expect(line(y)).toEqual([expect.stringMatching(/^quá 1\.5 giây không trả lời; dùng 1 mẫu báo cáo đã lưu \(nq16-so-ket-3-nam 1\.4\.0\)$/)]);
});

test('a page without crypto.subtle (not https) says why and keeps the last good pack', async () => {
  server.publish('1.4.0');
  await refreshSource(server.index, deps(), o);
  server.publish('1.5.0');
  const x = await refreshSource(server.index, { ...deps(), sha256: subtleSha256(null) }, o);
  expect(using(x)).toEqual(['1.4.0']);
  expect(line(x)).toEqual([expect.stringMatching(/trình duyệt không tính được mã sha256 \(trang phải mở qua https:\/\/\); dùng bản đã lưu 1\.4\.0/)]);
});

test('a full storage: the new pack is used for this session all the same', async () => {
  server.publish('1.4.0');
  storage.full = true;
  const d = deps();
  const x = await refreshSource(server.index, d, o);
  expect(using(x)).toEqual(['1.4.0']);
  expect(storage.length).toBe(0);
  expect(d.store.list(server.index).map((k) => k.version)).toEqual(['1.4.0']);
});

test('joinPacks: first list first, one pack per id (a published pack replaces the built-in one)', () => {
  const [a, b] = builtinPacks();
  const newer = { ...a, version: '9.0.0' };
  expect(joinPacks([], [newer], builtinPacks()).filter((p) => p.id === a.id)).toEqual([newer]);
  expect(joinPacks([b], [], builtinPacks()).map((p) => p.id)).toEqual([b.id, ...builtinPacks().filter((p) => p.id !== b.id).map((p) => p.id)]);
});

test('joinPacks: a published pack older than the built-in one is left aside; one opened from a file wins whatever its version (walk47)', () => {
  const [a] = builtinPacks();
  const older = { ...a, version: '0.0.1' };
  expect(joinPacks([], [older], builtinPacks()).filter((p) => p.id === a.id)).toEqual([a]);
  expect(joinPacks([older], [], builtinPacks()).filter((p) => p.id === a.id)).toEqual([older]);
});

test('joinPacks: a file opened in the pane gives way to a newer version the province published since; not to the same or an older one (walk56, item 2)', () => {
  const [a] = builtinPacks();
  const fromFile = { ...a, version: '9.0.0' };
  const corrected = { ...a, version: '9.0.1' };
  expect(joinPacks([fromFile], [corrected], builtinPacks()).filter((p) => p.id === a.id)).toEqual([corrected]);
  expect(joinPacks([corrected], [fromFile], builtinPacks()).filter((p) => p.id === a.id)).toEqual([corrected]);
  expect(joinPacks([fromFile], [fromFile], builtinPacks()).filter((p) => p.id === a.id)).toEqual([fromFile]);
});
