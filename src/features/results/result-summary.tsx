import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AXES } from '../../model/instruments/types';
import type { SelfCheckScore } from '../../model/scoring/types';
import { axisLevel } from '../../model/scoring/score';
import { weightPercent } from '../../model/scoring/percent';

export function ResultSummary({ score }: { score: SelfCheckScore }) {
  const { t, i18n } = useTranslation(['results', 'modes', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const { placement, dominant, weights } = score;
  if (!placement || !dominant || !weights) return null;
  return (
    <section aria-labelledby="summary-title" className="result-summary">
      <h2 id="summary-title" className={`placement placement-${placement.toLowerCase()}`}>
        {placement === 'between'
          ? t('results:placementBetween')
          : t('results:placementMode', { name: t(`modes:${placement}.display`), label: t(`modes:${placement}.label`) })}
      </h2>
      <ul className="axis-lines">
        {AXES.map((axis) => (
          <li key={axis}>
            {t('results:axisSentence', {
              axis: t(`instrument:axis.${axis}`),
              level: t(`modes:axisLevel.${axisLevel(score[axis].score ?? 50)}`, { score: formatNumber(score[axis].score ?? 50, lng) }),
            })}
          </li>
        ))}
      </ul>
      <h3>{t('results:meaningTitle')}</h3>
      <p>{t(`modes:${placement}.description`)}</p>
      {placement === 'between' && (
        <p>
          {t('results:dominantNote', { name: t(`modes:${dominant}.display`), percent: weightPercent(weights[dominant]) })}
        </p>
      )}
    </section>
  );
}
