/**
 * The unit that wrote the report, from its header block: its administrative
 * level and its name. The block is the short lines before the title
 * ("BÁO CÁO"), often two lines for one agency: "ỦY BAN NHÂN DÂN" / "HUYỆN AN LÃO".
 */
import type { Level } from '../packs/schema';
import { foldDiacritics } from './text';
import { isReportTitle } from './lexicon/structure';
import type { DocModel } from './model';
import { isCentralCity } from './lexicon/places';
import type { PlaceLevel } from './scope';
import { AGENCY_AFTER_DASH, PROVINCE_BODY, PROVINCE_MEMBER, MOTTO } from './lexicon/patterns-scope';

export interface Unit {
  level?: Level;
  /** The place's name as folded capitals ("AN LAO"), when the header names it. */
  name?: string;
  /** Places the report names as the unit's before the 2025 merger ("các xã Đại Hiệp, Đại Hòa, Đại An (cũ)"), as folded capitals: parts of it wherever named. */
  former?: Set<string>;
  /** Other places the report names with their noun ("huyện Can Lộc"), as folded capitals with their level: theirs wherever named alone. */
  named?: Map<string, PlaceLevel>;
  /**
   * The former place the report says its figures are of ("Phạm vi và mốc số liệu: địa bàn tỉnh Ninh Thuận (cũ)"), as folded capitals:
   * then it is the unit (its name), other former places of its level are other places, and the merged whole is wider.
   */
  scope?: string;
}

const RANK: Record<Level, number> = { tinh: 1, 'so-nganh': 2, huyen: 3, xa: 4 };
/** Folded place words that start a place name, by level. */
/** A place's name in folded capitals; names may hold a number ("XÃ BÀU HÀM 2", "PHƯỜNG 3"). */
const NAME = `([A-Z0-9][A-Z0-9' -]{0,40})`;
const PLACE = new RegExp(`(?:^|\\s)(TINH|HUYEN|THI XA|THANH PHO|QUAN|XA|PHUONG|THI TRAN)\\s+${NAME}$`);
const COMMITTEE_HUYEN = new RegExp(`(?:HUYEN UY|THI UY|THANH UY|QUAN UY)\\s+${NAME}$`);
const COMMITTEE_XA = new RegExp(`(?:DANG UY|UBND|UY BAN NHAN DAN)\\s+(?:XA|PHUONG|THI TRAN)\\s+${NAME}$`);
const COMMITTEE_TINH = new RegExp(`TINH UY\\s+${NAME}$`);
const PARTY_OF = new RegExp(`^DANG BO (TINH|HUYEN|THI XA|THANH PHO|XA|PHUONG|THI TRAN)\\s+${NAME}$`);
/** The same mass organisations of a district or a commune: their level and the place's name ("ĐOÀN TNCS HỒ CHÍ MINH" / "BCH HUYỆN CAN LỘC" read as one). */
const LOCAL_MEMBER = new RegExp(`^(?:BCH |BAN CHAP HANH |BAN THUONG VU |BAN THUONG TRUC )?(?:DOAN TNCS HO CHI MINH (?:BCH |BAN CHAP HANH |BAN THUONG VU )?(?:DOAN )?|HOI (?:LHPN|LIEN HIEP PHU NU|NONG DAN|CUU CHIEN BINH|CCB)(?: VIET NAM)? |(?:UY BAN |UB )?(?:MTTQ|MAT TRAN TO QUOC)(?: VIET NAM| VN)? |DOAN )(HUYEN|THI XA|XA|PHUONG|THI TRAN)\\s+${NAME}$`);
/**
 * An office of a district or a commune that names its place at the end of its line ("PHÒNG GIAO DỊCH HUYỆN CẨM XUYÊN", "TRUNG TÂM Y TẾ
 * THỊ XÃ QUẢNG TRỊ"): the first place word after the office's words — not "XÃ HỘI" of a name ("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ
 * HỘI"), nor "QUẢN LÝ", "QUAN TRẮC" folded as "QUẬN".
 */
const LOCAL_OFFICE = new RegExp(`^(?:PHONG|TRUNG TAM|CONG AN|BAN CHI HUY QUAN SU|CHI CUC|KHO BAC NHA NUOC|VAN PHONG|BAN QUAN LY|HAT KIEM LAM|BAO HIEM XA HOI|CHI NHANH)\\b.*?\\s(HUYEN|THI XA|THANH PHO|QUAN(?!\\s+(?:LY|TRAC|SU)\\b)|XA(?!\\s+HOI\\b)|PHUONG|THI TRAN)\\s+${NAME}$`);
/** The army's line above a province's military command ("QUÂN KHU 4" / "BỘ CHỈ HUY QUÂN SỰ TỈNH HÀ TĨNH"): no district ("QUẬN"). */
const MILITARY_ABOVE = /^(?:QUAN (?:KHU|DOAN|CHUNG|DOI)|BO QUOC PHONG|BO TU LENH)\b/;
const PLACE_LEVEL: Record<string, Level> = { TINH: 'tinh', HUYEN: 'huyen', 'THI XA': 'huyen', 'THANH PHO': 'huyen', QUAN: 'huyen', XA: 'xa', PHUONG: 'xa', 'THI TRAN': 'xa' };

export function detectUnit(doc: DocModel): Unit {
  const head: string[] = [];
  /** Whether each line of the head was written in capitals, as an agency's line is. */
  const caps: boolean[] = [];
  for (const p of doc.paragraphs.slice(0, 25)) {
    // a header table (agency left, motto right) is read cell by cell
    for (const line of p.text.split('\n')) {
      // (the motto written on the agency's line, as a header pasted from PDF or e-mail has it: "UBND TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI
      // CHỦ NGHĨA VIỆT NAM" — its "XÃ HỘI" names no commune)
      // (… and what follows it is another line: "UBND HUYỆN HẢI LĂNG CỘNG HÒA … UBND XÃ HẢI PHÚ Độc lập - Tự do - Hạnh phúc")
      const folded = foldDiacritics(line).toUpperCase().replace(/[*_]+/g, ' ').replace(/\s+/g, ' ').trim();
      for (const part of folded.split(MOTTO)) {
        const t = part.trim();
        // "UBND TỈNH BÌNH PHƯỚC - SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG": two agency lines written on one
        // (… and "UBND HUYỆN CHỢ GẠO, TỈNH TIỀN GIANG": the district, then its province after a comma)
        if (t) for (const x of t.split(AGENCY_AFTER_DASH).flatMap((x) => x.split(/,\s*(?=(?:TINH|THANH PHO) [A-Z])/))) {
          head.push(x);
          caps.push(line === line.toUpperCase());
        }
      }
    }
    if (isReportTitle(p.text) && !p.cell) break;
  }
  let level: Level | undefined;
  let name: string | undefined;
  const set = (l: Level, n?: string) => {
    if (!level || RANK[l] > RANK[level]) {
      level = l;
      name = n;
    } else if (l === level && n && !name) name = n;
  };
  for (let i = 0; i < head.length; i++) {
    const t = head[i];
    // (a steering committee's long name may run past 70: "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG; XÂY DỰNG ĐÔ THỊ VĂN MINH VÀ CHƯƠNG TRÌNH OCOP
    // TỈNH HÀ TĨNH")
    if ((t.length > 70 && !(t.length <= 160 && /^BAN CHI DAO\b/.test(t))) || /^(CONG HOA|DOC LAP|SO:|SO \d)/.test(t) || MILITARY_ABOVE.test(t)) continue;
    const prev = i > 0 ? head[i - 1] : '';
    // "ỦY BAN NHÂN DÂN" / "HUYỆN AN LÃO": the place on the next line names the agency above
    // (… and a steering committee's long name over two lines: "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH" / "MỤC TIÊU QUỐC GIA TỈNH HÀ TĨNH")
    const agencyAbove = /^(UY BAN NHAN DAN|UBND|HOI DONG NHAN DAN|BAN CHI DAO|DANG BO|BAN CAN SU DANG)$/.test(prev) || (/^BAN CHI DAO /.test(prev) && !PLACE.test(prev) && /^(?:MUC TIEU QUOC GIA|CHUONG TRINH|CAC CHUONG TRINH|CTMTQG|XAY DUNG NONG THON MOI|NONG THON MOI)\b/.test(t));
    // a department, or its party committee ("ĐẢNG ỦY SỞ NÔNG NGHIỆP …", under "ĐẢNG BỘ KHỐI CÁC CƠ QUAN … TỈNH")
    if (/^(?:(?:DANG UY|CHI BO|DANG BO|BAN CAN SU DANG) )?(SO [A-Z]|BAN DAN TOC|CONG AN TINH|BO CHI HUY)/.test(t) && !/^SO [A-Z]{0,3}\s*[:\d-]/.test(t)) set('so-nganh');
    // a province's mass organisation, a member of the province's steering committee as the departments are ("BCH ĐOÀN TỈNH QUẢNG
    // NAM", "HỘI LHPN TỈNH …", "ỦY BAN MTTQ VIỆT NAM TỈNH …")
    // (… its name on one line and its province on the next: "ỦY BAN MTTQ VIỆT NAM" / "TỈNH QUẢNG NAM")
    const withPrev = prev && !/\b(?:TINH|HUYEN|XA|THI XA|THANH PHO|PHUONG|THI TRAN)\b/.test(prev) ? `${prev} ${t}` : '';
    if (PROVINCE_MEMBER.test(t) || (withPrev && PROVINCE_MEMBER.test(withPrev)) || (/^CHI NHANH TINH /.test(t) && /^NGAN HANG /.test(prev))) set('so-nganh');
    // … and a body of the province's that names no place, under the province's committee ("UBND TỈNH QUẢNG NAM" / "LIÊN MINH HỢP TÁC XÃ")
    if (/^(?:UBND|UY BAN NHAN DAN) TINH\b/.test(prev) && PROVINCE_BODY.test(t)) set('so-nganh');
    // … and the same organisation of a district or a commune, under its province's line, is that district's or commune's
    // ("HỘI NÔNG DÂN TỈNH QUẢNG NAM" / "BCH HỘI NÔNG DÂN HUYỆN ĐẠI LỘC")
    const local = LOCAL_MEMBER.exec(t) ?? (withPrev ? LOCAL_MEMBER.exec(withPrev) : null);
    if (local) set(PLACE_LEVEL[local[1]], local[2].trim());
    const committee = COMMITTEE_HUYEN.exec(t) ?? COMMITTEE_XA.exec(t) ?? COMMITTEE_TINH.exec(t);
    if (committee) set(COMMITTEE_HUYEN.test(t) ? 'huyen' : COMMITTEE_XA.test(t) ? 'xa' : 'tinh', committee[1].trim());
    else if (/^(TINH UY|BAN CAN SU DANG)/.test(t)) set('tinh');
    // the party organisation of a place, the first line of a party body's header ("ĐẢNG BỘ TỈNH HÀ TĨNH" / "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH";
    // "ĐẢNG BỘ XÃ TAM VINH" / "CHI BỘ THÔN PHÚ QUÝ"): its level, unless a line below names a nearer one ("HUYỆN ỦY …")
    const party = PARTY_OF.exec(t);
    // ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" is a province's, "HUYỆN ỦY CẦN GIỜ" below it the district's)
    if (party) set(party[1] === 'THANH PHO' && isCentralCity(party[2]) ? 'tinh' : PLACE_LEVEL[party[1]], party[2].trim());
    const m = PLACE.exec(t);
    if (m && (agencyAbove || /^(UBND|UY BAN NHAN DAN|BAN CHI DAO|HDND|HOI DONG NHAN DAN)\b/.test(t) || t === `${m[1]} ${m[2]}`)) {
      // "THÀNH PHỐ ĐÀ NẴNG" is a province, "THÀNH PHỐ HÀ TĨNH" a district's city
      const l = m[1] === 'THANH PHO' && isCentralCity(m[2]) ? 'tinh' : PLACE_LEVEL[m[1]];
      // a Sở's header says "UBND TỈNH X" / "SỞ …": the Sở line decides
      if (!(l === 'tinh' && level === 'so-nganh')) set(l, m[2].trim());
    }
    // a district's or a commune's own office, in capitals under its parent body ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "PHÒNG GIAO DỊCH HUYỆN
    // CẨM XUYÊN", "PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG HUYỆN …"): that place's
    // (… never raising a level read from the lines above it to a commune's: "UBND HUYỆN …" / "PHÒNG …" is the district's)
    const office = caps[i] ? LOCAL_OFFICE.exec(t) : null;
    const officeLevel = office ? (office[1].startsWith('QUAN') ? 'huyen' : PLACE_LEVEL[office[1]]) : undefined;
    if (office && officeLevel && !(office[1] === 'THANH PHO' && isCentralCity(office[2])) && !(level && officeLevel === 'xa') && !/\bXA HOI\b/.test(office[2])) set(officeLevel, office[2].trim());
    if (/^(UBND|UY BAN NHAN DAN) TINH\b/.test(t) && !level) set('tinh');
  }
  // no name in the agency lines ("BAN CÁN SỰ ĐẢNG UBND TỈNH"): the place of the date line ("Quảng Trị, ngày …")
  if (level && !name) {
    const dated = head.find((t) => /^[A-Z][A-Z0-9' -]{1,40}, NGAY\b/.test(t));
    if (dated) name = dated.slice(0, dated.indexOf(',')).trim();
  }
  return { level, name };
}

/** The administrative level of the unit that wrote the report. */
export function detectLevel(doc: DocModel): Level | undefined {
  return detectUnit(doc).level;
}
