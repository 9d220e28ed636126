import { useMemo } from 'react';
import { findInstrument } from '../../model/instruments/registry';
import { linkedThenAndNow, type LinkedThenAndNow } from '../../model/workshop/same-team';
import type { WallFigures } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';

/**
 * Then and now on the wall, only with the earlier workshop the facilitator linked as the same team
 * (`sameTeamAs`) and only when something can be compared; null otherwise, and then the step is
 * left out of the wall (decision 75).
 */
export function useThenNow(workshop: Workshop, wall: WallFigures): LinkedThenAndNow | null {
  const all = useWorkshopStore((s) => s.workshops);
  return useMemo(() => linkedThenAndNow(all, workshop, wall, findInstrument), [all, workshop, wall]);
}
