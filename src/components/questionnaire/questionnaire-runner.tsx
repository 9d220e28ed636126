import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgressStore, useSession } from '../../stores/progress-store';
import { scoreInstrument } from '../../model/scoring/score';
import { answersNeeded } from '../../model/scoring/answers-needed';
import { instrumentTextKey } from '../../model/instruments/registry';
import type { Answers, Instrument } from '../../model/instruments/types';
import { StatementQuestion } from './statement-question';
import { QuestionProgress } from './question-progress';

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
  /** Something to offer with each statement (read aloud), given the statement's text. */
  renderExtra?: (statementText: string) => ReactNode;
}

/**
 * One statement per screen, with progress, back and next. Used by the personal self-check, by a
 * participant on their phone and by the facilitator's shared device alike.
 */
export function QuestionnaireRunner({ session, instrument, onFinish, finishLabel, allowMarks = false, textValues, renderExtra }: QuestionnaireRunnerProps) {
  const { t } = useTranslation(['questionnaire', 'instrument']);
  const current = useSession(session);
  const { start, answer, goTo, discard, toggleMark } = useProgressStore.getState();
  const [notEnough, setNotEnough] = useState(false);
  // Set while finished answers are handed on: no new questionnaire may start behind them.
  const finished = useRef(false);
  const progressId = useId();

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
  const statementText = t(`instrument:${instrumentTextKey(instrument.id)}.items.${item.id}` as never, { ...textValues });

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
      {index === 0 && <p className="questionnaire-intro">{t([`instrument:${instrumentTextKey(instrument.id)}.introV${instrument.version}`, `instrument:${instrumentTextKey(instrument.id)}.intro`] as never, { ...textValues, number: total })}</p>}
      <QuestionProgress current={index + 1} total={total} id={progressId} />
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
      />
      {renderExtra?.(statementText)}
      {notEnough && (
        <div role="alert" className="notice notice-warning">
          <p>{t('questionnaire:notEnough', { open: total - Object.keys(current.answers).length })}</p>
          <ul>
            {answersNeeded(instrument, current.answers).map((need) => (
              <li key={need.scale}>{t('questionnaire:neededOnScale', { scale: t(`instrument:scales.${need.scale}` as never), count: need.more })}</li>
            ))}
          </ul>
          {firstOpen >= 0 && (
            <button
              type="button"
              onClick={() => {
                setNotEnough(false);
                goTo(session, firstOpen);
              }}
            >
              {t('questionnaire:goToOpen')}
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
