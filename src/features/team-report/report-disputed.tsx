import { useTranslation } from 'react-i18next';
import { instrumentTextKey } from '../../model/instruments/registry';
import { SPLIT_PARTS, type ReportDifference, type SplitPart } from '../../model/team-report/types';

/**
 * Where you differ: the wall's list, item for item (both questionnaires, most disputed first),
 * each with its answers split in three bars (disagree, neither, agree) in percent of those who
 * answered; never a count, and no number on a part of one person.
 */
export function ReportDisputedSection({ differences }: { differences: readonly ReportDifference[] }) {
  const { t } = useTranslation(['report', 'instrument']);
  const anyHidden = differences.some((d) => d.split.unlabelled.length > 0);
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
                <p className="report-statement">{t(`instrument:${instrumentTextKey(instrumentId)}.items.${itemId}` as never)}</p>
                <ul className="answer-split" aria-label={t('report:disputed.splitLabel')}>
                  {SPLIT_PARTS.map((part) => {
                    const hidden = split.unlabelled.includes(part);
                    return (
                      <li key={part} className={`split-${part}`}>
                        <span className="split-name">
                          {hidden ? t('report:disputed.partHidden', { name: partName(part) }) : t('report:disputed.part', { name: partName(part), percent: split[part] })}
                        </span>
                        <span className="split-track" aria-hidden="true">
                          <span className="split-bar" style={{ width: `${split[part]}%` }} />
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
          {anyHidden && <p className="hint">{t('report:disputed.hiddenNote')}</p>}
        </>
      )}
    </section>
  );
}
