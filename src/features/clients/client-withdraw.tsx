import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { WithdrawalCode } from '../../components/code-handover/withdrawal-code';
import type { PhoneWithdrawal } from '../../stores/client-phone-store';

/** "Take my answers back" on the client's own phone, after a confirmation (decision 79). */
export function ClientWithdrawButton({ word, onWithdraw }: { word: string; onWithdraw: () => void }) {
  const { t } = useTranslation('client');
  const [asking, setAsking] = useState(false);
  return (
    <>
      <p className="hint">{t('withdraw.intro', { word })}</p>
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
          onWithdraw();
        }}
      >
        <p>{t('withdraw.confirmBody', { word })}</p>
      </ConfirmDialog>
    </>
  );
}

/** The withdrawal code in place of the answers, until the person closes it. */
export function ClientWithdrawal({ withdrawal, word, onClose }: { withdrawal: PhoneWithdrawal; word: string; onClose: () => void }) {
  const { t } = useTranslation('client');
  return (
    <section className="handover" aria-labelledby="client-withdrawal-title">
      <h1 id="client-withdrawal-title">{t('withdraw.doneTitle')}</h1>
      <p>{t('withdraw.doneIntro', { word })}</p>
      <WithdrawalCode
        workshopCode={withdrawal.code}
        chain={withdrawal.chain}
        texts={{ qrLabel: t('withdraw.qrLabel'), codeLabel: t('withdraw.codeLabel'), copy: t('phone.copy'), copied: t('phone.copied'), copyFailed: t('phone.copyFailed') }}
      />
      <p className="hint">{t('withdraw.closeHint', { word })}</p>
      <button type="button" onClick={onClose}>
        {t('withdraw.close')}
      </button>
    </section>
  );
}
