import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useHistoryStore } from '../../stores/history-store';
import { useParticipationStore } from '../../stores/participation-store';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../model/instruments/registry';
import { joinCodeOptions, formatJoinCode } from '../../model/workshop/join-code';
import { normaliseWorkshopCode } from '../../model/codec/workshop-code';
import { randomNonce } from '../../model/codec/nonce';
import { secureRandom } from '../../lib/random';

/** A participant answers on their own phone; the result becomes a code to hand over. */
export default function AnswerPage() {
  const { t } = useTranslation(['participant', 'instrument']);
  const params = useParams();
  const navigate = useNavigate();
  const addResult = useHistoryStore((s) => s.add);
  const addParticipation = useParticipationStore((s) => s.add);
  const code = normaliseWorkshopCode(params.code ?? '');
  const options = joinCodeOptions(code);
  usePageTitle(t('participant:answerTitle', { code: formatJoinCode(code) }));
  if (!options) return <Navigate to={`/join/${params.code ?? ''}`} replace />;

  const instrument = SELF_CHECK;

  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">
        {t('participant:answerHeading', { code: formatJoinCode(code), title: t('instrument:selfCheck.title') })}
      </h1>
      <QuestionnaireRunner
        session={`join:${code}`}
        instrument={instrument}
        onFinish={(answers) => {
          const completedAt = new Date().toISOString();
          const resultId = options.hideOwnResult ? null : crypto.randomUUID();
          if (resultId) void addResult({ id: resultId, instrumentId: instrument.id, instrumentVersion: instrument.version, answers, completedAt });
          const id = crypto.randomUUID();
          addParticipation({
            id,
            workshopCode: code,
            instrumentId: instrument.id,
            instrumentVersion: instrument.version,
            answers,
            // Drawn once and kept: identical answers of two people are two codes, and this
            // result's code stays the same every time it is shown.
            nonce: randomNonce(secureRandom),
            resultId,
            completedAt,
          });
          void navigate(`/handover/${id}`, { replace: true });
        }}
      />
    </section>
  );
}
