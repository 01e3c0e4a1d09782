import { builtinPack } from '../../src/packs/builtin';
import { extractFacts } from '../../src/core/facts';
import type { DocModel } from '../../src/core/model';
import type { Level } from '../../src/packs/schema';

/** The facts a line gives, as a report of one paragraph at a level. */
function facts(packId: string, level: Level, text: string) {
  const doc = { paragraphs: [{ index: 0, text }] } as unknown as DocModel;
  return extractFacts(doc, builtinPack(packId)!, { unit: { level }, future: { has: () => false }, headings: new Set() }).map((f) => `${f.indicator.id} ${f.role} ${f.value}`);
}

describe('whose subject a figure has (session 48)', () => {
  it('a count of places in words opens a clause of its own: "12/12 đơn vị cấp huyện …, hai huyện đạt chuẩn … nâng cao" gives no 12 districts nâng cao (nwm01)', () => {
    const got = facts('nq04-ket-luan-ha-tinh', 'tinh', 'Hà Tĩnh có 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ, hai huyện đạt chuẩn nông thôn mới nâng cao, vượt mục tiêu.');
    expect(got.some((f) => f.startsWith('don-vi-cap-huyen ') && f.endsWith(' 12'))).toBe(true);
    expect(got.filter((f) => f.startsWith('huyen-nang-cao'))).toEqual([]);
  });
  it('… while a series of verbs after the comma still runs on to the standard reached ("…, đã rà soát, củng cố và đạt chuẩn")', () => {
    expect(facts('nq04-ket-luan-ha-tinh', 'tinh', 'Tỉnh có 12/12 đơn vị cấp huyện đã rà soát, củng cố và đạt chuẩn.')).toEqual(['don-vi-cap-huyen result 12']);
  });
  it('communes still short, joined by "và" before the verb they share, are no count of those up to the standard (nwm02)', () => {
    expect(facts('nq04-ket-luan-ha-tinh', 'huyen', 'Còn 01 xã nâng cao và 01 xã kiểu mẫu chưa hoàn thành theo Nghị quyết Đại hội huyện.').filter((f) => f.includes('result'))).toEqual([]);
    expect(facts('nq04-ket-luan-ha-tinh', 'huyen', 'Còn 02 xã nâng cao, 01 xã kiểu mẫu chưa đạt chuẩn.').filter((f) => f.includes('result'))).toEqual([]);
  });
  it('a span of time between an indicator\'s words and its figure ends no subject: "… ngành nông nghiệp của xã bình quân 3 năm đạt 3,4%" (nwp02)', () => {
    expect(facts('nq16-so-ket-3-nam', 'xa', 'Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp của xã bình quân 3 năm đạt 3,4%.')).toContain('tang-truong-gtgt-nong-nghiep result 3.4');
  });
});
