import type { WallFigures } from '../workshop/wall';
import type { StepKey } from './steps';

// INTERFACE SKELETON (issue 22): the script helper fills in the rules; the two-window helper
// only calls these. Keep the exported names and shapes.

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

/** The steps the wall walks through: the available ones (presenterSteps) minus what the plan leaves out. */
export function planSteps(available: readonly StepKey[], plan: ScriptPlan): StepKey[] {
  return available.filter((step) => !plan.hidden.includes(step));
}

/** Suggested minutes for a step in this plan. */
export function stepMinutes(_step: StepKey, _plan: ScriptPlan): number {
  return 5;
}

/** A text of the script: a key in the `script` locale namespace and the values it names. */
export interface ScriptText {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** The notes for one step: what it shows, the questions for this team, what to avoid. */
export interface StepNotes {
  readonly what: ScriptText;
  readonly questions: readonly ScriptText[];
  readonly avoid: readonly ScriptText[];
  readonly minutes: number;
}

/** The notes for a step, its questions chosen from the figures the wall may show. */
export function stepNotes(step: StepKey, _figures: WallFigures, plan: ScriptPlan): StepNotes {
  return { what: { key: `steps.${step}.what` }, questions: [], avoid: [], minutes: stepMinutes(step, plan) };
}
