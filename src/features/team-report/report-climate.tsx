import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ChartLegend } from '../../charts/chart-legend';
import { ClimateBars } from '../../charts/climate-bars';
import { CLIMATE_COLOURS } from '../../charts/climate-colours';
import { TemperatureScale } from '../../charts/temperature-scale';
import { formatNumber } from '../../lib/format';
import { sdBand } from '../../model/team-report/sd-band';
import type { ReportClimate, ReportElement } from '../../model/team-report/types';
import { ReportChart } from './report-chart';

/**
 * The team climate: temperature and band on the cold-to-hot scale, energy beside it, each element
 * with the band of one SD around its mean, as on the wall. Lowest and highest are not in the
 * report: each is one person's number.
 */
export function ReportClimateSection({ climate, fileStem }: { climate: ReportClimate; fileStem: string }) {
  const { t, i18n } = useTranslation(['report', 'team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatNumber(value, lng);
  const band = t(`instrument:teamClimate.bands.${climate.band}`);
  const name = (e: ReportElement) => t(`instrument:scales.${e.element}`);
  const level = (e: ReportElement) => t(`team:climate.level.${e.level}`);
  const { spread, energy } = climate;
  const { low, high } = sdBand(climate.temperature, spread.sd);
  const scaleTitle = t('team:climate.scaleCaption');
  const elementsTitle = t('team:climate.elementsCaption');
  const zoneLegend = [
    { key: 'cold', mark: 'area' as const, colour: CLIMATE_COLOURS.coldFill, label: t('team:climate.legendCold') },
    { key: 'middle', mark: 'area' as const, colour: CLIMATE_COLOURS.middleFill, label: t('team:climate.legendMiddle') },
    { key: 'warm', mark: 'area' as const, colour: CLIMATE_COLOURS.warmFill, label: t('team:climate.legendWarm') },
  ];
  const bandOf = (e: ReportElement) => {
    const band = sdBand(e.mean, e.sd);
    return { min: band.low, max: band.high };
  };
  const list = climate.elements
    .map((e) => t('team:climate.elementsSummaryItemSd', { name: name(e), mean: num(e.mean), level: level(e), sd: num(e.sd) }))
    .join(', ');
  return (
    <section className="report-section" aria-labelledby="report-climate">
      {/* The heading, the climate in words and the temperature stay on one page. */}
      <div className="report-keep">
        <h2 id="report-climate">{t('report:climate.title')}</h2>
        <p className="report-lead">{t('report:climate.line', { band, temperature: num(climate.temperature) })}</p>
        <p>
          {t(`team:climate.bandExplain.${climate.band}`)} {t('team:climate.spreadLineSd', { low: num(low), high: num(high) })}{' '}
          {t('report:climate.coldest', { element: t(`instrument:scales.${climate.coldest}`) })}
        </p>
        <p>
          {energy.status === 'shown'
            ? t('report:climate.energy', { level: t(`team:climate.level.${energy.level}`), mean: num(energy.mean), sd: num(energy.sd) })
            : t('report:climate.energyWithheld')}
        </p>
        <ReportChart name={scaleTitle} fileName={`${fileStem}-${t('report:climate.scaleFileName')}.png`}>
          <ChartFigure
            caption={scaleTitle}
            summary={t('team:climate.scaleSummarySd', { temperature: num(climate.temperature), band, low: num(low), high: num(high) })}
            chart={
              <TemperatureScale
                temperature={climate.temperature}
                min={low}
                max={high}
                valueText={num(climate.temperature)}
                zones={{ cold: t('team:climate.zone.cold'), middle: t('team:climate.zone.middle'), warm: t('team:climate.zone.warm') }}
                maxWidth={640}
              />
            }
            legend={
              <ChartLegend
                items={[
                  { key: 'team', mark: 'dot', colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendTeam') },
                  { key: 'range', mark: 'line', colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendRangeSd') },
                  ...zoneLegend,
                ]}
              />
            }
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
                    <td>{num(climate.temperature)}</td>
                    <td>{num(spread.sd)}</td>
                    <td>{band}</td>
                  </tr>
                </tbody>
              </table>
            }
          />
        </ReportChart>
      </div>
      <ReportChart name={elementsTitle} fileName={`${fileStem}-${t('report:climate.elementsFileName')}.png`}>
        <ChartFigure
          caption={elementsTitle}
          summary={t('team:climate.elementsSummary', { list })}
          chart={
            <ClimateBars
              bars={climate.elements.map((e) => ({
                key: e.element,
                name: name(e),
                mean: e.mean,
                ...bandOf(e),
                level: e.level,
                valueText: `${level(e)} ${num(e.mean)}`,
              }))}
              maxWidth={640}
            />
          }
          legend={
            <ChartLegend
              items={[
                { key: 'mean', mark: 'dot', colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendMean') },
                { key: 'range', mark: 'line', colour: CLIMATE_COLOURS.mark, label: t('team:climate.legendElementRangeSd') },
                ...zoneLegend,
              ]}
            />
          }
          table={
            <table className="data-table">
              <caption>{t('team:climate.elementsTableCaptionSd')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team:climate.column.element')}</th>
                  <th scope="col">{t('team:column.mean')}</th>
                  <th scope="col">{t('team:column.sd')}</th>
                  <th scope="col">{t('team:climate.column.agreement')}</th>
                  <th scope="col">{t('team:climate.column.level')}</th>
                </tr>
              </thead>
              <tbody>
                {climate.elements.map((e) => (
                  <tr key={e.element}>
                    <th scope="row">{name(e)}</th>
                    <td>{num(e.mean)}</td>
                    <td>{num(e.sd)}</td>
                    <td>
                      {t('team:climate.agreementCell', { words: t(`team:spread.band.${e.agreement.band}`), number: formatNumber(e.agreement.rwg ?? Number.NaN, lng, 2) })}
                    </td>
                    <td>{level(e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </ReportChart>
    </section>
  );
}
