export interface LegendItem {
  readonly key: string;
  /** How the mark is drawn: a dot, a line, an outline ring or a filled area. */
  readonly mark: 'dot' | 'line' | 'ring' | 'area';
  readonly colour: string;
  /** A line drawn dashed in the chart: the same stroke-dasharray (src/charts/chart-dashes.ts). */
  readonly dash?: string;
  readonly label: string;
}

/**
 * A legend under a chart: one mark and one line of text per thing drawn. The marks are
 * decoration (the text says it all), so screen readers hear only the list of labels. A line is
 * drawn in SVG, as the chart draws it, so a dashed line has a dashed sample (a CSS border's
 * dashes have their own rhythm and read as dots on a short sample).
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          {item.mark === 'line' ? (
            <svg aria-hidden="true" focusable="false" className="legend-mark legend-line" viewBox="0 0 24 6" width="24" height="6">
              <line x1="0" y1="3" x2="24" y2="3" stroke={item.colour} strokeWidth="3" strokeDasharray={item.dash} />
            </svg>
          ) : (
            <span aria-hidden="true" className={`legend-mark legend-${item.mark}`} style={{ ['--mark' as string]: item.colour }} />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
