import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { RADAR_BOX } from '../../charts/chart-boxes';
import { WhenNear } from '../../charts/when-near';
import { modeRadar } from '../../charts/loadable-charts';
import type { RadarSeries } from '../../charts/mode-radar';
import { ChartLegend, type LegendItem } from '../../charts/chart-legend';
import { RESULT_COLOURS } from '../../charts/result-colours';
import { DASHES } from '../../charts/chart-dashes';
import { formatNumber, formatSigned } from '../../lib/format';
import { MODES, type Mode } from '../../model/instruments/types';
import { shownSpoke, spokeDifferences, type ComparedResult } from './compared-result';

/**
 * The two chosen results on one radar, as the result page draws a result over the one before it:
 * the newer filled, the older as a line. A difference column only within one version: other
 * statements make other spokes (decision 82).
 */
export function CompareRadar({ older, newer, sameVersion }: { older: ComparedResult; newer: ComparedResult; sameVersion: boolean }) {
  const { t, i18n } = useTranslation(['history', 'results', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const values = (r: ComparedResult) => (r.score?.spokes ? (Object.fromEntries(MODES.map((m) => [m, shownSpoke(r.score, m) ?? 0])) as Record<Mode, number>) : null);
  const [a, b] = [values(older), values(newer)];
  if (!a && !b) return null;
  const series: RadarSeries[] = [
    ...(a ? [{ key: 'older', values: a, colour: RESULT_COLOURS.previous, fillOpacity: 0, dashed: true }] : []),
    ...(b ? [{ key: 'newer', values: b, colour: RESULT_COLOURS.current, fillOpacity: 0.35 }] : []),
  ];
  const legend: LegendItem[] = [
    ...(b ? [{ key: 'newer', mark: 'area' as const, colour: RESULT_COLOURS.radarFill, label: t('history:compareLegendRadarNewer', { date: newer.label }) }] : []),
    ...(a ? [{ key: 'older', mark: 'line' as const, dash: DASHES.earlierRadar, colour: RESULT_COLOURS.previous, label: t('history:compareLegendRadarOlder', { date: older.label }) }] : []),
  ];
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, lng));
  const differences = sameVersion && older.key !== newer.key ? spokeDifferences(older.score, newer.score) : null;
  const name = (m: Mode) => t(`modes:${m}.display`);
  const list = (r: ComparedResult) => MODES.map((m) => `${name(m)} ${num(shownSpoke(r.score, m))}`).join(', ');

  return (
    <ChartFigure
      caption={t('history:compareRadarCaption')}
      summary={`${t('history:compareRadarSummary', { date: older.label, list: list(older) })} ${t('history:compareRadarSummary', { date: newer.label, list: list(newer) })}`}
      chart={<WhenNear {...RADAR_BOX} chart={modeRadar} props={{ series }} />}
      legend={<ChartLegend items={legend} />}
      table={
        <table className="data-table">
          <caption>{t('history:compareRadarTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:column.mode')}</th>
              {[older, newer].map((r) => (
                <th key={r.key} scope="col">
                  {r.label}
                </th>
              ))}
              {differences && <th scope="col">{t('history:column.difference')}</th>}
            </tr>
          </thead>
          <tbody>
            {MODES.map((m) => (
              <tr key={m}>
                <th scope="row">{name(m)}</th>
                {[older, newer].map((r) => (
                  <td key={r.key}>{num(shownSpoke(r.score, m))}</td>
                ))}
                {differences && <td>{differences[m] === null ? '–' : formatSigned(differences[m] ?? 0, lng)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
