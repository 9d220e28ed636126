import type { TeamReport } from '../team-report/types';
import type { Workshop } from './workshop';

/**
 * "Keep only the team report" (decision 80): after the workshop the raw answers go, the team
 * report (aggregates, each resting on at least the minimum number of people) stays. The results
 * leave with their fingerprints, which are the codes and so the answers. What stays besides the
 * report: the name, code, questionnaires and settings, the wanted point and the actions (the
 * team's own words, already in the report), and what is retired (random nonces and chain places,
 * no answers). Such a workshop takes no results in any more: new answers could not be added to
 * the report's figures, and would be raw answers again.
 */
export function keepOnlyReport(workshop: Workshop, report: TeamReport): Workshop {
  return { ...workshop, results: [], keptReport: report };
}

export type KeepReportPrompt = 'remind' | 'offer' | 'none';

const dayOf = (date: Date) => date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate();

/**
 * When the workshop page asks to keep only the report: `remind` once the workshop's day is over
 * (it was made before today, in the device's time zone) and results are still kept; `offer` on
 * the day itself, quietly, for a facilitator who is done early; `none` without results, for a
 * demo team, or when only the report is kept already.
 */
export function keepReportPrompt(workshop: Workshop, now: Date): KeepReportPrompt {
  if (workshop.demo === true || workshop.keptReport !== undefined || workshop.results.length === 0) return 'none';
  const created = new Date(workshop.createdAt);
  if (Number.isNaN(created.getTime())) return 'offer';
  return dayOf(created) < dayOf(now) ? 'remind' : 'offer';
}
