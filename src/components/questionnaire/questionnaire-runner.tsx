import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressStore, useSession } from '../../stores/progress-store';
import { scoreInstrument } from '../../model/scoring/score';
import { answersNeeded, totalAnswersNeeded } from '../../model/scoring/answers-needed';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { Answers, Instrument } from '../../model/instruments/types';
import { StatementQuestion } from './statement-question';
import { QuestionProgress } from './question-progress';
import { usePersonText } from '../person-word/use-person-word';
import type { PersonWord } from '../../model/people/person-word';

interface QuestionnaireRunnerProps {
  /** Which saved progress this is: the personal check, a joined workshop, a shared device. */
  session: string;
  instrument: Instrument;
  /**
   * Called once with complete-enough answers and the statements marked to talk about (always
   * empty without `allowMarks`); the session's progress is discarded after it.
   */
  onFinish: (answers: Answers, marks: readonly string[]) => void;
  /** In a workshop: each statement offers "I want to talk about this". Never in the solo self-check. */
  allowMarks?: boolean;
  /** The last button's text when this is not the last questionnaire ("On to part 2"). */
  finishLabel?: string;
  /** Values for the texts' placeholders, e.g. the word a client uses for the professional. */
  textValues?: Readonly<Record<string, string>>;
  /**
   * Who the statements name (decision 85): in a workshop the facilitator's word, which the join
   * address carries. Without it, the word chosen on this device.
   */
  personWord?: PersonWord;
  /**
   * A control beside a text that reads it aloud (the client's form): `intro` beside the
   * introduction, `question` beside the statement, reading the statement, the instruction and
   * the answers, the texts a client needs to answer.
   */
  readAloud?: (text: string, part: 'intro' | 'question') => ReactNode;
  /**
   * A client answers: a statement is a "vraag" to them, and a missing answer is told as the
   * number of questions still to answer, never by the names of the scales (docs/glossary.md).
   */
  forClient?: boolean;
}

/**
 * One statement per screen, with progress, back and next. Used by the personal self-check, by a
 * participant on their phone and by the facilitator's shared device alike.
 */
export function QuestionnaireRunner({ session, instrument, onFinish, finishLabel, allowMarks = false, textValues, readAloud, forClient = false, personWord }: QuestionnaireRunnerProps) {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  const current = useSession(session);
  const { start, answer, goTo, discard, toggleMark } = useProgressStore.getState();
  const [notEnough, setNotEnough] = useState(false);
  // Set while finished answers are handed on: no new questionnaire may start behind them.
  const finished = useRef(false);
  const progressId = useId();
  const pt = usePersonText(personWord);

  // Start, or start over when the saved progress belongs to another instrument version.
  const stale = current !== undefined && (current.instrumentId !== instrument.id || current.instrumentVersion !== instrument.version);
  useEffect(() => {
    if (!finished.current && (current === undefined || stale)) start(session, instrument.id, instrument.version, new Date());
  }, [current, stale, start, session, instrument]);

  if (current === undefined || stale) return null;

  const total = instrument.items.length;
  const index = Math.min(current.index, total - 1);
  const item = instrument.items[index];
  if (!item) return null;
  const value = current.answers[item.id];
  const isLast = index === total - 1;
  const firstOpen = instrument.items.findIndex((i) => current.answers[i.id] === undefined);
  const textKey = instrumentTextKey(instrument.id);
  const statementText = pt(`instrument:${textKey}.items.${item.id}`, textValues);
  const introText = pt([`instrument:${textKey}.introV${instrument.version}`, `instrument:${textKey}.intro`], { ...textValues, number: total });
  // Read in the order shown: the statement, the question under it, then each answer.
  const spoken = readAloud
    ? [
        statementText,
        t([`questionnaire:instructionFor.${instrument.answerScale.id}`, 'questionnaire:instruction'] as never),
        ...[...instrument.answerScale.points, ...(instrument.answerScale.notApplicable ? ['na'] : [])].map((v) =>
          t(`instrument:answerScales.${instrument.answerScale.id}.${v}` as never),
        ),
      ].join('\n')
    : '';

  // Finishing needs enough answers, unless every statement has one: a person who chose "does not
  // apply" too often for a scale gets a result that says so for that scale (docs/scoring.md).
  const finish = () => {
    // A second click (or a double tap) before the page moves on must not store a second result.
    if (finished.current) return;
    if (!scoreInstrument(instrument, current.answers).complete && firstOpen >= 0) {
      setNotEnough(true);
      return;
    }
    finished.current = true;
    // In item order, and only statements of this questionnaire: the code holds one bit per statement.
    const marked = new Set(allowMarks ? (current.marks ?? []) : []);
    onFinish(current.answers, instrument.items.filter((i) => marked.has(i.id)).map((i) => i.id));
    discard(session);
  };

  return (
    <div className="questionnaire">
      {index === 0 && (
        <div className="questionnaire-intro">
          <p>{introText}</p>
          {readAloud?.(introText, 'intro')}
        </div>
      )}
      <QuestionProgress current={index + 1} total={total} id={progressId} label={forClient ? t('questionnaire:client.progressLabel', { current: index + 1, total }) : undefined} />
      <StatementQuestion
        itemId={item.id}
        progressId={progressId}
        text={statementText}
        answerScale={instrument.answerScale}
        value={value}
        onAnswer={(v) => {
          answer(session, item.id, v);
          setNotEnough(false);
        }}
        mark={allowMarks ? { pressed: current.marks?.includes(item.id) ?? false, onToggle: () => toggleMark(session, item.id) } : undefined}
        beside={readAloud?.(spoken, 'question')}
      />
      {notEnough && (
        <div role="alert" className="notice notice-warning">
          {forClient ? (
            <p>{t('questionnaire:client.notEnough', { count: totalAnswersNeeded(instrument, current.answers) })}</p>
          ) : (
            <>
              <p>{t('questionnaire:notEnough', { open: total - Object.keys(current.answers).length })}</p>
              <ul>
                {answersNeeded(instrument, current.answers).map((need) => (
                  <li key={need.scale}>{t('questionnaire:neededOnScale', { scale: t(`instrument:scales.${need.scale}` as never), count: need.more })}</li>
                ))}
              </ul>
            </>
          )}
          {firstOpen >= 0 && (
            <button
              type="button"
              onClick={() => {
                setNotEnough(false);
                goTo(session, firstOpen);
              }}
            >
              {t(forClient ? 'questionnaire:client.goToOpen' : 'questionnaire:goToOpen')}
            </button>
          )}
        </div>
      )}
      {/* The way forward first: after the answers Tab reaches "Volgende" (or "Klaar") before
          "Vorige", and a screen reader reads them in that order too (DOM order = reading order).
          The row is drawn reversed, so "Vorige" still stands on the left (decision 91). */}
      <div className="question-nav">
        {isLast ? (
          <button type="button" className="primary" onClick={finish}>
            {finishLabel ?? t('questionnaire:finish')}
          </button>
        ) : (
          // Before an answer, "Skip" is a plain button: the filled one would invite skipping.
          <button type="button" className={value === undefined ? undefined : 'primary'} onClick={() => goTo(session, index + 1)}>
            {value === undefined ? t('questionnaire:skip') : t('questionnaire:next')}
          </button>
        )}
        <button type="button" onClick={() => goTo(session, index - 1)} disabled={index === 0}>
          {t('questionnaire:previous')}
        </button>
      </div>
      <p className="hint">{t('questionnaire:savedNote')}</p>
    </div>
  );
}

