import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { UpdateConfirm } from '../../components/shown-update/update-confirm';
import { useShownTeam } from '../../components/shown-update/use-shown-team';
import { findInstrument } from '../../model/instruments/registry';
import { wallFigures } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshop } from '../../stores/workshop-store';
import { PresenterControls } from './presenter-controls';
import { StepBar } from './step-bar';
import { StepContent } from './step-content';
import { presenterSteps, TEAM_STEPS, type StepKey } from '../../model/presenter/steps';
import { useFullscreen } from './use-fullscreen';
import { usePresenterKeys, useReleaseClickedControls, type PresenterCommand } from './use-presenter-keys';
import { usePresenterTheme } from './use-presenter-theme';
import { useThenNow } from './use-then-now';
import LeadPage from './lead-page';
import WallPage from './wall-page';
import './presenter.css';

/**
 * The presenter's routes: the single screen (`present`), or one of the two windows (`wall`,
 * `lead`; issue 22). One lazy module for all three, so the first screen names no extra chunk.
 */
export default function PresenterPage({ screen }: { screen?: 'wall' | 'lead' }) {
  if (screen === 'wall') return <WallPage />;
  if (screen === 'lead') return <LeadPage />;
  return <SingleScreenPage />;
}

/** The presenter: the workshop full screen on the wall, one step per screen, outside the app's layout. */
function SingleScreenPage() {
  const { t } = useTranslation('presenter');
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(workshop ? t('pageTitle', { name: workshop.name }) : t('notFound'));
  if (!workshop) {
    return (
      <main className="wall wall-light">
        <p role="alert" className="wall-lead">
          {t('notFound')}
        </p>
        <Link to="/workshops">{t('back')}</Link>
      </main>
    );
  }
  return <Presenter workshop={workshop} />;
}

function Presenter({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('presenter');
  const shown = useShownTeam(workshop);
  const [asking, setAsking] = useState(false);
  const { theme, toggle: toggleTheme } = usePresenterTheme();
  const fullscreen = useFullscreen();
  const [blank, setBlank] = useState(false);
  const [current, setCurrent] = useState<StepKey>('join');

  // Live: the count step and whether the team may be shown yet. Wall: what the team steps show,
  // fixed at the reveal (the snapshot, shared with the workshop page) until the facilitator updates.
  const live = useMemo(() => wallFigures(workshop, workshop.results, findInstrument), [workshop]);
  const wall = useMemo(() => (shown.snapshot ? wallFigures(workshop, shown.results, findInstrument) : live), [workshop, shown.snapshot, shown.results, live]);
  const thenNow = useThenNow(workshop, wall);
  const steps = presenterSteps(wall, thenNow !== null);
  // A step that went away (a raised minimum) falls back to the count, never to a team step.
  const index = steps.includes(current) ? steps.indexOf(current) : steps.indexOf('count');
  const step = steps[index] ?? 'count';
  const change = shown.change;
  const pending = change ? change.added + change.removed + change.replaced : 0;

  const go = (to: number) => {
    const target = steps[Math.max(0, Math.min(steps.length - 1, to))];
    if (!target) return;
    // The first time a team step is shown, the wall fixes what it shows.
    if (TEAM_STEPS.has(target)) shown.reveal();
    setCurrent(target);
    setBlank(false);
  };
  // An update that could give away one person's answers blanks the wall first, then asks on the
  // facilitator's control; waiting is the default (decision 73).
  const update = () => {
    if (!change?.asks) return shown.update();
    setBlank(true);
    setAsking(true);
  };
  const settle = (confirmed: boolean) => {
    setAsking(false);
    if (confirmed) shown.update();
    // Confirmed, the wall stays blank until the facilitator brings it back; waiting shows it unchanged.
    else setBlank(false);
  };

  const command = (c: PresenterCommand) => {
    // While the question is open, the keys belong to it: the wall neither moves nor comes back.
    if (asking) return;
    // While blank, a step key only brings the screen back: the room sees no step it did not see.
    if (blank && (c === 'next' || c === 'previous' || c === 'unblank')) return setBlank(false);
    switch (c) {
      case 'next':
        return go(index + 1);
      case 'previous':
        return go(index - 1);
      case 'first':
        return go(0);
      case 'last':
        return go(steps.length - 1);
      case 'fullscreen':
        return fullscreen.toggle();
      case 'blank':
        return setBlank(!blank);
      case 'start':
        go(0);
        return fullscreen.enter();
      case 'resume':
        setBlank(false);
        return fullscreen.enter();
      case 'unblank':
        return undefined;
    }
  };
  usePresenterKeys(command);
  useReleaseClickedControls();

  const headingId = `wall-step-${step}`;
  return (
    <div className={`wall wall-${theme}`} data-theme={theme}>
      <header className="wall-top">
        <p className="wall-name">
          {workshop.demo === true && <span className="wall-badge">{t('demoBadge')}</span>}
          <span>{workshop.name}</span>
        </p>
        <StepBar steps={steps} index={index} onGo={go} />
      </header>
      <main className="wall-main">
        <section aria-labelledby={headingId} className={`wall-step wall-step-${step}`}>
          <h1 id={headingId}>{t(`steps.${step}`)}</h1>
          <StepContent step={step} workshop={workshop} wall={wall} live={live} thenNow={thenNow} />
        </section>
      </main>
      <PresenterControls
        atStart={index <= 0}
        atEnd={index >= steps.length - 1}
        pending={pending}
        theme={theme}
        fullscreen={fullscreen.full}
        workshopId={workshop.id}
        onCommand={command}
        onUpdate={update}
        onTheme={toggleTheme}
      />
      <p role="status" className="visually-hidden">
        {blank ? t('blanked') : t('status', { step: index + 1, total: steps.length, name: t(`steps.${step}`) })}
      </p>
      {blank && <div className="wall-blank" data-testid="blank" onClick={() => !asking && setBlank(false)} aria-hidden="true" />}
      {change && <UpdateConfirm open={asking} change={change} who="people" onWait={() => settle(false)} onConfirm={() => settle(true)} />}
    </div>
  );
}
