import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { asWorkshop } from '../../model/client/collection';
import type { ShownForm as ShownFormData } from '../../model/quality/quality-report';
import { useClientStore } from '../../stores/client-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { FormsOverview } from './forms-overview';
import { QualityCsvExport } from './quality-csv-export';
import { QualityMeanings } from './quality-meanings';
import { ShownForm } from './shown-form';
import { useQualityReport, type QualityState } from './use-quality-report';

/** The progress line: counting, then "3 of 12 scales computed"; empty when there was nothing to compute. */
function useProgressText(state: QualityState): string {
  const { t } = useTranslation('quality');
  if (state.status === 'failed') return '';
  if (state.progress === null) return t('counting');
  const { done, total } = state.progress;
  return total > 0 ? t('progress', { done, total }) : '';
}

/**
 * "Does the questionnaire hold?" (issue 23, docs/quality.md): from every workshop and client
 * collection kept on this device, per questionnaire version, alpha, omega, item–rest, ICC and the
 * share of "does not apply", shown from 100 people in 10 teams. Computed in a worker.
 */
export default function QualityPage() {
  const { t } = useTranslation('quality');
  usePageTitle(t('title'));
  const kept = useWorkshopStore((s) => s.workshops);
  const collections = useClientStore((s) => s.collections);
  const workshops = useMemo(() => [...kept, ...collections.map(asWorkshop)], [kept, collections]);
  const state = useQualityReport(workshops);
  const progress = useProgressText(state);
  const shown = state.status === 'ready' ? state.report.forms.filter((f): f is ShownFormData => f.status === 'shown') : [];

  return (
    <section className="quality">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('fromDevice')}</p>
      <p className="hint">{t('notATest')}</p>
      <p role="status" className="status-line">
        {progress}
      </p>
      {state.status === 'failed' && <p role="alert">{t('failed')}</p>}
      {state.status === 'ready' && (
        <>
          <FormsOverview forms={state.report.forms} />
          {shown.map((form) => (
            <ShownForm key={`${form.instrumentId}@${form.instrumentVersion}`} form={form} />
          ))}
          <QualityCsvExport report={state.report} />
        </>
      )}
      <QualityMeanings />
    </section>
  );
}
