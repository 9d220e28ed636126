import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { ClimateBand, ClimateScale, ElementLevel } from '../../model/climate/types';

/** The words of a person's climate result, shared by its parts: names, levels, bands, numbers. */
export function useClimateWords() {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  return {
    t,
    lng,
    /** "Gedeeld doel", "Energie". */
    name: (scale: ClimateScale) => t(`instrument:scales.${scale}`),
    /** "warm", "midden", "koud". */
    level: (level: ElementLevel) => t(`results:climate.level.${level}`),
    /** "Hot spot", "Lauw", "Cold spot". */
    band: (band: ClimateBand) => t(`instrument:teamClimate.bands.${band}`),
    /** A 0–100 score as a whole number. */
    num: (value: number) => formatNumber(value, lng),
  };
}
