import { useId } from 'react';
import { stillNeeded } from '../../model/quality/quality-gate';
import type { FormQuality } from '../../model/quality/quality-report';
import { useQualityNames } from './use-quality-names';

/** Per questionnaire version, in words: shown with its counts, or not yet, with what it reached and what it still needs. */
export function FormsOverview({ forms }: { forms: readonly FormQuality[] }) {
  const { t, formName } = useQualityNames();
  const titleId = useId();
  const people = (count: number) => t('quality:status.people', { count });
  const teams = (count: number) => t('quality:status.teams', { count });

  const needs = (form: FormQuality) => {
    const needed = stillNeeded(form.reached);
    if (needed.people > 0 && needed.teams > 0) return t('quality:status.needBoth', { people: people(needed.people), teams: teams(needed.teams) });
    return t('quality:status.needOne', { what: needed.people > 0 ? people(needed.people) : teams(needed.teams) });
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t('quality:formsTitle')}</h2>
      <p>{t('quality:formsIntro')}</p>
      <ul className="quality-forms">
        {forms.map((form) => (
          <li key={`${form.instrumentId}@${form.instrumentVersion}`}>
            <strong>{formName(form.instrumentId, form.instrumentVersion)}</strong>{' '}
            {form.status === 'shown'
              ? t('quality:status.shown', { people: people(form.reached.people), teams: teams(form.reached.teams) })
              : `${t('quality:status.hidden', { people: people(form.reached.people), teams: teams(form.reached.teams) })} ${needs(form)}`}
            {form.reached.teamsBelowMinimum > 0 && ` ${t('quality:status.below', { count: form.reached.teamsBelowMinimum })}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
