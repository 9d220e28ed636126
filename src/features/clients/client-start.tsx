import { useTranslation } from 'react-i18next';

/** The short, friendly start a client sees before the first statement. */
export function ClientStart({ word, onStart }: { word: string; onStart: () => void }) {
  const { t } = useTranslation('client');
  return (
    <section className="client-start" aria-labelledby="client-start-title">
      <h1 id="client-start-title">{t('phone.title', { word })}</h1>
      <p>{t('phone.hello')}</p>
      <p>{t('phone.what', { word })}</p>
      <p>{t('phone.duration')}</p>
      <p className="notice">{t('phone.stays', { word })}</p>
      <p>{t('phone.noName')}</p>
      <button type="button" className="primary big-button" onClick={onStart}>
        {t('phone.start')}
      </button>
    </section>
  );
}
