import { useTranslation } from 'react-i18next';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { WallDifference } from '../../model/workshop/wall';
import type { PersonWord } from '../../model/people/person-word';
import { usePersonText } from '../../components/person-word/use-person-word';

/**
 * Where we differ: each disputed statement with three bars, disagree / neither / agree, in
 * percent of those who answered. No counts anywhere. A share the disclosure rule withholds (a
 * part of one or two people, or one the others would give away: decision 72) has neither a number
 * nor a bar, since a bar of its true length tells its size; it says "geen getal" and the note
 * under the list says why. A statement without any share says so in words.
 */
export function DifferStep({ differences, personWord }: { differences: readonly WallDifference[]; personWord?: PersonWord }) {
  const { t } = useTranslation(['presenter', 'instrument', 'team']);
  // The workshop's word for the person worked with, as on the phones (decision 85).
  const pt = usePersonText(personWord ?? 'client');
  if (differences.length === 0) return <p className="wall-lead">{t('presenter:differ.none')}</p>;
  const anyWithheld = differences.some((d) => d.bars.some((bar) => bar.percent === null));
  return (
    <div className="wall-differ">
      <p>{t('presenter:differ.intro')}</p>
      <ol className="wall-statements">
        {differences.map((d) => (
          <li key={`${d.instrumentId}:${d.itemId}`}>
            <p className="wall-statement">{pt(`instrument:${instrumentTextKey(d.instrumentId)}.items.${d.itemId}`)}</p>
            {d.bars.every((bar) => bar.percent === null) ? (
              <p className="wall-small">{t('team:withheld.noShares')}</p>
            ) : (
              <dl className="wall-bars">
                {d.bars.map((bar) => (
                  <div key={bar.key} className={`wall-bar bar-${bar.key}`}>
                    <dt>{t(`presenter:differ.${bar.key}`)}</dt>
                    <dd>
                      {bar.percent === null ? (
                        <span className="bar-withheld">{t('presenter:differ.noNumber')}</span>
                      ) : (
                        <>
                          <span className="bar-track" aria-hidden="true">
                            <span className="bar-fill" style={{ width: `${bar.percent}%` }} />
                          </span>
                          <span className="bar-number">{t('presenter:differ.percent', { percent: bar.percent })}</span>
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
      {anyWithheld && <p className="wall-small">{t('team:withheld.sharesNote')}</p>}
    </div>
  );
}
