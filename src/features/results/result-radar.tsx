import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { RADAR_BOX } from '../../charts/chart-boxes';
import { WhenNear } from '../../charts/when-near';
import type { RadarSeries } from '../../charts/mode-radar';
import { modeRadar } from '../../charts/loadable-charts';
import { ChartLegend } from '../../charts/chart-legend';
import { DASHES } from '../../charts/chart-dashes';
import { MODES, type Mode } from '../../model/instruments/types';
import type { SelfCheckScore } from '../../model/scoring/types';

/** The radar from the statements each mode's spoke is made of, with its table and a one-sentence reading. */
interface ResultRadarProps {
  score: SelfCheckScore;
  /** The result before this one, drawn dashed under it; with its date for the legend. */
  previous?: { score: SelfCheckScore; date: string } | null;
}

export function ResultRadar({ score, previous = null }: ResultRadarProps) {
  const { t } = useTranslation(['results', 'modes']);
  const { spokes } = score;
  if (!spokes) return null;
  const rounded = (m: Mode) => (spokes[m] === null ? null : Math.round(spokes[m] ?? 0));
  const values = Object.fromEntries(MODES.map((m) => [m, rounded(m) ?? 0])) as Record<Mode, number>;
  const name = (m: Mode) => t(`modes:${m}.display`);
  const valueText = (m: Mode) => {
    const v = rounded(m);
    return v === null ? t('results:spokeMissing') : t('results:spokeValue', { value: v });
  };
  const list = MODES.map((m) => `${name(m)} ${valueText(m)}`).join(', ');
  const beforeSpokes = previous?.score.spokes;
  const before = beforeSpokes ? (Object.fromEntries(MODES.map((m) => [m, Math.round(beforeSpokes[m] ?? 0)])) as Record<Mode, number>) : null;
  const series: RadarSeries[] = [
    ...(before ? [{ key: 'before', values: before, colour: '#5f6368', fillOpacity: 0, dashed: true }] : []),
    { key: 'self', values, colour: '#1d4e5f', fillOpacity: 0.35 },
  ];

  return (
    <ChartFigure
      caption={t('results:radarCaption')}
      summary={t('results:radarSummary', { list })}
      chart={
        <WhenNear {...RADAR_BOX} chart={modeRadar} props={{ series }} />
      }
      legend={
        before && previous ? (
          <ChartLegend
            items={[
              { key: 'now', mark: 'area', colour: '#a9bfc6', label: t('results:legendRadarNow') },
              { key: 'before', mark: 'line', dash: DASHES.earlierRadar, colour: '#5f6368', label: t('results:legendRadarPrevious', { date: previous.date }) },
            ]}
          />
        ) : undefined
      }
      table={
        <>
          <p className="hint">{t('results:radarExplain')}</p>
          <table className="data-table">
            <caption>{t('results:radarTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results:column.mode')}</th>
                <th scope="col">{t('results:column.share')}</th>
                {before && previous && <th scope="col">{t('results:previous', { date: previous.date })}</th>}
              </tr>
            </thead>
            <tbody>
              {MODES.map((m) => (
                <tr key={m}>
                  <th scope="row">{name(m)}</th>
                  <td>{valueText(m)}</td>
                  {before && previous && <td>{t('results:spokeValue', { value: before[m] })}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    />
  );
}
