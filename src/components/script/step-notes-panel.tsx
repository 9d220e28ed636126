import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stepNotes, type ScriptPlan } from '../../model/presenter/script';
import type { StepKey } from '../../model/presenter/steps';
import type { WallFigures } from '../../model/workshop/wall';
import type { PersonWord } from '../../model/people/person-word';
import type { ThenAndNow } from '../../model/workshop/then-and-now';
import { useScriptText } from './use-script-text';
import './script-panels.css';

interface StepNotesPanelProps {
  step: StepKey;
  /** The team as the wall shows it (the snapshot): the questions are chosen from these figures only. */
  figures: WallFigures;
  plan: ScriptPlan;
  /** The workshop's steps (presenterSteps): with them the minutes of the kept steps sum to the plan's length. */
  available?: readonly StepKey[];
  personWord?: PersonWord;
  /** The wall's comparison with the linked earlier workshop: it chooses the then-and-now questions. */
  thenNow?: ThenAndNow | null;
}

/**
 * The facilitator's notes for the step on the wall: what it shows, two or three questions for
 * this team, what to avoid, and the suggested time. For the facilitator's own screen only: it
 * must never be rendered in the wall's window.
 */
export function StepNotesPanel({ step, figures, plan, available, personWord, thenNow = null }: StepNotesPanelProps) {
  const { t } = useTranslation(['script', 'presenter']);
  const text = useScriptText(personWord);
  const titleId = useId();
  const notes = stepNotes(step, figures, plan, available, thenNow);
  return (
    <section className="step-notes" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t('script:panel.title')}: {t(`presenter:steps.${step}`)}
      </h2>
      <p className="step-notes-what">
        <span className="visually-hidden">{t('script:panel.what')}: </span>
        {text(notes.what)}
      </p>
      <h3>{t('script:panel.questions')}</h3>
      <ol className="step-notes-questions">
        {notes.questions.map((q) => (
          <li key={q.key}>{text(q)}</li>
        ))}
      </ol>
      <h3>{t('script:panel.avoid')}</h3>
      <ul className="step-notes-avoid">
        {notes.avoid.map((a) => (
          <li key={a.key}>{text(a)}</li>
        ))}
      </ul>
      <p className="step-notes-minutes">
        {notes.minutes > 0 ? t('script:panel.minutes', { count: notes.minutes }) : t('script:panel.notInPlan')}
      </p>
    </section>
  );
}
