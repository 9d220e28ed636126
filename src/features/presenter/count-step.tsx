import { useTranslation } from 'react-i18next';
import type { WallFigures } from '../../model/workshop/wall';
import type { Workshop } from '../../model/workshop/workshop';

/**
 * The live count: every result as it arrives (the count itself says nothing about a person).
 * Below the minimum it says how many more are needed before the team can be shown.
 */
export function CountStep({ workshop, live }: { workshop: Workshop; live: WallFigures }) {
  const { t } = useTranslation('presenter');
  const missing = Math.max(0, live.minRespondents - live.count);
  return (
    <div className="wall-count">
      <p className="wall-big-number" aria-live="polite">
        {t('count.received', { count: workshop.results.length })}
      </p>
      <p className="wall-lead">{missing > 0 ? t('count.needMore', { count: missing }) : t('count.enough')}</p>
      {missing > 0 && <p>{t('count.why')}</p>}
    </div>
  );
}
