import type { WallFigures } from '../workshop/wall';
import { shownClimate, shownProfile } from '../workshop/wall';

/** Every step the presenter can have, in the order of a debrief. */
export const STEP_ORDER = ['join', 'count', 'window', 'modes', 'climate', 'thenNow', 'differ', 'agenda', 'wanted', 'actions'] as const;
export type StepKey = (typeof STEP_ORDER)[number];

/** Steps that show the team's results: entering one the first time fixes what the wall shows. */
export const TEAM_STEPS: ReadonlySet<StepKey> = new Set(['window', 'modes', 'climate', 'thenNow', 'differ', 'agenda', 'wanted']);

/**
 * The steps of this workshop: join, count and actions always; a team step only when the team may
 * be shown (the anonymity minimum is met) and the workshop has its data: the window, the modes
 * and the wanted point with the self-check, the climate with climate results, then and now with
 * something to compare in the earlier workshop the facilitator linked (decision 75), the
 * differences and the agenda when there are any.
 */
export function presenterSteps(figures: WallFigures, hasEarlier: boolean): StepKey[] {
  const profile = shownProfile(figures);
  const windowed = figures.shown && profile?.window != null;
  const has: Record<StepKey, boolean> = {
    join: true,
    count: true,
    window: windowed,
    modes: windowed,
    climate: figures.shown && shownClimate(figures) !== null,
    thenNow: figures.shown && hasEarlier,
    differ: figures.shown && figures.differences.length > 0,
    agenda: figures.shown && figures.agenda.length > 0,
    wanted: windowed,
    actions: true,
  };
  return STEP_ORDER.filter((key) => has[key]);
}
