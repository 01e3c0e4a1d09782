/**
 * Analyse a document against a pack, once: the writer's unit, the outline
 * alignment, each section's span and substance, and the facts (figures with
 * their roles). The rules read this; none of them re-reads the document.
 */
import { tabTables } from './tab-tables';
import { reflowed, softBreaksJoined } from './reflow';
import { splitFiguresJoined } from './split-figures';
import type { Indicator, Level, Pack } from '../packs/schema';
import type { DocModel } from './model';
import { APPENDIX_ATTACHED, DONE_HEADING, FUTURE_HEADING, NOT_OURS, PLAN_WORDS, TARGET_FRAME, TARGETS_HEADING, startsWith } from './lexicon';
import { continuedTables } from './table-continued';
import { SCHEME_LEVEL, alignOutline, closingParagraph, findHeadings, titleText, isUnder, outOfOrder, type FlatSection, type Heading, type SectionMatch } from './structure';
import { detectUnit, type Unit } from './level';
import { formerNames, namedPlaces } from './scope';
import { tablePlaceNames } from './table-places';
import { inlineItems } from './inline-items';
import { extractFacts, judge, type Fact, type Judged } from './facts';
import { emptySections, hasFigure } from './substance';
import { CH, paragraphChars } from './chars';
import { FORMER_SCOPE, FORMER_SCOPE_TITLE, FORMER_PLAN_TITLE } from './lexicon/patterns';
import { foldDiacritics, normalize } from './text';
import { APPENDIX_NUMBER } from './lexicon/patterns-structure';

/** A paragraph that opens a quotation ("“- Phấn đấu …"), and one that closes it ("… đạt 49%.”"). */
const OPENS_QUOTE = /^\s*[“"]/u;
const CLOSES_QUOTE = /[”"]\s*[.;]?\s*$/u;
/** The longest quotation read as the plan's targets, in paragraphs. */
const MAX_QUOTED = 12;

export interface AnalysisOptions {
  level?: Level;
}

export interface Analysis {
  doc: DocModel;
  pack: Pack;
  /** The template the document's title names, where it is another than the one checked against (set by the check's caller). */
  titled?: { id: string; title: string };
  level?: Level;
  unit: Unit;
  headings: Heading[];
  matches: SectionMatch[];
  /** Paragraph range [from, to) covered by a matched section including its subsections. */
  spanOf(m: SectionMatch): [number, number] | null;
  outOfOrder: Set<FlatSection>;
  /** Sections whose heading is there but without substance. */
  empty: Set<FlatSection>;
  /** Items with no heading, written inline in their parent's text ("Về quy hoạch: … Về hạ tầng: …"): there. */
  inline: Set<FlatSection>;
  facts: Fact[];
  /** The unit's result each indicator is judged by (absent: never given). */
  judged: Map<string, Judged>;
  /** Whether the indicator is judged at this report's level. */
  applies(ind: Indicator): boolean;
  mapping: { mapped: boolean; found: number; required: number; topFits: boolean };
  /** Tables that hold the report itself ("TT | Nội dung | Kết quả"): their cells are prose, not figures in columns. */
  proseTables: Set<number>;
  /** Paragraphs about the period to come (a section the pack marks `future`, or a heading of the writer's own about it). */
  future: { has(paragraph: number): boolean };
}

/** Text in composed form (NFC): a reader may hand over decomposed marks, which the phrase sets would not match. */
function composed(doc: DocModel): DocModel {
  const { flags } = paragraphChars(doc);
  if (!flags.some((f) => (f & CH.COMBINING) !== 0)) return doc;
  return { ...doc, paragraphs: doc.paragraphs.map((p, i) => ((flags[i] & CH.COMBINING) !== 0 && DECOMPOSED.test(p.text) ? { ...p, text: p.text.normalize('NFC') } : p)) };
}
const DECOMPOSED = /[\u0300-\u036f]/;

/** The former place a report says its figures are of, in its first paragraphs, of the report's own level (folded capitals). */
function formerScope(doc: DocModel, level: Level | undefined): string | undefined {
  const own = level === 'so-nganh' ? 'tinh' : level;
  // (… or the report's title names the plan of one former place: "… Nghị quyết số 16-NQ/TU … của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận (cũ)")
  const titled = FORMER_PLAN_TITLE.exec(titleText(doc));
  if (titled && own && NOUN_LEVEL[titled[1].toLowerCase()] === own) return foldDiacritics(titled[2]).toUpperCase();
  for (const p of doc.paragraphs.slice(0, 40)) {
    if (!p.text.includes('(')) continue;
    const m = FORMER_SCOPE.exec(p.text) ?? FORMER_SCOPE_TITLE.exec(p.text);
    if (m && own && NOUN_LEVEL[m[1]] === own) return foldDiacritics(m[2]).toUpperCase();
  }
  return undefined;
}
const NOUN_LEVEL: Record<string, string> = { tỉnh: 'tinh', huyện: 'huyen', xã: 'xa' };

export function analyse(input: DocModel, pack: Pack, opts: AnalysisOptions = {}): Analysis {
  // a report converted from PDF: its broken lines joined back into sentences
  // (… and its rows typed with tabs read as the table they are)
  // (… and its figures split by a space after their mark read whole: "71, 2%", "2. 640 cán bộ")
  // (… and its lines broken inside a sentence by a line break read as the spaces they stand for: "905,4 tỷ↵đồng")
  // (… and a table broken over a page, its header typed again, read as the one table it is)
  const doc = continuedTables(tabTables(splitFiguresJoined(softBreaksJoined(reflowed(composed(input))))));
  const detected = detectUnit(doc);
  // (… or, where the header names none, the level the outline was written for, as decuong recorded it: a skeleton made with --level)
  const level = opts.level ?? detected.level ?? input.recorded?.level;
  const former = formerNames(doc.paragraphs.map((p) => p.text));
  // (a new unit that keeps an old one's name is itself, not a former part: "Xã Hải Thượng (mới) … sáp nhập các xã Hải Thượng, Hải Lâm (cũ)")
  for (const k of former) if (detected.name && k.endsWith(`:${detected.name}`)) former.delete(k);
  // (a merged province reporting on one former province's resolution, its figures said to be that one's: that one is the unit)
  const scope = formerScope(doc, level);
  if (scope) for (const k of [...former]) if (k.endsWith(`:${scope}`)) former.delete(k);
  const unit: Unit = { ...detected, ...(scope ? { name: scope, scope } : {}), level, ...(former.size ? { former } : {}) };
  // (… the places the prose names with their noun, and those a table by place lists by name alone, "Can Lộc" under "Đơn vị")
  const named = namedPlaces(doc.paragraphs.map((p) => p.text), unit, tablePlaceNames(doc, unit.level));
  if (named.size) unit.named = named;
  const allHeadings = findHeadings(doc);
  const { matches, mapping } = alignOutline(pack, allHeadings, level, doc);
  // a run-in heading, or a plain numbered line, counts only when it is one of the pack's items; otherwise it is content
  const matchedHeadings = new Set(matches.map((m) => m.heading).filter(Boolean));
  const headings = allHeadings.filter((h) => (h.runIn === undefined && !h.weak) || matchedHeadings.has(h));
  // the body ends where the closing begins ("Trên đây là báo cáo…", "Nơi nhận:") after the last of the pack's
  // items: the last section stops there (the signature block's capitals after it are no heading of the body)
  const n = closingParagraph(doc, headings.filter((h) => matchedHeadings.has(h))) ?? doc.paragraphs.length;
  const spans = sectionSpans(matches, headings, n);
  const spanOf = (m: SectionMatch) => spans.get(m) ?? null;
  const empty = emptySections(doc, matches, headings, spanOf);
  const inline = inlineItems(doc, matches, spanOf);
  // paragraphs in sections about the period to come (pack: future): figures there are targets, not results
  const future = new IndexSet(doc.paragraphs.length);
  // (… up to an appendix attached after them: "Phụ lục 01. Kết quả thực hiện các chỉ tiêu … (đến 30/6/2024)" right after the
  // proposals holds results, not plans)
  const appendixAt = appendixStarts(doc);
  const upToAppendix = (from: number, to: number) => Math.min(to, appendixAt.find((a) => a > from) ?? to);
  for (const m of matches) {
    const span = spanOf(m);
    if (!span) continue;
    let isFuture = false;
    for (let f: FlatSection | undefined = m.flat; f && !isFuture; f = f.parent) isFuture = f.section.future === true;
    if (isFuture) for (let i = span[0], end = upToAppendix(span[0], span[1]); i < end; i++) future.add(i);
  }
  // a heading of the writer's own about the period to come ("IV. NHIỆM VỤ TRỌNG TÂM QUÝ II/2025"): its paragraphs too
  // (not one that opens on what was done: "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM THEO KẾT LUẬN")
  allHeadings.forEach((h, k) => {
    if (matchedHeadings.has(h) || !FUTURE_HEADING.test(h.title) || startsWith(DONE_HEADING, h.title)) return;
    const next = allHeadings.slice(k + 1).find((x) => x.level <= h.level)?.paragraph ?? n;
    for (let i = h.paragraph + 1, end = upToAppendix(h.paragraph, Math.min(next, n)); i < end; i++) future.add(i);
  });
  // a heading of the writer's own that restates the plan's targets ("Các chỉ tiêu chủ yếu Nghị quyết … đề ra"): its figures are those targets
  const restated = new Map<number, string>();
  allHeadings.forEach((h, k) => {
    if (matchedHeadings.has(h) || !startsWith(TARGETS_HEADING, h.title)) return;
    const next = allHeadings.slice(k + 1).find((x) => x.level <= h.level)?.paragraph ?? n;
    for (let i = h.paragraph + 1; i < Math.min(next, n); i++) restated.set(i, h.title);
  });
  // a quotation of the plan's targets set off in paragraphs of its own (“ … ”), after a line that introduces them ("… trích lại
  // mục tiêu cụ thể đến năm 2025 tại … Chương trình hành động …:"): its figures are the plan's targets, as under a heading that
  // restates them
  for (let i = 1; i < n; i++) {
    if (!OPENS_QUOTE.test(doc.paragraphs[i].text)) continue;
    const lead = doc.paragraphs[i - 1].text;
    if (!/:\s*$/u.test(lead) || !TARGET_FRAME.test(lead)) continue;
    const stop = Math.min(n, i + MAX_QUOTED);
    let last = i;
    while (last < stop && !CLOSES_QUOTE.test(doc.paragraphs[last].text)) last++;
    if (last === stop) continue;
    for (let k = i; k <= last; k++) if (!restated.has(k)) restated.set(k, lead);
    i = last;
  }
  // figures are read from every paragraph but headings; a run-in heading's paragraph holds its section's text
  const headingLines = new Set(headings.filter((h) => h.runIn === undefined).flatMap((h) => (h.also !== undefined ? [h.paragraph, h.also] : [h.paragraph])));
  // a report written as a table: its cells of text are read as prose
  const proseTables = new Set(headings.flatMap((h) => (h.inTable !== undefined && matchedHeadings.has(h) ? [h.inTable] : [])));
  // (… read from after its label: the label's figures are the heading's — but what the writer adds after the item's own words, an as-of
  // date or a source, "1. Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu đến ngày 31/12/2023: …", is the text's and leads it)
  const itemOf = new Map(matches.flatMap((m) => (m.heading ? [[m.heading, m] as const] : [])));
  const runInText = new Map(headings.filter((h) => h.runIn !== undefined && h.runIn.trim()).map((h) => [h.paragraph, runInWithTail(doc.paragraphs[h.paragraph]?.text ?? '', h.runIn!, itemOf.get(h)?.flat.section.title ?? '')]));
  const facts = extractFacts(doc, pack, { unit, future, restated, headings: headingLines, proseTables, runInText });
  const bySection = new Map(matches.map((m) => [m.flat.section.id, m]));
  const end = Number(pack.period.to.slice(0, 4));
  const judged = new Map<string, Judged>();
  for (const ind of pack.indicators) {
    const m = ind.section ? bySection.get(ind.section) : undefined;
    const j = judge(facts, ind, m ? spanOf(m) : null, end, pack.period.to);
    if (j) judged.set(ind.id, j);
  }
  return {
    doc, pack, level, unit, headings, matches, spanOf, empty, inline, facts, judged, mapping, proseTables, future,
    outOfOrder: outOfOrder(matches.filter((m) => m.flat.applies)),
    applies: (ind) => !level || ind.levels.includes(level),
  };
}

/**
 * A run-in item's text, led by the words its label adds after the item's own (read back from the label's end while a word is none of the
 * item title's): "đến ngày 31/12/2023, tỷ lệ …" for "1. Kết quả … chủ yếu đến ngày 31/12/2023: tỷ lệ …"; the text alone where the label
 * ends on the title's words ("2. Thực hiện mục tiêu … theo Quyết định số 321/QĐ-TTg, ngày 08/3/2022 của Thủ tướng Chính phủ: …") or the
 * words it adds hold figures of their own.
 */
function runInWithTail(paragraph: string, runIn: string, title: string): string {
  const at = paragraph.lastIndexOf(runIn);
  if (at <= 0 || !title) return runIn;
  const known = new Set(normalize(title).split(' '));
  const words = paragraph.slice(0, at).replace(/[\s:*–—-]+$/u, '').split(/\s+/u);
  let k = words.length;
  // (a word is the title's when its every part is: "321/QĐ-TTg" folds to three)
  const titles = (w: string) => {
    const parts = normalize(w).split(' ').filter(Boolean);
    return parts.length > 0 && parts.every((x) => known.has(x));
  };
  while (k > 0 && !titles(words[k - 1])) k--;
  const tail = words.slice(k).join(' ').replace(/^[\s,;(]+|[\s,;)]+$/gu, '');
  // (… only times and sources: a tail with figures of its own, "(mục tiêu đến năm 2025: lao động qua đào tạo 70%, …)", stays the heading's)
  return k > 0 && tail && k < words.length && !hasFigure(tail) ? `${tail}, ${runIn}` : runIn;
}

/** A set of paragraph indexes (0 ≤ i < n) marked in an array: a span of thousands of paragraphs is marked without hashing each. */
class IndexSet {
  private readonly at: Uint8Array;
  constructor(n: number) {
    this.at = new Uint8Array(n);
  }
  add(i: number) {
    if (i >= 0 && i < this.at.length) this.at[i] = 1;
  }
  has(i: number): boolean {
    return this.at[i] === 1;
  }
}

/** Each matched section runs from its heading to the next heading of a section outside it (or of its level or above). */
/** Vietnamese numbering by rank (the level each scheme is read at: a part, then I, II or capitals, then 1, 2, then 1.1, then a), (1)), bullets
 * and unnumbered lines none. */
const rankOf = (h: Heading) => (h.scheme === 'bullet' || h.scheme === 'none' ? undefined : SCHEME_LEVEL[h.scheme]);
/** Whether a heading is numbered in a scheme of lower rank than another's: "1." under "III.", whatever their styles. */
/** Whether a heading of the item's own scheme and level follows a heading, before any of a higher rank: the item has a next sibling. */
function siblingAfter(ordered: Heading[], from: Heading, item: Heading): boolean {
  for (const h of ordered) {
    if (h.paragraph <= from.paragraph) continue;
    if (h.level < item.level) return false;
    if (h.level === item.level && h.scheme === item.scheme && !!h.number) return true;
  }
  return false;
}
/** The first number of a list: "a)", "a.", "(a)", "(1)", "1)". */
const FIRST_NUMBER = /^\(?(?:a|1)\s*[.)]?$/iu;
const numberedBelow = (h: Heading, over: Heading) => !!h.number && !!over.number && (rankOf(h) ?? 0) > (rankOf(over) ?? 9);

function sectionSpans(matches: SectionMatch[], headings: Heading[], end: number): Map<SectionMatch, [number, number]> {
  const out = new Map<SectionMatch, [number, number]>();
  const byHeading = new Map<Heading, SectionMatch>();
  for (const m of matches) if (m.heading) byHeading.set(m.heading, m);
  const ordered = headings.slice().sort((a, b) => a.paragraph - b.paragraph);
  for (const m of matches) {
    if (!m.heading) continue;
    const at = m.heading.paragraph;
    let stop = end;
    // (an unnumbered heading of the same level that took no item, right under the item's own with nothing between, goes on with it: the
    // rest of a title broken over two lines of one style, "II. KẾT QUẢ THỰC HIỆN CÁC BỘ TIÊU CHÍ" / "NÔNG THÔN MỚI CÁC CẤP" — nxf03;
    // joining the two as one heading made items of the pack set so, "IV. ĐÁNH GIÁ CHUNG" / "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", missing — review-51)
    let next = (m.heading.also ?? at) + 1;
    // (a list numbered in another scheme of the same rank that opens on its first number under the heading is a list inside it: "a) Giao
    // thông nông thôn." under "(2) Phát triển hạ tầng …" — its "b)", "c)" with it, up to "(3)" — session 61, nzl01)
    const inside = new Set<string>();
    for (const h of ordered) {
      if (h.paragraph <= at) continue;
      if (h.paragraph >= stop) break;
      const hm = byHeading.get(h);
      if (!hm && h.paragraph === next && !h.number && h.level === m.heading.level && !h.weak && h.runIn === undefined) {
        next = h.paragraph + 1;
        continue;
      }
      // (… only where a heading of the item's own scheme follows the list, "(3)": a list after the last item may be its group's, "a) Kết quả
      // nổi bật của 11 nội dung" after "(11)" — review-61c A6)
      if (!hm && h.number && m.heading.number && h.level === m.heading.level && h.scheme !== m.heading.scheme && (inside.has(h.scheme) || (FIRST_NUMBER.test(h.number) && siblingAfter(ordered, h, m.heading)))) {
        inside.add(h.scheme);
        continue;
      }
      // the next matched section that is not inside this one, or an unmatched heading of this level or above
      // (… by its numbering where the two are set alike: "1. Nhiệm vụ, giải pháp …" in Heading 2 under a bold "III. NHIỆM VỤ, GIẢI PHÁP …"
      // the alignment read as level 2 too is an item of it — nyu02)
      if (hm ? !isUnder(hm.flat, m.flat) : h.level <= m.heading.level && !(h.level === m.heading.level && numberedBelow(h, m.heading))) {
        stop = h.paragraph;
        break;
      }
    }
    out.set(m, [at + 1, Math.max(at + 1, stop)]);
  }
  return out;
}

/**
 * The paragraphs that open an attached appendix, in order: a short line of the text (no table cell) that opens on "Phụ lục" and its
 * number or nothing ("Phụ lục 01. Kết quả …", "PHỤ LỤC", "Phụ lục II:", "Biểu phụ lục số 2") — not a sentence about one ("Phụ lục
 * số liệu sẽ gửi sau") nor a future one.
 */
function appendixStarts(doc: DocModel): number[] {
  const out: number[] = [];
  for (const p of doc.paragraphs) {
    if (p.cell || p.text.length > 250 || !startsWith(APPENDIX_ATTACHED, p.text)) continue;
    const hit = APPENDIX_ATTACHED.find(p.text.trimStart())!;
    // (… nor one of what is planned: "Phụ lục 02. Dự kiến kết quả thực hiện các chỉ tiêu đến năm 2025")
    if (!APPENDIX_NUMBER.test(p.text.trimStart().slice(hit.end)) || NOT_OURS.test(p.text) || FUTURE_HEADING.test(p.text) || PLAN_WORDS.test(p.text)) continue;
    out.push(p.index);
  }
  return out;
}
