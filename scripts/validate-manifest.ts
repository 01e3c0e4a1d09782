/**
 * `npm run validate`: validate manifest.xml with office-addin-manifest (Microsoft's
 * validation service). When the service cannot be reached (no internet, as in CI),
 * run the offline structural check instead, and say which check ran.
 */
import { readFileSync } from 'fs';
import { resolve, dirname } from 'path';
import { validateManifest } from 'office-addin-manifest';
import { checkManifest } from './manifest-check';

async function main() {
  const file = resolve(process.argv[2] ?? 'manifest.xml');
  const offline = checkManifest(readFileSync(file, 'utf8'), dirname(file));
  if (offline.length) {
    console.error(`Offline check of ${file}: ${offline.length} problem(s)`);
    for (const p of offline) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`Offline check of ${file}: passed (structure, element order, resids, HTTPS URLs, string lengths, icon sizes).`);
  if (process.env.DECUONG_OFFLINE === '1') {
    console.log('Online validation skipped (DECUONG_OFFLINE=1).');
    return;
  }
  try {
    const timeout = new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timed out after 20 s')), 20000));
    const report = await Promise.race([validateManifest(file), timeout]);
    if (report.isValid) console.log('Online validation by Microsoft\'s service (office-addin-manifest): passed.');
    else {
      console.error('Online validation by Microsoft\'s service (office-addin-manifest): failed.');
      for (const e of report.report?.errors ?? []) console.error(`  - ${e.title}: ${e.content ?? ""}`);
      process.exit(1);
    }
  } catch (e) {
    // (the tool parses the file before it calls the service: a file it cannot parse is invalid, whatever the network — walk56, item 1)
    if (/unable to parse|malformed|not well-formed/iu.test((e as Error).message)) {
      console.error(`Validation by office-addin-manifest: failed, it cannot read the file (${(e as Error).message.split('\n')[0]}).`);
      process.exit(1);
    }
    console.log(`Online validation by Microsoft's service not available (${(e as Error).message.split('\n')[0]}); the offline check above is the result.`);
  }
}
main();
