import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { climateOfTeam } from '../../model/climate/team';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { findInstrument } from '../../model/instruments/registry';
import { aggregateTeam } from '../../model/team/aggregate';
import { answerSetsOf, type Workshop } from '../../model/workshop/workshop';
import { UpdateConfirm } from '../../components/shown-update/update-confirm';
import { useShownTeam } from '../../components/shown-update/use-shown-team';
import { TeamCentreSection } from './team-centre-section';
import { TeamClimateCombinationSection } from './team-climate-combination-section';
import { TeamClimateSection } from './team-climate-section';
import { TeamCsvExport } from './team-csv-export';
import { TeamDifferencesSection } from './team-differences-section';
import { TeamModesSection } from './team-modes-section';
import { teamSteps, TeamRevealNav, useTeamReveal, type TeamStepKey } from './team-reveal';
import { TeamSpreadSection } from './team-spread-section';
import './team-profile.css';

/**
 * The team profile for the projector: nothing below the workshop's minimum, then a stepped
 * reveal that the facilitator starts. With the self-check: spread, centre, differences, modes;
 * with the team climate: the climate; with both, one more step that sets the team's place in the
 * window beside its climate (team level only). All numbers come from the models (src/model/team,
 * src/model/climate); this component only formats and arranges them.
 */
export function TeamProfileView({ workshop: stored }: { workshop: Workshop }) {
  const { t } = useTranslation(['team', 'modes', 'instrument', 'results']);
  const baseId = useId();
  // The team as the wall shows it: fixed at the first reveal, changed only by "Bijwerken" (decision 73).
  const shownTeam = useShownTeam(stored);
  const workshop = useMemo(() => ({ ...stored, results: shownTeam.results }), [stored, shownTeam.results]);
  const headingId = (step: number) => `${baseId}-step-${step}`;

  // The self-check (or any questionnaire with modes) and the climate, each at most once.
  const modesQuestionnaire = workshop.questionnaires.find((q) => q.instrumentId !== TEAM_CLIMATE.id);
  const climateQuestionnaire = workshop.questionnaires.find((q) => q.instrumentId === TEAM_CLIMATE.id);
  const instrument = modesQuestionnaire && findInstrument(modesQuestionnaire.instrumentId, modesQuestionnaire.instrumentVersion);
  const climateInstrument = climateQuestionnaire && findInstrument(climateQuestionnaire.instrumentId, climateQuestionnaire.instrumentVersion);
  const unknown = (modesQuestionnaire && !instrument) || (climateQuestionnaire && !climateInstrument);

  const answerSets = useMemo(() => (instrument ? answerSetsOf(workshop, instrument.id) : []), [workshop, instrument]);
  const climateSets = useMemo(() => (climateInstrument ? answerSetsOf(workshop, climateInstrument.id) : []), [workshop, climateInstrument]);
  const profile = useMemo(
    () => (instrument ? aggregateTeam(instrument, answerSets, { minRespondents: workshop.minRespondents }) : null),
    [instrument, answerSets, workshop.minRespondents],
  );
  const climate = useMemo(
    () => (climateInstrument ? climateOfTeam(climateInstrument, climateSets, { minRespondents: workshop.minRespondents }) : null),
    [climateInstrument, climateSets, workshop.minRespondents],
  );
  const steps = teamSteps({ selfCheck: profile !== null, climate: climate !== null });
  // The gate, as before the climate: the self-check's minimum when the workshop has it, else the
  // climate's. A climate below its own minimum shows only its count in its step.
  const gate = profile ?? climate;
  const shown = !unknown && gate?.status === 'shown';
  const { step, go } = useTeamReveal(shown, steps.length);

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
  const stepName = (index: number) => t(`team:steps.${steps[index - 1] ?? 'spread'}`);
  const heading = (index: number) => t('team:stepHeading', { step: index, name: stepName(index) });
  /** The 1-based number of a step in this workshop's reveal, or 0 when the workshop does not have it. */
  const numberOf = (key: TeamStepKey) => steps.indexOf(key) + 1;

  // The counts, as now: the self-check's profile, and the climate's (for a climate-only workshop
  // in the same words as the profile's).
  const counts = (
    <>
      {profile &&
        (profile.status === 'shown' ? (
          <>
            <p className="team-count">{t('team:counted', { count: profile.count })}</p>
            {profile.incomplete > 0 && <p className="hint">{t('team:incomplete', { count: profile.incomplete })}</p>}
          </>
        ) : (
          <p className="team-waiting">{t('team:waiting', { count: profile.count, min: profile.minRespondents })}</p>
        ))}
      {climate &&
        (climate.status === 'shown' ? (
          <>
            <p className="team-count">{profile ? t('team:climate.counted', { count: climate.count }) : t('team:counted', { count: climate.count })}</p>
            {climate.incomplete > 0 && <p className="hint">{t('team:climate.incomplete', { count: climate.incomplete })}</p>}
          </>
        ) : (
          <p className="team-waiting">
            {profile
              ? t('team:climate.waiting', { count: climate.count, min: climate.minRespondents })
              : t('team:waiting', { count: climate.count, min: climate.minRespondents })}
          </p>
        ))}
    </>
  );

  const reached = (key: TeamStepKey) => numberOf(key) > 0 && step >= numberOf(key);

  let body;
  if (unknown || (!profile && !climate)) {
    body = <p>{t('team:unknownInstrument')}</p>;
  } else if (!shown) {
    body = (
      <>
        {counts}
        <p className="hint">{t('team:waitingWhy')}</p>
      </>
    );
  } else {
    const shownProfile = profile?.status === 'shown' ? profile : null;
    body = (
      <>
        {counts}
        <p role="status" className="visually-hidden">
          {step === 0 ? t('team:reveal.hidden') : t('team:reveal.status', { step, total: steps.length, name: stepName(step) })}
        </p>
        {step === 0 ? (
          <div className="team-gate">
            <p className="team-lead">{t('team:reveal.ready')}</p>
            <p className="hint">{t('team:reveal.readyHint')}</p>
            <button
              type="button"
              className="primary large"
              ref={startButton}
              onClick={() => {
                shownTeam.reveal();
                reveal(1);
              }}
            >
              {t('team:reveal.start')}
            </button>
          </div>
        ) : (
          <>
            <TeamRevealNav step={step} onGo={goTo} steps={steps} />
            {shownProfile && instrument && (
              <>
                <TeamSpreadSection profile={shownProfile} showCentre={step >= 2} headingId={headingId(1)} heading={heading(1)} />
                {step >= 2 && <TeamCentreSection profile={shownProfile} headingId={headingId(2)} heading={heading(2)} />}
                {step >= 3 && (
                  <TeamDifferencesSection profile={shownProfile} instrument={instrument} headingId={headingId(3)} heading={heading(3)} personWord={workshop.personWord} />
                )}
                {step >= 4 && <TeamModesSection profile={shownProfile} headingId={headingId(4)} heading={heading(4)} />}
              </>
            )}
            {climate && reached('climate') && (
              <TeamClimateSection climate={climate} headingId={headingId(numberOf('climate'))} heading={heading(numberOf('climate'))} />
            )}
            {profile && climate && reached('combination') && (
              <TeamClimateCombinationSection
                profile={profile}
                climate={climate}
                headingId={headingId(numberOf('combination'))}
                heading={heading(numberOf('combination'))}
              />
            )}
          </>
        )}
        <TeamCsvExport
          selfCheck={instrument && shownProfile ? { instrument, profile: shownProfile, answerSets } : null}
          climate={climateInstrument && climate?.status === 'shown' ? { instrument: climateInstrument, climate } : null}
          minRespondents={workshop.minRespondents}
          workshopCode={workshop.code}
          workshopName={workshop.name}
          workshopDate={workshop.createdAt}
          personWord={workshop.personWord}
          onDownload={shownTeam.reveal}
        />
      </>
    );
  }

  return (
    <section className="team-profile" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('team:title')}</h2>
      <ShownUpdate change={shownTeam.change} onUpdate={shownTeam.update} />
      {body}
    </section>
  );
}

/** Changes since the view was fixed, and "Bijwerken", which asks first when one person could be worked out. */
function ShownUpdate({ change, onUpdate }: { change: ReturnType<typeof useShownTeam>['change']; onUpdate: () => void }) {
  const { t } = useTranslation('team');
  const [asking, setAsking] = useState(false);
  if (!change?.changes) return null;
  const count = change.added + change.removed + change.replaced;
  return (
    <div className="notice" role="status">
      <p>{t('update.pending', { count })}</p>
      <button type="button" className="primary" onClick={() => (change.asks ? setAsking(true) : onUpdate())}>
        {t('update.button')}
      </button>
      <UpdateConfirm
        open={asking}
        change={change}
        who="people"
        onWait={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onUpdate();
        }}
      />
    </div>
  );
}
