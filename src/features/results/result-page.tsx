import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { loadAllCharts } from '../../charts/loadable-charts';
import { formatDate } from '../../lib/format';
import { useResultView } from './use-result-view';
import { ResultSummary } from './result-summary';
import { ResultWindow } from './result-window';
import { ResultRadar } from './result-radar';
import { ReflectionQuestions } from './reflection-questions';
import { EarlierResults } from './earlier-results';
import { WantedPointPanel } from './wanted-point';
import { OwnAnswers } from './own-answers';
import { PrintNotes } from './print-notes';
import { KeepCopyReminder } from './keep-copy-reminder';
import { NotSavedNotice } from './not-saved-notice';
import { ClimateResultView } from './climate-result';
import { PersonWordChoice } from '../../components/person-word/person-word-choice';
import { readingUpdated } from '../../model/results/reading-update';
import './result-print.css';

export default function ResultPage() {
  const { t, i18n } = useTranslation(['results', 'common', 'about']);
  const { id } = useParams();
  const view = useResultView(id);
  // The page is chosen by the questionnaire: a self-check (the window) or the team climate.
  usePageTitle(view.status === 'climate' ? t('results:climate.pageTitle') : t('results:pageTitle'));
  // The goal being chosen with the sliders, per result, so the window draws it as it moves.
  const [draft, setDraft] = useState<{ id: string; point: { support: number; expectations: number } } | null>(null);
  const unsaved = (useLocation().state as { unsaved?: boolean } | null)?.unsaved === true;

  if (view.status === 'climate') {
    return <ClimateResultView current={view.current} earlier={view.earlier} unsaved={unsaved} />;
  }

  if (view.status !== 'ok') {
    return (
      <section>
        <h1>{t('results:pageTitle')}</h1>
        <p role="alert">{t(view.status === 'missing' ? 'results:notFound' : 'results:unknownInstrument')}</p>
        <p>
          <Link to="/history">{t('results:allResults')}</Link>
        </p>
      </section>
    );
  }

  const { current, previous, earlier } = view;
  const wanted = draft?.id === current.saved.id ? draft.point : current.saved.wanted;
  const setWanted = (point: { support: number; expectations: number }) => setDraft({ id: current.saved.id, point });
  const lng = i18n.resolvedLanguage ?? 'nl';
  return (
    <article className="result">
      <header className="result-header">
        <h1>{t('results:pageTitle')}</h1>
        <p className="hint">{t('results:completedOn', { date: formatDate(current.saved.completedAt, lng) })}</p>
        {/* In print this sentence moves to the closing line, with the date. */}
        <p className="no-print">{t('common:conversationTool')}</p>
      </header>
      {unsaved && <NotSavedNotice saved={current.saved} />}
      {/* Said once, on an old result that the current rules read differently (decision 3: only answers are kept). */}
      {readingUpdated(current.saved) && <p className="notice notice-warning">{t('results:readingUpdated')}</p>}
      <ResultSummary score={current.score} />
      <div className="chart-grid">
        <ResultWindow current={current} previous={previous} wanted={wanted} />
        <ResultRadar score={current.score} previous={previous ? { score: previous.score, date: formatDate(previous.saved.completedAt, lng) } : null} />
      </div>
      <ReflectionQuestions score={current.score} />
      <div className="no-print">
        <PersonWordChoice />
      </div>
      <OwnAnswers saved={current.saved} />
      {/* Only with a point in the window: the goal is a point in the window that is drawn above.
          On paper only once a point is chosen; the sliders print as numbers (result-print.css). */}
      {current.score.point && (
        <div className={wanted ? 'wanted-print' : 'wanted-print no-print'}>
          <WantedPointPanel key={current.saved.id} saved={current.saved} point={current.score.point} onChange={setWanted} />
        </div>
      )}
      <EarlierResults current={current} previous={previous} all={earlier} />
      <PrintNotes />
      <section className="no-print climate-offer" aria-labelledby="climate-offer-title">
        <h2 id="climate-offer-title">{t('results:climateLink')}</h2>
        <p>{t('results:climateOffer')}</p>
        <Link className="button" to="/team-climate">
          {t('results:climateLink')}
        </Link>
      </section>
      <KeepCopyReminder />
      {/* Only on paper: when and what this is, under the report (result-print.css). */}
      <p className="print-only print-line">
        {t('results:completedOn', { date: formatDate(current.saved.completedAt, lng) })}. {t('common:conversationTool')}
      </p>
      <div className="button-row">
        <Link className="button primary" to="/self-check">
          {t('results:again')}
        </Link>
        {/* The charts below the first screen may not be drawn yet: their code first (when-near.tsx). */}
        <button type="button" onClick={() => void loadAllCharts().finally(() => window.print())}>
          {t('results:print')}
        </button>
        <Link className="button" to="/history">
          {t('results:allResults')}
        </Link>
        <Link className="button" to="/about">
          {t('about:link')}
        </Link>
      </div>
    </article>
  );
}
