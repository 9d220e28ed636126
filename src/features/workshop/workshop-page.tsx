import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useWorkshop } from '../../stores/workshop-store';
import { JoinPanel } from './join-panel';
import { IntakePanel } from '../../components/intake/intake-panel';
import { ResultCount } from './result-count';
import { WorkshopSettings } from './workshop-settings';
import { TeamProfileView } from './team-profile-view';
import { UnsavedWorkshopNotice } from './unsaved-workshop';
import { DroppedUnfinishedNotice } from '../../components/device-lock/dropped-unfinished-notice';
import { KeepOnlyReportPanel } from './keep-only-report-panel';
import { TwoWindowsButton } from './two-windows-button';

export default function WorkshopPage() {
  const { t } = useTranslation(['workshop', 'report', 'presenter', 'script', 'facilitator']);
  const { id } = useParams();
  const workshop = useWorkshop(id);
  usePageTitle(workshop ? t('pageTitle', { name: workshop.name }) : t('notFound'));

  if (!workshop) {
    return (
      <section>
        <h1>{t('listTitle')}</h1>
        <p role="alert">{t('notFound')}</p>
        <Link to="/workshops">{t('backToList')}</Link>
      </section>
    );
  }

  return (
    <section className="workshop">
      <h1>{workshop.name}</h1>
      <UnsavedWorkshopNotice workshop={workshop} />
      <DroppedUnfinishedNotice />
      {workshop.demo === true && <p className="notice">{t('presenter:demo.pageNote')}</p>}
      <ResultCount workshop={workshop} />
      <KeepOnlyReportPanel workshop={workshop} shows="remind" />
      <div className="button-row">
        <Link className="button primary" to={`/workshops/${workshop.id}/present`} aria-describedby="present-hint">
          {t('presenter:open')}
        </Link>
        <TwoWindowsButton workshopId={workshop.id} />
        {workshop.demo !== true && (
          <Link className="button" to={`/workshops/${workshop.id}/shared`}>
            {t('sharedStart')}
          </Link>
        )}
        <Link className="button" to={`/workshops/${workshop.id}/report`}>
          {t('report:link')}
        </Link>
        <Link className="button" to={`/workshops/${workshop.id}/script`}>
          {t('script:page.link')}
        </Link>
      </div>
      <p id="present-hint" className="hint">
        {t('presenter:openHint')}
      </p>
      <p id="two-windows-hint" className="hint">
        {t('facilitator:openHint')}
      </p>
      {/* A demo team takes no results: nobody can join it (docs/presenter.md). */}
      {workshop.demo !== true && <JoinPanel workshop={workshop} />}
      {workshop.demo !== true && <IntakePanel workshop={workshop} />}
      <TeamProfileView workshop={workshop} />
      <KeepOnlyReportPanel workshop={workshop} shows="offer" />
      <WorkshopSettings workshop={workshop} />
    </section>
  );
}
