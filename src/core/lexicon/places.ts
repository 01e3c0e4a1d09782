/**
 * The provinces and centrally run cities, by name, as writers name them without "tỉnh" ("Vĩnh Long có
 * 49/87 xã…", "… nông thôn mới Hà Nội"): a figure after one of them is that province's, unless it is the
 * reporting unit's own. Names as written with their capitals (a name is matched case-sensitively, so
 * "hòa bình" the word is not "Hòa Bình" the province).
 */
export const PROVINCES: string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp',
  'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa',
  'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Thanh Hoá', 'Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Huế', 'Tiền Giang', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh',
  'TP Hồ Chí Minh', 'Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái', 'Hoà Bình', 'Khánh Hoà', 'Đắc Lắc',
];

import type { PhraseSet } from './phrases';
import { foldDiacritics } from '../text';

/** Words after a place noun that name a kind of place, not a place ("xã Khu vực III", "xã Anh hùng"). */
export const PLACE_CATEGORIES: PhraseSet = {
  name: 'place-categories',
  description: 'A capitalised word after "xã", "huyện" that is a category, not the name of a place.',
  phrases: ['khu vực', 'anh hùng', 'an toàn khu', 'biên giới', 'bãi ngang', 'đặc biệt khó khăn', 'nông thôn mới', 'nông thôn', 'miền núi', 'vùng cao', 'loại'],
  examples: { hit: ['Khu vực III', 'Bãi ngang ven biển'], miss: ['Hải Thượng', 'Gio Linh'] },
};

/** A group of places by its kind, right after the count's noun: "19 xã đặc biệt khó khăn", "05 xã miền núi" — some of the unit's places. */
export const PLACE_GROUPS: PhraseSet = {
  name: 'place-groups',
  description: 'Words right after a count of places (tested on the words after its noun) that make them a group of some kind: "19 xã đặc biệt khó khăn vùng bãi ngang … đã đạt chuẩn" counts some of the unit\'s communes, not all that met the standard.',
  phrases: ['đặc biệt khó khăn', 'bãi ngang', 'biên giới', 'miền núi', 'vùng cao', 'an toàn khu', 'khu vực i', 'khu vực ii', 'khu vực iii', 'đồng bào dân tộc', 'vùng đồng bào', 'ven biển', 'hải đảo'],
  examples: { hit: ['đặc biệt khó khăn vùng bãi ngang, ven biển, hải đảo đã đạt chuẩn', 'miền núi đã đạt chuẩn'], miss: ['đạt chuẩn nông thôn mới', 'trên địa bàn huyện'] },
};

/** Texts that name a province, and texts that do not (the tests run them). */
export const PROVINCE_EXAMPLES = {
  hit: ['Vĩnh Long có 49/87 xã đạt chuẩn nông thôn mới', 'Chương trình Xây dựng nông thôn mới Hà Nội, thành phố có 382/382 xã'],
  miss: ['xây dựng xã hội hòa bình, ổn định', 'Toàn huyện có 12 xã đạt chuẩn'],
};

/**
 * The cities run by the centre, provinces of their own: "THÀNH PHỐ ĐÀ NẴNG" is one; "THÀNH PHỐ HÀ TĨNH", a province's
 * capital, is a district's city. (Huế, run by the centre only since 2025, is left out: its reports of the 2021–2025
 * period were mostly written as a district's city.)
 */
export const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'];
const CENTRAL = new Set(CENTRAL_CITIES.map((c) => foldDiacritics(c).toUpperCase()));
/** Whether a city's name, folded and in capitals ("DA NANG"), is one of the centrally run cities. */
export const isCentralCity = (folded: string) => CENTRAL.has(folded.trim());
