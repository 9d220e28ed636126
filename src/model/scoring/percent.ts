/** A mode weight (0–1) as a whole percentage for display; the four shown may sum to 99–101. */
export function weightPercent(weight: number): number {
  return Math.round(weight * 100);
}
