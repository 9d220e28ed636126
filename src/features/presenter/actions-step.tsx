import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ACTION_WHAT, MAX_ACTION_WHEN, MAX_ACTION_WHO, MAX_ACTIONS, type Workshop, type WorkshopAction } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';
import { ActionsTable } from './wall-shown-steps';
import type { ActionDraft } from '../../stores/presenting-drafts';

const EMPTY: WorkshopAction = { what: '', who: '', when: '' };

/**
 * What we will do: the team's agreements (what, who, by when), kept with the workshop. Each can
 * be edited or removed; every change is one locked read–change–write of the whole list.
 */
export function ActionsStep({ workshop, keep }: { workshop: Workshop; keep?: { initial: ActionDraft | undefined; save: (draft: ActionDraft | undefined) => void } }) {
  const { t } = useTranslation('presenter');
  const setActions = useWorkshopStore((s) => s.setActions);
  const actions = workshop.actions ?? [];
  const [draft, setDraftOnly] = useState<WorkshopAction>(() => (keep?.initial ? { what: keep.initial.what, who: keep.initial.who, when: keep.initial.when } : EMPTY));
  const [editing, setEditingOnly] = useState<number | null>(keep?.initial?.editing ?? null);
  // What the form holds now, also inside a pending write (see submit).
  const typed = useRef(draft);
  // The facilitator's view keeps what is typed at every keystroke, so a reload gives it back.
  const setDraft = (next: WorkshopAction, nextEditing = editing) => {
    typed.current = next;
    setDraftOnly(next);
    keep?.save(next.what || next.who || next.when || nextEditing !== null ? { ...next, editing: nextEditing } : undefined);
  };
  const clear = () => {
    setEditingOnly(null);
    setDraft(EMPTY, null);
  };
  const [error, setError] = useState<'whatRequired' | 'full' | null>(null);
  const [status, setStatus] = useState('');
  const ids = { form: useId(), what: useId(), who: useId(), when: useId(), error: useId() };

  const write = async (next: readonly WorkshopAction[]) => {
    const { written } = await setActions(workshop.id, next);
    setStatus(written ? t('actions.saved') : t('actions.notSaved'));
    return written;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = { what: draft.what.trim(), who: draft.who.trim(), when: draft.when.trim() };
    if (clean.what === '') return setError('whatRequired');
    if (editing === null && actions.length >= MAX_ACTIONS) return setError('full');
    setError(null);
    const next = editing === null ? [...actions, clean] : actions.map((a, i) => (i === editing ? clean : a));
    // The form keeps what was typed when storage refused it, and what was typed while the write
    // waited for its lock (the next action): nothing typed is lost.
    if ((await write(next)) && typed.current === draft) clear();
  };

  const field = (key: keyof WorkshopAction, id: string, max: number) => (
    <div className="wall-field">
      <label htmlFor={id}>{t(`actions.${key}`)}</label>
      <input
        id={id}
        value={draft[key]}
        maxLength={max}
        autoComplete="off"
        onChange={(e) => {
          setDraft({ ...draft, [key]: e.target.value });
          if (key === 'what') setError(null);
        }}
        aria-invalid={key === 'what' && error === 'whatRequired' ? true : undefined}
        aria-describedby={key === 'what' && error ? ids.error : undefined}
      />
    </div>
  );

  return (
    <div className="wall-actions">
      <ActionsTable
        actions={actions}
        rowEnd={(a, i) => (
          <>
            <button
              type="button"
              aria-label={t('actions.editLabel', { what: a.what })}
              onClick={() => {
                setEditingOnly(i);
                setDraft(a, i);
                setError(null);
                document.getElementById(ids.what)?.focus();
              }}
            >
              {t('actions.edit')}
            </button>
            <button
              type="button"
              aria-label={t('actions.removeLabel', { what: a.what })}
              onClick={() => {
                if (editing !== null) {
                  clear();
                }
                void write(actions.filter((_, j) => j !== i));
              }}
            >
              {t('actions.remove')}
            </button>
          </>
        )}
      />
      <form className="wall-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={ids.form}>
        <p id={ids.form} className="visually-hidden">
          {t('actions.title')}
        </p>
        {field('what', ids.what, MAX_ACTION_WHAT)}
        {field('who', ids.who, MAX_ACTION_WHO)}
        {field('when', ids.when, MAX_ACTION_WHEN)}
        {error && (
          <p id={ids.error} role="alert" className="wall-error">
            {error === 'full' ? t('actions.full', { max: MAX_ACTIONS }) : t('actions.whatRequired')}
          </p>
        )}
        <div className="wall-row">
          <button type="submit" className="primary">
            {editing === null ? t('actions.add') : t('actions.save')}
          </button>
          {editing !== null && (
            <button
              type="button"
              onClick={() => {
                clear();
                setError(null);
              }}
            >
              {t('actions.cancel')}
            </button>
          )}
          <p role="status" className="wall-small">
            {status}
          </p>
        </div>
      </form>
    </div>
  );
}
