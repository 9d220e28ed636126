import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../lib/format';
import { ChooseReports } from './choose-reports';
import { OverviewTakeHome } from './overview-take-home';
import { TeamsMap } from './teams-map';
import { TeamsOverTime } from './teams-over-time';
import { TeamsTable } from './teams-table';
import { TeamsTogether } from './teams-together';
import { useOverview } from './use-overview';
import './overview.css';

/**
 * An overview of many teams (`#/overview`, issue 23): team report files and workshops of this
 * device side by side. Nothing is stored and nothing leaves the device; what is shown is what
 * the reports hold. docs/overview.md.
 */
export default function OverviewPage() {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.resolvedLanguage ?? 'nl';
  usePageTitle(t('pageTitle'));
  const state = useOverview();
  const { overview } = state;
  const teams = overview.rows.length;
  return (
    <section className="overview">
      <p className="no-print">
        <Link to="/workshops">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="no-print">{t('intro')}</p>
      <ChooseReports state={state} />
      <div className="overview-counts">
        <p className="report-lead">{teams === 0 ? t('counts.none') : t('counts.teams', { count: teams })}</p>
        {overview.leftOut > 0 && <p>{t('counts.leftOut', { count: overview.leftOut })}</p>}
        {overview.duplicates > 0 && <p>{t('counts.duplicates', { count: overview.duplicates })}</p>}
      </div>
      {teams > 0 && (
        <>
          <TeamsMap rows={overview.rows} />
          <TeamsTable rows={overview.rows} />
          <TeamsOverTime paths={overview.paths} />
          <TeamsTogether together={overview.together} />
          <OverviewTakeHome overview={overview} />
          <p className="print-only overview-print-line">{t('takeHome.printLine', { date: formatDate(new Date().toISOString(), lng) })}</p>
        </>
      )}
    </section>
  );
}
