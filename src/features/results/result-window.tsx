import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { WindowChart, type WindowSeries } from '../../charts/window-chart';
import { formatDate, formatNumber } from '../../lib/format';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import type { ScoredResult } from './use-result-view';

const CURRENT = '#1d4e5f';
const PREVIOUS = '#8a8a8a';

export function ResultWindow({ current, previous }: { current: ScoredResult; previous: ScoredResult | null }) {
  const { t, i18n } = useTranslation(['results', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const point = current.score.point;
  if (!point) return null;
  const before = previous?.score.point ?? null;

  const series: WindowSeries[] = [];
  if (before) {
    series.push({ key: 'movement', kind: 'line', points: [before, point], colour: PREVIOUS });
    series.push({ key: 'previous', kind: 'dot', points: [before], colour: PREVIOUS, size: 6 });
  }
  series.push({ key: 'current', kind: 'dot', points: [point], colour: CURRENT, size: 9 });

  const placementName = (p: ScoredResult) =>
    p.score.placement === 'between' ? t('modes:between.name') : t(`modes:${p.score.placement ?? 'between'}.name`);
  const rows = [
    { label: t('results:now'), result: current },
    ...(previous?.score.point ? [{ label: t('results:previous', { date: formatDate(previous.saved.completedAt, lng) }), result: previous }] : []),
  ];

  const rounded = (p: { support: number; expectations: number }) => ({
    support: formatNumber(p.support, lng),
    expectations: formatNumber(p.expectations, lng),
  });
  const summary = [
    t('results:windowSummary', { ...rounded(point), placement: placementName(current) }),
    before ? t('results:windowSummaryMoved', rounded(before)) : '',
  ].join(' ');

  return (
    <ChartFigure
      caption={t('results:windowCaption')}
      summary={summary}
      chart={<WindowChart series={series} middleZone={MIDDLE_ZONE} />}
      table={
        <table className="data-table">
          <caption>{t('results:windowTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:column.measurement')}</th>
              <th scope="col">{t('results:column.support')}</th>
              <th scope="col">{t('results:column.expectations')}</th>
              <th scope="col">{t('results:column.placement')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, result }) => (
              <tr key={result.saved.id}>
                <th scope="row">{label}</th>
                <td>{formatNumber(result.score.point?.support ?? 0, lng)}</td>
                <td>{formatNumber(result.score.point?.expectations ?? 0, lng)}</td>
                <td>{placementName(result)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
