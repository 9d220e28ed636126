import type { ReactNode } from 'react';

interface ChartFigureProps {
  caption: string;
  /** A one-sentence summary that screen readers hear instead of the drawing. */
  summary: string;
  chart: ReactNode;
  /** The table alternative: always rendered, visible, and the accessible path to the numbers. */
  table: ReactNode;
}

export function ChartFigure({ caption, summary, chart, table }: ChartFigureProps) {
  return (
    <figure className="chart-figure">
      <figcaption>{caption}</figcaption>
      <div role="img" aria-label={summary} className="chart-area">
        {chart}
      </div>
      {table}
    </figure>
  );
}
