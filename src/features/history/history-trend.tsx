import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ChartLegend } from '../../charts/chart-legend';
import { DASHES } from '../../charts/chart-dashes';
import { TREND_COLOURS, TrendChart, type TrendPoint } from '../../charts/trend-chart';
import { formatDate, formatNumber, formatShortDate, formatTime } from '../../lib/format';
import { momentLabels } from './moment-labels';
import { isWindowResult, scoreSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';

/**
 * Both scales over the self-checks, oldest first, with the same numbers as a table. A line between
 * two results reads as a movement, so it joins only results with the same statements: those of the
 * newest version kept. Older versions are named under the chart; the comparison puts them side by
 * side (compareResults: two versions are never a movement).
 */
export function HistoryTrend({ results }: { results: readonly SavedResult[] }) {
  const { t, i18n } = useTranslation(['history', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const selfChecks = results.filter((r) => r.instrumentId === 'self-check' && isWindowResult(r));
  const version = Math.max(...selfChecks.map((r) => r.instrumentVersion));
  const rows = selfChecks
    .filter((r) => r.instrumentVersion === version)
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt))
    .map((r) => ({ saved: r, score: scoreSavedResult(r) }));
  if (rows.length < 2) return null;
  // Three self-checks of one day all read "7 dec": a date that is shared gets its time, a minute
  // that is shared "(2)" (moment-labels.ts), on the axis and in the table alike.
  const withTime = (date: (iso: string, lng: string) => string) => (iso: string) => `${date(iso, lng)} ${formatTime(iso, lng)}`;
  const moments = rows.map(({ saved }) => saved);
  const axisLabels = momentLabels(moments, [(iso) => formatShortDate(iso, lng), withTime(formatShortDate)]);
  const rowLabels = momentLabels(moments, [(iso) => formatDate(iso, lng), withTime(formatDate)]);
  const points: TrendPoint[] = rows.map(({ saved, score }) => ({
    label: axisLabels.get(saved.id) ?? saved.completedAt,
    support: score?.support.score ?? null,
    expectations: score?.expectations.score ?? null,
  }));
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, lng));
  const olderVersions = selfChecks.some((r) => r.instrumentVersion !== version);
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <ChartFigure
      caption={t('history:trendCaption')}
      summary={t('history:trendSummary', {
        count: points.length,
        supportFrom: num(first?.support ?? null),
        supportTo: num(last?.support ?? null),
        expectationsFrom: num(first?.expectations ?? null),
        expectationsTo: num(last?.expectations ?? null),
      })}
      chart={<TrendChart points={points} />}
      legend={
        <>
          <ChartLegend
            items={[
              { key: 'support', mark: 'line', colour: TREND_COLOURS.support, label: t('instrument:scales.support') },
              { key: 'expectations', mark: 'line', dash: DASHES.trendExpectations, colour: TREND_COLOURS.expectations, label: t('history:trendExpectationsDashed') },
            ]}
          />
          {olderVersions && <p className="hint">{t('history:trendOneVersion', { version })}</p>}
        </>
      }
      table={
        <table className="data-table">
          <caption>{t('history:trendTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history:column.date')}</th>
              <th scope="col">{t('instrument:scales.support')}</th>
              <th scope="col">{t('instrument:scales.expectations')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ saved, score }) => (
              <tr key={saved.id}>
                <th scope="row">{rowLabels.get(saved.id)}</th>
                <td>{num(score?.support.score ?? null)}</td>
                <td>{num(score?.expectations.score ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
