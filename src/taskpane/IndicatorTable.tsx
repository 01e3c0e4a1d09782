import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { ReportResult } from '../core/report';
import { describeTarget } from '../core/indicators';
import { formatVn } from '../core/numbers';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({ table: { tableLayout: 'auto' }, cell: { overflowWrap: 'anywhere', fontSize: '12px' } });
const COLOR = { met: 'success', 'not-met': 'danger', 'not-quoted': 'warning', misquoted: 'danger', 'not-applicable': 'subtle' } as const;

/** Indicator, target, quoted value, status with a coloured badge. */
export function IndicatorTable({ report, lang, onGoTo }: { report: ReportResult; lang: UiLang; onGoTo: (paragraph: number, quote?: string) => void }) {
  const styles = useStyles();
  const rows = report.indicators.filter((i) => i.status !== 'not-applicable');
  if (!rows.length) return null;
  return (
    <Table size="extra-small" className={styles.table} aria-label={t(lang, 'indicatorTable')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(lang, 'indicators')}</TableHeaderCell>
          <TableHeaderCell>{t(lang, 'target')}</TableHeaderCell>
          <TableHeaderCell>{t(lang, 'value')}</TableHeaderCell>
          <TableHeaderCell>{t(lang, 'status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((i) => {
          const v = i.value !== undefined ? formatVn(i.value) : '—';
          return (
            <TableRow key={i.id} onClick={() => i.paragraph !== undefined && onGoTo(i.paragraph, i.value !== undefined ? v : undefined)}>
              <TableCell className={styles.cell}>{i.label}</TableCell>
              <TableCell className={styles.cell}>{describeTarget(i.target, i.unit, lang)}</TableCell>
              <TableCell className={styles.cell}>{v}</TableCell>
              <TableCell className={styles.cell}><Badge size="small" color={COLOR[i.status]}>{t(lang, i.status)}</Badge></TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
