/** Versions of published packs against the built-in ones ("x.y.z"): no zod here, the task pane needs it at start. */

/** Compare two "x.y.z" versions. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * Published packs beside the built-in ones, one per id: the published one where it is as new as the built-in one or newer, else the
 * built-in one — a source still serving last year's template does not silently replace the newer one shipped with decuong (walk47).
 * `older` lists the published packs left aside, for one line to the user.
 */
export function newestPacks<P extends { id: string; version: string }>(published: P[], builtin: P[]): { packs: P[]; older: Array<{ published: P; builtin: P }> } {
  const older: Array<{ published: P; builtin: P }> = [];
  const kept = published.filter((p) => {
    const b = builtin.find((x) => x.id === p.id);
    if (b && compareVersions(p.version, b.version) < 0) { older.push({ published: p, builtin: b }); return false; }
    return true;
  });
  return { packs: [...kept, ...builtin.filter((b) => !kept.some((p) => p.id === b.id))], older };
}
