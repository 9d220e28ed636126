import { useTranslation } from 'react-i18next';
import { useNoticesStore } from '../stores/notices-store';
import { downloadText } from '../lib/download';

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
            {(problem.kind === 'corrupted' || problem.kind === 'corruptedKept') && (
              <button type="button" onClick={() => downloadText('modusspiegel-kept-aside.txt', problem.raw, 'text/plain')}>
                {t('storage.corruptedDownload')}
              </button>
            )}
            <button type="button" onClick={() => dismiss(id)}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
