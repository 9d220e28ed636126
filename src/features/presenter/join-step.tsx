import { useTranslation } from 'react-i18next';
import { QrImage } from '../../components/qr-image';
import { formatJoinCode } from '../../model/workshop/join-code';
import type { Workshop } from '../../model/workshop/workshop';
import { joinUrl } from '../../lib/join-url';

/** Join: the code and the QR as large as the screen allows, and the short address. */
export function JoinStep({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation(['presenter', 'hosting']);
  if (workshop.demo === true) return <p className="wall-lead">{t('join.demo')}</p>;
  const code = formatJoinCode(workshop.code);
  const url = joinUrl(workshop.code, window.location, undefined, workshop.personWord);
  // The single file opened from a USB stick has no address a phone can open (docs/hosting.md).
  if (url === null) return <p className="wall-lead">{t('hosting:fileText')}</p>;
  return (
    <div className="wall-join">
      <div className="wall-join-text">
        <p className="wall-lead">{t('join.intro')}</p>
        <p className="wall-join-code">
          <span className="wall-small">{t('join.code')}</span>
          <strong translate="no">{code}</strong>
        </p>
        <p className="wall-join-url">
          <span className="wall-small">{t('join.address')}</span>
          <span translate="no">{url.replace(/^https?:\/\//, '')}</span>
        </p>
      </div>
      <div className="wall-join-qr">
        <QrImage value={url} label={t('join.qrLabel', { code })} size={720} />
      </div>
    </div>
  );
}
