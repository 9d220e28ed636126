import { useId, useRef, type ReactNode } from 'react';
import { TableScroll } from '../components/table-scroll';
import { useNoLayerTabStops } from './use-no-layer-tab-stops';

interface ChartFigureProps {
  caption: string;
  /** A one-sentence summary that screen readers hear instead of the drawing. */
  summary: string;
  chart: ReactNode;
  /** What each mark means, under the drawing and outside it, so screen readers hear it too. */
  legend?: ReactNode;
  /** The table alternative: always rendered, visible, and the accessible path to the numbers. */
  table: ReactNode;
}

export function ChartFigure({ caption, summary, chart, legend, table }: ChartFigureProps) {
  const area = useRef<HTMLDivElement>(null);
  // Named by its caption explicitly too: not every accessibility tree (jsdom's) derives it.
  const captionId = useId();
  useNoLayerTabStops(area);
  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div ref={area} role="img" aria-label={summary} className="chart-area">
        {chart}
      </div>
      {legend}
      <TableScroll label={caption}>{table}</TableScroll>
    </figure>
  );
}
