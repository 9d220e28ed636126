import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAppAddress, saveAppAddress } from './join-url';

type Outcome = 'saved' | 'forgotten' | 'invalid' | 'notSaved' | null;

/**
 * "Address where the app is hosted": for a copy opened as a file (the single-file build), the
 * address the join QR points at. Kept on this device only.
 */
export function AppAddressField({ address, onChange }: { address: string | null; onChange: (address: string | null) => void }) {
  const { t } = useTranslation('hosting');
  const id = useId();
  const [text, setText] = useState(address ?? '');
  const [outcome, setOutcome] = useState<Outcome>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAppAddress(text);
    if (!parsed) return setOutcome('invalid');
    if (!saveAppAddress(parsed)) return setOutcome('notSaved');
    setText(parsed);
    onChange(parsed);
    setOutcome('saved');
  };

  return (
    <form className="app-address" onSubmit={save} noValidate>
      <label htmlFor={id}>{t('fieldLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('fieldHint')}
      </p>
      <input
        id={id}
        type="url"
        inputMode="url"
        autoComplete="url"
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={outcome === 'invalid'}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <button type="submit">{t('save')}</button>
        {address && (
          <button
            type="button"
            onClick={() => {
              saveAppAddress(null);
              setText('');
              onChange(null);
              setOutcome('forgotten');
            }}
          >
            {t('forget')}
          </button>
        )}
      </div>
      <p role="status">{outcome && t(outcome)}</p>
    </form>
  );
}
