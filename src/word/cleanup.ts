/**
 * Remove the skeleton's guidance that nobody has typed over: content controls
 * tagged decuong:g:<pack>:<section> whose text is still the pack's guidance.
 * Text the writer has typed (inside or outside the controls) is never touched.
 */
import type { Pack } from '../packs/schema';
import { DEFAULT_GUIDANCE, parseTag } from '../core/skeleton';
import { flatten } from '../core/structure';
import { normalize } from '../core/text';
import type { WContext } from './api';

export async function removeUntouchedGuidance(context: WContext, packs: Pack[]): Promise<number> {
  const ccs = context.document.body.contentControls;
  ccs.load('items/tag,items/text');
  await context.sync();
  let n = 0;
  for (const cc of ccs.items) {
    const tag = parseTag(cc.tag ?? '');
    if (tag?.kind !== 'g') continue;
    const pack = packs.find((p) => p.id === tag.pack);
    const section = pack && flatten(pack).find((f) => f.section.id === tag.section)?.section;
    if (!section) continue;
    const expected = normalize(section.guidance ?? DEFAULT_GUIDANCE);
    if (normalize(cc.text) !== expected) continue;
    cc.delete(false);
    n++;
  }
  await context.sync();
  return n;
}
