import { sampleCovariance, sampleVariance } from './statistics';
import type { SpreadEllipse, TeamPoint } from './types';

/**
 * The 1-SD covariance ellipse of the dots. With the sample covariance matrix
 * Σ = [[a, b], [b, c]] (a = s²_support, c = s²_expectations, b = s_support,expectations, all with
 * n − 1), the eigenvalues are λ₁,₂ = (a + c)/2 ± √(((a − c)/2)² + b²); the semi-axes are
 * rx = √λ₁ (major) and ry = √λ₂, and the major axis points at θ = ½·atan2(2b, a − c), given in
 * degrees in (−90, 90] from the support axis towards the expectations axis. When all dots
 * coincide (or the spread is perfectly round) θ is 0 by convention.
 */
export function covarianceEllipse(centre: TeamPoint, dots: readonly TeamPoint[]): SpreadEllipse {
  const xs = dots.map((d) => d.support);
  const ys = dots.map((d) => d.expectations);
  const a = sampleVariance(xs);
  const c = sampleVariance(ys);
  const b = sampleCovariance(xs, ys);
  const half = (a + c) / 2;
  const root = Math.hypot((a - c) / 2, b);
  const major = half + root;
  // Clamp at 0: rounding can make the minor eigenvalue of a straight line −1e-15.
  const minor = Math.max(0, half - root);
  let angle = (Math.atan2(2 * b, a - c) / 2) * (180 / Math.PI);
  if (angle <= -90) angle += 180;
  return { centre, rx: Math.sqrt(major), ry: Math.sqrt(minor), angle: angle === 0 ? 0 : angle };
}
