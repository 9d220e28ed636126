import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { WINDOW_BOX } from '../../charts/chart-boxes';
import { WhenNear } from '../../charts/when-near';
import type { WindowSeries } from '../../charts/window-chart';
import { MIDDLE_FILL } from '../../charts/window-colours';
import { windowChart } from '../../charts/loadable-charts';
import { ChartLegend, type LegendItem } from '../../charts/chart-legend';
import { formatDate, formatNumber } from '../../lib/format';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import type { ScoredResult } from './use-result-view';

const CURRENT = '#1d4e5f';
// Dark enough for 3:1 against every quadrant fill (WCAG 1.4.11).
const PREVIOUS = '#5f6368';
const WANTED = '#6a2c8c';

interface ResultWindowProps {
  current: ScoredResult;
  previous: ScoredResult | null;
  /** The goal being set on this result (follows the sliders), if any. */
  wanted?: { support: number; expectations: number } | undefined;
}

export function ResultWindow({ current, previous, wanted }: ResultWindowProps) {
  const { t, i18n } = useTranslation(['results', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const point = current.score.point;
  if (!point) return null;
  const before = previous?.score.point ?? null;
  // Another version of the statements: the two points side by side, never a line of movement.
  const sameVersion = previous?.score.instrumentVersion === current.score.instrumentVersion;

  const series: WindowSeries[] = [];
  if (before) {
    if (sameVersion) series.push({ key: 'movement', kind: 'line', points: [before, point], colour: PREVIOUS });
    series.push({ key: 'previous', kind: 'dot', points: [before], colour: PREVIOUS, size: 6 });
  }
  const wantedBefore = previous?.saved.wanted;
  if (wantedBefore) series.push({ key: 'wanted-before', kind: 'dot', points: [wantedBefore], colour: PREVIOUS, size: 8, hollow: true });
  if (wanted) series.push({ key: 'wanted', kind: 'dot', points: [wanted], colour: WANTED, size: 10, hollow: true });
  series.push({ key: 'current', kind: 'dot', points: [point], colour: CURRENT, size: 9 });

  const placementName = (p: ScoredResult) => t(`modes:${p.score.placement ?? 'between'}.display`);
  const columns = [
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

  const legend: LegendItem[] = [
    { key: 'now', mark: 'dot', colour: CURRENT, label: t('results:legendNow') },
    ...(before && previous && sameVersion
      ? [
          { key: 'previous', mark: 'dot' as const, colour: PREVIOUS, label: t('results:legendPrevious', { date: formatDate(previous.saved.completedAt, lng) }) },
          { key: 'movement', mark: 'line' as const, colour: PREVIOUS, label: t('results:legendMovement') },
        ]
      : []),
    ...(before && previous && !sameVersion
      ? [{ key: 'previous', mark: 'dot' as const, colour: PREVIOUS, label: t('results:legendPreviousOtherVersion', { date: formatDate(previous.saved.completedAt, lng) }) }]
      : []),
    ...(wanted ? [{ key: 'wanted', mark: 'ring' as const, colour: WANTED, label: t('results:legendWanted') }] : []),
    ...(wantedBefore ? [{ key: 'wanted-before', mark: 'ring' as const, colour: PREVIOUS, label: t('results:legendWantedBefore') }] : []),
    { key: 'between', mark: 'area', colour: MIDDLE_FILL, label: t('results:legendBetween') },
  ];

  return (
    <ChartFigure
      caption={t('results:windowCaption')}
      summary={summary}
      chart={
        <WhenNear {...WINDOW_BOX} chart={windowChart} props={{ series, middleZone: MIDDLE_ZONE }} />
      }
      legend={<ChartLegend items={legend} />}
      table={
        <table className="data-table">
          <caption>{t('results:windowTableCaption')}</caption>
          {/* Measurements as columns: at most three columns, so the table fits a 320 px phone. */}
          <thead>
            <tr>
              <td />
              {columns.map(({ label, result }) => (
                <th key={result.saved.id} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('results:column.support')}</th>
              {columns.map(({ result }) => (
                <td key={result.saved.id}>{formatNumber(result.score.point?.support ?? 0, lng)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('results:column.expectations')}</th>
              {columns.map(({ result }) => (
                <td key={result.saved.id}>{formatNumber(result.score.point?.expectations ?? 0, lng)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('results:column.placement')}</th>
              {columns.map(({ result }) => (
                <td key={result.saved.id}>{placementName(result)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
