import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { usePageTitle } from '../../components/use-page-title';
import { ResultList } from './result-list';
import { BackupPanel } from './backup-panel';
import { EraseAll } from './erase-all';

export default function HistoryPage() {
  const { t } = useTranslation('history');
  usePageTitle(t('pageTitle'));
  const results = useHistoryStore((s) => s.results);
  // One polite live region for the outcome of every action on this page.
  const [status, setStatus] = useState('');

  return (
    <section className="history">
      <h1>{t('pageTitle')}</h1>
      <p>{t('intro')}</p>
      <p role="status" className="status-line">
        {status}
      </p>
      {results.length === 0 ? (
        <p>
          {t('empty')} <Link to="/self-check">{t('start')}</Link>
        </p>
      ) : (
        <ResultList results={results} onDeleted={() => setStatus(t('deleted'))} />
      )}
      <BackupPanel onStatus={setStatus} />
      <EraseAll onErased={() => setStatus(t('deletedAll'))} />
    </section>
  );
}
