/**
 * Named patterns of whose figures they are: the unit named as a whole (indicators), a body named like a place (scope), the agency
 * lines of a report's header, in folded capitals (level).
 * Each registers in PATTERNS (its examples run by the lexicon test) and is imported by name where it is used.
 */
import { pattern } from './patterns';
import { SETTLEMENT_WORDS } from './settlements';

// ── read by indicators.ts

/** "kể cả", "bao gồm cả" (folded words): what is included is no exclusion of the indicator. */
export const INCLUDING = pattern({
  name: 'including',
  description: '"kể cả", "bao gồm cả" (folded words): what is included is no exclusion of the indicator.',
  re: /\b(?:ke ca|bao gom ca|tinh ca)\b/,
  examples: { hit: ['ty le ho ngheo (ke ca dong bao dan toc thieu so) con 2,1%', 'bao gom ca xa nang cao'], miss: ['ty le ho ngheo da chieu', 'so xa dat chuan nong thon moi nang cao'] },
});

/** The writer's commune said to be of a kind (folded words): "là xã thuộc khu vực III", "là xã đặc biệt khó khăn" — a kind of the unit itself. */
export const UNIT_OWN_KIND = pattern({
  name: 'unit-own-kind',
  description: 'The writer\'s commune said to be of a kind of places, opening the words (folded), the words then speaking of the whole commune ("toàn xã có"): "Là xã thuộc khu vực III, … toàn xã có 9/15 thôn đạt chuẩn", "Xã ta là xã đặc biệt khó khăn", "là xã bãi ngang ven biển" by its name too ("Xã Hải Thượng là xã thuộc khu vực III": whose figure it is, the unit\'s or a named commune\'s of a district, the scope of places decides) — not a commune set apart, "Riêng xã Ma Nới thuộc diện xã đặc biệt khó khăn". The kind is the unit\'s own, no group of its places: an indicator that leaves such groups out still reads the unit\'s figure (review-63 A10, P6).',
  re: /^\s*(?:xa (?:[a-z]+ ){0,3}?)?la (?:mot )?xa (?:thuoc )?(?:khu vuc i{1,3}|dac biet kho khan|bai ngang(?: ven bien)?)\b/,
  examples: { hit: ['la xa thuoc khu vuc iii den ngay 30 6 2024 toan xa co 9 15 thon dat chuan', 'xa ta la xa dac biet kho khan', 'la mot xa bai ngang ven bien', 'xa hai thuong la xa thuoc khu vuc iii toan xa co 9 15 thon'], miss: ['so thon thuoc 02 xa khu vuc iii dat chuan', 'cac xa dac biet kho khan co 12 thon', 'thon thuoc xa dac biet kho khan', 'rieng xa ma noi thuoc dien xa dac biet kho khan co 4 6 thon', 'huyen co 02 xa la xa khu vuc iii'] },
});

/** Words that speak of the whole commune (folded): "toàn xã", "xã (đã|hiện|vẫn|chưa|mới|cũng) có" — where a commune said of a kind (unit-own-kind) counts its own. */
export const WHOLE_COMMUNE = pattern({
  name: 'whole-commune',
  description: 'Words that speak of the whole commune (folded): "toàn xã", "xã có", "xã chưa có" — with unit-own-kind, the kind a commune says of itself leaves its own figure to the indicator ("Là xã thuộc khu vực III, đến nay xã chưa có thôn đạt chuẩn nông thôn mới kiểu mẫu").',
  re: /\b(?:toan xa|(?<!\b(?:cac|nhung|moi|\d+) )xa (?:da |hien |van |chua |moi |cung )?co)\b/,
  examples: { hit: ['toan xa co 9 15 thon', 'den nay xa chua co thon dat chuan', 'xa da co 12 thon'], miss: ['cua huyen co 4 6 thon', 'cac xa co 12 thon', 'huyen co 02 xa'] },
});

/** A first, cheap look (folded words) for the writer's unit named as a whole ("toàn huyện", "trên địa bàn xã", "huyện đã đạt"): only then is it taken out. */
export const PLACE_HINT = pattern({
  name: 'place-hint',
  description: 'A first, cheap look (folded words) for the writer\'s unit named as a whole ("toàn huyện", "trên địa bàn xã", "huyện đã đạt"): only then is it taken out.',
  re: /toan|ca |cua |tren dia ban| co\b|ubnd|uy ban|hdnd|hoi dong|ban chi dao|(?:tinh|huyen|thi xa|thanh pho) (?:da |cung |deu )?(?:dat|hoan thanh|vuot)\b/,
  examples: { hit: ['toan huyen co 19/19 xa dat chuan', 'tren dia ban xa', 'huyen da dat 94,4% so xa'], miss: ['ty le ho ngheo da chieu con 2,1%', 'so lao dong nong thon qua dao tao'] },
});

// ── read by scope.ts

/** "Tỉnh ủy", "Huyện đoàn", "Huyện đội": a body of the party, the youth union or the militia, written with its capital — no place ("của Tỉnh ủy"; not "toàn xã đoàn kết", "của huyện ủy thác"). */
export const BODY_AFTER = pattern({
  name: 'body-after',
  description: 'Right after a place word written with its capital (tested on the words after it): "ủy", "đoàn", "đội" — a party, youth union or militia body, no place.',
  re: /^\s+(?:ủy|uỷ|đoàn|đội)(?![\p{L}])/u,
  examples: { hit: [' ủy giao', ' đoàn phát động', ' đội'], miss: [' đạt 19/19 tiêu chí', ' có 28 xã'] },
});

// ── read by level.ts

/** A dash before a department or a party body on a header line: the line holds two agency lines. */
export const AGENCY_AFTER_DASH = pattern({
  name: 'agency-after-dash',
  description: 'A dash before a department or a party body on a header line (folded capitals): the line holds two agency lines.',
  re: /\s+[-–]\s+(?=(?:SO|DANG UY|BAN CAN SU DANG|CHI BO) [A-Z])/,
  examples: { hit: ['UBND TINH BINH PHUOC - SO TAI NGUYEN VA MOI TRUONG', 'HUYEN UY CAN LOC – DANG UY XA THIEN LOC'], miss: ['UBND TINH BINH PHUOC', 'DOC LAP - TU DO - HANH PHUC'] },
});

/** A province's mass organisation, the policy bank's or the treasury's provincial branch, its statistics office, in folded capitals (a bank's branch may be on the line under the bank's name: "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH HÀ TĨNH"). */
export const PROVINCE_MEMBER = pattern({
  name: 'province-member',
  description: 'A province\'s mass organisation (or its party group, "ĐẢNG ĐOÀN HỘI LIÊN HIỆP PHỤ NỮ TỈNH"), bank or treasury branch, or statistics office on a header line (folded capitals): a member of the province\'s steering committee.',
  re: /^(?:DANG DOAN |DANG UY |CHI BO )?(?:BCH |BAN CHAP HANH |BAN THUONG VU )?(?:TINH DOAN|DOAN TINH|DOAN TNCS HO CHI MINH TINH|HOI (?:LHPN|LIEN HIEP PHU NU|NONG DAN|CUU CHIEN BINH|CCB)(?: VIET NAM)? TINH|(?:UY BAN |UB )?(?:MTTQ|MAT TRAN TO QUOC)(?: VIET NAM| VN)? TINH|LIEN MINH (?:HTX|HOP TAC XA) TINH|NGAN HANG CHINH SACH XA HOI CHI NHANH TINH|KHO BAC NHA NUOC TINH|(?:CUC|CHI CUC) THONG KE TINH)\b/,
  examples: { hit: ['BCH DOAN TINH QUANG NAM', 'HOI LHPN TINH HA TINH', 'DANG DOAN HOI LIEN HIEP PHU NU TINH', 'DANG DOAN HOI NONG DAN TINH NINH THUAN', 'UY BAN MTTQ VIET NAM TINH QUANG TRI', 'NGAN HANG CHINH SACH XA HOI CHI NHANH TINH HA TINH'], miss: ['HOI NONG DAN HUYEN DAI LOC', 'UBND TINH QUANG NAM'] },
});

/** Places said by what they were formed from, after the 2025 merger ("18 xã hình thành từ các xã cũ đều đạt chuẩn NTM nâng cao"). */
export const FORMED_FROM = pattern({
  name: 'formed-from',
  description: 'Right after a count of places (or before a count in its clause), the places are said by what they were formed from: the standard then said is the former places\', and a count after it is some of those, not how many places met it.',
  re: /(?<![\p{L}])(?:được\s+)?(?:hình thành|thành lập|sắp xếp|sáp nhập|hợp nhất)(?:\s+(?:mới|nguyên trạng))?(?:\s+(?:hoàn toàn|toàn bộ|chủ yếu|đều|chỉ))?\s+(?:từ|trên cơ sở)(?![\p{L}])/iu,
  examples: { hit: ['18 xã hình thành từ các xã cũ đều đạt chuẩn', 'xã được thành lập trên cơ sở sáp nhập 03 xã', 'xã mới sáp nhập từ', '31 xã mới được hình thành hoàn toàn từ các xã (cũ) đã đạt chuẩn'], miss: ['18 xã đạt chuẩn nông thôn mới', 'thành lập 12 hợp tác xã', 'sắp xếp lại sản xuất'] },
});

/** Right after a count of places, the former places they hold said as the subject ("38 xã mà tất cả các xã cũ đều đã đạt chuẩn", "22 xã có ít nhất 01 xã cũ chưa đạt chuẩn"). */
export const FORMER_PLACES_AFTER = pattern({
  name: 'former-places-after',
  description: 'Right after a count of places formed by the 2025 merger, the places they were formed from, said as what the standard after it is said of: the count is of merged places described by their former ones, not of places that met it.',
  re: /^\s*(?:mới\s+|\(\s*mới\s*\)\s*)?(?:\([^()]{0,40}\)\s*)?(?:mà|có|với|gồm)\s+(?:(?:tất cả|toàn bộ|cả|ít nhất|tối thiểu|trên|dưới|từ)\s+)?(?:(?:các|những|\d{1,3}|một|hai|ba)\s+)?(?:xã|thôn|huyện|bản|ấp|đơn vị)\s*(?:\(\s*cũ\s*\)|cũ(?![\p{L}]))/iu,
  examples: { hit: [' mà tất cả các xã cũ đều đã đạt chuẩn', ' có ít nhất 01 xã cũ chưa đạt chuẩn', ' mới có 02 xã (cũ) đạt chuẩn nâng cao', ' mới (chiếm 80,0%) có ít nhất một xã cũ đạt chuẩn NTM nâng cao'], miss: [' đạt chuẩn nông thôn mới nâng cao', ' (chiếm 80,0%) đạt chuẩn NTM nâng cao', ' có 38 xã đạt chuẩn', ' mà người dân hài lòng'] },
});

/** A body of the province's that names no place, on the line under "UBND TỈNH …" (folded capitals): the province is its governing body and the body wrote the report ("UBND TỈNH QUẢNG NAM" / "LIÊN MINH HỢP TÁC XÃ"). */
export const PROVINCE_BODY = pattern({
  name: 'province-body',
  description: 'A provincial body that names no place, on the header line under the province\'s people\'s committee (folded capitals): the report is that body\'s, as a department\'s is.',
  re: /^(?:LIEN MINH (?:HTX|HOP TAC XA)|CHI CUC [A-Z]|BAN QUAN LY (?:DU AN|CAC DU AN|KHU)|QUY HO TRO|CUC THONG KE|KHO BAC)(?![A-Z ]*\b(?:HUYEN|XA|PHUONG|THI TRAN)\b)/,
  examples: { hit: ['LIEN MINH HOP TAC XA', 'LIEN MINH HTX', 'CHI CUC PHAT TRIEN NONG THON', 'BAN QUAN LY DU AN DAU TU XAY DUNG CAC CONG TRINH NONG NGHIEP'], miss: ['VAN PHONG DIEU PHOI NONG THON MOI', 'BAN CHI DAO CAC CHUONG TRINH MTQG', 'UY BAN NHAN DAN', 'HUYEN DAI LOC', 'BAN QUAN LY DU AN HUYEN DAI LOC'] },
});

/** The motto after an agency on one line (a line of its own then follows it): "… CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "… ĐỘC LẬP - TỰ DO - HẠNH PHÚC" (folded). */
export const MOTTO = pattern({
  name: 'motto',
  description: 'The national motto after an agency on one header line (folded capitals): the line is split there.',
  re: /\s+(?:CONG HOA XA HOI CHU NGHIA VIET NAM|DOC LAP\s*[-–]\s*TU DO\s*[-–]\s*HANH PHUC)(?:\s+|$)/,
  examples: { hit: ['UBND TINH QUANG NAM CONG HOA XA HOI CHU NGHIA VIET NAM', 'UBND XA HAI PHU DOC LAP - TU DO - HANH PHUC'], miss: ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'UBND HUYEN HAI LANG'] },
});

// ── read by facts.ts (session 25)

/** A clause that opens on an area of the unit: "Vùng thấp có 36/37 thôn …", "Về cấp xã, vùng cao có 10/16 xã …", "Vùng miền núi (04 huyện) có …" (group 1: the area's words). */
export const AREA_OPENS = pattern({
  name: 'area-opens',
  description: 'A clause that opens on an area of the unit, a lead of a few words aside ("Vùng thấp có 36/37 thôn đạt chuẩn", "Về cấp xã, vùng cao có 10/16 xã đạt chuẩn", "Vùng miền núi (04 huyện) có 70/70 xã"): its figures are that area\'s, not the unit\'s. Not the countryside the indicators are of ("khu vực nông thôn có 2.170 hộ nghèo"), nor a sector of the economy ("khu vực nông nghiệp") or a farming zone ("vùng sản xuất"), nor the unit\'s own territory ("địa bàn").',
  re: /^[\s\-–—+•*]*(?:[^,;:\d]{1,30},\s*)?(?:[Rr]iêng\s+)?(?:(?:[Tt]ại|[Ởở]|[Đđ]ối với|[Tt]rong)\s+)?(?:các\s+)?(?:[Vv]ùng|[Kk]hu vực|[Tt]iểu vùng)\s+(?!nông thôn|đô thị và nông thôn|địa bàn|nông nghiệp|phi nông nghiệp|công nghiệp|dịch vụ|kinh tế|nhà nước|tư nhân|tập thể|sản xuất|nguyên liệu|chuyên canh|công(?![\p{L}])|hành chính)(\p{Ll}+(?:\s+(?!(?:là|có|đạt|còn|chỉ|mới)(?![\p{L}]))\p{Ll}+){0,5})/u,
  examples: { hit: ['Vùng thấp có 36/37 thôn đạt chuẩn', 'Về cấp xã, vùng cao có 10/16 xã đạt chuẩn', 'Vùng miền núi (04 huyện) có 70/70 xã', 'Riêng khu vực biên giới có '], miss: ['Khu vực nông nghiệp có tốc độ tăng trưởng', 'khu vực nông thôn có 2.170/18.072 hộ nghèo', 'Toàn huyện có 41 xã', 'Vùng Đồng bằng sông Hồng có'] },
});

/** Right before a figure (tested on the words since the last figure): an area of the unit, as the figure's own scope — "Tỷ lệ lao động qua đào tạo vùng cao (", "… vùng thấp (" (group 1: the area's words). */
export const AREA_BEFORE = pattern({
  name: 'area-before',
  description: 'Right before a figure (tested on the words since the figure before): an area of the unit after the measure\'s name ("Tỷ lệ lao động qua đào tạo vùng cao (64,66%) còn thấp hơn vùng thấp (72,64%)"), or one by its side of the unit ("vùng phía Tây mới có 4/13 xã"): the figure is that area\'s. Not the countryside the indicators are of, nor a region of the country ("vùng Tây Nguyên": no "phía"), nor words that describe the unit after its noun ("Xã vùng cao mới có 8/10 thôn").',
  re: /(?<![\p{L}])(?<!(?<!(?:các|những|\d+)\s+)(?:[Xx]ã|[Hh]uyện|[Tt]ỉnh|[Tt]hôn|[Bb]ản|[Ll]à)\s+)(?:vùng|khu vực|tiểu vùng)\s+(?!nông thôn|đô thị và nông thôn|địa bàn|nông nghiệp|phi nông nghiệp|công nghiệp|dịch vụ|kinh tế|nhà nước|tư nhân|tập thể|sản xuất|nguyên liệu|chuyên canh|công(?![\p{L}])|hành chính)(phía\s+(?:Đông|Tây|Nam|Bắc)(?:\s+(?:Nam|Bắc))?|\p{Ll}+(?:\s+(?!(?:là|có|đạt|còn|chỉ|mới)(?![\p{L}]))\p{Ll}+){0,5})\s*(?:\(|là|đạt|có|chỉ đạt|mới đạt|còn|(?:mới|chỉ|đã) có)?\s*$/u,
  examples: { hit: ['Tỷ lệ lao động qua đào tạo vùng cao (', ') còn thấp hơn vùng thấp (', 'tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số là ', 'kết quả giữa các vùng chênh lệch lớn, vùng phía Tây mới có ', 'tỷ lệ lao động qua đào tạo của các thôn vùng cao mới có '], miss: ['Tốc độ tăng trưởng giá trị gia tăng khu vực nông nghiệp bình quân đạt ', 'cao hơn bình quân vùng Tây Nguyên có ', 'Xã vùng cao mới có ', 'Là huyện vùng cao mới có ', 'Tỷ lệ hộ nghèo khu vực nông thôn là ', 'Tỷ lệ lao động qua đào tạo đạt ', 'Thu nhập bình quân đầu người khu vực nông thôn năm 2023 đạt '] },
});

// ── read by facts.ts (session 29)

/** A kind of places by where they lie or how poor they are: "đặc biệt khó khăn", "bãi ngang", "miền núi" — the words that make some places a group. */
export const GROUP_KIND = pattern({
  name: 'group-kind',
  description: 'A kind of places by where they lie or how poor they are ("đặc biệt khó khăn", "bãi ngang", "miền núi", "vùng đồng bào"): tested on an indicator\'s keyword, it makes the indicator one of such a group\'s places, and a figure said of that group is the indicator\'s own, not the group\'s part of the unit ("Tại 02 xã đặc biệt khó khăn, có 7/12 thôn …" for the share of villages of those communes up to the standard — nxy01).',
  re: /(?<![\p{L}])(?:đặc biệt khó khăn|bãi ngang|biên giới|miền núi|vùng cao|an toàn khu|khu vực i{1,3}|vùng đồng bào|đồng bào dân tộc|ven biển|hải đảo)(?![\p{L}])/iu,
  examples: { hit: ['đặc biệt khó khăn', 'bãi ngang', 'xã miền núi'], miss: ['thôn', 'đạt chuẩn', 'kiểu mẫu'] },
});

/** A clause (after its last comma) that opens on a count of places of one kind, or "các" such places: "03 huyện miền núi mới có 14/51 xã …" (group 1: their noun). */
export const GROUP_OPENS = pattern({
  name: 'group-opens',
  description: 'A clause, from its last comma, that opens on some of the unit\'s places by their kind ("03 huyện miền núi mới có", "các xã đặc biệt khó khăn đã có"), ending right before a figure: the figure is that group\'s, not the unit\'s. Not a place named ("huyện miền núi Ba Tơ có"), which may be the unit itself.',
  re: /^[\s\-–—+•*]*(?:(?:tại|ở|đối với|trong)\s+)?(?:(?:các|những)\s+|\d{1,3}\s+)(xã|thôn|huyện|bản|ấp|làng|buôn)\s+(?:đặc biệt khó khăn|bãi ngang|biên giới|miền núi|vùng cao|an toàn khu|khu vực i{1,3}|vùng đồng bào|đồng bào dân tộc|ven biển|hải đảo)(?:(?!(?:toàn|cả|nên(?!\s+(?:đến nay|hiện nay|tới nay))|do đó|vì vậy|vì thế)(?![\p{L}]))[^;:\d]){0,60}?\s+(?:(?:mới|chỉ|đã|đều|cũng|hiện)\s+)?(?:có|là|đạt)\s*$/iu,
  examples: { hit: [' 03 huyện miền núi mới có ', ' các xã đặc biệt khó khăn đã có ', 'Ở 05 xã bãi ngang ven biển có ', 'Các xã bãi ngang ven biển do điều kiện khó khăn nên đến nay mới có '], miss: [' huyện miền núi Ba Tơ có ', ' toàn huyện có ', ' các xã đã có ', 'Năm 2023, 02 xã đặc biệt khó khăn về đích nên toàn tỉnh có ', '02 xã đặc biệt khó khăn về đích nên tỉnh có '] },
});

/** Right after a count of places, up to the next figure: they were recognised again, "05 xã đã được thẩm định, tái công nhận đạt chuẩn" — some of those that met it. */
export const RECOGNISED_AGAIN = pattern({
  name: 'recognised-again',
  description: 'Words after a count of places, up to the next figure or ";" (brackets blanked), that say they were recognised again under the new criteria ("đã được thẩm định, tái công nhận", "được công nhận lại"): a count of some of those that met the standard, not of all.',
  re: /^[^;,\d]{0,60}?(?:,\s*(?:rà soát|đánh giá|thẩm định|kiểm tra|xét duyệt)(?:\s+lại)?)*(?:,\s*)?(?<![\p{L}])(?:tái công nhận|công nhận lại|thẩm định lại|tái thẩm định)(?![\p{L}])/iu,
  examples: { hit: [' xã đã được thẩm định, tái công nhận đạt chuẩn theo Bộ tiêu chí mới', ' xã đạt chuẩn đã được thẩm định, tái công nhận theo Bộ tiêu chí', ' xã được công nhận lại', ' xã đã được rà soát, đánh giá, công nhận lại đạt chuẩn'], miss: [' xã đạt chuẩn nông thôn mới', ' xã đạt chuẩn, trong đó 05 xã được tái công nhận', ' xã được công nhận đạt chuẩn', ' xã đạt chuẩn NTM, đang đề nghị công nhận lại 05 xã'] },
});

/** Right before a count of places: something met its standard there, "hệ thống điện đạt chuẩn ở 13/13 xã" — the places where, not places up to the standard. */
export const STANDARD_MET_AT = pattern({
  name: 'standard-met-at',
  description: 'Words right before a count of places (tested on its clause\'s words before it, from the clause\'s start, none of them the programme\'s own standard) saying a thing met its standard in them ("hệ thống điện đạt chuẩn ở 13/13 xã", "trạm y tế đạt chuẩn tại 12 xã"): the count says where, it counts no places up to the programme\'s standard.',
  re: /^(?:(?!(?:nông thôn mới|ntm|kiểu mẫu|nâng cao)(?![\p{L}]))[^;:\d]){2,80}?(?<![\p{L}])đạt chuẩn\s+(?:ở|tại)\s+(?:cả\s+|các\s+)?$/iu,
  examples: { hit: ['hệ thống điện đạt chuẩn ở ', 'trạm y tế đạt chuẩn tại ', 'trường học đạt chuẩn ở cả '], miss: ['toàn huyện có ', 'đạt chuẩn nông thôn mới ở ', 'có ', 'mô hình thôn nông thôn mới kiểu mẫu đã đạt chuẩn ở '] },
});

// ── moved from the code that reads them (session 29)

/** Words that say a count is all of the unit's: "toàn tỉnh có", "cả huyện có". */
export const WHOLE_OF_UNIT = pattern({
  name: 'whole-of-unit',
  description: 'Words before a count that say it is all of the unit\'s ("toàn tỉnh có", "cả huyện có"): the count is no subset of it.',
  re: /(?<![\p{L}])(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thị xã|thành phố)(?![\p{L}])/iu,
  examples: { hit: ['Đến 30/6/2024, toàn tỉnh có ', 'cả huyện có '], miss: ['Có ', 'toàn bộ '] },
});

/** A place named by its noun and its proper name: "huyện Can Lộc", "xã Đồng Tiến". */
export const OWN_NAMED = pattern({
  name: 'own-named',
  description: 'A place named by its noun and its proper name ("huyện Can Lộc", "xã Đồng Tiến"), case-sensitive: where it is the unit itself, it is the writer, no subject of a figure; "của tỉnh", "chung của tỉnh" say whose the measure is and stay.',
  re: /(?<![\p{L}])(?:huyện|xã|tỉnh|thị xã|thành phố|thị trấn|phường)\s+\p{Lu}/u,
  examples: { hit: ['huyện Can Lộc', 'xã Đồng Tiến'], miss: ['của tỉnh', 'chung của huyện'] },
});

export const UNIT_NOUN_REACHES = pattern({
  name: 'unit-noun-reaches',
  description: 'The noun of a level alone right before a figure reached (tested on the words before the figure): in a report of that level it is the unit itself, the writer, no subject that makes the figure a share of places — "đến nay xã đạt 98,3%" in a commune\'s report — where a count or a quantifier before the noun ("số xã đạt", "các xã đạt", "100% xã đạt") counts places.',
  re: /(?<![\p{L}])(?<![\d%]\s*)(?<!(?:số|các|những|mọi|nhiều|mỗi|từng|thị|đơn vị|hợp tác)\s+)(?:(?:toàn|cả)\s+)?(xã|huyện|tỉnh)\s+(?:đã\s+|cũng\s+|mới\s+|đều\s+)?đạt\s*$/iu,
  examples: { hit: ['Mục tiêu … đạt 95%, đến nay xã đạt ', 'toàn huyện đạt ', 'xã đã đạt '], miss: ['số xã đạt ', 'các xã đạt ', '100% xã đạt ', '12 xã đạt ', 'thị xã đạt ', 'của hợp tác xã đạt '] },
});

/** After a count, before any re-recognition: the count said to have met the standard first ("36 xã đạt chuẩn nông thôn mới và được công nhận lại"). */
export const METS_FIRST = pattern({
  name: 'mets-first',
  description: 'After a count, before any re-recognition: the count said to have met the standard first ("36 xã đạt chuẩn nông thôn mới và được công nhận lại"), so a count the words before it say is the unit\'s whole stays the whole.',
  re: /^[^;,\d]{0,40}?(?<![\p{L}])đạt chuẩn(?![\p{L}])[^;\d]{0,60}?(?:và|,)\s*(?:đã\s+)?(?:được\s+)?(?:tái công nhận|công nhận lại)/iu,
  examples: { hit: [' xã đạt chuẩn nông thôn mới và được công nhận lại theo Bộ tiêu chí'], miss: [' xã được thẩm định, công nhận lại đạt chuẩn', ' xã đạt chuẩn nông thôn mới'] },
});

/** The unit named as a whole: "của huyện", "toàn tỉnh", "cả xã". */
export const UNIT_AS_WHOLE = pattern({
  name: 'unit-as-whole',
  description: 'The unit named as a whole ("của huyện", "toàn tỉnh", "cả xã"): a second figure in a sentence that says so is the unit\'s own, not a part\'s.',
  re: /(?<![\p{L}])(?:của|toàn|cả)\s+(?:tỉnh|huyện|xã|thị xã|thành phố)(?![\p{L}])/iu,
  examples: { hit: ['tỷ lệ lao động nông thôn qua đào tạo của huyện chỉ đạt', 'toàn tỉnh có'], miss: ['tỷ lệ lao động nữ qua đào tạo mới đạt', 'ở các xã vùng cao'] },
});

/** Words that set a figure after them as the whole the figure before them is a part of ("… diện tích lúa nước được tưới chủ động đạt 71,5%, tuy nhiên
 * tính chung toàn bộ diện tích đất sản xuất nông nghiệp thì … mới đạt 34,2%"): the earlier figure, of one crop or kind, is no second result. */
export const WHOLE_AFTER_PART = pattern({
  name: 'whole-after-part',
  description: 'Between two figures of one indicator in a sentence, words that count the whole of what it measures ("tính chung toàn bộ diện tích …", "nếu tính trên toàn bộ số lao động …", "tính trên tổng diện tích …"): the figure before is a part\'s. Not "nếu tính cả …" (something added: a wider measure), nor a place or a time ("tính chung toàn huyện", "tính chung cả giai đoạn").',
  re: /(?<![\p{L}])tính\s+(?:chung\s+)?(?:(?:trên|cho)\s+)?(?:toàn\s+bộ|tổng)\s+(?:số\s+)?(?:diện tích|lao động|hộ|dân số|người|đất)(?![\p{L}])/iu,
  examples: {
    hit: ['tuy nhiên tính chung toàn bộ diện tích đất sản xuất nông nghiệp thì', 'nếu tính trên toàn bộ số lao động trong độ tuổi', 'còn tính trên tổng diện tích canh tác thì'],
    miss: ['nếu tính cả cây lâu năm, tỷ lệ che phủ cây xanh đạt', 'Tính chung toàn huyện, có 14/15 xã', 'tính chung cả giai đoạn 2021-2023', 'Tính chung từ năm 2022 đến nay'],
  },
});

/** A village named by its kind and name, then a comma (tested on the words before a commune's name): the commune is the village's address —
 * "do bổ sung thôn Gia Rót, xã Ma Nới được UBND huyện công nhận …, nay điều chỉnh là 46/52 thôn" counts the district's villages. */
export const VILLAGE_ADDRESS = pattern({
  name: 'village-address',
  description: 'A village named by its kind and name, then a comma, right before a commune\'s name: the commune is where the village is, no scope of a count of villages.',
  re: new RegExp(`(?<![\\p{L}])(?:thôn|${SETTLEMENT_WORDS.join('|')})\\s+(?:\\p{Lu}[\\p{L}\\d\\s-]{0,30}|\\d{1,3}[a-zA-Z]?),\\s*$`, 'u'),
  examples: { hit: ['do bổ sung thôn Gia Rót, ', 'công nhận ấp Tân Hòa, ', 'công nhận thôn 5, '], miss: ['toàn huyện có 46/52 thôn, ', 'thôn đạt chuẩn, '] },
});

/** What a commune named after a village has, within a few words after its name (tested on those words): the commune opens its own clause,
 * no address — "Sau khi công nhận thôn Tân Lập, xã Hải An hiện có 8/8 thôn …", "… xã Triệu Thành đến nay có 9/9 thôn". */
export const COMMUNE_HAS = pattern({
  name: 'commune-has',
  description: 'Words right after a commune\'s name, a village named before it, that say what the commune has ("hiện có", "đến nay có", "nay đã có đủ"): the commune is the clause\'s subject, not the village\'s address.',
  re: /^[^,.;()\d]{0,20}?(?<![\p{L}])có(?![\p{L}])/u,
  examples: { hit: [' hiện có 8/8 thôn', ' đến nay có 9/9 thôn', ' nay đã có đủ 7/7 thôn'], miss: [' được UBND huyện công nhận ngày 25/6/2024', ', huyện Hải Lăng'] },
});

export const ORGANISATION_OWNS = pattern({
  name: 'organisation-owns',
  description: 'Right before a figure (tested on the words before it): the figure is said of an organisation or a model within the unit — "giá trị sản xuất trên 01 ha đất trồng trọt của hợp tác xã đạt", "thu nhập của các hộ tham gia mô hình đạt" — not the unit\'s own measure.',
  re: /(?<![\p{L}])(?<!(?:kể cả|bao gồm|gồm cả)[^,;:.\d()]{0,60})(?:của|trong|tại)\s+(?:các\s+|một số\s+)?(?:hợp tác xã|htx|tổ hợp tác|doanh nghiệp|công ty|trang trại|mô hình|chuỗi liên kết|hộ tham gia|hộ trong mô hình)(?![\p{L}])[^,;:.\d()]{0,40}?\s(?:đạt|là|lên|tăng lên)\s*(?:bình quân\s*)?$/iu,
  examples: { hit: ['giá trị sản xuất trên 01 ha đất trồng trọt của hợp tác xã đạt ', 'thu nhập bình quân của các hộ tham gia mô hình đạt ', 'Tỷ lệ lao động qua đào tạo trong các hợp tác xã đạt '], miss: ['giá trị sản xuất trên 01 ha đất trồng trọt đạt ', 'thu nhập bình quân của người dân nông thôn đạt ', 'của huyện đạt ', 'trồng trọt (tính cả diện tích liên kết của các doanh nghiệp) đạt ', 'qua đào tạo kể cả lao động làm việc trong các doanh nghiệp trên địa bàn đạt '] },
});

export const GROUP_OWNS = pattern({
  name: 'group-owns',
  description: 'Right before a figure (tested on the words before it): the measure said of some of the unit\'s places by their kind — "… nước sạch của 05 xã bãi ngang thuộc huyện đạt", "… kiểu mẫu của các huyện miền núi trong tỉnh đạt" — that group\'s figure, not the unit\'s (group 1: the kind; an indicator of that kind, "thôn thuộc các xã đặc biệt khó khăn …", is the group\'s own).',
  re: /(?<![\p{L}])của\s+(?:các|những|\d{1,3})\s+(?:xã|thôn|huyện|bản|ấp|làng|buôn)\s+(?:thuộc\s+(?:diện\s+|vùng\s+)?)?(đặc biệt khó khăn|bãi ngang|biên giới|miền núi|vùng cao|an toàn khu|khu vực i{1,3}|vùng đồng bào|đồng bào dân tộc|ven biển|hải đảo|đồng bằng|vùng sâu|vùng xa)(?![\p{L}])(?:(?!(?:nên|của|vì|nhờ|do(?![^,;:.\d()]{1,40}?(?:phê duyệt|quyết định|công nhận|ban hành)))(?![\p{L}]))[^,;:.\d()]){0,50}?\s(?:đạt|là|chỉ đạt|mới đạt|còn)\s*$/iu,
  examples: { hit: ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch của 05 xã bãi ngang thuộc huyện đạt ', 'nước sạch của các xã thuộc diện đặc biệt khó khăn đạt ', 'của các xã đặc biệt khó khăn do Thủ tướng Chính phủ phê duyệt mới đạt ', 'Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu của các huyện miền núi trong tỉnh đạt '], miss: ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch của huyện đạt ', 'Tỷ lệ thôn đạt chuẩn của các xã đạt ', 'công trình cấp nước của các xã ven biển nên tỷ lệ hộ dân nông thôn sử dụng nước sạch của huyện đạt ', 'Công trình cấp nước của các xã ven biển do tỉnh đầu tư giúp tỷ lệ nước sạch toàn huyện đạt ', 'rừng phòng hộ của các xã ven biển do đó tỷ lệ che phủ rừng đạt '] },
});

/** Between a count and the name of the place its things lie in: "thuộc", "trực thuộc", the names of what is counted in brackets before it or not. */
export const LIES_IN = pattern({
  name: 'lies-in',
  description: 'Between a count\'s noun and a place\'s name (tested on the words between): the place the things counted lie in — "03 xã (xã Thạch Hạ, …) thuộc thành phố Hà Tĩnh đạt chuẩn …" counts that city\'s communes, a part\'s figure, not the unit\'s (session 39, review-39 R8).',
  re: /^\s*(?:\([^()\d]{0,100}\)\s*)?(?:trực\s+)?thuộc\s+$/u,
  examples: { hit: [' thuộc ', ' (xã Thạch Hạ, xã Thạch Trung, xã Thạch Môn) thuộc ', ' trực thuộc '], miss: [' đạt chuẩn thuộc ', ' (chiếm 1,7%) thuộc ', ' của '] },
});

/** A place named in a sentence: "xã Tân Phú", "huyện Cẩm Khê", or a whole, "toàn tỉnh", "cả huyện" (the code folds and compares them). */
export const PLACE_NAMED = pattern({
  name: 'place-named',
  description: 'A place a sentence names — a rank and a capitalised name ("xã Tân Phú", "thôn Đồng Tâm") or a whole ("toàn tỉnh", "cả huyện"): a plan of other places is none of a claim about its own (review-57b C6, XF3).',
  re: /(?<![\p{L}])(?:(?:xã|huyện|thôn|phường|thị trấn|thị xã|ấp|bản)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}|(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thị xã|thành phố))/u,
  examples: { hit: ['UBND xã Tân Phú đăng ký 06 khu', 'toàn tỉnh có 150 khu', 'cả huyện'], miss: ['các xã phấn đấu', 'huyện giao các xã', 'xã nông thôn mới'] },
});
