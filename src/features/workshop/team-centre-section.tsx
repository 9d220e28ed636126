import { useTranslation } from 'react-i18next';
import { formatFigure } from '../../lib/format';
import { round1 } from '../../model/team-report/figures';
import { AXES } from '../../model/instruments/types';
import { axisLevel } from '../../model/scoring/score';
import type { ShownTeamProfile } from '../../model/team/types';

interface TeamCentreSectionProps {
  profile: ShownTeamProfile;
  headingId: string;
  heading: string;
}

/** Step 2: where the team's centre lies, in words, with a reminder that it is an average. */
export function TeamCentreSection({ profile, headingId, heading }: TeamCentreSectionProps) {
  const { t, i18n } = useTranslation(['team', 'modes', 'instrument', 'results']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  if (!profile.window) return null;
  const { placement, centre } = profile.window;
  return (
    <section aria-labelledby={headingId} className="team-step team-step-centre">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p className={`team-placement placement-${placement.toLowerCase()}`}>{t(`modes:${placement}.display`)}</p>
      <p className="team-lead">
        {placement === 'between'
          ? t('team:centre.placementBetween', { label: t('modes:between.label') })
          : t('team:centre.placementMode', { name: t(`modes:${placement}.display`), label: t(`modes:${placement}.label`) })}
      </p>
      <ul className="team-axis-lines">
        {AXES.map((axis) => (
          <li key={axis}>
            {t('results:axisSentence', {
              axis: t(`instrument:axis.${axis}`),
              level: t(`modes:axisLevel.${axisLevel(round1(centre[axis]))}`, { score: formatFigure(centre[axis], lng) }),
            })}
          </li>
        ))}
      </ul>
      <p className="team-note">{t('team:centre.averageNote')}</p>
      <p className="hint">{t('team:centre.windowNote')}</p>
    </section>
  );
}
