export interface LegendItem {
  readonly key: string;
  /** How the mark is drawn: a dot, a line, an outline ring or a filled area. */
  readonly mark: 'dot' | 'line' | 'ring' | 'area';
  readonly colour: string;
  readonly label: string;
}

/**
 * A legend under a chart: one mark and one line of text per thing drawn. The marks are
 * decoration (the text says it all), so screen readers hear only the list of labels.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span aria-hidden="true" className={`legend-mark legend-${item.mark}`} style={{ ['--mark' as string]: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
