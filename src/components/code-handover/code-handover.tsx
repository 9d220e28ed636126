import { useState, type ReactNode } from 'react';
import { QrImage } from '../qr-image';

/** The words of one hand-over screen: each screen speaks to its own reader (participant, client). */
export interface CodeHandoverTexts {
  /** Alternative text of the QR image. */
  qrLabel: string;
  /** Caption and accessible name of the text code. */
  codeLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/** Puts a message on the hand-over's status line, e.g. when sharing a file fails. */
export type SayStatus = (message: string) => void;

interface CodeHandoverProps {
  /** The code as text, to select, copy or type over. */
  text: string;
  /** The same result as QR payload. */
  qr: string;
  texts: CodeHandoverTexts;
  /**
   * Extra buttons next to "copy" (save as file, share). A function gets the status line, so a
   * failure of these buttons is told in the same place as the copy's outcome.
   */
  children?: ReactNode | ((say: SayStatus) => ReactNode);
}

/**
 * A finished form's result code, to show (QR) or pass on (text, copy). The QR image loads the
 * qrcode library lazily, so this component does not grow the start bundle.
 */
export function CodeHandover({ text, qr, texts, children }: CodeHandoverProps) {
  const [status, setStatus] = useState('');
  const copy = () => {
    if (!navigator.clipboard) return setStatus(texts.copyFailed);
    navigator.clipboard.writeText(text).then(
      () => setStatus(texts.copied),
      () => setStatus(texts.copyFailed),
    );
  };
  return (
    <>
      <div className="handover-qr">
        <QrImage value={qr} label={texts.qrLabel} />
      </div>
      <figure className="text-code">
        <figcaption>{texts.codeLabel}</figcaption>
        <output className="code-text" aria-label={texts.codeLabel}>
          {text}
        </output>
      </figure>
      <div className="button-row">
        <button type="button" onClick={copy}>
          {texts.copy}
        </button>
        {typeof children === 'function' ? children(setStatus) : children}
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </>
  );
}
