import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { teamRadarSeries } from '../../charts/team-radar-series';
import { ModesTable } from '../../components/team/modes-table';
import { MODES, type Mode } from '../../model/instruments/types';
import type { ShownTeamProfile } from '../../model/team/types';
import { teamRadarPercents } from '../../model/team/view-radar';

interface TeamModesSectionProps {
  profile: ShownTeamProfile;
  headingId: string;
  heading: string;
}

/**
 * Step 4: the team radar, the mean as a line over the band of one SD around it. Lowest and
 * highest are left out, here and in the table: each is one person's number (docs/decisions.md).
 */
export function TeamModesSection({ profile, headingId, heading }: TeamModesSectionProps) {
  const { t } = useTranslation(['team', 'modes', 'results']);
  const percents = teamRadarPercents(profile.window?.radar ?? []);
  const name = (m: Mode) => t(`modes:${m}.display`);
  const pct = (value: number) => String(value);
  const list = MODES.map((m) =>
    t('team:modes.summaryItemSd', { name: name(m), mean: pct(percents.mean[m]), sd: pct(percents.sd[m]) }),
  ).join(', ');

  return (
    <section aria-labelledby={headingId} className="team-step team-step-modes">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p className="team-intro">{t('team:modes.intro')}</p>
      <ChartFigure
        caption={t('team:modes.caption')}
        summary={t('team:modes.summarySd', { list })}
        chart={<ModeRadar series={teamRadarSeries(percents)} maxWidth={720} />}
        table={
          <>
            <p className="hint">{t('team:modes.legendSd')}</p>
            <ModesTable mean={percents.mean} sd={percents.sd} />
          </>
        }
      />
    </section>
  );
}
