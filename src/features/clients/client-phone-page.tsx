import { useMemo, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { linkFields, nextLink } from '../../model/workshop/next-link';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useProgressStore } from '../../stores/progress-store';
import { useClientPhoneStore, type PhoneAnswers } from '../../stores/client-phone-store';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../../model/instruments/client-check';
import { isProfessionalWord } from '../../model/client/collection';
import { isValidWorkshopCode, normaliseWorkshopCode } from '../../model/codec/workshop-code';
import { randomNonce, toQrPayload, toTextCode } from '../../model/codec/result-code';
import { secureRandom } from '../../lib/random';
import { CodeHandover } from '../../components/code-handover/code-handover';
import { ClientFrame } from './client-frame';
import { ClientStart } from './client-start';
import { ReadAloud } from './read-aloud';
import { ClientWithdrawal, ClientWithdrawButton } from './client-withdraw';

/**
 * A client's own phone (`#/client/:code/:word`), or a colleague's phone with the team's mirror
 * form (`#/mirror/:code`): a friendly start, one statement per screen, and a code to hand over.
 * The answers stay on the phone until the person erases them; answering again makes a code that
 * replaces the earlier one.
 */
export default function ClientPhonePage({ form }: { form: 'client' | 'mirror' }) {
  const { t } = useTranslation(['client', 'instrument']);
  const params = useParams();
  const code = normaliseWorkshopCode(params.code ?? '');
  const wordId = form === 'mirror' ? 'begeleider' : params.word;
  const instrument = form === 'mirror' ? CLIENT_MIRROR : CLIENT_CHECK;
  const word = isProfessionalWord(wordId) ? t(`client:words.${wordId}`) : '';
  usePageTitle(form === 'mirror' ? t('instrument:clientMirror.title') : t('client:phone.title', { word }));
  const entry = useClientPhoneStore((s) => s.entries.find((e) => e.code === code && e.instrumentId === instrument.id));
  const withdrawal = useClientPhoneStore((s) => s.withdrawals.find((w) => w.code === code && w.instrumentId === instrument.id));
  const session = `${form}:${code}`;
  const [step, setStep] = useState<'start' | 'answer' | 'done'>('start');
  const [erased, setErased] = useState(false);

  if (!isValidWorkshopCode(code) || !isProfessionalWord(wordId)) {
    return (
      <ClientFrame>
        <h1>{t('client:phone.badLinkTitle')}</h1>
        <p role="alert">{t('client:phone.badLink', { word: t('client:words.begeleider') })}</p>
      </ClientFrame>
    );
  }

  const finish = async (answers: PhoneAnswers['answers']) => {
    const link = nextLink(entry, () => randomNonce(secureRandom));
    await useClientPhoneStore.getState().save({
      code,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      nonce: link.nonce,
      answers,
      ...linkFields(link),
    });
    setStep('done');
  };

  const answering = step === 'answer';
  return (
    <ClientFrame>
      {entry && !answering ? (
        <Finished
          entry={entry}
          onAgain={() => {
            useProgressStore.getState().discard(session);
            setStep('answer');
          }}
          onErase={() => {
            useClientPhoneStore.getState().erase(code, instrument.id);
            setErased(true);
            setStep('start');
          }}
          withdraw={<ClientWithdrawButton word={word} onWithdraw={() => void useClientPhoneStore.getState().withdraw(code, instrument.id)} />}
        />
      ) : withdrawal && !answering ? (
        <ClientWithdrawal withdrawal={withdrawal} word={word} onClose={() => useClientPhoneStore.getState().closeWithdrawal(code, instrument.id)} />
      ) : answering ? (
        <section className="questionnaire-page client-questionnaire">
          <h1 className="page-kicker">{t(form === 'mirror' ? 'instrument:clientMirror.title' : 'instrument:clientCheck.title', { word })}</h1>
          <QuestionnaireRunner
            session={session}
            instrument={instrument}
            textValues={{ word }}
            finishLabel={t('client:phone.finish')}
            renderExtra={(text) => <ReadAloud text={text} />}
            onFinish={(answers) => void finish(answers)}
          />
        </section>
      ) : (
        <>
          {erased && <p role="status">{t('client:phone.erased')}</p>}
          {form === 'mirror' ? (
            <section className="client-start">
              <h1>{t('instrument:clientMirror.title')}</h1>
              <p>{t('client:collection.mirrorIntro')}</p>
              <button type="button" className="primary big-button" onClick={() => setStep('answer')}>
                {t('client:phone.start')}
              </button>
            </section>
          ) : (
            <ClientStart word={word} onStart={() => setStep('answer')} />
          )}
        </>
      )}
    </ClientFrame>
  );
}

function Finished({ entry, onAgain, onErase, withdraw }: { entry: PhoneAnswers; onAgain: () => void; onErase: () => void; withdraw: ReactNode }) {
  const { t } = useTranslation('client');
  const forms = useMemo(() => {
    const instrument = entry.instrumentId === CLIENT_MIRROR.id ? CLIENT_MIRROR : CLIENT_CHECK;
    const result = {
      workshopCode: entry.code,
      nonce: entry.nonce,
      questionnaires: [{ instrument, answers: entry.answers }],
      ...linkFields(entry),
    };
    try {
      return { text: toTextCode(result), qr: toQrPayload(result) };
    } catch {
      return null;
    }
  }, [entry]);
  return (
    <section className="handover" aria-labelledby="client-done-title">
      <h1 id="client-done-title">{t('phone.doneTitle')}</h1>
      <p>{t('phone.handoverIntro')}</p>
      {forms && (
        <CodeHandover
          text={forms.text}
          qr={forms.qr}
          texts={{
            qrLabel: t('phone.qrLabel'),
            codeLabel: t('phone.codeLabel'),
            copy: t('phone.copy'),
            copied: t('phone.copied'),
            copyFailed: t('phone.copyFailed'),
          }}
        />
      )}
      <p className="hint">{t('phone.stillHere')}</p>
      <div className="button-row">
        <button type="button" onClick={onAgain}>
          {t('phone.again')}
        </button>
        <button type="button" onClick={onErase}>
          {t('phone.erase')}
        </button>
      </div>
      {withdraw}
    </section>
  );
}
