import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_VALUES, type AnswerValue } from '../../model/instruments/types';

interface StatementQuestionProps {
  itemId: string;
  /** Id of the progress text ("7 van 16"): a screen reader hears it when entering the group. */
  progressId?: string;
  text: string;
  value: AnswerValue | undefined;
  onAnswer: (value: AnswerValue) => void;
}

/**
 * One statement as a real radio group: a fieldset whose legend is the statement, five labelled
 * points. Native radios give arrow-key navigation and screen-reader semantics for free.
 */
export function StatementQuestion({ itemId, progressId, text, value, onAnswer }: StatementQuestionProps) {
  const { t } = useTranslation(['instrument', 'questionnaire']);
  const group = useRef<HTMLFieldSetElement>(null);

  // A new statement: put focus on its answers, so keyboard and screen-reader users start there.
  useEffect(() => {
    const target = group.current?.querySelector<HTMLInputElement>('input:checked') ?? group.current?.querySelector('input');
    target?.focus({ preventScroll: true });
  }, [itemId]);

  return (
    <fieldset ref={group} className="statement" aria-describedby={progressId}>
      <legend>
        <span className="statement-text">{text}</span>
      </legend>
      <p className="hint" id={`${itemId}-hint`}>
        {t('questionnaire:instruction')}
      </p>
      <div className="scale">
        {ANSWER_VALUES.map((v) => (
          <label key={v} className={`scale-point${value === v ? ' selected' : ''}`}>
            <input
              type="radio"
              name={itemId}
              value={v}
              checked={value === v}
              onChange={() => onAnswer(v)}
              aria-describedby={`${itemId}-hint`}
            />
            <span>{t(`instrument:scale.${v}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
