import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WhenNear } from '../../charts/when-near';
import { windowChart } from '../../charts/loadable-charts';
import type { WindowSeries } from '../../charts/window-chart';
import { ChartLegend } from '../../charts/chart-legend';
import { RESULT_COLOURS } from '../../charts/result-colours';
import { useNoLayerTabStops } from '../../charts/use-no-layer-tab-stops';
import { formatNumber } from '../../lib/format';
import { MIDDLE_ZONE, placementOf, type WindowPoint } from '../../model/scoring/score';

/** Small enough to sit beside the sliders on a laptop and above them within one phone screen. */
export const GOAL_WINDOW_WIDTH = 280;

/**
 * The window beside the goal's sliders: the person's point and the goal as it is being chosen.
 * The full window higher up draws the goal too, but on a phone it is a few screens away from the
 * sliders (issue 21). Not printed: on paper the full window carries the goal.
 */
export function GoalWindow({ point, goal }: { point: WindowPoint; goal: WindowPoint }) {
  const { t, i18n } = useTranslation(['results', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const area = useRef<HTMLDivElement>(null);
  const captionId = useId();
  useNoLayerTabStops(area);
  const series: WindowSeries[] = [
    { key: 'wanted', kind: 'dot', points: [goal], colour: RESULT_COLOURS.wanted, size: 10, hollow: true },
    { key: 'current', kind: 'dot', points: [point], colour: RESULT_COLOURS.current, size: 9 },
  ];
  const words = (p: WindowPoint) => ({
    support: formatNumber(p.support, lng),
    expectations: formatNumber(p.expectations, lng),
    placement: t(`modes:${placementOf(p)}.display`),
  });
  const summary = `${t('results:windowSummary', words(point))} ${t('results:windowSummaryGoal', words(goal))}`;
  return (
    <figure className="goal-window no-print" aria-labelledby={captionId}>
      <figcaption id={captionId}>{t('results:goalWindowCaption')}</figcaption>
      <div ref={area} role="img" aria-label={summary} className="chart-area">
        <WhenNear maxWidth={GOAL_WINDOW_WIDTH} aspectRatio={1} chart={windowChart} props={{ series, middleZone: MIDDLE_ZONE, maxWidth: GOAL_WINDOW_WIDTH }} />
      </div>
      <ChartLegend
        items={[
          { key: 'now', mark: 'dot', colour: RESULT_COLOURS.current, label: t('results:legendNow') },
          { key: 'wanted', mark: 'ring', colour: RESULT_COLOURS.wanted, label: t('results:legendWanted') },
        ]}
      />
    </figure>
  );
}
