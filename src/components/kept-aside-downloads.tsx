import { useTranslation } from 'react-i18next';
import { downloadText } from '../lib/download';
import { importableFromKeptAside } from '../model/files/kept-aside';

/**
 * What was kept aside, offered as files the app's own import reads (a backup, workshop files)
 * where its content allows, and always also as the raw text.
 */
export default function KeptAsideDownloads({ keyName, raw }: { keyName: string; raw: string }) {
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
