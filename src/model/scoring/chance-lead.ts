/**
 * How far one mode's spoke leads the others by chance alone. A spoke is (a − 1) / 4 × 100 for the
 * mean raw answer a of its answered statements (mode-spokes.ts). Someone who answers every
 * statement uniformly at random (each of 1–5 with chance 1/5) gives four independent spokes, each
 * with an exactly known distribution: the sum of n answers is the n-fold convolution of the
 * uniform distribution on 1–5. From those the chance that one spoke leads all three others by at
 * least L points is exact:
 *
 *   P(lead ≥ L) = Σ_i Σ_x P(X_i = x) · Π_{j ≠ i} P(X_j ≤ x − L)        (L > 0, so at most one i leads)
 *
 * The lead a mode needs to be named is the smallest lead that random answers reach at most
 * CHANCE_NAMED_MODE of the time, for the numbers of statements actually answered per spoke. With
 * 4 statements on every spoke that is 31.25 points (5 answer steps; random answers reach it 9.4 %
 * of the time, and 25 points 18.5 %); spokes with one "does not apply" need more. docs/scoring.md §3.
 */

/** At most this share of people answering at random may be told that a mode stands out. */
export const CHANCE_NAMED_MODE = 0.1;

/** Compares leads computed in floating point: a lead of 31.249999999 is a lead of 31.25. */
const EPSILON = 1e-9;

interface Outcome {
  /** The spoke, 0–100. */
  readonly value: number;
  readonly chance: number;
}

const spokeCache = new Map<number, readonly Outcome[]>();

/** Every value a spoke of n uniformly random answers can take, with its exact chance. */
export function randomSpoke(n: number): readonly Outcome[] {
  const cached = spokeCache.get(n);
  if (cached) return cached;
  // chances[s] = P(sum of the answers − n = s): convolve the uniform 0–4 n times.
  let chances = [1];
  for (let k = 0; k < n; k++) {
    const next = new Array<number>(chances.length + 4).fill(0);
    chances.forEach((p, s) => {
      for (let step = 0; step <= 4; step++) next[s + step] = (next[s + step] ?? 0) + p / 5;
    });
    chances = next;
  }
  const outcomes = chances.map((chance, s) => ({ value: (s / n) * 25, chance }));
  spokeCache.set(n, outcomes);
  return outcomes;
}

/** P(X ≤ x) for a random spoke of n answers. */
function atMost(outcomes: readonly Outcome[], x: number): number {
  let p = 0;
  for (const o of outcomes) if (o.value <= x + EPSILON) p += o.chance;
  return p;
}

/**
 * The exact chance that, with `counts[i]` statements answered at random on spoke i, one spoke
 * leads every other by at least `lead` points (lead > 0).
 */
export function chanceOfLead(counts: readonly number[], lead: number): number {
  const spokes = counts.map(randomSpoke);
  let total = 0;
  spokes.forEach((own, i) => {
    for (const { value, chance } of own) {
      let p = chance;
      spokes.forEach((other, j) => {
        if (j !== i) p *= atMost(other, value - lead);
      });
      total += p;
    }
  });
  return total;
}

const neededCache = new Map<string, number>();

/**
 * The smallest lead (in points, one of the leads these spokes can show) that random answers reach
 * at most `rate` of the time, for these numbers of answered statements per spoke. The order of
 * `counts` does not matter. Infinity when no lead is rare enough (never for 3 or more statements).
 */
export function leadNeeded(counts: readonly number[], rate = CHANCE_NAMED_MODE): number {
  const key = `${[...counts].sort((a, b) => a - b).join(',')}|${rate}`;
  const cached = neededCache.get(key);
  if (cached !== undefined) return cached;
  const spokes = counts.map(randomSpoke);
  const leads = new Set<number>();
  for (const a of spokes) for (const b of spokes) for (const x of a) for (const y of b) if (x.value - y.value > EPSILON) leads.add(x.value - y.value);
  let needed = Infinity;
  // The chance falls as the lead grows, so the first lead rare enough is the smallest.
  for (const lead of [...leads].sort((a, b) => a - b)) {
    if (chanceOfLead(counts, lead) <= rate) {
      needed = lead;
      break;
    }
  }
  neededCache.set(key, needed);
  return needed;
}

/** True when `lead` reaches `needed`, allowing for floating-point error. */
export function reaches(lead: number, needed: number): boolean {
  return lead >= needed - EPSILON;
}
