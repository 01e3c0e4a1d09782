/**
 * Packs published by URL: `pack publish` writes packs.json; `check --pack-source` and `--pack URL` fetch
 * from a local server (plain HTTP only through --allow-http), check sha256, schema and size, keep the last
 * good pack, and say why on every failure: a bad index, a wrong hash, an oversized or invalid pack, a
 * network failure, a non-HTTPS address.
 */
import { createHash } from 'crypto';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cli, FIXTURES } from '../helpers';

const REPORT = join(FIXTURES, 'reports', 'v01-tinh-nq16.docx');
const NQ16 = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'packs', 'builtin', 'nq16-so-ket-3-nam.json'), 'utf8'));
const packText = (version: string, extra: Record<string, unknown> = {}) => JSON.stringify({ ...NQ16, version, ...extra }, null, 2);
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

/** What the server answers, path by path; a test changes it. */
let routes: Record<string, { status?: number; body: string | Buffer }> = {};
let server: Server;
let base = '';
let cache = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const r = routes[req.url ?? ''];
    res.writeHead(r ? (r.status ?? 200) : 404, { 'content-type': 'application/json' });
    res.end(r ? r.body : 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cache = mkdtempSync(join(tmpdir(), 'decuong-cache-'));
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(cache, { recursive: true, force: true });
});

const publish = (version: string, body = packText(version), hash = sha(body)) => {
  routes = {
    '/goi-mau/packs.json': { body: JSON.stringify({ packs: [{ id: 'nq16-so-ket-3-nam', version, title: NQ16.title, url: `nq16-${version}.json`, sha256: hash, published: '2024-07-01' }] }) },
    [`/goi-mau/nq16-${version}.json`]: { body },
  };
};
const check = (...extra: string[]) => cli(['check', REPORT, '--format', 'json', '--cache', cache, ...extra]);
const versionUsed = (r: { out: string }) => JSON.parse(r.out).reports[0].pack.version;

describe('decuong check --pack-source', () => {
  test('a plain http:// source is refused without --allow-http, saying so in one line', async () => {
    publish('1.3.0');
    const r = await check('--pack-source', `${base}/goi-mau/packs.json`);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/chỉ nhận địa chỉ https:\/\/ .*--allow-http.*chưa có bản nào đã lưu/)]);
  });

  test('the published pack is fetched, verified and used (it takes precedence over the built-in one)', async () => {
    publish('1.3.90');
    const r = await check('--pack-source', `${base}/goi-mau/packs.json`, '--allow-http');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(versionUsed(r)).toBe('1.3.90');
  });

  test('a newer version replaces it, and is announced', async () => {
    publish('1.4.0');
    const r = await check('--pack-source', `${base}/goi-mau/packs.json`, '--allow-http');
    // (the message first: when the newer version is not taken, it says why — a walk-through once saw the older version kept on a loaded machine)
    expect(r.err).toMatch(/có phiên bản mới nq16-so-ket-3-nam 1\.4\.0 \(trước: 1\.3\.90\)/);
    expect(versionUsed(r)).toBe('1.4.0');
  });

  test.each([
    ['a bad index', () => (routes['/goi-mau/packs.json'] = { body: '{"packs": [' }), /mục lục packs\.json không phải JSON hợp lệ.*dùng 1 mẫu báo cáo đã lưu \(nq16-so-ket-3-nam 1\.4\.0\)/],
    ['an index of the wrong shape', () => (routes['/goi-mau/packs.json'] = { body: '{"packs": [{"id": "x"}]}' }), /mục lục packs\.json sai cấu trúc ở packs\.0\.version/],
    ['a wrong hash', () => publish('1.5.0', packText('1.5.0'), sha('something else')), /nq16-so-ket-3-nam 1\.5\.0: mã sha256 không khớp với mục lục.*dùng bản đã lưu nq16-so-ket-3-nam 1\.4\.0/],
    ['an oversized pack', () => publish('1.5.0', packText('1.5.0', { description: 'x'.repeat(6 * 1024 * 1024) })), /tệp lớn quá 5120 KB cho phép.*dùng bản đã lưu nq16-so-ket-3-nam 1\.4\.0/],
    ['an invalid pack', () => publish('1.5.0', packText('1.5.0', { levels: [] })), /mẫu báo cáo không hợp lệ: levels.*dùng bản đã lưu nq16-so-ket-3-nam 1\.4\.0/],
    ['a pack that is not the one the index names', () => publish('1.5.0', packText('1.6.0')), /tệp là nq16-so-ket-3-nam 1\.6\.0, mục lục ghi nq16-so-ket-3-nam 1\.5\.0/],
    ['a missing pack file', () => { publish('1.5.0'); delete routes['/goi-mau/nq16-1.5.0.json']; }, /máy chủ trả lời 404.*dùng bản đã lưu/],
  ])('%s keeps the last good pack and says why', async (_name, setUp, why) => {
    (setUp as () => void)();
    const r = await check('--pack-source', `${base}/goi-mau/packs.json`, '--allow-http');
    expect(versionUsed(r)).toBe('1.4.0');
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(why)]);
  });

  test('a network failure keeps the last good pack', async () => {
    const dead = createServer();
    await new Promise<void>((ok) => dead.listen(0, '127.0.0.1', ok));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((ok) => dead.close(ok));
    // the same source as before, unreachable: its cache is keyed by address, so use one seen before
    const r1 = await check('--pack-source', `http://127.0.0.1:${port}/packs.json`, '--allow-http');
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/không kết nối được \(ECONNREFUSED\); chưa có bản nào đã lưu/);
    publish('1.4.0');
    await check('--pack-source', `${base}/goi-mau/packs.json`, '--allow-http');
    server.close();
    await new Promise((ok) => setTimeout(ok, 50));
    const r2 = await check('--pack-source', `${base}/goi-mau/packs.json`, '--allow-http');
    expect(versionUsed(r2)).toBe('1.4.0');
    expect(r2.err).toMatch(/không kết nối được \(ECONNREFUSED\); dùng 1 mẫu báo cáo đã lưu/);
    const port2 = Number(new URL(base).port);
    await new Promise<void>((ok) => server.listen(port2, '127.0.0.1', ok));
  });
});

describe('decuong check --pack URL', () => {
  test('one pack by its address, its sha256 checked when the address carries it', async () => {
    const body = packText('2.0.0');
    routes = { '/p.json': { body } };
    const ok = await check('--pack', `${base}/p.json#sha256=${sha(body)}`, '--allow-http');
    expect(versionUsed(ok)).toBe('2.0.0');
    expect(ok.err).toBe('');
    const bad = await check('--pack', `${base}/p.json#sha256=${sha('x')}`, '--allow-http');
    expect(versionUsed(bad)).toBe('2.0.0');
    expect(bad.err).toMatch(/mã sha256 không khớp.*dùng bản đã lưu nq16-so-ket-3-nam 2\.0\.0/);
  });
  test('without a saved copy a failure stops with one clear line', async () => {
    routes = {};
    const r = await check('--pack', `${base}/khong-co.json`, '--allow-http');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/khong-co\.json: máy chủ trả lời 404 \(không có tệp này\); chưa có bản nào đã lưu/)]);
  });
});

describe('decuong pack publish', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decuong-publish-'));
    mkdirSync(join(dir, 'goi'));
    writeFileSync(join(dir, 'goi', 'nq16.json'), packText('1.3.0'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('writes packs.json: id, version, title, url, sha256 of the bytes, publication date kept while the pack is unchanged', async () => {
    const r = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2024-07-01', '--out', join(dir, 'packs.json')]);
    expect(r.code).toBe(0);
    const index = JSON.parse(r.written[join(dir, 'packs.json')]);
    expect(index.packs).toEqual([{ id: 'nq16-so-ket-3-nam', version: '1.3.0', title: NQ16.title, url: 'https://ntm.quangtri.gov.vn/goi-mau/nq16.json', sha256: sha(packText('1.3.0')), published: '2024-07-01' }]);
    writeFileSync(join(dir, 'packs.json'), r.written[join(dir, 'packs.json')]);
    const again = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2024-09-01', '--out', join(dir, 'packs.json')]);
    expect(JSON.parse(again.written[join(dir, 'packs.json')]).packs[0].published).toBe('2024-07-01');
    writeFileSync(join(dir, 'goi', 'nq16.json'), packText('1.4.0'));
    const changed = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2024-09-01', '--out', join(dir, 'packs.json')]);
    expect(JSON.parse(changed.written[join(dir, 'packs.json')]).packs[0]).toMatchObject({ version: '1.4.0', published: '2024-09-01' });
  });

  test('an http:// base, an invalid pack or two packs with one id: one line each, nothing written', async () => {
    const http = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'http://ntm.quangtri.gov.vn/']);
    expect(http.code).toBe(2);
    expect(http.err).toMatch(/chỉ nhận địa chỉ https:\/\//);
    writeFileSync(join(dir, 'goi', 'hong.json'), '{"id": "Sai"}');
    writeFileSync(join(dir, 'goi', 'nq16-ban-sao.json'), packText('1.3.1'));
    const r = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/']);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/hong\.json: /);
    expect(lines[1]).toMatch(/nq16\.json: trùng mã mẫu báo cáo "nq16-so-ket-3-nam" với tệp .*nq16-ban-sao\.json \(giữ một tệp cho mỗi mẫu\)/);
    expect(Object.keys(r.written)).toEqual([]);
  });

  test('a pack changed under the version built in or published before is written, and said (walk58, item 4)', async () => {
    const changed = JSON.parse(packText(NQ16.version));
    changed.indicators.find((i: { id: string }) => i.id === 'lao-dong-dao-tao').target = { comparator: 'at-least', value: 75 };
    writeFileSync(join(dir, 'goi', 'nq16.json'), JSON.stringify(changed));
    const r = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2024-09-01', '--out', join(dir, 'packs.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`! nq16-so-ket-3-nam: nội dung khác bản đã có cùng phiên bản ${NQ16.version} — tăng "version"`);
    // (… not a pack the same as the built-in one, nor a changed one under a new version)
    writeFileSync(join(dir, 'goi', 'nq16.json'), packText(NQ16.version));
    expect((await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--out', join(dir, 'packs.json')])).err).not.toMatch(/nội dung khác/);
    writeFileSync(join(dir, 'goi', 'nq16.json'), JSON.stringify({ ...changed, version: '9.0.0' }));
    expect((await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--out', join(dir, 'packs.json')])).err).not.toMatch(/nội dung khác/);
  });

  test('an older version published over a newer one is written, and said (walk56, item 3)', async () => {
    writeFileSync(join(dir, 'goi', 'nq16.json'), packText('1.4.1'));
    const first = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2024-09-01', '--out', join(dir, 'packs.json')]);
    expect(first.err).not.toMatch(/cũ hơn/);
    writeFileSync(join(dir, 'packs.json'), first.written[join(dir, 'packs.json')]);
    writeFileSync(join(dir, 'goi', 'nq16.json'), packText('1.4.0'));
    const back = await cli(['pack', 'publish', join(dir, 'goi'), '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2024-09-02', '--out', join(dir, 'packs.json')]);
    expect(back.code).toBe(0);
    expect(back.err).toMatch(/! nq16-so-ket-3-nam: mục lục trước công bố phiên bản 1\.4\.1, nay công bố phiên bản 1\.4\.0 \(cũ hơn\)/);
    expect(JSON.parse(back.written[join(dir, 'packs.json')]).packs[0].version).toBe('1.4.0');
  });
});

describe('decuong summary --pack-source', () => {
  test('the published pack is the one the summary uses and names', async () => {
    publish('1.7.0');
    const r = await cli(['summary', REPORT, '--format', 'csv', '--cache', cache, '--pack-source', `${base}/goi-mau/packs.json`, '--allow-http']);
    expect(r.code).toBe(0);
    expect(r.out.split('\r\n')[1]).toContain('(nq16-so-ket-3-nam 1.7.0)",');
  });
});

describe('decuong check --pack-source on this machine (walk55: the office tries its round\'s packs before they are on the web)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decuong-local-'));
    writeFileSync(join(dir, 'nq16.json'), packText('1.3.91'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a folder of pack files: its packs join the built-in ones, no cache, no address', async () => {
    const r = await check('--pack-source', dir);
    expect(r.err).toBe('');
    expect(versionUsed(r)).toBe('1.3.91');
  });
  test('the packs.json `pack publish` wrote, its entries\' web addresses read as the files beside it, their sha256 checked', async () => {
    const pub = await cli(['pack', 'publish', dir, '--base-url', 'https://ntm.quangtri.gov.vn/goi-mau', '--date', '2026-12-01', '--out', join(dir, 'packs.json')]);
    writeFileSync(join(dir, 'packs.json'), pub.written[join(dir, 'packs.json')]);
    for (const source of [join(dir, 'packs.json'), dir]) {
      const r = await check('--pack-source', source);
      expect(r.err).toBe('');
      expect(versionUsed(r)).toBe('1.3.91');
    }
    writeFileSync(join(dir, 'nq16.json'), packText('1.3.92'));
    const changed = await check('--pack-source', dir);
    expect(changed.code).toBe(2);
    expect(changed.err).toMatch(/^decuong: --pack-source ".*": nq16-so-ket-3-nam: mã sha256 không khớp/u);
  });
  test('no such folder, or a folder with no pack: one line that says what is needed', async () => {
    const none = await check('--pack-source', join(dir, 'khong-co'));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/không tìm thấy thư mục hay tệp này \(cần địa chỉ https:\/\/…\/packs\.json, thư mục mẫu hoặc tệp packs\.json\)/u);
    rmSync(join(dir, 'nq16.json'));
    const empty = await check('--pack-source', dir);
    expect(empty.err).toMatch(/thư mục không có tệp mẫu báo cáo \(\.json\) nào/u);
    expect(empty.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('pack list and skeleton with --pack-source (walk56, item 5)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decuong-list-'));
    writeFileSync(join(dir, 'tinh-2026.json'), JSON.stringify({ ...NQ16, id: 'tinh-rieng-2026', version: '1.0.1', title: 'Báo cáo kết quả năm 2026 của tỉnh' }, null, 2));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('pack list names the province\'s pack beside the built-in ones; without the source it does not', async () => {
    const r = await cli(['pack', 'list', '--pack-source', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tinh-rieng-2026\s+1\.0\.1\s+Báo cáo kết quả năm 2026 của tỉnh/);
    expect(r.out).toMatch(/nq16-so-ket-3-nam/);
    expect((await cli(['pack', 'list'])).out).not.toMatch(/tinh-rieng-2026/);
  });

  test('skeleton writes the outline of a pack the source gives, named by its id', async () => {
    const out = join(dir, 'khung.docx');
    const r = await cli(['skeleton', '--pack', 'tinh-rieng-2026', '--pack-source', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/đề cương tinh-rieng-2026 1\.0\.1/);
    expect(r.written[out]).toBeDefined();
  });
});
