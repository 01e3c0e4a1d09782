/**
 * Validate a pack given as text or parsed JSON, and explain every problem in
 * words a secretariat clerk understands (Vietnamese by default, English on
 * request), each with the JSON path it concerns. Never throws.
 */
import type { core } from 'zod';
import { Pack } from './schema';
import { foldDiacritics } from '../core/text';

export type Lang = 'vi' | 'en';

export interface PackProblem {
  /** JSON path like `outline[0].children[2].id`, or "" for the whole file. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

type Issue = core.$ZodIssue & { params?: Record<string, unknown> };

/** `['outline', 0, 'children', 2, 'id']` → `outline[0].children[2].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

const TYPE_VI: Record<string, string> = {
  string: 'một chuỗi chữ', number: 'một số', boolean: 'true hoặc false', array: 'một danh sách [...]',
  object: 'một đối tượng {...}',
};
const TYPE_EN: Record<string, string> = {
  string: 'a string', number: 'a number', boolean: 'true or false', array: 'a list [...]', object: 'an object {...}',
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function message(issue: Issue, data: unknown, lang: Lang): string {
  const vi = lang === 'vi';
  const at = valueAt(data, issue.path);
  const p = issue.params ?? {};
  switch (issue.code) {
    case 'invalid_type': {
      const exp = String(issue.expected);
      if (at === undefined)
        return vi ? `Thiếu trường bắt buộc (cần ${TYPE_VI[exp] ?? exp}).` : `Required field is missing (expected ${TYPE_EN[exp] ?? exp}).`;
      return vi
        ? `Sai kiểu dữ liệu: cần ${TYPE_VI[exp] ?? exp}, nhưng đang là ${TYPE_VI[describe(at)] ?? describe(at)} (${JSON.stringify(at)}).`
        : `Wrong type: expected ${TYPE_EN[exp] ?? exp}, got ${TYPE_EN[describe(at)] ?? describe(at)} (${JSON.stringify(at)}).`;
    }
    case 'too_small':
      if (issue.origin === 'array')
        return vi ? `Danh sách phải có ít nhất ${issue.minimum} phần tử.` : `The list must have at least ${issue.minimum} item(s).`;
      if (issue.origin === 'string') return vi ? 'Không được để trống.' : 'Must not be empty.';
      return vi ? `Giá trị phải lớn hơn ${issue.minimum}.` : `Value must be above ${issue.minimum}.`;
    case 'too_big':
      return vi ? `Giá trị vượt quá giới hạn ${issue.maximum}.` : `Value exceeds the limit ${issue.maximum}.`;
    case 'invalid_union': {
      const i = issue as Issue & { discriminator?: string; options?: unknown[] };
      if (i.discriminator) {
        const opts = (i.options ?? []).map(String).join(', ');
        return vi
          ? `Phép so sánh "${String(at)}" không được hỗ trợ. Chọn một trong: ${opts}.`
          : `Comparator "${String(at)}" is not supported. Use one of: ${opts}.`;
      }
      return vi ? 'Giá trị không khớp với dạng nào được phép.' : 'Value matches none of the allowed forms.';
    }
    case 'invalid_value': {
      const opts = (issue.values ?? []).map(String).join(', ');
      return vi ? `Giá trị "${String(at)}" không hợp lệ. Chọn một trong: ${opts}.` : `Value "${String(at)}" is not allowed. Use one of: ${opts}.`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return vi ? `Trường không xác định: ${keys} (gõ sai tên trường?).` : `Unknown field(s): ${keys} (misspelt field name?).`;
    }
    case 'invalid_format':
    case 'custom':
      switch (issue.message) {
        case 'date-format':
          return vi ? `Ngày "${String(at)}" phải viết dạng NNNN-TT-NN, ví dụ 2024-06-30.` : `Date "${String(at)}" must be written YYYY-MM-DD, e.g. 2024-06-30.`;
        case 'id-format':
          return vi
            ? `Mã "${String(at)}" chỉ được gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.`
            : `Id "${String(at)}" may only contain lower-case letters without accents, digits, ".", "-", "_".`;
        case 'version-format':
          return vi ? `Phiên bản "${String(at)}" phải có dạng 1.0.0.` : `Version "${String(at)}" must look like 1.0.0.`;
        case 'duplicate-section-id':
          return vi ? `Mã mục "${String(p.id)}" bị trùng: mỗi mục phải có mã riêng.` : `Section id "${String(p.id)}" is used twice: each section needs its own id.`;
        case 'duplicate-indicator-id':
          return vi ? `Mã chỉ tiêu "${String(p.id)}" bị trùng.` : `Indicator id "${String(p.id)}" is used twice.`;
        case 'range-order':
          return vi
            ? `Khoảng mục tiêu ngược: cận dưới ${String(p.min)} lớn hơn cận trên ${String(p.max)}.`
            : `Target range is reversed: low end ${String(p.min)} is above high end ${String(p.max)}.`;
        case 'count-over-total':
          return vi ? `Số đạt ${String(p.count)} lớn hơn tổng ${String(p.total)}.` : `Count ${String(p.count)} is above the total ${String(p.total)}.`;
        case 'period-order':
          return vi ? `Kỳ báo cáo ngược: từ ${String(p.from)} sau đến ${String(p.to)}.` : `Reporting period is reversed: from ${String(p.from)} is after to ${String(p.to)}.`;
        case 'unknown-appendix':
          return vi ? `Phụ lục "${String(p.id)}" không có trong danh sách appendices.` : `Appendix "${String(p.id)}" is not declared under appendices.`;
        case 'unknown-section':
          return vi ? `Mục "${String(p.id)}" không có trong đề cương.` : `Section "${String(p.id)}" is not in the outline.`;
        case 'bad-regex':
          return vi ? `Biểu thức chính quy không hợp lệ: ${String(p.value)}` : `Invalid regular expression: ${String(p.value)}`;
        default:
          return vi ? `Giá trị không hợp lệ (${issue.message}).` : `Invalid value (${issue.message}).`;
      }
    default:
      return vi ? `Giá trị không hợp lệ (${issue.message}).` : `Invalid value (${issue.message}).`;
  }
}

/**
 * How large a pack may be. A real pack is a few hundred nodes, nested about 20 deep (sections within
 * sections); a hostile one nested thousands deep would overflow the stack inside validation.
 */
export const PACK_LIMITS = { depth: 64, nodes: 200_000, bytes: 5 * 1024 * 1024 } as const;

/** The first limit the data exceeds, walked without recursion. */
function tooLarge(data: unknown, lang: Lang): string | null {
  const vi = lang === 'vi';
  const many = vi ? `Mẫu báo cáo quá lớn: hơn ${PACK_LIMITS.nodes.toLocaleString('de-DE')} phần tử.` : `The pack is too large: more than ${PACK_LIMITS.nodes.toLocaleString('en')} elements.`;
  const stack: Array<[unknown, number]> = [[data, 1]];
  let nodes = 0;
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (++nodes > PACK_LIMITS.nodes) return many;
    if (d > PACK_LIMITS.depth) return vi ? `Mẫu báo cáo lồng quá sâu: hơn ${PACK_LIMITS.depth} cấp.` : `The pack is nested too deep: more than ${PACK_LIMITS.depth} levels.`;
    if (v && typeof v === 'object') for (const c of Object.values(v as object)) if (c && typeof c === 'object') stack.push([c, d + 1]); else nodes++;
  }
  return nodes > PACK_LIMITS.nodes ? many : null;
}

/** A path whose first step is an entry of a top-level list, with that entry's id when it has one: "indicators[3] (xa-dat-chuan).target.value"
 * tells a clerk which indicator without counting from zero (walk53, item 8). */
function namedPath(path: readonly PropertyKey[], data: unknown): string {
  const plain = formatPath(path);
  if (path.length < 2 || typeof path[1] !== 'number') return plain;
  const id = (valueAt(data, path.slice(0, 2)) as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || !id || id.length > 60) return plain;
  const tail = formatPath(path.slice(2));
  return `${formatPath(path.slice(0, 2))} (${id})${!tail || tail.startsWith('[') ? tail : `.${tail}`}`;
}

/** The date `decuong pack import` writes where the outline gives none. */
export const DRAFT_DATE = '2000-01-01';
/** Identification words that every report has: a pack named by them alone would claim them all. */
const GENERIC_KEYWORDS = new Set(['bao cao', 'de cuong', 'bao cao tong ket', 'bao cao so ket', 'tong ket', 'so ket']);

/**
 * The stand-ins a pack still holds from `decuong pack import` (a value beginning "TODO", the date 2000-01-01, an identification word every
 * report has), one problem each: such a pack is a draft, not yet fit to check a report or to publish.
 */
export function draftProblems(pack: Pack, lang: Lang = 'vi'): PackProblem[] {
  const vi = lang === 'vi';
  const out: PackProblem[] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') {
      if (/^\s*TODO\b/u.test(v)) out.push({ path: formatPath(path), message: vi ? `Còn chữ tạm "${v.slice(0, 40)}" (do "decuong pack import" điền): thay bằng nội dung thật trước khi dùng.` : `Still the stand-in "${v.slice(0, 40)}" (written by "decuong pack import"): replace it with the real value before use.` });
      else if (v === DRAFT_DATE) out.push({ path: formatPath(path), message: vi ? `Còn ngày tạm ${DRAFT_DATE} (do "decuong pack import" điền): điền ngày thật, dạng NNNN-TT-NN.` : `Still the stand-in date ${DRAFT_DATE} (written by "decuong pack import"): fill in the real date, as YYYY-MM-DD.` });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk({ sources: pack.sources, period: pack.period, due: pack.due }, []);
  pack.identify.keywords.forEach((k, i) => {
    const folded = foldDiacritics(k).toLowerCase().replace(/\s+/gu, ' ').trim();
    if (GENERIC_KEYWORDS.has(folded))
      out.push({ path: `identify.keywords[${i}]`, message: vi ? `Từ khóa nhận biết "${k}" quá chung: mọi báo cáo đều có, nên mẫu này sẽ nhận mọi báo cáo; dùng vài chữ riêng của tiêu đề (ví dụ "tổng kết 5 năm", "2021-2025").` : `The identification word "${k}" is too general: every report has it, so this pack would claim them all; use words of its own title (e.g. "tổng kết 5 năm", "2021-2025").` });
  });
  return out;
}

/** Validate parsed JSON data. */
export function validatePackData(data: unknown, lang: Lang = 'vi'): PackResult {
  const big = tooLarge(data, lang);
  if (big) return { ok: false, problems: [{ path: '', message: big }] };
  const r = Pack.safeParse(data);
  if (r.success) {
    // (a skeleton from `decuong pack import` keeps its stand-ins until someone fills them: such a pack would judge every figure against
    // 01/01/2000 and claim every report by "BÁO CÁO" — refused, each stand-in named — walk53, item 1)
    const draft = draftProblems(r.data, lang);
    return draft.length ? { ok: false, problems: draft } : { ok: true, pack: r.data };
  }
  const problems = r.error.issues.map((i) => ({ path: namedPath(i.path, data), message: message(i as Issue, data, lang) }));
  return { ok: false, problems };
}

/** Validate pack text as read from a file. */
export function validatePackText(text: string, lang: Lang = 'vi'): PackResult {
  const vi = lang === 'vi';
  const body = text.replace(/^\uFEFF/, '');
  if (body.length > PACK_LIMITS.bytes)
    return { ok: false, problems: [{ path: '', message: vi ? `Tệp mẫu báo cáo quá lớn (hơn ${PACK_LIMITS.bytes / 1024 / 1024} MB).` : `The pack file is too large (over ${PACK_LIMITS.bytes / 1024 / 1024} MB).` }] };
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: vi ? 'Tệp rỗng: không có nội dung mẫu báo cáo.' : 'The file is empty: no pack content.' }] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    let where = '';
    if (m) {
      const pos = Number(m[1]);
      const before = body.slice(0, pos);
      const line = before.split('\n').length;
      const col = pos - before.lastIndexOf('\n');
      where = vi ? ` (dòng ${line}, cột ${col})` : ` (line ${line}, column ${col})`;
    }
    return {
      ok: false,
      problems: [{ path: '', message: vi ? `Không phải JSON hợp lệ${where}: kiểm tra dấu phẩy, ngoặc và dấu nháy.` : `Not valid JSON${where}: check commas, brackets and quotes.` }],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, problems: [{ path: '', message: vi ? 'Mẫu báo cáo phải là một đối tượng JSON {...}.' : 'A pack must be a JSON object {...}.' }] };
  return validatePackData(data, lang);
}
