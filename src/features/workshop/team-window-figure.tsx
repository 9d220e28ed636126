import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { TEAM_WINDOW_COLOURS, teamWindowSeries } from '../../charts/team-window-series';
import { ChartLegend } from '../../charts/chart-legend';
import { WindowChart } from '../../charts/window-chart';
import { MIDDLE_FILL } from '../../charts/window-colours';
import { AxesTable } from '../../components/team/axes-table';
import { formatNumber } from '../../lib/format';
import type { Axis } from '../../model/instruments/types';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import { dotsPerRegion, REGIONS } from '../../model/team/dot-groups';
import type { TeamWindow } from '../../model/team/types';
import { DENSITY_FROM, densityCells } from '../../model/team/density';
import { teamDensitySeries } from '../../charts/team-density-series';
import { TeamDensityTable } from './team-density-table';

interface TeamWindowFigureProps {
  profile: TeamWindow;
  /** False in step 1: the spread comes before the average. */
  showCentre: boolean;
  /** A member's dot radius in px; a projector view passes a larger one. */
  dotSize?: number;
  /** Largest width of the chart in px. */
  maxWidth?: number;
}

/**
 * The team in the window: anonymous dots (coinciding dots as one dot with a count), the 1-SD
 * ellipse and, from step 2, the centre as a ring. This figure is shown on the wall, so its text
 * alternative holds team numbers only: the centre, how far apart, and how many dots lie in each
 * region. Never one person's scores, not even unnamed (docs/decisions.md).
 */
export function TeamWindowFigure({ profile, showCentre, dotSize, maxWidth = 720 }: TeamWindowFigureProps) {
  const { t, i18n } = useTranslation(['team', 'modes', 'instrument', 'density']);
  // A large team (a department, a big team day): where people are, not each dot (docs/performance.md).
  const cells = useMemo(() => (profile.dots.length >= DENSITY_FROM ? densityCells(profile.dots) : null), [profile.dots]);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatNumber(value, lng);
  const placement = t(`modes:${profile.placement}.display`);
  const perRegion = dotsPerRegion(profile.dots);
  const regionName = (region: (typeof REGIONS)[number]) => (region === 'between' ? t('team:spread.betweenRow') : t(`modes:${region}.display`));

  const summary = [
    t('team:spread.summary', { n: profile.dots.length, sdSupport: num(profile.spread.support), sdExpectations: num(profile.spread.expectations) }),
    showCentre
      ? t('team:spread.summaryCentre', { support: num(profile.centre.support), expectations: num(profile.centre.expectations), placement })
      : '',
    cells ? t('density:intro') : '',
  ].join(' ');

  return (
    <ChartFigure
      caption={t('team:spread.caption')}
      summary={summary.trim()}
      chart={
        <WindowChart
          series={
            cells
              ? teamDensitySeries(profile, cells, { showCentre })
              : teamWindowSeries(profile, { showCentre, countLabel: (count) => t('team:spread.dotCount', { count }), dotSize })
          }
          middleZone={MIDDLE_ZONE}
          maxWidth={maxWidth}
        />
      }
      legend={
        <ChartLegend
          items={[
            { key: 'dots', mark: 'dot', colour: TEAM_WINDOW_COLOURS.dot, label: cells ? t('density:legend') : t('team:spread.legendDots') },
            { key: 'ellipse', mark: 'ring', colour: TEAM_WINDOW_COLOURS.ellipse, label: t('team:spread.legendEllipse') },
            ...(showCentre ? [{ key: 'centre', mark: 'ring' as const, colour: TEAM_WINDOW_COLOURS.centre, label: t('team:spread.legendCentre') }] : []),
            { key: 'between', mark: 'area', colour: MIDDLE_FILL, label: t('team:spread.legendBetween') },
          ]}
        />
      }
      table={
        <>
          <AxesTable
            className="data-table team-window-table"
            caption={t('team:spread.tableCaption')}
            rows={[
              ...(showCentre ? [{ key: 'centre', label: t('team:spread.centreRow'), cell: (axis: Axis) => num(profile.centre[axis]) }] : []),
              { key: 'sd', label: t('team:column.sd'), cell: (axis) => num(profile.spread[axis]) },
            ]}
          />
          <table className="data-table team-regions-table">
            <caption>{t('team:spread.regionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team:column.region')}</th>
                <th scope="col">{t('team:column.points')}</th>
              </tr>
            </thead>
            <tbody>
              {REGIONS.map((region) => (
                <tr key={region}>
                  <th scope="row">{regionName(region)}</th>
                  <td>{perRegion[region]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {cells && <TeamDensityTable cells={cells} />}
        </>
      }
    />
  );
}
