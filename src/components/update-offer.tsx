import { useTranslation } from 'react-i18next';
import { useUpdateOffer } from '../lib/update-offer';

/** A quiet offer of the new version; nothing happens until the person chooses it. */
export function UpdateOfferNotice() {
  const { t } = useTranslation();
  const offer = useUpdateOffer();
  if (!offer) return null;
  return (
    <div className="notices">
      <div role="status" className="notice notice-ok">
        <p>{t('update.available')}</p>
        <button type="button" onClick={offer.apply}>
          {t('update.apply')}
        </button>
      </div>
    </div>
  );
}
