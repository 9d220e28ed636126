import { useTranslation } from 'react-i18next';
import { ColdElements } from '../../components/team/cold-elements';
import { formatNumber } from '../../lib/format';
import { combinationQuestions } from '../../model/climate/combination';
import type { TeamClimate } from '../../model/climate/types';
import type { TeamProfile } from '../../model/team/types';

interface TeamClimateCombinationSectionProps {
  profile: TeamProfile;
  climate: TeamClimate;
  headingId: string;
  heading: string;
}

/**
 * With both questionnaires: the team's centre and its place in the window beside the team's
 * temperature and band, with questions chosen by the combination (`combinationQuestions`).
 * Team level only: never one person's mode against that person's climate answers. Each part
 * below its minimum shows only its count.
 */
export function TeamClimateCombinationSection({ profile, climate, headingId, heading }: TeamClimateCombinationSectionProps) {
  const { t, i18n } = useTranslation(['team', 'modes', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatNumber(value, lng);
  const window = profile.status === 'shown' ? profile.window : null;
  return (
    <section aria-labelledby={headingId} className="team-step team-step-combination">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      <p className="team-intro">{t('team:combination.intro')}</p>
      <div className="team-combination-grid">
        <div className="team-combination-card">
          <h4>{t('team:combination.windowTitle')}</h4>
          {window ? (
            <>
              <p className={`team-placement placement-${window.placement.toLowerCase()}`}>{t(`modes:${window.placement}.display`)}</p>
              <p className="team-lead">
                {window.placement === 'between'
                  ? t('team:combination.placementBetween')
                  : t('team:combination.placementMode', { name: t(`modes:${window.placement}.display`) })}
              </p>
              <p>{t('team:combination.centre', { support: num(window.centre.support), expectations: num(window.centre.expectations) })}</p>
            </>
          ) : (
            profile.status === 'hidden' && <p>{t('team:waiting', { count: profile.count, min: profile.minRespondents })}</p>
          )}
        </div>
        <div className="team-combination-card">
          <h4>{t('team:combination.climateTitle')}</h4>
          {climate.status === 'shown' ? (
            <>
              <p className={`team-placement climate-band band-${climate.reading.band}`}>{t(`instrument:teamClimate.bands.${climate.reading.band}`)}</p>
              <p className="team-lead">
                {t('team:climate.bandLine', { band: t(`instrument:teamClimate.bands.${climate.reading.band}`), temperature: num(climate.temperature) })}
              </p>
              <p>{t(`team:climate.bandExplain.${climate.reading.band}`)}</p>
              <ColdElements elements={climate.reading.cold} />
            </>
          ) : (
            <p>{t('team:climate.waiting', { count: climate.count, min: climate.minRespondents })}</p>
          )}
        </div>
      </div>
      {window && climate.status === 'shown' && (
        <div className="team-climate-questions">
          <h4>{t('team:combination.questionsTitle')}</h4>
          <ol>
            {combinationQuestions(window.placement, climate.reading.band).map((id) => (
              <li key={id} className="team-question">
                {t(`team:combination.questions.${id}`)}
              </li>
            ))}
          </ol>
        </div>
      )}
      <p className="team-note">{t('team:combination.note')}</p>
    </section>
  );
}
