/**
 * Whose figure a clause gives, from the places it names: the reporting unit's
 * own ("toàn huyện", "huyện An Lão" in An Lão's report), or someone else's — a
 * higher level ("toàn tỉnh" in a district's report), another place of the same
 * level, or a part of the unit ("xã Hải Thượng" in a district's report).
 */
import type { Unit } from './level';
import { foldDiacritics } from './text';
import { PLACE_CATEGORIES, PROVINCES, isCentralCity } from './lexicon/places';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { compile, eitherCase } from './lexicon/phrases';
import { AUTHORITY, FORMER_PLACE, OFFICE_NAME, PLACES_LIST_LEAD, RANKING } from './lexicon/scope';
import { startsWith } from './lexicon/figures';
import { BODY_AFTER } from './lexicon/patterns-scope';
import { MERGED_WHOLE } from './lexicon/patterns';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const UPPER_FIRST = /^\p{Lu}/u;

const CATEGORY = compile(PLACE_CATEGORIES);

const RANK = { tinh: 1, huyen: 2, xa: 3 } as const;
export type PlaceLevel = keyof typeof RANK;
const NOUN: Record<string, PlaceLevel> = {
  'tỉnh': 'tinh', 'thành phố': 'huyen', 'huyện': 'huyen', 'thị xã': 'huyen', 'quận': 'huyen', 'xã': 'xa', 'phường': 'xa', 'thị trấn': 'xa',
};
/** The level an administrative noun names: "huyện" → huyen, "thị trấn" → xa. */
export const levelOfNoun = (noun: string): PlaceLevel | undefined => NOUN[noun.toLowerCase()];
/** The rank of each administrative noun, and of the villages under a commune (smaller is larger): tỉnh 1, huyện 2, xã 3, thôn 4. */
export const PLACE_RANKS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(NOUN).map(([noun, level]) => [noun, RANK[level]])),
  ...Object.fromEntries(['thôn', ...SETTLEMENT_WORDS].map((w) => [w, 4])),
};
/** Either case for a word's first letter (the patterns below must not fold the case of names). */
const cap = (words: string) => eitherCase(words.split('|'));
const PROVINCE_RE = new RegExp(`(?<![\\p{L}])(?:${[...PROVINCES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'gu');
const NOUNS = cap('thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường');
/** "huyện Gio Linh", "tỉnh Quảng Bình": a place word and a capitalised name. */
const NAMED = new RegExp(`(?<![\\p{L}])(${NOUNS})\\s+((?:\\p{Lu}[\\p{L}'’]*)(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3})`, 'gu');
/** "toàn tỉnh", "trên địa bàn tỉnh", "cả huyện": the whole of a place of that level. */
const WHOLE = new RegExp(`(?<![\\p{L}])(?:${cap('toàn|cả|trên địa bàn|chung của|bình quân của|của|phạm vi')})(?:\\s+toàn)?\\s+(${NOUNS})(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
/** A settlement's noun right before a name ("thôn ", "ấp ", "tổ dân phố "), from the ranks above. */
const SETTLEMENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${Object.keys(PLACE_RANKS).filter((w) => PLACE_RANKS[w] === 4).sort((a, b) => b.length - a.length).join('|')})\\s+$`, 'iu');
/** "tỉnh ta", "huyện nhà": the writer's own place of that level, as the subject of a figure's verb ("tỉnh ta còn 4.806 hộ nghèo") — not a
 * programme's or a campaign's owner, "Đề án … tỉnh ta giai đoạn …", "do tỉnh ta phát động", nor a setting, "Trong bối cảnh tỉnh nhà còn …"
 * (review-54 D3, D5, D10, D11). */
const OURS = new RegExp(`(?<![\\p{L}])(?<!(?:toàn|cả|của|địa bàn|do|bối cảnh)\\s+)(${NOUNS})\\s+(?:ta|nhà)(?=\\s+(?:đã|có|đạt|còn|hiện|mới|vẫn|chỉ|cũng)(?![\\p{L}]))`, 'gu');
/** "toàn 03 xã", "cả hai huyện": the whole of the places counted — in a commune's report made of three old communes, the unit itself ("cả năm" is the whole year: no count in words of five). */
const WHOLE_COUNT = new RegExp(`(?<![\\p{L}])(?:${cap('toàn|cả')})\\s+(?:\\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)\\s+(${NOUNS})(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');

export interface PlaceMention {
  start: number;
  end: number;
  /** The reporting unit itself, or someone else (a higher level, another place, a part of the unit). */
  own: boolean;
  /** A place below the unit's level (a commune in a district's report): a part of it. */
  part?: boolean;
  /** The part's level ("huyen" for "thị xã Kỳ Anh"). */
  level?: PlaceLevel;
  text: string;
}

/** The places a text names, in order, each marked as the unit's own or someone else's. */
export function placeMentions(text: string, unit: Unit): PlaceMention[] {
  const out: PlaceMention[] = [];
  const own = unit.level === 'so-nganh' ? 'tinh' : unit.level;
  if (!own || !/[A-ZĐa-zđ]/.test(text)) return out;
  const ownRank = RANK[own];
  const ownName = unit.name ? foldName(unit.name) : undefined;
  const add = (m: RegExpExecArray, isOwn: boolean, level?: PlaceLevel) =>
    out.push({ start: m.index, end: m.index + m[0].length, own: isOwn, text: m[0], ...(level && RANK[level] > ownRank ? { part: true, level } : {}) });
  NAMED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAMED.exec(text))) {
    let level = NOUN[m[1].toLowerCase()];
    if (!level) continue;
    // "thành phố Hà Nội", "thành phố Cần Thơ": a city that is a province ("thành phố Hà Tĩnh", a province's capital, is not)
    if (level === 'huyen' && m[1].toLowerCase() === 'thành phố' && isCentralCity(foldDiacritics(m[2]).toUpperCase())) level = 'tinh';
    // "xã ĐBKK", "xã NTM", "xã Khu vực III": a category, not a place's name
    if (ALL_CAPS.test(m[2].split(/\s+/)[0]) || CATEGORY.test(m[2])) continue;
    const name = foldDiacritics(m[2]).toUpperCase().trim();
    // "tỉnh Quảng Nam (cũ)" in the merged province's report, "xã Bình An (cũ)" in the new commune's: a part of the unit now
    // (… and named so elsewhere in the report: "xã Đại An" after "các xã Đại Hiệp, Đại Hòa, Đại An (cũ)")
    if (RANK[level] >= ownRank && (startsWith(FORMER_PLACE, text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || unit.former?.has(`${level}:${name}`))) {
      // (… but where the report's figures are one former place's, that one is the unit and the others of its level are other places)
      if (unit.scope && RANK[level] === ownRank) add(m, name === unit.scope);
      else out.push({ start: m.index, end: m.index + m[0].length, own: false, part: true, level, text: m[0] });
      continue;
    }
    if (RANK[level] === ownRank && (!ownName || ownName === name || ownName.startsWith(name + ' ') || name.startsWith(ownName))) add(m, true);
    // the province a district belongs to, named in passing ("huyện Hải Lăng, tỉnh Quảng Trị")
    else if (RANK[level] < ownRank && out.length && out[out.length - 1].own && /^\s*,\s*$/.test(text.slice(out[out.length - 1].end, m.index))) continue;
    else add(m, false, level);
  }
  // the unit's own name without its noun ("… đến ngày 31/5/2025 Nghi Xuân có 15/15 xã"): the unit itself
  if (ownName && ownName.length >= 4) {
    const folded = foldDiacritics(text).toUpperCase();
    for (let at = folded.indexOf(ownName); at >= 0; at = folded.indexOf(ownName, at + 1)) {
      const end = at + ownName.length;
      if (/[A-Z0-9]/.test(folded[at - 1] ?? '') || /[A-Z0-9]/.test(folded[end] ?? '') || !UPPER_FIRST.test(text[at])) continue;
      if (out.some((o) => at >= o.start && at < o.end)) continue;
      out.push({ start: at, end, own: true, text: text.slice(at, end) });
    }
  }
  // a place the report named with its noun, said alone ("Hai huyện lân cận là Can Lộc và Nghi Xuân …; hiện Can Lộc có 10 xã …")
  if (unit.named?.size) {
    const folded = foldDiacritics(text).toUpperCase();
    const re = namedRe(unit.named);
    re.lastIndex = 0;
    for (let n = re.exec(folded); n; n = re.exec(folded)) {
      const at = n.index;
      // (every word with its capital, as a name is written: "Thống nhất cao …" is no "Thống Nhất")
      if (!text.slice(at, at + n[0].length).split(/\s+/).every((w) => UPPER_FIRST.test(w)) || out.some((o) => at >= o.start && at < o.end) || SETTLEMENT_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
      const level = unit.named.get(n[0].replace(/\s+/g, ' '))!;
      out.push({ start: at, end: at + n[0].length, own: false, text: text.slice(at, at + n[0].length), ...(RANK[level] > ownRank ? { part: true, level } : {}) });
    }
  }
  // a province named without "tỉnh" ("Vĩnh Long có 49/87 xã")
  PROVINCE_RE.lastIndex = 0;
  while ((m = PROVINCE_RE.exec(text))) {
    if (out.some((o) => m!.index >= o.start && m!.index < o.end)) continue;
    // a village or a ward named like a province ("thôn Hòa Bình", "ấp Long An") is that place, not the province
    if (SETTLEMENT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const name = foldName(m[0]);
    // (a province merged into the unit, named without "tỉnh" as with it: "trên địa bàn Quảng Nam (cũ)" in Đà Nẵng's report)
    if (RANK.tinh >= ownRank && (startsWith(FORMER_PLACE, text.slice(m.index + m[0].length, m.index + m[0].length + 24)) || unit.former?.has(`tinh:${name}`))) {
      if (unit.scope && ownRank === RANK.tinh) add(m, name === unit.scope);
      else out.push({ start: m.index, end: m.index + m[0].length, own: false, part: true, level: 'tinh', text: m[0] });
      continue;
    }
    const isOwn = own === 'tinh' && !!ownName && (ownName === name || ownName.endsWith(name) || name.endsWith(ownName));
    // a district's or commune's own province, named in passing after its own name, is no other place
    if (!isOwn && RANK.tinh < ownRank && out.length && out[out.length - 1].own && /^\s*,\s*(tỉnh\s*)?$/iu.test(text.slice(out[out.length - 1].end, m.index))) continue;
    add(m, isOwn);
  }
  WHOLE.lastIndex = 0;
  while ((m = WHOLE.exec(text))) {
    const level = NOUN[m[1].toLowerCase()];
    if (UPPER_FIRST.test(m[1]) && BODY_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "Thành phố Kon Tum dẫn đầu toàn tỉnh với 11/11 xã": the whole a part is ranked in is no scope (lexicon: ranking)
    const rankedIn = RANKING.findLast(text.slice(Math.max(0, m.index - 30), m.index));
    if (rankedIn && !text.slice(Math.max(0, m.index - 30), m.index).slice(rankedIn.end).trim()) continue;
    // "toàn huyện", "của huyện" in a province's report speak of one of its districts (the one named before), not of the unit
    // ("Đoàn thẩm định của tỉnh", "UBND tỉnh" name a body acting on the unit, not whose figure it is)
    // (… the merged whole, "Toàn tỉnh sau hợp nhất", where the report's figures are one former place's: wider than the unit)
    const merged = !!unit.scope && MERGED_WHOLE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (level && !(m[0].toLowerCase().startsWith('của') && endsOnAuthority(text.slice(Math.max(0, m.index - 40), m.index)))) add(m, RANK[level] === ownRank && !merged, level);
  }
  // (… and the writer's own place of a level, "tỉnh ta", "huyện nhà": in a district's report a paper's "tỉnh ta" is the province — rt3c1-23)
  OURS.lastIndex = 0;
  while ((m = OURS.exec(text))) {
    const level = NOUN[m[1].toLowerCase()];
    if (level) add(m, RANK[level] === ownRank, level);
  }
  WHOLE_COUNT.lastIndex = 0;
  while ((m = WHOLE_COUNT.exec(text))) {
    const level = NOUN[m[1].toLowerCase()];
    if (level) add(m, RANK[level] === ownRank, level);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A place's name: one to four capitalised words. */
const NAME_WORDS = `\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3}`;
/**
 * A place noun and the names after it: "huyện Can Lộc", "các xã Đại Hiệp, Đại Hòa và Đại An", "hai huyện lân cận là Can Lộc và
 * Nghi Xuân".
 */
const NAMED_LIST = new RegExp(`(?<![\\p{L}])(${NOUNS})(?:\\s+(?:${PLACES_LIST_LEAD.set.phrases.join('|')}))?(?:\\s+(?:là|gồm)|\\s*:)?\\s+(${NAME_WORDS}(?:(?:\\s*,\\s*|\\s+và\\s+)(?:(?:${NOUNS})\\s+)?${NAME_WORDS}){0,12})`, 'gu');

/** The most places a report's names are kept for (a real report names a few hundred at most). */
const MAX_NAMED = 400;
/**
 * The places a report names with their noun, as folded capitals with their level ("CAN LOC" → huyen), so that the name said
 * alone later ("hiện Can Lộc có 10 xã …") is that place's. Names of two words or more; not the unit's own.
 */
export function namedPlaces(texts: string[], unit: Unit, listed: Iterable<{ name: string; level: PlaceLevel }> = []): Map<string, PlaceLevel> {
  const out = new Map<string, PlaceLevel>();
  const ownName = unit.name ? foldName(unit.name) : undefined;
  const ownLevel = unit.level === 'so-nganh' ? 'tinh' : unit.level;
  /** Keeps a name; false once the most names are kept. */
  const keep = (name: string, lv: PlaceLevel): boolean => {
    const folded = foldName(name);
    // (not the unit's own name, however the header cut it — "PHAN RANG" of "Phan Rang - Tháp Chàm" —, nor, when the header
    // names no place, a place of the unit's own level: it may be the unit)
    const own = ownName ? folded === ownName || ownName.startsWith(`${folded} `) || folded.startsWith(ownName) : lv === ownLevel;
    if (folded.includes(' ') && !own && !unit.former?.has(`${lv}:${folded}`) && !out.has(folded)) out.set(folded, lv);
    // (a real report names a few hundred places at most; beyond that the pattern of names would cost more than it tells)
    return out.size < MAX_NAMED;
  };
  for (const t of texts) {
    for (const { name, level: lv } of namesListed(NAMED_LIST, t)) {
      if (!lv || ALL_CAPS.test(name.split(/\s+/)[0]) || CATEGORY.test(name) || startsWith(OFFICE_NAME, name)) continue;
      if (!keep(name, lv)) return out;
    }
  }
  // (… and the names given from elsewhere: a table's column of places, "Can Lộc" under "Đơn vị")
  for (const { name, level } of listed) if (!keep(name, level)) return out;
  return out;
}

/** The pattern of a report's named places, made once per report. */
const namedPattern = new WeakMap<Map<string, PlaceLevel>, RegExp>();
function namedRe(named: Map<string, PlaceLevel>): RegExp {
  let re = namedPattern.get(named);
  if (!re) namedPattern.set(named, (re = new RegExp(`(?<![A-Z0-9])(?:${[...named.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|')})(?![A-Z0-9])`, 'g')));
  return re;
}

/** Whether the text ends on the name of a body (lexicon: authority), spaces aside. */
function endsOnAuthority(text: string): boolean {
  const t = text.trimEnd();
  const hit = AUTHORITY.findLast(t);
  return !!hit && hit.end === t.length;
}

/** The lexicon's former-place words said in brackets ("(cũ)", "(trước sáp nhập)"), without them. */
const FORMER_IN_BRACKETS = FORMER_PLACE.set.phrases.filter((p) => p.startsWith('(')).map((p) => p.slice(1, -1).trim()).join('|');
/** A bracket opening on those words, looked for before the costly pattern below. */
const FORMER_OPEN = new RegExp(`\\(\\s*(?:${FORMER_IN_BRACKETS})\\s*\\)`, 'u');
/** "các xã Đại Hiệp, Đại Hòa, Đại An (cũ)", "xã Bình An (cũ)": a place noun, one or more names, and the word that makes them former. */
const FORMER_LIST = new RegExp(`(?<![\\p{L}])(${NOUNS})\\s+(\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3}(?:(?:\\s*,\\s*|\\s+và\\s+)(?:(?:${NOUNS})\\s+)?\\p{Lu}[\\p{L}'’]*(?:\\s+\\p{Lu}[\\p{L}'’]*){0,3}){0,12})\\s*\\(\\s*(?:${FORMER_IN_BRACKETS})\\s*\\)`, 'gu');

/** A place noun opening a name of the list ("xã Đại An"). */
const NOUN_FIRST = new RegExp(`^(${NOUNS})\\s+`, 'u');

/** The names of a list a pattern finds (group 1 the noun, group 2 the names), each with its level: its own noun's, or the list's. */
function* namesListed(re: RegExp, text: string): Generator<{ name: string; level: PlaceLevel | undefined }> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const level = NOUN[m[1].toLowerCase()];
    for (const part of m[2].split(/\s*(?:,|\svà\s)\s*/u)) {
      const noun = NOUN_FIRST.exec(part);
      yield { name: part.slice(noun ? noun[0].length : 0).trim(), level: noun ? NOUN[noun[1].toLowerCase()] : level };
    }
  }
}

/** A place's name as folded capitals, letters and single spaces only ("Quảng Nam" → "QUANG NAM"). */
const foldName = (s: string) => foldDiacritics(s).toUpperCase().replace(/[^A-Z ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The names a report gives as places before the merger, as "level:FOLDED NAME" ("xa:DAI AN"; the noun of the list is each name's). */
export function formerNames(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    // (only a bracket that opens on the former-place words: most paragraphs have none)
    if (!t.includes('(') || !FORMER_OPEN.test(t)) continue;
    for (const { name, level } of namesListed(FORMER_LIST, t)) if (name && level) out.add(`${level}:${foldDiacritics(name).toUpperCase()}`);
  }
  return out;
}
