import { useTranslation } from 'react-i18next';
import { ChartLegend } from '../../charts/chart-legend';
import { CLIMATE_COLOURS } from '../../charts/climate-colours';

/**
 * The legend under both climate figures: the team's mark and its band of one SD, then the three
 * zones of the scale. `of` says whether the mark is the team's temperature or an element's mean.
 */
export function ClimateLegend({ of }: { of: 'temperature' | 'elements' }) {
  const { t } = useTranslation(['team']);
  const mark =
    of === 'temperature'
      ? [
          { key: 'team', mark: 'dot' as const, colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendTeam') },
          { key: 'range', mark: 'line' as const, colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendRangeSd') },
        ]
      : [
          { key: 'mean', mark: 'dot' as const, colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendMean') },
          { key: 'range', mark: 'line' as const, colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendElementRangeSd') },
        ];
  return (
    <ChartLegend
      items={[
        ...mark,
        { key: 'cold', mark: 'area', colour: CLIMATE_COLOURS.coldFill, label: t('team:climate.legendCold') },
        { key: 'middle', mark: 'area', colour: CLIMATE_COLOURS.middleFill, label: t('team:climate.legendMiddle') },
        { key: 'warm', mark: 'area', colour: CLIMATE_COLOURS.warmFill, label: t('team:climate.legendWarm') },
      ]}
    />
  );
}
