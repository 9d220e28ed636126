import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../model/workshop/workshop';

/** Always visible, and announced politely as each result arrives. */
export function ResultCount({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshop');
  const count = workshop.results.length;
  return (
    <p role="status" aria-live="polite" className="result-count">
      {count < workshop.minRespondents ? t('countOf', { received: count, min: workshop.minRespondents }) : t('count', { count })}
    </p>
  );
}
