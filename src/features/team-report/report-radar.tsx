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
 * and a note saying why. A mode nobody answered reads "–", never 0.
 */
export function ReportRadarSection({ radar, fileStem }: { radar: readonly ReportRadarEntry[]; fileStem: string }) {
  const { t } = useTranslation(['report', 'team', 'modes']);
  const figures = radarFigures(radar);
  // A version-1 file held no SD at all; a single missing SD (fewer than two spokes) is a dash in its row.
  const hasSd = radar.some((r) => r.sd !== null);
  const name = (m: Mode) => t(`modes:${m}.display`);
  const text = (value: number | null) => (value === null ? '–' : String(value));
  const list = MODES.map((m) =>
    figures.mean[m] === null
      ? t('report:radar.summaryItemAbsent', { name: name(m) })
      : hasSd
        ? t('team:modes.summaryItemSd', { name: name(m), mean: text(figures.mean[m]), sd: text(figures.sd[m]) })
        : t('report:radar.summaryItemNoSd', { name: name(m), mean: text(figures.mean[m]) }),
  ).join(', ');
  const series = teamRadarSeries(figures.shape).filter((s) => hasSd || s.key === 'mean');
  const absent = MODES.some((m) => figures.mean[m] === null);
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
              {absent && <p className="hint">{t('report:radar.absentNote')}</p>}
              <ModesTable mean={figures.mean} sd={figures.sd} />
            </>
          }
        />
      </ReportChart>
    </section>
  );
}
