import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pinMatches } from '../../lib/pin-hash';
import { normalisePin, remainingWait } from '../../model/device-lock/pin-rules';
import { eraseAllLocalData } from '../../stores/erase-all';
import { deviceLock, unlockDevice, useDeviceLock } from '../../stores/shared-device-lock';
import { lockWait, noteAttempt } from '../../stores/device-lock-attempts';

/** The time, read again every second while `active` and whenever `since` changes, so a wait counts down. */
function useNow(active: boolean, since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active, since]);
  return now;
}

/**
 * The one way out of a locked device: a button, then a dialog that asks for the PIN. After three
 * wrong PINs every further one costs a growing wait, kept in the stored lock. "PIN vergeten?"
 * leads only to erasing everything the app keeps on this device, after its own confirmation: a
 * participant who presses it sees nothing of anyone (decision 76). `onUnlocked` receives the
 * number of half-finished answers thrown away while the device was locked.
 */
export function DeviceUnlock({ label, onUnlocked }: { label: string; onUnlocked: (dropped: number) => void }) {
  const { t } = useTranslation('shared');
  const navigate = useNavigate();
  const lock = useDeviceLock();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [forgot, setForgot] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<'wrong' | null>(null);
  const [checking, setChecking] = useState(false);
  const ids = { title: useId(), body: useId(), input: useId(), error: useId() };
  const word = t('stopWord');
  const now = useNow(open && lock !== null && lock.waitUntil > 0, lock?.waitUntil ?? 0);
  const wait = lock ? remainingWait(lock.waitUntil, now) : 0;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    setForgot(false);
    setTyped('');
    setProblem(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // Read again: another tab may have counted wrong PINs since this one rendered.
    const current = deviceLock();
    if (!current || checking) return;
    if (lockWait() > 0) return;
    noteAttempt();
    setChecking(true);
    const right = current.pin ? await pinMatches(normalisePin(typed), current.pin) : typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
    setChecking(false);
    if (!right) {
      setTyped('');
      return setProblem('wrong');
    }
    close();
    onUnlocked(unlockDevice());
  };

  const erase = () => {
    eraseAllLocalData();
    unlockDevice();
    close();
    void navigate('/', { replace: true });
  };

  const seconds = Math.ceil(wait / 1000);
  const waitText = seconds > 90 ? t('unlock.waitMinutes', { count: Math.ceil(seconds / 60) }) : t('unlock.wait', { count: seconds });
  const legacy = lock !== null && lock.pin === null;

  return (
    <>
      <button type="button" className="small" onClick={() => setOpen(true)}>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={ids.title}
        aria-describedby={ids.body}
        className="confirm-dialog"
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
      >
        {forgot ? (
          <>
            <h2 id={ids.title}>{t('unlock.forgotTitle')}</h2>
            <p id={ids.body}>{t('unlock.forgotBody')}</p>
            <div className="button-row">
              <button type="button" onClick={() => setForgot(false)}>
                {t('unlock.forgotCancel')}
              </button>
              <button type="button" className="danger" onClick={erase}>
                {t('unlock.forgotConfirm')}
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id={ids.title}>{t('unlock.title')}</h2>
            <p id={ids.body}>{legacy ? t('unlock.legacyBody', { word }) : t('unlock.body')}</p>
            <form onSubmit={(e) => void submit(e)} noValidate className="form">
              <label htmlFor={ids.input}>{legacy ? t('unlock.legacyLabel', { word }) : t('unlock.label')}</label>
              <input
                id={ids.input}
                type={legacy ? 'text' : 'password'}
                inputMode={legacy ? 'text' : 'numeric'}
                value={typed}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problem !== null}
                aria-describedby={problem || wait > 0 ? ids.error : undefined}
                onChange={(e) => {
                  setTyped(e.target.value);
                  setProblem(null);
                }}
              />
              {(wait > 0 || problem) && (
                <p id={ids.error} role="alert" className="notice notice-error">
                  {wait > 0 ? waitText : legacy ? t('unlock.legacyWrong', { word }) : t('unlock.wrong')}
                </p>
              )}
              {checking && <p role="status">{t('unlock.checking')}</p>}
              <div className="button-row">
                <button type="button" onClick={close}>
                  {t('unlock.cancel')}
                </button>
                <button type="submit" className="primary" disabled={checking}>
                  {t('unlock.confirm')}
                </button>
              </div>
            </form>
            <p>
              <button type="button" className="link-button" onClick={() => setForgot(true)}>
                {t('unlock.forgot')}
              </button>
            </p>
          </>
        )}
      </dialog>
    </>
  );
}
