import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { PinSetup } from '../../components/device-lock/pin-setup';
import { DeviceUnlock } from '../../components/device-lock/device-unlock';
import type { UnlockedState } from '../../components/device-lock/dropped-unfinished-notice';
import { useClientCollection, useClientStore } from '../../stores/client-store';
import { useProgressStore } from '../../stores/progress-store';
import { moveLock, noteDroppedUnfinished, useDeviceLock } from '../../stores/shared-device-lock';
import { formsOf, isClientView, mirrorAnswers, nextTableConversation, resultOfForm, type ClientCollection } from '../../model/client/collection';
import { randomNonce } from '../../model/codec/result-code';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { secureRandom } from '../../lib/random';
import type { Answers } from '../../model/instruments/types';
import { ClientFrame } from './client-frame';
import { ClientStart } from './client-start';
import { ReadAloud } from './read-aloud';
import { TableChoice } from './table-choice';
import { TableTogetherView } from './table-together-view';

type Step =
  | { kind: 'start' }
  | { kind: 'answer' }
  /** Finished, not yet given: the client gives the answers or takes them back. */
  | { kind: 'review'; answers: Answers }
  /** Given answers that found the conversation taken (another tab): held until a choice is made. */
  | { kind: 'held'; answers: Answers }
  | { kind: 'done'; answers: Answers }
  | { kind: 'together'; answers: Answers }
  /** Nothing of anyone on screen: taken back, looked at, or opened again after a reload. */
  | { kind: 'returned'; takenBack: boolean }
  | { kind: 'notSaved' }
  | { kind: 'missing' };

const newNonce = () => randomNonce(secureRandom);

/**
 * A client answering at the table on the professional's device (`#/clients/:id/table`). The
 * professional chooses a PIN before handing the device over; until it is typed again, every
 * address, the Back button included, leads back to this screen (decision 76). The client reads
 * where the answers go, answers, and then gives them or takes them back; only given answers are
 * stored, in this conversation, never in the professional's own history. The end screen shows
 * only the two views side by side. A reload mid-way throws the unfinished answers away, so the
 * next client never meets them (decision 77). A conversation holds one client (decision 55).
 */
export default function ClientTablePage() {
  const { t } = useTranslation(['client', 'instrument', 'shared']);
  const { id } = useParams();
  const navigate = useNavigate();
  const collection = useClientCollection(id);
  const word = collection ? t(`client:words.${collection.word}`) : '';
  usePageTitle(t('client:phone.title', { word }));
  const lock = useDeviceLock();
  const locked = lock !== null && lock.target.kind === 'table' && lock.target.id === id ? lock.target : null;
  const [step, setStep] = useState<Step>({ kind: 'start' });
  /** The professional chose, before locking, that the previous client answers again. */
  const [replaceChosen, setReplaceChosen] = useState(false);
  const session = `table:${id ?? ''}`;

  // Opened with a form half answered (a reload, a new tab): it may be another client's.
  useEffect(() => {
    const progress = useProgressStore.getState().sessions[session];
    if (!progress) return;
    useProgressStore.getState().discard(session);
    if (Object.keys(progress.answers).length > 0) noteDroppedUnfinished();
  }, [session]);

  if (!collection || step.kind === 'missing') {
    return (
      <ClientFrame>
        <h1>{t('client:collection.titleTable')}</h1>
        <p role="alert">{t('client:collection.notFound')}</p>
        {!locked && <Link to="/clients">{t('client:collection.back')}</Link>}
      </ClientFrame>
    );
  }

  const taken = collection.results.some(isClientView);
  // The conversation's own form version, for every client of it (decision 88).
  const form = formsOf(collection).check;

  /** A new conversation for the next client, with these answers in it when there are any. */
  const startNext = async (answers?: Answers) => {
    const next = nextTableConversation(collection, crypto.randomUUID(), generateWorkshopCode(secureRandom), new Date().toISOString(), newNonce());
    const withClient: ClientCollection = answers ? { ...next, results: [...next.results, resultOfForm(next.code, formsOf(next).check, answers, newNonce())] } : next;
    const { written } = await useClientStore.getState().create(withClient);
    if (!answers) {
      void navigate(`/clients/${next.id}/table`);
      return;
    }
    if (!written) return setStep({ kind: 'notSaved' });
    // The lock goes along with the client's answers.
    moveLock({ kind: 'table', id: next.id, replace: false });
    setStep({ kind: 'done', answers });
    void navigate(`/clients/${next.id}/table`, { replace: true });
  };

  const saved = (answers: Answers) => {
    // A reload from here on shows the neutral screen, not the form again.
    moveLock({ kind: 'table', id: collection.id, replace: false });
    setStep({ kind: 'done', answers });
  };

  const replace = async (answers: Answers) => {
    const { written, value } = await useClientStore.getState().replaceTableClient(collection.id, resultOfForm(collection.code, form, answers, newNonce()));
    if (!value) setStep({ kind: 'missing' });
    else if (!written) setStep({ kind: 'notSaved' });
    else saved(answers);
  };

  const give = async (answers: Answers) => {
    if (locked?.replace) return replace(answers);
    const { written, value } = await useClientStore.getState().takeIn(collection.id, [resultOfForm(collection.code, form, answers, newNonce())]);
    if (value.missing) setStep({ kind: 'missing' });
    else if (value.tableTaken) setStep({ kind: 'held', answers });
    else if (!written) setStep({ kind: 'notSaved' });
    else saved(answers);
  };

  // The professional still holds the device: choose for a conversation that has a client, then a PIN.
  if (!locked) {
    return (
      <ClientFrame>
        {taken && !replaceChosen ? (
          <TableChoice
            title={t('client:table.takenTitle')}
            text={t('client:table.takenText')}
            onNew={() => void startNext()}
            newLabel={t('client:table.newConversation')}
            onReplace={() => setReplaceChosen(true)}
            replaceLabel={t('client:table.answerAgain')}
            back={`/clients/${collection.id}`}
          />
        ) : (
          <PinSetup target={{ kind: 'table', id: collection.id, replace: replaceChosen }} back={`/clients/${collection.id}`} />
        )}
      </ClientFrame>
    );
  }

  // Opened again on a conversation whose client has answered: nothing of it, only the way back.
  const shown: Step = step.kind === 'start' && taken && !locked.replace ? { kind: 'returned', takenBack: false } : step;
  const unlock = (
    <div className="shared-stop">
      <DeviceUnlock
        label={t('shared:unlock.buttonTable', { word })}
        onUnlocked={(dropped) => {
          const state: UnlockedState = { droppedUnfinished: dropped };
          void navigate(`/clients/${collection.id}`, { state });
        }}
      />
    </div>
  );
  const mirrors = mirrorAnswers(collection);

  return (
    <ClientFrame>
      {shown.kind !== 'held' && <p className="hint">{t('client:table.forClient')}</p>}
      {shown.kind === 'start' && <ClientStart word={word} where="table" onStart={() => setStep({ kind: 'answer' })} />}
      {shown.kind === 'answer' && (
        <section className="questionnaire-page client-questionnaire">
          <h1 className="page-kicker">{t('instrument:clientCheck.title', { word })}</h1>
          <QuestionnaireRunner
            session={session}
            instrument={form}
            textValues={{ word }}
            finishLabel={t('client:phone.finish')}
            forClient
            readAloud={(text, part) => <ReadAloud text={text} part={part} announceMissing={part === 'question'} />}
            onFinish={(answers) => setStep({ kind: 'review', answers })}
          />
        </section>
      )}
      {shown.kind === 'review' && (
        <section aria-labelledby="table-review-title">
          <h1 id="table-review-title">{t('client:table.reviewTitle')}</h1>
          <p>{t('client:table.reviewText', { word })}</p>
          <p>
            <button type="button" className="primary big-button" onClick={() => void give(shown.answers)}>
              {t('client:table.give', { word })}
            </button>
          </p>
          <p>
            <button type="button" className="big-button" onClick={() => setStep({ kind: 'returned', takenBack: true })}>
              {t('client:table.takeBack')}
            </button>
          </p>
        </section>
      )}
      {shown.kind === 'held' && (
        <TableChoice
          title={t('client:table.heldTitle')}
          text={t('client:table.heldText')}
          onNew={() => void startNext(shown.answers)}
          newLabel={t('client:table.saveInNew')}
          onReplace={() => void replace(shown.answers)}
          replaceLabel={t('client:table.saveReplacing')}
        />
      )}
      {shown.kind === 'done' && (
        <section aria-labelledby="table-done-title">
          <h1 id="table-done-title">{t('client:table.doneTitle')}</h1>
          <p>{t('client:table.doneText', { word })}</p>
          <button type="button" className="primary big-button" onClick={() => setStep({ kind: 'together', answers: shown.answers })}>
            {t('client:table.viewTogether')}
          </button>
        </section>
      )}
      {shown.kind === 'together' && (
        <TableTogetherView instrument={form} client={shown.answers} mirror={mirrors.length === 1 ? (mirrors[0] ?? null) : null} word={word} onClose={() => setStep({ kind: 'returned', takenBack: false })} />
      )}
      {shown.kind === 'returned' && (
        <section aria-labelledby="table-returned-title">
          <h1 id="table-returned-title">{t(shown.takenBack ? 'client:table.takenBackTitle' : 'client:table.returnTitle', { word })}</h1>
          <p role={shown.takenBack ? 'status' : undefined}>{t(shown.takenBack ? 'client:table.takenBackText' : 'client:table.returnText', { word })}</p>
        </section>
      )}
      {shown.kind === 'notSaved' && <p role="alert">{t('client:table.notSaved')}</p>}
      {shown.kind !== 'answer' && unlock}
    </ClientFrame>
  );
}
