import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { CLIMATE_SESSION } from '../../stores/keys';
import { latestInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { requestPersistentStorage } from '../../lib/storage';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';

/**
 * The team climate questionnaire answered alone, outside a workshop (decision 87): the person's
 * own view of the team, kept in the history like a self-check and shown on the climate result page.
 */
export default function ClimateCheckPage() {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  usePageTitle(t('questionnaire:climate.pageTitle'));
  const navigate = useNavigate();
  const addResult = useHistoryStore((s) => s.add);
  const instrument = latestInstrument(TEAM_CLIMATE.id) ?? TEAM_CLIMATE;

  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">{t('questionnaire:climate.pageTitle')}</h1>
      <p>{t('questionnaire:climate.intro')}</p>
      <QuestionnaireRunner
        session={CLIMATE_SESSION}
        instrument={instrument}
        onFinish={async (answers) => {
          const id = crypto.randomUUID();
          const { written } = await addResult({ id, instrumentId: instrument.id, instrumentVersion: instrument.version, answers, completedAt: new Date().toISOString() });
          void requestPersistentStorage();
          void navigate(`/result/${id}`, { replace: true, state: { unsaved: !written } });
        }}
      />
      <p>
        <Link to="/">{t('questionnaire:toHome')}</Link>
      </p>
    </section>
  );
}
