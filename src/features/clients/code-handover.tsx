import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrImage } from '../../components/qr-image';

/** A finished form's code, to show (QR) or pass on (text, copy). */
export function CodeHandover({ text, qr }: { text: string; qr: string }) {
  const { t } = useTranslation('client');
  const [status, setStatus] = useState('');
  const copy = () => {
    if (!navigator.clipboard) return setStatus(t('phone.copyFailed'));
    navigator.clipboard.writeText(text).then(
      () => setStatus(t('phone.copied')),
      () => setStatus(t('phone.copyFailed')),
    );
  };
  return (
    <>
      <div className="handover-qr">
        <QrImage value={qr} label={t('phone.qrLabel')} />
      </div>
      <figure className="text-code">
        <figcaption>{t('phone.codeLabel')}</figcaption>
        <output className="code-text" aria-label={t('phone.codeLabel')}>
          {text}
        </output>
      </figure>
      <div className="button-row">
        <button type="button" onClick={copy}>
          {t('phone.copy')}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </>
  );
}
