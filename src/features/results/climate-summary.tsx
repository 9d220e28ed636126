import { formatList } from '../../lib/format';
import type { PersonClimate } from '../../model/climate/types';
import { useClimateWords } from './climate-words';

/**
 * A person's climate in words: the band as the headline and what it means, the temperature,
 * energy beside it (never part of it), the coldest element, and why an element has no outcome.
 */
export function ClimateSummary({ climate }: { climate: PersonClimate }) {
  const { t, lng, name, level, band, num } = useClimateWords();
  const { reading, temperature, energy } = climate;
  const missing = climate.elements.filter((e) => e.score === null);
  return (
    <section aria-labelledby="climate-summary-title" className="result-summary climate-summary">
      <h2 id="climate-summary-title" className={`climate-band climate-band-${reading?.band ?? 'none'}`}>
        {t('results:climate.bandHeadline', { band: reading ? band(reading.band) : t('results:climate.missing') })}
      </h2>
      <p>{reading ? t(`results:climate.bandMeaning.${reading.band}`) : t('results:climate.noTemperature')}</p>
      <ul className="axis-lines">
        {temperature !== null && <li>{t('results:climate.temperatureLine', { value: num(temperature) })}</li>}
        <li>
          {energy.score === null || energy.level === null
            ? t('results:climate.energyMissing')
            : t('results:climate.energyLine', { value: num(energy.score), level: level(energy.level) })}
        </li>
      </ul>
      {reading && reading.cold.length > 0 && (
        <p className="climate-cold">{t('results:climate.coldElements', { list: formatList(reading.cold.map(name), lng) })}</p>
      )}
      {reading && <p className="climate-coldest">{t('results:climate.coldest', { element: name(reading.coldest) })}</p>}
      {missing.length > 0 && (
        <div className="climate-missing">
          <ul>
            {missing.map((e) => (
              <li key={e.element}>{t('results:climate.elementMissing', { element: name(e.element) })}</li>
            ))}
          </ul>
          <p>{t('results:climate.elementMissingWhy')}</p>
        </div>
      )}
      <p className="hint">{t('results:climate.bandRule')}</p>
      <p className="hint">{t('results:climate.personNote')}</p>
    </section>
  );
}
