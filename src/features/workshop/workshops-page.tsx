import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useWorkshopStore } from '../../stores/workshop-store';
import { formatDate } from '../../lib/format';
import { formatJoinCode } from '../../model/workshop/join-code';
import { CreateWorkshopForm } from './create-workshop-form';
import { ImportWorkshop } from './import-workshop';
import { OpenTeamReport } from './open-team-report';
import { DemoWorkshopButton } from './demo-workshop-button';
import { UnsavedBadge } from './unsaved-workshop';

export default function WorkshopsPage() {
  const { t, i18n } = useTranslation(['workshop', 'presenter', 'overview', 'quality']);
  usePageTitle(t('listTitle'));
  const workshops = useWorkshopStore((s) => s.workshops);
  const lng = i18n.resolvedLanguage ?? 'nl';

  return (
    <section className="workshops">
      <h1>{t('listTitle')}</h1>
      <p>{t('listIntro')}</p>
      {workshops.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="result-list">
          {workshops.map((w) => (
            <li key={w.id}>
              <span>
                <Link to={`/workshops/${w.id}`}>{w.name}</Link>
                {w.demo === true && <span className="badge">{t('presenter:demoBadge')}</span>}
                <UnsavedBadge id={w.id} />
                <br />
                <span className="hint">
                  {t('itemSummary', { code: formatJoinCode(w.code), count: w.results.length, date: formatDate(w.createdAt, lng) })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreateWorkshopForm />
      <DemoWorkshopButton />
      <ImportWorkshop />
      <OpenTeamReport />
      <p className="panel">
        <Link to="/overview">{t('overview:link.label')}</Link> {t('overview:link.hint')}
      </p>
      <p className="hint">
        <Link to="/quality">{t('quality:link')}</Link>
      </p>
    </section>
  );
}
