import { describe, expect, it } from 'vitest';
import {
  changeSession,
  commandChange,
  elapsed,
  newer,
  readMessage,
  restoreSession,
  sessionMessage,
  SESSION_STALE_MS,
  shownStep,
  startSession,
  type PresentingState,
} from './session';
import type { StepKey } from './steps';

const T0 = Date.UTC(2026, 2, 1, 9, 0, 0);
const STEPS: StepKey[] = ['join', 'count', 'window', 'modes', 'wanted', 'actions'];

describe('the shared presenting state', () => {
  it('a reloaded window finds the step, the blank wall and both timers as they were stored', () => {
    let state = startSession(T0, 'lead-a');
    state = changeSession(state, { step: 'window' }, T0 + 60_000, 'wall-b');
    state = changeSession(state, { blank: true }, T0 + 90_000, 'lead-a');
    const reloaded = restoreSession(JSON.parse(JSON.stringify(state)), T0 + 120_000);
    expect(reloaded).toEqual(state);
    expect(reloaded?.step).toBe('window');
    expect(reloaded?.blank).toBe(true);
    expect(reloaded?.startedAt).toBe(T0);
    // Blanking is no new step: the step's timer goes on from when the step began.
    expect(reloaded?.stepStartedAt).toBe(T0 + 60_000);
  });

  it('yesterday’s stored state is not today’s: presenting starts again', () => {
    const old = startSession(T0, 'lead-a');
    expect(restoreSession(old, T0 + SESSION_STALE_MS + 1)).toBeNull();
    expect(restoreSession(old, T0 + SESSION_STALE_MS - 1)).toEqual(old);
  });

  it('of two changes made at once in both windows, both windows keep the same one', () => {
    const base = changeSession(startSession(T0, 'lead-a'), { step: 'count' }, T0 + 1000, 'lead-a');
    // Both saw seq 2 and step on: the wall to the window, the lead back to join.
    const fromWall = changeSession(base, { step: 'window' }, T0 + 5000, 'wall-b');
    const fromLead = changeSession(base, { step: 'join' }, T0 + 5000, 'lead-a');
    expect(newer(fromWall, fromLead)).toBe(newer(fromLead, fromWall));
    // Same sequence and moment: the larger window id decides, the same in both windows.
    expect(newer(fromWall, fromLead).step).toBe('window');
    const later = changeSession(base, { step: 'join' }, T0 + 6000, 'lead-a');
    expect(newer(fromWall, later).step).toBe('join');
    // A change made after seeing more changes wins over a later clock (a window whose clock runs ahead).
    const seen = changeSession(fromWall, { step: 'modes' }, T0 + 5500, 'lead-a');
    const aheadClock = changeSession(base, { step: 'actions' }, T0 + 99_000, 'wall-b');
    expect(newer(seen, aheadClock).step).toBe('modes');
  });

  it('a message from a tab of another app version, another workshop, or garbage is ignored, never thrown on', () => {
    const state = startSession(T0, 'lead-a');
    const good = sessionMessage('w1', { kind: 'state', from: 'lead', state });
    expect(readMessage(good, 'w1', T0)).toEqual({ kind: 'state', from: 'lead', state });
    expect(readMessage(sessionMessage('w1', { kind: 'hello', from: 'wall' }), 'w1', T0)).toEqual({ kind: 'hello', from: 'wall' });
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'next',
      [],
      { v: 0, workshop: 'w1', kind: 'state', from: 'lead', state },
      { workshop: 'w1', kind: 'state', from: 'lead', state },
      { v: 1, workshop: 'w2', kind: 'state', from: 'lead', state },
      { v: 1, workshop: 'w1', kind: 'state', from: 'room', state },
      { v: 1, workshop: 'w1', kind: 'reveal', from: 'lead' },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, step: 'secret' } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, seq: Number.NaN } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, seq: 0 } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, blank: 'yes' } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, at: -1 } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, by: 'x'.repeat(65) } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: { ...state, startedAt: Infinity } },
      { v: 1, workshop: 'w1', kind: 'state', from: 'lead', state: 'join' },
      Object.create(null),
    ];
    for (const data of garbage) expect(readMessage(data, 'w1', T0)).toBeNull();
  });

  it('a state kept from an older window (lower sequence) loses to the newer one, whatever its clock', () => {
    const stored = changeSession(startSession(T0, 'wall-b'), { step: 'modes' }, T0 + 10_000, 'wall-b');
    const stale: PresentingState = { ...startSession(T0, 'lead-a'), at: T0 + 50_000 };
    expect(newer(stored, stale)).toBe(stored);
  });
});

describe('a key in either window', () => {
  const at = (step: StepKey, more: Partial<PresentingState> = {}): PresentingState => ({ ...startSession(T0, 'a'), step, ...more });

  it('steps through the same list, stopping at the ends', () => {
    expect(commandChange(at('join'), STEPS, 'next')).toEqual({ step: 'count' });
    expect(commandChange(at('join'), STEPS, 'previous')).toBeNull();
    expect(commandChange(at('actions'), STEPS, 'next')).toBeNull();
    expect(commandChange(at('count'), STEPS, 'last')).toEqual({ step: 'actions' });
    expect(commandChange(at('modes'), STEPS, 'first')).toEqual({ step: 'join' });
  });

  it('while the wall is blank, a step key only brings it back; B blanks and unblanks', () => {
    const blank = at('window', { blank: true });
    expect(commandChange(blank, STEPS, 'next')).toEqual({ blank: false });
    expect(commandChange(blank, STEPS, 'previous')).toEqual({ blank: false });
    expect(commandChange(blank, STEPS, 'last')).toBeNull();
    expect(commandChange(blank, STEPS, 'blank')).toEqual({ blank: false });
    expect(commandChange(at('window'), STEPS, 'blank')).toEqual({ blank: true });
  });

  it('while the facilitator is asked whether to update, no key of either window moves or unblanks the wall', () => {
    const asking = at('window', { blank: true, asking: true });
    for (const command of ['next', 'previous', 'first', 'last', 'blank', 'unblank'] as const) expect(commandChange(asking, STEPS, command)).toBeNull();
  });

  it('a step this workshop no longer has falls back to the count, never to a team step', () => {
    expect(shownStep(['join', 'count', 'actions'], 'window')).toBe('count');
    expect(commandChange(at('window'), ['join', 'count', 'actions'], 'next')).toEqual({ step: 'actions' });
  });

  it('a new step restarts the step timer, the workshop timer goes on', () => {
    const s = changeSession(startSession(T0, 'a'), { step: 'count' }, T0 + 125_000, 'a');
    expect(elapsed(s.stepStartedAt, T0 + 185_000)).toEqual({ minutes: 1, seconds: 0 });
    expect(elapsed(s.startedAt, T0 + 185_000)).toEqual({ minutes: 3, seconds: 5 });
    expect(elapsed(T0 + 10_000, T0)).toEqual({ minutes: 0, seconds: 0 });
  });
});
