import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseAllLocalData } from '../../stores/erase-all';
import { ConfirmDialog } from '../../components/confirm-dialog';

export function EraseAll({ onErased }: { onErased: () => void }) {
  const { t } = useTranslation('history');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="erase-title" className="panel danger-zone">
      <h2 id="erase-title">{t('dangerTitle')}</h2>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {t('deleteAll')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('deleteAllConfirmTitle')}
        confirmLabel={t('deleteAllConfirm')}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          eraseAllLocalData();
          setOpen(false);
          onErased();
        }}
      >
        <p>{t('deleteAllConfirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
