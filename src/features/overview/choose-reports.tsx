import { useEffect, useEffectEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { FileButton } from '../../components/file-button';
import { formatDate } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import { useWorkshopStore } from '../../stores/workshop-store';
import type { OverviewState } from './use-overview';

/**
 * Where reports come in: the file button (the keyboard path), files dropped anywhere on the page
 * (a pointer extra: a missed drop would otherwise open the file as a page and leave the
 * overview), and the workshops kept on this device, one tick each. Demo teams are not offered:
 * their results are made up.
 */
export function ChooseReports({ state }: { state: OverviewState }) {
  const { t, i18n } = useTranslation('overview');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const ids = { title: useId(), device: useId() };
  const workshops = useWorkshopStore(useShallow((s) => s.workshops.filter((w) => w.demo !== true)));
  const onDropFiles = useEffectEvent((files: File[]) => state.addFiles(files));
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) onDropFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const { progress } = state;
  return (
    <section aria-labelledby={ids.title} className="panel overview-choose no-print">
      <h2 id={ids.title}>{t('choose.title')}</h2>
      <div className="overview-drop">
        <p className="hint">{t('choose.filesHint')}</p>
        <div className="button-row">
          <FileButton label={t('choose.files')} accept=".json,application/json" multiple onFiles={state.addFiles} />
          {(state.fileCount > 0 || state.chosen.size > 0) && (
            <button type="button" onClick={state.clear}>
              {t('choose.clear')}
            </button>
          )}
        </div>
        <p className="hint">{t('choose.drop')}</p>
      </div>
      <div role="status" className="status-line">
        {progress ? (
          <p>{t('choose.progress', { done: progress.done, count: progress.total })}</p>
        ) : (
          state.lastRead > 0 && <p>{t('choose.read', { count: state.lastRead })}</p>
        )}
        {!progress && state.refused.length > 0 && (
          <ul>
            {state.refused.map((r, i) => (
              <li key={i}>
                {t('choose.refused', {
                  name: visibleText(r.name),
                  reason: r.error === 'bad-report' ? t('choose.error.bad-report', { count: r.count ?? 1 }) : t(`choose.error.${r.error}` as 'choose.error.empty'),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <fieldset className="overview-device" aria-describedby={ids.device}>
        <legend>{t('choose.device')}</legend>
        <p id={ids.device} className="hint">
          {workshops.length === 0 ? t('choose.deviceNone') : t('choose.deviceHint')}
        </p>
        {workshops.map((w) => (
          <label key={w.id} className="check-line">
            <input type="checkbox" checked={state.chosen.has(w.id)} onChange={(e) => state.choose(w.id, e.currentTarget.checked)} />
            {t('choose.workshopLine', { name: visibleText(w.name), date: formatDate(w.createdAt, lng) })}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
