import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { compareResults } from '../../model/scoring/movement';
import { MovementSentence } from '../../components/movement-sentence';
import type { ScoredResult } from './use-result-view';

interface EarlierResultsProps {
  current: ScoredResult;
  previous: ScoredResult | null;
  all: readonly ScoredResult[];
}

export function EarlierResults({ current, previous, all }: EarlierResultsProps) {
  const { t, i18n } = useTranslation(['results', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  // A movement only within one version; two versions are side by side (compareResults).
  const comparison = previous ? compareResults(previous.score, current.score) : null;
  const placementName = (r: ScoredResult) => (r.score.placement ? t(`modes:${r.score.placement}.display`) : t('modes:unplaced'));

  return (
    <section aria-labelledby="earlier-title" className="earlier">
      <h2 id="earlier-title">{t('results:historyTitle')}</h2>
      {!previous && <p>{t('results:firstTime')}</p>}
      {comparison && <MovementSentence comparison={comparison} since={t('results:movement.sinceLast')} />}
      {previous?.saved.wanted && (
        <p className="wanted-before">
          {t('results:wantedBefore', { support: previous.saved.wanted.support, expectations: previous.saved.wanted.expectations })}
          {previous.saved.wanted.firstStep && <> {t('results:wantedBeforeStep', { step: previous.saved.wanted.firstStep })}</>}
        </p>
      )}
      {all.length > 1 && (
        <ul>
          {all.map((r) => (
            <li key={r.saved.id}>
              {r.saved.id === current.saved.id ? (
                <span aria-current="page">
                  {t('results:historyItem', { date: formatDate(r.saved.completedAt, lng), placement: placementName(r) })}{' '}
                  {t('results:current')}
                </span>
              ) : (
                <Link to={`/result/${r.saved.id}`}>
                  {t('results:historyItem', { date: formatDate(r.saved.completedAt, lng), placement: placementName(r) })}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
