/**
 * Where the task pane runs. Office.onReady never resolves when office.js is
 * blocked, and resolves with host null in a plain browser: race it against a
 * timeout so the page never waits forever. Outside Office the pane speaks
 * Vietnamese (the browser's language says little about its users here).
 */
export interface HostInfo {
  inWord: boolean;
  displayLanguage?: string;
}

const office = () => (globalThis as { Office?: typeof Office }).Office;

export function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  const o = office();
  if (!o || typeof o.onReady !== 'function') {
    return Promise.resolve({ inWord: false });
  }
  const timeout = new Promise<HostInfo>((res) => setTimeout(() => res({ inWord: false }), timeoutMs));
  const ready = o.onReady().then((info) => ({
    inWord: info.host === o.HostType.Word,
    displayLanguage: o.context?.displayLanguage,
  }));
  return Promise.race([ready, timeout]);
}

/** Office's theme is dark (follow it, as Office add-ins should). */
export function officeIsDark(): boolean {
  const bg = office()?.context?.officeTheme?.bodyBackgroundColor;
  if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) return false;
  const n = parseInt(bg.replace('#', ''), 16);
  const lum = 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return lum < 100;
}
