/**
 * The findings the writer chose to ignore ("Bỏ qua"), by a key that survives typing (findingKey):
 * remembered in the document's settings when the host has them, else in the browser's storage.
 * Ignoring never touches the document's text.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocSettings } from '../core/port';
import { memorySettings } from '../word/settings';

const KEY = 'ignored';

function browserStore(): DocSettings | undefined {
  try {
    return typeof localStorage !== 'undefined' ? memorySettings(localStorage) : undefined;
  } catch {
    return undefined;
  }
}

export function useIgnored(settings: DocSettings | undefined, onError: (e: unknown) => void) {
  const store = useMemo(() => settings ?? browserStore(), [settings]);
  const [keys, setKeys] = useState<Set<string>>(new Set());
  useEffect(() => {
    const v = store?.get(KEY);
    setKeys(new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  }, [store]);
  const save = useCallback((next: Set<string>) => {
    setKeys(next);
    store?.set(KEY, [...next]).catch(onError);
  }, [store, onError]);
  return {
    keys,
    ignore: (k: string) => save(new Set([...keys, k])),
    restore: (k: string) => save(new Set([...keys].filter((x) => x !== k))),
  };
}
