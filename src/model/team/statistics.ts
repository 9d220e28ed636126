/**
 * Small descriptive statistics. Every sum goes through `orderFreeSum`, whose total does not depend on
 * the order of the values: floating-point addition is not associative, and a team's numbers must not
 * change in the last digit when the same results are handed in in another order (that order is
 * exactly what anonymity must hide).
 *
 * Linear time: the sum is exact summation in one pass (below), and ordering groups equal values
 * first and sorts only the distinct ones: team data takes few (scores come from 5-point answers
 * on a handful of statements), O(n + k log k) for n values with k distinct, however large the team.
 */

/**
 * `items` ordered by `compare`, stably, by sorting only one item per distinct key. `compare` must
 * return 0 exactly for items with the same key; items with the same key keep their input order,
 * as with a stable sort.
 */
export function sortByDistinct<T>(items: readonly T[], keyOf: (item: T) => string | number, compare: (a: T, b: T) => number): T[] {
  const groups = new Map<string | number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].sort((a, b) => compare(a[0] as T, b[0] as T)).flat();
}

/**
 * Σ values, correctly rounded: the exact sum of the values, rounded once to the nearest double
 * (ties to even). That number does not depend on the order of the values, unlike a running
 * float sum. Shewchuk's exact summation as in Python's `math.fsum` (CPython's mathmodule.c): the
 * running total is kept as a few non-overlapping partial sums (one or two for a team's scores),
 * so it is one pass, linear in the number of values. Finite values only.
 */
export function orderFreeSum(values: readonly number[]): number {
  // Whole numbers (answers, counts) add up exactly in any order while every partial sum stays
  // below 2^53: |value| ≤ 2^31 and at most 2^21 of them. The common case, without the partials.
  if (values.length <= 2 ** 21 && values.every((v) => Number.isInteger(v) && Math.abs(v) <= 2 ** 31)) {
    let exact = 0;
    for (const v of values) exact += v;
    return exact;
  }
  const partials: number[] = [];
  for (const value of values) {
    let x = value;
    let kept = 0;
    for (const partial of partials) {
      let y = partial;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    if (kept < partials.length) partials.length = kept;
    partials.push(x);
  }
  // Add the partials from the largest down, stopping at the first inexact step; then round half
  // to even by the sign of what is left below.
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  const below = n > 0 ? (partials[n - 1] as number) : 0;
  if ((lo < 0 && below < 0) || (lo > 0 && below > 0)) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}

/** `values` in ascending order, in linear time for data with few distinct values. */
export function ascending(values: readonly number[]): number[] {
  return sortByDistinct(values, (v) => v, (a, b) => a - b);
}

/** Arithmetic mean x̄ = Σx / n; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : orderFreeSum(values) / values.length;
}

/** Sample variance s² = Σ(x − x̄)² / (n − 1); 0 for a single value, NaN for none. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  if (values.length === 1) return 0;
  const m = mean(values);
  return orderFreeSum(values.map((v) => (v - m) ** 2)) / (values.length - 1);
}

/** Sample standard deviation s = √s² (n − 1 in the denominator). */
export function sampleSd(values: readonly number[]): number {
  return Math.sqrt(sampleVariance(values));
}

/** Sample covariance s_xy = Σ(x − x̄)(y − ȳ) / (n − 1) of paired values; 0 for one pair. */
export function sampleCovariance(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new RangeError('sampleCovariance: lists differ in length');
  if (xs.length === 0) return Number.NaN;
  if (xs.length === 1) return 0;
  const mx = mean(xs);
  const my = mean(ys);
  return orderFreeSum(xs.map((x, i) => (x - mx) * ((ys[i] as number) - my))) / (xs.length - 1);
}

/** Lowest and highest value; NaN for an empty list. */
export function range(values: readonly number[]): { readonly min: number; readonly max: number } {
  if (values.length === 0) return { min: Number.NaN, max: Number.NaN };
  // A loop, not Math.min(...values): spreading a large team overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** The mean clamped into [min, max]: rounding can push a mean of equal values a hair outside. */
export function boundedMean(values: readonly number[]): number {
  const { min, max } = range(values);
  return Math.min(max, Math.max(min, mean(values)));
}
