import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { WINDOW_BOX } from '../../charts/chart-boxes';
import { WhenNear } from '../../charts/when-near';
import type { WindowSeries } from '../../charts/window-chart';
import { MIDDLE_FILL } from '../../charts/window-colours';
import { windowChart } from '../../charts/loadable-charts';
import { ChartLegend, type LegendItem } from '../../charts/chart-legend';
import { RESULT_COLOURS } from '../../charts/result-colours';
import { formatDate, formatNumber } from '../../lib/format';
import { MIDDLE_ZONE, placementOf } from '../../model/scoring/score';
import type { Placement } from '../../model/scoring/types';
import type { ScoredResult } from './use-result-view';

const { current: CURRENT, previous: PREVIOUS, wanted: WANTED } = RESULT_COLOURS;

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

  const placementName = (p: Placement | null) => t(`modes:${p ?? 'between'}.display`);
  // One column per point: now, last time and, once one is chosen, the goal (it follows the sliders).
  const columns = [
    { key: 'now', label: t('results:now'), point, placement: current.score.placement },
    ...(before && previous ? [{ key: 'previous', label: t('results:previous', { date: formatDate(previous.saved.completedAt, lng) }), point: before, placement: previous.score.placement }] : []),
    ...(wanted ? [{ key: 'wanted', label: t('results:goal'), point: wanted, placement: placementOf(wanted) }] : []),
  ];

  const rounded = (p: { support: number; expectations: number }) => ({
    support: formatNumber(p.support, lng),
    expectations: formatNumber(p.expectations, lng),
  });
  const summary = [
    t('results:windowSummary', { ...rounded(point), placement: placementName(current.score.placement) }),
    before ? t('results:windowSummaryMoved', rounded(before)) : '',
    wanted ? t('results:windowSummaryGoal', { ...rounded(wanted), placement: placementName(placementOf(wanted)) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

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
          {/* Points as columns (now, last time, the goal), so the table stays narrow enough for a 320 px phone. */}
          <thead>
            <tr>
              <td />
              {columns.map(({ key, label }) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['support', 'expectations'] as const).map((axis) => (
              <tr key={axis}>
                <th scope="row">{t(`results:column.${axis}`)}</th>
                {columns.map(({ key, point: p }) => (
                  <td key={key}>{formatNumber(p[axis], lng)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('results:column.placement')}</th>
              {columns.map(({ key, placement }) => (
                <td key={key}>{placementName(placement)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
