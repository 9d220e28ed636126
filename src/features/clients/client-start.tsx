import { useTranslation } from 'react-i18next';

/**
 * The short, friendly start a client sees before the first statement. It says where the answers
 * go and who sees what, and that depends on where the client answers: on their own phone the
 * answers leave it only as a code, which holds them; at the table they go into the
 * professional's conversation, after the client chose to give them (decision 78).
 */
export function ClientStart({ word, onStart, where = 'phone' }: { word: string; onStart: () => void; where?: 'phone' | 'table' }) {
  const { t } = useTranslation('client');
  return (
    <section className="client-start" aria-labelledby="client-start-title">
      <h1 id="client-start-title">{t('phone.title', { word })}</h1>
      <p>{t('phone.hello')}</p>
      <p>{t('phone.what', { word })}</p>
      <p>{t('phone.duration')}</p>
      <div className="notice">
        <p>{t(where === 'table' ? 'table.stays' : 'phone.stays', { word })}</p>
        <p>{t(where === 'table' ? 'table.whoSees' : 'phone.whoSees', { word })}</p>
      </div>
      <p>{t('phone.noName')}</p>
      <button type="button" className="primary big-button" onClick={onStart}>
        {t('phone.start')}
      </button>
    </section>
  );
}
