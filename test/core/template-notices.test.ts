/**
 * A template the user gave that does not fit the document is said beside it, in the text, HTML and pane alike (session 43's walk-through,
 * item 1): the title names another template, or the report's level is none of the template's. A report checked against another template
 * than its title names is not confirmed ready.
 */
import { check } from '../../src/core/check';
import { titledOtherThan } from '../../src/core/identify';
import { formatText } from '../../src/core/format/text';
import { formatHtml } from '../../src/core/format/html';
import { templateNotices } from '../../src/core/format/words';
import { builtinPack, builtinPacks } from '../../src/packs/builtin';
import { doc, outline } from './doc';

const NQ04 = 'nq04-ket-luan-ha-tinh';

describe('a template that does not fit the document', () => {
  test('its own template, given: no notice, and ready when clean', () => {
    const d = doc(outline(NQ04, {}));
    const pack = builtinPack(NQ04)!;
    const titled = titledOtherThan(builtinPacks(), d, pack);
    expect(titled).toBeUndefined();
    const r = check(d, pack, { chosen: 'given' });
    expect(templateNotices(r, 'vi')).toEqual([]);
    expect(formatText([r], 'vi', false)).not.toContain('\n  ! ');
  });
  test('the title names another template, the document mapped onto the one given: said, in both languages, and never ready', () => {
    // (the nq04 outline under the title of the nq16 template, checked against nq04 as a user who picked it would)
    const nq16 = builtinPack('nq16-so-ket-3-nam')!;
    const src = outline(NQ04, {}).replace(/^(.*KẾT LUẬN.*|.*Kết luận.*)$/mu, 'BÁO CÁO Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới');
    const d = doc(src);
    const pack = builtinPack(NQ04)!;
    const titled = titledOtherThan(builtinPacks(), d, pack);
    expect(titled?.id).toBe(nq16.id);
    const r = check(d, pack, { chosen: 'given', titled });
    expect(r.summary.mapped).toBe(true);
    expect(r.summary.ready).toBe(false);
    expect(r.pack.titled?.id).toBe(nq16.id);
    const vi = formatText([r], 'vi', false);
    expect(vi).toContain(`! Tiêu đề văn bản ứng với mẫu "${nq16.title}" (mã ${nq16.id}), không phải mẫu đang dùng`);
    expect(formatText([r], 'en', false)).toContain(`The document's title names the template "${nq16.title}"`);
    expect(formatHtml([r], 'vi', builtinPacks())).toContain('class="notice"');
  });
  test('a level the template is not for: said, with the levels it is for', () => {
    const pack = builtinPack('ntm-so-ket-2021-2023-so-nganh')!;
    const r = check(doc(outline(NQ04, {})), pack, { level: 'huyen' });
    expect(r.pack.levels).toEqual(pack.levels);
    expect(templateNotices(r, 'vi')).toContain('Mẫu này dành cho báo cáo sở, ngành; văn bản là báo cáo cấp huyện: kiểm tra lại mẫu báo cáo.');
    const ok = check(doc(outline(NQ04, {})), builtinPack(NQ04)!, { level: 'huyen' });
    expect(ok.pack.levels).toBeUndefined();
  });
});

describe('a template whose report was due before the day of the check (walk54: the 2021–2023 commune template used in December 2026)', () => {
  const PACK = 'ntm-so-ket-2021-2023-dia-phuong';
  const pack = builtinPack(PACK)!;
  const due = pack.due[0].date;
  const d = doc(outline(PACK, {}));
  test('checked after the due date: said beside the template, with the date as written in Vietnam, in the text and HTML reports and the JSON', () => {
    const r = check(d, pack, { today: '2026-12-06' });
    expect(r.pack.duePassed).toBe(due);
    const vn = due.split('-').reverse().join('/');
    expect(templateNotices(r, 'vi')).toContain(`Hạn nộp báo cáo theo mẫu này là ${vn}, đã qua: hỏi lại cơ quan nhận báo cáo xem còn dùng mẫu này hay đã có mẫu mới.`);
    expect(templateNotices(r, 'en').join(' ')).toContain(`was due by ${vn}`);
    expect(formatText([r], 'vi', false)).toContain(`\n  ! Hạn nộp báo cáo theo mẫu này là ${vn}, đã qua`);
    expect(formatHtml([r], 'vi', [pack])).toContain(`Hạn nộp báo cáo theo mẫu này là ${vn}, đã qua`);
  });
  test('checked on or before it, or with no day given (the core reads no clock): nothing said', () => {
    expect(check(d, pack, { today: due }).pack.duePassed).toBeUndefined();
    expect(check(d, pack, { today: '2023-10-01' }).pack.duePassed).toBeUndefined();
    const r = check(d, pack);
    expect(r.pack.duePassed).toBeUndefined();
    expect(templateNotices(r, 'vi').join(' ')).not.toContain('Hạn nộp');
  });
  test('a template whose guidance sets no due date: nothing said, whatever the day', () => {
    const nq04 = builtinPack(NQ04)!;
    expect(nq04.due).toEqual([]);
    expect(check(doc(outline(NQ04, {})), nq04, { today: '2030-01-01' }).pack.duePassed).toBeUndefined();
  });
});
