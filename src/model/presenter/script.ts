import type { WallFigures } from '../workshop/wall';
import { planMinutes, stepMinutes, type ScriptPlan } from './plan';
import { chooseQuestions, STEP_AVOID } from './questions';
import type { ThenAndNow } from '../workshop/then-and-now';
import type { StepKey } from './steps';

// The script (draaiboek) of issue 22: the plan lives in plan.ts, the choice of questions in
// questions.ts; this file puts one step's notes together. docs/presenter.md, "The script".
export { DEFAULT_PLAN, KEPT_STEPS, WORKSHOP_LENGTHS, lengthLeavesOut, planMinutes, planSteps, plannedSteps, stepMinutes } from './plan';
export type { ScriptPlan, WorkshopLength } from './plan';
export { QUESTION_VARIANTS, STEP_AVOID, chooseQuestions } from './questions';

/**
 * A text of the script: a key in the `script` locale namespace and the values it names. A value
 * named `element` is a climate element id and `axis` a window axis id: the view names them in the
 * reader's language.
 */
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

/**
 * The notes for a step: what it shows in one sentence, two or three questions chosen from the
 * figures the wall may show (questions.ts), what to avoid, and the suggested minutes. Give
 * `available` (the workshop's steps: presenterSteps) and the minutes of the kept steps sum to the
 * plan's length; without it they are those of a workshop with every step. `thenNow`: the wall's
 * comparison with the linked earlier workshop, which chooses that step's questions.
 */
export function stepNotes(step: StepKey, figures: WallFigures, plan: ScriptPlan, available?: readonly StepKey[], thenNow: ThenAndNow | null = null): StepNotes {
  return {
    what: { key: `steps.${step}.what` },
    questions: chooseQuestions(step, figures, thenNow).map((q) => ({ key: `steps.${step}.questions.${q.id}`, ...(q.values ? { values: q.values } : {}) })),
    avoid: STEP_AVOID[step].map((id) => ({ key: `avoid.${id}` })),
    minutes: available ? (planMinutes(available, plan).get(step) ?? 0) : stepMinutes(step, plan),
  };
}
