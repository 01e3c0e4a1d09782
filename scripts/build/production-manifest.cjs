/*
 * The production manifest: the development manifest.xml with every https://localhost:3000 URL moved under
 * the base URL the secretariat serves dist/addin/ from, the same add-in Id, and <Version> taken from
 * package.json (so an update is one rebuild). Plain CommonJS so webpack.config.js can require it.
 */
const DEV_ORIGIN = 'https://localhost:3000';

/** Normalise `--env base=...`: an absolute https URL, no query or fragment, ending with "/". */
function normaliseBase(base) {
  let u;
  try {
    u = new URL(String(base));
  } catch {
    throw new Error(`base must be an absolute URL like https://addin.example.gov.vn/decuong/ (got "${base}")`);
  }
  if (u.protocol !== 'https:') throw new Error(`base must use https (Office loads add-ins only over HTTPS): ${base}`);
  if (u.search || u.hash || u.username || u.password) throw new Error(`base must not carry a query, fragment or credentials: ${base}`);
  if (/^(localhost|127\.|\[::1\])/.test(u.hostname)) throw new Error(`base must be the production host, not ${u.hostname}`);
  return u.origin + (u.pathname.endsWith('/') ? u.pathname : u.pathname + '/');
}

/** package.json "0.1.0" → manifest "0.1.0.0" (one to four numbers). */
function manifestVersion(pkgVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(String(pkgVersion));
  if (!m) throw new Error(`package.json version must start with MAJOR.MINOR.PATCH (got "${pkgVersion}")`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** Every URL the manifest names: DefaultValue/Value attributes holding a URL, and <AppDomain> text. */
function manifestUrls(xml) {
  const urls = [];
  for (const m of xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)) urls.push(m[1]);
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) urls.push(m[1].trim());
  return urls;
}

function productionManifest(devXml, base, pkgVersion) {
  const b = normaliseBase(base);
  const origin = new URL(b).origin;
  let xml = devXml
    .replace(/<!--[\s\S]*?-->\s*/, `<!-- decuong ${pkgVersion}: production manifest, files served from ${b} (built by the production build, given that base: docs/deploy.md). -->\n`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(pkgVersion)}</Version>`)
    .replace(/<AppDomain>\s*https:\/\/localhost:3000\/?\s*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ORIGIN + '/').join(b);
  if (xml.includes('localhost')) throw new Error('production manifest still refers to localhost: every URL in manifest.xml must start with ' + DEV_ORIGIN + '/');
  return xml;
}

module.exports = { DEV_ORIGIN, normaliseBase, manifestVersion, manifestUrls, productionManifest };
