/**
 * The colours of one person's results, the same on the result page and in the history's
 * comparison, so "now", "earlier" and "goal" look alike wherever they are drawn.
 */
export const RESULT_COLOURS = {
  current: '#1d4e5f',
  // Dark enough for 3:1 against every quadrant fill (WCAG 1.4.11).
  previous: '#5f6368',
  wanted: '#6a2c8c',
  /** The filled area of the newer radar, as its legend shows it. */
  radarFill: '#a9bfc6',
} as const;
