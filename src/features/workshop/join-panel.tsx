import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { QrImage } from '../../components/qr-image';
import type { Workshop } from '../../model/workshop/workshop';
import { formatJoinCode, inAnswerOrder } from '../../model/workshop/join-code';
import { findInstrument, instrumentTextKey } from '../../model/instruments/registry';
import { joinUrl, storedAppAddress } from './join-url';
import { AppAddressField } from './app-address-field';

/** The join screen: the code in large letters and a QR with the app's address and the code. */
export function JoinPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['workshop', 'hosting']);
  const code = formatJoinCode(workshop.code);
  const [address, setAddress] = useState(storedAppAddress);
  const url = joinUrl(workshop.code, window.location, address, workshop.personWord);
  // Opened as a file (the single-file build): phones need the address where the app is hosted.
  const onFile = window.location.protocol === 'file:';
  return (
    <section aria-labelledby="join-title" className="panel join-panel">
      <h2 id="join-title">{t('joinTitle')}</h2>
      <p>{t('joinIntro')}</p>
      <p>{asks(workshop, t)}</p>
      <div className="join-grid">
        <p className="join-code">
          <span className="hint">{t('codeCaption')}</span>
          <strong>{code}</strong>
        </p>
        {url && <QrImage value={url} label={t('joinQrLabel', { code })} size={200} />}
      </div>
      {url ? (
        <p className="join-url">
          {t('joinAddress')} <span translate="no">{url}</span>
        </p>
      ) : (
        <div className="notice notice-warning">
          <h3>{t('hosting:fileTitle')}</h3>
          <p>{t('hosting:fileText')}</p>
          <p>{t('hosting:fileChoices')}</p>
          <Link className="button" to={`/workshops/${workshop.id}/shared`}>
            {t('hosting:sharedLink')}
          </Link>
        </div>
      )}
      {onFile && <AppAddressField address={address} onChange={setAddress} />}
    </section>
  );
}

/** Which questionnaires a participant answers here, in the order asked, with the number of statements. */
function asks(workshop: Workshop, t: TFunction<'workshop'>): string {
  const asked = inAnswerOrder(workshop.questionnaires);
  const number = asked.reduce((sum, q) => sum + (findInstrument(q.instrumentId, q.instrumentVersion)?.items.length ?? 0), 0);
  const names = asked.map((q) => String(t(`questionnaireName.${instrumentTextKey(q.instrumentId)}` as never)));
  const [first = '', second = ''] = names;
  return names.length > 1 ? t('joinAsksTwo', { first, second, number }) : t('joinAsksOne', { name: first, number });
}
