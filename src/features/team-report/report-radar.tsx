import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { teamRadarSeries } from '../../charts/team-radar-series';
import { ModesTable } from '../../components/team/modes-table';
import { MODES, type Mode } from '../../model/instruments/types';
import { radarFigures } from '../../model/team-report/radar-figures';
import type { ReportRadarEntry } from '../../model/team-report/types';
import { ReportChart } from './report-chart';

/**
 * The team radar: the mean per mode over the band of one SD around it, as on the wall, with its
 * table, read with the wall's own function (radarFigures). Lowest and highest are not in the
 * report: each is one person's spoke. A report from a version-1 file has no SD: the mean alone,
 * and a note saying why. A spoke of fewer than the minimum is withheld (decision 71): no point in
 * the chart, and the reason in its row and in the note.
 */
export function ReportRadarSection({ radar, fileStem, min }: { radar: readonly ReportRadarEntry[]; fileStem: string; min: number }) {
  const { t } = useTranslation(['report', 'team', 'modes']);
  const figures = radarFigures(radar);
  // A version-1 file held no SD at all.
  const hasSd = radar.some((r) => r.status === 'shown' && r.sd !== null);
  const name = (m: Mode) => t(`modes:${m}.display`);
  const text = (value: number | null) => (value === null ? '–' : String(value));
  const list = MODES.map((m) =>
    figures.withheld[m]
      ? t('team:withheld.spoke', { name: name(m), min })
      : hasSd
        ? t('team:modes.summaryItemSd', { name: name(m), mean: text(figures.mean[m]), sd: text(figures.sd[m]) })
        : t('report:radar.summaryItemNoSd', { name: name(m), mean: text(figures.mean[m]) }),
  ).join(', ');
  const series = teamRadarSeries(figures.shape).filter((s) => hasSd || s.key === 'mean');
  const withheld = MODES.some((m) => figures.withheld[m]);
  const title = t('report:radar.title');
  return (
    <section className="report-section report-keep" aria-labelledby="report-radar">
      <h2 id="report-radar">{title}</h2>
      <p>{t('team:modes.intro')}</p>
      <ReportChart name={title} fileName={`${fileStem}-${t('report:radar.fileName')}.png`}>
        <ChartFigure
          caption={title}
          summary={hasSd ? t('team:modes.summarySd', { list }) : t('report:radar.summaryNoSd', { list })}
          chart={<ModeRadar series={series} maxWidth={520} />}
          table={
            <>
              <p className="hint">{hasSd ? t('team:modes.legendSd') : t('report:radar.noSd')}</p>
              {withheld && <p className="hint">{t('team:withheld.radarNote', { min })}</p>}
              <ModesTable mean={figures.mean} sd={figures.sd} withheld={figures.withheld} min={min} />
            </>
          }
        />
      </ReportChart>
    </section>
  );
}
