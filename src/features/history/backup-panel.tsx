import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { downloadText, readFileText } from '../../lib/download';
import { FileButton } from '../../components/file-button';
import { usePersistedStorage } from '../../components/use-persisted-storage';
import { backupFileName, MAX_BACKUP_BYTES, parseBackupFile, toBackupFile } from '../../model/results/backup-file';

export function BackupPanel({ onStatus }: { onStatus: (message: string) => void }) {
  const { t } = useTranslation('history');
  const results = useHistoryStore((s) => s.results);
  const importMany = useHistoryStore((s) => s.importMany);
  const persisted = usePersistedStorage();

  const open = async (file: File) => {
    const read = await readFileText(file, MAX_BACKUP_BYTES);
    if (!read.ok) return onStatus(t(`importError.${read.error}`));
    const parsed = parseBackupFile(read.text);
    if (!parsed.ok) return onStatus(t(`importError.${parsed.error}`));
    const { value, written } = await importMany(parsed.results);
    if (!written) return onStatus(t('importNotSaved'));
    const outcome = t('imported', value);
    onStatus(parsed.skipped > 0 ? `${outcome} ${t('importSkipped', { count: parsed.skipped })}` : outcome);
  };

  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p>{t('backupIntro')}</p>
      {persisted !== null && <p className="hint">{t(persisted ? 'persisted' : 'notPersisted')}</p>}
      <div className="button-row">
        <button
          type="button"
          disabled={results.length === 0}
          onClick={() => {
            const now = new Date();
            downloadText(backupFileName(now), toBackupFile(results, now));
          }}
        >
          {t('save')}
        </button>
        <FileButton label={t('open_file')} accept=".json,application/json" onFiles={([file]) => file && void open(file)} />
      </div>
    </section>
  );
}
