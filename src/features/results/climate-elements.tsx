import { ChartFigure } from '../../charts/chart-figure';
import { ChartLegend } from '../../charts/chart-legend';
import { PersonClimateBars, type PersonClimateBar } from '../../charts/person-climate-bars';
import { LEVEL_COLOUR } from '../../charts/climate-colours';
import type { PersonClimate } from '../../model/climate/types';
import { useClimateWords } from './climate-words';

/** The person's view of the team per element: bars from cold to warm, and the same as a table. */
export function ClimateElements({ climate }: { climate: PersonClimate }) {
  const { t, name, level, num } = useClimateWords();
  const missing = t('results:climate.missing');
  const rows = climate.elements.map((e) => ({
    element: e.element,
    name: name(e.element),
    value: e.score === null ? null : Math.round(e.score),
    words: e.level === null ? missing : level(e.level),
    level: e.level,
  }));
  const bars: PersonClimateBar[] = rows.map((r) => ({
    key: r.element,
    label: r.name,
    value: r.value,
    level: r.level,
    valueText: r.value === null ? missing : `${num(r.value)} · ${r.words}`,
  }));
  const list = rows.map((r) => (r.value === null ? `${r.name} ${missing}` : `${r.name} ${num(r.value)}, ${r.words}`)).join('; ');
  return (
    <ChartFigure
      caption={t('results:climate.barsCaption')}
      summary={t('results:climate.barsSummary', { list })}
      chart={<PersonClimateBars bars={bars} />}
      legend={
        <ChartLegend
          items={[
            { key: 'warm', mark: 'area', colour: LEVEL_COLOUR.warm, label: t('results:climate.legendWarm') },
            { key: 'middle', mark: 'area', colour: LEVEL_COLOUR.middle, label: t('results:climate.legendMiddle') },
            { key: 'cold', mark: 'area', colour: LEVEL_COLOUR.cold, label: t('results:climate.legendCold') },
          ]}
        />
      }
      table={
        <>
          <p className="hint">{t('results:climate.barsExplain')}</p>
          <table className="data-table">
            <caption>{t('results:climate.barsTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results:climate.column.element')}</th>
                <th scope="col">{t('results:climate.column.score')}</th>
                <th scope="col">{t('results:climate.column.words')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.element}>
                  <th scope="row">{r.name}</th>
                  <td>{r.value === null ? '–' : num(r.value)}</td>
                  <td>{r.words}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      }
    />
  );
}
