import { useTranslation } from 'react-i18next';
import { instrumentTextKey } from '../../model/instruments/registry';
import { SPLIT_PARTS, type ReportSelfCheck, type SplitPart } from '../../model/team-report/types';

/**
 * The statements on which the team differs most, each with its answers split in three bars
 * (disagree, neither, agree) in percent of those who answered; never a count, and no number on
 * a part of one person.
 */
export function ReportDisputedSection({ selfCheck }: { selfCheck: ReportSelfCheck }) {
  const { t } = useTranslation(['report', 'instrument']);
  const textKey = instrumentTextKey(selfCheck.instrumentId);
  const splitOf = (itemId: string) => selfCheck.statements.find((s) => s.itemId === itemId)?.split ?? null;
  const anyHidden = selfCheck.disputed.some((d) => (splitOf(d.itemId)?.unlabelled.length ?? 0) > 0);
  const partName = (part: SplitPart) => t(`report:disputed.${part}`);
  return (
    <section className="report-section report-disputed" aria-labelledby="report-disputed">
      <h2 id="report-disputed">{t('report:disputed.title')}</h2>
      {selfCheck.disputed.length === 0 ? (
        <p>{t('report:disputed.none')}</p>
      ) : (
        <>
          <p>{t('report:disputed.intro')}</p>
          <ol className="report-statements">
            {selfCheck.disputed.map((d) => {
              const split = splitOf(d.itemId);
              return (
                <li key={d.itemId}>
                  <p className="report-statement">{t(`instrument:${textKey}.items.${d.itemId}` as never)}</p>
                  {split && (
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
                  )}
                </li>
              );
            })}
          </ol>
          {anyHidden && <p className="hint">{t('report:disputed.hiddenNote')}</p>}
        </>
      )}
    </section>
  );
}
