/**
 * The window's colours, apart from the chart so that a legend can use them without loading
 * recharts (the result page draws its charts later: when-near.tsx).
 */
export const QUADRANT_FILL: Record<string, string> = {
  MET: '#d8eadf',
  DOOR: '#f4dcd6',
  VOOR: '#f6ebcc',
  NIET: '#e4e4ea',
};

/** The middle zone ("between modes"); the legend of every window shows the same colour. */
export const MIDDLE_FILL = '#f3f3f1';
