import { useTranslation } from 'react-i18next';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { WallDifference } from '../../model/workshop/wall';

/**
 * Where we differ: each disputed statement with three bars, disagree / neither / agree, in
 * percent of those who answered. No counts anywhere; a bar of fewer than two people shows no
 * number (its text alternative says so in words).
 */
export function DifferStep({ differences }: { differences: readonly WallDifference[] }) {
  const { t } = useTranslation(['presenter', 'instrument']);
  if (differences.length === 0) return <p className="wall-lead">{t('presenter:differ.none')}</p>;
  return (
    <div className="wall-differ">
      <p>{t('presenter:differ.intro')}</p>
      <ol className="wall-statements">
        {differences.map((d) => (
          <li key={`${d.instrumentId}:${d.itemId}`}>
            <p className="wall-statement">{t(`instrument:${instrumentTextKey(d.instrumentId)}.items.${d.itemId}` as never)}</p>
            <dl className="wall-bars">
              {d.bars.map((bar) => (
                <div key={bar.key} className={`wall-bar bar-${bar.key}`}>
                  <dt>{t(`presenter:differ.${bar.key}`)}</dt>
                  <dd>
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar-fill" style={{ width: `${bar.percent}%` }} />
                    </span>
                    {bar.labelled ? (
                      <span className="bar-number">{t('presenter:differ.percent', { percent: bar.percent })}</span>
                    ) : (
                      <span className="visually-hidden">{t('presenter:differ.noNumber')}</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
