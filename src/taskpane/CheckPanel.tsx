import type { RefObject } from 'react';
import { Switch } from '@fluentui/react-components';
import type { ReportResult } from '../core/report';
import type { Pack } from '../packs/schema';
import type { DocModel } from '../core/model';
import type { DocumentPort, ReadInfo } from '../core/port';
import { markedText, unmarkedText } from './messages';
import { Review } from './Review';
import { t, type UiLang } from './i18n';

export interface CheckState {
  report?: ReportResult;
  /** How Word was read (round trips, what could not be read). */
  reading?: ReadInfo;
  /** The document as the last check read it (the pane that follows the cursor maps paragraph indexes on it). */
  doc?: DocModel;
  at?: Date;
  busy: boolean;
}

/** The review in Word: the Word-free Review (Review.tsx) with what Word adds — go to a point, add a missing item, re-check as one types, marks. */
export function CheckPanel(props: {
  state: CheckState; pack?: Pack; port: DocumentPort | null; lang: UiLang; auto: boolean; stale?: 'doc' | 'pack';
  verdictRef: RefObject<HTMLDivElement | null>; notes: Map<string, string>; busySection?: string;
  onCheck: () => void; onAuto: (on: boolean) => void; onAddSection: (id: string, label: string) => void; onDismissNote: (id: string) => void;
}) {
  const { state, port, lang } = props;
  return (
    <Review
      report={state.report} pack={props.pack} lang={lang} reading={state.reading} at={state.at} busy={state.busy} stale={props.stale}
      verdictRef={props.verdictRef} settings={port?.settings} notes={props.notes} busySection={props.busySection}
      onCheck={props.onCheck} canCheck={!!port && !!props.pack}
      goTo={port ? (place) => port.goTo(place) : undefined}
      onAddSection={props.onAddSection} onDismissNote={props.onDismissNote}
      underVerdict={port?.onChange && <Switch checked={props.auto} onChange={(_, d) => props.onAuto(d.checked)} label={t(lang, 'autoCheck')} />}
      // (each comment says what to do after the point, as the CLI, the HTML report and the copied summary do — walk55)
      marks={{
        enabled: !!port,
        add: async (live) => markedText(lang, await port!.addMarks(live.filter((f) => f.paragraph !== undefined).map((f) => ({ paragraph: f.paragraph!, message: f.suggestion ? `${f.message[lang]} → ${f.suggestion[lang]}` : f.message[lang] }))), port!.comments),
        remove: async () => unmarkedText(lang, await port!.removeMarks()),
      }}
    />
  );
}
