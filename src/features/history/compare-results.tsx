import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../lib/format';
import { MODES } from '../../model/instruments/types';
import { isWindowResult, scoreSavedResult } from '../../model/results/score-saved';
import type { SavedResult } from '../../model/results/saved-result';
import { compareResults } from '../../model/scoring/movement';
import { MovementSentence } from '../../components/movement-sentence';

/**
 * Any two self-checks side by side: the version of their statements, scores, placement and the
 * four spokes; under the table the same words about the change as on the result page, from the
 * older to the newer (for two versions: side by side only, never a movement). Other results are
 * left out.
 */
export function CompareResults({ results: all }: { results: readonly SavedResult[] }) {
  const { t, i18n } = useTranslation(['history', 'instrument', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const ids = { title: useId(), a: useId(), b: useId() };
  const results = all.filter(isWindowResult);
  const [pickedA, setA] = useState('');
  const [pickedB, setB] = useState('');
  if (results.length < 2) return null;
  // A choice counts only while it names a result that is still there; otherwise the newest two.
  const exists = (id: string) => results.some((r) => r.id === id);
  const a = exists(pickedA) ? pickedA : (results[1]?.id ?? '');
  const b = exists(pickedB) ? pickedB : (results[0]?.id ?? '');
  const chosen = [a, b].map((id) => results.find((r) => r.id === id)).filter((r): r is SavedResult => r !== undefined);
  const scored = chosen.map((saved) => ({ saved, score: scoreSavedResult(saved) }));
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v, lng));
  const [older, newer] = [...scored].sort((x, y) => Date.parse(x.saved.completedAt) - Date.parse(y.saved.completedAt));
  const comparison = older?.score && newer?.score && older.saved.id !== newer.saved.id ? compareResults(older.score, newer.score) : null;
  const option = (r: SavedResult) => (
    <option key={r.id} value={r.id}>
      {formatDateTime(r.completedAt, lng)}
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
      <table className="data-table">
        <caption>{t('history:compareCaption')}</caption>
        <thead>
          <tr>
            <td />
            {scored.map(({ saved }, i) => (
              <th key={`${saved.id}-${i}`} scope="col">
                {formatDateTime(saved.completedAt, lng)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('history:column.version')}</th>
            {scored.map(({ saved }, i) => (
              <td key={`${saved.id}-${i}`}>{saved.instrumentVersion}</td>
            ))}
          </tr>
          {(['support', 'expectations'] as const).map((axis) => (
            <tr key={axis}>
              <th scope="row">{t(`instrument:scales.${axis}`)}</th>
              {scored.map(({ saved, score }, i) => (
                <td key={`${saved.id}-${i}`}>{num(score?.[axis].score)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('history:column.placement')}</th>
            {scored.map(({ saved, score }, i) => (
              <td key={`${saved.id}-${i}`}>{score?.placement ? t(`modes:${score.placement}.display`) : t('modes:unplaced')}</td>
            ))}
          </tr>
          {MODES.map((mode) => (
            <tr key={mode}>
              <th scope="row">{t(`modes:${mode}.display`)}</th>
              {scored.map(({ saved, score }, i) => (
                <td key={`${saved.id}-${i}`}>{num(score?.spokes?.[mode] === undefined ? null : Math.round(score.spokes[mode] ?? 0))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {comparison && older && newer && (
        <MovementSentence
          comparison={comparison}
          since={t('history:compareFrom', { from: formatDateTime(older.saved.completedAt, lng), to: formatDateTime(newer.saved.completedAt, lng) })}
        />
      )}
    </section>
  );
}
