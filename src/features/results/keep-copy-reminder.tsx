import { usePersistedStorage } from '../../components/use-persisted-storage';
import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { downloadText } from '../../lib/download';
import { backupFileName, toBackupFile } from '../../model/results/backup-file';

/**
 * Some browsers erase a site's data after days without a visit. When this one did not promise to
 * keep it, a new result comes with a reminder and a one-click copy of every result.
 */
export function KeepCopyReminder() {
  const { t } = useTranslation('history');
  const results = useHistoryStore((s) => s.results);
  const persisted = usePersistedStorage();
  if (persisted !== false) return null;
  return (
    <div className="notice notice-warning keep-copy">
      <p>{t('keepCopyReminder')}</p>
      <button
        type="button"
        onClick={() => {
          const now = new Date();
          downloadText(backupFileName(now), toBackupFile(results, now));
        }}
      >
        {t('keepCopy')}
      </button>
    </div>
  );
}
