import { readFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { Pack } from '../../src/packs/schema';

test('the committed pack.schema.json is what the zod schema generates (run npm run build:schema)', () => {
  const committed = JSON.parse(readFileSync(join(__dirname, '../../src/packs/pack.schema.json'), 'utf8'));
  const generated = z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  expect({ ...committed, title: undefined, $id: undefined }).toEqual({ ...generated, title: undefined, $id: undefined });
});

test('package.json and the reported tool version agree', async () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));
  const { VERSION } = await import('../../src/core/version');
  expect(VERSION).toBe(pkg.version);
});
