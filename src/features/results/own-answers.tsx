import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { findInstrument, instrumentTextKey } from '../../model/instruments/registry';
import { strongestStatements } from '../../model/scoring/statement-weight';
import type { SavedResult } from '../../model/results/saved-result';
import { usePersonText } from '../../components/person-word/use-person-word';

/**
 * The person's own answers: every statement with the answer given (folded away, it is long),
 * and first the statements that moved each scale most, up or down. On paper all of it is
 * unfolded: the print is a sheet to talk over (decision 82).
 */
export function OwnAnswers({ saved }: { saved: SavedResult }) {
  const { t } = useTranslation(['results', 'instrument']);
  const pt = usePersonText();
  const titleId = useId();
  const folded = useRef<HTMLDetailsElement>(null);
  useUnfoldForPrint(folded);
  const instrument = findInstrument(saved.instrumentId, saved.instrumentVersion);
  if (!instrument) return null;
  const textKey = instrumentTextKey(instrument.id);
  const statement = (id: string) => pt(`instrument:${textKey}.items.${id}`);
  const answerText = (id: string) => {
    const answer = saved.answers[id];
    return answer === undefined ? t('results:answerSkipped') : t(`instrument:answerScales.${instrument.answerScale.id}.${answer}` as never);
  };
  const pulls = strongestStatements(instrument, saved.answers);

  return (
    <section aria-labelledby={titleId} className="own-answers">
      <h2 id={titleId}>{t('results:ownAnswersTitle')}</h2>
      {pulls.length > 0 && (
        <>
          <p>{t('results:strongestIntro')}</p>
          <ul>
            {pulls.map((p) => (
              <li key={p.itemId}>
                <strong>{t(`instrument:scales.${p.scale}` as never)}</strong> {p.pull > 0 ? t('results:pullUp') : t('results:pullDown')}: “{statement(p.itemId)}”{' '}
                ({answerText(p.itemId)})
              </li>
            ))}
          </ul>
        </>
      )}
      <details ref={folded}>
        <summary>{t('results:allAnswers', { count: instrument.items.length })}</summary>
        <table className="data-table">
          <caption>{t('results:allAnswersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:column.statement')}</th>
              <th scope="col">{t('results:column.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {instrument.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{statement(item.id)}</th>
                <td>{answerText(item.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/**
 * Opens the folded answers while the page is printed, and folds them back after. result-print.css
 * unfolds them with `::details-content`; this is for browsers without it (Safari before 18.4).
 */
function useUnfoldForPrint(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    let wasOpen = false;
    const unfold = () => {
      const details = ref.current;
      if (!details) return;
      wasOpen = details.open;
      details.open = true;
    };
    const restore = () => {
      if (ref.current) ref.current.open = wasOpen;
    };
    window.addEventListener('beforeprint', unfold);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', unfold);
      window.removeEventListener('afterprint', restore);
    };
  }, [ref]);
}
