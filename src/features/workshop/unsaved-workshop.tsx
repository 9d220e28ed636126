import { useTranslation } from 'react-i18next';
import { useUnsavedWorkshop } from '../../stores/workshop-store';
import { downloadText } from '../../lib/download';
import { toWorkshopFile, workshopFileName } from '../../model/workshop/workshop-file';
import type { Workshop } from '../../model/workshop/workshop';

export function saveWorkshopFile(workshop: Workshop): void {
  const now = new Date();
  downloadText(workshopFileName(workshop, now), toWorkshopFile(workshop, now));
}

/**
 * A workshop made or opened here while storage was full exists only in this page: say so at once,
 * not after a reload has lost it, and offer the file. Gone as soon as a write of this tab is stored.
 */
export function UnsavedWorkshopNotice({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshop');
  if (useUnsavedWorkshop(workshop.id) !== 'created') return null;
  return (
    <div role="alert" className="notice notice-error">
      <p>{t('unsavedWorkshop')}</p>
      <button type="button" onClick={() => saveWorkshopFile(workshop)}>
        {t('exportWorkshop')}
      </button>
    </div>
  );
}

/** "not saved" beside a listed workshop that exists only in this page. */
export function UnsavedBadge({ id }: { id: string }) {
  const { t } = useTranslation('workshop');
  return useUnsavedWorkshop(id) === 'created' ? <span className="badge">{t('unsavedBadge')}</span> : null;
}
