import { useTranslation } from 'react-i18next';
import { ReadAloud } from './read-aloud';

/**
 * The short, friendly start a client sees before the first statement. It says where the answers
 * go and who sees what, and that depends on where the client answers: on their own phone the
 * answers leave it only as a code, which holds them; at the table they go into the
 * professional's conversation, after the client chose to give them (decision 78).
 */
export function ClientStart({ word, onStart, where = 'phone' }: { word: string; onStart: () => void; where?: 'phone' | 'table' }) {
  const { t } = useTranslation('client');
  const intro = [t('phone.hello'), t('phone.what', { word }), t('phone.duration')];
  const goes = [t(where === 'table' ? 'table.stays' : 'phone.stays', { word }), t(where === 'table' ? 'table.whoSees' : 'phone.whoSees', { word }), t('phone.noName')];
  return (
    <section className="client-start" aria-labelledby="client-start-title">
      <h1 id="client-start-title">{t('phone.title', { word })}</h1>
      {/* The instructions, read as one: the button sits right above the text it reads. */}
      <ReadAloud text={[t('phone.title', { word }), ...intro, ...goes].join('\n')} part="intro" announceMissing />
      {intro.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <div className="notice">
        <p>{goes[0]}</p>
        <p>{goes[1]}</p>
      </div>
      <p>{goes[2]}</p>
      <button type="button" className="primary big-button" onClick={onStart}>
        {t('phone.start')}
      </button>
    </section>
  );
}
