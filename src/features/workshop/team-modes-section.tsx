import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { teamRadarSeries } from '../../charts/team-radar-series';
import { ModesTable } from '../../components/team/modes-table';
import { MODES, type Mode } from '../../model/instruments/types';
import type { ShownTeamProfile } from '../../model/team/types';
import { reportRadar } from '../../model/team-report/build';
import { radarFigures } from '../../model/team-report/radar-figures';

interface TeamModesSectionProps {
  profile: ShownTeamProfile;
  headingId: string;
  heading: string;
}

/**
 * Step 4: the team radar, the mean as a line over the band of one SD around it. Lowest and
 * highest are left out, here and in the table: each is one person's number (docs/decisions.md).
 * Its figures are the wall's and the report's (reportRadar, radarFigures: decision 68), so the
 * three never differ by a rounding. A spoke of fewer than the minimum is withheld (decision 71):
 * no point in the chart and the reason in words, here too (the wall and the report say the same).
 */
export function TeamModesSection({ profile, headingId, heading }: TeamModesSectionProps) {
  const { t } = useTranslation(['team', 'modes', 'results']);
  const figures = radarFigures(reportRadar(profile.window?.radar ?? []));
  const name = (m: Mode) => t(`modes:${m}.display`);
  const text = (value: number | null) => (value === null ? '–' : String(value));
  const min = profile.minRespondents;
  const list = MODES.map((m) =>
    figures.withheld[m]
      ? t('team:withheld.spoke', { name: name(m), min })
      : t('team:modes.summaryItemSd', { name: name(m), mean: text(figures.mean[m]), sd: text(figures.sd[m]) }),
  ).join(', ');
  const withheld = MODES.some((m) => figures.withheld[m]);

  return (
    <section aria-labelledby={headingId} className="team-step team-step-modes">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p className="team-intro">{t('team:modes.intro')}</p>
      <ChartFigure
        caption={t('team:modes.caption')}
        summary={t('team:modes.summarySd', { list })}
        chart={<ModeRadar series={teamRadarSeries(figures.shape)} maxWidth={720} />}
        table={
          <>
            <p className="hint">{t('team:modes.legendSd')}</p>
            {withheld && <p className="hint">{t('team:withheld.radarNote', { min })}</p>}
            <ModesTable mean={figures.mean} sd={figures.sd} withheld={figures.withheld} min={min} />
          </>
        }
      />
    </section>
  );
}
