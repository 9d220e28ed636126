import { MODES, type Mode } from '../model/instruments/types';

/**
 * Reads back what the wall drew, for tests: a radar polygon's points as the value (0–100) of
 * each spoke, from its distance to the centre (the wall's radar is 1000 units with a 280-unit
 * spoke), and a point of the temperature scale (1000 units, 30-unit margins) as 0–100.
 */
export function radarPolygonValues(points: string): Record<Mode, number> {
  const xy = points
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(',').map(Number));
  return Object.fromEntries(
    MODES.map((m, i) => {
      const [x = Number.NaN, y = Number.NaN] = xy[i] ?? [];
      return [m, Math.round((Math.hypot(x - 500, y - 500) / 280) * 1000) / 10];
    }),
  ) as Record<Mode, number>;
}

export const temperatureAt = (x: number): number => Math.round(((x - 30) / 940) * 1000) / 10;
