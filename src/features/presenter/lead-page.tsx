import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { UpdateConfirm } from '../../components/shown-update/update-confirm';
import { ScriptPlanChoice } from '../../components/script/script-plan-choice';
import { StepNotesPanel } from '../../components/script/step-notes-panel';
import { shownProfile } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { keepDraft, readDraft } from '../../stores/presenting-drafts';
import { useWorkshop } from '../../stores/workshop-store';
import { ActionsStep } from './actions-step';
import { LeadClock } from './lead-clock';
import { LeadPreview } from './lead-preview';
import { LeadResults } from './lead-results';
import { StepBar } from './step-bar';
import { usePresenterTheme } from './use-presenter-theme';
import { useSessionKeys } from './use-session-keys';
import { useSharedSteps } from './use-shared-steps';
import { useWallData } from './use-wall-data';
import { WantedStep } from './wanted-step';
import './presenter.css';
import './two-windows.css';

/**
 * The facilitator's view of a two-window presentation (`#/workshops/:id/lead`), on the laptop:
 * the room's step small, the next step, the notes, clock and timers, results waiting, and the
 * controls. Everything the room must not see lives here and only here (docs/presenter.md).
 */
export default function LeadPage() {
  const { t } = useTranslation(['facilitator', 'presenter']);
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(workshop ? t('lead.pageTitle', { name: workshop.name }) : t('presenter:notFound'));
  if (!workshop) {
    return (
      <main className="lead">
        <p role="alert">{t('presenter:notFound')}</p>
        <Link to="/workshops">{t('presenter:back')}</Link>
      </main>
    );
  }
  return <Lead workshop={workshop} />;
}

function Lead({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['facilitator', 'presenter']);
  const data = useWallData(workshop);
  const { shown, steps, wall, live, plan } = data;
  const { state, step, index, command, go, change } = useSharedSteps(workshop.id, 'lead', data);
  const { theme } = usePresenterTheme();
  // What was typed and not yet saved (before a reload): an editor takes it when it appears and keeps it from then on.
  const draft = readDraft(workshop.id);
  useSessionKeys((c) => c !== 'fullscreen' && command(c));

  const pending = shown.change;
  const asks = state.asking && pending?.asks === true;
  // The question was open when this window closed, and nothing asks any more: let it go (the wall stays blank until brought back).
  useEffect(() => {
    if (state.asking && pending?.asks !== true) change({ asking: false });
  }, [state.asking, pending?.asks, change]);

  // An update that could give away one person's answers blanks the wall first and asks here (decision 73).
  const update = () => {
    if (!pending?.asks) return shown.update();
    change({ blank: true, asking: true });
  };
  const settle = (confirmed: boolean) => {
    if (confirmed) {
      shown.update();
      change({ asking: false });
    } else change({ asking: false, blank: false });
  };

  const next = steps[index + 1];
  const profile = shownProfile(wall);
  const atStart = index <= 0;
  const atEnd = index >= steps.length - 1;
  return (
    <main className="lead">
      <header className="lead-top">
        <h1>{t('lead.title', { name: workshop.name })}</h1>
        <LeadClock startedAt={state.startedAt} stepStartedAt={state.stepStartedAt} />
      </header>
      <p className="lead-hint">{t('lead.f5')}</p>
      <div className="lead-grid">
        <section aria-labelledby="lead-now" className="lead-now">
          <h2 id="lead-now">{t('lead.now')}</h2>
          <LeadPreview workshop={workshop} data={data} step={step} index={index} blank={state.blank} theme={theme} />
          <p>{state.blank ? t('lead.blankNote') : t('lead.stepOf', { step: index + 1, total: steps.length, name: t(`presenter:steps.${step}`) })}</p>
          <p>{next ? t('lead.next', { name: t(`presenter:steps.${next}`) }) : t('lead.last')}</p>
        </section>
        <section aria-labelledby="lead-controls" className="lead-controls">
          <h2 id="lead-controls">{t('lead.controls')}</h2>
          <div role="group" aria-label={t('lead.controls')} className="lead-buttons">
            <button type="button" aria-disabled={atStart} onClick={() => !atStart && command('previous')}>
              ← {t('presenter:controls.previous')}
            </button>
            <button type="button" className="primary" aria-disabled={atEnd} onClick={() => !atEnd && command('next')}>
              {t('presenter:controls.next')} →
            </button>
            <button type="button" aria-pressed={state.blank} onClick={() => command('blank')}>
              {t('lead.blank')}
            </button>
          </div>
          <StepBar steps={steps} index={index} onGo={go} />
          <p className="lead-hint">{t('lead.keys')}</p>
          <LeadResults count={live.count} change={pending} onUpdate={update} />
          <p>
            {/* A link to the wall's window by name: it reuses that window, or opens it again after it was closed (a click on a link is never blocked). */}
            <a href={`#/workshops/${encodeURIComponent(workshop.id)}/wall`} target={`modusspiegel-wall-${workshop.id}`}>
              {t('lead.openWall')}
            </a>
          </p>
        </section>
        <div className="lead-notes">
          <StepNotesPanel step={step} figures={wall} plan={plan} available={steps} personWord={workshop.personWord} thenNow={data.thenNow?.comparison ?? null} />
          {/* The plan is chosen before the workshop (the script page); here it can still change, folded away. */}
          <details>
            <summary>{t('lead.plan')}</summary>
            <ScriptPlanChoice workshopId={workshop.id} />
          </details>
        </div>
      </div>
      {step === 'wanted' && profile && (
        <section aria-labelledby="lead-edit" className="wall wall-light lead-editor">
          <h2 id="lead-edit">{t('lead.edit')}</h2>
          <WantedStep workshop={workshop} profile={profile} draft={{ initial: draft.wanted, keep: (pending) => keepDraft(workshop.id, 'wanted', pending) }} />
        </section>
      )}
      {step === 'actions' && (
        <section aria-labelledby="lead-edit" className="wall wall-light lead-editor">
          <h2 id="lead-edit">{t('lead.edit')}</h2>
          <ActionsStep workshop={workshop} keep={{ initial: draft.action, save: (action) => keepDraft(workshop.id, 'action', action) }} />
        </section>
      )}
      <p>
        <Link to={`/workshops/${workshop.id}`}>{t('presenter:back')}</Link>
      </p>
      {pending && <UpdateConfirm open={asks} change={pending} who="people" onWait={() => settle(false)} onConfirm={() => settle(true)} />}
    </main>
  );
}
