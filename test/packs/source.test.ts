/**
 * The environment-free pack source (src/packs/source.ts) on Node's own fetch and sha256, against packs served
 * from a local HTTP server: a good index, a newer version arriving, and each failure — a bad index, a wrong
 * hash, an oversized or invalid pack, a network failure, a timeout, a non-HTTPS address — keeps the last good
 * pack and says why in one line, in both languages.
 */
import { createHash } from 'crypto';
import { refreshSource, problemLine, newestOfEach, checkUrl, type FetchLike, type SourceDeps, type SourceOutcome } from '../../src/packs/source';
import { PackServer, deadAddress, memoryStore, packText, sha, NQ16 } from './pack-server';

const nodeFetch: FetchLike = (url, { timeoutMs }) => fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
const server = new PackServer();
let deps: SourceDeps & { store: ReturnType<typeof memoryStore> };
const local = { allowHttp: 'loopback' as const, app: true };

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => {
  deps = { fetch: nodeFetch, sha256: async (b) => createHash('sha256').update(b).digest('hex'), store: memoryStore() };
});

const versions = (o: SourceOutcome) => o.packs.map((p) => `${p.pack.id} ${p.pack.version}`);
const lines = (o: SourceOutcome, lang: 'vi' | 'en' = 'vi') => o.problems.map((p) => problemLine(p, o.packs, lang));

/** A source with 1.4.0 of nq16 already kept. */
async function keptAt140() {
  server.publish('1.4.0');
  const o = await refreshSource(server.index, deps, local);
  expect(o.problems).toEqual([]);
  return o;
}

test('a good index: each pack fetched, its sha256 and schema checked, kept, and used', async () => {
  server.publish('1.3.0');
  const o = await refreshSource(server.index, deps, local);
  expect(o.indexRead).toBe(true);
  expect(o.problems).toEqual([]);
  expect(versions(o)).toEqual(['nq16-so-ket-3-nam 1.3.0']);
  expect(o.packs[0]).toMatchObject({ fresh: true, pack: { title: NQ16.title } });
  expect(deps.store.kept.get(server.index)!.map((k) => [k.version, k.sha256])).toEqual([['1.3.0', sha(packText('1.3.0'))]]);
  // the next refresh sees the same sha256: the pack is not downloaded again
  server.requests = [];
  const again = await refreshSource(server.index, deps, local);
  expect(server.requests).toEqual(['/goi-mau/packs.json']);
  expect(again.packs[0].fresh).toBe(false);
});

test('a newer version arriving replaces the kept one and is reported as newer', async () => {
  server.publish('1.3.0');
  await refreshSource(server.index, deps, local);
  server.publish('1.4.0');
  const o = await refreshSource(server.index, deps, local);
  expect(versions(o)).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  expect(o.newer).toEqual([{ id: 'nq16-so-ket-3-nam', title: NQ16.title, version: '1.4.0', was: '1.3.0' }]);
});

test('an index listing several versions of a pack: the newest is the one fetched', () => {
  const e = (version: string) => ({ id: 'a', version, title: 't', url: `a-${version}.json`, sha256: '0'.repeat(64), published: '2024-01-01' });
  expect(newestOfEach([e('1.2.0'), e('1.10.0'), e('1.9.9')]).map((x) => x.version)).toEqual(['1.10.0']);
});

test.each([
  ['a bad index', () => (server.routes['/goi-mau/packs.json'] = { body: '{"packs": [' }), /^mục lục packs\.json không phải JSON hợp lệ .*; dùng 1 mẫu báo cáo đã lưu \(nq16-so-ket-3-nam 1\.4\.0\)$/],
  ['an index of the wrong shape', () => (server.routes['/goi-mau/packs.json'] = { body: '{"packs": [{"id": "x"}]}' }), /^mục lục packs\.json sai cấu trúc ở packs\.0\.version/],
  ['a wrong hash', () => server.publish('1.5.0', packText('1.5.0'), sha('something else')), /^nq16-so-ket-3-nam 1\.5\.0: mã sha256 không khớp với mục lục \(mục lục ghi [0-9a-f]{12}…, tệp có [0-9a-f]{12}…\); dùng bản đã lưu 1\.4\.0 \(tải lúc \d\d:\d\d /],
  ['an oversized pack', () => server.publish('1.5.0', packText('1.5.0', { description: 'x'.repeat(6 * 1024 * 1024) })), /^nq16-so-ket-3-nam 1\.5\.0: tệp lớn quá 5120 KB cho phép; dùng bản đã lưu 1\.4\.0/],
  ['an invalid pack', () => server.publish('1.5.0', packText('1.5.0', { levels: [] })), /^nq16-so-ket-3-nam 1\.5\.0: mẫu báo cáo không hợp lệ: levels: .*; dùng bản đã lưu 1\.4\.0/],
  ['a pack that is not the one the index names', () => server.publish('1.5.0', packText('1.6.0')), /tệp là nq16-so-ket-3-nam 1\.6\.0, mục lục ghi nq16-so-ket-3-nam 1\.5\.0; dùng bản đã lưu 1\.4\.0/],
  ['a missing pack file', () => { server.publish('1.5.0'); delete server.routes['/goi-mau/nq16-1.5.0.json']; }, /máy chủ trả lời 404 \(không có tệp này\); dùng bản đã lưu 1\.4\.0/],
  ['a pack that is not UTF-8 text', () => { const b = Buffer.from([0xff, 0xfe, 0x7b]); server.publish('1.5.0', b as unknown as string, sha(b)); }, /tệp không phải văn bản UTF-8; dùng bản đã lưu 1\.4\.0/],
])('%s keeps the last good pack and says why in one line', async (_name, setUp, why) => {
  await keptAt140();
  (setUp as () => void)();
  const o = await refreshSource(server.index, deps, local);
  expect(versions(o)).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  expect(o.newer).toEqual([]);
  expect(lines(o)).toEqual([expect.stringMatching(why)]);
  expect(lines(o)[0]).not.toMatch(/\n/);
  // the kept copy is still 1.4.0
  expect(deps.store.kept.get(server.index)!.map((k) => k.version)).toEqual(['1.4.0']);
});

test('every reason is said in English too', async () => {
  await keptAt140();
  server.publish('1.5.0', packText('1.5.0'), sha('x'));
  const o = await refreshSource(server.index, deps, local);
  expect(lines(o, 'en')).toEqual([expect.stringMatching(/^nq16-so-ket-3-nam 1\.5\.0: sha256 does not match the index .*; using the saved 1\.4\.0 \(fetched \d{4}-\d\d-\d\d \d\d:\d\d\)$/)]);
});

test('a network failure keeps the last good packs; with none saved it says so', async () => {
  const dead = await deadAddress();
  const none = await refreshSource(dead, deps, local);
  expect(none.indexRead).toBe(false);
  expect(none.packs).toEqual([]);
  expect(lines(none)).toEqual(['không kết nối được (ECONNREFUSED); chưa có mẫu báo cáo nào đã lưu từ nguồn này']);
  // the same source, reachable once, then down
  const other = new PackServer();
  await other.start();
  other.publish('1.4.0');
  await refreshSource(other.index, deps, local);
  await other.stop();
  const o = await refreshSource(other.index, deps, local);
  expect(versions(o)).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  // (refused, or the kept-alive connection cut: a code either way)
  expect(lines(o)).toEqual([expect.stringMatching(/^không kết nối được \([A-Z_]+\); dùng 1 mẫu báo cáo đã lưu \(nq16-so-ket-3-nam 1\.4\.0\)$/)]);
});

test('a source that does not answer in time keeps the last good packs', async () => {
  await keptAt140();
  server.routes['/goi-mau/packs.json'] = { body: '', hang: true };
  const o = await refreshSource(server.index, deps, { ...local, timeoutMs: 300 });
  expect(versions(o)).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  expect(lines(o)).toEqual([expect.stringMatching(/^quá 0\.3 giây không trả lời; dùng 1 mẫu báo cáo đã lưu/)]);
});

test('a non-HTTPS address is refused before anything is fetched; http:// only for this machine, and only when allowed', async () => {
  server.publish('1.4.0');
  server.requests = [];
  const plain = await refreshSource(server.index, deps, { app: true });
  expect(lines(plain)).toEqual(['chỉ nhận địa chỉ https:// (http:// chỉ dùng khi thử nghiệm trên chính máy này); chưa có mẫu báo cáo nào đã lưu từ nguồn này']);
  expect(server.requests).toEqual([]);
  expect(() => checkUrl('http://ntm.quangtri.gov.vn/goi-mau/packs.json', local)).toThrow(/chỉ nhận địa chỉ https:\/\//);
  expect(checkUrl('http://[::1]:8080/packs.json', local).hostname).toBe('[::1]');
  // by address only: a production page never carries the development host's name
  expect(() => checkUrl('http://127.0.0.1.example.org/packs.json', local)).toThrow(/chỉ nhận địa chỉ https:\/\//);
  expect(checkUrl('https://ntm.quangtri.gov.vn/goi-mau/packs.json', {}).protocol).toBe('https:');
  expect(() => checkUrl('goi-mau/packs.json', {})).toThrow(/không phải địa chỉ web hợp lệ/);
  // a pack the index puts on plain http is refused the same way, the kept one used
  await refreshSource(server.index, deps, local);
  server.publish('1.5.0');
  server.routes['/goi-mau/packs.json'].body = server.routes['/goi-mau/packs.json'].body.toString().replace('"nq16-1.5.0.json"', '"http://example.org/nq16.json"');
  const o = await refreshSource(server.index, deps, local);
  expect(lines(o)).toEqual([expect.stringMatching(/^nq16-so-ket-3-nam 1\.5\.0: chỉ nhận địa chỉ https:\/\/ .*; dùng bản đã lưu 1\.4\.0/)]);
});

test('a pack no longer valid under the schema is not offered from the store', async () => {
  const { usable } = await import('../../src/packs/source');
  const good = { id: 'nq16-so-ket-3-nam', version: '1.4.0', title: NQ16.title, sha256: sha('x'), url: 'u', fetched: new Date().toISOString() };
  expect(usable([{ ...good, text: packText('1.4.0') }, { ...good, text: '{"id": 1}' }]).map((p) => p.pack.version)).toEqual(['1.4.0']);
});
