import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

/** What the unlocking of a device hands to the page it opens on. */
export interface UnlockedState {
  readonly droppedUnfinished: number;
}

/**
 * Told to the facilitator after unlocking, on their own page, never on the hand-over screen where
 * the next person reads it: how many half-finished answers a reload threw away (decision 77).
 */
export function DroppedUnfinishedNotice() {
  const { t } = useTranslation('shared');
  const state = useLocation().state as Partial<UnlockedState> | null;
  const count = typeof state?.droppedUnfinished === 'number' ? state.droppedUnfinished : 0;
  if (count < 1) return null;
  return (
    <p role="status" className="notice notice-warning">
      {t('droppedUnfinished', { count })}
    </p>
  );
}
