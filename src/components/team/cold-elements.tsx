import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import type { ClimateElement } from '../../model/climate/types';

/**
 * The team's cold elements, named beside the band (docs/climate.md §3): the band is the zone of
 * the temperature, so a cold element may stand beside "Lauw" or even "Hot spot", and is said
 * here in words. Nothing when no element is cold.
 */
export function ColdElements({ elements }: { elements: readonly ClimateElement[] }) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  if (elements.length === 0) return null;
  const list = formatList(
    elements.map((e) => t(`instrument:scales.${e}`)),
    i18n.resolvedLanguage ?? 'nl',
  );
  return <p className="team-climate-cold">{t('team:climate.coldElements', { list })}</p>;
}
