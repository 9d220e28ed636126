import { useTranslation } from 'react-i18next';
import { ClimateElementsFigure } from '../../components/team/climate-elements-figure';
import { ColdElements } from '../../components/team/cold-elements';
import { TemperatureFigure } from '../../components/team/temperature-figure';
import { formatNumber } from '../../lib/format';
import { climateReflectionIds } from '../../model/climate/reflection';
import type { ClimateScale, ShownTeamClimate, ShownTeamElement, TeamClimate } from '../../model/climate/types';

interface TeamClimateSectionProps {
  climate: TeamClimate;
  headingId: string;
  heading: string;
}

/** The chain by which trust grows (DOMAIN.md §2): the frame for the conversation about the climate. */
export const CLIMATE_CHAIN = ['contact', 'trust', 'loyalty', 'reciprocity'] as const;

/**
 * The climate step: the frame (contact → trust → loyalty → reciprocity), the temperature with
 * its spread on a cold-to-hot scale and energy beside it, the coldest element, each element with
 * its range and agreement (words first, number second), where the team agrees it is cold and
 * where it does not agree, and the reflection questions. Below the minimum: the count only.
 */
export function TeamClimateSection({ climate, headingId, heading }: TeamClimateSectionProps) {
  const { t } = useTranslation(['team', 'instrument']);
  return (
    <section aria-labelledby={headingId} className="team-step team-step-climate">
      <h3 id={headingId} tabIndex={-1}>
        {heading}
      </h3>
      {climate.status === 'hidden' ? (
        <p className="team-lead">{t('team:climate.waiting', { count: climate.count, min: climate.minRespondents })}</p>
      ) : (
        <ShownClimate climate={climate} />
      )}
    </section>
  );
}

function ShownClimate({ climate }: { climate: ShownTeamClimate }) {
  const { t } = useTranslation(['team', 'instrument']);
  const element = (scale: ClimateScale) => t(`instrument:scales.${scale}`);
  const questions = climateReflectionIds(climate);
  return (
    <>
      <p className="team-intro">{t('team:climate.intro')}</p>
      <div className="team-climate-chain">
        <h4>{t('team:climate.chainTitle')}</h4>
        <p>{t('team:climate.chainIntro')}</p>
        <ol>
          {CLIMATE_CHAIN.map((key) => (
            <li key={key}>{t(`team:climate.chain.${key}`)}</li>
          ))}
        </ol>
      </div>
      <TemperatureBlock climate={climate} />
      <p className="team-note team-climate-coldest">{t('team:climate.coldest', { element: element(climate.reading.coldest) })}</p>
      <ElementsBlock climate={climate} />
      {climate.agreedCold.length > 0 && (
        <div className="team-climate-group">
          <h4>{t('team:climate.agreedColdTitle')}</h4>
          <ul>
            {climate.agreedCold.map((e) => (
              <li key={e}>
                <strong>{element(e)}</strong> {t('instrument:teamClimate.agreedCold')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {climate.disagreed.length > 0 && (
        <div className="team-climate-group">
          <h4>{t('team:climate.disagreedTitle')}</h4>
          <ul>
            {climate.disagreed.map((e) => (
              <li key={e}>
                <strong>{element(e)}</strong> {t('instrument:teamClimate.disagreed')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {questions.length > 0 && (
        <div className="team-climate-questions">
          <h4>{t('team:climate.questionsTitle')}</h4>
          <ol>
            {questions.map((id) => (
              <li key={id} className="team-question">
                {t(`instrument:teamClimate.reflection.${id}`)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}

/**
 * The band the wall shows around a team mean: one SD either side, within 0–100. Lowest and
 * highest are never shown: each is one person's number (docs/decisions.md).
 */
function aroundMean(mean: number, sd: number): { min: number; max: number } {
  const spread = Number.isFinite(sd) ? sd : 0;
  return { min: Math.max(0, mean - spread), max: Math.min(100, mean + spread) };
}

/** The temperature on the scale with its band in words, and energy beside it (never part of it). */
function TemperatureBlock({ climate }: { climate: ShownTeamClimate }) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatNumber(value, lng);
  const band = t(`instrument:teamClimate.bands.${climate.reading.band}`);
  const { spread, energy } = climate;
  const { min: low, max: high } = aroundMean(climate.temperature, spread.sd);
  return (
    <div className="team-climate-temperature">
      <div>
        <h4>{t('team:climate.temperatureTitle')}</h4>
        <p className={`team-placement climate-band band-${climate.reading.band}`}>{band}</p>
        <p className="team-lead">{t('team:climate.bandLine', { band, temperature: num(climate.temperature) })}</p>
        <p>
          {t(`team:climate.bandExplain.${climate.reading.band}`)} {t('team:climate.spreadLineSd', { low: num(low), high: num(high) })}
        </p>
        <ColdElements elements={climate.reading.cold} />
        <TemperatureFigure temperature={climate.temperature} sd={spread.sd} low={low} high={high} band={climate.reading.band} />
        <p className="hint">{t('team:climate.bandNote')}</p>
      </div>
      <aside className="team-climate-energy" aria-label={t('team:climate.energyTitle')}>
        <h4>{t('team:climate.energyTitle')}</h4>
        {energy.status === 'shown' ? (
          <p className={`level-${energy.level}`}>
            {t('team:climate.energyLineSd', { level: t(`team:climate.level.${energy.level}`), mean: num(energy.mean), sd: num(energy.sd) })}
          </p>
        ) : (
          <p>{t('team:climate.energyWithheld')}</p>
        )}
        <p className="hint">{t('team:climate.energyNote')}</p>
      </aside>
    </div>
  );
}

/** Each element: the bars, its level and range in words, agreement in words then the number, and the table. */
function ElementsBlock({ climate }: { climate: ShownTeamClimate }) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatNumber(value, lng);
  const name = (e: ShownTeamElement) => t(`instrument:scales.${e.element}`);
  const level = (e: ShownTeamElement) => t(`team:climate.level.${e.level}`);
  const figures = climate.elements.map((e) => {
    const { min: low, max: high } = aroundMean(e.mean, e.sd);
    return { element: e.element, mean: e.mean, sd: e.sd, low, high, level: e.level, agreement: e.agreement };
  });
  return (
    <div className="team-climate-elements">
      <h4>{t('team:climate.elementsTitle')}</h4>
      <ul className="team-agreement-lines">
        {climate.elements.map((e) => (
          <li key={e.element} className={`level-${e.level}`}>
            <strong>{name(e)}</strong> {t('team:climate.elementLineSd', { level: level(e), mean: num(e.mean), sd: num(e.sd) })}{' '}
            {t(`team:spread.agreement.${e.agreement.band}`)}
          </li>
        ))}
      </ul>
      <ClimateElementsFigure elements={figures} levelNote />
      <p className="hint">
        {t('team:spread.rwgExplain')} {t('team:spread.smallTeam')}
      </p>
    </div>
  );
}
