import { useTranslation } from 'react-i18next';
import { formatFigure, formatList } from '../../lib/format';
import { sdBand } from '../../model/team-report/sd-band';
import type { ShownTeamClimate } from '../../model/climate/types';
import { WallTemperature } from './wall-temperature';

/**
 * The climate: the temperature on a cold-to-warm scale with the band of one SD around it, each
 * element's level, mean and SD, energy beside it. As on the workshop page: no lowest or highest.
 */
export function ClimateStep({ climate }: { climate: ShownTeamClimate }) {
  const { t, i18n } = useTranslation(['presenter', 'instrument', 'team']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (v: number) => formatFigure(v, lng);
  const band = t(`instrument:teamClimate.bands.${climate.reading.band}`);
  const temperature = num(climate.temperature);
  const { energy } = climate;
  const { low, high } = sdBand(climate.temperature, climate.spread.sd);
  const most = t('presenter:climate.most', { low: num(low), high: num(high) });
  return (
    <div className="wall-climate">
      <p className="wall-lead">{t('presenter:climate.temperature', { temperature, band })}</p>
      <p>{most}</p>
      <div className="wall-temperature-box" role="img" aria-label={`${t('presenter:climate.figureLabel', { temperature, band })} ${most}`}>
        <WallTemperature
          temperature={climate.temperature}
          sd={climate.spread.sd}
          valueText={temperature}
          // The zones carry the band words: the band in the lead is the zone the mark stands in.
          zones={{ cold: t('instrument:teamClimate.bands.coldSpot'), middle: t('instrument:teamClimate.bands.lukewarm'), warm: t('instrument:teamClimate.bands.hotSpot') }}
        />
      </div>
      <ul className="wall-elements">
        {climate.elements.map((e) => (
          <li key={e.element} className={`level-${e.level}`}>
            <strong>{t(`instrument:scales.${e.element}`)}</strong>{' '}
            {t('presenter:climate.element', { level: t(`presenter:climate.level.${e.level}`), mean: num(e.mean), sd: num(e.sd) })}
          </li>
        ))}
      </ul>
      <p>
        {t('presenter:climate.coldest', { element: t(`instrument:scales.${climate.reading.coldest}`) })}{' '}
        {climate.reading.cold.length > 0 && <>{t('presenter:climate.coldElements', { list: formatList(climate.reading.cold.map((e) => t(`instrument:scales.${e}`)), lng) })} </>}
        {energy.status === 'shown'
          ? t('presenter:climate.energy', { level: t(`presenter:climate.level.${energy.level}`), mean: num(energy.mean), sd: num(energy.sd) })
          : t('team:withheld.energy', { min: climate.minRespondents })}
      </p>
      <p className="wall-small">{t('presenter:climate.legend')}</p>
    </div>
  );
}
