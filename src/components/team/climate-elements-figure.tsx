import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ClimateBars } from '../../charts/climate-bars';
import { formatFigure, formatNumber } from '../../lib/format';
import type { ClimateScale, ElementLevel } from '../../model/climate/types';
import type { AgreementBand } from '../../model/team/types';
import { ClimateLegend } from './climate-legend';

/** One climate element's team figures; never its lowest or highest (each is one person's number). */
export interface ClimateElementFigures {
  readonly element: ClimateScale;
  readonly mean: number;
  readonly sd: number;
  /** One SD around the mean, within 0–100. */
  readonly low: number;
  readonly high: number;
  readonly level: ElementLevel;
  /** r*wg(J) and its words; a null or NaN index shows as not a number. */
  readonly agreement: { readonly band: AgreementBand; readonly rwg: number | null };
}

interface ClimateElementsFigureProps {
  elements: readonly ClimateElementFigures[];
  /** The wall explains the level colours under the legend; the report does not. */
  levelNote?: boolean;
  maxWidth?: number;
}

/** Each element as a bar (its mean over its band of one SD), with the legend and the table. */
export function ClimateElementsFigure({ elements, levelNote = false, maxWidth }: ClimateElementsFigureProps) {
  const { t, i18n } = useTranslation(['team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatFigure(value, lng);
  const name = (e: ClimateElementFigures) => t(`instrument:scales.${e.element}`);
  const level = (e: ClimateElementFigures) => t(`team:climate.level.${e.level}`);
  const list = elements
    .map((e) => t('team:climate.elementsSummaryItemSd', { name: name(e), mean: num(e.mean), level: level(e), sd: num(e.sd) }))
    .join(', ');
  return (
    <ChartFigure
      caption={t('team:climate.elementsCaption')}
      summary={t('team:climate.elementsSummary', { list })}
      chart={
        <ClimateBars
          bars={elements.map((e) => ({
            key: e.element,
            name: name(e),
            mean: e.mean,
            min: e.low,
            max: e.high,
            level: e.level,
            valueText: `${level(e)} ${num(e.mean)}`,
          }))}
          maxWidth={maxWidth}
        />
      }
      legend={
        <>
          <ClimateLegend of="elements" />
          {levelNote && <p className="hint">{t('team:climate.legendLevel')}</p>}
        </>
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
            {elements.map((e) => (
              <tr key={e.element}>
                <th scope="row">{name(e)}</th>
                <td>{num(e.mean)}</td>
                <td>{num(e.sd)}</td>
                <td>
                  {t('team:climate.agreementCell', {
                    words: t(`team:spread.band.${e.agreement.band}`),
                    number: formatNumber(e.agreement.rwg ?? Number.NaN, lng, 2),
                  })}
                </td>
                <td>{level(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
