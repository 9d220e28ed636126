import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { TEAM_WINDOW_COLOURS, teamWindowSeries } from '../../charts/team-window-series';
import { ChartLegend } from '../../charts/chart-legend';
import { MIDDLE_FILL, WindowChart } from '../../charts/window-chart';
import { formatNumber } from '../../lib/format';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import type { TeamWindow } from '../../model/team/types';
import { DENSITY_FROM, densityCells } from '../../model/team/density';
import { teamDensitySeries } from '../../charts/team-density-series';
import { TeamDensityTable } from './team-density-table';

interface TeamWindowFigureProps {
  profile: TeamWindow;
  /** False in step 1: the spread comes before the average. */
  showCentre: boolean;
}

/** The team in the window: anonymous dots, the 1-SD ellipse and, from step 2, the centre. */
export function TeamWindowFigure({ profile, showCentre }: TeamWindowFigureProps) {
  const { t, i18n } = useTranslation(['team', 'modes', 'density']);
  // A large team (a department, a big team day): where people are, not each dot (docs/performance.md).
  const cells = useMemo(() => (profile.dots.length >= DENSITY_FROM ? densityCells(profile.dots) : null), [profile.dots]);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatNumber(value, lng);
  const placement = t(`modes:${profile.placement}.display`);

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
          series={cells ? teamDensitySeries(profile, cells, { showCentre }) : teamWindowSeries(profile, { showCentre })}
          middleZone={MIDDLE_ZONE}
          maxWidth={720}
        />
      }
      legend={
        <ChartLegend
          items={[
            { key: 'dots', mark: 'dot', colour: TEAM_WINDOW_COLOURS.dot, label: cells ? t('density:legend') : t('team:spread.legendDots') },
            { key: 'ellipse', mark: 'ring', colour: TEAM_WINDOW_COLOURS.ellipse, label: t('team:spread.legendEllipse') },
            ...(showCentre ? [{ key: 'centre', mark: 'dot' as const, colour: TEAM_WINDOW_COLOURS.centre, label: t('team:spread.legendCentre') }] : []),
            { key: 'between', mark: 'area', colour: MIDDLE_FILL, label: t('team:spread.legendBetween') },
          ]}
        />
      }
      table={
        cells ? (
          <TeamDensityTable cells={cells} />
        ) : (
        <>
          <table className="data-table team-dots-table">
            <caption>{t('team:spread.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team:column.point')}</th>
                <th scope="col">{t('team:column.support')}</th>
                <th scope="col">{t('team:column.expectations')}</th>
              </tr>
            </thead>
            <tbody>
              {/* The model sorts the dots by value, so the numbering says nothing about who handed in when. */}
              {profile.dots.map((dot, index) => (
                <tr key={index}>
                  <th scope="row">{t('team:spread.pointLabel', { number: index + 1 })}</th>
                  <td>{num(dot.support)}</td>
                  <td>{num(dot.expectations)}</td>
                </tr>
              ))}
            </tbody>
            {showCentre && (
              <tfoot>
                <tr>
                  <th scope="row">{t('team:spread.centreRow')}</th>
                  <td>{num(profile.centre.support)}</td>
                  <td>{num(profile.centre.expectations)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </>
        )
      }
    />
  );
}
