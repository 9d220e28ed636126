import { useTranslation } from 'react-i18next';
import { QUESTION_VARIANTS, STEP_AVOID, chooseQuestions } from '../../model/presenter/script';
import type { ThenAndNow } from '../../model/workshop/then-and-now';
import type { StepKey } from '../../model/presenter/steps';
import type { WallFigures } from '../../model/workshop/wall';
import type { PersonWord } from '../../model/people/person-word';
import { ANY, useScriptText } from '../../components/script/use-script-text';

interface ScriptStepProps {
  step: StepKey;
  number: number;
  minutes: number;
  /** The shown team, or null before it is shown: then every question is listed with when it is chosen. */
  figures: WallFigures | null;
  /** The wall's comparison with the linked earlier workshop: it chooses the then-and-now questions. */
  thenNow?: ThenAndNow | null;
  personWord?: PersonWord;
}

/** Steps whose figures the wall shows only when there are any (presenterSteps). */
const MAYBE: ReadonlySet<StepKey> = new Set(['differ', 'agenda']);

/** One step of the printed script: name, minutes, what it shows, its questions, what to avoid. */
export function ScriptStep({ step, number, minutes, figures, personWord, thenNow = null }: ScriptStepProps) {
  const { t } = useTranslation(['script', 'presenter']);
  const text = useScriptText(personWord);
  const headingId = `script-step-${step}`;
  // Before the team is shown the guide lists what may be asked; the fallback questions are only
  // for a step shown without its figures, which the wall never does.
  const variants = QUESTION_VARIANTS[step].filter((v) => v.when !== 'fallback');
  return (
    <li className="script-step" data-step={step}>
      <h2 id={headingId}>
        {t('script:page.stepHeading', { number, name: t(`presenter:steps.${step}`) })}{' '}
        <span className="script-minutes">· {t('script:page.stepMinutes', { count: minutes })}</span>
      </h2>
      <p>{text({ key: `steps.${step}.what` })}</p>
      {!figures && MAYBE.has(step) && <p className="hint">{t('script:page.maybe')}</p>}
      <h3>{figures ? t('script:page.chosen') : t('script:page.variants')}</h3>
      {figures ? (
        <ol className="script-questions">
          {chooseQuestions(step, figures, thenNow).map((q) => (
            <li key={q.id}>{text({ key: `steps.${step}.questions.${q.id}`, ...(q.values ? { values: q.values } : {}) })}</li>
          ))}
        </ol>
      ) : (
        <ul className="script-variants">
          {variants.map((v) => (
            <li key={v.id}>
              {text({ key: `steps.${step}.questions.${v.id}`, values: { element: ANY, axis: ANY } })}{' '}
              <span className="script-when">({text({ key: `when.${v.when}` })})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('script:panel.avoid')}</h3>
      <ul className="script-avoid">
        {STEP_AVOID[step].map((id) => (
          <li key={id}>{text({ key: `avoid.${id}` })}</li>
        ))}
      </ul>
    </li>
  );
}
