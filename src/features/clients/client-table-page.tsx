import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useClientCollection, useClientStore } from '../../stores/client-store';
import { CLIENT_CHECK } from '../../model/instruments/client-check';
import { resultOfForm } from '../../model/client/collection';
import { randomNonce } from '../../model/codec/result-code';
import { secureRandom } from '../../lib/random';
import type { Answers } from '../../model/instruments/types';
import { ClientFrame } from './client-frame';
import { ClientStart } from './client-start';
import { ReadAloud } from './read-aloud';

/**
 * A client answering at the table on the professional's device (`#/clients/:id/table`). The
 * screen shows only the client's questions (ClientFrame: nothing to navigate to), and the answers
 * go straight into this conversation, never into the professional's own history.
 */
export default function ClientTablePage() {
  const { t } = useTranslation(['client', 'instrument']);
  const { id } = useParams();
  const collection = useClientCollection(id);
  const word = collection ? t(`client:words.${collection.word}`) : '';
  usePageTitle(t('client:phone.title', { word }));
  const [step, setStep] = useState<'start' | 'answer' | 'done' | 'notSaved'>('start');

  if (!collection) {
    return (
      <ClientFrame>
        <h1>{t('client:collection.titleTable')}</h1>
        <p role="alert">{t('client:collection.notFound')}</p>
        <Link to="/clients">{t('client:collection.back')}</Link>
      </ClientFrame>
    );
  }

  const finish = async (answers: Answers) => {
    const result = resultOfForm(collection.code, CLIENT_CHECK, answers, randomNonce(secureRandom));
    const { written, value } = await useClientStore.getState().takeIn(collection.id, [result]);
    setStep(written && value.added > 0 ? 'done' : 'notSaved');
  };

  return (
    <ClientFrame>
      <p className="hint">{t('client:table.forClient')}</p>
      {step === 'start' && <ClientStart word={word} onStart={() => setStep('answer')} />}
      {step === 'answer' && (
        <section className="questionnaire-page client-questionnaire">
          <h1 className="page-kicker">{t('instrument:clientCheck.title', { word })}</h1>
          <QuestionnaireRunner
            session={`table:${collection.id}`}
            instrument={CLIENT_CHECK}
            textValues={{ word }}
            finishLabel={t('client:phone.finish')}
            renderExtra={(text) => <ReadAloud text={text} />}
            onFinish={(answers) => void finish(answers)}
          />
        </section>
      )}
      {step === 'done' && (
        <section aria-labelledby="table-done-title">
          <h1 id="table-done-title">{t('client:table.doneTitle')}</h1>
          <p>{t('client:table.doneText', { word })}</p>
          <Link className="button primary big-button" to={`/clients/${collection.id}`}>
            {t('client:table.viewTogether')}
          </Link>
        </section>
      )}
      {step === 'notSaved' && <p role="alert">{t('client:table.notSaved')}</p>}
    </ClientFrame>
  );
}
