import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/table-scroll';
import type { Answer, Answers, Instrument } from '../../model/instruments/types';

/**
 * What a client and the professional look at together at the table, on the locked device: the
 * two views side by side, statement by statement, in the client's words ("Jouw coach", "Jij",
 * the answer words they chose from). No mode names, no scores, no reflection questions for the
 * professional, and nothing to navigate to (decision 78). `client` is what this client just
 * gave, never read back from the conversation; `mirror` is the professional's own form, if any;
 * `instrument` is the conversation's client form (its version's statements).
 */
export function TableTogetherView({
  instrument,
  client,
  mirror,
  word,
  onClose,
}: {
  instrument: Instrument;
  client: Answers;
  mirror: Answers | null;
  word: string;
  onClose: () => void;
}) {
  const { t } = useTranslation(['client', 'instrument']);
  const answer = (value: Answer | undefined) => (value === undefined ? '–' : t(`instrument:answerScales.frequency.${value}` as never));
  const professional = t('client:together.professional', { word });
  return (
    <section aria-labelledby="together-title" className="table-together">
      <h1 id="together-title">{t('client:together.title')}</h1>
      <p>{t('client:together.intro', { word })}</p>
      {mirror === null && <p className="notice">{t('client:together.noMirror', { word })}</p>}
      <TableScroll label={t('client:together.caption', { word })}>
        <table className="data-table statement-table">
          <caption>{t('client:together.caption', { word })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('client:together.statement')}</th>
              <th scope="col">{t('client:together.you')}</th>
              {mirror && <th scope="col">{professional}</th>}
            </tr>
          </thead>
          <tbody>
            {instrument.items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{t(`instrument:clientCheck.items.${item.id}` as never, { word })}</th>
                <td>{answer(client[item.id])}</td>
                {mirror && <td>{answer(mirror[item.id])}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <button type="button" onClick={onClose}>
          {t('client:together.close')}
        </button>
      </p>
    </section>
  );
}
