import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Stop the shared device": the facilitator's deliberate way out of the lock. Two steps: a
 * button, then a dialog in which the stop word must be typed. It guards against a tap by
 * accident or out of curiosity; it is not a password (anyone who reads the dialog can type the
 * word), see docs/decisions.md.
 */
export function SharedDeviceStop({ onStop }: { onStop: () => void }) {
  const { t } = useTranslation('shared');
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const ids = { title: useId(), body: useId(), input: useId(), error: useId() };
  const word = t('stopWord');

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTyped('');
    setWrong(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase()) return setWrong(true);
    close();
    onStop();
  };

  return (
    <>
      <button type="button" className="small" onClick={() => setOpen(true)}>
        {t('stopButton')}
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
        <h2 id={ids.title}>{t('stopTitle')}</h2>
        <p id={ids.body}>{t('stopBody', { word })}</p>
        <form onSubmit={submit} noValidate className="form">
          <label htmlFor={ids.input}>{t('stopLabel', { word })}</label>
          <input
            id={ids.input}
            value={typed}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={wrong}
            aria-describedby={wrong ? ids.error : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setWrong(false);
            }}
          />
          {wrong && (
            <p id={ids.error} role="alert" className="notice notice-error">
              {t('stopWrong', { word })}
            </p>
          )}
          <div className="button-row">
            <button type="button" onClick={close}>
              {t('stopCancel')}
            </button>
            <button type="submit" className="danger">
              {t('stopConfirm')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
