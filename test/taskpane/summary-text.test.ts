/**
 * "Sao chép tóm tắt" in the pane: the text pasted into a mail or a chat gives each point with its quote and what to do, as the CLI and the
 * HTML report do — "Còn 4 chỗ để trống trong đoạn này" pasted alone points at nothing (walk55).
 */
import { check } from '../../src/core/check';
import { summaryText } from '../../src/taskpane/exporting';
import { builtinPack } from '../../src/packs/builtin';
import { doc, nq16, outline, results, MET, swap } from '../core/doc';

const pack = builtinPack('nq16-so-ket-3-nam')!;
const r = check(doc(nq16(results(swap(MET, 'nước sạch', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt …… %, …… hộ.')))), pack, { level: 'huyen' });

test('each point is followed by its quote and what to do, in the order the CLI prints them', () => {
  const f = r.findings.find((x) => x.code === 'placeholder' && x.excerpt && x.suggestion)!;
  expect(f).toBeDefined();
  const text = summaryText(r, 'vi', pack);
  const at = text.indexOf(`: ${f.message.vi}`);
  expect(at).toBeGreaterThan(0);
  const after = text.slice(at).split('\n');
  expect(after[1]).toMatch(/^ {2}« .+ »$/u);
  expect(after[1]).toContain('……');
  expect(after[2]).toBe(`  → ${f.suggestion!.vi}`);
});

test('in English too, the advice in English', () => {
  const f = r.findings.find((x) => x.code === 'placeholder' && x.suggestion)!;
  expect(summaryText(r, 'en', pack)).toContain(`  → ${f.suggestion!.en}`);
});

test('the first line names the template with its version, so a reply says which version the report was checked with (walk56, item 4)', () => {
  expect(summaryText(r, 'vi', pack).split('\n')[0]).toBe(`Mẫu báo cáo: ${pack.title} (phiên bản ${pack.version}) · cấp huyện`);
  expect(summaryText(r, 'en', pack).split('\n')[0]).toContain(`(version ${pack.version})`);
});

test('what the pane says beside the verdict goes with it: a department\'s "ready" says the template held no target (walk63, item 7)', () => {
  const so = builtinPack('ntm-so-ket-2021-2023-so-nganh')!;
  const clean = check(doc(outline('ntm-so-ket-2021-2023-so-nganh')), so, { level: 'so-nganh' });
  expect(clean.summary.ready).toBe(true);
  const lines = summaryText(clean, 'vi', so).split('\n');
  expect(lines[2]).toBe('! Mẫu này không có chỉ tiêu nào để so với mục tiêu ở cấp báo cáo này: số liệu chỉ được kiểm tra về cộng, tỷ lệ, thời điểm và lời đánh giá.');
});

test('each point says where it is, as the pane shows it: the text pasted into an e-mail points the writer to the place (walk64, item 7)', () => {
  const f = r.findings.find((x) => x.code === 'placeholder' && x.at)!;
  expect(f).toBeDefined();
  const line = summaryText(r, 'vi', pack).split('\n').find((l) => l.endsWith(`: ${f.message.vi}`))!;
  expect(line).toMatch(/^- Lỗi, mục [^,]+, đoạn \d+: /u);
  expect(summaryText(r, 'en', pack)).toMatch(/, item [^,]+, paragraph \d+: /u);
});
