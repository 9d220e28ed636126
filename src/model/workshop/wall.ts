import { climateOfPerson } from '../climate/person';
import { climateOfTeam } from '../climate/team';
import type { ShownTeamClimate, TeamClimate } from '../climate/types';
import { tryDecodeResultCode } from '../codec/result-code';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { Answers, Instrument } from '../instruments/types';
import { aggregateTeam } from '../team/aggregate';
import { countAnswers, DISAGREEMENT_LIMIT, topDisagreement } from '../team/disagreement';
import { collectResults } from '../team/respondents';
import type { ShownTeamProfile, TeamProfile } from '../team/types';
import { answerSplit } from '../team-report/answer-split';
import type { AnswerSplit } from '../team-report/types';
import { markAgenda, type AgendaItem } from './agenda';
import { splitBars, type SplitBar } from './answer-split';
import { resultFromDecoded } from './intake';
import { updateChange, type UpdateChange } from './shown-update';
import { answerSetsOf, type Workshop, type WorkshopResult } from './workshop';

type FindInstrument = (id: string, version: number) => Instrument | undefined;

/**
 * A disputed statement with its answers in three bars (percentages only, a withheld share without
 * a number or a bar), the SD of its raw 1–5 answers (for the order; never on the wall or in the
 * report), and the same split as the team report holds it (so the report's list is the wall's).
 */
export interface WallDifference {
  readonly instrumentId: string;
  readonly itemId: string;
  readonly sd: number;
  readonly bars: readonly SplitBar[];
  readonly split: AnswerSplit;
}

/** Everything the presenter's team steps show, computed from one fixed set of results. */
export interface WallFigures {
  readonly selfCheck: { readonly instrument: Instrument; readonly profile: TeamProfile } | null;
  readonly climate: { readonly instrument: Instrument; readonly climate: TeamClimate } | null;
  /** True when the team may be shown: the self-check's minimum is met (or the climate's, without a self-check). */
  readonly shown: boolean;
  /** Complete results so far, and the minimum they must reach (of the same questionnaire as `shown`). */
  readonly count: number;
  readonly minRespondents: number;
  /** At most three statements, most disputed first, from both questionnaires; empty while hidden. */
  readonly differences: readonly WallDifference[];
  /** Statements marked by two or more people; empty while hidden. */
  readonly agenda: readonly AgendaItem[];
}

export const shownProfile = (f: WallFigures): ShownTeamProfile | null => (f.selfCheck?.profile.status === 'shown' ? f.selfCheck.profile : null);
export const shownClimate = (f: WallFigures): ShownTeamClimate | null => (f.climate?.climate.status === 'shown' ? f.climate.climate : null);

/**
 * The team figures of a workshop over `results` (the wall's snapshot, or all results): the
 * self-check's profile (src/model/team), the climate (src/model/climate), the disputed statements
 * with their three-bar split and the marks agenda. All of them are aggregates that the models
 * guard by the disclosure rule (src/model/team/disclosure.ts); the three-bar split is taken over
 * complete results only, like the disagreement list it belongs to.
 */
export function wallFigures(workshop: Workshop, results: readonly WorkshopResult[], findInstrument: FindInstrument): WallFigures {
  const view = { ...workshop, results };
  const min = workshop.minRespondents;
  const selfQ = workshop.questionnaires.find((q) => q.instrumentId !== TEAM_CLIMATE.id);
  const climateQ = workshop.questionnaires.find((q) => q.instrumentId === TEAM_CLIMATE.id);
  const selfInstrument = selfQ && findInstrument(selfQ.instrumentId, selfQ.instrumentVersion);
  const climateInstrument = climateQ && findInstrument(climateQ.instrumentId, climateQ.instrumentVersion);
  const selfSets = selfInstrument ? answerSetsOf(view, selfInstrument.id) : [];
  const climateSets = climateInstrument ? answerSetsOf(view, climateInstrument.id) : [];
  const profile = selfInstrument ? aggregateTeam(selfInstrument, selfSets, { minRespondents: min }) : null;
  const climate = climateInstrument ? climateOfTeam(climateInstrument, climateSets, { minRespondents: min }) : null;
  const gate = profile ?? climate;
  const shown = gate?.status === 'shown';

  const candidates: { instrumentId: string; itemId: string; sd: number; sets: readonly Answers[] }[] = [];
  if (shown && selfInstrument && profile?.status === 'shown') {
    const complete = collectResults(selfInstrument, selfSets).complete.map((r) => r.answers);
    for (const d of profile.disagreement) candidates.push({ instrumentId: selfInstrument.id, itemId: d.itemId, sd: d.sd, sets: complete });
  }
  if (shown && climateInstrument && climate?.status === 'shown') {
    const withTemperature = climateSets.filter((a) => climateOfPerson(climateInstrument, a).temperature !== null);
    for (const d of topDisagreement(climateInstrument, withTemperature, climate.minRespondents)) {
      candidates.push({ instrumentId: climateInstrument.id, itemId: d.itemId, sd: d.sd, sets: withTemperature });
    }
  }
  // Stable sort: equal spreads keep the self-check first, then item order.
  candidates.sort((a, b) => Math.round(b.sd * 1e9) - Math.round(a.sd * 1e9));
  const differences = candidates.slice(0, DISAGREEMENT_LIMIT).flatMap((c) => {
    // Every candidate was answered by at least the minimum, so it has a split.
    const split = answerSplit(countAnswers(c.itemId, c.sets).counts);
    return split ? [{ instrumentId: c.instrumentId, itemId: c.itemId, sd: c.sd, bars: splitBars(split), split }] : [];
  });

  const instruments = [selfInstrument, climateInstrument].filter((i): i is Instrument => i !== undefined);
  return {
    selfCheck: selfInstrument && profile ? { instrument: selfInstrument, profile } : null,
    climate: climateInstrument && climate ? { instrument: climateInstrument, climate } : null,
    shown,
    count: gate?.count ?? 0,
    minRespondents: gate?.minRespondents ?? min,
    differences,
    agenda: shown ? markAgenda(results, instruments) : [],
  };
}

/**
 * The results the wall shows: those whose fingerprint is in the snapshot. A result taken out of
 * the workshop since (a replacement took its place) is rebuilt from its fingerprint, which is its
 * result code, so the wall stays exactly as it was until the facilitator updates it.
 */
export function wallResults(workshop: Workshop, snapshot: readonly string[], findInstrument: FindInstrument): WorkshopResult[] {
  const byPrint = new Map(workshop.results.map((r) => [r.fingerprint, r]));
  const results: WorkshopResult[] = [];
  for (const fingerprint of snapshot) {
    const here = byPrint.get(fingerprint);
    if (here) {
      results.push(here);
      continue;
    }
    const decoded = tryDecodeResultCode(fingerprint, { findInstrument, expectedWorkshop: workshop.code });
    const rebuilt = decoded.ok ? resultFromDecoded(workshop, decoded.value) : null;
    if (rebuilt) results.push(rebuilt);
  }
  return results;
}

/** How many of the workshop's results the wall does not show yet (new ones and replacements). */
export function pendingResults(workshop: Workshop, snapshot: readonly string[]): number {
  const shown = new Set(snapshot);
  return workshop.results.filter((r) => !shown.has(r.fingerprint)).length;
}

/**
 * Whether one answer set enters the figures that take complete results only: the self-check's
 * by its scales' completeness, the climate's by having a temperature.
 */
export function isCompleteFor(findInstrument: FindInstrument, workshop: Workshop) {
  return (instrumentId: string, answers: Answers): boolean => {
    const q = workshop.questionnaires.find((w) => w.instrumentId === instrumentId);
    const instrument = q && findInstrument(q.instrumentId, q.instrumentVersion);
    if (!instrument) return false;
    if (instrument.id === TEAM_CLIMATE.id) return climateOfPerson(instrument, answers).temperature !== null;
    return collectResults(instrument, [answers]).complete.length === 1;
  };
}

/**
 * What "Bijwerken" would change on the wall, the workshop page and the report (`updateChange`):
 * from the results of the shown snapshot to every result taken in now.
 */
export function wallUpdate(workshop: Workshop, snapshot: readonly string[], findInstrument: FindInstrument): UpdateChange {
  return updateChange(
    wallResults(workshop, snapshot, findInstrument),
    workshop.results,
    workshop.questionnaires.map((q) => q.instrumentId),
    isCompleteFor(findInstrument, workshop),
  );
}
