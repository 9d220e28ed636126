import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isReplacedBy } from '../../model/workshop/next-link';
import { useParticipationStore, type Participation } from '../../stores/participation-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime } from '../../lib/format';
import { formatJoinCode } from '../../model/workshop/join-code';

/** Codes this phone made earlier: to show again, or to delete. */
export function EarlierParticipations({ exclude }: { exclude?: string }) {
  const { t, i18n } = useTranslation('participant');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const all = useParticipationStore((s) => s.participations);
  const withdrawals = useParticipationStore((s) => s.withdrawals);
  const remove = useParticipationStore((s) => s.remove);
  const [pending, setPending] = useState<Participation | null>(null);
  const list = all.filter((p) => p.id !== exclude);
  if (list.length === 0 && withdrawals.length === 0 && !pending) return null;

  return (
    <section aria-labelledby="earlier-participations" className="panel">
      <h2 id="earlier-participations">{t('earlierTitle')}</h2>
      <ul className="result-list">
        {list.map((p) => {
          const entry = t('earlierItem', { code: formatJoinCode(p.workshopCode), date: formatDateTime(p.completedAt, lng) });
          // A later result of this phone replaces it: its code no longer counts, so say so.
          const replaced = all.some((q) => q.workshopCode === p.workshopCode && isReplacedBy(p, q));
          const label = replaced ? t('earlierItemReplaced', { entry }) : entry;
          return (
            <li key={p.id}>
              <Link to={`/handover/${p.id}`}>{label}</Link>
              <button type="button" className="small" aria-label={t('deleteLabel', { label })} onClick={() => setPending(p)}>
                {t('delete')}
              </button>
            </li>
          );
        })}
        {/* A withdrawal code not yet closed: to show it again at the facilitator's laptop. */}
        {withdrawals.map((w) => (
          <li key={`withdrawal-${w.id}`}>
            <Link to={`/handover/${w.id}`}>{t('withdraw.earlierItem', { code: formatJoinCode(w.workshopCode) })}</Link>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={pending !== null}
        title={t('deleteConfirmTitle')}
        confirmLabel={t('deleteConfirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) remove(pending.id);
          setPending(null);
        }}
      >
        <p>{t('deleteConfirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
