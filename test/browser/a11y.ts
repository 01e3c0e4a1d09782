/**
 * Accessibility scan of a page state: axe-core (a dev dependency) with the WCAG 2 A/AA rules. Should
 * node_modules/axe-core be missing, a smaller scan of our own runs the rules this pane has broken or could
 * break — nested interactive controls, controls without a name, text contrast below WCAG AA, text under
 * 12 px, duplicate ids, aria-controls/labelledby pointing nowhere — and says that it was not axe.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/pane-tools';

export interface Violation {
  rule: string;
  target: string;
  detail?: string;
}

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const HAVE_AXE = existsSync(AXE);

/**
 * A page under a Content-Security-Policy refuses an injected <script>: give it axe before it loads instead
 * (`await withAxe(page)` before `goto`; Playwright's init scripts are not the page's scripts).
 */
export async function withAxe(p: Page): Promise<void> {
  if (HAVE_AXE) await p.addInitScript({ content: readFileSync(AXE, 'utf8') });
}

export async function scan(p: Page): Promise<{ engine: 'axe-core' | 'decuong-scan'; violations: Violation[] }> {
  if (HAVE_AXE) {
    if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: readFileSync(AXE, 'utf8') });
    const res = await p.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
      // Fluent UI's focus manager (tabster) puts hidden, focusable "dummy" <i> elements around focus groups on
      // purpose: they hand focus on at once, and aria-hidden keeps screen readers from announcing them. axe's
      // aria-hidden-focus flags them; Fluent lists it as a known false positive (microsoft/tabster#288,
      // microsoft/fluentui#25133) and Accessibility Insights suppresses it (accessibility-insights-web#7605).
      // Only those elements are left out; every other element of the page is scanned by every rule.
      return (await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
    });
    return { engine: 'axe-core', violations: res.flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' ') }))) };
  }
  const violations = await p.evaluate(ownScan);
  return { engine: 'decuong-scan', violations };
}

/** Runs in the page. */
function ownScan(): Violation[] {
  const out: Violation[] = [];
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden],[aria-hidden="true"]');
  };
  const INTERACTIVE = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=link], [role=combobox], [role=tab], [role=switch], [role=checkbox], [role=radio], [role=option], [role=menuitem]';
  const all = [...document.querySelectorAll(INTERACTIVE)];
  for (const el of all) {
    const parent = el.parentElement?.closest(INTERACTIVE);
    // a listbox option inside a combobox popup is not nested in the button that opens it
    if (parent && !(parent.getAttribute('role') === 'option' && el.getAttribute('role') === 'option')) out.push({ rule: 'nested-interactive', target: describe(parent), detail: describe(el) });
    if (!visible(el) && !(el instanceof HTMLInputElement && el.type === 'file')) continue;
    const labelled = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() : '';
    const name = el.getAttribute('aria-label') || labelled || label || (el.closest('label')?.textContent ?? '').trim() || (el.textContent ?? '').trim() || el.getAttribute('title') || (el as HTMLInputElement).value;
    if (!name) out.push({ rule: 'name', target: describe(el) });
  }
  const ids = new Map<string, number>();
  for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) out.push({ rule: 'duplicate-id', target: id });
  for (const el of document.querySelectorAll('[aria-controls],[aria-labelledby],[aria-describedby]')) {
    for (const attr of ['aria-controls', 'aria-labelledby', 'aria-describedby']) {
      for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
        // aria-controls of a collapsed section points at a panel that is not rendered: allowed when collapsed
        if (attr === 'aria-controls' && el.getAttribute('aria-expanded') === 'false') continue;
        if (!document.getElementById(id)) out.push({ rule: 'aria-valid-reference', target: describe(el), detail: `${attr}=${id}` });
      }
    }
  }
  // text: size and contrast, for every element with its own visible text
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !(n.textContent ?? '').trim() || !visible(el) || el.closest('script,style,noscript')) continue;
    seen.add(el);
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize);
    if (size < 12) out.push({ rule: 'font-size-12', target: describe(el), detail: `${size}px` });
    const disabled = !!el.closest('[aria-disabled="true"],:disabled');
    if (disabled) continue;
    const fg = rgb(s.color);
    const bg = background(el);
    const alpha = fg.length > 3 ? fg[3] : 1;
    const mixed = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const [a, b] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) out.push({ rule: 'color-contrast', target: describe(el), detail: ratio.toFixed(2) });
  }
  return out;
}
