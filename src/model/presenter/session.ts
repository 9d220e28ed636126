import { STEP_ORDER, type StepKey } from './steps';

/**
 * Two windows, one workshop (issue 22): the wall on the projector and the facilitator's view on
 * the laptop share one presenting state. Each window keeps a copy, stores every change (the
 * caller keeps it per workshop in localStorage) and sends it to the other window; a window that
 * opens or reloads reads the stored state, so the step is never lost. docs/presenter.md,
 * "Two windows".
 */

/** The message format; a window of another app version sends another number and is not heard. */
export const SESSION_VERSION = 1;

/** A stored state this old is a past workshop: presenting starts again at the first step. */
export const SESSION_STALE_MS = 12 * 60 * 60 * 1000;

export interface PresentingState {
  readonly step: StepKey;
  /** The wall is black (B or "."); the facilitator's view still shows everything. */
  readonly blank: boolean;
  /** The facilitator's view is asking whether to update (decision 73): the wall stays blank and no key moves it. */
  readonly asking: boolean;
  /** When presenting began and when this step began (ms since 1970): the timers are counted from these. */
  readonly startedAt: number;
  readonly stepStartedAt: number;
  /** Rises by one with every change; with `at` and `by` it decides which of two changes wins. */
  readonly seq: number;
  readonly at: number;
  /** The window that made the change (a random id per window). */
  readonly by: string;
}

export type SessionRole = 'wall' | 'lead';

export type SessionMessage =
  /** A window's current state: sent after every change and in answer to `hello`. */
  | { readonly kind: 'state'; readonly from: SessionRole; readonly state: PresentingState }
  /** A window that just opened asks the others for their state. */
  | { readonly kind: 'hello'; readonly from: SessionRole };

export type SessionCommand = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'unblank';

/** The state a workshop's first presentation starts with. */
export function startSession(now: number, by: string): PresentingState {
  return { step: 'join', blank: false, asking: false, startedAt: now, stepStartedAt: now, seq: 1, at: now, by };
}

/**
 * Which of two states wins: the higher `seq` (the one made after seeing more changes), then the
 * later `at`, then the larger window id. Every window applies the same rule to the same pair, so
 * two changes made at the same moment in both windows end with both windows on the same state.
 */
export function newer(a: PresentingState, b: PresentingState): PresentingState {
  if (a.seq !== b.seq) return a.seq > b.seq ? a : b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.by >= b.by ? a : b;
}

/** A change by window `by` at `now`, built on `base` (the winner of the window's and the stored state). */
export function changeSession(base: PresentingState, change: Partial<Pick<PresentingState, 'step' | 'blank' | 'asking'>>, now: number, by: string): PresentingState {
  const step = change.step ?? base.step;
  return {
    ...base,
    ...change,
    step,
    stepStartedAt: step === base.step ? base.stepStartedAt : now,
    seq: base.seq + 1,
    at: now,
    by,
  };
}

/** The step shown when the state names one this workshop does not have (a raised minimum, a step hidden since): the count. */
export function shownStep(steps: readonly StepKey[], step: StepKey): StepKey {
  if (steps.includes(step)) return step;
  return steps.includes('count') ? 'count' : (steps[0] ?? 'count');
}

/**
 * A key or button of either window, as a change (null: nothing changes). While the question
 * is open nothing moves; while the wall is blank a step key only brings it back, so the room
 * never sees a step it did not see (as on the single-screen presenter).
 */
export function commandChange(state: PresentingState, steps: readonly StepKey[], command: SessionCommand): Partial<Pick<PresentingState, 'step' | 'blank'>> | null {
  if (state.asking) return null;
  if (command === 'blank') return { blank: !state.blank };
  if (command === 'unblank') return state.blank ? { blank: false } : null;
  if (state.blank) return command === 'next' || command === 'previous' ? { blank: false } : null;
  const index = steps.indexOf(shownStep(steps, state.step));
  const to = { next: index + 1, previous: index - 1, first: 0, last: steps.length - 1 }[command];
  const step = steps[Math.max(0, Math.min(steps.length - 1, to))];
  return step && step !== state.step ? { step } : null;
}

const isStep = (value: unknown): value is StepKey => (STEP_ORDER as readonly unknown[]).includes(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isRole = (value: unknown): value is SessionRole => value === 'wall' || value === 'lead';

/**
 * A stored or received state, checked field by field; null when it is not one (garbage, another
 * version, a window id of absurd length). Stored states older than SESSION_STALE_MS give null
 * too: yesterday's workshop does not start today's at its last step with a timer of 20 hours.
 */
export function restoreSession(value: unknown, now: number): PresentingState | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (!isStep(v.step) || typeof v.blank !== 'boolean' || typeof v.asking !== 'boolean') return null;
  if (!isTime(v.startedAt) || !isTime(v.stepStartedAt) || !isTime(v.at)) return null;
  if (typeof v.seq !== 'number' || !Number.isSafeInteger(v.seq) || v.seq < 1) return null;
  if (typeof v.by !== 'string' || v.by.length === 0 || v.by.length > 64) return null;
  if (now - v.at > SESSION_STALE_MS) return null;
  return { step: v.step, blank: v.blank, asking: v.asking, startedAt: v.startedAt, stepStartedAt: v.stepStartedAt, seq: v.seq, at: v.at, by: v.by };
}

/** What goes on the channel: the version and the workshop go with every message. */
export function sessionMessage(workshopId: string, message: SessionMessage): unknown {
  return { v: SESSION_VERSION, workshop: workshopId, ...message };
}

/**
 * A message received on the channel, or null: anything of another version (an older tab after an
 * update), of another workshop, or not a message at all is ignored, never thrown on.
 */
export function readMessage(data: unknown, workshopId: string, now: number): SessionMessage | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.v !== SESSION_VERSION || d.workshop !== workshopId || !isRole(d.from)) return null;
  if (d.kind === 'hello') return { kind: 'hello', from: d.from };
  if (d.kind !== 'state') return null;
  const state = restoreSession(d.state, now);
  return state ? { kind: 'state', from: d.from, state } : null;
}

/** Whole minutes and seconds since `from`, for the timers ("12:05"); never negative (a clock set back). */
export function elapsed(from: number, now: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor((now - from) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
