/**
 * The writer's tab follows the cursor: on each selection change the port says
 * which paragraph the cursor is in (one round trip, nothing written), and the
 * section is found in the last check's result — the document is not read
 * again. Moves that come while a look-up runs are folded into one more.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentPort } from '../core/port';
import type { Pack } from '../packs/schema';
import type { ReportResult } from '../core/report';
import type { DocModel } from '../core/model';
import { guideAt, type SectionGuide } from '../core/guide';

export type Follow =
  | { kind: 'none' }
  | { kind: 'outside' }
  | { kind: 'above' }
  | { kind: 'in'; guide: SectionGuide; stale: boolean };

export function useFollow(port: DocumentPort | null, pack: Pack | undefined, report: ReportResult | undefined, doc: DocModel | undefined, active: boolean): Follow {
  const [follow, setFollow] = useState<Follow>({ kind: 'none' });
  const running = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    if (!active || !port?.whereIs || !pack || !report) {
      setFollow({ kind: 'none' });
      return;
    }
    let live = true;
    const look = async () => {
      if (running.current) {
        again.current = true;
        return;
      }
      running.current = true;
      try {
        do {
          again.current = false;
          const place = await port.whereIs!().catch(() => null);
          if (!live) return;
          if (!place) setFollow({ kind: 'outside' });
          else {
            const guide = guideAt(pack, report, place.paragraph);
            const stale = !!doc && doc.paragraphs[place.paragraph]?.text !== place.text;
            setFollow(guide ? { kind: 'in', guide, stale } : { kind: 'above' });
          }
        } while (again.current && live);
      } finally {
        running.current = false;
      }
    };
    void look();
    const off = port.onSelection?.(() => void look());
    return () => {
      live = false;
      off?.();
    };
  }, [active, port, pack, report, doc]);

  return follow;
}
