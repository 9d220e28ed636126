import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { AXES } from '../../model/instruments/types';
import type { SelfCheckScore } from '../../model/scoring/types';
import { axisLevel } from '../../model/scoring/score';
import { modeSentence } from './mode-sentence';
import { usePersonText } from '../../components/person-word/use-person-word';

/**
 * The result in words: the placement is the headline; the sentence about the spokes is the
 * model's reading (`readModes`: a mode stands out only beyond chance and with a placement in that
 * mode); a scale without a score says why and the other scale is still shown.
 */
export function ResultSummary({ score }: { score: SelfCheckScore }) {
  const { t, i18n } = useTranslation(['results', 'modes', 'instrument']);
  const pt = usePersonText();
  const lng = i18n.resolvedLanguage ?? 'nl';
  const { placement, modeReading } = score;
  return (
    <section aria-labelledby="summary-title" className="result-summary">
      <h2 id="summary-title" className={`placement placement-${(placement ?? 'none').toLowerCase()}`}>
        {placement === null
          ? t('results:placementNone')
          : placement === 'between'
            ? t('results:placementBetween')
            : t('results:placementMode', { name: t(`modes:${placement}.display`), label: t(`modes:${placement}.label`) })}
      </h2>
      <ul className="axis-lines">
        {AXES.map((axis) => {
          const value = score[axis].score;
          return (
            <li key={axis}>
              {value === null
                ? t('results:scaleMissing', { scale: t(`instrument:axis.${axis}`) })
                : t('results:axisSentence', {
                    axis: t(`instrument:axis.${axis}`),
                    level: t(`modes:axisLevel.${axisLevel(value)}`, { score: formatNumber(value, lng) }),
                  })}
            </li>
          );
        })}
      </ul>
      {placement && (
        <>
          <h3>{t('results:meaningTitle')}</h3>
          <p>{pt(`results:modeDescription.${placement}`)}</p>
        </>
      )}
      {modeReading && <p className="mode-sentence">{modeSentence(modeReading, placement, t, lng)}</p>}
    </section>
  );
}
