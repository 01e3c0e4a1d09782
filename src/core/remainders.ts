/**
 * Criteria reached of their whole and the rest said right after it: "xã đạt 15/19 tiêu chí, còn 03 tiêu chí chưa đạt" says 3 where
 * 19 − 15 leaves 4 (places are not read so: "08/16 xã đạt chuẩn nông thôn mới nâng cao, còn 03 xã chưa hoàn thành tiêu chí Môi trường"
 * names some of the rest — review-41b A3). Read only where the sentence leaves no doubt (lexicon: reached-then-rest): the same things
 * counted twice, the rest in the clause right after the fraction's, said not reached; not where the fraction is itself what was not
 * reached ("đạt 05/19 tiêu chí chưa …"), is all of its whole ("chưa giữ được đủ 19/19 tiêu chí, còn 02 …"), or another count of the same
 * things follows the rest ("còn 03 tiêu chí chưa đạt và 01 tiêu chí cơ bản đạt": the rest is shared out).
 */
// (the rest's neighbours: lexicon another-after-rest — review-42 B3, B4, B15 — and status-after-rest — review-42c B11, B12, B19, 42e B11)
import { ANOTHER_AFTER_REST, REACHED_THEN_REST, STATUS_AFTER_REST } from './lexicon/patterns-sums';
import { CRITERION_NAMES } from './lexicon';
import { sentences } from './quantities';

export interface RestMismatch {
  paragraph: number;
  /** Where the fraction stands in the paragraph's text. */
  at: number;
  reached: number;
  whole: number;
  /** The rest as written, and the things counted. */
  rest: number;
  noun: string;
  /** The words from the fraction to the rest's verdict, as the finding quotes them. */
  said: string;
}

/** A negation right before the fraction or after it in its clause: the fraction counts what was not reached ("05/19 tiêu chí chưa đạt, còn …"). */
const NEGATED = /(?<![\p{L}])(?:chưa|không)(?![\p{L}])/iu;
/** A fraction's noun per place: "17/19 tiêu chí/xã". */
const PER_PLACE = /^[\d\s/]+(?:tiêu chí|chỉ tiêu)\s*\//iu;
/** Every match in a sentence: "xã Tân Hòa đạt 16/19 tiêu chí, còn 03 …; xã Phước Hà đạt 15/19 tiêu chí, còn 03 …" (review-42 B9). */
const ALL = new RegExp(REACHED_THEN_REST.source, 'giu');
/** A fraction of criteria: another count of places' criteria before the pair's own. */
const OTHER_FRACTION = /(?<![\d/.,])\d{1,4}\s*\/\s*\d{1,4}(?![\d/.,])\s+(?:tiêu chí|chỉ tiêu)(?![\p{L}])/iu;
/** The next such pair in the rest of a sentence (no g flag: a search). */
const ALL_ONE = new RegExp(REACHED_THEN_REST.source, 'iu');

export function remainderMismatches(text: string, paragraph: number): RestMismatch[] {
  const out: RestMismatch[] = [];
  let offset = 0;
  for (const s of sentences(text)) {
    const at = text.indexOf(s, offset);
    offset = at + s.length;
    for (const m of s.matchAll(ALL)) {
      const [reached, whole, noun, rest, restNoun] = [Number(m[1]), Number(m[2]), m[3].toLowerCase(), Number(m[4]), m[5].toLowerCase()];
      if (noun !== restNoun || reached >= whole || whole - reached === rest) continue;
      // (words between the rest's noun and its verdict name the criteria left, "còn 02 tiêu chí Thu nhập và Hộ nghèo chưa đạt"; words of
      // another kind make the rest another time's, set's or some of it: "còn 02 tiêu chí đến nay vẫn chưa đạt", "còn 03 tiêu chí nâng cao
      // chưa đạt", "còn 02 tiêu chí đã thực hiện xong nhưng chưa được công nhận" — review-42 B6, B7, B8)
      // (… and only criteria's names, not another set's written with capitals, "còn 03 tiêu chí Nông thôn mới kiểu mẫu chưa đạt", "NTM nâng
      // cao" — review-42c B8, B9)
      const between = (m[6] ?? '').trim();
      if (between && !between.split(/,|\s+và\s+/u).every((name) => CRITERION_NAMES.atStart(name.trim())?.start === 0)) continue;
      // (the fraction's own words, from a few before it to the comma before "còn": "mới đạt 15/19 …" after "chưa được công nhận … do" is
      // reached — review-42 B10)
      const own = s.slice(Math.max(0, m.index! - 12), m.index! + m[0].search(/,\s*còn/u));
      if (NEGATED.test(own)) continue;
      // (an average over places, "bình quân đạt 17/19 tiêu chí/xã", is no count of one place's criteria — review-42 B5)
      // (… nor each of several places', "mỗi xã đạt 17/19 tiêu chí, còn 06 tiêu chí chưa đạt ở 03 xã" — review-42c B5)
      if (PER_PLACE.test(s.slice(m.index!, m.index! + 40)) || /(?:bình quân|trung bình|mỗi)\s+(?:\p{L}+\s+){0,2}$/iu.test(s.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      // (… nor the rest of several places' counts, another fraction of criteria before it in its clause: "xã Tân Hòa đạt 17/19 tiêu chí và xã
      // Phước Hà đạt 16/19 tiêu chí, còn 05 tiêu chí chưa đạt" — review-42e B1)
      if (OTHER_FRACTION.test(s.slice(Math.max(0, s.lastIndexOf(';', m.index!) + 1), m.index!))) continue;
      // (what follows, to the clause of the sentence's next such pair: "…; xã Phước Hà đạt 17/19 tiêu chí, còn …" is another place's; the
      // rest's own list after "gồm:" or "là", to its ";", names the rest — "gồm: tiêu chí số 10 về Thu nhập, tiêu chí số 13 …", review-42e B10)
      let after = s.slice(m.index! + m[0].length);
      if (/^\s*(?:gồm|bao gồm|là)(?![\p{L}])/iu.test(after)) after = after.includes(';') ? after.slice(after.indexOf(';')) : '';
      const next = after.search(ALL_ONE);
      if (next >= 0) after = after.slice(0, Math.max(after.lastIndexOf(',', next), after.lastIndexOf(';', next), 0));
      if (new RegExp(`(?<![\\d/.,])\\d{1,4}\\s+${noun}(?![\\p{L}])`, 'iu').test(after) || ANOTHER_AFTER_REST.test(after) || STATUS_AFTER_REST.test(after)) continue;
      out.push({ paragraph, at: at + m.index!, reached, whole, rest, noun, said: m[0] });
    }
  }
  return out;
}
