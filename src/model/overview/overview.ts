/**
 * An overview of many teams (issue 23): the teams once each, the table's rows, the teams over
 * time and what goes together across them. Every figure comes from a team report as it is;
 * nothing is recomputed from answers (the overview has none).
 */
import type { Instrument } from '../instruments/types';
import type { TeamReport } from '../team-report/types';
import { teamPaths, type TeamPath } from './over-time';
import { collectTeams, type CollectedTeams, type TeamRow } from './teams';
import { whatGoesTogether, type Correlation } from './together';

export interface Overview extends CollectedTeams {
  readonly rows: readonly TeamRow[];
  readonly paths: readonly TeamPath[];
  readonly together: readonly Correlation[];
}

/** `null` in `reports` is a workshop on this device below its minimum: left out and counted. */
export function buildOverview(reports: readonly (TeamReport | null)[], findInstrument: (id: string, version: number) => Instrument | undefined): Overview {
  const collected = collectTeams(reports);
  const rows = collected.teams.map((t) => t.row);
  return { ...collected, rows, paths: teamPaths(collected.teams, findInstrument), together: whatGoesTogether(rows) };
}
