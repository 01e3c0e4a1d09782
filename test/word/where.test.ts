/** The pane follows the cursor: where it is costs one round trip and no write, and maps to the section the last check found. */
import { check } from '../../src/core/check';
import { guideAt } from '../../src/core/guide';
import { NQ16, fake, portFor, sample, snapshot } from './helpers';

describe('the section under the cursor', () => {
  it('is found in one sync, with no write, from the paragraph index and the last check', async () => {
    const d = fake(await sample());
    const port = portFor(d);
    const model = await port.read();
    const report = check(model, NQ16, {});
    const s = report.sections.find((x) => x.status === 'present' && x.paragraph !== undefined && x.depth >= 1)!;
    const target = s.paragraph! + 1;
    d.selection = [d.paras[target]];
    const before = snapshot(d);
    const [syncs, writes] = [d.syncs, d.writes.length];
    const place = await port.whereIs!();
    expect(d.syncs - syncs).toBeLessThanOrEqual(2);
    expect(d.syncs - syncs).toBe(1);
    expect(d.writes.length).toBe(writes);
    expect(snapshot(d)).toBe(before);
    expect(place).toEqual({ paragraph: target, text: model.paragraphs[target].text });
    const g = guideAt(NQ16, report, place!.paragraph)!;
    expect(g.paragraph).toBeLessThanOrEqual(target);
    expect(g.paragraph).toBe(report.sections.filter((x) => x.paragraph !== undefined && x.paragraph <= target && x.status !== 'missing')
      .reduce((a, b) => Math.max(a, b.paragraph!), -1));
  });

  it('moving the cursor many times reads no more of the document than one paragraph count each time', async () => {
    const d = fake(await sample());
    const port = portFor(d);
    const report = check(await port.read(), NQ16, {});
    const ids = new Set<string>();
    const start = d.syncs;
    for (let i = 0; i < d.paras.length; i += 7) {
      d.selection = [d.paras[i]];
      const p = await port.whereIs!();
      expect(p?.paragraph).toBe(i);
      const g = guideAt(NQ16, report, i);
      if (g) ids.add(g.id);
    }
    expect(d.syncs - start).toBe(Math.ceil(d.paras.length / 7));
    expect(d.writes).toEqual([]);
    expect(ids.size).toBeGreaterThan(3);
  });

  it('the guide names the indicators the template places in the section, with their targets', async () => {
    const d = fake(await sample());
    const port = portFor(d);
    const report = check(await port.read(), NQ16, {});
    const s = report.sections.find((x) => x.id === 'p1.iii.1');
    expect(s?.paragraph).toBeDefined();
    const g = guideAt(NQ16, report, s!.paragraph!)!;
    expect(g.id).toBe('p1.iii.1');
    expect(g.indicators.length).toBe(NQ16.indicators.filter((i) => i.section === 'p1.iii.1').length);
    expect(g.indicators.length).toBeGreaterThan(0);
  });

  it('outside the main text there is no place', async () => {
    const d = fake(await sample());
    const port = portFor(d);
    const header = d.newPara({ text: 'Đầu trang', story: 'Header' });
    d.stories.push(header);
    d.selection = [header];
    expect(await port.whereIs!()).toBeNull();
    expect(d.writes).toEqual([]);
  });
});
