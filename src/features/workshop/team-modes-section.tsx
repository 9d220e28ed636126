import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ModeRadar } from '../../charts/mode-radar';
import { teamRadarSeries } from '../../charts/team-radar-series';
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
            <table className="data-table">
              <caption>{t('team:modes.tableCaptionSd')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team:column.mode')}</th>
                  <th scope="col">{t('team:column.mean')}</th>
                  <th scope="col">{t('team:column.sd')}</th>
                </tr>
              </thead>
              <tbody>
                {MODES.map((m) => (
                  <tr key={m}>
                    <th scope="row">{name(m)}</th>
                    <td>{pct(percents.mean[m])}</td>
                    <td>{pct(percents.sd[m])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        }
      />
    </section>
  );
}
