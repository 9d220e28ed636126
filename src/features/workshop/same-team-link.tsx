import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { findInstrument } from '../../model/instruments/registry';
import { earlierReport, sameTeamCandidates, sameTeamLink } from '../../model/workshop/same-team';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';

/**
 * "Zelfde team als…": the facilitator links this workshop to an earlier one of the same team, the
 * only workshop then and now compares with (decision 75). Only this page names the earlier
 * workshop; the wall shows its date alone.
 */
export function SameTeamLink({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('workshop');
  const lng = i18n.resolvedLanguage ?? 'nl';
  const all = useWorkshopStore((s) => s.workshops);
  const candidates = useMemo(() => sameTeamCandidates(all, workshop), [all, workshop]);
  const link = useMemo(() => sameTeamLink(all, workshop), [all, workshop]);
  const linked = link.status === 'linked' ? link.workshop : null;
  const tooFew = useMemo(() => linked !== null && earlierReport(linked, findInstrument) === null, [linked]);
  const [chosen, setChosen] = useState(linked?.id ?? '');
  const [status, setStatus] = useState('');
  const ids = { select: useId(), title: useId() };
  const named = (w: Workshop) => ({ name: w.name, date: formatDate(w.createdAt, lng) });

  const save = (earlierId: string | undefined) => {
    void useWorkshopStore
      .getState()
      .setSameTeamAs(workshop.id, earlierId)
      .then(({ written, value }) => {
        if (!value) return setStatus(t('sameTeam.missing'));
        setChosen(earlierId ?? '');
        setStatus(!written ? t('sameTeam.notSaved') : earlierId ? t('sameTeam.saved') : t('sameTeam.removed'));
      });
  };

  const state =
    link.status === 'missing' || link.status === 'refused'
      ? t(`sameTeam.${link.status}`)
      : linked
        ? `${t('sameTeam.linked', named(linked))}${tooFew ? ` ${t('sameTeam.tooFew')}` : ''}`
        : candidates.length === 0
          ? t('sameTeam.noCandidates')
          : t('sameTeam.none');

  return (
    <section aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('sameTeam.title')}</h3>
      <p className="hint">{t('sameTeam.intro')}</p>
      <p>{state}</p>
      {candidates.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            save(chosen === '' ? undefined : chosen);
          }}
        >
          <label htmlFor={ids.select}>{t('sameTeam.label')}</label>
          <select id={ids.select} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('sameTeam.nothing')}</option>
            {candidates.map((w) => (
              <option key={w.id} value={w.id}>
                {t('sameTeam.option', named(w))}
              </option>
            ))}
          </select>
          <button type="submit">{t('sameTeam.link')}</button>
        </form>
      )}
      {workshop.sameTeamAs !== undefined && (
        <button type="button" onClick={() => save(undefined)}>
          {t('sameTeam.unlink')}
        </button>
      )}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
