/**
 * Where the task pane runs. Office.onReady never resolves when office.js is
 * blocked, and resolves with host null in a plain browser: race it against a
 * timeout so the page never waits forever.
 */
export interface HostInfo {
  inWord: boolean;
  displayLanguage?: string;
}

export function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') {
    return Promise.resolve({ inWord: false, displayLanguage: globalThis.navigator?.language });
  }
  const timeout = new Promise<HostInfo>((res) => setTimeout(() => res({ inWord: false, displayLanguage: globalThis.navigator?.language }), timeoutMs));
  const ready = office.onReady().then((info) => ({
    inWord: info.host === office.HostType.Word,
    displayLanguage: office.context?.displayLanguage ?? globalThis.navigator?.language,
  }));
  return Promise.race([ready, timeout]);
}
