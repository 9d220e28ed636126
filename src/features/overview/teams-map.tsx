import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ChartLegend } from '../../charts/chart-legend';
import { CLIMATE_COLOURS } from '../../charts/climate-colours';
import { WindowChart, type WindowSeries } from '../../charts/window-chart';
import { downloadBlob } from '../../lib/download';
import { formatFigure, formatNumber } from '../../lib/format';
import { PROJECTOR_WIDTH, svgToPng } from '../../lib/svg-image';
import { visibleText } from '../../lib/visible-text';
import type { ClimateBand } from '../../model/climate/types';
import type { TeamRow } from '../../model/overview/teams';

type MapBand = ClimateBand | 'none';
const MAP_BANDS: readonly MapBand[] = ['hotSpot', 'lukewarm', 'coldSpot', 'none'];
/** The climate charts' own colours (each also named in the legend and the table): never colour alone. */
const BAND_COLOUR: Readonly<Record<MapBand, string>> = {
  hotSpot: CLIMATE_COLOURS.warm,
  lukewarm: CLIMATE_COLOURS.middle,
  coldSpot: CLIMATE_COLOURS.cold,
  none: CLIMATE_COLOURS.mark,
};

/** One dot per team at its centre, in its band's colour, labelled with the name its facilitator wrote. */
export function mapSeries(rows: readonly TeamRow[]): WindowSeries[] {
  return MAP_BANDS.map((band) => ({
    key: band,
    kind: 'dot' as const,
    colour: BAND_COLOUR[band],
    size: 7,
    points: rows
      .filter((r) => (r.band ?? 'none') === band && r.support !== null && r.expectations !== null)
      .map((r) => ({ support: r.support!, expectations: r.expectations!, label: visibleText(r.name) })),
  })).filter((s) => s.points.length > 0);
}

/** The map: every team's centre in the window beside its temperature and band, with a table as text alternative. */
export function TeamsMap({ rows }: { rows: readonly TeamRow[] }) {
  const { t, i18n } = useTranslation(['overview', 'modes', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const holder = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const placed = rows.filter((r) => r.support !== null);
  const title = t('overview:map.title');
  const savePicture = async () => {
    const svg = holder.current?.querySelector('svg.recharts-surface');
    try {
      if (!(svg instanceof SVGSVGElement)) throw new Error('no chart');
      downloadBlob(`${t('overview:takeHome.csvName')}-${t('overview:map.fileName')}.png`, await svgToPng(svg, PROJECTOR_WIDTH));
      setStatus(t('overview:map.pictureSaved'));
    } catch {
      setStatus(t('overview:map.pictureFailed'));
    }
  };
  return (
    <section className="overview-section overview-keep" aria-labelledby="overview-map">
      <h2 id="overview-map">{title}</h2>
      <p>{t('overview:map.intro')}</p>
      {placed.length === 0 ? (
        <p>{t('overview:map.noWindow')}</p>
      ) : (
        <div ref={holder} className="overview-chart">
          <ChartFigure
            caption={title}
            summary={t('overview:map.summary', { count: placed.length })}
            chart={<WindowChart series={mapSeries(rows)} maxWidth={520} />}
            legend={<ChartLegend items={MAP_BANDS.map((band) => ({ key: band, mark: 'dot' as const, colour: BAND_COLOUR[band], label: t(`overview:map.legend.${band}`) }))} />}
            table={
              <table className="data-table">
                <caption>{t('overview:map.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('overview:table.columns.name')}</th>
                    <th scope="col">{t('overview:table.columns.support')}</th>
                    <th scope="col">{t('overview:table.columns.expectations')}</th>
                    <th scope="col">{t('overview:table.placement')}</th>
                    <th scope="col">{t('overview:table.columns.temperature')}</th>
                    <th scope="col">{t('overview:table.columns.band')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">{visibleText(r.name)}</th>
                      <td>{formatFigure(r.support, lng)}</td>
                      <td>{formatFigure(r.expectations, lng)}</td>
                      <td>{r.placement ? t(`modes:${r.placement}.display`) : '–'}</td>
                      <td>{r.temperature === null ? '–' : formatNumber(r.temperature, lng)}</td>
                      <td>{r.band ? t(`instrument:teamClimate.bands.${r.band}`) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
          <div className="chart-image no-print">
            <button type="button" aria-label={t('overview:map.pictureNamed', { name: title })} onClick={() => void savePicture()}>
              {t('overview:map.picture')}
            </button>
            <p role="status" className="status-line">
              {status}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
