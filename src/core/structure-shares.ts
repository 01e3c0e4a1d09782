/**
 * The parts of a structure are shares of one whole, and make 100%: "Cơ cấu kinh tế năm 2024 gồm: nông, lâm nghiệp và thủy sản 32,4%;
 * công nghiệp - xây dựng 35,1%; thương mại - dịch vụ 33,7%" makes 101,2%. Only that shape is read: a structure named (lexicon:
 * structure-lead), then within its clause "gồm", ":" or "là", then at least two parts, each a few words and one percentage, apart by
 * ";", "," or "và", up to the sentence's end or a bracket. A bracket right after that gives the same parts at another time ("(năm 2021
 * tương ứng là 38,6%, 31,2% và 30,2%)") must make 100% too. Each figure stands for what rounds to it.
 *
 * Parts above 100% are always wrong; parts short of it may be the main ones only, and are read as wrong only in a bracket that
 * restates, at another time, three parts or more that make 100% ("(năm 2021 tương ứng là 38,6%, 31,2% và 28,2%)"). A part's own
 * breakdown ("trong đó du lịch 12%") and what follows ";" after parts apart by commas are no parts.
 */
import { parseVnNumber, roundingInterval, type VnNumber } from './numbers';
import { extractQuantities } from './quantities';
import { ECONOMIC_SECTORS, GROWTH_WORDS, RATE_WORDS, STRUCTURE_LEAD, isOnly } from './lexicon';
import { OPENS, PART_SEP, RESTATED, NOT_A_PART, SUB_LIST, REST } from './lexicon/patterns-sums';

export interface StructureShares {
  /** Where the list (or the bracket's list) starts and ends in the text. */
  start: number;
  end: number;
  parts: VnNumber[];
  sum: number;
  decimals: number;
}

// (a decimal stop too, "61.2%": in a share of one or two decimals it is no thousands mark — nwd03)
const PCT = String.raw`(\d{1,3}(?:[,.]\d{1,2})?)\s*%`;
/** A part: a few words (no figure), then its share — "nông, lâm nghiệp và thủy sản 32,4%" — or the share alone in a bracket's list. */
const PART = new RegExp(String.raw`^\s*(\p{L}[^\d%;()]{0,60}?)?\s*(?:chiếm\s+|là\s+)?${PCT}\s*$`, 'u');
/** Where the list ends: an opening bracket, or the sentence's end (a full stop not inside a figure). */
const LIST_END = /\(|\.(?!\d)|$/u;

function partsOf(list: string, labelled: boolean, names?: string[]): VnNumber[] | null {
  // (a comma inside a part's name, "nông, lâm nghiệp và thủy sản", is no separator: the name has no share of its own)
  const raw = list.split(PART_SEP);
  const items: string[] = [];
  let pending = '';
  for (const r of raw) {
    pending = pending ? `${pending}, ${r}` : r;
    if (/%/u.test(r)) {
      items.push(pending);
      pending = '';
    }
  }
  // (words with no share after the last part, a comma before them, say something of the parts, and end the list: "…, thủy sản 13,4%,
  // chuyển dịch đúng hướng tăng tỷ trọng chăn nuôi, thủy sản" — nvo01; three parts at least: two shares under a structure's name may be
  // of two wholes, "lao động nữ chiếm 51,2%, lao động là người dân tộc thiểu số chiếm 78,6%, chủ yếu …" — review-44 B9, B10)
  if (pending.trim() && (items.length < 3 || !/^\s*,[^\d]*$/u.test(list.slice(list.lastIndexOf('%') + 1)))) return null;
  const parts: VnNumber[] = [];
  for (const it of items) {
    const m = PART.exec(it);
    // (a rate or a change is no part: "tỷ lệ cơ giới hóa đạt 85%", "tăng 3,2%")
    if (!m || (labelled && !m[1]) || (m[1] && NOT_A_PART.test(m[1]))) return null;
    const n = parseVnNumber(m[2]);
    if (!n) return null;
    parts.push(n);
    names?.push(m[1] ?? '');
  }
  return parts.length >= 2 ? parts : null;
}

function judged(parts: VnNumber[], start: number, end: number, mayFallShort: boolean): StructureShares | null {
  const lo = parts.reduce((s, p) => s + roundingInterval(p)[0], 0);
  const hi = parts.reduce((s, p) => s + roundingInterval(p)[1], 0);
  const eps = 1e-9;
  if (lo <= 100 + eps && (hi >= 100 - eps || !mayFallShort)) return null;
  const decimals = Math.max(...parts.map((p) => p.decimals));
  return { start, end, parts, sum: parts.reduce((s, p) => s + p.value, 0), decimals };
}

export function structureShares(text: string): StructureShares[] {
  const out: StructureShares[] = [];
  if (!/%/u.test(text)) return out;
  out.push(...sectorShares(text));
  if (!STRUCTURE_LEAD.test(text)) return out;
  let from = 0;
  for (let n = 0; n < 10; n++) {
    const lead = STRUCTURE_LEAD.find(text.slice(from));
    if (!lead) break;
    const at = from + lead.end;
    from = at;
    // (a restructuring: "Đề án cơ cấu lại ngành nông nghiệp: …")
    if (/^\s*lại(?![\p{L}])/u.test(text.slice(at, at + 8))) continue;
    const open = OPENS.exec(text.slice(at, at + 120));
    if (!open) continue;
    const start = at + open[0].length;
    const rest = text.slice(start, start + 600);
    let stop = LIST_END.exec(rest)!.index;
    // (a part's own parts are no parts of the whole: "…, dịch vụ 35%, trong đó du lịch 12%"; and where the parts are apart by commas,
    // ";" opens another statement: "…, dịch vụ 35%; lao động nông nghiệp chiếm 40%")
    const sub = SUB_LIST.exec(rest.slice(0, stop));
    if (sub) stop = sub.index;
    // (the separator after the first part's share tells how the parts are apart: "nông, lâm nghiệp và thủy sản 32,4%; …" by ";")
    const pct = rest.indexOf('%');
    const firstSep = pct >= 0 && pct < stop ? /[;,]/u.exec(rest.slice(pct, stop)) : null;
    if (firstSep?.[0] === ',' && rest.slice(pct, stop).includes(';')) stop = rest.indexOf(';', pct);
    const list = rest.slice(0, stop);
    const parts = partsOf(list, true);
    if (!parts) continue;
    // (parts short of 100% may be the main ones only — "lúa 45%, rau màu 25%, cây ăn quả 20%": only parts above it are wrong; the same
    // parts restated at another time must make what the first make)
    const wrong = judged(parts, start, start + stop, false);
    if (wrong && !out.some((o) => o.start === wrong.start)) out.push(wrong);
    const short = !wrong && parts.length >= 3 && !REST.test(list) && !judged(parts, start, start + stop, true);
    // the same parts at another time, in the bracket right after
    const br = RESTATED.exec(rest.slice(stop));
    if (br) {
      const again = partsOf(br[1], false);
      if (again && again.length === parts.length) {
        const w = judged(again, start + stop, start + stop + br[0].length, short);
        if (w) out.push(w);
      }
    }
    from = start + stop;
  }
  return out;
}

/** Where a list of parts opens: "trong đó", "gồm", or a colon. */
const LIST_OPEN = /(?:(?<![\p{L}])(?:trong đó|bao gồm|gồm)(?![\p{L}])\s*:?|:)\s*/giu;
/** A sector's name with the word for a branch or field before it: "ngành nông nghiệp", "lĩnh vực dịch vụ". */
const SECTOR_NOUN = /^\s*(?:ngành|lĩnh vực|khu vực)\s+/iu;

/**
 * Shares of the economy's sectors, all of them named, after "trong đó", "gồm" or ":" (lexicon: economic-sectors): a structure whatever
 * names it — "98 450 lao động trong độ tuổi, trong đó: nông nghiệp 61.2%, công nghiệp - xây dựng 17.5%, thương mại - dịch vụ 23.8%" makes
 * 102,5% (nwd03). Not where the sentence before speaks of a rate or a growth ("tỷ lệ lao động qua đào tạo …, trong đó: nông nghiệp 70%,
 * …" gives each sector its own rate), and only above 100%: sectors named may be the main ones only.
 */
function sectorShares(text: string): StructureShares[] {
  const out: StructureShares[] = [];
  LIST_OPEN.lastIndex = 0;
  for (let m = LIST_OPEN.exec(text), n = 0; m && n < 20; m = LIST_OPEN.exec(text), n++) {
    const start = m.index + m[0].length;
    const sentence = text.slice(Math.max(0, text.lastIndexOf('.', m.index - 1) + 1, text.lastIndexOf(';', m.index - 1) + 1), m.index);
    if (RATE_WORDS.test(sentence) || GROWTH_WORDS.test(sentence)) continue;
    // (… and only the parts of a whole counted right before, in the same clause: "toàn huyện có 98 450 lao động trong độ tuổi, trong
    // đó: …" — not a share or a rate before, "đạt 28,6%, trong đó: …", "bằng 108,2% so với năm 2022, trong đó: …", nor a measure per head,
    // "52,3 triệu đồng/người/năm: …", nor nothing counted, "Lao động qua đào tạo theo ngành: …" — review-47d A10 … A18, A26)
    const before = extractQuantities(text.slice(Math.max(0, m.index - 200, text.lastIndexOf(';', m.index - 1) + 1), m.index).split(/(?<!\d)[.!?](?!\d)/u).pop() ?? '');
    const whole = before[before.length - 1];
    // (the list up to its end, a decimal stop in a share no sentence's end: "61.2%")
    const rest = text.slice(start, start + 400);
    const list = rest.slice(0, LIST_END.exec(rest.replace(/(\d)\.(\d)/gu, '$1,$2'))!.index);
    // (… or shares each said to be one, "ngành nông nghiệp chiếm 41,2%; …" — review-47d A4)
    const each = (list.match(/(?<![\p{L}])chiếm(?![\p{L}])/giu) ?? []).length;
    // (… or a structure named before them, "Cơ cấu lao động … gồm: …" — its list read here too, where words after the last share end it —
    // review-44c B5)
    if ((!whole || whole.kind !== 'number' || !whole.unit || /\//u.test(whole.unit)) && each < 2 && !STRUCTURE_LEAD.test(sentence)) continue;
    const names: string[] = [];
    const parts = partsOf(list, true, names);
    if (!parts || parts.length < 2 || !names.every((x) => isOnly(ECONOMIC_SECTORS, x.replace(SECTOR_NOUN, '')))) continue;
    const wrong = judged(parts, start, start + list.length, false);
    if (wrong) out.push(wrong);
  }
  return out;
}
