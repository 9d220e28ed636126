/**
 * One SD either side of a team mean, within 0–100: the band the wall and the report draw instead
 * of lowest to highest, which are each one person's number (docs/decisions.md, item 30).
 */
export function sdBand(mean: number, sd: number): { low: number; high: number } {
  const spread = Number.isFinite(sd) ? sd : 0;
  return { low: Math.max(0, mean - spread), high: Math.min(100, mean + spread) };
}
