import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useClientCollection, useClientStore } from '../../stores/client-store';
import { CLIENT_CHECK } from '../../model/instruments/client-check';
import { isClientView, nextTableConversation, resultOfForm, type ClientCollection } from '../../model/client/collection';
import { randomNonce } from '../../model/codec/result-code';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { secureRandom } from '../../lib/random';
import type { Answers } from '../../model/instruments/types';
import { ClientFrame } from './client-frame';
import { ClientStart } from './client-start';
import { ReadAloud } from './read-aloud';

type Step =
  /** `replace`: the professional chose that the previous client answers again. */
  | { kind: 'start'; replace: boolean }
  /** A client already answered here: the professional chooses before the device is handed over. */
  | { kind: 'taken' }
  | { kind: 'answer'; replace: boolean }
  /** Finished answers that found the conversation taken (another tab): held until a choice is made. */
  | { kind: 'held'; answers: Answers }
  | { kind: 'done' }
  | { kind: 'notSaved' }
  | { kind: 'missing' };

const newNonce = () => randomNonce(secureRandom);

/**
 * A client answering at the table on the professional's device (`#/clients/:id/table`). The
 * screen shows only the client's questions (ClientFrame: nothing to navigate to), and the answers
 * go straight into this conversation, never into the professional's own history. A conversation
 * holds one client: a next client gets a new conversation, or replaces the earlier answers, by
 * the professional's choice, and finished answers are never thrown away (decision 55).
 */
export default function ClientTablePage() {
  const { t } = useTranslation(['client', 'instrument']);
  const { id } = useParams();
  const navigate = useNavigate();
  const collection = useClientCollection(id);
  const word = collection ? t(`client:words.${collection.word}`) : '';
  usePageTitle(t('client:phone.title', { word }));
  const [step, setStep] = useState<Step>({ kind: 'start', replace: false });

  if (!collection || step.kind === 'missing') {
    return (
      <ClientFrame>
        <h1>{t('client:collection.titleTable')}</h1>
        <p role="alert">{t('client:collection.notFound')}</p>
        <Link to="/clients">{t('client:collection.back')}</Link>
      </ClientFrame>
    );
  }

  const taken = collection.results.some(isClientView);
  const shownStep: Step = step.kind === 'start' && !step.replace && taken ? { kind: 'taken' } : step;

  /** A new conversation for the next client, with these answers in it when there are any. */
  const startNext = async (answers?: Answers) => {
    const next = nextTableConversation(collection, crypto.randomUUID(), generateWorkshopCode(secureRandom), new Date().toISOString(), newNonce());
    const withClient: ClientCollection = answers ? { ...next, results: [...next.results, resultOfForm(next.code, CLIENT_CHECK, answers, newNonce())] } : next;
    const { written } = await useClientStore.getState().create(withClient);
    if (!answers) {
      void navigate(`/clients/${next.id}/table`);
      return;
    }
    setStep({ kind: written ? 'done' : 'notSaved' });
    if (written) void navigate(`/clients/${next.id}/table`, { replace: true, state: null });
  };

  const replace = async (answers: Answers) => {
    const { written, value } = await useClientStore.getState().replaceTableClient(collection.id, resultOfForm(collection.code, CLIENT_CHECK, answers, newNonce()));
    setStep({ kind: !value ? 'missing' : written ? 'done' : 'notSaved' });
  };

  const finish = async (answers: Answers, replacing: boolean) => {
    if (replacing) return replace(answers);
    const { written, value } = await useClientStore.getState().takeIn(collection.id, [resultOfForm(collection.code, CLIENT_CHECK, answers, newNonce())]);
    if (value.missing) setStep({ kind: 'missing' });
    else if (value.tableTaken) setStep({ kind: 'held', answers });
    else setStep({ kind: written ? 'done' : 'notSaved' });
  };

  return (
    <ClientFrame>
      {shownStep.kind !== 'taken' && shownStep.kind !== 'held' && <p className="hint">{t('client:table.forClient')}</p>}
      {shownStep.kind === 'start' && <ClientStart word={word} onStart={() => setStep({ kind: 'answer', replace: shownStep.replace })} />}
      {shownStep.kind === 'taken' && (
        <TableChoice
          title={t('client:table.takenTitle')}
          text={t('client:table.takenText')}
          onNew={() => void startNext()}
          newLabel={t('client:table.newConversation')}
          onReplace={() => setStep({ kind: 'start', replace: true })}
          replaceLabel={t('client:table.answerAgain')}
          back={`/clients/${collection.id}`}
        />
      )}
      {shownStep.kind === 'answer' && (
        <section className="questionnaire-page client-questionnaire">
          <h1 className="page-kicker">{t('instrument:clientCheck.title', { word })}</h1>
          <QuestionnaireRunner
            session={`table:${collection.id}`}
            instrument={CLIENT_CHECK}
            textValues={{ word }}
            finishLabel={t('client:phone.finish')}
            renderExtra={(text) => <ReadAloud text={text} />}
            onFinish={(answers) => void finish(answers, shownStep.replace)}
          />
        </section>
      )}
      {shownStep.kind === 'held' && (
        <TableChoice
          title={t('client:table.heldTitle')}
          text={t('client:table.heldText')}
          onNew={() => void startNext(shownStep.answers)}
          newLabel={t('client:table.saveInNew')}
          onReplace={() => void replace(shownStep.answers)}
          replaceLabel={t('client:table.saveReplacing')}
        />
      )}
      {shownStep.kind === 'done' && (
        <section aria-labelledby="table-done-title">
          <h1 id="table-done-title">{t('client:table.doneTitle')}</h1>
          <p>{t('client:table.doneText', { word })}</p>
          <Link className="button primary big-button" to={`/clients/${collection.id}`}>
            {t('client:table.viewTogether')}
          </Link>
        </section>
      )}
      {shownStep.kind === 'notSaved' && <p role="alert">{t('client:table.notSaved')}</p>}
    </ClientFrame>
  );
}

function TableChoice(props: { title: string; text: string; onNew: () => void; newLabel: string; onReplace: () => void; replaceLabel: string; back?: string }) {
  const { t } = useTranslation('client');
  return (
    <section aria-labelledby="table-choice-title" className="table-choice">
      <h1 id="table-choice-title">{props.title}</h1>
      <p>{props.text}</p>
      <p>
        <button type="button" className="primary big-button" onClick={props.onNew}>
          {props.newLabel}
        </button>
      </p>
      <p className="hint">{t('table.newConversationHint')}</p>
      <p>
        <button type="button" className="big-button" onClick={props.onReplace}>
          {props.replaceLabel}
        </button>
      </p>
      <p className="hint">{t('table.replaceHint')}</p>
      {props.back && <Link to={props.back}>{t('table.backToConversation')}</Link>}
    </section>
  );
}
