import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { TemperatureScale } from '../../charts/temperature-scale';
import { formatFigure } from '../../lib/format';
import type { ClimateBand } from '../../model/climate/types';
import { ClimateLegend } from './climate-legend';

interface TemperatureFigureProps {
  temperature: number;
  /** The SD of the members' temperatures. */
  sd: number;
  /** One SD around the temperature, within 0–100 (never lowest to highest: one person's number). */
  low: number;
  high: number;
  band: ClimateBand;
  maxWidth?: number;
}

/** The team's temperature on the cold-to-hot scale with its band, as on the wall and in the report. */
export function TemperatureFigure({ temperature, sd, low, high, band, maxWidth }: TemperatureFigureProps) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatFigure(value, lng);
  const bandName = t(`instrument:teamClimate.bands.${band}`);
  return (
    <ChartFigure
      caption={t('team:climate.scaleCaption')}
      summary={t('team:climate.scaleSummarySd', { temperature: num(temperature), band: bandName, low: num(low), high: num(high) })}
      chart={
        <TemperatureScale
          temperature={temperature}
          min={low}
          max={high}
          valueText={num(temperature)}
          // The zones carry the band words themselves: the word beside the figure is the zone the dot is in.
          zones={{ cold: t('instrument:teamClimate.bands.coldSpot'), middle: t('instrument:teamClimate.bands.lukewarm'), warm: t('instrument:teamClimate.bands.hotSpot') }}
          maxWidth={maxWidth}
        />
      }
      legend={<ClimateLegend of="temperature" />}
      table={
        <table className="data-table">
          <caption>{t('team:climate.tableCaption')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('team:climate.column.temperature')}</th>
              <th scope="col">{t('team:column.sd')}</th>
              <th scope="col">{t('team:climate.column.band')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('team:climate.teamRow')}</th>
              <td>{num(temperature)}</td>
              <td>{num(sd)}</td>
              <td>{bandName}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
