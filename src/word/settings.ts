/**
 * The document's settings through Office's common API (`Office.context.document.settings`, Word 2013
 * and later): stored with the document, not in its text, so the writer's "Bỏ qua" travels with it.
 * `get` is synchronous; `set` is saved with `saveAsync`. Without the API: undefined (the pane then
 * remembers in the browser's storage).
 */
import type { DocSettings } from '../core/port';

interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(cb?: (r: { status: string; error?: { message: string } }) => void): void;
}

export function officeSettings(s: OfficeSettings | undefined): DocSettings | undefined {
  if (!s || typeof s.get !== 'function' || typeof s.saveAsync !== 'function') return undefined;
  return {
    get: (key) => s.get(key) ?? undefined,
    set: (key, value) => new Promise((ok, fail) => {
      s.set(key, value);
      s.saveAsync((r) => (r.status === 'failed' ? fail(new Error(r.error?.message ?? 'saveAsync')) : ok()));
    }),
  };
}

/** Settings kept in memory (tests, the browser demo) or in the browser's storage under a prefix. */
export function memorySettings(store: { getItem(k: string): string | null; setItem(k: string, v: string): void } | Map<string, string> = new Map()): DocSettings {
  const get = (k: string) => (store instanceof Map ? store.get(k) ?? null : store.getItem(k));
  const put = (k: string, v: string) => (store instanceof Map ? void store.set(k, v) : store.setItem(k, v));
  return {
    get: (key) => {
      const v = get(`decuong:${key}`);
      return v === null ? undefined : JSON.parse(v);
    },
    set: async (key, value) => put(`decuong:${key}`, JSON.stringify(value)),
  };
}
