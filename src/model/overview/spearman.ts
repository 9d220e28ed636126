/**
 * Spearman's rank correlation, with ties: each value gets the average of the ranks its tied
 * values share (so 3, 5, 5, 9 rank 1, 2.5, 2.5, 4), and rho is Pearson's correlation of the two
 * rank lists, ρ = Σ(rx − r̄)(ry − r̄) / √(Σ(rx − r̄)² · Σ(ry − r̄)²). With ties the shortcut
 * 1 − 6Σd²/(n(n² − 1)) is wrong; Pearson on average ranks is the textbook definition (and R's
 * `cor(x, y, method = "spearman")`).
 */

/** Ranks 1…n, ties sharing the average of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    // Positions i…j (0-based) hold ranks i+1…j+1: their average.
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = rank;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's ρ of paired values; null with fewer than two pairs or when either side is all one
 * value (no order to compare). Throws on lists of different lengths (a caller's mistake).
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new RangeError('spearman: lists of different lengths');
  if (x.length < 2) return null;
  return pearson(averageRanks(x), averageRanks(y));
}
