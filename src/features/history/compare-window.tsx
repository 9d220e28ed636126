import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { WINDOW_BOX } from '../../charts/chart-boxes';
import { WhenNear } from '../../charts/when-near';
import { windowChart } from '../../charts/loadable-charts';
import type { WindowSeries } from '../../charts/window-chart';
import { ChartLegend, type LegendItem } from '../../charts/chart-legend';
import { MIDDLE_FILL } from '../../charts/window-colours';
import { RESULT_COLOURS } from '../../charts/result-colours';
import { formatNumber, formatSigned } from '../../lib/format';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import type { Comparison } from '../../model/scoring/movement';
import type { ComparedResult } from './compared-result';

/**
 * The two chosen results in one window, as the result page draws a result and the one before it:
 * the newer dot, the older one in grey and, within one version only, the line between them. Its
 * table has both columns and, for a movement, the difference (decision 82).
 */
export function CompareWindow({ older, newer, comparison }: { older: ComparedResult; newer: ComparedResult; comparison: Comparison | null }) {
  const { t, i18n } = useTranslation(['history', 'results', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const movement = comparison?.kind === 'movement' ? comparison.movement : null;
  const [a, b] = [older.score?.point ?? null, newer.score?.point ?? null];

  const series: WindowSeries[] = [];
  if (a && b && movement) series.push({ key: 'movement', kind: 'line', points: [a, b], colour: RESULT_COLOURS.previous });
  if (a) series.push({ key: 'older', kind: 'dot', points: [a], colour: RESULT_COLOURS.previous, size: 7 });
  if (b) series.push({ key: 'newer', kind: 'dot', points: [b], colour: RESULT_COLOURS.current, size: 9 });

  const placement = (r: ComparedResult) => (r.score?.placement ? t(`modes:${r.score.placement}.display`) : t('modes:unplaced'));
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v, lng));
  const sentence = (r: ComparedResult) =>
    r.score?.point
      ? t('history:compareWindowPoint', { date: r.label, support: num(r.score.point.support), expectations: num(r.score.point.expectations), placement: placement(r) })
      : t('history:compareWindowNoPoint', { date: r.label });

  const legend: LegendItem[] = [
    ...(b ? [{ key: 'newer', mark: 'dot' as const, colour: RESULT_COLOURS.current, label: t('history:compareLegendNewer', { date: newer.label }) }] : []),
    ...(a
      ? [
          {
            key: 'older',
            mark: 'dot' as const,
            colour: RESULT_COLOURS.previous,
            label: t(comparison?.kind === 'versions' ? 'history:compareLegendOlderOtherVersion' : 'history:compareLegendOlder', { date: older.label }),
          },
        ]
      : []),
    ...(a && b && movement ? [{ key: 'movement', mark: 'line' as const, colour: RESULT_COLOURS.previous, label: t('history:compareLegendLine') }] : []),
    { key: 'between', mark: 'area', colour: MIDDLE_FILL, label: t('results:legendBetween') },
  ];
  const columns = [older, newer];

  return (
    <ChartFigure
      caption={t('history:compareWindowCaption')}
      summary={`${sentence(older)} ${sentence(newer)}`}
      chart={<WhenNear {...WINDOW_BOX} chart={windowChart} props={{ series, middleZone: MIDDLE_ZONE }} />}
      legend={<ChartLegend items={legend} />}
      table={
        <table className="data-table">
          <caption>{t('history:compareCaption')}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((r) => (
                <th key={r.key} scope="col">
                  {r.label}
                </th>
              ))}
              {movement && <th scope="col">{t('history:column.difference')}</th>}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('history:column.version')}</th>
              {columns.map((r) => (
                <td key={r.key}>{r.saved.instrumentVersion}</td>
              ))}
              {movement && <td />}
            </tr>
            {(['support', 'expectations'] as const).map((axis) => (
              <tr key={axis}>
                <th scope="row">{t(`results:column.${axis}`)}</th>
                {columns.map((r) => (
                  <td key={r.key}>{num(r.score?.[axis].score)}</td>
                ))}
                {/* The model's change, as the sentence under the charts says it (decision 61). */}
                {movement && <td>{formatSigned(movement[axis], lng)}</td>}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('history:column.placement')}</th>
              {columns.map((r) => (
                <td key={r.key}>{placement(r)}</td>
              ))}
              {movement && <td />}
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
