/** Write the JSON Schema of the pack format (for editor completion and validation). */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { z } from 'zod';
import { Pack } from '../src/packs/schema';

const schema = z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
schema.title = 'decuong template pack';
schema.$id = 'https://decuong.local/pack.schema.json';
const out = join(process.cwd(), 'src', 'packs', 'pack.schema.json');
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${out}`);
