import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { isWindowResult, scoreSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';
import { compareResults } from '../../model/scoring/movement';
import { MovementSentence } from '../../components/movement-sentence';
import { momentLabels } from './moment-labels';
import { CompareWindow } from './compare-window';
import { CompareRadar } from './compare-radar';
import type { ComparedResult } from './compared-result';

/**
 * Any two self-checks side by side, older first: the same words about the change as on the result
 * page (`compareResults`, decision 61; for two versions: side by side only, never a movement),
 * then the window and the radar as the result page draws them, each with its table and, for a
 * movement, a difference column. Other results are left out.
 */
export function CompareResults({ results: all }: { results: readonly SavedResult[] }) {
  const { t, i18n } = useTranslation(['history']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const ids = { title: useId(), a: useId(), b: useId() };
  const results = all.filter(isWindowResult);
  const [pickedA, setA] = useState('');
  const [pickedB, setB] = useState('');
  if (results.length < 2) return null;
  // Two results of one minute read alike: "(2)" tells the later one apart (moment-labels.ts).
  const labels = momentLabels(results, [(iso) => formatDateTime(iso, lng)]);
  const label = (r: SavedResult) => labels.get(r.id) ?? r.completedAt;
  // A choice counts only while it names a result that is still there; otherwise the newest two.
  const exists = (id: string) => results.some((r) => r.id === id);
  const a = exists(pickedA) ? pickedA : (results[1]?.id ?? '');
  const b = exists(pickedB) ? pickedB : (results[0]?.id ?? '');
  const chosen: ComparedResult[] = [a, b]
    .map((id) => results.find((r) => r.id === id))
    .filter((r): r is SavedResult => r !== undefined)
    .map((saved, i) => ({ key: `${saved.id}-${i}`, saved, score: scoreSavedResult(saved), label: label(saved) }));
  // Older first, so the difference reads from left to right; a tie in the order the labels number it.
  const order = results.map((r) => r.id);
  const [older, newer] = [...chosen].sort(
    (x, y) => x.saved.completedAt.localeCompare(y.saved.completedAt) || order.indexOf(x.saved.id) - order.indexOf(y.saved.id),
  );
  if (!older || !newer) return null;
  const comparison = older.score && newer.score && older.saved.id !== newer.saved.id ? compareResults(older.score, newer.score) : null;
  const option = (r: SavedResult) => (
    <option key={r.id} value={r.id}>
      {label(r)}
    </option>
  );

  return (
    <section aria-labelledby={ids.title} className="panel compare">
      <h2 id={ids.title}>{t('history:compareTitle')}</h2>
      <div className="compare-pickers">
        <label htmlFor={ids.a}>{t('history:compareFirst')}</label>
        <select id={ids.a} value={a} onChange={(e) => setA(e.target.value)}>
          {results.map(option)}
        </select>
        <label htmlFor={ids.b}>{t('history:compareSecond')}</label>
        <select id={ids.b} value={b} onChange={(e) => setB(e.target.value)}>
          {results.map(option)}
        </select>
      </div>
      {comparison && <MovementSentence comparison={comparison} since={t('history:compareFrom', { from: older.label, to: newer.label })} />}
      <div className="chart-grid">
        <CompareWindow older={older} newer={newer} comparison={comparison} />
        <CompareRadar older={older} newer={newer} sameVersion={comparison?.kind === 'movement'} />
      </div>
    </section>
  );
}
