import { useTranslation } from 'react-i18next';
import { QrImage } from '../../components/qr-image';
import { formatJoinCode } from '../../model/workshop/join-code';
import type { Workshop } from '../../model/workshop/workshop';
import { joinUrl } from './join-url';

/** The join screen: the code in large letters and a QR with the app's address and the code. */
export function JoinPanel({ workshop, large = false }: { workshop: Workshop; large?: boolean }) {
  const { t } = useTranslation('workshop');
  const code = formatJoinCode(workshop.code);
  return (
    <section aria-labelledby="join-title" className={`panel join-panel${large ? ' join-panel-large' : ''}`}>
      <h2 id="join-title">{t('joinTitle')}</h2>
      <p>{t('joinIntro')}</p>
      <div className="join-grid">
        <p className="join-code">
          <span className="hint">{t('codeCaption')}</span>
          <strong>{code}</strong>
        </p>
        <QrImage value={joinUrl(workshop.code)} label={t('joinQrLabel', { code })} size={large ? 360 : 200} />
      </div>
      <p className="join-url">
        {t('joinAddress')} <span translate="no">{joinUrl(workshop.code)}</span>
      </p>
    </section>
  );
}
