/**
 * The share of people with work after their training, read against the people trained: "đã tổ chức đào tạo nghề … cho 18.426 lao động nông
 * thôn, …. Số người có việc làm sau đào tạo là 15.218 người (86,3%)" is 82,6% (nyy03). Each count takes its own noun ("lao động", "người",
 * "học viên"), so no same-noun share reads it.
 */
import { parseVnNumber, shareAgrees } from './numbers';
import { extractQuantities, type Quantity } from './quantities';
import { PEOPLE_UNITS } from './totals-common';
import { TRAINED_WORDS, WORK_AFTER_TRAINING } from './lexicon/patterns-sums';
import type { ShareMismatch } from './totals-shares';

/** A share in a bracket of its own: "(86,3%)", "(chiếm 86,3%)", "(đạt 86,3%)" (group 1: the figure). */
const BRACKET_SHARE = /^\s*\(\s*(?:chiếm|đạt|bằng)?\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)/u;
const WORK_AFTER = new RegExp(WORK_AFTER_TRAINING.source, `${WORK_AFTER_TRAINING.flags}g`);
/** Where a sentence ends. */
const SENTENCE_END = /[.!?](?=\s+\p{Lu}|\s*$)/gu;

const people = (q: Quantity) => q.kind === 'number' && !q.qualifier && PEOPLE_UNITS.has(q.unit.toLowerCase()) && q.value > 0;

/** The clause a figure stands in: from the last "," ";" ":" or sentence end before it to the next after it. */
function clauseOf(text: string, q: Quantity): string {
  const before = text.slice(0, q.start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. ')) + 1;
  const rest = text.slice(q.end);
  const stop = rest.search(/[,;:]|\.(?:\s|$)/u);
  return text.slice(from, stop < 0 ? undefined : q.end + stop);
}

export function trainedShares(written: string): ShareMismatch[] {
  const out: ShareMismatch[] = [];
  if (!written.includes('%') || !WORK_AFTER_TRAINING.test(written)) return out;
  const all = extractQuantities(written);
  const sentenceStarts = [0, ...[...written.matchAll(SENTENCE_END)].map((m) => m.index! + 1)];
  const sentenceOf = (at: number) => sentenceStarts.filter((s) => s <= at).length - 1;
  for (const hit of written.matchAll(WORK_AFTER)) {
    const hitEnd = hit.index! + hit[0].length;
    // the part: the count of people right before the words ("2.964 người có việc làm sau đào tạo") or right after them ("… sau đào tạo là
    // 15.218 người"), no other figure between
    const part = all.find((q) => people(q) && ((q.end <= hit.index! && /^\s*$/u.test(written.slice(q.end, hit.index!))) || (q.start >= hitEnd && /^\s*(?:là|đạt|:)?\s*$/u.test(written.slice(hitEnd, q.start)))));
    if (!part) continue;
    const tail = BRACKET_SHARE.exec(written.slice(Math.max(part.end, hitEnd)));
    if (!tail) continue;
    const share = parseVnNumber(tail[1]);
    if (!share || share.value >= 100) continue;
    // the whole: the nearest count of people before the part, in its sentence or the one before, whose clause says they were trained and
    // is no count of those with work itself
    const at = sentenceOf(part.start);
    const wholes = all.filter((q) => people(q) && q.end <= Math.min(part.start, hit.index!) && sentenceOf(q.start) >= at - 1 && q.value > part.value);
    const whole = wholes.reverse().find((q) => {
      const clause = clauseOf(written, q);
      return TRAINED_WORDS.test(clause) && !WORK_AFTER_TRAINING.test(clause);
    });
    if (!whole) continue;
    const actual = (part.value / whole.value) * 100;
    if (shareAgrees(share, actual)) continue;
    // (… nor one that is the share of any two counts of people its paragraph gives: another whole it may be of)
    const counts = all.filter(people);
    if (counts.some((x) => counts.some((y) => x !== y && x.value < y.value && shareAgrees(share, (x.value / y.value) * 100)))) continue;
    const shareStart = written.indexOf(tail[1], Math.max(part.end, hitEnd));
    out.push({
      part: { ...part, raw: written.slice(part.start, part.end) },
      share: { kind: 'percent', value: share.value, decimals: share.decimals, unit: '%', raw: `${tail[1]}%`, start: shareStart, end: shareStart + tail[1].length + 1 },
      total: { ...whole, raw: written.slice(whole.start, whole.end) },
      actual,
    });
  }
  return out;
}
