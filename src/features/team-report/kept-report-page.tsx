import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { teamReportFileName } from '../../model/team-report/file';
import { useWorkshop, useWorkshopStore } from '../../stores/workshop-store';
import { saveReportFile } from './save-report-file';
import { TeamReportView } from './team-report-view';
import './team-report.css';

/**
 * A workshop that keeps only its team report (decision 80), wherever it is opened: its page, its
 * report, the presenter, the shared device. The report as kept, read-only; no intake, no join.
 */
export default function KeptReportPage() {
  const { t } = useTranslation('report');
  const { id } = useParams();
  const workshop = useWorkshop(id);
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);
  usePageTitle(workshop ? t('pageTitle', { name: workshop.name }) : t('notFound'));
  const report = workshop?.keptReport;
  if (!workshop || !report) return null;

  const fileName = teamReportFileName(report);
  return (
    <section className="team-report">
      <p className="no-print">
        <Link to="/workshops">{t('backToList')}</Link>
      </p>
      <p className="notice no-print">{t('kept.note')}</p>
      <TeamReportView report={report} fileStem={fileName.replace(/\.json$/, '')} />
      <section className="report-take-home no-print" aria-labelledby="kept-take-home">
        <h2 id="kept-take-home">{t('actions.title')}</h2>
        <div className="button-row">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('actions.print')}
          </button>
          <button
            type="button"
            onClick={() => void saveReportFile(workshop.id, report, fileName).then(setSaved)}
          >
            {t('actions.saveFile')}
          </button>
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            {t('kept.delete')}
          </button>
        </div>
        <p role="status" className="status-line">
          {saved ? t('actions.fileSaved') : ''}
        </p>
      </section>
      <ConfirmDialog
        open={deleting}
        title={t('kept.deleteTitle')}
        confirmLabel={t('kept.deleteConfirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          void useWorkshopStore.getState().remove(workshop.id).then(() => navigate('/workshops', { replace: true }));
        }}
      >
        <p>{t('kept.deleteBody', { name: workshop.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
