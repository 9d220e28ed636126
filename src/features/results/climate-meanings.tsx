import { CLIMATE_SCALES } from '../../model/climate/temperature';
import { useClimateWords } from './climate-words';
import { usePersonText } from '../../components/person-word/use-person-word';

/** What each element (and energy) means, in the questionnaire's own words. */
export function ClimateMeanings() {
  const { t } = useClimateWords();
  const pt = usePersonText();
  return (
    <section aria-labelledby="climate-meanings-title" className="climate-meanings">
      <h2 id="climate-meanings-title">{t('results:climate.elementsTitle')}</h2>
      <ul>
        {CLIMATE_SCALES.map((scale) => (
          <li key={scale}>{pt(`instrument:teamClimate.elementLong.${scale}`)}</li>
        ))}
      </ul>
    </section>
  );
}
