/**
 * Which earlier workshop a workshop is compared with: only the one the facilitator linked as
 * "the same team" on this device (`sameTeamAs`), never one chosen by the app. Any earlier workshop
 * with the same questionnaires used to count, the newest first, and the wall compared a team with
 * another team (issue 20, decision 75).
 */
import { buildTeamReport } from '../team-report/build';
import type { TeamReport } from '../team-report/types';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { Instrument } from '../instruments/types';
import { thenAndNow, wallReport, type ThenAndNow } from './then-and-now';
import type { WallFigures } from './wall';
import type { Workshop } from './workshop';

type FindInstrument = (id: string, version: number) => Instrument | undefined;

const questionnaireKey = (w: Workshop) =>
  w.questionnaires
    .map((q) => `${q.instrumentId}@${q.instrumentVersion}`)
    .sort()
    .join(',');

/** Whether `earlier` may be linked to `current`: created before it, the same questionnaires in the same versions, real with real and demo with demo. */
function mayLink(earlier: Workshop, current: Workshop): boolean {
  return (
    earlier.id !== current.id &&
    (earlier.demo === true) === (current.demo === true) &&
    questionnaireKey(earlier) === questionnaireKey(current) &&
    earlier.createdAt < current.createdAt
  );
}

/**
 * The workshops the facilitator may link `current` to, newest first: created before it, with
 * exactly the same questionnaires in the same versions (another version has other statements),
 * real with real, demo with demo. Which of them is the same team only the facilitator knows.
 */
export function sameTeamCandidates(all: readonly Workshop[], current: Workshop): Workshop[] {
  return all.filter((w) => mayLink(w, current)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * `current` linked to the workshop with id `earlierId`, or without a link for `undefined`; null
 * when that workshop is not on this device or may not be linked (sameTeamCandidates).
 */
export function linkSameTeam(all: readonly Workshop[], current: Workshop, earlierId: string | undefined): Workshop | null {
  const { sameTeamAs: _old, ...unlinked } = current;
  if (earlierId === undefined) return unlinked;
  const earlier = all.find((w) => w.id === earlierId);
  return earlier && mayLink(earlier, current) ? { ...unlinked, sameTeamAs: earlierId } : null;
}

/**
 * The link as it stands now. `missing`: the linked workshop was deleted (or never came to this
 * device); `refused`: it is there but may not be compared (other questionnaires, a demo with a
 * real one, not earlier), which only a changed store could bring about. Both compare nothing.
 */
export type SameTeamLink =
  | { readonly status: 'none' }
  | { readonly status: 'missing' }
  | { readonly status: 'refused' }
  | { readonly status: 'linked'; readonly workshop: Workshop };

export function sameTeamLink(all: readonly Workshop[], current: Workshop): SameTeamLink {
  if (current.sameTeamAs === undefined) return { status: 'none' };
  const earlier = all.find((w) => w.id === current.sameTeamAs);
  if (!earlier) return { status: 'missing' };
  return mayLink(earlier, current) ? { status: 'linked', workshop: earlier } : { status: 'refused' };
}

/**
 * The earlier workshop's side of the comparison: its team report, as the report page and its file
 * hold it (decision 68), or null below its minimum (buildTeamReport shows nothing then).
 * A workshop that keeps only its team report (raw answers deleted) gives that report here.
 */
export function earlierReport(earlier: Workshop, findInstrument: FindInstrument): TeamReport | null {
  return buildTeamReport(earlier, findInstrument, TEAM_CLIMATE.id);
}

/** Then and now as the wall shows it: the comparison, and the earlier side's report (its date, its centre). */
export interface LinkedThenAndNow {
  readonly comparison: ThenAndNow;
  readonly then: TeamReport;
}

/**
 * Then and now of `current` as the wall shows it (`wall`), beside the earlier workshop the
 * facilitator linked; null without a link, with a link to a workshop that is gone or may not be
 * linked, with an earlier workshop below its minimum, and when no part can be compared. Nothing is
 * compared by default.
 */
export function linkedThenAndNow(all: readonly Workshop[], current: Workshop, wall: WallFigures, findInstrument: FindInstrument): LinkedThenAndNow | null {
  const link = sameTeamLink(all, current);
  if (link.status !== 'linked') return null;
  const then = earlierReport(link.workshop, findInstrument);
  if (!then) return null;
  const comparison = thenAndNow(then, wallReport(wall), findInstrument);
  return comparison.centre || comparison.temperature ? { comparison, then } : null;
}
