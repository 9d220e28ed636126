/**
 * One rounding for every team figure, wherever it appears (docs/decisions.md, item 68). The team
 * report file holds scores and SDs (0–100) to 0.1; everything a person reads (the wall, the report
 * page, the CSV) is derived from that 0.1 value, never from the unrounded one. Rounding twice
 * from different starting points is what made the wall say 50 (50.46) and the report 51 (50.5).
 * A figure that is not there (a mode nobody answered, an SD of one person) is null: absent, never 0.
 */

/** A 0–100 score or SD as the file holds it: to 0.1 (half away from zero; `+ 0` turns −0 into 0). */
export const round1 = (value: number): number => Math.round(value * 10) / 10 + 0;

/** Agreement (r*wg) and a statement's 1–5 SD as the file holds them: to 0.01. */
export const round2 = (value: number): number => Math.round(value * 100) / 100 + 0;

/** The file's value of a figure: to 0.1, or null when it is not there (undefined, NaN, ±∞). */
export function fileFigure(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : round1(value);
}

/**
 * The whole number a person reads: the file's 0.1 value, rounded half up (50.46 → 50.5 → 51).
 * Null when the figure is not there. Every screen and the CSV start from `fileFigure`, so the
 * wall, the printed report, the opened file and the spreadsheet all read 51.
 */
export function shownFigure(value: number | null | undefined): number | null {
  const inFile = fileFigure(value);
  return inFile === null ? null : Math.round(inFile) + 0;
}
