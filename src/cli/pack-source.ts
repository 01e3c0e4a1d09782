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
import type { Lang } from '../packs/validate';
import { compareVersions, type PublishedPack } from '../packs/published';
import { Why, failure, checkUrl as checkAddress, download as fetchBytes, parseIndex, parsePack as parsePackText, utf8, SOURCE_LIMITS, type FetchLike } from '../packs/source';
import { loadValidator } from '../packs/validator';
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

export const LIMITS = SOURCE_LIMITS;

export function defaultCacheDir(): string {
  return process.env.DECUONG_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'decuong');
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const key = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 16);

// The rules and the reasons are src/packs/source.ts's, shared with the task pane and the web page.
const nodeFetch: FetchLike = (url, { timeoutMs }) => fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
const checkUrl = (raw: string, o: SourceOptions) => checkAddress(raw, { allowHttp: !!o.allowHttp });
const download = (url: URL, max: number, o: SourceOptions) => fetchBytes(nodeFetch, url.href, max, { allowHttp: !!o.allowHttp, timeoutMs: o.timeoutMs });
const parsePack = (bytes: Uint8Array): Pack => parsePackText(utf8(bytes));
/** The reason of a failure of the shared module, in the user's language; anything else is thrown on. */
const reason = (e: unknown, o: SourceOptions): string => {
  if (e instanceof Why) return e.said[o.lang];
  throw e;
};

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
    return { pack: parsePack(bytes), meta };
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
  await loadValidator();
  const vi = o.lang === 'vi';
  const dir = join(o.cacheDir ?? defaultCacheDir(), `url-${key(raw.replace(/#.*$/, ''))}`);
  const last = kept(dir, 'pack', o);
  try {
    const url = new URL(checkUrl(raw, o).href);
    const want = /(?:^|&)sha256=([0-9a-f]{64})$/i.exec(url.hash.slice(1))?.[1]?.toLowerCase();
    url.hash = '';
    const bytes = await download(url, o.maxPackBytes ?? LIMITS.pack, o);
    const got = sha256(bytes);
    if (want && got !== want) throw new Why({ vi: `mã sha256 không khớp (mong đợi ${want.slice(0, 12)}…, nhận ${got.slice(0, 12)}…)`, en: `sha256 mismatch (expected ${want.slice(0, 12)}…, got ${got.slice(0, 12)}…)` });
    const pack = parsePack(bytes);
    keep(dir, 'pack', bytes, { version: pack.version, sha256: got, url: url.href, fetched: new Date().toISOString() });
    if (last && compareVersions(pack.version, last.pack.version) > 0) o.say(vi ? `${raw}: có phiên bản mới ${pack.id} ${pack.version} (trước: ${last.pack.version})` : `${raw}: newer version ${pack.id} ${pack.version} (was ${last.pack.version})`);
    return pack;
  } catch (e) {
    return fallback(raw, reason(e, o), last, o);
  }
}

/** `--pack-source URL`: every pack of the index, each checked against its sha256; the last good ones on failure. */
export async function packsFromSource(raw: string, o: SourceOptions): Promise<Pack[]> {
  await loadValidator();
  const vi = o.lang === 'vi';
  const dir = join(o.cacheDir ?? defaultCacheDir(), `source-${key(raw)}`);
  const lastAll = () => {
    const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.meta.json')).map((f) => f.slice(0, -'.meta.json'.length)) : [];
    return names.map((n) => kept(dir, n, o)).filter((x): x is NonNullable<typeof x> => !!x);
  };
  let entries: PublishedPack[];
  let base: URL;
  try {
    base = new URL(checkUrl(raw, o).href);
    entries = parseIndex(utf8(await download(base, o.maxIndexBytes ?? LIMITS.index, o)));
  } catch (e) {
    const why = reason(e, o);
    const all = lastAll();
    if (!all.length) throw new CliError(vi ? `${raw}: ${why}; chưa có bản nào đã lưu để dùng thay` : `${raw}: ${why}; no saved copy to use instead`);
    o.say(vi ? `${raw}: ${why}; dùng ${all.length} mẫu báo cáo đã lưu (${all.map((x) => `${x.pack.id} ${x.pack.version}`).join(', ')})` : `${raw}: ${why}; using ${all.length} saved packs (${all.map((x) => `${x.pack.id} ${x.pack.version}`).join(', ')})`);
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
      const url = new URL(checkUrl(new URL(entry.url, base).href, o).href);
      const bytes = await download(url, o.maxPackBytes ?? LIMITS.pack, o);
      const got = sha256(bytes);
      if (got !== entry.sha256) throw failure.hash(entry.sha256, got);
      const pack = parsePack(bytes);
      if (pack.id !== entry.id || pack.version !== entry.version) throw failure.notNamed(`${pack.id} ${pack.version}`, `${entry.id} ${entry.version}`);
      keep(dir, entry.id, bytes, { version: pack.version, sha256: got, url: url.href, fetched: new Date().toISOString() });
      if (last && compareVersions(pack.version, last.pack.version) > 0) o.say(vi ? `${raw}: có phiên bản mới ${pack.id} ${pack.version} (trước: ${last.pack.version})` : `${raw}: newer version ${pack.id} ${pack.version} (was ${last.pack.version})`);
      packs.push(pack);
    } catch (e) {
      const why = reason(e, o);
      if (last) packs.push(fallback(what, why, last, o));
      else o.say(vi ? `${what}: ${why}; bỏ qua mẫu báo cáo này (chưa có bản đã lưu)` : `${what}: ${why}; pack skipped (no saved copy)`);
    }
  }
  return packs;
}
