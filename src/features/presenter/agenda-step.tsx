import { useTranslation } from 'react-i18next';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { AgendaItem } from '../../model/workshop/agenda';

/** What we want to talk about: the statements marked by two or more people, most marked first, without counts. */
export function AgendaStep({ agenda, several }: { agenda: readonly AgendaItem[]; several: boolean }) {
  const { t } = useTranslation(['presenter', 'instrument', 'workshop']);
  return (
    <div className="wall-agenda">
      <p>{t('presenter:agenda.intro')}</p>
      <ol className="wall-statements">
        {agenda.map((item) => {
          const key = instrumentTextKey(item.instrumentId);
          return (
            <li key={`${item.instrumentId}:${item.itemId}`}>
              <p className="wall-statement">{t(`instrument:${key}.items.${item.itemId}` as never)}</p>
              {several && <p className="wall-small">{t('presenter:agenda.from', { questionnaire: t(`workshop:questionnaireName.${key}` as never) })}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
