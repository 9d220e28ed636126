import { ChartFigure } from '../../charts/chart-figure';
import { PersonClimateScale } from '../../charts/person-climate-scale';
import type { PersonClimate } from '../../model/climate/types';
import { useClimateWords } from './climate-words';

/** The temperature on a cold-to-warm scale, energy on its own scale beside it, and both as a table. */
export function ClimateTemperature({ climate }: { climate: PersonClimate }) {
  const { t, level, band, num } = useClimateWords();
  const { temperature, reading, energy } = climate;
  const bandWord = reading ? band(reading.band) : t('results:climate.missing');
  const energyWord = energy.level ? level(energy.level) : t('results:climate.missing');
  // The temperature's zones carry the band words: the word at the marker is the zone it stands in.
  const zones = { cold: band('coldSpot'), middle: band('lukewarm'), warm: band('hotSpot') };
  const energyZones = { cold: level('cold'), middle: level('middle'), warm: level('warm') };
  const missing = t('results:climate.missing');
  return (
    <ChartFigure
      caption={t('results:climate.scaleCaption')}
      summary={t('results:climate.scaleSummary', {
        temperature: temperature === null ? missing : num(temperature),
        band: bandWord,
        energy: energy.score === null ? missing : num(energy.score),
      })}
      chart={
        // One scale under the other: the chart area lays its children side by side.
        <div className="person-climate-stack" style={{ width: '100%', maxWidth: 560 }}>
          <PersonClimateScale value={temperature} markerLabel={temperature === null ? '' : `${num(temperature)} · ${bandWord}`} zones={zones} />
          <p className="hint person-climate-energy-label" aria-hidden="true">
            {t('results:climate.scaleEnergy')}
          </p>
          <PersonClimateScale value={energy.score} markerLabel={energy.score === null ? '' : `${num(energy.score)} · ${energyWord}`} zones={energyZones} small />
        </div>
      }
      table={
        <table className="data-table">
          <caption>{t('results:climate.scaleTableCaption')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('results:climate.column.score')}</th>
              <th scope="col">{t('results:climate.column.words')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('instrument:teamClimate.temperature')}</th>
              <td>{temperature === null ? '–' : num(temperature)}</td>
              <td>{bandWord}</td>
            </tr>
            <tr>
              <th scope="row">{t('instrument:scales.energy')}</th>
              <td>{energy.score === null ? '–' : num(energy.score)}</td>
              <td>{energyWord}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
