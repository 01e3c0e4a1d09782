/**
 * The index of packs a secretariat publishes on its site (`packs.json`), written by `decuong pack publish`
 * and read by `decuong check --pack-source` (and later by the task pane): each pack's id, version, title,
 * address, sha256 of its bytes and publication date.
 */
import { z } from 'zod';

export const PublishedPack = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  title: z.string().min(1),
  /** Absolute, or relative to the index's own address. */
  url: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type PublishedPack = z.infer<typeof PublishedPack>;

export const PackIndex = z.strictObject({
  $schema: z.string().optional(),
  generated: z.string().optional(),
  packs: z.array(PublishedPack),
});
export type PackIndex = z.infer<typeof PackIndex>;

export { compareVersions, newestPacks } from './versions';
