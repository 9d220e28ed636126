import { useTranslation } from 'react-i18next';
import { ClimateElementsFigure } from '../../components/team/climate-elements-figure';
import { ColdElements } from '../../components/team/cold-elements';
import { TemperatureFigure } from '../../components/team/temperature-figure';
import { formatFigure } from '../../lib/format';
import { reportClimateWords } from '../../model/team-report/climate-words';
import { sdBand } from '../../model/team-report/sd-band';
import type { ReportClimate } from '../../model/team-report/types';
import { ReportChart } from './report-chart';

/**
 * The team climate: temperature and band on the cold-to-hot scale, energy beside it, each element
 * with the band of one SD around its mean, as on the wall. Lowest and highest are not in the
 * report: each is one person's number.
 */
export function ReportClimateSection({ climate, fileStem, min }: { climate: ReportClimate; fileStem: string; min: number }) {
  const { t, i18n } = useTranslation(['report', 'team', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatFigure(value, lng);
  // The band and the levels are read from the report's own numbers (decision 63).
  const words = reportClimateWords(climate);
  const bandId = words.band;
  const band = t(`instrument:teamClimate.bands.${bandId}`);
  const { spread, energy } = climate;
  const { low, high } = sdBand(climate.temperature, spread.sd);
  const scaleTitle = t('team:climate.scaleCaption');
  const elementsTitle = t('team:climate.elementsCaption');
  const elements = climate.elements.map((e, i) => {
    const { low, high } = sdBand(e.mean, e.sd);
    return { element: e.element, mean: e.mean, sd: e.sd, low, high, level: words.levels[i] ?? e.level, agreement: e.agreement };
  });
  return (
    <section className="report-section" aria-labelledby="report-climate">
      {/* The heading, the climate in words and the temperature stay on one page. */}
      <div className="report-keep">
        <h2 id="report-climate">{t('report:climate.title')}</h2>
        <p className="report-lead">{t('report:climate.line', { band, temperature: num(climate.temperature) })}</p>
        <p>
          {t(`team:climate.bandExplain.${bandId}`)} {t('team:climate.spreadLineSd', { low: num(low), high: num(high) })}{' '}
          {t('report:climate.coldest', { element: t(`instrument:scales.${climate.coldest}`) })}
        </p>
        <ColdElements elements={words.cold} />
        <p>
          {energy.status === 'shown'
            ? t('report:climate.energy', { level: t(`team:climate.level.${words.energy ?? energy.level}`), mean: num(energy.mean), sd: num(energy.sd) })
            : t('team:withheld.energy', { min })}
        </p>
        <ReportChart name={scaleTitle} fileName={`${fileStem}-${t('report:climate.scaleFileName')}.png`}>
          <TemperatureFigure temperature={climate.temperature} sd={spread.sd} low={low} high={high} band={bandId} maxWidth={640} />
        </ReportChart>
      </div>
      <ReportChart name={elementsTitle} fileName={`${fileStem}-${t('report:climate.elementsFileName')}.png`}>
        <ClimateElementsFigure elements={elements} maxWidth={640} />
      </ReportChart>
    </section>
  );
}
