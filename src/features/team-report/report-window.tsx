import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ChartLegend } from '../../charts/chart-legend';
import { TEAM_WINDOW_COLOURS } from '../../charts/team-window-series';
import { WindowChart, type WindowSeries } from '../../charts/window-chart';
import { MIDDLE_FILL } from '../../charts/window-colours';
import { ellipsePolyline } from '../../charts/window-geometry';
import { AxesTable } from '../../components/team/axes-table';
import { formatFigure } from '../../lib/format';
import type { Axis } from '../../model/instruments/types';
import { MIDDLE_ZONE } from '../../model/scoring/score';
import type { ReportScale, ReportWindow } from '../../model/team-report/types';
import type { TeamPoint } from '../../model/team/types';
import { ReportChart } from './report-chart';

/** The team's wanted point: a ring, like a person's goal in their own window. */
const WANTED_COLOUR = '#6a2c8c';

/**
 * The window from the report: the 1-SD ellipse and the centre, never the members' dots (the
 * report has none), and the wanted point when the team set one.
 */
export function reportWindowSeries(window: ReportWindow, wanted?: TeamPoint): WindowSeries[] {
  return [
    { key: 'spread', kind: 'line', points: ellipsePolyline({ centre: window.centre, ...window.ellipse }), colour: TEAM_WINDOW_COLOURS.ellipse },
    { key: 'centre', kind: 'dot', points: [window.centre], colour: TEAM_WINDOW_COLOURS.centre, size: 13 },
    ...(wanted ? [{ key: 'wanted', kind: 'dot' as const, points: [wanted], colour: WANTED_COLOUR, size: 13, hollow: true }] : []),
  ];
}

interface ReportWindowSectionProps {
  window: ReportWindow;
  scales: readonly ReportScale[];
  /** Which scales are the window's axes. */
  axes: { readonly support: string; readonly expectations: string };
  wanted?: TeamPoint;
  fileStem: string;
}

export function ReportWindowSection({ window, scales, axes, wanted, fileStem }: ReportWindowSectionProps) {
  const { t, i18n } = useTranslation(['report', 'team', 'modes', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const num = (value: number) => formatFigure(value, lng);
  const scaleOf = (axis: Axis) => scales.find((s) => s.scale === axes[axis]);
  const placement = t(`modes:${window.placement}.display`);
  const summary = [
    t('report:window.summary', { support: num(window.centre.support), expectations: num(window.centre.expectations), placement }),
    wanted ? t('report:window.summaryWanted', { support: num(wanted.support), expectations: num(wanted.expectations) }) : '',
  ].join(' ');
  const title = t('report:window.title');
  return (
    <section className="report-section report-keep" aria-labelledby="report-window">
      <h2 id="report-window">{title}</h2>
      <p>{t('report:window.intro')}</p>
      <ReportChart name={title} fileName={`${fileStem}-${t('report:window.fileName')}.png`}>
        <ChartFigure
          caption={title}
          summary={summary.trim()}
          chart={<WindowChart series={reportWindowSeries(window, wanted)} middleZone={MIDDLE_ZONE} maxWidth={520} />}
          legend={
            <ChartLegend
              items={[
                { key: 'centre', mark: 'dot', colour: TEAM_WINDOW_COLOURS.centre, label: t('report:window.legendCentre') },
                { key: 'ellipse', mark: 'ring', colour: TEAM_WINDOW_COLOURS.ellipse, label: t('report:window.legendEllipse') },
                ...(wanted ? [{ key: 'wanted', mark: 'ring' as const, colour: WANTED_COLOUR, label: t('report:window.legendWanted') }] : []),
                { key: 'between', mark: 'area', colour: MIDDLE_FILL, label: t('team:spread.legendBetween') },
              ]}
            />
          }
          table={
            <AxesTable
              caption={t('report:window.tableCaption')}
              rows={[
                { key: 'centre', label: t('report:window.centreRow'), cell: (axis) => num(window.centre[axis]) },
                ...(wanted ? [{ key: 'wanted', label: t('report:window.wantedRow'), cell: (axis: Axis) => num(wanted[axis]) }] : []),
                { key: 'sd', label: t('report:window.sdRow'), cell: (axis) => num(scaleOf(axis)?.sd ?? Number.NaN) },
                {
                  key: 'agreement',
                  label: t('report:window.agreementRow'),
                  cell: (axis) => {
                    const agreement = scaleOf(axis)?.agreement;
                    return agreement ? t(`team:spread.band.${agreement.band}`) : '–';
                  },
                },
              ]}
            />
          }
        />
      </ReportChart>
    </section>
  );
}
