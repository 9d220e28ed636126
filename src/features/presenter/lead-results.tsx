import { useTranslation } from 'react-i18next';
import type { PersonCounts } from '../../model/workshop/shown-update';

/**
 * Results in and waiting, for the facilitator only: the live count, and what an update would
 * bring ("2 nieuw: bijwerken?"). The wall never shows the waiting count: the room would learn
 * when results arrived.
 */
export function LeadResults({ count, change, onUpdate }: { count: number; change: PersonCounts | null; onUpdate: () => void }) {
  const { t } = useTranslation('facilitator');
  const waiting = change ? change.added + change.removed + change.replaced : 0;
  return (
    <div className="lead-results" role="status">
      <p>{t('lead.resultsIn', { count })}</p>
      {waiting > 0 && (
        <p className="lead-waiting">
          <span>{t('lead.waiting', { count: waiting })}</span>{' '}
          <button type="button" className="primary" onClick={onUpdate}>
            {t('lead.update')}
          </button>
        </p>
      )}
    </div>
  );
}
