import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDateTime, formatNumber } from '../../lib/format';
import { readSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';
import { momentLabels } from './moment-labels';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';

export function ResultList({ results, onDeleted }: { results: readonly SavedResult[]; onDeleted: () => void }) {
  const { t, i18n } = useTranslation(['history', 'modes', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const remove = useHistoryStore((s) => s.remove);
  const [pending, setPending] = useState<SavedResult | null>(null);
  // Two results of one minute: "(2)" tells them apart, also in the delete buttons' names.
  const labels = momentLabels(results, [(iso) => formatDateTime(iso, lng)]);
  const dateOf = (r: SavedResult) => labels.get(r.id) ?? formatDateTime(r.completedAt, lng);
  const pendingDate = pending ? dateOf(pending) : '';
  // A self-check reads as its place in the window; a team climate result as its band and
  // temperature, never as "between modes".
  const value = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v, lng));
  const itemText = (r: SavedResult, date: string) => {
    const read = readSavedResult(r);
    if (read?.kind === 'climate') {
      const { reading, temperature } = read.climate;
      return reading && temperature !== null
        ? t('history:climateItem', { date, band: t(`instrument:teamClimate.bands.${reading.band}`), temperature: value(temperature) })
        : t('history:climateItemNone', { date });
    }
    const score = read?.kind === 'window' ? read.score : null;
    const placement = score?.placement ?? null;
    const line = t('history:item', {
      date,
      placement: placement ? t(`modes:${placement}.display`) : t('modes:unplaced'),
      support: value(score?.support.score),
      expectations: value(score?.expectations.score),
    });
    // The goal set on this result, so the history shows where the person wanted to go.
    return r.wanted ? `${line} ${t('history:itemWanted', { support: value(r.wanted.support), expectations: value(r.wanted.expectations) })}` : line;
  };

  return (
    <>
      <h2 id="result-list-title">{results.some((r) => r.instrumentId === TEAM_CLIMATE.id) ? t('history:listTitleAll') : t('history:listTitle')}</h2>
      <ul className="result-list" aria-labelledby="result-list-title">
        {results.map((r) => {
          const date = dateOf(r);
          return (
            <li key={r.id}>
              <Link to={`/result/${r.id}`}>{itemText(r, date)}</Link>
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
