/** `--level` by its id, its Vietnamese name with or without marks, or the English word the English output uses (walk64, item 6). */
import { levelOption, levelRefused } from '../../src/cli/level-option';

test.each([
  ['tinh', 'tinh'], ['huyện', 'huyen'], ['Xã', 'xa'], ['cấp xã', 'xa'], ['sở, ngành', 'so-nganh'], ['so-nganh', 'so-nganh'],
  ['province', 'tinh'], ['District', 'huyen'], ['commune', 'xa'], ['department', 'so-nganh'],
])('"%s" is the level %s', (value, level) => expect(levelOption(value)).toBe(level));

test('a word no level has is refused, the accepted words said in the user\'s language', () => {
  expect(levelOption('village')).toBeUndefined();
  expect(levelOption('thôn')).toBeUndefined();
  expect(levelRefused('village', 'en')).toContain('province | district | commune | department');
  expect(levelRefused('thôn', 'vi')).toContain('xa (xã)');
});
