import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KEPT_STEPS, lengthLeavesOut, WORKSHOP_LENGTHS } from '../../model/presenter/plan';
import { STEP_ORDER, type StepKey } from '../../model/presenter/steps';
import { useScriptPlan } from '../../stores/script-plan-store';
import './script-panels.css';

/**
 * The facilitator's plan for a workshop: 45, 90 or 180 minutes, and a checkbox for each step to
 * skip it. Join, count and actions cannot be skipped; a step the length leaves out says so.
 * Kept per workshop on this device (script-plan-store), so every window uses the same steps.
 */
export function ScriptPlanChoice({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['script', 'presenter']);
  const [plan, setPlan] = useScriptPlan(workshopId);
  const hintId = useId();
  const name = useId();
  const toggle = (step: StepKey, shown: boolean) =>
    setPlan({ ...plan, hidden: shown ? plan.hidden.filter((s) => s !== step) : [...plan.hidden, step] });
  return (
    <div className="script-plan">
      <fieldset className="choice-group">
        <legend>{t('script:plan.length')}</legend>
        {WORKSHOP_LENGTHS.map((length) => (
          <label key={length} className="script-choice">
            <input type="radio" name={name} value={length} checked={plan.length === length} onChange={() => setPlan({ ...plan, length })} />{' '}
            {t('script:plan.lengthOption', { minutes: length })}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend>{t('script:plan.hide')}</legend>
        <p id={hintId} className="hint">
          {t('script:plan.hideHint')}
        </p>
        {STEP_ORDER.map((step) => {
          const kept = KEPT_STEPS.has(step);
          const leftOut = lengthLeavesOut(step, plan.length);
          return (
            <label key={step} className="script-choice">
              <input
                type="checkbox"
                checked={kept || (!leftOut && !plan.hidden.includes(step))}
                disabled={kept || leftOut}
                onChange={(event) => toggle(step, event.currentTarget.checked)}
              />{' '}
              {t(`presenter:steps.${step}`)}
              {kept && <> <span className="hint">({t('script:plan.always')})</span></>}
              {leftOut && <> <span className="hint">({t('script:plan.leftOut', { minutes: plan.length })})</span></>}
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
