/** What the writer says of a result against its target. */
import { phraseSet } from './phrases';

export const CLAIM_NOT_MET = phraseSet({
  name: 'claim-not-met',
  description: 'The writer says the target is not met.',
  phrases: ['chưa đạt', 'không đạt', 'chưa hoàn thành', 'không hoàn thành', 'thấp hơn mục tiêu', 'thấp hơn chỉ tiêu', 'chưa bằng', 'còn thấp so với', 'thấp hơn kế hoạch', 'gần đạt', 'xấp xỉ đạt', 'tiệm cận'],
  examples: {
    hit: ['đạt 66,5%, chưa đạt mục tiêu đề ra', 'Chưa đạt', 'không hoàn thành chỉ tiêu', 'đạt 148 triệu đồng, gần đạt mục tiêu'],
    miss: ['đạt 72,4%, vượt mục tiêu', 'Đạt'],
  },
});

export const CLAIM_MET = phraseSet({
  name: 'claim-met',
  description: 'The writer says the target is met or exceeded.',
  phrases: [
    'vượt mục tiêu', 'vượt chỉ tiêu', 'vượt kế hoạch', 'đạt mục tiêu', 'đạt chỉ tiêu', 'đạt kế hoạch', 'hoàn thành mục tiêu',
    'hoàn thành chỉ tiêu', 'hoàn thành kế hoạch', 'đạt và vượt', 'đạt yêu cầu', 'vượt so với', 'vượt mức', 'vượt xa', 'hoàn thành vượt', 'cao hơn mục tiêu',
  ],
  // (after "phấn đấu", "quyết tâm", "để": an aim still ahead, not a claim — "huyện có 17/18 xã đạt chuẩn, tiếp tục phấn đấu hoàn thành mục tiêu …")
  notAfter: ['chưa', 'không', 'chưa thể', 'không thể', 'gần', 'xấp xỉ', 'phấn đấu', 'quyết tâm', 'nỗ lực', 'cố gắng', 'để', 'nhằm', 'sẽ', 'nhằm sớm', 'để sớm', 'phấn đấu sớm'],
  examples: {
    hit: ['36 xã (vượt mục tiêu 38 xã)', 'đạt 65,6%, hoàn thành chỉ tiêu', 'vượt so với mục tiêu'],
    miss: ['chưa đạt mục tiêu', 'đạt 72,4%', 'gần đạt mục tiêu', 'nhờ Nhân dân đã vượt qua khó khăn', 'huyện có 17/18 xã đạt chuẩn, tiếp tục phấn đấu hoàn thành mục tiêu huyện đạt chuẩn NTM trong năm 2025', 'quyết tâm hoàn thành kế hoạch năm 2025'],
  },
});

/** A table's assessment cell ("Đánh giá"): short words. */
export const ASSESS_NOT_MET = phraseSet({
  name: 'assessment-not-met',
  description: 'An assessment cell that says not met.',
  phrases: ['chưa đạt', 'không đạt', 'chưa hoàn thành', 'không hoàn thành'],
  examples: { hit: ['Chưa đạt', 'không hoàn thành'], miss: ['Đạt', 'Vượt KH'] },
});

export const ASSESS_MET = phraseSet({
  name: 'assessment-met',
  description: 'An assessment cell that says met or exceeded.',
  phrases: ['đạt', 'vượt', 'hoàn thành', 'đạt kh', 'vượt kh'],
  notAfter: ['chưa', 'không'],
  examples: { hit: ['Đạt', 'Vượt', 'Hoàn thành'], miss: ['Ghi chú', ''] },
});
