import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { usePageTitle } from '../../components/use-page-title';
import { ResultList } from './result-list';
import { BackupPanel } from './backup-panel';
import { EraseAll } from './erase-all';
import { HistoryTrend } from './history-trend';
import { CompareResults } from './compare-results';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';

export default function HistoryPage() {
  const { t } = useTranslation('history');
  usePageTitle(t('pageTitle'));
  const results = useHistoryStore((s) => s.results);
  // One polite live region for the outcome of every action on this page.
  const [status, setStatus] = useState('');
  // After a deletion the dialog and the pressed button are gone: bring the outcome into view and
  // put focus on it, so keyboard and screen-reader users are not left on the page's body.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const [confirmed, setConfirmed] = useState(0);
  useEffect(() => {
    if (confirmed === 0) return;
    statusLine.current?.focus({ preventScroll: true });
    statusLine.current?.scrollIntoView?.({ block: 'center' });
  }, [confirmed]);
  const announce = (message: string) => {
    setStatus(message);
    setConfirmed((n) => n + 1);
  };

  return (
    <section className="history">
      <h1>{t('pageTitle')}</h1>
      <p>{t('intro')}</p>
      {results.some((r) => r.instrumentId === TEAM_CLIMATE.id) && <p>{t('climateIntro')}</p>}
      <p role="status" className="status-line" ref={statusLine} tabIndex={-1}>
        {status}
      </p>
      {results.length === 0 ? (
        <p>
          {t('empty')} <Link to="/self-check">{t('start')}</Link>
        </p>
      ) : (
        <ResultList results={results} onDeleted={() => announce(t('deleted'))} />
      )}
      <HistoryTrend results={results} />
      <CompareResults results={results} />
      <BackupPanel onStatus={setStatus} />
      <EraseAll onErased={() => announce(t('deletedAll'))} />
    </section>
  );
}
