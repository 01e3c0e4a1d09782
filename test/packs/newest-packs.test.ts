import { newestPacks } from '../../src/packs/published';
import { builtinPacks } from '../../src/packs/builtin';

/** A source still serving an older version of a template must not silently replace the newer one shipped with decuong (walk47). */
describe('newestPacks', () => {
  const [a, b] = builtinPacks();
  test('a published pack as new as the built-in one or newer replaces it', () => {
    const newer = { ...a, version: '99.0.0' };
    const same = { ...b };
    const r = newestPacks([newer, same], builtinPacks());
    expect(r.packs.filter((p) => p.id === a.id)).toEqual([newer]);
    expect(r.packs.filter((p) => p.id === b.id)).toEqual([same]);
    expect(r.older).toEqual([]);
    expect(r.packs).toHaveLength(builtinPacks().length);
  });
  test('an older published pack is left aside, and said', () => {
    const older = { ...a, version: '0.0.1' };
    const r = newestPacks([older], builtinPacks());
    expect(r.packs.filter((p) => p.id === a.id)).toEqual([a]);
    expect(r.older).toEqual([{ published: older, builtin: a }]);
  });
  test('a published pack of an id not built in is kept', () => {
    const other = { ...a, id: 'tinh-moi', version: '0.1.0' };
    expect(newestPacks([other], builtinPacks()).packs[0]).toBe(other);
  });
});
