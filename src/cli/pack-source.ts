/**
 * Packs fetched from the secretariat's site: `--pack URL` (one pack) and `--pack-source URL` (an index,
 * packs.json, see src/packs/published.ts). HTTPS only (plain HTTP only with --allow-http, for development
 * and tests), a size limit, the sha256 of the index checked, the zod schema. Every good pack is kept in a
 * cache; on any failure the last good version is used and the reason is said in one line.
 */
import { createHash } from 'crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, renameSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';
import type { Pack } from '../packs/schema';
import { validatePackText, type Lang } from '../packs/validate';
import { PackIndex, compareVersions, type PublishedPack } from '../packs/published';
import { CliError } from './io';

export interface SourceOptions {
  lang: Lang;
  /** Where good packs are kept (default: $DECUONG_CACHE, $XDG_CACHE_HOME/decuong or ~/.cache/decuong). */
  cacheDir?: string;
  /** Accept http:// (development and tests only). */
  allowHttp?: boolean;
  maxPackBytes?: number;
  maxIndexBytes?: number;
  timeoutMs?: number;
  /** One line for the user (standard error). */
  say: (line: string) => void;
}

export const LIMITS = { pack: 5 * 1024 * 1024, index: 1024 * 1024, timeoutMs: 20_000 };

/** A failure with the words that say why. */
class Why extends Error {}

export function defaultCacheDir(): string {
  return process.env.DECUONG_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'decuong');
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const key = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 16);

function checkUrl(raw: string, o: SourceOptions): URL {
  const vi = o.lang === 'vi';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Why(vi ? 'không phải địa chỉ web hợp lệ' : 'not a valid web address');
  }
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && o.allowHttp) return u;
  throw new Why(vi ? 'chỉ nhận địa chỉ https:// (http:// chỉ dùng khi thử nghiệm, với --allow-http)' : 'only https:// addresses are accepted (http:// only for development, with --allow-http)');
}

async function download(url: URL, max: number, o: SourceOptions): Promise<Uint8Array> {
  const vi = o.lang === 'vi';
  const timeout = o.timeoutMs ?? LIMITS.timeoutMs;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeout), redirect: 'follow' });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new Why(vi ? `quá ${timeout / 1000} giây không trả lời` : `no answer within ${timeout / 1000} s`);
    const code = err.cause?.code ?? err.message;
    throw new Why(vi ? `không kết nối được (${code})` : `cannot connect (${code})`);
  }
  // a redirect may not leave HTTPS
  checkUrl(res.url || url.href, o);
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new Why(vi ? `máy chủ trả lời ${res.status}${res.status === 404 ? ' (không có tệp này)' : ''}` : `the server answered ${res.status}`);
  }
  const tooLarge = () => new Why(vi ? `tệp lớn quá ${Math.round(max / 1024)} KB cho phép` : `larger than the ${Math.round(max / 1024)} KB allowed`);
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function parsePack(bytes: Uint8Array, o: SourceOptions): Pack {
  const r = validatePackText(Buffer.from(bytes).toString('utf8'), o.lang);
  if (!r.ok) {
    const first = r.problems[0];
    const more = r.problems.length > 1 ? (o.lang === 'vi' ? ` (và ${r.problems.length - 1} lỗi khác)` : ` (and ${r.problems.length - 1} more)`) : '';
    throw new Why(`${o.lang === 'vi' ? 'mẫu báo cáo không hợp lệ' : 'invalid pack'}: ${first.path || '(tệp)'}: ${first.message}${more}`);
  }
  return r.pack;
}

interface Kept { version: string; sha256: string; url: string; fetched: string }

function keep(dir: string, name: string, bytes: Uint8Array, meta: Kept) {
  mkdirSync(dir, { recursive: true });
  // written beside, then moved: a cut-off write never replaces the last good file
  writeFileSync(join(dir, `${name}.json.tmp`), bytes);
  renameSync(join(dir, `${name}.json.tmp`), join(dir, `${name}.json`));
  writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify(meta, null, 2));
}

function kept(dir: string, name: string, o: SourceOptions): { pack: Pack; meta: Kept } | undefined {
  try {
    const bytes = readFileSync(join(dir, `${name}.json`));
    const meta = JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8')) as Kept;
    return { pack: parsePack(bytes, o), meta };
  } catch {
    return undefined;
  }
}

const when = (iso: string, lang: Lang) => {
  const d = new Date(iso);
  return lang === 'en' ? d.toISOString().replace('T', ' ').slice(0, 16) : `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')} ${d.toLocaleDateString('vi-VN')}`;
};

function fallback(what: string, why: string, last: { pack: Pack; meta: Kept } | undefined, o: SourceOptions): Pack {
  const vi = o.lang === 'vi';
  if (!last) throw new CliError(vi ? `${what}: ${why}; chưa có bản nào đã lưu để dùng thay` : `${what}: ${why}; no saved copy to use instead`);
  o.say(vi ? `${what}: ${why}; dùng bản đã lưu ${last.pack.id} ${last.pack.version} (tải lúc ${when(last.meta.fetched, o.lang)})` : `${what}: ${why}; using the saved ${last.pack.id} ${last.pack.version} (fetched ${when(last.meta.fetched, o.lang)})`);
  return last.pack;
}

/** `--pack URL`: one pack; `#sha256=HEX` at the end of the address is checked when given. */
export async function packFromUrl(raw: string, o: SourceOptions): Promise<Pack> {
  const vi = o.lang === 'vi';
  const dir = join(o.cacheDir ?? defaultCacheDir(), `url-${key(raw.replace(/#.*$/, ''))}`);
  const last = kept(dir, 'pack', o);
  try {
    const url = checkUrl(raw, o);
    const want = /(?:^|&)sha256=([0-9a-f]{64})$/i.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = '';
    const bytes = await download(url, o.maxPackBytes ?? LIMITS.pack, o);
    const got = sha256(bytes);
    if (want && got !== want) throw new Why(vi ? `mã sha256 không khớp (mong đợi ${want.slice(0, 12)}…, nhận ${got.slice(0, 12)}…)` : `sha256 mismatch (expected ${want.slice(0, 12)}…, got ${got.slice(0, 12)}…)`);
    const pack = parsePack(bytes, o);
    keep(dir, 'pack', bytes, { version: pack.version, sha256: got, url: url.href, fetched: new Date().toISOString() });
    if (last && compareVersions(pack.version, last.pack.version) > 0) o.say(vi ? `${raw}: có phiên bản mới ${pack.id} ${pack.version} (trước: ${last.pack.version})` : `${raw}: newer version ${pack.id} ${pack.version} (was ${last.pack.version})`);
    return pack;
  } catch (e) {
    if (!(e instanceof Why)) throw e;
    return fallback(raw, e.message, last, o);
  }
}

/** `--pack-source URL`: every pack of the index, each checked against its sha256; the last good ones on failure. */
export async function packsFromSource(raw: string, o: SourceOptions): Promise<Pack[]> {
  const vi = o.lang === 'vi';
  const dir = join(o.cacheDir ?? defaultCacheDir(), `source-${key(raw)}`);
  const lastAll = () => {
    const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.meta.json')).map((f) => f.slice(0, -'.meta.json'.length)) : [];
    return names.map((n) => kept(dir, n, o)).filter((x): x is NonNullable<typeof x> => !!x);
  };
  let entries: PublishedPack[];
  let base: URL;
  try {
    base = checkUrl(raw, o);
    const bytes = await download(base, o.maxIndexBytes ?? LIMITS.index, o);
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (e) {
      throw new Why(vi ? `mục lục packs.json không phải JSON hợp lệ (${(e as Error).message.split('\n')[0]})` : `the packs.json index is not valid JSON (${(e as Error).message.split('\n')[0]})`);
    }
    const r = PackIndex.safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new Why(vi ? `mục lục packs.json sai cấu trúc ở ${i.path.join('.') || '(gốc)'}: ${i.message}` : `the packs.json index is malformed at ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
    entries = r.data.packs;
  } catch (e) {
    if (!(e instanceof Why)) throw e;
    const all = lastAll();
    if (!all.length) throw new CliError(vi ? `${raw}: ${e.message}; chưa có bản nào đã lưu để dùng thay` : `${raw}: ${e.message}; no saved copy to use instead`);
    o.say(vi ? `${raw}: ${e.message}; dùng ${all.length} mẫu báo cáo đã lưu (${all.map((x) => `${x.pack.id} ${x.pack.version}`).join(', ')})` : `${raw}: ${e.message}; using ${all.length} saved packs (${all.map((x) => `${x.pack.id} ${x.pack.version}`).join(', ')})`);
    return all.map((x) => x.pack);
  }
  const packs: Pack[] = [];
  for (const entry of entries) {
    const last = kept(dir, entry.id, o);
    if (last && last.meta.sha256 === entry.sha256) {
      packs.push(last.pack); // unchanged: no download
      continue;
    }
    const what = `${raw}: ${entry.id} ${entry.version}`;
    try {
      const url = checkUrl(new URL(entry.url, base).href, o);
      const bytes = await download(url, o.maxPackBytes ?? LIMITS.pack, o);
      const got = sha256(bytes);
      if (got !== entry.sha256) throw new Why(vi ? `mã sha256 không khớp với mục lục (mục lục ghi ${entry.sha256.slice(0, 12)}…, tệp có ${got.slice(0, 12)}…)` : `sha256 does not match the index (index ${entry.sha256.slice(0, 12)}…, file ${got.slice(0, 12)}…)`);
      const pack = parsePack(bytes, o);
      if (pack.id !== entry.id || pack.version !== entry.version)
        throw new Why(vi ? `tệp là ${pack.id} ${pack.version}, mục lục ghi ${entry.id} ${entry.version}` : `the file is ${pack.id} ${pack.version}, the index says ${entry.id} ${entry.version}`);
      keep(dir, entry.id, bytes, { version: pack.version, sha256: got, url: url.href, fetched: new Date().toISOString() });
      if (last && compareVersions(pack.version, last.pack.version) > 0) o.say(vi ? `${raw}: có phiên bản mới ${pack.id} ${pack.version} (trước: ${last.pack.version})` : `${raw}: newer version ${pack.id} ${pack.version} (was ${last.pack.version})`);
      packs.push(pack);
    } catch (e) {
      if (!(e instanceof Why)) throw e;
      if (last) packs.push(fallback(what, e.message, last, o));
      else o.say(vi ? `${what}: ${e.message}; bỏ qua mẫu báo cáo này (chưa có bản đã lưu)` : `${what}: ${e.message}; pack skipped (no saved copy)`);
    }
  }
  return packs;
}
