import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { findInstrument, instrumentTextKey } from '../../model/instruments/registry';
import { strongestStatements } from '../../model/scoring/statement-weight';
import type { SavedResult } from '../../model/results/saved-result';

/**
 * The person's own answers: every statement with the answer given (folded away, it is long),
 * and first the statements that moved each scale most, up or down.
 */
export function OwnAnswers({ saved }: { saved: SavedResult }) {
  const { t } = useTranslation(['results', 'instrument']);
  const titleId = useId();
  const instrument = findInstrument(saved.instrumentId, saved.instrumentVersion);
  if (!instrument) return null;
  const textKey = instrumentTextKey(instrument.id);
  const statement = (id: string) => t(`instrument:${textKey}.items.${id}` as never);
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
      <details>
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
