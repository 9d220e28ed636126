import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
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
  const { t, i18n } = useTranslation('report');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const { id } = useParams();
  const workshop = useWorkshop(id);
  const [saved, setSaved] = useState(false);
  const report = useMemo(() => (workshop ? buildTeamReport(workshop, findInstrument, TEAM_CLIMATE.id, reportExtrasOf(workshop)) : null), [workshop]);
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
