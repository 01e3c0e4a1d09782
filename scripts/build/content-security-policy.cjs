/*
 * The Content-Security-Policy the production pages set themselves (a <meta http-equiv> tag, so it holds on
 * any static server): scripts only from the page's own origin and Office.js from Microsoft's CDN, no inline
 * script, no eval; workers only from the page's own origin. Styles may be inline because Fluent UI (Griffel)
 * inserts its CSS at run time.
 * frame-ancestors cannot be set from a meta tag (and Office frames the pane), so it is left out.
 */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

const DIRECTIVES = [
  ["default-src", "'self'"],
  ["script-src", "'self'", OFFICE_JS_ORIGIN],
  ["style-src", "'self'", "'unsafe-inline'"],
  ["img-src", "'self'", 'data:'],
  ["font-src", "'self'", 'data:'],
  ["connect-src", "'self'"],
  // the reviewer web page reads and checks reports in a Web Worker of its own origin
  ["worker-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'none'"],
];

const contentSecurityPolicy = () => DIRECTIVES.map((d) => d.join(' ')).join('; ');

/** The tag the page templates put first in <head> (a meta policy governs only what comes after it). */
const cspMetaTag = () => `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;

/** Inline <script> elements (without src) in an HTML page: the policy would block them, so a page must have none. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/.test(m[1])).map((m) => m[0]);
}

module.exports = { OFFICE_JS_ORIGIN, contentSecurityPolicy, cspMetaTag, inlineScripts };
