import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { teamRadarSeries } from '../../charts/team-radar-series';
import { MODES, type Mode } from '../../model/instruments/types';
import type { ReportRadarEntry } from '../../model/team-report/types';
import type { TeamRadarPercents } from '../../model/team/view-radar';
import { ReportChart } from './report-chart';

/** The report's radar in whole points per mode, as the team radar draws them. */
export function reportRadarPercents(radar: readonly ReportRadarEntry[]): TeamRadarPercents {
  const pick = (field: 'mean' | 'min' | 'max') =>
    Object.fromEntries(MODES.map((mode) => [mode, Math.round(radar.find((r) => r.mode === mode)?.[field] ?? 0)])) as Record<Mode, number>;
  const zero = Object.fromEntries(MODES.map((mode) => [mode, 0])) as Record<Mode, number>;
  return { mean: pick('mean'), min: pick('min'), max: pick('max'), sd: zero, low: pick('min'), high: pick('max') };
}

/** The team radar: mean per mode over the band from lowest to highest, with its table. */
export function ReportRadarSection({ radar, fileStem }: { radar: readonly ReportRadarEntry[]; fileStem: string }) {
  const { t } = useTranslation(['report', 'team', 'modes']);
  const percents = reportRadarPercents(radar);
  const name = (m: Mode) => t(`modes:${m}.display`);
  const list = MODES.map((m) =>
    t('team:modes.summaryItem', { name: name(m), mean: String(percents.mean[m]), min: String(percents.min[m]), max: String(percents.max[m]) }),
  ).join(', ');
  const title = t('report:radar.title');
  return (
    <section className="report-section report-keep" aria-labelledby="report-radar">
      <h2 id="report-radar">{title}</h2>
      <p>{t('team:modes.intro')}</p>
      <ReportChart name={title} fileName={`${fileStem}-${t('report:radar.fileName')}.png`}>
        <ChartFigure
          caption={title}
          summary={t('team:modes.summary', { list })}
          chart={<ModeRadar series={teamRadarSeries(percents)} maxWidth={520} />}
          table={
            <>
              <p className="hint">{t('team:modes.legend')}</p>
              <table className="data-table">
                <caption>{t('team:modes.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('team:column.mode')}</th>
                    <th scope="col">{t('team:column.mean')}</th>
                    <th scope="col">{t('team:column.min')}</th>
                    <th scope="col">{t('team:column.max')}</th>
                  </tr>
                </thead>
                <tbody>
                  {MODES.map((m) => (
                    <tr key={m}>
                      <th scope="row">{name(m)}</th>
                      <td>{percents.mean[m]}</td>
                      <td>{percents.min[m]}</td>
                      <td>{percents.max[m]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          }
        />
      </ReportChart>
    </section>
  );
}
