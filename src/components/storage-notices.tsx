import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNoticesStore } from '../stores/notices-store';

// Rare (only after unreadable stored data): its file formats and schemas load when needed.
const KeptAsideDownloads = lazy(() => import('./kept-aside-downloads'));

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
              <Suspense fallback={null}>
                <KeptAsideDownloads keyName={problem.key} raw={problem.raw} />
              </Suspense>
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
