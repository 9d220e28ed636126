import { commandChange, shownStep, type SessionCommand, type SessionRole } from '../../model/presenter/session';
import { TEAM_STEPS } from '../../model/presenter/steps';
import { usePresentingSession } from '../../stores/presenting-store';
import type { WallData } from './use-wall-data';

/**
 * The step both windows share and the ways to move it. Whichever window moves to a team step
 * first fixes what the wall shows (the snapshot, as on the single-screen presenter).
 */
export function useSharedSteps(workshopId: string, role: SessionRole, data: WallData) {
  const { state, change } = usePresentingSession(workshopId, role);
  const { steps, shown } = data;
  const step = shownStep(steps, state.step);
  const index = steps.indexOf(step);

  const command = (c: SessionCommand) => {
    const next = commandChange(state, steps, c);
    if (!next) return;
    if (next.step && TEAM_STEPS.has(next.step)) shown.reveal();
    change(next);
  };
  /** Straight to a step (the step bar): the wall's blank stays as it is, so the facilitator can pick a step behind a black screen. */
  const go = (to: number) => {
    const target = steps[Math.max(0, Math.min(steps.length - 1, to))];
    if (!target || state.asking || target === step) return;
    if (TEAM_STEPS.has(target)) shown.reveal();
    change({ step: target });
  };
  return { state, step, index, command, go, change };
}
