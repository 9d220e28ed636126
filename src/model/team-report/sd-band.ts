import { round1 } from './figures';

/**
 * One SD either side of a team mean, within 0–100: the band the wall and the report draw instead
 * of lowest to highest, which are each one person's number (docs/decisions.md, item 30). Taken
 * from the mean and SD as the file holds them (0.1), so the wall's "between 43 and 68" is the
 * report's (decision 68); an SD that is not there gives no band (the mean on both ends).
 */
export function sdBand(mean: number, sd: number | null): { low: number; high: number } {
  const m = round1(mean);
  const spread = sd !== null && Number.isFinite(sd) ? round1(sd) : 0;
  return { low: round1(Math.max(0, m - spread)), high: round1(Math.min(100, m + spread)) };
}
