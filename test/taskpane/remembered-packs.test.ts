/**
 * @jest-environment jsdom
 */
/**
 * Templates opened from a file are remembered in the browser's storage and validated again when read back; the validator (zod) is no
 * part of the pane's first JavaScript, so the pane loads it before it starts only when the storage holds templates (issue 11).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadRememberedPacks, packsStored, rememberPack } from '../../src/taskpane/rememberedPacks';
import type { Pack } from '../../src/packs/schema';

const pack = (): Pack => {
  const p = JSON.parse(readFileSync(join(__dirname, '../../src/packs/builtin/ntm-so-ket-2021-2023-tham-luan.json'), 'utf8'));
  return { ...p, id: 'tham-luan-tinh-2026', version: '2.0.0' };
};

beforeEach(() => localStorage.clear());

test('nothing stored: the pane starts without the validator; a template remembered, or packs kept from a source, and it loads it first', () => {
  expect(packsStored(localStorage)).toBe(false);
  localStorage.setItem('decuong:packs', '[]');
  localStorage.setItem('decuong:pack-source:https://so.example/packs.json', '[]');
  expect(packsStored(localStorage)).toBe(false);
  localStorage.setItem('decuong:pack-source:https://so.example/packs.json', JSON.stringify([{ id: 'x', text: '{}' }]));
  expect(packsStored(localStorage)).toBe(true);
  localStorage.clear();
  rememberPack(pack());
  expect(packsStored(localStorage)).toBe(true);
  // (storage that cannot be read is taken as holding templates: the validator is loaded rather than a template lost)
  localStorage.setItem('decuong:packs', '{not json');
  expect(packsStored(localStorage)).toBe(true);
});

test('read back after the validator is loaded: the template comes back; one that no longer validates is left out', async () => {
  rememberPack(pack());
  const broken = { ...pack(), id: 'Bad Id' };
  localStorage.setItem('decuong:packs', JSON.stringify([...JSON.parse(localStorage.getItem('decuong:packs')!), broken]));
  // (before it is loaded the stored templates cannot be read: none is returned and none forgotten — the pane's start loads it first)
  await jest.isolateModulesAsync(async () => {
    const { loadRememberedPacks: early } = await import('../../src/taskpane/rememberedPacks');
    expect(early()).toEqual([]);
  });
  expect(JSON.parse(localStorage.getItem('decuong:packs')!)).toHaveLength(2);
  const { loadValidator } = await import('../../src/packs/validator');
  await loadValidator();
  expect(loadRememberedPacks().map((p) => `${p.id} ${p.version}`)).toEqual(['tham-luan-tinh-2026 2.0.0']);
});
