import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useShownTeam } from '../../components/shown-update/use-shown-team';
import { formatDate } from '../../lib/format';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { planMinutes, plannedSteps } from '../../model/presenter/script';
import { presenterSteps } from '../../model/presenter/steps';
import { linkedThenAndNow } from '../../model/workshop/same-team';
import { formatJoinCode } from '../../model/workshop/join-code';
import { wallFigures } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';
import { useScriptPlan } from '../../stores/script-plan-store';
import { useWorkshop, useWorkshopStore } from '../../stores/workshop-store';
import { ScriptPlanChoice } from '../../components/script/script-plan-choice';
import { ScriptStep } from './script-step';
import './script.css';

/**
 * The script of one workshop (`#/workshops/:id/script`), on screen and on A4. Before the team is
 * shown: every step with its time and all its questions, each with when it is chosen, and the
 * workshop code. Once the wall has shown the team (its snapshot, decision 73): the questions for
 * this team, and the team report to print with it. The page never reveals the team itself: only
 * the wall's snapshot chooses questions (docs/privacy.md, "The script shows only what the wall
 * may show").
 */
export default function ScriptPage() {
  const { t } = useTranslation('script');
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(workshop ? t('page.pageTitle', { name: workshop.name }) : t('page.notFound'));
  if (!workshop) {
    return (
      <section className="script-page">
        <h1>{t('page.title')}</h1>
        <p role="alert">{t('page.notFound')}</p>
        <Link to="/workshops">{t('page.backToWorkshop')}</Link>
      </section>
    );
  }
  return <Script workshop={workshop} />;
}

function Script({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('script');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const [plan] = useScriptPlan(workshop.id);
  const all = useWorkshopStore((s) => s.workshops);
  const { snapshot, results } = useShownTeam(workshop);
  const figures = useMemo(() => (snapshot ? wallFigures(workshop, results, findInstrument) : null), [workshop, snapshot, results]);
  const shown = figures?.shown === true ? figures : null;
  const thenNow = useMemo(() => (shown ? linkedThenAndNow(all, workshop, shown, findInstrument) : null), [all, workshop, shown]);
  const available = useMemo(() => {
    if (shown) return presenterSteps(shown, thenNow !== null);
    const ids = workshop.questionnaires.map((q) => q.instrumentId);
    return plannedSteps({ selfCheck: ids.some((i) => i !== TEAM_CLIMATE.id), climate: ids.includes(TEAM_CLIMATE.id), earlier: workshop.sameTeamAs !== undefined });
  }, [shown, thenNow, workshop]);
  const minutes = planMinutes(available, plan);

  return (
    <section className="script-page">
      <p className="no-print">
        <Link to={`/workshops/${workshop.id}`}>{t('page.backToWorkshop')}</Link>
      </p>
      <header className="script-header">
        <h1>{t('page.title')}</h1>
        <p className="script-name">
          {workshop.name} · {formatDate(workshop.createdAt, lng)}
        </p>
        <dl className="script-meta">
          {workshop.demo !== true && (
            <div>
              <dt>{t('page.code')}</dt>
              <dd className="script-code" translate="no">
                {formatJoinCode(workshop.code)}
              </dd>
            </div>
          )}
          <div>
            <dt className="visually-hidden">{t('page.length', { count: plan.length })}</dt>
            <dd>{t('page.length', { count: plan.length })}</dd>
          </div>
        </dl>
        <p>{t('page.intro')}</p>
        <p className="script-state">{shown ? t('page.after') : t('page.before')}</p>
      </header>
      <section className="script-plan-box no-print" aria-labelledby="script-plan-title">
        <h2 id="script-plan-title">{t('plan.title')}</h2>
        <ScriptPlanChoice workshopId={workshop.id} />
      </section>
      <ol className="script-steps">
        {[...minutes].map(([step, min], i) => (
          <ScriptStep key={step} step={step} number={i + 1} minutes={min} figures={shown} personWord={workshop.personWord} thenNow={thenNow?.comparison ?? null} />
        ))}
      </ol>
      {shown && (
        <p className="script-after">
          {t('page.afterHint')} <Link to={`/workshops/${workshop.id}/report`}>{t('page.reportLink')}</Link>
        </p>
      )}
      <div className="button-row no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('page.print')}
        </button>
      </div>
      <p className="hint no-print">{t('page.printHint')}</p>
      <p className="print-only script-print-line">{t('page.printLine', { date: formatDate(new Date().toISOString(), lng) })}</p>
    </section>
  );
}
