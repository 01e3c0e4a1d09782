import { Badge, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReportResult } from '../core/report';
import { t, type UiLang } from './i18n';

/** The readiness verdict: never "ready" when the document could not be mapped. */
export function Summary({ report, lang, at }: { report: ReportResult; lang: UiLang; at?: Date }) {
  const s = report.summary;
  const intent = s.ready ? 'success' : s.errors ? 'error' : 'warning';
  return (
    <MessageBar intent={intent} role="status" aria-live="polite" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.ready ? t(lang, 'ready') : t(lang, 'notReady')}</MessageBarTitle>
        {!s.mapped && <div>{t(lang, 'unmapped')}</div>}
        <div>
          <Badge color="danger" appearance="filled" aria-label={`${s.errors} ${t(lang, 'errors')}`}>{s.errors}</Badge> {t(lang, 'errors')}{' '}
          <Badge color="warning" appearance="filled" aria-label={`${s.warnings} ${t(lang, 'warnings')}`}>{s.warnings}</Badge> {t(lang, 'warnings')}
          {at && <span> · {t(lang, 'checkedAt')} {at.toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</span>}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
