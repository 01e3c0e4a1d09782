import { extractQuantities } from '../../src/core/quantities';

const raw = (t: string) => extractQuantities(t).map((q) => q.raw);

describe('figures a scan misread, a letter for a digit (session 58, nyu03)', () => {
  test.each([
    ['có 55/6O xã đạt tiêu chí số 4 về Điện (91,7%)', ['91,7%']],
    ['theo Quyết định số 2O46/QĐ-UBND', []],
    ['đạt l0 xã', []],
  ])('%s', (text, expected) => expect(raw(text)).toEqual(expected));
  test.each([
    ['có 55/60 xã đạt tiêu chí (91,7%)', ['55/60 xã', '91,7%']],
    ['phủ sóng 4G đạt 100%', ['4', '100%']],
    ['xây 5 lò đốt rác', ['5']],
  ])('%s is read as written', (text, expected) => expect(raw(text)).toEqual(expected));
});
