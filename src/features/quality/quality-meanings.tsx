import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const FIGURES = ['alpha', 'itemRest', 'icc1', 'icc2', 'notApplicable', 'n'] as const;

/** What each figure says and what it does not (docs/quality.md §7), in plain words. */
export function QualityMeanings() {
  const { t } = useTranslation('quality');
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="quality-meanings">
      <h2 id={titleId}>{t('meanings.title')}</h2>
      {FIGURES.map((figure) => (
        <section key={figure}>
          <h3>{t(`meanings.${figure}.title`)}</h3>
          <p>
            <strong>{t('meanings.says')}</strong> {t(`meanings.${figure}.means`)}
          </p>
          <p>
            <strong>{t('meanings.saysNot')}</strong> {t(`meanings.${figure}.meansNot`)}
          </p>
          {figure === 'alpha' && <p>{t('meanings.alpha.range')}</p>}
        </section>
      ))}
    </section>
  );
}
