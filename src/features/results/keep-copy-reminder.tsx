import { usePersistedStorage } from '../../components/use-persisted-storage';
import { useTranslation } from 'react-i18next';
import { downloadBackup } from '../../stores/backup';

/**
 * Some browsers erase a site's data after days without a visit. When this one did not promise to
 * keep it, a new result comes with a reminder and a one-click copy of every result.
 */
export function KeepCopyReminder() {
  const { t } = useTranslation('history');
  const persisted = usePersistedStorage();
  if (persisted !== false) return null;
  return (
    <div className="notice notice-warning keep-copy">
      <p>{t('keepCopyReminder')}</p>
      <button
        type="button"
        onClick={downloadBackup}
      >
        {t('keepCopy')}
      </button>
    </div>
  );
}
