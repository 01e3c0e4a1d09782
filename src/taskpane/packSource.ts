/**
 * Packs published by URL in the browser (task pane, reviewer web page): src/packs/source.ts given the
 * browser's fetch (with a timeout), crypto.subtle for sha256 and localStorage as the store of last good packs.
 * The source is the build's (`--env packSource=…`) unless the user set another; the last good packs are
 * there at once (offline too), then the source is read again.
 */
import { SOURCE_STORE_KEY, storage } from './rememberedPacks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Pack } from '../packs/schema';
import { compareVersions, newestPacks } from '../packs/versions';
import { checkUrl, problemLine, refreshSource, usable, when, Why, type FetchLike, type KeptPack, type SourceDeps, type SourceOutcome, type SourcePack } from '../packs/source';
import { t, type UiLang } from './i18n';

declare const __DECUONG_PACK_SOURCE__: string;
declare const __DECUONG_DEV__: boolean;

/** The source set by the build (webpack DefinePlugin, `--env packSource=URL`); '' when none. */
export const BUILD_PACK_SOURCE: string = typeof __DECUONG_PACK_SOURCE__ === 'string' ? __DECUONG_PACK_SOURCE__ : '';
/** A development build accepts http:// on this machine, 127.0.0.1 or [::1] (a local server of packs). */
const BUILD_DEV: boolean = typeof __DECUONG_DEV__ === 'boolean' ? __DECUONG_DEV__ : false;

const URL_KEY = 'decuong:pack-source-url';
const STORE_KEY = SOURCE_STORE_KEY;


/** The browser's fetch, given up after `timeoutMs` (headers and body); no cookies sent, the cache revalidated. */
export function browserFetch(f: typeof fetch = (...a) => globalThis.fetch(...a)): FetchLike {
  return async (url, { timeoutMs }) => {
    const ctl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, timeoutMs);
    const done = () => clearTimeout(timer);
    const why = (e: unknown) => (timedOut ? Object.assign(new Error('timeout'), { name: 'TimeoutError' }) : e);
    let res: Response;
    try {
      res = await f(url, { signal: ctl.signal, credentials: 'omit', cache: 'no-cache', redirect: 'follow' });
    } catch (e) {
      done();
      throw why(e);
    }
    const body = res.body;
    if (!body) done();
    return {
      ok: res.ok, status: res.status, url: res.url, headers: res.headers,
      body: body && {
        cancel: () => {
          done();
          return body.cancel();
        },
        getReader: () => {
          const r = body.getReader();
          return {
            read: async () => {
              try {
                const x = await r.read();
                if (x.done) done();
                return x;
              } catch (e) {
                done();
                throw why(e);
              }
            },
            cancel: () => {
              done();
              return r.cancel();
            },
          };
        },
      },
    };
  };
}

/** sha256 by the browser (crypto.subtle exists only on https:// pages, and on this machine's own). */
export function subtleSha256(subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): SourceDeps['sha256'] {
  return async (bytes) => {
    if (!subtle) throw new Why({ vi: 'trình duyệt không tính được mã sha256 (trang phải mở qua https://)', en: 'the browser cannot compute sha256 (the page must be opened over https://)' });
    const d = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
}

/** The last good packs of each source in localStorage (one key per source); a full storage keeps them for this session only. */
export function localPackStore(s: Storage | undefined = storage()): { list(source: string): KeptPack[]; put(source: string, k: KeptPack): void } {
  const read = (source: string): KeptPack[] => {
    try {
      const v = JSON.parse(s?.getItem(STORE_KEY + source) ?? '[]');
      return Array.isArray(v) ? v : [];
    } catch {
      return [];
    }
  };
  const session = new Map<string, KeptPack[]>();
  return {
    list: (source) => session.get(source) ?? read(source),
    put: (source, k) => {
      const all = [k, ...(session.get(source) ?? read(source)).filter((x) => x.id !== k.id)];
      session.set(source, all);
      try {
        s?.setItem(STORE_KEY + source, JSON.stringify(all));
      } catch {
        /* storage full or refused: used for this session, fetched again next time */
      }
    },
  };
}

/** The source the user set ('' = none), or undefined for the build's. */
export function savedSourceUrl(s: Storage | undefined = storage()): string | undefined {
  try {
    return s?.getItem(URL_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface PackSourceConfig {
  lang: UiLang;
  /** The build's source (default BUILD_PACK_SOURCE). */
  defaultSource?: string;
  /** Replaces the browser's fetch, sha256 or store (tests, another page). */
  deps?: Partial<SourceDeps>;
  storage?: Storage;
  /** http:// on this machine, 127.0.0.1 or [::1] (development and tests). */
  allowHttpLoopback?: boolean;
  timeoutMs?: number;
}

export interface PackSourceState {
  /** The source in use ('' = none: the built-in packs only). */
  source: string;
  defaultSource: string;
  /** The packs to offer: the newest good version of each. */
  packs: Pack[];
  /** The same, with where and when each was fetched. */
  entries: SourcePack[];
  /** One line: what the source gave, or exactly why not. */
  status: { text: string; intent: 'info' | 'success' | 'warning' };
  /** Newer versions that arrived while the pane is open, and when. */
  newer: Array<{ id: string; title: string; version: string; was: string; at: string }>;
  busy: boolean;
  refresh(): Promise<void>;
  /** Change the source (remembered); the reason when the address is refused (then nothing changes). */
  setSourceUrl(url: string): string | undefined;
}

const host = (url: string) => {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
};

/** The status line of a source, in the user's language. */
export function statusOf(source: string, outcome: SourceOutcome | undefined, entries: SourcePack[], busy: boolean, lang: UiLang): PackSourceState['status'] {
  if (!source) return { text: t(lang, 'sourceNone'), intent: 'info' };
  const h = host(source);
  if (busy) return { text: t(lang, 'sourceLoading', { host: h }), intent: 'info' };
  if (!outcome) return { text: t(lang, 'sourceSaved', { host: h, n: entries.length }), intent: 'info' };
  if (outcome.problems.length) {
    const more = outcome.problems.length > 1 ? t(lang, 'sourceMore', { n: outcome.problems.length - 1 }) : '';
    return { text: t(lang, 'sourceProblem', { host: h, line: problemLine(outcome.problems[0], outcome.packs, lang) + more }), intent: 'warning' };
  }
  const n = outcome.newer[0];
  if (n) return { text: t(lang, 'sourceNewer', { title: n.title, version: n.version, was: n.was, time: when(outcome.at, lang) }), intent: 'success' };
  return { text: t(lang, 'sourceOk', { host: h, n: entries.length, time: when(outcome.at, lang) }), intent: 'info' };
}

/**
 * The published packs for the pane or the page: the last good ones at once, then the source read again (at
 * start and on refresh()). Every failure keeps the last good version; the status line says why.
 */
export function usePackSource(config: PackSourceConfig): PackSourceState {
  const { lang } = config;
  const defaultSource = config.defaultSource ?? BUILD_PACK_SOURCE;
  const deps = useMemo<SourceDeps>(() => ({
    fetch: config.deps?.fetch ?? browserFetch(),
    sha256: config.deps?.sha256 ?? subtleSha256(),
    store: config.deps?.store ?? localPackStore(config.storage ?? storage()),
    now: config.deps?.now,
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }), []);
  const opts = { allowHttp: config.allowHttpLoopback || BUILD_DEV ? ('loopback' as const) : false, app: true, timeoutMs: config.timeoutMs };
  const [source, setSource] = useState(() => savedSourceUrl(config.storage ?? storage()) ?? defaultSource);
  const keptNow = (src: string) => {
    const k = src ? deps.store.list(src) : [];
    // (the validator is loaded before the pane starts when packs are kept; were its chunk not to load, the kept packs wait for the
    // source's next reading rather than stop the pane)
    try {
      return Array.isArray(k) ? usable(k) : [];
    } catch {
      return [];
    }
  };
  const [entries, setEntries] = useState<SourcePack[]>(() => keptNow(source));
  const [outcome, setOutcome] = useState<SourceOutcome>();
  const [busy, setBusy] = useState(false);
  const [newer, setNewer] = useState<PackSourceState['newer']>([]);
  const run = useRef(0);

  const refreshFrom = useCallback(async (src: string) => {
    const mine = ++run.current;
    setOutcome(undefined);
    if (!src) {
      setEntries([]);
      return;
    }
    setBusy(true);
    try {
      const o = await refreshSource(src, deps, opts);
      if (run.current !== mine) return;
      setOutcome(o);
      setEntries(o.packs);
      if (o.newer.length) setNewer((xs) => [...o.newer.map((n) => ({ ...n, at: o.at })), ...xs.filter((x) => !o.newer.some((n) => n.id === x.id))]);
    } finally {
      if (run.current === mine) setBusy(false);
    }
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deps, opts.allowHttp, opts.timeoutMs]);

  useEffect(() => {
    setEntries(keptNow(source));
    void refreshFrom(source);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source]);

  const setSourceUrl = useCallback((raw: string): string | undefined => {
    const url = raw.trim();
    if (url) {
      try {
        checkUrl(url, opts);
      } catch (e) {
        if (e instanceof Why) return e.said[lang];
        throw e;
      }
    }
    try {
      const s = config.storage ?? storage();
      if (url === defaultSource) s?.removeItem(URL_KEY);
      else s?.setItem(URL_KEY, url);
    } catch {
      /* not remembered: used for this session */
    }
    if (url === source) void refreshFrom(url);
    else setSource(url);
    return undefined;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, source, defaultSource, refreshFrom, opts.allowHttp]);

  const packs = useMemo(() => entries.map((e) => e.pack), [entries]);
  return {
    source, defaultSource, packs, entries, newer, busy,
    status: statusOf(source, outcome, entries, busy, lang),
    refresh: () => refreshFrom(source),
    setSourceUrl,
  };
}

/**
 * The packs of a pane: those opened from a file first, then the published ones, then the built-in ones; one
 * per id (a published pack replaces the built-in one of the same id unless it is older, as with `decuong check --pack-source`;
 * a file the user opened wins over the built-in one whatever its version: it was chosen — but not over a newer version the
 * province has published since: a unit that got the file by e-mail would otherwise go on checking against a target the province
 * has corrected, walk56 item 2).
 */
export function joinPacks(opened: Pack[], published: Pack[], builtin: Pack[]): Pack[] {
  const superseded = (p: Pack) => published.some((x) => x.id === p.id && compareVersions(x.version, p.version) > 0);
  const lists = [opened.filter((p) => !superseded(p)), newestPacks(published, builtin).packs];
  const out: Pack[] = [];
  for (const list of lists) for (const p of list) if (!out.some((x) => x.id === p.id)) out.push(p);
  return out;
}
