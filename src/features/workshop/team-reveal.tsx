import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The reveal order: spread before the average (DOMAIN.md §7), then differences, then the modes. */
export const TEAM_STEPS = ['spread', 'centre', 'differences', 'modes'] as const;
export type TeamStepKey = (typeof TEAM_STEPS)[number];
/** 0 = nothing shown yet; 1–4 = steps shown so far (each step adds to the ones before). */
export const LAST_STEP = TEAM_STEPS.length;

/**
 * Which step the facilitator has revealed. Nothing of the team shows until the facilitator
 * chooses to; after that the profile follows every result as it arrives, as the workshop asks.
 * Watching it change while one person hands over can reveal that person's answers: the README
 * and docs/team-profile.md tell facilitators to collect first and reveal after.
 */
export function useTeamReveal(shown: boolean) {
  const [step, setStep] = useState(0);
  // When the profile goes hidden (fewer results than the minimum, a raised minimum), the reveal
  // starts over: it never comes back on its own without the facilitator choosing to show it.
  const [wasShown, setWasShown] = useState(shown);
  if (shown !== wasShown) {
    setWasShown(shown);
    if (!shown) setStep(0);
  }
  const go = (to: number) => setStep(Math.max(0, Math.min(LAST_STEP, to)));
  return { step, go };
}

interface TeamRevealNavProps {
  step: number;
  onGo: (step: number) => void;
}

/**
 * Previous / next / show everything / hide. Buttons at an end are `aria-disabled` rather than
 * `disabled`, so the focus stays on them when a trainer presses Enter once too often.
 */
export function TeamRevealNav({ step, onGo }: TeamRevealNavProps) {
  const { t } = useTranslation('team');
  const nextKey = TEAM_STEPS[step];
  const atStart = step <= 1;
  const atEnd = step >= LAST_STEP;
  const guard = (blocked: boolean, to: number) => () => {
    if (!blocked) onGo(to);
  };
  return (
    <nav aria-label={t('reveal.nav')} className="team-reveal-nav">
      <ol className="team-step-list">
        {TEAM_STEPS.map((key, index) => (
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
        <button type="button" aria-disabled={atEnd} onClick={guard(atEnd, LAST_STEP)}>
          {t('reveal.all')}
        </button>
        <button type="button" onClick={() => onGo(0)}>
          {t('reveal.hide')}
        </button>
      </div>
    </nav>
  );
}
