import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The reveal order of the self-check: spread before the average (DOMAIN.md §7), then differences, then the modes. */
export const TEAM_STEPS = ['spread', 'centre', 'differences', 'modes'] as const;
/** Every step a team profile can have: the self-check's, the climate's, and the two side by side. */
export type TeamStepKey = (typeof TEAM_STEPS)[number] | 'climate' | 'combination';
/** 0 = nothing shown yet; 1–4 = steps shown so far (each step adds to the ones before). */
export const LAST_STEP = TEAM_STEPS.length;

/**
 * The steps of a workshop's team profile: the self-check's four steps only when the workshop has
 * the self-check, then the climate (the only content step of a climate-only workshop), then, with
 * both, the step that sets the team's place in the window beside its climate.
 */
export function teamSteps({ selfCheck, climate }: { selfCheck: boolean; climate: boolean }): TeamStepKey[] {
  return [...(selfCheck ? TEAM_STEPS : []), ...(climate ? (['climate'] as const) : []), ...(selfCheck && climate ? (['combination'] as const) : [])];
}

/**
 * Which step the facilitator has revealed. Nothing of the team shows until the facilitator
 * chooses to; after that the profile shows the results of that moment until the facilitator
 * updates it (decision 73), so nobody can watch it change as one person hands over.
 */
export function useTeamReveal(shown: boolean, lastStep: number = LAST_STEP) {
  const [step, setStep] = useState(0);
  // When the profile goes hidden (fewer results than the minimum, a raised minimum), the reveal
  // starts over: it never comes back on its own without the facilitator choosing to show it.
  const [wasShown, setWasShown] = useState(shown);
  if (shown !== wasShown) {
    setWasShown(shown);
    if (!shown) setStep(0);
  }
  const go = (to: number) => setStep(Math.max(0, Math.min(lastStep, to)));
  return { step: Math.min(step, lastStep), go };
}

interface TeamRevealNavProps {
  step: number;
  onGo: (step: number) => void;
  /** The workshop's steps (`teamSteps`); the self-check's four by default. */
  steps?: readonly TeamStepKey[];
}

/**
 * Previous / next / show everything / hide. Buttons at an end are `aria-disabled` rather than
 * `disabled`, so the focus stays on them when a trainer presses Enter once too often.
 */
export function TeamRevealNav({ step, onGo, steps = TEAM_STEPS }: TeamRevealNavProps) {
  const { t } = useTranslation('team');
  const nextKey = steps[step];
  const lastStep = steps.length;
  const atStart = step <= 1;
  const atEnd = step >= lastStep;
  const guard = (blocked: boolean, to: number) => () => {
    if (!blocked) onGo(to);
  };
  return (
    <nav aria-label={t('reveal.nav')} className="team-reveal-nav">
      <ol className="team-step-list">
        {steps.map((key, index) => (
          <li key={key} aria-current={index + 1 === step ? 'step' : undefined} className={index < step ? 'reached' : undefined}>
            {t(`steps.${key}`)}
          </li>
        ))}
      </ol>
      <div className="team-reveal-buttons">
        <button type="button" aria-disabled={atStart} onClick={guard(atStart, step - 1)}>
          {t('reveal.previous')}
        </button>
        <button type="button" className="primary" aria-disabled={atEnd} onClick={guard(atEnd, step + 1)}>
          {nextKey ? t('reveal.next', { name: t(`steps.${nextKey}`) }) : t('reveal.nextNone')}
        </button>
        <button type="button" aria-disabled={atEnd} onClick={guard(atEnd, lastStep)}>
          {t('reveal.all')}
        </button>
        <button type="button" onClick={() => onGo(0)}>
          {t('reveal.hide')}
        </button>
      </div>
    </nav>
  );
}
