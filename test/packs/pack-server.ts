/**
 * A local HTTP server that publishes packs as a secretariat's site would (packs.json and the pack files), for
 * the pack-source tests of the shared module and of the task pane. A test changes what it serves.
 */
import { createHash, webcrypto } from 'crypto';
import { createServer, get, type Server } from 'http';
import type { AddressInfo } from 'net';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { FetchLike, KeptPack, PackStore } from '../../src/packs/source';

export const NQ16 = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'packs', 'builtin', 'nq16-so-ket-3-nam.json'), 'utf8'));
export const packText = (version: string, extra: Record<string, unknown> = {}) => JSON.stringify({ ...NQ16, version, ...extra }, null, 2);
export const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

export class PackServer {
  /** What the server answers, path by path; `hang` never answers, `stall` sends half the body and stops. */
  routes: Record<string, { status?: number; body: string | Buffer; hang?: boolean; stall?: boolean }> = {};
  requests: string[] = [];
  private server?: Server;
  base = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? '');
      const r = this.routes[req.url ?? ''];
      if (r?.hang) return;
      res.writeHead(r ? (r.status ?? 200) : 404, { 'content-type': 'application/json' });
      if (r?.stall) return void res.write(r.body.slice(0, Math.floor(r.body.length / 2)));
      res.end(r ? r.body : 'not found');
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop() {
    this.server?.closeAllConnections();
    await new Promise((ok) => this.server?.close(ok));
  }

  get index() {
    return `${this.base}/goi-mau/packs.json`;
  }

  /** packs.json naming one version of nq16 (the hash of `body` unless given) and that file. */
  publish(version: string, body = packText(version), hash = sha(body)) {
    this.routes = {
      '/goi-mau/packs.json': { body: JSON.stringify({ packs: [{ id: 'nq16-so-ket-3-nam', version, title: NQ16.title, url: `nq16-${version}.json`, sha256: hash, published: '2024-07-01' }] }) },
      [`/goi-mau/nq16-${version}.json`]: { body },
    };
  }
}

/** An address on this machine where nothing listens. */
export async function deadAddress(): Promise<string> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as AddressInfo).port;
  await new Promise((ok) => s.close(ok));
  return `http://127.0.0.1:${port}/goi-mau/packs.json`;
}

/**
 * fetch over Node's http module, answering like the web's fetch (status, headers, a body read in chunks; a
 * refused connection is a TypeError whose cause has the code): jsdom has no fetch of its own.
 */
export const httpFetch: FetchLike = (url, { timeoutMs }) =>
  new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      const queue: Buffer[] = [];
      let ended = false;
      let wake: (() => void) | undefined;
      res.on('data', (c: Buffer) => { queue.push(c); wake?.(); });
      res.on('end', () => { ended = true; wake?.(); });
      const reader = {
        async read(): Promise<{ done: boolean; value?: Uint8Array }> {
          while (!queue.length && !ended) await new Promise<void>((ok) => (wake = ok));
          const c = queue.shift();
          return c ? { done: false, value: new Uint8Array(c) } : { done: true };
        },
        async cancel() { res.destroy(); },
      };
      resolve({
        ok: (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300, status: res.statusCode ?? 0, url,
        headers: { get: (n: string) => (res.headers[n.toLowerCase()] as string | undefined) ?? null },
        body: { getReader: () => reader, cancel: reader.cancel },
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
    req.on('error', (e: Error & { code?: string }) => reject(e.name === 'TimeoutError' ? e : Object.assign(new TypeError('fetch failed'), { cause: { code: e.code } })));
  });

/** A store of last good packs in memory. */
export function memoryStore(): PackStore & { kept: Map<string, KeptPack[]> } {
  const kept = new Map<string, KeptPack[]>();
  return {
    kept,
    list: (source) => kept.get(source) ?? [],
    put: (source, k) => void kept.set(source, [k, ...(kept.get(source) ?? []).filter((x) => x.id !== k.id)]),
  };
}

/** What the browser side is given in the tests: fetch over the local server, sha256 by WebCrypto (as in a browser). */
export const browserLikeDeps = { fetch: httpFetch, sha256: async (b: Uint8Array) => Buffer.from(await webcrypto.subtle.digest('SHA-256', b)).toString('hex') };
