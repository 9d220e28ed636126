import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { linkFields, nextLink } from '../../model/workshop/next-link';
import { usePageTitle } from '../../components/use-page-title';
import { usePersonText } from '../../components/person-word/use-person-word';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { useProgressStore } from '../../stores/progress-store';
import { useClientPhoneStore, type PhoneAnswers } from '../../stores/client-phone-store';
import { clientForms } from '../../model/instruments/client-check';
import { findInstrument } from '../../model/instruments/registry';
import { formVersionOfSegment } from '../../model/client/form-link';
import { ConfirmDialog } from '../../components/confirm-dialog';
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
 * A client's own phone (`#/client/:code/:word/v2`), or a colleague's phone with the team's mirror
 * form (`#/mirror/:code/v2`): a friendly start, one statement per screen, and a code to hand over.
 * The link names the conversation's form version (no segment: version 1, decision 88). The
 * answers stay on the phone until the person erases them (after a question: a code already given
 * stays with the professional); answering again makes a code that replaces the earlier one.
 */
export default function ClientPhonePage({ form }: { form: 'client' | 'mirror' }) {
  const { t } = useTranslation(['client', 'instrument']);
  const params = useParams();
  const code = normaliseWorkshopCode(params.code ?? '');
  const wordId = form === 'mirror' ? 'begeleider' : params.word;
  const version = formVersionOfSegment(params.formVersion);
  const forms = clientForms(version ?? 1);
  const instrument = form === 'mirror' ? forms.mirror : forms.check;
  const word = isProfessionalWord(wordId) ? t(`client:words.${wordId}`) : '';
  // The mirror form names the people worked with as the runner does: by this device's word (decision 85).
  const mirrorTitle = usePersonText()('instrument:clientMirror.title');
  usePageTitle(form === 'mirror' ? mirrorTitle : t('client:phone.title', { word }));
  const entry = useClientPhoneStore((s) => s.entries.find((e) => e.code === code && e.instrumentId === instrument.id));
  const withdrawal = useClientPhoneStore((s) => s.withdrawals.find((w) => w.code === code && w.instrumentId === instrument.id));
  const session = `${form}:${code}`;
  const [step, setStep] = useState<'start' | 'answer' | 'done'>('start');
  const [erased, setErased] = useState(false);

  if (!isValidWorkshopCode(code) || !isProfessionalWord(wordId) || version === null) {
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
          word={word}
          justFinished={step === 'done'}
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
          <h1 className="page-kicker">{form === 'mirror' ? mirrorTitle : t('instrument:clientCheck.title', { word })}</h1>
          <QuestionnaireRunner
            session={session}
            instrument={instrument}
            textValues={{ word }}
            finishLabel={t('client:phone.finish')}
            forClient={form === 'client'}
            readAloud={(text, part) => <ReadAloud text={text} part={part} announceMissing={part === 'question'} />}
            onFinish={(answers) => void finish(answers)}
          />
        </section>
      ) : (
        <>
          {erased && <p role="status">{t('client:phone.erased')}</p>}
          {form === 'mirror' ? (
            <section className="client-start">
              <h1>{mirrorTitle}</h1>
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

interface FinishedProps {
  entry: PhoneAnswers;
  word: string;
  /** Arrived here by "Klaar": focus goes to the message, not to the page. */
  justFinished: boolean;
  onAgain: () => void;
  onErase: () => void;
  withdraw: ReactNode;
}

function Finished({ entry, word, justFinished, onAgain, onErase, withdraw }: FinishedProps) {
  const { t } = useTranslation('client');
  const [asking, setAsking] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  // After "Klaar" the questionnaire is gone from under the focus: the message takes it, so a
  // screen reader reads "Klaar. Dank je wel!" rather than starting again at the top of the page.
  useEffect(() => {
    if (justFinished) title.current?.focus();
  }, [justFinished]);
  const forms = useMemo(() => {
    // The code holds the version the answers were given in, whatever the link says now.
    const instrument = findInstrument(entry.instrumentId, entry.instrumentVersion);
    if (!instrument) return null;
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
      <h1 id="client-done-title" ref={title} tabIndex={-1}>
        {t('phone.doneTitle')}
      </h1>
      <p>{t('phone.handoverIntro')}</p>
      <ReadAloud text={[t('phone.doneTitle'), t('phone.handoverIntro'), t('phone.stillHere')].join('\n')} part="end" announceMissing />
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
        <button type="button" onClick={() => setAsking(true)}>
          {t('phone.erase')}
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('phone.eraseConfirmTitle')}
        confirmLabel={t('phone.eraseConfirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onErase();
        }}
      >
        <p>{t('phone.eraseConfirmBody', { word })}</p>
      </ConfirmDialog>
      {withdraw}
    </section>
  );
}
