import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWorkshopStore } from '../../stores/workshop-store';
import { forgetShown } from '../../stores/shown-store';
import { forgetScriptPlan } from '../../stores/script-plan-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadText } from '../../lib/download';
import { MAX_WORKSHOP_NAME, normaliseMinRespondents, type Workshop } from '../../model/workshop/workshop';
import { toWorkshopFile, workshopFileName } from '../../model/workshop/workshop-file';
import { ABSOLUTE_MIN_RESPONDENTS } from '../../model/team/anonymity';
import { SameTeamLink } from './same-team-link';

export function WorkshopSettings({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshop');
  const navigate = useNavigate();
  const { rename, setMinRespondents, remove } = useWorkshopStore.getState();
  const [name, setName] = useState(workshop.name);
  const [min, setMin] = useState(String(workshop.minRespondents));
  const [status, setStatus] = useState('');
  // A change from another tab or an import refills the fields (React's "adjust state on a prop
  // change" pattern), without losing the status line of a save made here.
  const [stored, setStored] = useState({ name: workshop.name, min: workshop.minRespondents });
  if (stored.name !== workshop.name || stored.min !== workshop.minRespondents) {
    setStored({ name: workshop.name, min: workshop.minRespondents });
    setName(workshop.name);
    setMin(String(workshop.minRespondents));
  }
  const [confirmDelete, setConfirmDelete] = useState(false);
  const ids = { name: useId(), min: useId(), minHint: useId() };

  return (
    <section aria-labelledby="settings-title" className="panel">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      <p>{t(workshop.hideOwnResult ? 'hideOwnOn' : 'hideOwnOff')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') return setStatus(t('nameRequired'));
          void rename(workshop.id, name.trim()).then(({ written }) => setStatus(t(written ? 'renamed' : 'renameNotSaved')));
        }}
      >
        <label htmlFor={ids.name}>{t('renameLabel')}</label>
        <input id={ids.name} value={name} maxLength={MAX_WORKSHOP_NAME} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('rename')}</button>
      </form>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = normaliseMinRespondents(Number(min));
          setMin(String(value));
          void setMinRespondents(workshop.id, value).then(({ written }) => setStatus(written ? t('minSaved', { min: value }) : t('minNotSaved')));
        }}
      >
        <label htmlFor={ids.min}>{t('minLabel')}</label>
        <input id={ids.min} type="number" inputMode="numeric" min={ABSOLUTE_MIN_RESPONDENTS} max={1000} value={min} onChange={(e) => setMin(e.target.value)} aria-describedby={ids.minHint} />
        <button type="submit">{t('saveMin')}</button>
        <p id={ids.minHint} className="hint">
          {t('minHint')}
        </p>
      </form>
      <p role="status" className="status-line">
        {status}
      </p>
      <SameTeamLink workshop={workshop} />
      <h3>{t('exportTitle')}</h3>
      <p className="hint">{t('exportHint')}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            const now = new Date();
            downloadText(workshopFileName(workshop, now), toWorkshopFile(workshop, now));
          }}
        >
          {t('exportWorkshop')}
        </button>
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
          {t('deleteWorkshop')}
        </button>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('deleteConfirmTitle')}
        confirmLabel={t('deleteConfirm')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          remove(workshop.id);
          forgetShown(workshop.id);
          forgetScriptPlan(workshop.id);
          void navigate('/workshops', { replace: true });
        }}
      >
        <p>{t('deleteConfirmBody', { name: workshop.name, count: workshop.results.length })}</p>
      </ConfirmDialog>
    </section>
  );
}
