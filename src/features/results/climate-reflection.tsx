import { climateReflectionIds } from '../../model/climate/reflection';
import type { PersonClimate } from '../../model/climate/types';
import { useClimateWords } from './climate-words';
import { usePersonText } from '../../components/person-word/use-person-word';

/** Two or three questions for the coldest element (none without a temperature). */
export function ClimateReflection({ climate }: { climate: PersonClimate }) {
  const { t, name } = useClimateWords();
  const pt = usePersonText();
  const ids = climateReflectionIds(climate);
  if (!climate.reading || ids.length === 0) return null;
  return (
    <section aria-labelledby="climate-reflection-title" className="reflection">
      <h2 id="climate-reflection-title">{t('results:reflectionTitle')}</h2>
      <p>{t('results:climate.reflectionIntro', { element: name(climate.reading.coldest) })}</p>
      <ol>
        {ids.map((id) => (
          <li key={id}>{pt(`instrument:teamClimate.reflection.${id}`)}</li>
        ))}
      </ol>
    </section>
  );
}
