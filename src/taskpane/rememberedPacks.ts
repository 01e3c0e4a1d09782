/**
 * Templates opened from a file are remembered in the browser's storage until replaced (a template with the
 * same id replaces the one before): the secretariat's file is opened once, not at every start. Each is
 * validated again when read back; one that no longer validates is forgotten. The validator is loaded before the pane starts when
 * the storage holds templates (packsStored, src/taskpane/index.tsx).
 */
import type { Pack } from '../packs/schema';
import { loadValidator, validator } from '../packs/validator';

const KEY = 'decuong:packs';
/** Where the last good packs of each published source are kept (one key per source: this, then the source's address). */
export const SOURCE_STORE_KEY = 'decuong:pack-source:';

/** The browser's localStorage, or nothing where it is missing or refused (a locked-down Office host). */
export function storage(): Storage | undefined {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

export function loadRememberedPacks(): Pack[] {
  try {
    const list = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown[];
    if (!list.length) return [];
    const { validatePackText } = validator();
    return list.flatMap((x) => {
      const r = validatePackText(JSON.stringify(x), 'en');
      return r.ok ? [r.pack] : [];
    });
  } catch {
    return [];
  }
}

export function rememberPack(p: Pack): void {
  const s = storage();
  if (!s) return;
  try {
    const list = (JSON.parse(s.getItem(KEY) ?? '[]') as Pack[]).filter((x) => x.id !== p.id);
    s.setItem(KEY, JSON.stringify([p, ...list].slice(0, 10)));
  } catch {
    /* storage full or refused: the template is still used for this session */
  }
}

/**
 * Whether the browser's storage holds templates to validate at start (opened from a file, or kept from a published source): then the
 * pane loads the validator before it starts; else it starts without it.
 */
export function packsStored(s: Storage | undefined = storage()): boolean {
  if (!s) return false;
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k !== KEY && !k?.startsWith(SOURCE_STORE_KEY)) continue;
      const v = JSON.parse(s.getItem(k) ?? '[]');
      if (Array.isArray(v) && v.length) return true;
    }
  } catch {
    return true;
  }
  return false;
}

/** Resolves when the pane or the page may start: at once, or once the validator is loaded where templates are stored (a failed load starts it
 * too — the kept templates then wait, and opening a file says why). */
export function packsReadable(s: Storage | undefined = storage()): Promise<void> {
  return packsStored(s) ? loadValidator().then(() => undefined, () => undefined) : Promise.resolve();
}
