import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useShownTeam } from '../../components/shown-update/use-shown-team';
import type { Workshop } from '../../model/workshop/workshop';
import { formatDate } from '../../lib/format';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { buildTeamReport } from '../../model/team-report/build';
import { reportExtrasOf } from '../../model/team-report/extras';
import { teamReportFileName } from '../../model/team-report/file';
import { clampMinRespondents } from '../../model/team/anonymity';
import { useWorkshop } from '../../stores/workshop-store';
import { saveReportFile } from './save-report-file';
import { TeamReportView } from './team-report-view';
import './team-report.css';

/**
 * The report of one workshop (`#/workshops/:id/report`): what the team takes home. On paper (A4,
 * team-report.css), as a team report file, and each chart as a picture.
 */
export default function WorkshopReportPage() {
  const { t } = useTranslation('report');
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(workshop ? t('pageTitle', { name: workshop.name }) : t('notFound'));

  if (!workshop) {
    return (
      <section className="team-report">
        <h1>{t('title')}</h1>
        <p role="alert">{t('notFound')}</p>
        <Link to="/workshops">{t('backToList')}</Link>
      </section>
    );
  }

  return <Report workshop={workshop} />;
}

/**
 * The report shows the team as the wall does (decision 73): the results of the shown snapshot.
 * Opening it before any reveal is a reveal: the snapshot is taken then, so two reports made while
 * results come in differ only after "Bijwerken" on the workshop page or the wall.
 */
function Report({ workshop: stored }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('report');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const [saved, setSaved] = useState(false);
  const shownTeam = useShownTeam(stored);
  const workshop = useMemo(() => ({ ...stored, results: shownTeam.results }), [stored, shownTeam.results]);
  const report = useMemo(() => buildTeamReport(workshop, findInstrument, TEAM_CLIMATE.id, reportExtrasOf(workshop)), [workshop]);
  const { reveal } = shownTeam;
  const unrevealed = shownTeam.snapshot === null;
  useEffect(() => {
    if (unrevealed && report) reveal();
  }, [unrevealed, report, reveal]);
  const pending = shownTeam.change ? shownTeam.change.added + shownTeam.change.removed + shownTeam.change.replaced : 0;

  const back = (
    <p className="no-print">
      <Link to={`/workshops/${workshop.id}`}>{t('backToWorkshop')}</Link>
    </p>
  );
  if (!report) {
    return (
      <section className="team-report">
        <h1>{t('title')}</h1>
        <p>{t('tooFew', { min: clampMinRespondents(workshop.minRespondents) })}</p>
        {back}
      </section>
    );
  }

  const fileName = teamReportFileName(report);
  const saveFile = () => void saveReportFile(workshop.id, report, fileName).then(setSaved);
  return (
    <section className="team-report">
      {back}
      {pending > 0 && (
        <p className="notice no-print" role="status">
          {t('pendingUpdate', { count: pending })}
        </p>
      )}
      <TeamReportView report={report} fileStem={fileName.replace(/\.json$/, '')} />
      <section className="report-take-home no-print" aria-labelledby="report-take-home">
        <h2 id="report-take-home">{t('actions.title')}</h2>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('actions.print')}
          </button>
          <button type="button" onClick={saveFile}>
            {t('actions.saveFile')}
          </button>
        </div>
        <p className="hint">
          {t('actions.printHint')} {t('actions.saveFileHint')}
        </p>
        <p role="status" className="status-line">
          {saved ? t('actions.fileSaved') : ''}
        </p>
      </section>
      <p className="print-only report-print-line">{t('printLine', { date: formatDate(new Date().toISOString(), lng) })}</p>
    </section>
  );
}
