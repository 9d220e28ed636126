import { STEP_ORDER, type StepKey } from './steps';

/** The workshop's length in minutes: the steps shown and their suggested times follow it. */
export type WorkshopLength = 45 | 90 | 180;
export const WORKSHOP_LENGTHS: readonly WorkshopLength[] = [45, 90, 180];

/** What the facilitator chose for one workshop: its length and the steps they hid. */
export interface ScriptPlan {
  readonly length: WorkshopLength;
  /** Steps the facilitator hid on top of what the length leaves out. */
  readonly hidden: readonly StepKey[];
}

export const DEFAULT_PLAN: ScriptPlan = { length: 90, hidden: [] };

/** Steps no plan can leave out: without them nobody joins, nobody sees the count, nothing is agreed. */
export const KEPT_STEPS: ReadonlySet<StepKey> = new Set<StepKey>(['join', 'count', 'actions']);

/**
 * Minutes for each step in a full workshop of each length (docs/presenter.md, "The script"). A
 * step without minutes for a length is left out at that length. Each column sums to its length
 * over all ten steps; answering (about ten minutes for 28 or 32 statements) happens on the count
 * step. 45 minutes keeps the core of DOMAIN.md §5 (join, answer, spread and centre, climate,
 * where we differ, what we marked, actions) and leaves out the modes, then and now, and the
 * wanted point; 180 minutes gives every step room for a round of everyone and a break.
 */
const BASE_MINUTES: Readonly<Record<WorkshopLength, Partial<Record<StepKey, number>>>> = {
  45: { join: 3, count: 10, window: 7, climate: 7, differ: 6, agenda: 5, actions: 7 },
  90: { join: 5, count: 12, window: 10, modes: 8, climate: 12, thenNow: 8, differ: 10, agenda: 8, wanted: 7, actions: 10 },
  180: { join: 10, count: 20, window: 20, modes: 15, climate: 25, thenNow: 15, differ: 25, agenda: 20, wanted: 10, actions: 20 },
};

/** Whether the length leaves this step out (never join, count or actions). */
export function lengthLeavesOut(step: StepKey, length: WorkshopLength): boolean {
  return !KEPT_STEPS.has(step) && BASE_MINUTES[length][step] === undefined;
}

/**
 * The steps the wall walks through: the available ones (presenterSteps, or plannedSteps before
 * the team is shown) minus what the length leaves out and what the facilitator hid. Join, count
 * and actions are never removed, even when a stored plan names them.
 */
export function planSteps(available: readonly StepKey[], plan: ScriptPlan): StepKey[] {
  return available.filter((step) => KEPT_STEPS.has(step) || (!plan.hidden.includes(step) && !lengthLeavesOut(step, plan.length)));
}

/**
 * Suggested whole minutes for `step` in this plan, over the steps it keeps of `available` (all
 * ten steps when not given): the base minutes of the kept steps scaled so that they sum to the
 * length exactly, rounded by largest remainder (ties to the earlier step). So a hidden step or a
 * step this team lacks gives its time to the others in proportion. 0 for a step the plan does not
 * keep.
 */
export function stepMinutes(step: StepKey, plan: ScriptPlan, available: readonly StepKey[] = STEP_ORDER): number {
  return planMinutes(available, plan).get(step) ?? 0;
}

/** Every kept step of `available` with its minutes, in step order; the minutes sum to the length. */
export function planMinutes(available: readonly StepKey[], plan: ScriptPlan): Map<StepKey, number> {
  const kept = planSteps(available, plan);
  const base = kept.map((step) => BASE_MINUTES[plan.length][step] ?? BASE_MINUTES[90][step] ?? 5);
  const total = base.reduce((a, b) => a + b, 0);
  const exact = base.map((b) => (total > 0 ? (b * plan.length) / total : 0));
  const whole = exact.map(Math.floor);
  let left = plan.length - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left -= 1;
  }
  return new Map(kept.map((step, i) => [step, whole[i] ?? 0]));
}

/**
 * The steps a workshop will have once its team is shown, known before any result: the window,
 * the modes and the wanted point with the self-check, the climate with the climate, then and now
 * with a linked earlier workshop; the differences and the agenda may come with either (whether
 * they do depends on the answers). The same rules as presenterSteps, without the figures.
 */
export function plannedSteps(has: { readonly selfCheck: boolean; readonly climate: boolean; readonly earlier: boolean }): StepKey[] {
  const with_: Record<StepKey, boolean> = {
    join: true,
    count: true,
    window: has.selfCheck,
    modes: has.selfCheck,
    climate: has.climate,
    thenNow: has.earlier,
    differ: true,
    agenda: true,
    wanted: has.selfCheck,
    actions: true,
  };
  return STEP_ORDER.filter((step) => with_[step]);
}
