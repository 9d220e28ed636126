import { useTranslation } from 'react-i18next';
import { useHistoryStore } from '../../stores/history-store';
import { readFileText } from '../../lib/download';
import { downloadBackup } from '../../stores/backup';
import { useClientStore } from '../../stores/client-store';
import { FileButton } from '../../components/file-button';
import { usePersistedStorage } from '../../components/use-persisted-storage';
import { MAX_BACKUP_BYTES, parseBackupFile } from '../../model/results/backup-file';

export function BackupPanel({ onStatus }: { onStatus: (message: string) => void }) {
  const { t } = useTranslation('history');
  const results = useHistoryStore((s) => s.results);
  const collections = useClientStore((s) => s.collections);
  const importMany = useHistoryStore((s) => s.importMany);
  const persisted = usePersistedStorage();

  const open = async (file: File) => {
    const read = await readFileText(file, MAX_BACKUP_BYTES);
    if (!read.ok) return onStatus(t(`importError.${read.error}`));
    const parsed = parseBackupFile(read.text);
    if (!parsed.ok) return onStatus(t(`importError.${parsed.error}`));
    const { value, written } = await importMany(parsed.results);
    const hasClients = parsed.clientCollections.length > 0 || parsed.conversationsRefused > 0;
    const none = { added: 0, duplicates: 0, refused: 0, keptApart: 0 };
    const clients = parsed.clientCollections.length > 0 ? await useClientStore.getState().importCollections(parsed.clientCollections) : { value: none, written: true };
    if (!written || !clients.written) return onStatus(t('importNotSaved'));
    // Every count is said, refusals included: a backup that is partly refused must never read as "nothing to restore".
    const clientRefused = parsed.clientRefused + clients.value.refused;
    const lines = [
      t('imported', { ...value, refused: parsed.refused }),
      parsed.refused > 0 && t('importRefused'),
      hasClients && t('importedClients', { added: clients.value.added, duplicates: clients.value.duplicates, refused: clientRefused }),
      clientRefused > 0 && t('importClientsRefused'),
      parsed.conversationsRefused > 0 && t('importConversationsRefused', { count: parsed.conversationsRefused }),
      clients.value.keptApart > 0 && t('importKeptApart', { count: clients.value.keptApart }),
    ];
    onStatus(lines.filter(Boolean).join(' '));
  };

  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p>{t('backupIntro')}</p>
      {persisted !== null && <p className="hint">{t(persisted ? 'persisted' : 'notPersisted')}</p>}
      <div className="button-row">
        <button
          type="button"
          disabled={results.length === 0 && collections.length === 0}
          onClick={downloadBackup}
        >
          {t('save')}
        </button>
        <FileButton label={t('open_file')} accept=".json,application/json" onFiles={([file]) => file && void open(file)} />
      </div>
    </section>
  );
}
