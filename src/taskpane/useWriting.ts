/**
 * Inserting and removing the outline, held by the App (not by the Write tab):
 * switching tabs during an insertion keeps it running, its progress shown and
 * its buttons disabled; a second click is ignored while one runs (and the port
 * refuses it too). "Chèn đề cương" first asks the port what the document
 * holds: into an empty document the whole outline goes at once; otherwise the
 * writer chooses (only the missing items, each at its place; or, explicitly,
 * the whole outline).
 */
import { useRef, useState } from 'react';
import type { DocumentPort, InsertPlan } from '../core/port';
import type { Level, Pack } from '../packs/schema';
import { skeletonBlocks } from '../core/skeleton';
import { cleanupText, failureText, insertedText } from './messages';
import type { UiLang } from './i18n';

export interface Work {
  kind: 'insert' | 'remove';
  /** 0..1 */
  progress: number;
  /** Blocks inserted so far and in all ("đã chèn 40/112 đoạn"), once the first batch is in. */
  done?: number;
  total?: number;
  /** The writer asked to stop: the insertion ends after the batch under way. */
  stopping?: boolean;
}

export type Where = 'cursor' | 'end';

export interface Writing {
  work: Work | null;
  /** A choice offered to the writer before inserting into a document that is not empty. */
  offer: InsertPlan | null;
  propose(where: Where, header: boolean): void;
  insertWhole(where: Where, header: boolean): void;
  insertMissing(): void;
  dismiss(): void;
  removeUnwritten(): void;
  /** Stop the insertion between batches (what went in stays, removable). */
  stop(): void;
}

export function useWriting(port: DocumentPort | null, pack: Pack | undefined, packs: Pack[], level: Level | undefined, lang: UiLang, say: (text: string, intent?: 'success' | 'error') => void): Writing {
  const [work, setWork] = useState<Work | null>(null);
  const [offer, setOffer] = useState<InsertPlan | null>(null);
  const running = useRef(false);
  const stopping = useRef(false);
  // (the pane's language when a job ends, not when it began: switched to English while the outline went in, its result is said in English —
  // code review of session 63, item 8)
  const langNow = useRef(lang);
  langNow.current = lang;

  /** Run one job at a time; its result is said, its failure too. */
  const job = (kind: Work['kind'], f: (progress: (done: number, total: number) => boolean) => Promise<string | null>) => {
    if (!port || !pack || running.current || port.busy()) return;
    running.current = true;
    stopping.current = false;
    setWork({ kind, progress: 0 });
    f((done, total) => {
      setWork({ kind, progress: total ? done / total : 1, done, total, stopping: stopping.current });
      return !stopping.current;
    })
      .then((text) => text && say(text, 'success'), (e) => say(failureText(langNow.current, e), 'error'))
      .finally(() => {
        running.current = false;
        setWork(null);
      });
  };

  const whole = (where: Where, header: boolean) => async (progress: (d: number, t: number) => boolean) => {
    const done = await port!.insertSkeleton(skeletonBlocks(pack!, { level, header }), where, progress);
    return insertedText(langNow.current, done);
  };

  return {
    work,
    offer,
    propose: (where, header) => job('insert', async (progress) => {
      setOffer(null);
      const plan = await port!.planInsert(pack!, level);
      if (plan.kind === 'empty') return whole(where, header)(progress);
      setOffer(plan);
      return null;
    }),
    insertWhole: (where, header) => {
      setOffer(null);
      job('insert', whole(where, header));
    },
    insertMissing: () => {
      const plan = offer;
      setOffer(null);
      if (plan?.kind !== 'partial') return;
      job('insert', async (progress) => {
        const done = await port!.insertMissing(pack!, plan.missing.map((m) => m.id), plan.level ?? level, progress);
        return insertedText(langNow.current, done);
      });
    },
    dismiss: () => setOffer(null),
    removeUnwritten: () => job('remove', async () => {
      const done = await port!.removeUnwritten(packs);
      return cleanupText(langNow.current, done);
    }),
    stop: () => {
      stopping.current = true;
      setWork((w) => (w ? { ...w, stopping: true } : w));
    },
  };
}
