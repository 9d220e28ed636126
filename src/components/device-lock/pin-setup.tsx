import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canHashPins, hashPin } from '../../lib/pin-hash';
import { isValidPin, normalisePin } from '../../model/device-lock/pin-rules';
import { lockDevice, type LockTarget } from '../../stores/shared-device-lock';

/**
 * Before a device is handed round: the person handing it over chooses a PIN, twice, and is told
 * what forgetting it costs. The PIN itself is never stored or shown again; only its slow hash is
 * kept in the lock (decision 76).
 */
export function PinSetup({ target, back }: { target: LockTarget; back: string }) {
  const { t } = useTranslation('shared');
  const ids = { title: useId(), pin: useId(), again: useId(), error: useId(), warning: useId() };
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<'invalid' | 'mismatch' | null>(null);
  const [busy, setBusy] = useState(false);

  if (!canHashPins()) {
    return (
      <section aria-labelledby={ids.title}>
        <h1 id={ids.title}>{t('pin.setupTitle')}</h1>
        <p role="alert" className="notice notice-error">
          {t('pin.unavailable')}
        </p>
        <Link to={back}>{t('pin.back')}</Link>
      </section>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = normalisePin(pin);
    if (!isValidPin(chosen)) return setError('invalid');
    if (normalisePin(again) !== chosen) {
      setPin('');
      setAgain('');
      return setError('mismatch');
    }
    setBusy(true);
    lockDevice(target, await hashPin(chosen));
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => {
          set(e.target.value);
          setError(null);
        }}
      />
    </>
  );

  return (
    <section aria-labelledby={ids.title} className="pin-setup">
      <h1 id={ids.title}>{t('pin.setupTitle')}</h1>
      <p>{t('pin.setupIntro')}</p>
      <p className="notice notice-warning" id={ids.warning}>
        {t('pin.forgetWarning')}
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        {field(ids.pin, t('pin.label'), pin, setPin)}
        {field(ids.again, t('pin.againLabel'), again, setAgain)}
        {error && (
          <p id={ids.error} role="alert" className="notice notice-error">
            {t(error === 'invalid' ? 'pin.invalid' : 'pin.mismatch')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('pin.busy') : t('pin.lock')}
          </button>
        </div>
      </form>
      <p>
        <Link to={back}>{t('pin.back')}</Link>
      </p>
    </section>
  );
}
