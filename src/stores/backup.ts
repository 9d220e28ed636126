import { downloadText } from '../lib/download';
import { backupFileName, toBackupFile } from '../model/results/backup-file';
import { useClientStore } from './client-store';
import { useHistoryStore } from './history-store';

/** Downloads the personal backup file: every own result and every client conversation on this device. */
export function downloadBackup(): void {
  const now = new Date();
  downloadText(backupFileName(now), toBackupFile(useHistoryStore.getState().results, now, useClientStore.getState().collections));
}
