import { useMemo } from 'react';
import { useShownTeam } from '../../components/shown-update/use-shown-team';
import { findInstrument } from '../../model/instruments/registry';
import { planSteps } from '../../model/presenter/script';
import { presenterSteps } from '../../model/presenter/steps';
import { wallFigures } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { useScriptPlan } from '../../stores/script-plan-store';
import { useThenNow } from './use-then-now';

/**
 * What both windows of a two-window presentation show, from the same stored data: the live
 * figures (the count), the wall's figures from the shown snapshot only (decision 73), so a
 * reloaded wall never shows a result that came in after it, and the steps of the plan.
 * Both windows walk this same list: the same workshop, snapshot and plan give the same steps.
 */
export function useWallData(workshop: Workshop) {
  const shown = useShownTeam(workshop);
  const [plan] = useScriptPlan(workshop.id);
  const live = useMemo(() => wallFigures(workshop, workshop.results, findInstrument), [workshop]);
  const wall = useMemo(() => (shown.snapshot ? wallFigures(workshop, shown.results, findInstrument) : live), [workshop, shown.snapshot, shown.results, live]);
  const thenNow = useThenNow(workshop, wall);
  const steps = useMemo(() => planSteps(presenterSteps(wall, thenNow !== null), plan), [wall, thenNow, plan]);
  return { shown, plan, live, wall, thenNow, steps };
}

export type WallData = ReturnType<typeof useWallData>;
