import { useTranslation } from 'react-i18next';
import { usePersonText } from '../../components/person-word/use-person-word';
import type { PersonWord } from '../../model/people/person-word';
import { instrumentTextKey } from '../../model/instruments/registry';
import { splitWithholds } from '../../model/team-report/answer-split';
import { SPLIT_PARTS, type ReportDifference, type SplitPart } from '../../model/team-report/types';

/**
 * Where you differ: the wall's list, item for item (both questionnaires, most disputed first),
 * each with its answers split in three bars (disagree, neither, agree) in percent of those who
 * answered; never a count. A share the disclosure rule withholds has no number and no bar (a bar
 * of its true length tells its size), as on the wall (decision 72); a statement without any share
 * says so in words.
 */
export function ReportDisputedSection({ differences, personWord }: { differences: readonly ReportDifference[]; personWord?: PersonWord }) {
  const { t } = useTranslation(['report', 'instrument', 'team']);
  const pt = usePersonText(personWord ?? 'client');
  const anyWithheld = differences.some((d) => splitWithholds(d.split));
  const partName = (part: SplitPart) => t(`report:disputed.${part}`);
  return (
    <section className="report-section report-disputed" aria-labelledby="report-disputed">
      <h2 id="report-disputed">{t('report:disputed.title')}</h2>
      {differences.length === 0 ? (
        <p>{t('report:disputed.none')}</p>
      ) : (
        <>
          <p>{t('report:disputed.intro')}</p>
          <ol className="report-statements">
            {differences.map(({ instrumentId, itemId, split }) => (
              <li key={`${instrumentId}:${itemId}`}>
                <p className="report-statement">{pt(`instrument:${instrumentTextKey(instrumentId)}.items.${itemId}`)}</p>
                {SPLIT_PARTS.every((part) => split[part] === null) ? (
                  <p className="hint">{t('team:withheld.noShares')}</p>
                ) : (
                  <ul className="answer-split" aria-label={t('report:disputed.splitLabel')}>
                    {SPLIT_PARTS.map((part) => {
                      const percent = split[part];
                      return (
                        <li key={part} className={`split-${part}`}>
                          <span className="split-name">
                            {percent === null ? t('team:withheld.share', { name: partName(part) }) : t('report:disputed.part', { name: partName(part), percent })}
                          </span>
                          {percent !== null && (
                            <span className="split-track" aria-hidden="true">
                              <span className="split-bar" style={{ width: `${percent}%` }} />
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {anyWithheld && <p className="hint">{t('team:withheld.sharesNote')}</p>}
        </>
      )}
    </section>
  );
}
