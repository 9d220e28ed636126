import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLIMATE_SESSION } from '../../stores/keys';
import { latestInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { useKeepInHistory } from './use-keep-in-history';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';

/**
 * The team climate questionnaire answered alone, outside a workshop (decision 87): the person's
 * own view of the team, kept in the history like a self-check and shown on the climate result page.
 */
export default function ClimateCheckPage() {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  usePageTitle(t('questionnaire:climate.pageTitle'));
  const instrument = latestInstrument(TEAM_CLIMATE.id) ?? TEAM_CLIMATE;
  const keep = useKeepInHistory(instrument);

  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">{t('questionnaire:climate.pageTitle')}</h1>
      <p>{t('questionnaire:climate.intro')}</p>
      <QuestionnaireRunner
        session={CLIMATE_SESSION}
        instrument={instrument}
        onFinish={keep}
      />
      <p>
        <Link to="/">{t('questionnaire:toHome')}</Link>
      </p>
    </section>
  );
}
