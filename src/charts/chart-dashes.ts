/**
 * The dash patterns the charts draw lines with (SVG stroke-dasharray), in one place so a legend
 * draws its sample exactly as the chart draws the line: a legend that says "dashed" beside a solid
 * sample was one thing readers tripped over (issue 21). Kept apart from the recharts wrappers, so
 * a legend does not pull the lazily loaded chart library into the page.
 */
export const DASHES = {
  /** An earlier result on a radar: the previous self-check, the older of two compared. */
  earlierRadar: '4 3',
  /** The expectations line of the trend over time (support is solid). */
  trendExpectations: '6 3',
} as const;
