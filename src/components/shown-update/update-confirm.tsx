import { useTranslation } from 'react-i18next';
import type { PersonCounts } from '../../model/workshop/shown-update';
import { ConfirmDialog } from '../confirm-dialog';

interface UpdateConfirmProps {
  open: boolean;
  change: PersonCounts;
  /** The clients' view names clients, a team view people. */
  who: 'people' | 'clients';
  onWait: () => void;
  onConfirm: () => void;
}

/**
 * The question before an update that would change a shown view by fewer than two new people
 * (decision 73): what changes, what the room could work out from it, and waiting as the default
 * (the first button, which has the focus, so Enter or Escape waits).
 */
export function UpdateConfirm({ open, change, who, onWait, onConfirm }: UpdateConfirmProps) {
  const { t } = useTranslation('workshop');
  const parts = (['added', 'removed', 'replaced'] as const)
    .filter((kind) => change[kind] > 0)
    .map((kind) => t(`shownUpdate.${who}.${kind}`, { count: change[kind] }));
  return (
    <ConfirmDialog
      open={open}
      title={t('shownUpdate.title')}
      cancelLabel={t('shownUpdate.wait')}
      confirmLabel={t('shownUpdate.confirm')}
      onCancel={onWait}
      onConfirm={onConfirm}
    >
      <p>{t('shownUpdate.changes', { changes: parts.join(', ') })}</p>
      <p>
        <strong>{t(`shownUpdate.${who}.risk`)}</strong>
      </p>
      <p>{t(`shownUpdate.${who}.advice`)}</p>
    </ConfirmDialog>
  );
}
