import { useId } from 'react';
import type { ShownForm as ShownFormData } from '../../model/quality/quality-report';
import { IccTable, ScalesTable } from './form-tables';
import { StatementsTable } from './statements-table';
import { useQualityNames } from './use-quality-names';

/** A questionnaire version past the gate: its scales, its ICC where people answer as a team, and each statement. */
export function ShownForm({ form }: { form: ShownFormData }) {
  const { t, formName } = useQualityNames();
  const titleId = useId();
  const name = formName(form.instrumentId, form.instrumentVersion);
  const withIcc = form.scales.some((s) => s.icc !== null);
  const offered = form.notApplicable.some((s) => s.share !== null);
  return (
    <section aria-labelledby={titleId} className="quality-form">
      <h2 id={titleId}>{name}</h2>
      <p>
        {t('quality:status.shown', {
          people: t('quality:status.people', { count: form.reached.people }),
          teams: t('quality:status.teams', { count: form.reached.teams }),
        })}
      </p>
      <ScalesTable form={name} scales={form.scales} />
      {withIcc ? <IccTable form={name} scales={form.scales} /> : <p>{t('quality:icc.none')}</p>}
      {form.scales.map((scale) => (
        <StatementsTable key={scale.scale} form={name} instrumentId={form.instrumentId} scale={scale} notApplicable={form.notApplicable} />
      ))}
      <p className="hint">{offered ? t('quality:statements.naBase', { n: form.notApplicable[0]?.n ?? 0 }) : t('quality:statements.naNotOffered')}</p>
    </section>
  );
}
