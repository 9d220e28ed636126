import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { withdrawParticipation } from '../../stores/withdraw-participation';

/**
 * "Withdraw my result" on the hand-over page (decision 79): after a confirmation the phone forgets
 * its answers for the workshop and shows a withdrawal code in their place.
 */
export function WithdrawSection({ workshopCode }: { workshopCode: string }) {
  const { t } = useTranslation('participant');
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  return (
    <section aria-labelledby="withdraw-title" className="panel">
      <h2 id="withdraw-title">{t('withdraw.title')}</h2>
      <p>{t('withdraw.intro')}</p>
      <button type="button" onClick={() => setAsking(true)}>
        {t('withdraw.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('withdraw.confirmTitle')}
        confirmLabel={t('withdraw.confirm')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void withdrawParticipation(workshopCode).then(({ value, written }) => {
            if (value) void navigate(`/handover/${value.id}`, { replace: true, state: { unsaved: !written } });
          });
        }}
      >
        <p>{t('withdraw.confirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
