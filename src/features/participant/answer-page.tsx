import { useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { QuestionnaireRunner } from '../../components/questionnaire/questionnaire-runner';
import { discardSequence, useQuestionnaireSequence, type FinishedPart } from '../../components/questionnaire/use-questionnaire-sequence';
import { useHistoryStore } from '../../stores/history-store';
import { useParticipationStore, type Participation } from '../../stores/participation-store';
import { instrumentTextKey, latestInstrument } from '../../model/instruments/registry';
import type { Instrument } from '../../model/instruments/types';
import { formatJoinCode, QUESTIONNAIRE_SET_IDS, readJoinCode, type WorkshopOptions } from '../../model/workshop/join-code';
import { randomNonce } from '../../model/codec/nonce';
import { nextLink } from '../../model/workshop/next-link';
import { secureRandom } from '../../lib/random';
import { personWordOf } from '../../lib/join-url';

/**
 * A participant answers on their own phone; the result becomes a code to hand over. The
 * workshop code says which questionnaires the workshop asks: with two, the participant answers
 * both, one after the other, and hands over one code that holds both.
 */
export default function AnswerPage() {
  const { t } = useTranslation(['participant']);
  const params = useParams();
  const reading = readJoinCode(params.code ?? '');
  const shown = reading.kind === 'invalid' ? '' : formatJoinCode(reading.code);
  usePageTitle(t('participant:answerTitle', { code: shown }));

  if (reading.kind === 'invalid') return <Navigate to={`/join/${params.code ?? ''}`} replace />;
  if (reading.kind === 'newer') {
    return (
      <section>
        <h1>{t('participant:answerTitle', { code: shown })}</h1>
        <p role="alert" className="notice notice-warning">
          {t('participant:codeNewer')}
        </p>
        <Link to="/join">{t('participant:joinTitle')}</Link>
      </section>
    );
  }
  return <AnswerSequence code={reading.code} options={reading.options} />;
}

function AnswerSequence({ code, options }: { code: string; options: WorkshopOptions }) {
  const { t } = useTranslation(['participant', 'instrument']);
  const navigate = useNavigate();
  const addResult = useHistoryStore((s) => s.add);
  const addParticipation = useParticipationStore((s) => s.add);
  // This phone answered the workshop before: the new result replaces that one (one person, one result).
  const answeredBefore = useParticipationStore((s) => latestFor(s.participations, code) !== undefined);
  const instruments = useMemo(
    () => QUESTIONNAIRE_SET_IDS[options.questionnaires].map(latestInstrument).filter((i): i is Instrument => i !== undefined),
    [options.questionnaires],
  );
  // Who the statements name: the facilitator's word, carried by the join link ("cliënt" without one).
  const personWord = personWordOf(new URLSearchParams(useLocation().search));
  const base = `join:${code}`;
  const { step, finishPart } = useQuestionnaireSequence(base, instruments);
  // Set once the participation is made: with the progress gone, the sequence would start over.
  const [finished, setFinished] = useState(false);
  if (!step || finished) return null;

  const shown = formatJoinCode(code);
  const title = String(t(`instrument:${instrumentTextKey(step.instrument.id)}.title` as never));
  const name = String(t(`participant:questionnaireName.${instrumentTextKey(step.instrument.id)}` as never));

  const finish = async (parts: FinishedPart[]) => {
    const completedAt = new Date().toISOString();
    // One personal result per questionnaire, when the participant may see their own result.
    const resultIds = options.hideOwnResult ? [] : parts.map(() => crypto.randomUUID());
    const id = crypto.randomUUID();
    setFinished(true);
    // Read at the moment of finishing: the result it replaces is this phone's latest for the workshop.
    const previous = latestFor(useParticipationStore.getState().participations, code);
    const saved = await Promise.all(
      parts.map(({ instrument, answers }, i) => {
        const resultId = resultIds[i];
        return resultId ? addResult({ id: resultId, instrumentId: instrument.id, instrumentVersion: instrument.version, answers, completedAt }) : null;
      }),
    );
    const participation = await addParticipation({
      id,
      workshopCode: code,
      parts: parts.map(({ instrument, answers, marks }) => ({ instrumentId: instrument.id, instrumentVersion: instrument.version, answers, marks: [...marks] })),
      // The nonce is drawn once and kept: identical answers of two people are two codes, and
      // this result's code stays the same every time it is shown. A re-answer continues the
      // phone's chain for this workshop, so the laptop counts only the newest (decision 54).
      ...nextLink(previous, () => randomNonce(secureRandom)),
      resultIds,
      completedAt,
    });
    discardSequence(base);
    // Shown from memory all the same; when the phone could not store it, the hand-over page says so.
    const unsaved = !participation.written || saved.some((s) => s !== null && !s.written);
    void navigate(`/handover/${id}`, { replace: true, state: { unsaved } });
  };

  if (step.kind === 'between') {
    return (
      <section className="questionnaire-page">
        <h1>{t('participant:partTitle', { part: step.index + 1, total: step.total, name })}</h1>
        <p>{t('participant:partDone', { part: step.index })}</p>
        <p>{t('participant:partNext', { name, number: step.instrument.items.length })}</p>
        <button type="button" className="primary" onClick={step.proceed}>
          {t('participant:partStart', { part: step.index + 1 })}
        </button>
      </section>
    );
  }

  return (
    <section className="questionnaire-page">
      <h1 className="page-kicker">
        {step.total > 1
          ? t('participant:answerHeadingPart', { code: shown, part: step.index + 1, total: step.total, title })
          : t('participant:answerHeading', { code: shown, title })}
      </h1>
      {answeredBefore && step.index === 0 && (
        <p className="notice notice-warning" role="note">
          {t('participant:replaceNotice')}
        </p>
      )}
      <QuestionnaireRunner
        key={step.session}
        session={step.session}
        instrument={step.instrument}
        allowMarks
        personWord={personWord}
        finishLabel={step.index < step.total - 1 ? t('participant:partNextButton', { part: step.index + 2 }) : undefined}
        onFinish={(answers, marks) => {
          const parts = finishPart(step.instrument, answers, marks);
          if (parts) void finish(parts);
        }}
      />
    </section>
  );
}

/** This phone's most recent result for the workshop, if any. */
function latestFor(participations: readonly Participation[], code: string): Participation | undefined {
  let latest: Participation | undefined;
  for (const p of participations) {
    if (p.workshopCode === code && (!latest || p.completedAt > latest.completedAt)) latest = p;
  }
  return latest;
}

