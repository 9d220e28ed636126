import { useTranslation } from 'react-i18next';
import { useNoticesStore } from '../stores/notices-store';
import { downloadText } from '../lib/download';
import { importableFromKeptAside } from '../model/files/kept-aside';

export function StorageNotices() {
  const { t } = useTranslation();
  const notices = useNoticesStore((s) => s.notices);
  const dismiss = useNoticesStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map(({ id, problem }) => (
        <div key={id} role="alert" className="notice notice-warning">
          <p>{t(`storage.${problem.kind}`)}</p>
          <div className="button-row">
            {(problem.kind === 'corrupted' || problem.kind === 'corruptedKept') && <KeptAsideDownloads keyName={problem.key} raw={problem.raw} />}
            <button type="button" onClick={() => dismiss(id)}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}

/**
 * What was kept aside, offered as files the app's own import reads (a backup, workshop files)
 * where its content allows, and always also as the raw text.
 */
function KeptAsideDownloads({ keyName, raw }: { keyName: string; raw: string }) {
  const { t } = useTranslation();
  const files = importableFromKeptAside(keyName, raw, new Date());
  return (
    <>
      {files.map((file) => (
        <button key={file.fileName} type="button" onClick={() => downloadText(file.fileName, file.text)}>
          {t('storage.keptAsideImportable', { name: file.fileName })}
        </button>
      ))}
      <button type="button" onClick={() => downloadText('modusspiegel-kept-aside.txt', raw, 'text/plain')}>
        {t('storage.corruptedDownload')}
      </button>
    </>
  );
}
