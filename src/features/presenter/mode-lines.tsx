import { useTranslation } from 'react-i18next';
import { MODES } from '../../model/instruments/types';

/** A one-line explanation of each mode, for the wall (the room reads what MET or DOOR means). */
export function ModeLines() {
  const { t } = useTranslation(['presenter', 'modes']);
  return (
    <ul className="wall-mode-lines">
      {MODES.map((m) => (
        <li key={m}>
          <strong>{t(`modes:${m}.display`)}</strong> {t(`modes:${m}.label`)}
        </li>
      ))}
    </ul>
  );
}
