import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SELF_SESSION, useSession } from '../../stores/progress-store';
import { CURRENT_SELF_CHECK, findInstrument } from '../../model/instruments/registry';
import { useKeepInHistory } from './use-keep-in-history';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { PersonWordChoice } from '../../components/person-word/person-word-choice';

export default function SelfCheckPage() {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  usePageTitle(t('questionnaire:pageTitle'));
  // A self-check begun before the app was updated is finished in the version it was begun in.
  const progress = useSession(SELF_SESSION);
  const SELF_CHECK = (progress && findInstrument(progress.instrumentId, progress.instrumentVersion)) ?? CURRENT_SELF_CHECK;
  const keep = useKeepInHistory(SELF_CHECK);

  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">{t('instrument:selfCheck.title')}</h1>
      {/* At the start only: the word names the person in every statement that follows. */}
      {(progress?.index ?? 0) === 0 && Object.keys(progress?.answers ?? {}).length === 0 && <PersonWordChoice />}
      <QuestionnaireRunner
        session={SELF_SESSION}
        instrument={SELF_CHECK}
        onFinish={keep}
      />
      <p>
        <Link to="/">{t('questionnaire:toHome')}</Link>
      </p>
    </section>
  );
}
