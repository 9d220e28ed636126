import { useTranslation } from 'react-i18next';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { AgendaItem } from '../../model/workshop/agenda';
import type { PersonWord } from '../../model/people/person-word';
import { usePersonText } from '../../components/person-word/use-person-word';

/** What we want to talk about: the statements marked by two or more people, most marked first, without counts. */
/** `personWord`: the workshop's word for the person worked with, as on the phones (decision 85). */
export function AgendaStep({ agenda, several, personWord }: { agenda: readonly AgendaItem[]; several: boolean; personWord?: PersonWord }) {
  const { t } = useTranslation(['presenter', 'instrument', 'workshop']);
  const pt = usePersonText(personWord ?? 'client');
  return (
    <div className="wall-agenda">
      <p>{t('presenter:agenda.intro')}</p>
      <ol className="wall-statements">
        {agenda.map((item) => {
          const key = instrumentTextKey(item.instrumentId);
          return (
            <li key={`${item.instrumentId}:${item.itemId}`}>
              <p className="wall-statement">{pt(`instrument:${key}.items.${item.itemId}`)}</p>
              {several && <p className="wall-small">{t('presenter:agenda.from', { questionnaire: t(`workshop:questionnaireName.${key}` as never) })}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
