import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/download';
import { backupFileName, toBackupFile } from '../../model/results/backup-file';
import type { SavedResult } from '../../model/results/saved-result';

/** The device could not keep this result: say so, and offer it as a file. */
export function NotSavedNotice({ saved }: { saved: SavedResult }) {
  const { t } = useTranslation('results');
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('notSaved')}</p>
      <button
        type="button"
        onClick={() => {
          const now = new Date();
          downloadText(backupFileName(now), toBackupFile([saved], now));
        }}
      >
        {t('notSavedDownload')}
      </button>
    </div>
  );
}
