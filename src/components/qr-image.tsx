import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface QrImageProps {
  /** The text to encode: a result code, a join address. */
  value: string;
  /** Alternative text for the image, e.g. "QR code of your result code MS1…". */
  label: string;
  /** Shown width and height in CSS pixels; shrinks to fit a narrow screen. */
  size?: number;
}

/**
 * Quiet zone in modules. The QR standard asks for 4; scanners often manage with 2, but a laptop
 * camera looking at a phone in a dark room or against a dark case needs the full white border,
 * and the image carries it with it when saved or shared.
 */
const MARGIN = 4;

/**
 * A PNG data: URL (allowed by the CSP's img-src) with whole pixels per module, at least as many
 * pixels as the screen shows, so the code stays sharp on a high-density phone screen.
 * qrcode is imported here, lazily: it is only needed on the pages that show a code.
 */
async function qrDataUrl(value: string, shownSize: number): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const options = { errorCorrectionLevel: 'M', margin: MARGIN } as const;
  const modules = QRCode.create(value, options).modules.size + 2 * MARGIN;
  const density = Math.min(3, Math.max(1, globalThis.devicePixelRatio || 1));
  const scale = Math.max(2, Math.ceil((shownSize * density) / modules));
  return QRCode.toDataURL(value, { ...options, scale, color: { dark: '#000000ff', light: '#ffffffff' } });
}

type Made = { value: string; size: number } & ({ url: string } | { failed: true });

/** A QR code made in the browser: nothing is fetched, the image is a data: URL. */
export function QrImage({ value, label, size = 280 }: QrImageProps) {
  const { t } = useTranslation('intake');
  const [made, setMade] = useState<Made | null>(null);

  useEffect(() => {
    let current = true;
    qrDataUrl(value, size).then(
      (url) => current && setMade({ value, size, url }),
      () => current && setMade({ value, size, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [value, size]);

  // A code made for an earlier value must never show, not even for a moment.
  const ready = made && made.value === value && made.size === size ? made : null;
  if (ready && 'failed' in ready) {
    return (
      <p role="alert" className="notice notice-error">
        {t('qrImage.error')}
      </p>
    );
  }
  const box = { width: size, maxWidth: '100%', aspectRatio: '1 / 1' } as const;
  if (!ready) {
    return (
      <div className="qr-image qr-image-pending" style={{ ...box, display: 'grid', placeItems: 'center' }} aria-busy="true">
        <span className="loading">{t('qrImage.loading')}</span>
      </div>
    );
  }
  return (
    <img
      className="qr-image"
      src={ready.url}
      alt={label}
      width={size}
      height={size}
      // Scaling a QR code smoothly blurs the module edges; nearest-neighbour keeps them sharp.
      style={{ ...box, height: 'auto', imageRendering: 'pixelated', background: '#fff' }}
    />
  );
}
