import { useTranslation } from 'react-i18next';
import { usePersonText } from '../../components/person-word/use-person-word';
import type { PersonWord } from '../../model/people/person-word';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { ReportAgendaItem } from '../../model/team-report/types';

/**
 * What you want to talk about: the wall's agenda (statements marked by two or more people, most
 * marked first), without the number of marks. With both questionnaires each names its own.
 */
export function ReportAgendaSection({ agenda, several, personWord }: { agenda: readonly ReportAgendaItem[]; several: boolean; personWord?: PersonWord }) {
  const { t } = useTranslation(['report', 'instrument', 'workshop']);
  const pt = usePersonText(personWord ?? 'client');
  return (
    <section className="report-section report-keep" aria-labelledby="report-agenda">
      <h2 id="report-agenda">{t('report:agenda.title')}</h2>
      <p>{t('report:agenda.intro')}</p>
      <ol className="report-statements">
        {agenda.map((item) => {
          const key = instrumentTextKey(item.instrumentId);
          return (
            <li key={`${item.instrumentId}:${item.itemId}`}>
              <p className="report-statement">{pt(`instrument:${key}.items.${item.itemId}`)}</p>
              {several && <p className="hint">{t('report:agenda.from', { questionnaire: t(`workshop:questionnaireName.${key}` as never) })}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
