import { useCallback } from 'react';
import { STORAGE_PREFIX } from '../lib/storage';
import { keyedRecord, useKeyedRecord } from './keyed-record';
import { DEFAULT_PLAN, WORKSHOP_LENGTHS, type ScriptPlan } from '../model/presenter/plan';
import { STEP_ORDER, type StepKey } from '../model/presenter/steps';

/**
 * The facilitator's plan for one workshop (its length, the steps they hid), kept per workshop
 * in localStorage so the script page, the facilitator's view and the wall in another window use
 * the same steps. Like the shown snapshot it is not part of the workshop or its file.
 */
const PREFIX = `${STORAGE_PREFIX}plan:`;

function parse(raw: string | null): ScriptPlan {
  if (raw === null) return DEFAULT_PLAN;
  try {
    const value = JSON.parse(raw) as { length?: unknown; hidden?: unknown };
    const length = WORKSHOP_LENGTHS.find((l) => l === value.length);
    const hidden = Array.isArray(value.hidden) ? STEP_ORDER.filter((step) => (value.hidden as unknown[]).includes(step)) : [];
    return length ? { length, hidden } : DEFAULT_PLAN;
  } catch {
    return DEFAULT_PLAN;
  }
}

const record = keyedRecord(PREFIX, parse);

export function setScriptPlan(id: string, plan: ScriptPlan): void {
  const hidden: StepKey[] = STEP_ORDER.filter((step) => plan.hidden.includes(step));
  const value: ScriptPlan = { length: plan.length, hidden };
  record.write(id, value, JSON.stringify(value));
}

/** Forgets the plan of a workshop that is deleted. */
export function forgetScriptPlan(id: string): void {
  record.forget(id);
}

/** "Wis alles": the keys go with every other key; this forgets what only this page held. */
export function forgetAllScriptPlans(): void {
  record.forgetAll();
}

/** The plan of one workshop (the default until the facilitator chooses) and the way to change it. */
export function useScriptPlan(id: string): [ScriptPlan, (plan: ScriptPlan) => void] {
  const plan = useKeyedRecord(record, id);
  const set = useCallback((next: ScriptPlan) => setScriptPlan(id, next), [id]);
  return [plan, set];
}
