import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../lib/download';
import { PROJECTOR_WIDTH, svgToPng } from '../../lib/svg-image';

interface SaveChartImageProps {
  /** The element that holds the chart's SVG (the first SVG in it is saved). */
  target: RefObject<HTMLElement | null>;
  /** The chart's name, for the button's accessible name. */
  name: string;
  fileName: string;
}

/**
 * A button beside a chart that saves it as a PNG at projector width, for a trainer's own slides.
 * Its accessible name starts with its visible words and then names the chart (WCAG 2.5.3), so
 * four such buttons on one page are told apart.
 */
export function SaveChartImage({ target, name, fileName }: SaveChartImageProps) {
  const { t } = useTranslation('report');
  const [status, setStatus] = useState('');
  const save = async () => {
    const svg = target.current?.querySelector('svg');
    try {
      if (!svg) throw new Error('no chart');
      downloadBlob(fileName, await svgToPng(svg, PROJECTOR_WIDTH));
      setStatus(t('image.saved'));
    } catch {
      setStatus(t('image.failed'));
    }
  };
  return (
    <div className="chart-image no-print">
      <button type="button" aria-label={t('image.saveNamed', { name })} onClick={() => void save()}>
        {t('image.save')}
      </button>
      <p role="status" className="status-line">
        {status}
      </p>
    </div>
  );
}
