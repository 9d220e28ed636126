import { useCallback, useSyncExternalStore } from 'react';
import { readRaw, removeRaw, STORAGE_PREFIX, writeRaw } from '../lib/storage';
import { DEFAULT_PLAN, WORKSHOP_LENGTHS, type ScriptPlan } from '../model/presenter/plan';
import { STEP_ORDER, type StepKey } from '../model/presenter/steps';

/**
 * The facilitator's plan for one workshop (its length, the steps they hid), kept per workshop
 * in localStorage so the script page, the facilitator's view and the wall in another window use
 * the same steps. Like the shown snapshot it is not part of the workshop or its file.
 */
const PREFIX = `${STORAGE_PREFIX}plan:`;
const unsaved = new Map<string, ScriptPlan>();
const memo = new Map<string, { raw: string | null; value: ScriptPlan }>();
const listeners = new Set<() => void>();

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

function current(id: string): ScriptPlan {
  const kept = unsaved.get(id);
  if (kept) return kept;
  const raw = readRaw(PREFIX + id);
  const seen = memo.get(id);
  if (seen && seen.raw === raw) return seen.value;
  const value = parse(raw);
  memo.set(id, { raw, value });
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setScriptPlan(id: string, plan: ScriptPlan): void {
  const hidden: StepKey[] = STEP_ORDER.filter((step) => plan.hidden.includes(step));
  const value: ScriptPlan = { length: plan.length, hidden };
  if (writeRaw(PREFIX + id, JSON.stringify(value))) unsaved.delete(id);
  else unsaved.set(id, value);
  listeners.forEach((l) => l());
}

/** Forgets the plan of a workshop that is deleted. */
export function forgetScriptPlan(id: string): void {
  unsaved.delete(id);
  memo.delete(id);
  removeRaw(PREFIX + id);
  listeners.forEach((l) => l());
}

/** "Wis alles": the keys go with every other key; this forgets what only this page held. */
export function forgetAllScriptPlans(): void {
  unsaved.clear();
  memo.clear();
  listeners.forEach((l) => l());
}

/** The plan of one workshop (the default until the facilitator chooses) and the way to change it. */
export function useScriptPlan(id: string): [ScriptPlan, (plan: ScriptPlan) => void] {
  const plan = useSyncExternalStore(subscribe, () => current(id));
  const set = useCallback((next: ScriptPlan) => setScriptPlan(id, next), [id]);
  return [plan, set];
}
