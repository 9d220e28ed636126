import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { parseTeamReportFile, teamReportFileName, type OpenedReportState } from '../../model/team-report/file';
import { TeamReportView } from './team-report-view';
import './team-report.css';

/**
 * A team report opened from a file (`#/team-report`), read-only. The text travels in the
 * history entry, not in storage: the app keeps nothing of it, yet a reload shows it again. It is
 * validated again here, since a history entry is only as good as what put it there.
 */
export default function OpenedReportPage() {
  const { t } = useTranslation('report');
  const location = useLocation();
  const text = (location.state as Partial<OpenedReportState> | null)?.reportText;
  const parsed = useMemo(() => (typeof text === 'string' ? parseTeamReportFile(text, findInstrument, TEAM_CLIMATE.id) : null), [text]);
  usePageTitle(t('opened.pageTitle'));

  if (!parsed?.ok) {
    return (
      <section className="team-report">
        <h1>{t('title')}</h1>
        <p role="alert">{parsed ? t(`open.error.${parsed.error}`) : t('opened.none')}</p>
        <Link to="/workshops">{t('backToList')}</Link>
      </section>
    );
  }
  const fileStem = teamReportFileName(parsed.report).replace(/\.json$/, '');
  return (
    <section className="team-report">
      <p className="notice no-print">{t('opened.note')}</p>
      <TeamReportView report={parsed.report} fileStem={fileStem} />
      <div className="button-row no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
        <Link to="/workshops">{t('backToList')}</Link>
      </div>
    </section>
  );
}
