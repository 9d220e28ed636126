import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mode } from '../../model/instruments/types';

/** Where each mode sits: support grows to the right, expectations grow upwards. */
const CELLS: { mode: Mode; x: number; y: number; fill: string }[] = [
  { mode: 'DOOR', x: 40, y: 10, fill: '#f4dcd6' },
  { mode: 'MET', x: 140, y: 10, fill: '#d8eadf' },
  { mode: 'NIET', x: 40, y: 110, fill: '#e4e4ea' },
  { mode: 'VOOR', x: 140, y: 110, fill: '#f6ebcc' },
];

/**
 * A small static drawing of the window. The drawing is one image with a title and a description
 * that say in words what it shows; the figure caption names it for everyone.
 */
export function WindowFigure() {
  const { t } = useTranslation(['about', 'modes']);
  const id = useId();
  return (
    <figure className="about-window" aria-labelledby={`${id}-caption`}>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox="0 0 250 250" width="250" height="250">
        <title id={`${id}-title`}>{t('about:figure.title')}</title>
        <desc id={`${id}-desc`}>{t('about:figure.description')}</desc>
        {CELLS.map(({ mode, x, y, fill }) => (
          <g key={mode}>
            <rect x={x} y={y} width="100" height="100" fill={fill} stroke="#555" />
            <text x={x + 50} y={y + 55} textAnchor="middle" fontSize="16" fontWeight="700" fill="#222">
              {t(`modes:${mode}.name`)}
            </text>
          </g>
        ))}
        <text x="140" y="235" textAnchor="middle" fontSize="13" fill="#222">
          {t('about:figure.support')}
        </text>
        <text x="22" y="110" textAnchor="middle" fontSize="13" fill="#222" transform="rotate(-90 22 110)">
          {t('about:figure.expectations')}
        </text>
      </svg>
      <figcaption id={`${id}-caption`}>{t('about:figure.caption')}</figcaption>
    </figure>
  );
}
