/** placeholder: text left to fill ("Số:   /BC-UBND", "ngày … tháng … năm", "…%", "xx", empty table rows). */
import type { Rule } from './rule';
import { tables, type Paragraph, type TableView } from '../model';
import { excerpt, normalize } from '../text';
import { flatten } from '../structure';
import { DEFAULT_GUIDANCE, GUIDANCE_STYLE, guidanceRuns, guidanceText, parseTag } from '../skeleton';
import type { Pack } from '../../packs/schema';
import { packPattern } from '../../packs/pattern';
import { CH, paragraphChars } from '../chars';
import { COUNT_VERB, LEFT_TO_FILL, PHRASE_ENDS, isOnly } from '../lexicon';
import { BLANK_COUNT, DATA_NOTE_AT_SLOT, DATA_WORD_SLOT, DRAFTERS_BRACKET, DRAFTERS_ROUND, NOTE_ON_GIVEN, QUICK } from '../lexicon/patterns-structure';
import { DESCRIPTIONS } from '../codes';
import { isTotal } from '../totals-common';

/** Built-in shapes of text left to fill: each is linear-time (no nested quantifiers). */
const PATTERNS: Array<[RegExp, string, 'note'?]> = [
  [/\bSố\s*:?[\s.…_]{0,40}[-/]\s*[A-ZĐ]{1,8}(?:[-/][A-ZĐ]{1,10}){0,3}/u, 'số văn bản'],
  [/\bngày[\s.…_]{0,40}tháng[\s.…_]{0,40}năm\b/iu, 'ngày tháng'],
  // (… or a document's number left blank before its code, with no "Số": a list of documents' numbers, "| 6 | …/KH-UBND | 22/02/2024 |" — session 61, nzp01)
  // (… not the "and the others" closing a list of numbers that share one code: "các Kế hoạch số 25, 41, 57, …/KH-UBND" — review-61c C13)
  [/(?<![\p{L}\d])(?<!\d\s*[,;]\s*)(?:…|\.{2,}|_{2,})\s*\/\s*[A-ZĐ]{1,8}(?:[-/][A-ZĐ]{1,10}){1,3}(?![\p{L}])/u, 'số văn bản'],
  [/(?:…|\.{2,})\s*%/u, 'số liệu'],
  // (not the Roman numeral of a congress or a term: "Đại hội … lần thứ XX", "NQ Đại hội tỉnh XX", "khóa XX", "thế kỷ XX"; a session or a
  // conference is numbered in figures: "Kỳ họp thứ XX", "Hội nghị lần thứ XX" are blanks)
  [/(?<![\p{L}\d])(?:xx+|(?<!(?:(?:[đĐ]ại\s+hội|ĐH)(?:\s+[\p{L}.]+){0,7}?|[kK]hóa|[kK]hoá|[tT]hế\s+kỷ)\s+)XX+)(?![\p{L}\d])/u, 'ký hiệu xx'],
  [/\[\s*(?:cập nhật|bổ sung|điền)[^\]]{0,80}\]/iu, 'chỗ cần điền trong ngoặc vuông', 'note'],
  // (… not an editor's ellipsis at a quotation's edge: "“[…] xây dựng nông thôn mới là nhiệm vụ …”")
  [/(?<![“"‘«]\s*)\[\s*(?:…|\.{2,})[^\]]{0,80}\](?!\s*[”"’»])/u, 'chỗ cần điền trong ngoặc vuông'],
  [DRAFTERS_BRACKET, 'chỗ cần điền trong ngoặc vuông', 'note'],
  [BLANK_COUNT, 'số liệu'],
  [/\bngày[\s.…_]{0,40}tháng\s*\d{1,2}\s*năm\s*\d{4}/iu, 'ngày'],
  // (… or written with slashes: "Báo cáo số 2615/BC-SCT ngày …/11/2023", "ngày …/…/2023")
  [/\bngày\s*(?:…|\.{2,}|_{2,})\s*\/\s*(?:\d{1,2}|…|\.{2,}|_{2,})\s*\/\s*\d{4}/iu, 'ngày'],
  // (an appendix or a document whose number is left to fill: "chi tiết tại Phụ lục số … kèm theo")
  [/(?<![\p{L}])(?:phụ lục|biểu|quyết định|công văn|kế hoạch|báo cáo)\s+số\s*:?\s*(?:…|\.{3,}|_{2,})/iu, 'số hiệu'],
];

/**
 * An ellipsis where a count stands, before a noun the same paragraph counts with a figure elsewhere: "giai đoạn 2021 - 9/2023 xây dựng
 * mới 46 cầu dân sinh …; ước cả năm 2023 hoàn thành … cầu" (nxa04). The noun need not be among blank-count's: the writer's own count of
 * it says it is counted. Only where a word that takes a count stands right before the ellipsis (lexicon: count-verb) and the noun, in
 * lower case, ends its phrase there — before a stop, a word of no content, or the word the count elsewhere has after it: not "nâng cấp …
 * cuộc sống" beside "25 cuộc vận động", "… cầu nối" beside "12 cầu dân sinh", a list closed by it ("chanh leo … cây"), nor the next
 * sentence after a closing ellipsis ("… Cây xanh được trồng", "… Năm 2024") — review-50c P5–P19.
 */
function blankCountOfCounted(text: string): string | null {
  for (const m of text.matchAll(/(?<=[\p{L}\d]\s+)(?:…|\.{3,})\s*(\p{Ll}+)(?![\p{L}])/gu)) {
    const noun = m[1];
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const verb = COUNT_VERB.findLast(before);
    if (!verb || before.slice(verb.end).trim()) continue;
    const next = /^\s*(\p{L}+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    const counted = [...text.matchAll(new RegExp(`(?<![\\p{L}\\d.,/])\\d[\\d.,/]*\\s+${noun}(?![\\p{L}])\\s*(\\p{L}*)`, 'gu'))];
    if (!counted.length) continue;
    if (next && !isOnly(PHRASE_ENDS, next) && !counted.some((c) => c[1].toLowerCase() === next)) continue;
    return m[0];
  }
  return null;
}

/** Whether a paragraph's flags hold what one of QUICK's alternatives needs ("…" or "..", "xx", "[", "số" and "-" or "/", "năm", "ngày", "nếu"). */
const mayQuick = (f: number) => (f & (CH.ELLIPSIS | CH.XX | CH.BRACKET | CH.NAM | CH.NGAY | CH.NEU)) !== 0 || (f & (CH.SO | CH.DASH_OR_SLASH)) === (CH.SO | CH.DASH_OR_SLASH);
/** A header line that only names the kind of thing to write there: "TÊN CƠ QUAN, ĐƠN VỊ", "TÊN CQ, TC CHỦ QUẢN", "TÊN CƠ QUAN, TỔ CHỨC". */
const AGENCY_LEFT = /^\s*TÊN\s+(?:CƠ QUAN|CQ)(?:[\s,]+(?:ĐƠN VỊ|TỔ CHỨC|TC|CHỦ QUẢN))*\s*$/u;
/** A bare "…" (or "...") between words where a figure would stand, before a lower-case word: "cho … lượt cán bộ". */
const LOOSE_GAP = /(?<=[\p{L}\d,]\s+)(?:…|\.{3,})(?=\s*\p{Ll})/u;
/** Long paragraphs are scanned in their first part only: a placeholder sits in a short line or near a figure. */
const SCAN = 4000;

/**
 * A bracket that may hold a note to fill later, read where a "(" stands: it opens on the first word of one of the notes,
 * holds no figure, and is no longer than the longest note and a closing "…" (most brackets hold a figure or a name: they fail at once).
 */
const NOTE = new RegExp(
  `\\(\\s*((?:${[...new Set(LEFT_TO_FILL.set.phrases.map((p) => p.split(' ')[0]))].join('|')})[^()\\d]{0,${Math.max(...LEFT_TO_FILL.set.phrases.map((p) => p.length)) + 3}})\\)`,
  'iuy',
);
/** A word (holding a letter). Made once, here: the bundler rewrites a `\p{…}` literal into `new RegExp(…)` where it stands. */
const WORDLIKE = /\p{L}/u;
/** The first note in brackets saying the spot is to fill later, in a paragraph that holds five words or more besides: the note and where it stands. */
function leftToFill(text: string): { note: string; at: number } | null {
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    NOTE.lastIndex = at;
    const m = NOTE.exec(text);
    if (!m || !isOnly(LEFT_TO_FILL, m[1].replace(/[.!…]+$/u, ''))) continue;
    const rest = text.slice(0, at) + text.slice(at + m[0].length);
    if (rest.split(/\s+/).filter((w) => WORDLIKE.test(w)).length >= 5) return { note: m[0], at };
  }
  return null;
}
/**
 * A note in round brackets where the content or a figure should be: an office to add it ("… : (Phòng Tài chính - Kế hoạch bổ sung)"), or
 * the data to update right where a figure stands ("đạt (cập nhật số liệu)"), or only the words for data ("dưới (số liệu)%") — lexicon:
 * drafters-round, data-note-at-slot, data-word-slot. A paragraph that is only the note leaves its section empty (empty-section's).
 */
function roundNote(text: string): { note: string; at: number } | null {
  if (!text.includes('(')) return null;
  const m = DRAFTERS_ROUND.exec(text) ?? DATA_NOTE_AT_SLOT.exec(text) ?? DATA_WORD_SLOT.exec(text);
  if (!m) return null;
  const at = m.index + m[0].indexOf('(');
  // (the bracket alone, not the unit a slot's words may read after it: "(số liệu)" of "(số liệu)%")
  const note = text.slice(at, text.indexOf(')', at) + 1 || m.index + m[0].length);
  return text.replace(note, '').replace(/^[\s\-–+•*]+|[\s.;:]+$/gu, '') ? { note, at } : null;
}
/**
 * A note in square brackets asking to add or update, where it leaves a blank: not one that says what data to update the figure written
 * before it with, closing its clause ("… có 27 sản phẩm OCOP đạt từ 3 sao trở lên [bổ sung theo số liệu mới nhất của Phòng NN].": a
 * remark on the figure — lexicon: note-on-given). A note that only names who is to add ("[Phòng NN bổ sung]", "[bổ sung]") leaves the
 * clause's content to come, whatever figure it holds ("Chương trình 135", "4 sao", "Tiêu chí 17" — review-44 D6, D7, D18). Every note of
 * the paragraph is looked at (review-44 D5).
 */
function blankNote(re: RegExp, text: string): string | null {
  for (let at = 0; at < text.length; ) {
    const m = re.exec(text.slice(at));
    if (!m) return null;
    const start = at + m.index;
    const end = start + m[0].length;
    at = end;
    const before = text.slice(0, start);
    const after = text.slice(end);
    // (the words before it in its clause: from the last mark, a table cell's edge among them)
    const from = Math.max(...[...before.matchAll(/[,;:.!?|]\s/gu)].map((s) => s.index + 2), 0);
    // (a reviewer's request, an office then a colon then "đề nghị" — "[Phòng NN&PTNT: đề nghị bổ sung quyết định công nhận xã Đức Lạng]"
    // — closing a sentence of written figures remarks on it (review-44b C5, C7, C10), and so does one right after a written figure and
    // its words, mid-sentence or in a table's cell, "12 xã đạt chuẩn nông thôn mới nâng cao [Văn phòng Điều phối: đề nghị bổ sung danh
    // sách xã], 02 xã …", "50,1 [Hạt Kiểm lâm: đề nghị cập nhật số liệu năm 2024]" (review-44d B4, B17); not one that stands where a figure,
    // a date or a number should, before its unit, after an item's label, alone (review-44d B1–B15))
    if (REVIEWERS_REQUEST.test(m[0]) && !SLOT_BEFORE.test(before)) {
      const sentence = before.slice(before.search(/(?:[.!?]\s+)?[^.!?]*$/u));
      const closesWritten = /^\s*(?:[.;]|$)/u.test(after) && /\d/u.test(sentence) && sentence.split(/\s+/u).filter(Boolean).length >= 6;
      if (closesWritten || (/^\s*(?:[.;,)]|$)/u.test(after) && NOTE_ON_GIVEN.test(before.slice(from)))) continue;
    }
    if (!/^\s*(?:[.;]|$)/u.test(after) || !DATA_TO_UPDATE.test(m[0])) return m[0];
    if (!NOTE_ON_GIVEN.test(before.slice(from))) return m[0];
  }
  return null;
}
/** A reviewer's request in square brackets: an office, a colon, "đề nghị". */
const REVIEWERS_REQUEST = /^\[\s*[^\]:\d]{2,80}:\s*đề nghị(?![\p{L}])/iu;
/** The words before a bracket stop where a figure should stand: "đạt", "là", "có", a colon. */
const SLOT_BEFORE = /(?:(?<![\p{L}])(?:đạt|là|có|bằng|chiếm|còn|khoảng|được|ngày|tháng|năm|số|tăng|giảm)|:)\s*$/iu;
/** In a note, the data to update with: "theo số liệu mới nhất", "theo quyết toán", "kết quả đánh giá năm 2024", "số liệu đến 30/6/2024". */
const DATA_TO_UPDATE = /(?<![\p{L}])(?:theo|số liệu|kết quả|mới nhất|quyết toán|chính thức)(?![\p{L}])/iu;
/** The excerpt of a paragraph that shows a gap at `at`: from a little before it. */
const gapExcerpt = (text: string, at: number) => excerpt(at > 80 ? '…' + text.slice(text.lastIndexOf(' ', at - 60) + 1) : text);

export const placeholder: Rule = {
  meta: {
    code: 'placeholder', severity: 'error', needs: ['text', 'tables'], runsUnmapped: true,
    description: DESCRIPTIONS['placeholder'],
  },
  run(ctx) {
    // the built-in shapes, then the pack's own patterns (matched by RE2): the first that matches is reported
    const shapes = [
      ...PATTERNS.map(([re, what, note]) => ({ what, find: note ? (t: string) => blankNote(re, t) : (t: string) => re.exec(t)?.[0] ?? null })),
      { what: 'số liệu', find: blankCountOfCounted },
      ...ctx.pack.placeholders.map((src) => ({ what: 'mẫu của gói', find: (t: string) => packPattern(src).find(t) })),
    ];
    const withLoose = [...shapes, { what: 'số liệu', find: (t: string) => LOOSE_GAP.exec(t)?.[0] ?? null }];
    const always = ctx.pack.placeholders.length > 0;
    const headingAt = new Set(ctx.headings.map((h) => h.paragraph));
    const { flags } = paragraphChars(ctx.doc);
    // (the report's own number left blank is one gap, however often the report repeats it: "Số -BC/HU" in the head and in "(Kèm theo Báo
    // cáo Số -BC/HU)" over an appendix is said once — walk60, item 6)
    const numbersSaid = new Set<string>();
    for (let at = 0; at < ctx.doc.paragraphs.length; at++) {
      const p = ctx.doc.paragraphs[at];
      // "(đang cập nhật)" inside written text: a spot still to fill (a paragraph that is nothing else leaves its section empty: empty-section's)
      const later = leftToFill(p.text) ?? roundNote(p.text);
      if (later) {
        ctx.report({
          paragraph: p.index, excerpt: gapExcerpt(p.text, later.at),
          message: { vi: `Còn để trống (ghi chú chờ bổ sung): "${later.note}".`, en: `Left to fill (a note to add it later): "${later.note}".` },
          suggestion: { vi: 'Điền thông tin trước khi gửi.', en: 'Fill it in before submitting.' },
        });
        continue;
      }
      // (… or underscores: "Phụ lục số ___")
      if (!always && !mayQuick(flags[at]) && !p.text.includes('__')) continue;
      const text = p.text.length > SCAN ? p.text.slice(0, SCAN) : p.text;
      if (!text || (!always && !QUICK.test(text))) continue;
      // every gap of the paragraph, in one finding: "đạt ...%; … còn xx hộ; … đạt [số liệu]" is three to fill, not one a check (walk52)
      // (each found is blanked out, its length kept, and the shapes tried again: at most a few a paragraph)
      const gaps: Array<{ what: string; left: string; at: number }> = [];
      let rest = text;
      for (let round = 0; round < 6; round++) {
        // (once one gap is found, the paragraph is one left to fill: a bare "…" before a word stands for a figure too — "Đã tổ chức … lớp
        // tập huấn cho … lượt cán bộ, … lượt người dân" is three; the strict shapes want a figure elsewhere to know the noun counts — walk52b)
        const hit = (gaps.length ? withLoose : shapes).map(({ what, find }) => ({ what, m: find(rest) })).find((x) => x.m !== null && x.m.trim() !== '');
        if (!hit) break;
        const at = rest.indexOf(hit.m!);
        if (at < 0) break;
        gaps.push({ what: hit.what, left: hit.m!.replace(/\s+/g, ' ').trim(), at });
        rest = rest.slice(0, at) + ' '.repeat(hit.m!.length) + rest.slice(at + hit.m!.length);
      }
      const found = gaps.length > 0;
      const key = (g: { left: string }) => g.left.replace(/[\s:.…_]+/gu, '');
      const again = found && gaps.every((g) => g.what === 'số văn bản' && numbersSaid.has(key(g)));
      for (const g of gaps) if (g.what === 'số văn bản') numbersSaid.add(key(g));
      if (found && !again) {
        gaps.sort((a, b) => a.at - b.at);
        const whats = [...new Set(gaps.map((g) => g.what))].join('; ');
        const lefts = gaps.map((g) => `"${g.left}"`).join(', ');
        // the excerpt shows the first gap: from a little before it
        ctx.report({
          paragraph: p.index, excerpt: gapExcerpt(text, gaps[0].at),
          message: gaps.length === 1
            ? { vi: `Còn để trống (${whats}): ${lefts}.`, en: `Left to fill: ${lefts}.` }
            : { vi: `Còn ${gaps.length} chỗ để trống trong đoạn này (${whats}): ${lefts}.`, en: `${gaps.length} gaps left to fill in this paragraph: ${lefts}.` },
          suggestion: { vi: 'Điền thông tin trước khi gửi.', en: 'Fill it in before submitting.' },
        });
      }
      // "(nếu có)" copied from the outline: into a short line, a heading, a lead ending in a colon, or closing a
      // clause as the outline's items do ("…; kiến nghị khác (nếu có)."); inside a sentence it is the writer's own
      // (… closing a clause: a short one, as the outline's items are ("…; kiến nghị khác (nếu có)."), or one ending in the outline's
      // own words; a long sentence of the writer's closes on it naturally: "… đối với các dự án đã có khối lượng hoàn thành (nếu có).")
      if (!found && /\(nếu có\)/iu.test(text) && (text.split(/\s+/).length <= 15 || headingAt.has(p.index) || /\(nếu có\)\s*:/iu.test(text) || (/\(nếu có\)\s*[.;]?\s*$/iu.test(text) && outlineWords(ctx.pack, text)))) {
        ctx.report({
          severity: 'warning', paragraph: p.index, excerpt: excerpt(text),
          message: { vi: 'Còn chữ "(nếu có)" chép từ đề cương.', en: '"(nếu có)" ("if any") copied from the outline is still there.' },
          // (in a heading, the words are to go: the content is under it — session 39's walk-through, item 21)
          suggestion: headingAt.has(p.index)
            ? { vi: 'Bỏ chữ "(nếu có)" khỏi đề mục; nếu không có nội dung, ghi "Không có" dưới đề mục.', en: 'Remove "(nếu có)" from the heading; if there is nothing to report, say so under it.' }
            : { vi: 'Ghi nội dung cụ thể hoặc ghi "Không có".', en: 'Write the content or state that there is none.' },
        });
      }
    }
    // the outline's guidance left in a written item, word for word, as the outline .docx put it, in its style ("Nêu rõ những nội dung phù
    // hợp, chưa phù hợp. …" above the writer's own text): plain text that never goes away, it would reach the superior body printed in the
    // report (walk52; an item with nothing else is empty-section's). Not the same words typed or pasted by the writer: writers take the
    // official outline's lines as their own leads (rb01 … rb04); nor the pane's guidance in its content control, which goes as the writer
    // types in it and which the labelled reports leave beside their text (po03, pr05, ntg04 … — FORMAT.md: no substance, no error).
    // the writer's own text typed into the guidance's style (Word keeps a paragraph's style as one types over it) would be printed in the
    // guidance's blue italics: one warning for them all, at the first (walk52b) — not the guidance itself, left or not (an empty item's is
    // empty-section's). Both read in one pass over the paragraphs in that style, each by the deepest item whose text holds it.
    const spans = ctx.matches.flatMap((m) => {
      const span = m.heading ? ctx.spanOf(m) : null;
      return span ? [{ m, from: m.heading!.paragraph, to: span[1] }] : [];
    });
    const outline = new Set(ctx.matches.flatMap((m) => (guidanceText(m.flat.section) ?? '').split('\n').map((l) => normalize(l))));
    const styled: typeof ctx.doc.paragraphs = [];
    for (const p of ctx.doc.paragraphs) {
      if (p.style !== GUIDANCE_STYLE || !p.text.trim() || headingAt.has(p.index)) continue;
      const norm = normalize(p.text);
      if (!outline.has(norm)) { styled.push(p); continue; }
      const item = spans.filter((x) => x.from <= p.index && p.index < x.to).reduce<(typeof spans)[number] | undefined>((a, x) => (!a || x.m.flat.depth > a.m.flat.depth ? x : a), undefined)?.m;
      const g = item && !ctx.empty.has(item.flat) ? guidanceText(item.flat.section) : undefined;
      if (!g || !(norm === normalize(g) || g.split('\n').some((l) => normalize(l) === norm && (norm.split(' ').length >= 4 || norm === normalize(DEFAULT_GUIDANCE))))) continue;
      ctx.report({
        paragraph: p.index, excerpt: excerpt(p.text),
        message: { vi: 'Còn lời hướng dẫn của đề cương trong mục đã viết.', en: "The outline's guidance is still in a written item." },
        suggestion: { vi: 'Xóa lời hướng dẫn trước khi gửi.', en: 'Delete the guidance before submitting.' },
      });
    }
    // … and the pane's guidance left in a box the writer has typed in: the lines of the guidance word for word beside the writer's own text in
    // one content control (typed over the first line only — walk59, item 1); a box left whole is the guidance waiting (no error, FORMAT.md)
    for (const run of guidanceRuns(ctx.doc.paragraphs)) {
      const section = ctx.matches.find((m) => m.flat.section.id === run.section)?.flat.section;
      const g = section ? guidanceText(section) : undefined;
      if (!g) continue;
      const whole = normalize(g);
      const lines = new Set(g.split('\n').map((l) => normalize(l)).filter((l) => l.split(' ').length >= 4 || l === normalize(DEFAULT_GUIDANCE)));
      const left = run.paragraphs.filter((p) => lines.has(normalize(p.text)));
      const typed = run.paragraphs.some((p) => p.text.trim() && !lines.has(normalize(p.text)) && !whole.includes(normalize(p.text)));
      if (!typed) continue;
      for (const p of left)
        ctx.report({
          paragraph: p.index, excerpt: excerpt(p.text),
          message: { vi: 'Còn lời hướng dẫn của đề cương trong mục đã viết.', en: "The outline's guidance is still in a written item." },
          suggestion: { vi: 'Xóa lời hướng dẫn trước khi gửi.', en: 'Delete the guidance before submitting.' },
        });
    }
    if (styled.length) {
      const first = styled[0];
      ctx.report({
        severity: 'warning', paragraph: first.index, excerpt: excerpt(first.text),
        message: { vi: `Còn ${styled.length} đoạn viết ở kiểu chữ hướng dẫn của khung đề cương (nghiêng, màu xanh).`, en: `${styled.length} paragraph(s) written in the outline's guidance style (blue italics).` },
        suggestion: { vi: 'Chọn các đoạn này và đặt lại kiểu chữ Normal (Bình thường) trước khi gửi.', en: 'Set them back to the Normal style before submitting.' },
      });
    }
    // the header's agency left as the outline or the Nghị định 30 template writes it ("TÊN CƠ QUAN, ĐƠN VỊ", "TÊN CQ, TC CHỦ QUẢN"): a report
    // with no issuing body, listed under that name in the batch table (walk52b)
    for (const p of ctx.doc.paragraphs.slice(0, 15)) {
      if (!AGENCY_LEFT.test(p.text)) continue;
      ctx.report({
        paragraph: p.index, excerpt: excerpt(p.text),
        message: { vi: `Còn để trống (tên cơ quan, đơn vị): "${p.text.trim()}".`, en: `Left to fill (the agency's name): "${p.text.trim()}".` },
        suggestion: { vi: 'Ghi tên cơ quan, đơn vị ban hành báo cáo.', en: 'Write the name of the issuing body.' },
      });
    }
    // a footnote left to fill ("Phụ lục số xx"): found at the paragraph that refers to it
    for (const p of ctx.doc.paragraphs) {
      if (!p.notes) continue;
      for (const n of p.notes) {
        for (const { what, find } of shapes) {
          const m = find(n);
          if (m === null) continue;
          ctx.report({
            paragraph: p.index, excerpt: excerpt(`Chú thích: ${n}`),
            message: { vi: `Chú thích còn để trống (${what}): "${m.replace(/\s+/g, ' ').trim()}".`, en: `A footnote left to fill: "${m.replace(/\s+/g, ' ').trim()}".` },
            suggestion: { vi: 'Điền thông tin trước khi gửi.', en: 'Fill it in before submitting.' },
          });
          break;
        }
      }
    }
    // empty rows of a numbered table: "3 | | |"; a figure's cell left as "…" in a row of figures ("4 | Bình Trung | 13/19 | … | 2025")
    for (const t of tables(ctx.doc)) {
      t.rows.forEach((cells, r) => {
        const gap = cells.findIndex((c, j) => j > 0 && /^\s*(?:…|\.{3,})\s*$/u.test(c));
        if (gap > 0 && cells.some((c, j) => j > 0 && j !== gap && /\d/u.test(c)) && !cells.every((c, j) => j === 0 || /^\s*(?:…|\.{3,})?\s*$/u.test(c))) {
          ctx.report({
            paragraph: t.rowFirst[r] ?? t.first, excerpt: cells.join(' | '),
            message: { vi: `Còn để trống (số liệu): ô "…" ở dòng "${cells.slice(0, 2).join(' | ')}".`, en: `Left to fill: a cell "…" in the row "${cells.slice(0, 2).join(' | ')}".` },
            suggestion: { vi: 'Điền thông tin trước khi gửi.', en: 'Fill it in before submitting.' },
          });
          return;
        }
        const first = cells.length < 3 ? 0 : cells[0].charCodeAt(0);
        // a numbered row that names its item and leaves every figure blank, in a table whose other numbered rows give theirs: "6 |
        // Doanh nghiệp, hợp tác xã | | | | |" between rows of money by source (session 56, nyi02). Not a group's row over its items (the row
        // after it a sub-row or unnumbered), not a row whose cells a merge from above covers, not a table of few figures.
        if (first >= 48 && first <= 57 && /^\d+\.?$/.test(cells[0]) && cells.length >= 4 && /\p{L}/u.test(cells[1] ?? '') && !/\d/u.test(cells[1] ?? '') && cells.slice(2).every((c) => !c.trim()) && labelledRowLeft(t, r) && !saysNone(ctx.doc.paragraphs, t, cells[1])) {
          ctx.report({
            paragraph: t.rowFirst[r] ?? t.first, excerpt: cells.join(' | '),
            message: { vi: `Dòng ${cells[0]} "${cells[1].trim()}" của bảng còn để trống số liệu.`, en: `Row ${cells[0]} "${cells[1].trim()}" of a table has no figures filled in.` },
            suggestion: { vi: 'Điền số liệu, ghi "0" hoặc "-" nếu không có, hoặc xóa dòng.', en: 'Fill in the figures, write "0" or "-" where there are none, or delete the row.' },
          });
          return;
        }
        if (!(first >= 48 && first <= 57) || !/^\d+\.?$/.test(cells[0]) || cells.slice(1).some((c) => c.trim())) return;
        ctx.report({
          paragraph: t.rowFirst[r] ?? t.first, excerpt: cells.join(' | '),
          message: { vi: `Dòng ${cells[0]} của bảng còn trống.`, en: `Row ${cells[0]} of a table is empty.` },
          suggestion: { vi: 'Điền hoặc xóa dòng trống.', en: 'Fill in or delete the empty row.' },
        });
      });
    }
  },
};

/** "(nếu có)" as the outline's normalised text holds it. */
const NEU_CO = normalize('(nếu có)');
/** The pack's outline as one normalised text (titles and guidance), made once per pack. */
const outlineTexts = new WeakMap<Pack, string>();
/** Whether a clause closing on "(nếu có)" is the outline's: short, as its items are, or ending in its own words ("… cơ chế chính sách riêng (nếu có)"). */
function outlineWords(pack: Pack, text: string): boolean {
  let outline = outlineTexts.get(pack);
  if (outline === undefined) outlineTexts.set(pack, (outline = normalize(flatten(pack).map((f) => `${f.section.title} \n ${f.section.guidance ?? ''}`).join(' \n '))));
  const head = text.slice(0, text.search(/\(nếu có\)\s*[.;]?\s*$/iu));
  const clause = head.slice(Math.max(head.lastIndexOf(';'), head.lastIndexOf(','), head.lastIndexOf(':'), head.lastIndexOf('.')) + 1).trim();
  if (clause.split(/\s+/).length <= 6) return true;
  // (the words right before the outline's own "(nếu có)": common words found anywhere in it say nothing)
  const words = normalize(head.trim().split(/\s+/).slice(-3).join(' '));
  return !!words && outline.includes(`${words} ${NEU_CO}`);
}

/** Whether a numbered row with its label and no figure is left to fill: at least three other numbered rows of its table give a figure in
 * every column this row leaves blank but the last (a note's), the row after it is numbered or the whole row (no item of a group under it),
 * the table closes on a whole row (a table of indicators may leave a row blank where the unit has none of the thing: "Làng nghề đạt tiêu
 * chuẩn môi trường | | " — review-42d F5), and no cell of it is covered by a merge from above. */
function labelledRowLeft(t: TableView, r: number): boolean {
  const numbered = (row: string[] | undefined) => !!row && /^\d+\.?$/u.test((row[0] ?? '').trim());
  const next = t.rows[r + 1];
  if (next && !numbered(next) && !next.slice(0, 2).some(isTotal)) return false;
  const width = t.rows[r].length;
  if (t.spansDown && t.rows[r].some((_, j) => t.spansDown![r - 1]?.has(j))) return false;
  // (… not columns of years, "Năm đạt chuẩn NTM | … nâng cao": a blank there is "not yet" — review-56c C11)
  const years = (j: number) => t.rows.some((row, k) => k !== r && /^\s*(?:19|20)\d\d\s*$/u.test(row[j] ?? ''));
  const cols = Array.from({ length: Math.max(0, width - 3) }, (_, k) => k + 2).filter((j) => !years(j));
  const filled = t.rows.filter((row, k) => k !== r && numbered(row) && row.length === width && cols.every((j) => /\d/u.test(row[j] ?? '')));
  const whole = t.rows.slice(r + 1).some((row) => !numbered(row) && row.slice(0, 2).some(isTotal));
  return cols.length >= 1 && filled.length >= 3 && whole;
}

/** Words that say a row has none of its thing, or not yet: "không phát sinh", "chưa triển khai", "không có". */
const NONE_WORDS = /(?<![\p{L}])(?:không|chưa)\s+(?:phát sinh|triển khai|thực hiện|có|áp dụng|thuộc|tham gia|đầu tư|huy động|thu hút)(?![\p{L}])|(?<![\p{L}])(?:không|chưa)\s[^.;]{0,60}(?<![\p{L}])nào(?![\p{L}])|để trống|bỏ trống/iu;
/** Whether the row's label says the row has none, or the table's caption or the lines after the table (up to the next heading, six at
 * most) say it of the row — the line naming a word of its label, or saying rows were left blank (review-56 C2–C14; review-56c C3–C5: "…
 * chưa thu hút được doanh nghiệp, hợp tác xã nào đóng góp" four lines down; "không có công trình nợ đọng" says nothing of "Ngân sách
 * tỉnh"). */
function saysNone(paragraphs: ReadonlyArray<{ text: string; styleLevel?: number }>, t: TableView, label: string): boolean {
  if (NONE_WORDS.test(label)) return true;
  const words = normalize(label).split(' ').filter((w) => w.length >= 3 && !COMMON.has(w));
  const after: Array<{ text: string }> = [];
  for (const p of paragraphs.slice(t.last + 1, t.last + 7)) {
    if (p.styleLevel !== undefined) break;
    after.push(p);
  }
  return [...paragraphs.slice(Math.max(0, t.first - 2), t.first), ...after].some((p) => {
    if (!NONE_WORDS.test(p.text)) return false;
    if (/để trống|bỏ trống/iu.test(p.text)) return true;
    const text = ` ${normalize(p.text)} `;
    return words.some((w) => text.includes(` ${w} `));
  });
}
/** Words of a row's label too common to tie a line to it. */
const COMMON = new Set(['von', 'nguon', 'cac', 'khac', 'cua', 'nam', 'ngan', 'sach', 'tong', 'so', 'xay', 'dung']);

