import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_APPLICABLE, type Answer, type AnswerScale } from '../../model/instruments/types';
import './statement-mark.css';

interface StatementQuestionProps {
  itemId: string;
  /** Id of the progress text ("7 van 16"): a screen reader hears it when entering the group. */
  progressId?: string;
  text: string;
  answerScale: AnswerScale;
  value: Answer | undefined;
  onAnswer: (value: Answer) => void;
  /** In a workshop: the optional "I want to talk about this" toggle for this statement. */
  mark?: { readonly pressed: boolean; readonly onToggle: () => void };
  /** Shown right under the statement, outside its name (a read-aloud button). */
  beside?: ReactNode;
}

/**
 * One statement as a real radio group: a fieldset whose legend is the statement, the answer
 * scale's labelled points and, where the scale has it, a "does not apply" answer set apart from
 * them (it is not a point on the scale). Native radios give arrow-key navigation and
 * screen-reader semantics for free.
 */
export function StatementQuestion({ itemId, progressId, text, answerScale, value, onAnswer, mark, beside }: StatementQuestionProps) {
  const { t } = useTranslation(['instrument', 'questionnaire']);
  const group = useRef<HTMLFieldSetElement>(null);

  // A new statement: put focus on its answers, so keyboard and screen-reader users start there.
  useEffect(() => {
    const target = group.current?.querySelector<HTMLInputElement>('input:checked') ?? group.current?.querySelector('input');
    target?.focus({ preventScroll: true });
  }, [itemId]);

  const options: Answer[] = answerScale.notApplicable ? [...answerScale.points, NOT_APPLICABLE] : [...answerScale.points];
  return (
    <>
    <fieldset ref={group} className="statement" aria-describedby={progressId}>
      <legend>
        <span className="statement-text">{text}</span>
      </legend>
      {beside && <div className="statement-beside">{beside}</div>}
      <p className="hint" id={`${itemId}-hint`}>
        {t([`questionnaire:instructionFor.${answerScale.id}`, 'questionnaire:instruction'] as never)}
      </p>
      <div className="scale" data-scale={answerScale.id}>
        {options.map((v) => (
          <label key={v} className={`scale-point${value === v ? ' selected' : ''}${v === NOT_APPLICABLE ? ' scale-na' : ''}`}>
            <input
              type="radio"
              name={itemId}
              value={v}
              checked={value === v}
              onChange={() => onAnswer(v)}
              aria-describedby={`${itemId}-hint`}
            />
            <span>{t(`instrument:answerScales.${answerScale.id}.${v}` as never)}</span>
          </label>
        ))}
      </div>
    </fieldset>
    {mark && <MarkToggle itemId={itemId} pressed={mark.pressed} onToggle={mark.onToggle} />}
    </>
  );
}

/**
 * Outside the radio group, so it is never mistaken for an answer; a toggle (aria-pressed), off
 * until the participant presses it. The hint says it is optional and anonymous.
 */
function MarkToggle({ itemId, pressed, onToggle }: { itemId: string; pressed: boolean; onToggle: () => void }) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="statement-mark">
      <button type="button" className={`mark-toggle${pressed ? ' pressed' : ''}`} aria-pressed={pressed} aria-describedby={`${itemId}-mark-hint`} onClick={onToggle}>
        <span aria-hidden="true" className="mark-icon">{pressed ? '★' : '☆'}</span> {t('mark.button')}
      </button>
      <p className="hint" id={`${itemId}-mark-hint`}>
        {t('mark.hint')}
      </p>
    </div>
  );
}
