import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { teamRadarSeries } from '../../charts/team-radar-series';
import { ModesTable } from '../../components/team/modes-table';
import { MODES, type Mode } from '../../model/instruments/types';
import { sdBand } from '../../model/team-report/sd-band';
import type { ReportRadarEntry } from '../../model/team-report/types';
import { ReportChart } from './report-chart';

type PerMode<T> = Readonly<Record<Mode, T>>;

/** The report's radar in whole points per mode, as the wall draws it. */
export interface ReportRadarPercents {
  readonly mean: PerMode<number>;
  /** Null when the report does not hold it (a version-1 file). */
  readonly sd: PerMode<number | null>;
  /** One SD around the mean; the mean itself when the SD is unknown. */
  readonly low: PerMode<number>;
  readonly high: PerMode<number>;
}

export function reportRadarPercents(radar: readonly ReportRadarEntry[]): ReportRadarPercents {
  const per = <T,>(value: (entry: ReportRadarEntry) => T, missing: T) =>
    Object.fromEntries(
      MODES.map((mode) => {
        const entry = radar.find((r) => r.mode === mode);
        return [mode, entry ? value(entry) : missing];
      }),
    ) as Record<Mode, T>;
  const band = (e: ReportRadarEntry) => sdBand(e.mean, e.sd ?? 0);
  return {
    mean: per((e) => Math.round(e.mean), 0),
    sd: per((e) => (e.sd === null ? null : Math.round(e.sd)), null),
    low: per((e) => Math.round(band(e).low), 0),
    high: per((e) => Math.round(band(e).high), 0),
  };
}

/**
 * The team radar: the mean per mode over the band of one SD around it, as on the wall, with its
 * table. Lowest and highest are not in the report: each is one person's spoke. A report from a
 * version-1 file has no SD: the mean alone, and a note saying why.
 */
export function ReportRadarSection({ radar, fileStem }: { radar: readonly ReportRadarEntry[]; fileStem: string }) {
  const { t } = useTranslation(['report', 'team', 'modes']);
  const percents = reportRadarPercents(radar);
  const hasSd = MODES.every((m) => percents.sd[m] !== null);
  const name = (m: Mode) => t(`modes:${m}.display`);
  const sdText = (m: Mode) => (percents.sd[m] === null ? '–' : String(percents.sd[m]));
  const list = MODES.map((m) =>
    hasSd
      ? t('team:modes.summaryItemSd', { name: name(m), mean: String(percents.mean[m]), sd: sdText(m) })
      : t('report:radar.summaryItemNoSd', { name: name(m), mean: String(percents.mean[m]) }),
  ).join(', ');
  const series = teamRadarSeries(percents).filter((s) => hasSd || s.key === 'mean');
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
              <ModesTable mean={percents.mean} sd={percents.sd} />
            </>
          }
        />
      </ReportChart>
    </section>
  );
}
