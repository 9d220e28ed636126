import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import {
  discardSequence,
  sequenceInProgress,
  useQuestionnaireSequence,
  type FinishedPart,
} from '../../components/questionnaire/use-questionnaire-sequence';
import { useProgressStore } from '../../stores/progress-store';
import { useWorkshop, useWorkshopStore } from '../../stores/workshop-store';
import type { Workshop } from '../../model/workshop/workshop';
import { inAnswerOrder } from '../../model/workshop/join-code';
import { findInstrument, instrumentTextKey } from '../../model/instruments/registry';
import type { Instrument } from '../../model/instruments/types';
import { randomNonce, toQrPayload } from '../../model/codec/result-code';
import { secureRandom } from '../../lib/random';
import { deviceLock, noteDroppedUnfinished, unlockDevice, useDeviceLock } from '../../stores/shared-device-lock';
import { PinSetup } from '../../components/device-lock/pin-setup';
import { DeviceUnlock } from '../../components/device-lock/device-unlock';
import type { UnlockedState } from '../../components/device-lock/dropped-unfinished-notice';
import './shared-device.css';

/** The workshop's questionnaires in the order a participant answers them: the self-check first. */
function answerOrder(workshop: Workshop): Instrument[] {
  return inAnswerOrder(workshop.questionnaires)
    .map((q) => findInstrument(q.instrumentId, q.instrumentVersion))
    .filter((instrument): instrument is Instrument => instrument !== undefined);
}

/**
 * Participants answer one after the other on the facilitator's device. It is handed round only
 * locked with the facilitator's PIN (decision 76). Between two people a neutral screen shows
 * nothing of the previous answers; no individual result is ever shown here, since the next person
 * would see it. A reload mid-way throws the unfinished answers away (decision 77): whoever holds
 * the device after a reload may be someone else. A workshop with two questionnaires asks both,
 * one after the other, and takes them in as one result.
 */
export default function SharedDevicePage() {
  const { t } = useTranslation(['workshop']);
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(t('workshop:sharedTitle'));
  const instruments = useMemo(() => (workshop ? answerOrder(workshop) : []), [workshop]);
  const usable = workshop !== undefined && instruments.length > 0 && instruments.length === workshop.questionnaires.length;

  const lock = useDeviceLock();
  const locked = lock !== null && lock.target.kind === 'workshop' && lock.target.id === id;
  // A workshop that is gone has nothing to protect: a lock on it is lifted rather than leaving
  // the device stuck on "not found".
  useEffect(() => {
    const current = deviceLock();
    if (!usable && current?.target.kind === 'workshop' && current.target.id === id) unlockDevice();
  }, [usable, id]);

  if (!workshop || !usable) {
    return (
      <section>
        <h1>{t('workshop:sharedTitle')}</h1>
        <p role="alert">{t('workshop:notFound')}</p>
        <Link to="/workshops">{t('workshop:backToList')}</Link>
      </section>
    );
  }
  // The facilitator still holds the device: a PIN first, then it is handed round.
  if (!locked) return <PinSetup target={{ kind: 'workshop', id: workshop.id }} back={`/workshops/${workshop.id}`} />;
  return <SharedDevice workshop={workshop} instruments={instruments} />;
}

function SharedDevice({ workshop, instruments }: { workshop: Workshop; instruments: readonly Instrument[] }) {
  const { t } = useTranslation(['workshop', 'instrument', 'shared']);
  const navigate = useNavigate();
  const session = `shared:${workshop.id}`;
  // Opened (after a reload, in a new tab) with a questionnaire half answered: whoever holds the
  // device now may be someone else, so those answers go, and the facilitator is told later.
  useEffect(() => {
    const { sessions } = useProgressStore.getState();
    if (!sequenceInProgress(sessions, session)) return;
    // A form opened but not answered is no result to tell of.
    const answered = Object.entries(sessions).some(([key, p]) => key.startsWith(`${session}:`) && Object.keys(p.answers).length > 0);
    discardSequence(session);
    if (answered) noteDroppedUnfinished();
  }, [session]);
  const [stage, setStage] = useState<'handover' | 'answering' | 'saving' | 'thanks'>('handover');
  const [outcome, setOutcome] = useState<'thanks' | 'duplicate' | 'full' | 'notSaved' | 'missing'>('thanks');
  const { step, finishPart } = useQuestionnaireSequence(session, instruments);

  const takeIn = async (parts: FinishedPart[]) => {
    // Leave the questionnaire first: with its progress gone, the sequence would start over.
    setStage('saving');
    discardSequence(session);
    // The canonical code is the fingerprint. A fresh nonce makes each person here a result
    // of their own, even when two people give exactly the same answers.
    const nonce = randomNonce(secureRandom);
    const fingerprint = toQrPayload({ workshopCode: workshop.code, nonce, questionnaires: parts.map(({ instrument, answers, marks }) => ({ instrument, answers, marks })) });
    const result = { fingerprint, nonce, parts: Object.fromEntries(parts.map(({ instrument, answers, marks }) => [instrument.id, { answers, marks: [...marks] }])) };
    const { value, written } = await useWorkshopStore.getState().takeIn(workshop.id, [result]);
    setOutcome(!written ? 'notSaved' : value.missing ? 'missing' : value.full ? 'full' : value.added === 0 ? 'duplicate' : 'thanks');
    setStage('thanks');
  };

  if (stage === 'answering' && step) {
    const title = String(t(`instrument:${instrumentTextKey(step.instrument.id)}.title` as never));
    const questionnaire = String(t(`workshop:questionnaireName.${instrumentTextKey(step.instrument.id)}` as never));
    if (step.kind === 'between') {
      return (
        <section className="questionnaire-page">
          <h1>{t('workshop:sharedPartTitle', { part: step.index + 1, total: step.total, questionnaire })}</h1>
          <p>{t('workshop:sharedPartDone', { part: step.index })}</p>
          <p>{t('workshop:sharedPartNext', { questionnaire, number: step.instrument.items.length })}</p>
          <button type="button" className="primary" onClick={step.proceed}>
            {t('workshop:sharedPartStart', { part: step.index + 1 })}
          </button>
        </section>
      );
    }
    return (
      <section className="questionnaire-page">
        <h1 className="page-kicker">
          {step.total > 1
            ? t('workshop:sharedAnsweringPart', { name: workshop.name, part: step.index + 1, total: step.total, title })
            : t('workshop:sharedAnswering', { name: workshop.name })}
        </h1>
        <QuestionnaireRunner
          key={step.session}
          session={step.session}
          instrument={step.instrument}
          allowMarks
          personWord={workshop.personWord}
          finishLabel={step.index < step.total - 1 ? t('workshop:partNextButton', { part: step.index + 2 }) : undefined}
          onFinish={(answers, marks) => {
            const parts = finishPart(step.instrument, answers, marks);
            if (parts) void takeIn(parts);
          }}
        />
      </section>
    );
  }

  if (stage === 'saving') return null;

  return (
    <section className="handover-screen">
      <h1>{t('workshop:handoverTitle')}</h1>
      {stage === 'thanks' && (
        <p role={outcome === 'thanks' ? 'status' : 'alert'} className={`notice ${outcome === 'thanks' ? 'notice-ok' : 'notice-warning'}`}>
          {t(outcome === 'thanks' ? 'workshop:sharedThanks' : outcome === 'duplicate' ? 'workshop:sharedDuplicate' : outcome === 'full' ? 'workshop:sharedFull' : outcome === 'missing' ? 'workshop:sharedMissing' : 'workshop:sharedNotSaved')}
        </p>
      )}
      {/* Always: whether the screen is mirrored to a projector cannot be detected. */}
      <p className="notice notice-warning shared-mirror-warning">{t('shared:mirrorWarning')}</p>
      <p>{t('workshop:handoverIntro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary large"
          onClick={() => {
            // A new person never sees the answers of whoever stopped half-way.
            discardSequence(session);
            useProgressStore.getState().discard(session);
            setStage('answering');
          }}
        >
          {t('workshop:handoverStart')}
        </button>
      </div>
      <div className="shared-stop">
        <p className="hint">{t('shared:lockedNote')}</p>
        <DeviceUnlock
          label={t('shared:unlock.buttonWorkshop')}
          onUnlocked={(dropped) => {
            const state: UnlockedState = { droppedUnfinished: dropped };
            void navigate(`/workshops/${workshop.id}`, { state });
          }}
        />
      </div>
    </section>
  );
}
