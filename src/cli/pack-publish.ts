/** `decuong pack publish DIR --base-url URL`: packs.json for the packs of a folder (src/packs/published.ts). */
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Lang } from '../packs/validate';
import { validatePackText } from '../packs/validate';
import { PackIndex, type PublishedPack } from '../packs/published';
import { compareVersions } from '../packs/versions';
import { builtinPack } from '../packs/builtin';
import { diffPacks } from '../packs/diff';
import { CliError, type CliIO } from './io';

export function publishPacks(io: CliIO, dir: string, opts: { baseUrl: string; out?: string; date?: string; allowHttp?: boolean }, lang: Lang) {
  const vi = lang === 'vi';
  let base: URL;
  try {
    base = new URL(opts.baseUrl.endsWith('/') ? opts.baseUrl : `${opts.baseUrl}/`);
  } catch {
    throw new CliError(`--base-url "${opts.baseUrl}": ${vi ? 'không phải địa chỉ web hợp lệ' : 'not a valid web address'}`);
  }
  if (base.protocol !== 'https:' && !(base.protocol === 'http:' && opts.allowHttp))
    throw new CliError(`--base-url "${opts.baseUrl}": ${vi ? 'chỉ nhận địa chỉ https:// (http:// chỉ dùng khi thử nghiệm, với --allow-http)' : 'only https:// (http:// only for development, with --allow-http)'}`);
  const today = opts.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`--date "${opts.date}": ${vi ? 'dạng năm-tháng-ngày, ví dụ 2024-08-01' : 'year-month-day, e.g. 2024-08-01'}`);
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'packs.json').sort();
  } catch {
    throw new CliError(`${dir}: ${vi ? 'không đọc được thư mục' : 'cannot read the folder'}`);
  }
  const out = opts.out ?? join(dir, 'packs.json');
  // a pack unchanged since the last index keeps its publication date
  let previous: PublishedPack[] = [];
  try {
    previous = PackIndex.parse(JSON.parse(readFileSync(out, 'utf8'))).packs;
  } catch {
    /* first publication, or an index to be replaced */
  }
  const problems: string[] = [];
  // (what the index goes back on: a pack older than the version the last index listed — a rollback, or a file copied back by mistake;
  // said, not refused: units would silently go back to the old targets — walk56, item 3)
  const warnings: string[] = [];
  const packs: PublishedPack[] = [];
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const bytes = io.readFile(join(dir, name));
    const r = validatePackText(bytes.toString('utf8'), lang);
    if (!r.ok) {
      problems.push(`${join(dir, name)}: ${r.problems.map((p) => `${p.path || '(tệp)'}: ${p.message}`).join('; ')}`);
      continue;
    }
    const dup = packs.find((p) => p.id === r.pack.id);
    if (dup) {
      const other = join(dir, fileOf.get(dup.id) ?? '');
      problems.push(`${join(dir, name)}: ${vi ? `trùng mã mẫu báo cáo "${r.pack.id}" với tệp ${other} (giữ một tệp cho mỗi mẫu)` : `pack id "${r.pack.id}" already in ${other} (keep one file per pack)`}`);
      continue;
    }
    fileOf.set(r.pack.id, name);
    const before = previous.find((p) => p.id === r.pack.id && compareVersions(p.version, r.pack.version) > 0);
    if (before) warnings.push(vi ? `${r.pack.id}: mục lục trước công bố phiên bản ${before.version}, nay công bố phiên bản ${r.pack.version} (cũ hơn) — các đơn vị sẽ quay về phiên bản cũ; nếu không định quay lại, chép lại tệp phiên bản ${before.version}` : `${r.pack.id}: the previous index published ${before.version}, this one publishes ${r.pack.version} (older) — units will go back to it; if that is not meant, copy back the ${before.version} file`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    // (changed under the same version as published before or as built in: units could not tell which rules judged them — walk58, item 4)
    const builtin = builtinPack(r.pack.id);
    if (previous.some((p) => p.id === r.pack.id && p.version === r.pack.version && p.sha256 !== sha256) || (builtin && builtin.version === r.pack.version && diffPacks(builtin, r.pack, lang).length))
      warnings.push(vi ? `${r.pack.id}: nội dung khác bản đã có cùng phiên bản ${r.pack.version} — tăng "version" để kết quả kiểm tra cho biết đã theo phiên bản nào` : `${r.pack.id}: the content differs from the one already at version ${r.pack.version} — raise "version" so that results say which one they followed`);
    const same = previous.find((p) => p.id === r.pack.id && p.sha256 === sha256);
    packs.push({ id: r.pack.id, version: r.pack.version, title: r.pack.title, url: new URL(encodeURIComponent(name), base).href, sha256, published: same?.published ?? today });
  }
  if (!names.length) problems.push(`${dir}: ${vi ? 'không có tệp mẫu báo cáo .json nào' : 'no pack .json file'}`);
  if (!problems.length) io.writeFile(out, JSON.stringify({ generated: new Date().toISOString(), packs }, null, 2) + '\n');
  return { problems, warnings, out, count: packs.length };
}
