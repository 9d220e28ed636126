import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { SELF_SESSION, useSession } from '../../stores/progress-store';
import { CURRENT_SELF_CHECK, findInstrument } from '../../model/instruments/registry';
import { requestPersistentStorage } from '../../lib/storage';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { PersonWordChoice } from '../../components/person-word/person-word-choice';

export default function SelfCheckPage() {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  usePageTitle(t('questionnaire:pageTitle'));
  const navigate = useNavigate();
  const addResult = useHistoryStore((s) => s.add);
  // A self-check begun before the app was updated is finished in the version it was begun in.
  const progress = useSession(SELF_SESSION);
  const SELF_CHECK = (progress && findInstrument(progress.instrumentId, progress.instrumentVersion)) ?? CURRENT_SELF_CHECK;

  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">{t('instrument:selfCheck.title')}</h1>
      {/* At the start only: the word names the person in every statement that follows. */}
      {(progress?.index ?? 0) === 0 && Object.keys(progress?.answers ?? {}).length === 0 && <PersonWordChoice />}
      <QuestionnaireRunner
        session={SELF_SESSION}
        instrument={SELF_CHECK}
        onFinish={async (answers) => {
          const id = crypto.randomUUID();
          const { written } = await addResult({ id, instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers, completedAt: new Date().toISOString() });
          void requestPersistentStorage();
          // A result that storage refused is still shown, with a warning and a file to keep it.
          void navigate(`/result/${id}`, { replace: true, state: { unsaved: !written } });
        }}
      />
      <p>
        <Link to="/">{t('questionnaire:toHome')}</Link>
      </p>
    </section>
  );
}
