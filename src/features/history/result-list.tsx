import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime, formatNumber } from '../../lib/format';
import { scoreSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';

export function ResultList({ results, onDeleted }: { results: readonly SavedResult[]; onDeleted: () => void }) {
  const { t, i18n } = useTranslation(['history', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const remove = useHistoryStore((s) => s.remove);
  const [pending, setPending] = useState<SavedResult | null>(null);
  const pendingDate = pending ? formatDateTime(pending.completedAt, lng) : '';

  return (
    <>
      <h2 id="result-list-title">{t('history:listTitle')}</h2>
      <ul className="result-list" aria-labelledby="result-list-title">
        {results.map((r) => {
          const date = formatDateTime(r.completedAt, lng);
          const score = scoreSavedResult(r);
          const placement = score?.placement ?? null;
          const value = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v, lng));
          return (
            <li key={r.id}>
              <Link to={`/result/${r.id}`}>{t('history:item', {
                  date,
                  placement: placement ? t(`modes:${placement}.display`) : t('modes:unplaced'),
                  support: value(score?.support.score),
                  expectations: value(score?.expectations.score),
                })}</Link>
              <button type="button" className="small" aria-label={t('history:deleteLabel', { date })} onClick={() => setPending(r)}>
                {t('history:delete')}
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={pending !== null}
        title={t('history:deleteConfirmTitle')}
        confirmLabel={t('history:deleteConfirm')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) remove(pending.id);
          setPending(null);
          onDeleted();
        }}
      >
        <p>{t('history:deleteConfirmBody', { date: pendingDate })}</p>
      </ConfirmDialog>
    </>
  );
}
