import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useProgressStore } from '../../stores/progress-store';
import { useWorkshop, useWorkshopStore } from '../../stores/workshop-store';
import { mainQuestionnaire } from '../../model/workshop/workshop';
import { findInstrument } from '../../model/instruments/registry';
import { randomNonce, toQrPayload } from '../../model/codec/result-code';
import { secureRandom } from '../../lib/random';

/**
 * Participants answer one after the other on the facilitator's device. Between two people a
 * neutral screen shows nothing of the previous answers; no individual result is ever shown here,
 * since the next person would see it. A half-finished questionnaire survives a reload as usual.
 */
export default function SharedDevicePage() {
  const { t } = useTranslation(['workshop', 'instrument']);
  const { id } = useParams();
  const workshop = useWorkshop(id);
  const session = `shared:${id ?? ''}`;
  const inProgress = useProgressStore((s) => session in s.sessions);
  // Always open on the neutral screen: a half-finished questionnaire may be someone else's.
  const [stage, setStage] = useState<'handover' | 'answering' | 'thanks'>('handover');
  const [outcome, setOutcome] = useState<'thanks' | 'duplicate' | 'full' | 'notSaved'>('thanks');
  usePageTitle(t('workshop:sharedTitle'));
  const questionnaire = workshop && mainQuestionnaire(workshop);
  const instrument = questionnaire && findInstrument(questionnaire.instrumentId, questionnaire.instrumentVersion);

  if (!workshop || !instrument) {
    return (
      <section>
        <h1>{t('workshop:sharedTitle')}</h1>
        <p role="alert">{t('workshop:notFound')}</p>
        <Link to="/workshops">{t('workshop:backToList')}</Link>
      </section>
    );
  }

  if (stage === 'answering') {
    return (
      <section className="questionnaire-page">
        <h1 className="page-kicker">{t('workshop:sharedAnswering', { name: workshop.name })}</h1>
        <QuestionnaireRunner
          session={session}
          instrument={instrument}
          onFinish={async (answers) => {
            // The canonical code is the fingerprint. A fresh nonce makes each person here a result
            // of their own, even when two people give exactly the same answers.
            const nonce = randomNonce(secureRandom);
            const fingerprint = toQrPayload({ workshopCode: workshop.code, nonce, questionnaires: [{ instrument, answers }] });
            const result = { fingerprint, nonce, parts: { [instrument.id]: { answers, marks: [] } } };
            const { value, written } = await useWorkshopStore.getState().takeIn(workshop.id, [result]);
            setOutcome(!written ? 'notSaved' : value.full ? 'full' : value.added === 0 ? 'duplicate' : 'thanks');
            setStage('thanks');
          }}
        />
      </section>
    );
  }

  return (
    <section className="handover-screen">
      <h1>{t('workshop:handoverTitle')}</h1>
      {stage === 'thanks' && (
        <p role={outcome === 'thanks' ? 'status' : 'alert'} className={`notice ${outcome === 'thanks' ? 'notice-ok' : 'notice-warning'}`}>
          {t(outcome === 'thanks' ? 'workshop:sharedThanks' : outcome === 'duplicate' ? 'workshop:sharedDuplicate' : outcome === 'full' ? 'workshop:sharedFull' : 'workshop:sharedNotSaved')}
        </p>
      )}
      <p>{t('workshop:handoverIntro')}</p>
      {inProgress && stage === 'handover' && <p>{t('workshop:sharedUnfinished')}</p>}
      <div className="button-row">
        {inProgress && stage === 'handover' && (
          <button type="button" onClick={() => setStage('answering')}>
            {t('workshop:sharedContinue')}
          </button>
        )}
        <button
          type="button"
          className="primary large"
          onClick={() => {
            // A new person never sees the answers of whoever stopped half-way.
            useProgressStore.getState().discard(session);
            setStage('answering');
          }}
        >
          {t('workshop:handoverStart')}
        </button>
        <Link className="button" to={`/workshops/${workshop.id}`}>
          {t('workshop:handoverDone')}
        </Link>
      </div>
    </section>
  );
}
