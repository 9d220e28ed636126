import { useTranslation } from 'react-i18next';
import { MODES } from '../../model/instruments/types';
import type { ShownTeamProfile } from '../../model/team/types';
import { teamRadarPercents } from '../../model/team/view-radar';
import { WallRadar } from './wall-radar';

/**
 * The team's mode profile: the radar, and per mode its one-line meaning, the team's mean and how
 * far apart (SD). The band is one SD around the mean, as on the workshop page and in the report;
 * the lowest and highest are neither drawn nor written: each is one person's score.
 */
export function ModesStep({ profile }: { profile: ShownTeamProfile }) {
  const { t } = useTranslation(['presenter', 'modes']);
  const percents = teamRadarPercents(profile.window?.radar ?? []);
  const list = MODES.map((m) => t('presenter:modes.item', { name: t(`modes:${m}.display`), percent: percents.mean[m], sd: percents.sd[m] })).join(', ');
  return (
    <div className="wall-split">
      <div className="wall-chart" role="img" aria-label={t('presenter:modes.figureLabel', { list })}>
        <WallRadar percents={percents} />
      </div>
      <div className="wall-side">
        <p>{t('presenter:modes.intro')}</p>
        <table className="wall-mode-table">
          <caption className="visually-hidden">{t('presenter:modes.tableCaption')}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('presenter:modes.column.mode')}</th>
              <th scope="col">{t('presenter:modes.column.mean')}</th>
              <th scope="col">{t('presenter:modes.column.sd')}</th>
            </tr>
          </thead>
          <tbody>
            {MODES.map((m) => (
              <tr key={m}>
                <th scope="row">
                  <strong>{t(`modes:${m}.display`)}</strong> <span className="wall-mode-label">{t(`modes:${m}.label`)}</span>
                </th>
                <td>{t('presenter:modes.mean', { percent: percents.mean[m] })}</td>
                <td className="wall-mode-sd">{t('presenter:modes.sd', { sd: percents.sd[m] })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
