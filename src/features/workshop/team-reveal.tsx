import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The reveal order: spread before the average (DOMAIN.md §7), then differences, then the modes. */
export const TEAM_STEPS = ['spread', 'centre', 'differences', 'modes'] as const;
export type TeamStepKey = (typeof TEAM_STEPS)[number];
/** 0 = nothing shown yet; 1–4 = steps shown so far (each step adds to the ones before). */
export const LAST_STEP = TEAM_STEPS.length;

/**
 * Which step the facilitator has revealed, and whether the results changed since. The profile is
 * shown only after the facilitator chooses to, and is hidden again as soon as a result is added
 * or removed after the reveal: a dot that appears live on the projector while one person stands
 * at the laptop would be that person's result (differencing, docs/team-profile.md). Revealing
 * again shows the updated profile at the same step.
 */
export function useTeamReveal(resultsSignature: string) {
  const [state, setState] = useState({ step: 0, shownFor: resultsSignature });
  const paused = state.step > 0 && state.shownFor !== resultsSignature;
  const go = (step: number) => setState({ step: Math.max(0, Math.min(LAST_STEP, step)), shownFor: resultsSignature });
  return { step: state.step, paused, go };
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
