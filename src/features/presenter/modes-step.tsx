import { useTranslation } from 'react-i18next';
import { MODES, type Mode } from '../../model/instruments/types';
import { reportRadar } from '../../model/team-report/build';
import { radarFigures } from '../../model/team-report/radar-figures';
import type { ShownTeamProfile } from '../../model/team/types';
import { WallRadar } from './wall-radar';

/**
 * The team's mode profile: the radar, and per mode its one-line meaning, the team's mean and how
 * far apart (SD). The band is one SD around the mean, as on the workshop page and in the report;
 * the lowest and highest are neither drawn nor written: each is one person's score. The figures
 * are the team report's (reportRadar, radarFigures), so wall and paper read the same; a spoke is
 * "van 0 tot 100", never a percentage of people. A spoke that fewer than the minimum have is
 * withheld (decision 71): no number, no point on the radar, and the reason in words.
 */
export function ModesStep({ profile }: { profile: ShownTeamProfile }) {
  const { t } = useTranslation(['presenter', 'modes', 'team']);
  const figures = radarFigures(reportRadar(profile.window?.radar ?? []));
  const min = profile.minRespondents;
  const text = (value: number | null) => (value === null ? '–' : String(value));
  const item = (m: Mode) =>
    figures.withheld[m]
      ? t('team:withheld.spoke', { name: t(`modes:${m}.display`), min })
      : t('presenter:modes.item', { name: t(`modes:${m}.display`), value: text(figures.mean[m]), sd: text(figures.sd[m]) });
  const list = MODES.map(item).join(', ');
  return (
    <div className="wall-split">
      <div className="wall-chart" role="img" aria-label={t('presenter:modes.figureLabel', { list })}>
        <WallRadar percents={figures.shape} />
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
                {figures.withheld[m] ? (
                  <td colSpan={2} className="wall-mode-sd">
                    {t('team:withheld.fewPeople', { min })}
                  </td>
                ) : (
                  <>
                    <td>{text(figures.mean[m])}</td>
                    <td className="wall-mode-sd">{figures.sd[m] === null ? '' : t('presenter:modes.sd', { sd: figures.sd[m] })}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
