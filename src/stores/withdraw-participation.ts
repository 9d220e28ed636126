import type { LockedOutcome } from '../lib/locked-write';
import { useHistoryStore } from './history-store';
import { useParticipationStore, type ParticipationWithdrawal } from './participation-store';

/**
 * A participant withdraws their result for a workshop (decision 79): the phone keeps only the
 * withdrawal code, and forgets the answers, both the hand-over codes and the own results they
 * opened from them (history entries named in `resultIds`). Returns the withdrawal to show, or
 * null when this phone holds no result for the workshop.
 */
export async function withdrawParticipation(workshopCode: string, now = new Date()): Promise<LockedOutcome<ParticipationWithdrawal | null>> {
  const { value, written } = await useParticipationStore.getState().withdraw(workshopCode, now);
  if (!value) return { value: null, written };
  const remove = useHistoryStore.getState().remove;
  for (const p of value.forgotten) for (const id of p.resultIds) remove(id);
  return { value: value.withdrawal, written };
}
