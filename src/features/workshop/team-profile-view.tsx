import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findInstrument } from '../../model/instruments/registry';
import { aggregateTeam } from '../../model/team/aggregate';
import { answerSetsOf, mainQuestionnaire, type Workshop } from '../../model/workshop/workshop';
import { TeamCentreSection } from './team-centre-section';
import { TeamCsvExport } from './team-csv-export';
import { TeamDifferencesSection } from './team-differences-section';
import { TeamModesSection } from './team-modes-section';
import { LAST_STEP, TEAM_STEPS, TeamRevealNav, useTeamReveal } from './team-reveal';
import { TeamSpreadSection } from './team-spread-section';
import './team-profile.css';

/**
 * The team profile for the projector: nothing below the workshop's minimum, then a stepped
 * reveal that the facilitator starts: spread, centre, differences, modes. All numbers come from
 * the team model (src/model/team); this component only formats and arranges them.
 */
export function TeamProfileView({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['team', 'modes', 'instrument', 'results']);
  const baseId = useId();
  const headingId = (step: number) => `${baseId}-step-${step}`;
  const questionnaire = mainQuestionnaire(workshop);
  const instrument = findInstrument(questionnaire.instrumentId, questionnaire.instrumentVersion);
  const answerSets = useMemo(() => answerSetsOf(workshop, questionnaire.instrumentId), [workshop, questionnaire.instrumentId]);
  const profile = useMemo(
    () => (instrument ? aggregateTeam(instrument, answerSets, { minRespondents: workshop.minRespondents }) : null),
    [instrument, answerSets, workshop.minRespondents],
  );
  const { step, go } = useTeamReveal(profile?.status === 'shown');

  // Focus and scrolling after a step change: a forward step scrolls to the first newly shown
  // heading; when the pressed button itself disappears (start, hide) focus moves on.
  const previousStep = useRef(step);
  const focusNext = useRef<'heading' | 'start' | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const from = previousStep.current;
    previousStep.current = step;
    const focus = focusNext.current;
    focusNext.current = null;
    if (focus === 'start') startButton.current?.focus();
    if (step === 0) return;
    const target = document.getElementById(headingId(Math.min(from + 1, step)));
    if (step > from || focus === 'heading') target?.scrollIntoView?.({ block: 'start' });
    if (focus === 'heading') document.getElementById(headingId(step))?.focus();
    // headingId is derived from baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step]);

  const goTo = (to: number) => {
    focusNext.current = to === 0 ? 'start' : null;
    go(to);
  };
  const reveal = (to: number) => {
    focusNext.current = 'heading';
    go(to);
  };

  const titleId = `${baseId}-title`;
  const heading = (index: number) => t('team:stepHeading', { step: index, name: t(`team:steps.${TEAM_STEPS[index - 1] ?? 'spread'}`) });

  let body;
  if (!instrument || !profile) {
    body = <p>{t('team:unknownInstrument')}</p>;
  } else if (profile.status === 'hidden') {
    body = (
      <>
        <p className="team-waiting">{t('team:waiting', { count: profile.count, min: profile.minRespondents })}</p>
        <p className="hint">{t('team:waitingWhy')}</p>
      </>
    );
  } else {
    const visible = step;
    body = (
      <>
        <p className="team-count">{t('team:counted', { count: profile.count })}</p>
        {profile.incomplete > 0 && <p className="hint">{t('team:incomplete', { count: profile.incomplete })}</p>}
        <p role="status" className="visually-hidden">
          {visible === 0 ? t('team:reveal.hidden') : t('team:reveal.status', { step: visible, total: LAST_STEP, name: t(`team:steps.${TEAM_STEPS[visible - 1] ?? 'spread'}`) })}
        </p>
        {step === 0 ? (
          <div className="team-gate">
            <p className="team-lead">{t('team:reveal.ready')}</p>
            <p className="hint">{t('team:reveal.readyHint')}</p>
            <button type="button" className="primary large" ref={startButton} onClick={() => reveal(1)}>
              {t('team:reveal.start')}
            </button>
          </div>
        ) : (
          <>
            <TeamRevealNav step={step} onGo={goTo} />
            <TeamSpreadSection profile={profile} showCentre={step >= 2} headingId={headingId(1)} heading={heading(1)} />
            {step >= 2 && <TeamCentreSection profile={profile} headingId={headingId(2)} heading={heading(2)} />}
            {step >= 3 && (
              <TeamDifferencesSection profile={profile} instrument={instrument} headingId={headingId(3)} heading={heading(3)} />
            )}
            {step >= 4 && <TeamModesSection profile={profile} headingId={headingId(4)} heading={heading(4)} />}
          </>
        )}
        <TeamCsvExport
          instrument={instrument}
          profile={profile}
          answerSets={answerSets}
          minRespondents={workshop.minRespondents}
          workshopCode={workshop.code}
        />
      </>
    );
  }

  return (
    <section className="team-profile" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('team:title')}</h2>
      {body}
    </section>
  );
}
