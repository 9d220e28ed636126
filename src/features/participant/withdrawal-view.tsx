import { useNavigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WithdrawalCode } from '../../components/code-handover/withdrawal-code';
import { formatJoinCode } from '../../model/workshop/join-code';
import { useParticipationStore, type ParticipationWithdrawal } from '../../stores/participation-store';

/**
 * What the phone shows after a withdrawal, until the participant closes it: the withdrawal code
 * only. The answers are already gone (decision 79).
 */
export function WithdrawalView({ withdrawal }: { withdrawal: ParticipationWithdrawal }) {
  const { t } = useTranslation('participant');
  const navigate = useNavigate();
  const unsaved = (useLocation().state as { unsaved?: boolean } | null)?.unsaved === true;
  const code = formatJoinCode(withdrawal.workshopCode);
  return (
    <section className="handover" aria-labelledby="withdrawal-title">
      <h1 id="withdrawal-title">{t('withdraw.doneTitle')}</h1>
      {unsaved && (
        <p role="alert" className="notice notice-error">
          {t('withdraw.notSaved')}
        </p>
      )}
      <p>{t('withdraw.doneIntro', { code })}</p>
      <WithdrawalCode
        workshopCode={withdrawal.workshopCode}
        chain={withdrawal.chain}
        texts={{ qrLabel: t('withdraw.qrLabel', { code }), codeLabel: t('withdraw.codeLabel'), copy: t('copy'), copied: t('copied'), copyFailed: t('copyFailed') }}
      />
      <p className="hint">{t('withdraw.holdsNothing')}</p>
      <p className="hint">{t('withdraw.closeHint')}</p>
      <button
        type="button"
        onClick={() => {
          useParticipationStore.getState().closeWithdrawal(withdrawal.id);
          void navigate('/', { replace: true });
        }}
      >
        {t('withdraw.close')}
      </button>
    </section>
  );
}
