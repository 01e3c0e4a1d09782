/**
 * What changed between two versions of a pack, in plain words the secretariat can announce: items added,
 * removed, renamed or moved; indicators added or removed, targets changed; period and due dates changed.
 */
import type { Pack, Section } from './schema';
import type { Lang } from './validate';
import { describeTarget } from '../core/indicators';

interface Place { s: Section; path: string; parent?: string; index: number }

function places(p: Pack): Map<string, Place> {
  const out = new Map<string, Place>();
  const walk = (list: Section[], chain: string[], parent?: string) =>
    list.forEach((s, index) => {
      const nums = [...chain, s.number].filter(Boolean);
      const part = nums[0] && /^ph[aầ]n/i.test(nums[0]) ? nums[0] : undefined;
      const rest = (part ? nums.slice(1) : nums).map((n) => n.replace(/[.)]+$/, '')).join('.');
      const path = part ? (rest ? `${rest} (${part})` : part) : rest;
      out.set(s.id, { s, path, parent, index });
      walk(s.children, [...chain, s.number], s.id);
    });
  walk(p.outline, []);
  return out;
}

const date = (iso: string, lang: Lang) => (lang === 'en' ? iso : iso.split('-').reverse().join('/'));

export function diffPacks(a: Pack, b: Pack, lang: Lang = 'vi'): string[] {
  const vi = lang === 'vi';
  const out: string[] = [];
  const label = (p: Place) => `${p.path ? `${p.path}. ` : ''}${p.s.title}`;
  if (a.id !== b.id) out.push(vi ? `Mã mẫu báo cáo: ${a.id} → ${b.id}.` : `Pack id: ${a.id} → ${b.id}.`);
  if (a.version !== b.version) out.push(vi ? `Phiên bản ${a.version} → ${b.version}.` : `Version ${a.version} → ${b.version}.`);
  if (a.title !== b.title) out.push(vi ? `Tên mẫu báo cáo: "${a.title}" → "${b.title}".` : `Title: "${a.title}" → "${b.title}".`);
  if (a.period.from !== b.period.from || a.period.to !== b.period.to)
    out.push(vi ? `Kỳ báo cáo: ${date(a.period.from, lang)}–${date(a.period.to, lang)} → ${date(b.period.from, lang)}–${date(b.period.to, lang)}.` : `Period: ${a.period.from}–${a.period.to} → ${b.period.from}–${b.period.to}.`);
  const dues = (p: Pack) => p.due.map((d) => `${date(d.date, lang)}${d.levels ? ` (${d.levels.join(', ')})` : ''}`).join('; ');
  if (dues(a) !== dues(b)) out.push(vi ? `Hạn nộp: ${dues(a)} → ${dues(b)}.` : `Due: ${dues(a)} → ${dues(b)}.`);
  // (the levels it is for, the documents it follows and how a report is recognised as of it: a version that drops a level or changes the
  // words of the title it knows changes which reports it checks — walk55)
  const list = (xs: string[]) => xs.join(', ') || (vi ? '(không có)' : '(none)');
  if (list(a.levels) !== list(b.levels)) out.push(vi ? `Cấp báo cáo: ${list(a.levels)} → ${list(b.levels)}.` : `Levels: ${list(a.levels)} → ${list(b.levels)}.`);
  const src = (p: Pack) => p.sources.map((x) => `${x.kind ? `${x.kind} ` : ''}${x.number}${x.date ? ` (${date(x.date, lang)})` : ''}`);
  if (list(src(a)) !== list(src(b))) out.push(vi ? `Văn bản căn cứ: ${list(src(a))} → ${list(src(b))}.` : `Source documents: ${list(src(a))} → ${list(src(b))}.`);
  const words = (xs: string[], ys: string[], vi1: string, en1: string) => {
    const added = ys.filter((x) => !xs.includes(x));
    const gone = xs.filter((x) => !ys.includes(x));
    if (added.length) out.push(vi ? `Nhận biết mẫu: thêm ${vi1} ${added.map((x) => `"${x}"`).join(', ')}.` : `Recognition: ${en1} added ${added.map((x) => `"${x}"`).join(', ')}.`);
    if (gone.length) out.push(vi ? `Nhận biết mẫu: bỏ ${vi1} ${gone.map((x) => `"${x}"`).join(', ')}.` : `Recognition: ${en1} removed ${gone.map((x) => `"${x}"`).join(', ')}.`);
  };
  words(a.identify.keywords, b.identify.keywords, 'từ khóa', 'keywords');
  words(a.identify.titlePatterns, b.identify.titlePatterns, 'mẫu tiêu đề', 'title patterns');
  words(a.identify.exclude, b.identify.exclude, 'từ loại trừ', 'exclusions');

  const pa = places(a);
  const pb = places(b);
  for (const [id, p] of pb) if (!pa.has(id)) out.push(vi ? `Thêm mục "${label(p)}".` : `Added item "${label(p)}".`);
  for (const [id, p] of pa) if (!pb.has(id)) out.push(vi ? `Bỏ mục "${label(p)}".` : `Removed item "${label(p)}".`);
  for (const [id, o] of pa) {
    const n = pb.get(id);
    if (!n) continue;
    if (o.s.title !== n.s.title) out.push(vi ? `Mục ${o.path || `"${o.s.title}"`} đổi tên: "${o.s.title}" → "${n.s.title}".` : `Item ${o.path || `"${o.s.title}"`} renamed: "${o.s.title}" → "${n.s.title}".`);
    if (o.path !== n.path || o.parent !== n.parent)
      out.push(vi ? `Mục "${n.s.title}" chuyển từ ${o.path || 'vị trí cũ'} sang ${n.path || 'vị trí mới'}.` : `Item "${n.s.title}" moved from ${o.path || 'its old place'} to ${n.path || 'a new place'}.`);
    if (o.s.required !== n.s.required)
      out.push(vi ? `Mục "${label(n)}" ${n.s.required ? 'nay bắt buộc' : 'nay không bắt buộc'}.` : `Item "${label(n)}" is now ${n.s.required ? 'required' : 'optional'}.`);
    // (the other wordings an item is known by, and the words that name it with the report's own title: a new version that only
    // changes these changes which headings count as the item — walk47)
    const wordings = (xs: string[] | undefined, ys: string[] | undefined, vi1: string, en1: string) => {
      const [xa, ya] = [xs ?? [], ys ?? []];
      const added = ya.filter((x) => !xa.includes(x));
      const gone = xa.filter((x) => !ya.includes(x));
      if (added.length) out.push(vi ? `Mục "${label(n)}": thêm ${vi1} ${added.map((x) => `"${x}"`).join(', ')}.` : `Item "${label(n)}": ${en1} added ${added.map((x) => `"${x}"`).join(', ')}.`);
      if (gone.length) out.push(vi ? `Mục "${label(n)}": bỏ ${vi1} ${gone.map((x) => `"${x}"`).join(', ')}.` : `Item "${label(n)}": ${en1} removed ${gone.map((x) => `"${x}"`).join(', ')}.`);
    };
    wordings(o.s.aliases, n.s.aliases, 'cách gọi khác', 'other wordings');
    wordings(o.s.titleLeads, n.s.titleLeads, 'từ mở đầu đề mục nhắc lại tiêu đề báo cáo', 'heading leads that repeat the report title');
  }

  const ia = new Map(a.indicators.map((i) => [i.id, i]));
  const ib = new Map(b.indicators.map((i) => [i.id, i]));
  for (const [id, i] of ib) if (!ia.has(id)) out.push(vi ? `Thêm chỉ tiêu "${i.label}" (mục tiêu ${describeTarget(i.target, i.unit, lang)}).` : `Added indicator "${i.label}" (target ${describeTarget(i.target, i.unit, lang)}).`);
  for (const [id, i] of ia) if (!ib.has(id)) out.push(vi ? `Bỏ chỉ tiêu "${i.label}".` : `Removed indicator "${i.label}".`);
  for (const [id, o] of ia) {
    const n = ib.get(id);
    if (!n) continue;
    const [t0, t1] = [describeTarget(o.target, o.unit, lang), describeTarget(n.target, n.unit, lang)];
    if (t0 !== t1) out.push(vi ? `Chỉ tiêu "${n.label}": mục tiêu ${t0} → ${t1}.` : `Indicator "${n.label}": target ${t0} → ${t1}.`);
    if ((o.source ?? '') !== (n.source ?? '')) out.push(vi ? `Chỉ tiêu "${n.label}": văn bản đặt mục tiêu "${o.source ?? ''}" → "${n.source ?? ''}".` : `Indicator "${n.label}": target set by "${o.source ?? ''}" → "${n.source ?? ''}".`);
    // (a target revised while the document said to set it stays the old one: findings would tell units that document says the new figure —
    // walk58, item 3)
    else if (t0 !== t1 && n.source) out.push(vi ? `Lưu ý: chỉ tiêu "${n.label}" đổi mục tiêu nhưng trường "source" vẫn ghi "${n.source}" — các điểm cần xem sẽ nói văn bản ấy ghi ${t1}; sửa "source" thành văn bản đặt mục tiêu mới.` : `Note: indicator "${n.label}" has a new target but its "source" still says "${n.source}" — findings will say that document sets ${t1}; change "source" to the document that sets the new target.`);
    if (o.year !== n.year) out.push(vi ? `Chỉ tiêu "${n.label}": năm đạt mục tiêu ${o.year} → ${n.year}.` : `Indicator "${n.label}": target year ${o.year} → ${n.year}.`);
    if (o.label !== n.label) out.push(vi ? `Chỉ tiêu "${o.label}" đổi tên thành "${n.label}".` : `Indicator "${o.label}" renamed "${n.label}".`);
  }
  const dl = (p: Pack) => new Map(p.deadlines.map((d) => [d.id, d]));
  const [da, db] = [dl(a), dl(b)];
  for (const [id, d] of db) {
    const o = da.get(id);
    if (!o) out.push(vi ? `Thêm mốc thời hạn "${d.label}" (${date(d.date, lang)}).` : `Added deadline "${d.label}" (${d.date}).`);
    else if (o.date !== d.date) out.push(vi ? `Mốc "${d.label}": ${date(o.date, lang)} → ${date(d.date, lang)}.` : `Deadline "${d.label}": ${o.date} → ${d.date}.`);
  }
  for (const [id, d] of da) if (!db.has(id)) out.push(vi ? `Bỏ mốc thời hạn "${d.label}".` : `Removed deadline "${d.label}".`);
  // (the notes a version adds say why: listed, as the office wrote them — walk58, item 3)
  for (const note of b.notes ?? []) if (!(a.notes ?? []).includes(note)) out.push(vi ? `Thêm ghi chú: "${note}".` : `Note added: "${note}".`);
  // (a changed pack under the same version: "checked against version X" no longer says which rules were used — walk58, item 4)
  if (out.length && a.id === b.id && a.version === b.version) out.push(vi ? `Lưu ý: nội dung đã đổi nhưng phiên bản vẫn là ${b.version} — tăng "version" để kết quả kiểm tra cho biết đã theo phiên bản nào.` : `Note: the content changed but the version is still ${b.version} — raise "version" so that results say which one they followed.`);
  return out;
}
