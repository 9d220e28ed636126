import { orderFreeSum } from '../team/statistics';

/**
 * Are the scale scores a property of the team? ICC(1) and ICC(2) from a one-way ANOVA of the
 * people's scale scores with the team as the group (Bliese 2000; LeBreton & Senter 2008).
 * docs/quality.md §4.
 */
export interface TeamIcc {
  /** The share of a person's score that is the team's: (MSB − MSW) / (MSB + (k − 1) MSW). May be below 0. */
  readonly icc1: number;
  /** How reliably the team means tell teams apart: (MSB − MSW) / MSB. May be below 0. */
  readonly icc2: number;
  /** The group size k in ICC(1): k₀ = (N − Σ n_j² / N) / (J − 1). */
  readonly groupSize: number;
  readonly teams: number;
  readonly people: number;
  readonly msBetween: number;
  readonly msWithin: number;
}

/**
 * ICC(1) and ICC(2) of `groups` (each team's scores). With J teams, N people, team sizes n_j,
 * team means ȳ_j and grand mean ȳ:
 *   MSB = Σ n_j (ȳ_j − ȳ)² / (J − 1), MSW = Σ_j Σ_i (y_ij − ȳ_j)² / (N − J),
 *   ICC(1) = (MSB − MSW) / (MSB + (k₀ − 1) MSW), ICC(2) = (MSB − MSW) / MSB.
 * For unequal team sizes k₀ = (N − Σ n_j² / N) / (J − 1), the size that makes E(MSB) =
 * σ²_w + k₀ σ²_b in the one-way random-effects model (McGraw & Wong 1996; Snedecor & Cochran);
 * it equals n for equal teams and lies a little below the mean size otherwise (R's
 * multilevel::ICC1 takes the mean size N / J). Null with fewer than 2 teams, no degrees of
 * freedom within teams, or no variance between them.
 */
export function teamIcc(groups: readonly (readonly number[])[]): TeamIcc | null {
  const teams = groups.filter((g) => g.length > 0);
  const J = teams.length;
  const N = orderFreeSum(teams.map((g) => g.length));
  if (J < 2 || N - J < 1) return null;
  const means = teams.map((g) => orderFreeSum(g) / g.length);
  const grand = orderFreeSum(teams.map((g) => orderFreeSum(g))) / N;
  const ssBetween = orderFreeSum(teams.map((g, j) => g.length * ((means[j] as number) - grand) ** 2));
  const ssWithin = orderFreeSum(teams.flatMap((g, j) => g.map((y) => (y - (means[j] as number)) ** 2)));
  const msBetween = ssBetween / (J - 1);
  const msWithin = ssWithin / (N - J);
  const groupSize = (N - orderFreeSum(teams.map((g) => g.length ** 2)) / N) / (J - 1);
  const denominator = msBetween + (groupSize - 1) * msWithin;
  if (!(msBetween > 0) || !(denominator > 0)) return null;
  return {
    icc1: (msBetween - msWithin) / denominator,
    icc2: (msBetween - msWithin) / msBetween,
    groupSize,
    teams: J,
    people: N,
    msBetween,
    msWithin,
  };
}
