/**
 * Packs published by URL, without any environment: the index packs.json (src/packs/published.ts) is fetched,
 * each pack's newest version picked, its address (HTTPS only), size, sha256 and schema checked, and the
 * decision made: use the new one, or keep the last good one and say why in one line. The network, sha256 and
 * the store of last good packs are given by the caller, so the command line (Node) and the task pane and the
 * web page (browser: src/taskpane/packSource.ts) share every rule and every reason.
 */
import type { Pack } from './schema';
import type { Lang, PackResult } from './validate';
import type { PublishedPack } from './published';
import { compareVersions } from './versions';
import { loadValidator, validator } from './validator';

// This module is compiled without the DOM and Node libraries (tsconfig.core.json); both have these globals.
declare const URL: new (url: string, base?: string) => { protocol: string; hostname: string; href: string; hash: string; host: string };
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(b: Uint8Array): string };

export const SOURCE_LIMITS = { pack: 5 * 1024 * 1024, index: 1024 * 1024, timeoutMs: 20_000 };

/** What is used of a fetch Response (the web's fetch, in Node and in browsers). */
export interface ResponseLike {
  ok: boolean;
  status: number;
  /** The address after redirects ('' when unknown). */
  url: string;
  headers: { get(name: string): string | null };
  body: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> }; cancel(): Promise<void> } | null;
}

/**
 * Fetches one address. It must give up after `timeoutMs` with an error named 'TimeoutError' (or 'AbortError');
 * any other error is a connection failure (its `cause.code`, e.g. ECONNREFUSED, is shown when there is one).
 */
export type FetchLike = (url: string, o: { timeoutMs: number }) => Promise<ResponseLike>;

/** A pack as kept after it passed every check: its text, exactly as fetched, and where and when it came from. */
export interface KeptPack {
  id: string;
  version: string;
  title: string;
  sha256: string;
  url: string;
  /** ISO time it was fetched. */
  fetched: string;
  text: string;
}

/** Where the last good packs of each source are kept (a folder, localStorage, IndexedDB…). */
export interface PackStore {
  list(source: string): KeptPack[] | Promise<KeptPack[]>;
  put(source: string, kept: KeptPack): void | Promise<void>;
}

export interface SourceDeps {
  fetch: FetchLike;
  /** Lower-case hex sha256 of the bytes. */
  sha256(bytes: Uint8Array): Promise<string>;
  store: PackStore;
  now?: () => Date;
}

export interface SourceOptions {
  lang: Lang;
  /** Accept http://: true for any host (the CLI's --allow-http), 'loopback' for this machine only, 127.0.0.1 or [::1] (development, tests). */
  allowHttp?: boolean | 'loopback';
  /** Words for the task pane and the web page (no command-line option named). */
  app?: boolean;
  maxPackBytes?: number;
  maxIndexBytes?: number;
  timeoutMs?: number;
}

/** A pack in use, and where it came from. */
export interface SourcePack {
  pack: Pack;
  kept: KeptPack;
  /** Fetched by this refresh (false: the last good copy). */
  fresh: boolean;
}

export interface SourceProblem {
  /** "" for the index, else the pack's id and version as the index names them. */
  what: string;
  /** Why, in one line (no full stop), in both languages. */
  reason: Said;
  /** The last good version used instead, if any. */
  instead?: KeptPack;
}

export interface SourceOutcome {
  source: string;
  packs: SourcePack[];
  problems: SourceProblem[];
  /** Versions newer than the one kept before, arrived by this refresh. */
  newer: Array<{ id: string; title: string; version: string; was: string }>;
  /** The index was read (false: unreachable, refused or malformed). */
  indexRead: boolean;
  at: string;
}

/** A line in both languages. */
export interface Said { vi: string; en: string }

/** A failure with the words that say why, in both languages (`message` is the Vietnamese). */
export class Why extends Error {
  constructor(readonly said: Said) {
    super(said.vi);
  }
}

const words = (lang: Lang) => {
  const vi = lang === 'vi';
  return {
    badUrl: vi ? 'không phải địa chỉ web hợp lệ' : 'not a valid web address',
    httpsOnly: vi ? 'chỉ nhận địa chỉ https:// (http:// chỉ dùng khi thử nghiệm, với --allow-http)' : 'only https:// addresses are accepted (http:// only for development, with --allow-http)',
    httpsOnlyLocal: vi ? 'chỉ nhận địa chỉ https:// (http:// chỉ dùng khi thử nghiệm trên chính máy này)' : 'only https:// addresses are accepted (http:// only for development on this machine)',
    timeout: (s: number) => (vi ? `quá ${s} giây không trả lời` : `no answer within ${s} s`),
    connect: (code: string) => (vi ? `không kết nối được (${code})` : `cannot connect (${code})`),
    connectNoCode: vi ? 'không kết nối được (mất mạng, sai địa chỉ, hoặc máy chủ không cho phép tải từ trang này)' : 'cannot connect (no network, a wrong address, or the server does not allow this page to fetch it)',
    status: (n: number) => (vi ? `máy chủ trả lời ${n}${n === 404 ? ' (không có tệp này)' : ''}` : `the server answered ${n}`),
    tooLarge: (max: number) => (vi ? `tệp lớn quá ${Math.round(max / 1024)} KB cho phép` : `larger than the ${Math.round(max / 1024)} KB allowed`),
    notUtf8: vi ? 'tệp không phải văn bản UTF-8' : 'the file is not UTF-8 text',
    indexJson: (m: string) => (vi ? `mục lục packs.json không phải JSON hợp lệ (${m})` : `the packs.json index is not valid JSON (${m})`),
    indexShape: (at: string, m: string) => (vi ? `mục lục packs.json sai cấu trúc ở ${at || '(gốc)'}: ${m}` : `the packs.json index is malformed at ${at || '(root)'}: ${m}`),
    invalid: (at: string, m: string, more: number) =>
      `${vi ? 'mẫu báo cáo không hợp lệ' : 'invalid pack'}: ${at || '(tệp)'}: ${m}${more ? (vi ? ` (và ${more} lỗi khác)` : ` (and ${more} more)`) : ''}`,
    hash: (want: string, got: string) => (vi ? `mã sha256 không khớp với mục lục (mục lục ghi ${want.slice(0, 12)}…, tệp có ${got.slice(0, 12)}…)` : `sha256 does not match the index (index ${want.slice(0, 12)}…, file ${got.slice(0, 12)}…)`),
    notNamed: (got: string, want: string) => (vi ? `tệp là ${got}, mục lục ghi ${want}` : `the file is ${got}, the index says ${want}`),
  };
};

type Words = ReturnType<typeof words>;
const why = (f: (w: Words) => string) => new Why({ vi: f(words('vi')), en: f(words('en')) });

/** The failures a caller with its own flow (the CLI) raises itself, in the same words. */
export const failure = {
  hash: (want: string, got: string) => why((w) => w.hash(want, got)),
  notNamed: (got: string, want: string) => why((w) => w.notNamed(got, want)),
};

/** This machine, by address (a development server of packs; a production page never names it). */
const loopback = (host: string) => /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';

/** The address, if it may be fetched: HTTPS, or HTTP when allowed. */
export function checkUrl(raw: string, o: Pick<SourceOptions, 'allowHttp' | 'app'>) {
  let u: InstanceType<typeof URL>;
  try {
    u = new URL(raw);
  } catch {
    throw why((w) => w.badUrl);
  }
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && (o.allowHttp === true || (o.allowHttp === 'loopback' && loopback(u.hostname)))) return u;
  throw why((w) => (o.app ? w.httpsOnlyLocal : w.httpsOnly));
}

/** The bytes at an address, at most `max` of them; every failure a Why. */
export async function download(fetch: FetchLike, url: string, max: number, o: Omit<SourceOptions, 'lang'>): Promise<Uint8Array> {
  const timeoutMs = o.timeoutMs ?? SOURCE_LIMITS.timeoutMs;
  // the network's own errors (refused, cut, timed out), before or while the body comes
  const failed = (e: unknown) => {
    if (e instanceof Why) return e;
    const err = e as Error & { cause?: { code?: string } };
    if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return why((w) => w.timeout(timeoutMs / 1000));
    const code = err?.cause?.code;
    return why((w) => (code ? w.connect(code) : w.connectNoCode));
  };
  let res: ResponseLike;
  try {
    res = await fetch(url, { timeoutMs });
  } catch (e) {
    throw failed(e);
  }
  // a redirect may not leave HTTPS
  checkUrl(res.url || url, o);
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw why((w) => w.status(res.status));
  }
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel().catch(() => {});
    throw why((w) => w.tooLarge(max));
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      let next: { done: boolean; value?: Uint8Array };
      try {
        next = await reader.read();
      } catch (e) {
        throw failed(e);
      }
      if (next.done || !next.value) break;
      size += next.value.length;
      if (size > max) {
        await reader.cancel().catch(() => {});
        throw why((w) => w.tooLarge(max));
      }
      chunks.push(next.value);
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The bytes as UTF-8 text (a pack or an index is never anything else). */
export function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw why((w) => w.notUtf8);
  }
}

/** The pack in the text, validated like `decuong pack validate`; the first problem (and how many more) as the reason. */
export function parsePack(text: string): Pack {
  const { validatePackText } = validator();
  const vi = validatePackText(text, 'vi');
  if (vi.ok) return vi.pack;
  const en = validatePackText(text, 'en');
  const first = (r: PackResult) => (r.ok ? { path: '', message: '' } : r.problems[0]);
  const more = vi.problems.length - 1;
  throw new Why({ vi: words('vi').invalid(first(vi).path, first(vi).message, more), en: words('en').invalid(first(en).path, first(en).message, more) });
}

/** The index's entries, one per pack id (its newest version). */
export function parseIndex(text: string): PublishedPack[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw why((w) => w.indexJson((e as Error).message.split('\n')[0]));
  }
  const r = validator().PackIndex.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0];
    throw why((w) => w.indexShape(i.path.join('.'), i.message));
  }
  return newestOfEach(r.data.packs);
}

/** One entry per pack id: its highest version (the first listed among equals), in the index's order. */
export function newestOfEach(entries: PublishedPack[]): PublishedPack[] {
  const best = new Map<string, PublishedPack>();
  for (const e of entries) {
    const b = best.get(e.id);
    if (!b || compareVersions(e.version, b.version) > 0) best.set(e.id, e);
  }
  return [...best.values()];
}

/** The last good packs kept for a source, each validated again (one that no longer validates is left out). */
export async function lastGood(source: string, deps: Pick<SourceDeps, 'store'>): Promise<SourcePack[]> {
  await loadValidator();
  return usable(await deps.store.list(source));
}

/** The kept packs that still validate (synchronous, for a store that is; the validator loaded before — loadValidator). */
export function usable(kept: KeptPack[]): SourcePack[] {
  const out: SourcePack[] = [];
  // (not loaded is the program's mistake, said aloud: not every kept pack left out as no longer valid)
  if (kept.length) validator();
  for (const k of kept) {
    try {
      out.push({ pack: parsePack(k.text), kept: k, fresh: false });
    } catch {
      /* no longer valid (the schema changed): not used */
    }
  }
  return out;
}

/**
 * Fetch the source's index and its packs, and decide pack by pack: the new version, or the last good one and
 * why. A pack whose sha256 is the one kept is not fetched again. Never throws for what the network or the
 * secretariat's files do: every such failure is a problem in the outcome.
 */
export async function refreshSource(source: string, deps: SourceDeps, o: Omit<SourceOptions, 'lang'>): Promise<SourceOutcome> {
  await loadValidator();
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();
  const before = await lastGood(source, deps);
  const outcome: SourceOutcome = { source, packs: [], problems: [], newer: [], indexRead: false, at: now() };
  let entries: PublishedPack[];
  let base: string;
  try {
    base = checkUrl(source, o).href;
    entries = parseIndex(utf8(await download(deps.fetch, base, o.maxIndexBytes ?? SOURCE_LIMITS.index, o)));
  } catch (e) {
    if (!(e instanceof Why)) throw e;
    outcome.problems.push({ what: '', reason: e.said });
    outcome.packs = before;
    return outcome;
  }
  outcome.indexRead = true;
  for (const entry of entries) {
    const last = before.find((b) => b.pack.id === entry.id);
    if (last && last.kept.sha256 === entry.sha256) {
      outcome.packs.push(last); // unchanged: no download
      continue;
    }
    try {
      const url = checkUrl(new URL(entry.url, base).href, o).href;
      const bytes = await download(deps.fetch, url, o.maxPackBytes ?? SOURCE_LIMITS.pack, o);
      const got = await deps.sha256(bytes);
      if (got !== entry.sha256) throw why((w) => w.hash(entry.sha256, got));
      const text = utf8(bytes);
      const pack = parsePack(text);
      if (pack.id !== entry.id || pack.version !== entry.version) throw why((w) => w.notNamed(`${pack.id} ${pack.version}`, `${entry.id} ${entry.version}`));
      const kept: KeptPack = { id: pack.id, version: pack.version, title: pack.title, sha256: got, url, fetched: now(), text };
      await deps.store.put(source, kept);
      if (last && compareVersions(pack.version, last.pack.version) > 0) outcome.newer.push({ id: pack.id, title: pack.title, version: pack.version, was: last.pack.version });
      outcome.packs.push({ pack, kept, fresh: true });
    } catch (e) {
      if (!(e instanceof Why)) throw e;
      outcome.problems.push({ what: `${entry.id} ${entry.version}`, reason: e.said, instead: last?.kept });
      if (last) outcome.packs.push(last);
    }
  }
  // a pack the index no longer lists stays in the store, but is not offered
  return outcome;
}

/** "14:05 30/11/2026" (vi) or "2026-11-30 14:05" (en), local time. */
export function when(iso: string, lang: Lang): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return lang === 'en'
    ? `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
    : `${p(d.getHours())}:${p(d.getMinutes())} ${d.getDate()}/${d.getMonth() + 1}/${d.getFullYear()}`;
}

/** One problem in one line: what, why, and what is used instead. */
export function problemLine(p: SourceProblem, using: SourcePack[], lang: Lang): string {
  const vi = lang === 'vi';
  const reason = p.reason[lang];
  if (!p.what) {
    if (!using.length) return vi ? `${reason}; chưa có mẫu báo cáo nào đã lưu từ nguồn này` : `${reason}; no pack from this source saved yet`;
    const list = using.map((k) => `${k.pack.id} ${k.pack.version}`).join(', ');
    return vi ? `${reason}; dùng ${using.length} mẫu báo cáo đã lưu (${list})` : `${reason}; using ${using.length} saved packs (${list})`;
  }
  if (p.instead) return vi ? `${p.what}: ${reason}; dùng bản đã lưu ${p.instead.version} (tải lúc ${when(p.instead.fetched, lang)})` : `${p.what}: ${reason}; using the saved ${p.instead.version} (fetched ${when(p.instead.fetched, lang)})`;
  return vi ? `${p.what}: ${reason}; bỏ qua mẫu báo cáo này (chưa có bản đã lưu)` : `${p.what}: ${reason}; pack skipped (no saved copy)`;
}
