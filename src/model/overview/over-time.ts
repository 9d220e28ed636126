/**
 * Teams over time: reports linked as "the same team" (version 5's `sameTeamAs`, the earlier
 * report's id) form a path, oldest first, and every step is judged by the then-and-now rule of
 * the wall (then-and-now.ts): a change counts only beyond the measurement error of the two team
 * means. Only reports that are in the overview and shown take part; a link to a report not
 * added names nothing.
 */
import type { Instrument } from '../instruments/types';
import { thenAndNow, type ThenAndNow } from '../workshop/then-and-now';
import type { OverviewTeam } from './teams';

type FindInstrument = (id: string, version: number) => Instrument | undefined;

export interface PathStep {
  readonly team: OverviewTeam;
  /** The change from the step before; null on the first step. */
  readonly change: ThenAndNow | null;
}

export interface TeamPath {
  /** The newest report's key. */
  readonly key: string;
  /** The newest report's name: the team as it is called now. */
  readonly name: string;
  /** Oldest first, at least two. */
  readonly steps: readonly PathStep[];
}

/**
 * Every path of linked reports, ending at a report nobody links to as earlier. A report linked to
 * by two later ones (a team that split) starts two paths. A loop of links (only an edited file
 * makes one) is cut where it would repeat a report.
 */
export function teamPaths(teams: readonly OverviewTeam[], findInstrument: FindInstrument): TeamPath[] {
  const byId = new Map<string, OverviewTeam>();
  for (const t of teams) if (t.report.reportId !== undefined) byId.set(t.report.reportId, t);
  const earlierOf = (t: OverviewTeam): OverviewTeam | undefined => {
    const id = t.report.sameTeamAs;
    return id !== undefined && id !== t.report.reportId ? byId.get(id) : undefined;
  };
  const hasLater = new Set<string>();
  for (const t of teams) {
    const earlier = earlierOf(t);
    if (earlier) hasLater.add(earlier.key);
  }
  const paths: TeamPath[] = [];
  for (const newest of teams) {
    if (hasLater.has(newest.key) || !earlierOf(newest)) continue;
    const chain: OverviewTeam[] = [];
    const seen = new Set<string>();
    for (let t: OverviewTeam | undefined = newest; t && !seen.has(t.key); t = earlierOf(t)) {
      seen.add(t.key);
      chain.push(t);
    }
    if (chain.length < 2) continue;
    chain.reverse();
    const steps = chain.map((team, i): PathStep => ({ team, change: i === 0 ? null : thenAndNow(chain[i - 1]!.report, team.report, findInstrument) }));
    paths.push({ key: newest.key, name: newest.report.name, steps });
  }
  return paths;
}
