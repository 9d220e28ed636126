import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PresenterCommand } from './use-presenter-keys';
import type { PresenterTheme } from './use-presenter-theme';

interface PresenterControlsProps {
  atStart: boolean;
  atEnd: boolean;
  /** Results that came in after the wall's snapshot. */
  pending: number;
  theme: PresenterTheme;
  fullscreen: boolean;
  workshopId: string;
  onCommand: (command: PresenterCommand) => void;
  onUpdate: () => void;
  onTheme: () => void;
}

/**
 * The bottom bar: late results with "Update", previous / next for a mouse, and the theme, full
 * screen, blank and back. Buttons at an end are aria-disabled (not disabled), so focus stays.
 */
export function PresenterControls({ atStart, atEnd, pending, theme, fullscreen, workshopId, onCommand, onUpdate, onTheme }: PresenterControlsProps) {
  const { t } = useTranslation('presenter');
  return (
    <footer className="wall-bottom">
      <div role="status" className="wall-late">
        {pending > 0 && (
          <>
            <span>{t('late.count', { count: pending })}</span>
            <button type="button" className="primary" onClick={onUpdate} title={t('late.hint')}>
              {t('late.update')}
            </button>
          </>
        )}
      </div>
      <p id="wall-keys" className="visually-hidden">
        {t('controls.keysHelp')}
      </p>
      <div role="group" aria-label={t('controls.label')} aria-describedby="wall-keys" className="wall-controls">
        <button type="button" aria-disabled={atStart} onClick={() => !atStart && onCommand('previous')}>
          ← {t('controls.previous')}
        </button>
        <button type="button" className="primary" aria-disabled={atEnd} onClick={() => !atEnd && onCommand('next')}>
          {t('controls.next')} →
        </button>
        <button type="button" onClick={onTheme}>
          {theme === 'dark' ? t('controls.themeLight') : t('controls.themeDark')}
        </button>
        <button type="button" onClick={() => onCommand('fullscreen')}>
          {fullscreen ? t('controls.leaveFullscreen') : t('controls.fullscreen')}
        </button>
        <button type="button" onClick={() => onCommand('blank')}>
          {t('controls.blank')}
        </button>
        <Link to={`/workshops/${workshopId}`}>{t('back')}</Link>
      </div>
    </footer>
  );
}
