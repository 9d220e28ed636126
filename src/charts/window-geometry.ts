import type { Mode } from '../model/instruments/types';

/**
 * Pure shapes for the window chart: quadrants, the middle zone, ellipses as polylines. Kept apart
 * from the React component so they can be tested in jsdom, where recharts renders nothing.
 */

export interface XY {
  readonly support: number;
  readonly expectations: number;
}

export interface Quadrant {
  readonly mode: Mode;
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

/** Split at the scale's fixed midpoint: there is no norm group to split at. */
export const QUADRANTS: readonly Quadrant[] = [
  { mode: 'DOOR', x1: 0, x2: 50, y1: 50, y2: 100 },
  { mode: 'MET', x1: 50, x2: 100, y1: 50, y2: 100 },
  { mode: 'NIET', x1: 0, x2: 50, y1: 0, y2: 50 },
  { mode: 'VOOR', x1: 50, x2: 100, y1: 0, y2: 50 },
];

export interface Ellipse {
  readonly centre: XY;
  readonly rx: number;
  readonly ry: number;
  /** Rotation in degrees, counter-clockwise from the support axis. */
  readonly angle: number;
}

/**
 * An ellipse as a closed polyline of `steps` points, clipped to the 0–100 window, so that a
 * chart library without an ellipse primitive can draw it as a line.
 */
export function ellipsePolyline(e: Ellipse, steps = 48): XY[] {
  const a = (e.angle * Math.PI) / 180;
  const points: XY[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = (2 * Math.PI * i) / steps;
    const x = e.rx * Math.cos(t);
    const y = e.ry * Math.sin(t);
    points.push({
      support: clamp(e.centre.support + x * Math.cos(a) - y * Math.sin(a)),
      expectations: clamp(e.centre.expectations + x * Math.sin(a) + y * Math.cos(a)),
    });
  }
  return points;
}

function clamp(v: number): number {
  return Math.min(100, Math.max(0, v));
}
