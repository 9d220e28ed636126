/**
 * The team report from a workshop's results: the aggregates of the team profile and the team
 * climate, rounded as they are shown, and nothing else (types.ts says what is left out and why).
 * The model's lowest and highest values are left behind here: each is one person's number.
 */
import { climateOfTeam } from '../climate/team';
import { shownScore } from '../climate/temperature';
import type { ShownTeamClimate, TeamElement } from '../climate/types';
import type { Answers, Instrument } from '../instruments/types';
import { aggregateTeam } from '../team/aggregate';
import { statementDistribution } from '../team/distribution';
import type { AxisAgreement, ShownTeamProfile } from '../team/types';
import type { RadarEntry } from '../team/types';
import { wallFigures } from '../workshop/wall';
import { answerSetsOf, type Workshop } from '../workshop/workshop';
import { answerSplit } from './answer-split';
import { fileFigure, round1, round2 } from './figures';
import type { ReportAgreement, ReportClimate, ReportDifference, ReportEnergy, ReportRadarEntry, ReportSelfCheck, ReportStatement, TeamReport } from './types';

/**
 * A climate or scale SD as the file holds it. Those parts are shown only from the minimum group
 * size (at least three) on, so their SD always exists; 0 is only a guard.
 */
const sdOf = (value: number | undefined): number => fileFigure(value) ?? 0;

/**
 * The radar as the file holds it, and as the wall shows it (the wall formats these same values):
 * mean and SD to 0.1. A spoke the disclosure rule withholds (fewer than the minimum have it) has
 * neither, not even a 0: it is `withheld` (file version 4, decision 71).
 */
export function reportRadar(radar: readonly RadarEntry[]): ReportRadarEntry[] {
  return radar.map((r) =>
    r.status === 'shown' ? { mode: r.mode, status: 'shown', mean: round1(r.mean), sd: sdOf(r.sd) } : { mode: r.mode, status: 'withheld' },
  );
}

const agreementOf = (a: AxisAgreement): ReportAgreement => ({ rwg: Number.isFinite(a.rwg) ? round2(a.rwg) : null, band: a.band });

/**
 * Every statement's split as the report and the CSV hold it, over the complete results: null for
 * a statement answered by fewer than the minimum, and within a split the shares the disclosure
 * rule lets a room see (`answerSplit`). Empty while the profile would be hidden.
 */
export function statementSplits(instrument: Instrument, answerSets: readonly Answers[], minRespondents: number): ReportStatement[] {
  const distribution = statementDistribution(instrument, answerSets, minRespondents) ?? [];
  return distribution.map((row) => ({ itemId: row.itemId, split: row.counts === null ? null : answerSplit(row.counts) }));
}

/** The self-check part, from a shown profile and the answer sets it was made from. */
export function reportSelfCheck(instrument: Instrument, profile: ShownTeamProfile, answerSets: readonly Answers[]): ReportSelfCheck {
  const w = profile.window;
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    count: profile.count,
    incomplete: profile.incomplete,
    scales: profile.scales.map((s) => ({ scale: s.scale, centre: round1(s.centre), sd: sdOf(s.sd), agreement: agreementOf(s.agreement) })),
    window: w && {
      centre: { support: round1(w.centre.support), expectations: round1(w.centre.expectations) },
      ellipse: { rx: round1(w.spread.ellipse.rx), ry: round1(w.spread.ellipse.ry), angle: round1(w.spread.ellipse.angle) },
      placement: w.placement,
      radar: reportRadar(w.radar),
    },
    statements: statementSplits(instrument, answerSets, profile.minRespondents),
  };
}

const energyOf = (e: TeamElement): ReportEnergy =>
  e.status === 'shown'
    ? { status: 'shown', n: e.n, mean: shownScore(e.mean), sd: sdOf(e.sd), level: e.level, agreement: agreementOf(e.agreement) }
    : { status: 'withheld' };

/**
 * The climate part, from a shown team climate. The temperature and the means are kept as whole
 * numbers, as shown (`shownScore`): the band and the levels are decided on those numbers, so the
 * report's words always agree with its own figures (docs/climate.md §3).
 */
export function reportClimate(instrument: Instrument, climate: ShownTeamClimate): ReportClimate {
  return {
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    count: climate.count,
    incomplete: climate.incomplete,
    temperature: shownScore(climate.temperature),
    spread: { sd: sdOf(climate.spread.sd) },
    band: climate.reading.band,
    coldest: climate.reading.coldest,
    elements: climate.elements.map((e) => ({
      element: e.element,
      n: e.n,
      mean: shownScore(e.mean),
      sd: sdOf(e.sd),
      level: e.level,
      agreement: agreementOf(e.agreement),
    })),
    energy: energyOf(climate.energy),
    agreedCold: [...climate.agreedCold],
    disagreed: [...climate.disagreed],
  };
}

/** Optional parts the presenter keeps with a workshop (the wanted point, the actions). */
export type ReportExtras = Pick<TeamReport, 'wanted' | 'actions'>;

/**
 * The team report of a workshop, or null when nothing may be shown yet (no questionnaire above
 * its minimum). `findInstrument` resolves the workshop's questionnaires; `climateId` names the
 * climate questionnaire, every other one with a window is the self-check.
 */
export function buildTeamReport(
  workshop: Workshop,
  findInstrument: (id: string, version: number) => Instrument | undefined,
  climateId: string,
  extras: ReportExtras = {},
): TeamReport | null {
  const options = { minRespondents: workshop.minRespondents };
  let selfCheck: ReportSelfCheck | null = null;
  let climate: ReportClimate | null = null;
  for (const q of workshop.questionnaires) {
    const instrument = findInstrument(q.instrumentId, q.instrumentVersion);
    if (!instrument) continue;
    const sets = answerSetsOf(workshop, instrument.id);
    if (instrument.id === climateId) {
      const team = climateOfTeam(instrument, sets, options);
      if (team.status === 'shown') climate ??= reportClimate(instrument, team);
    } else {
      const profile = aggregateTeam(instrument, sets, options);
      if (profile.status === 'shown') selfCheck ??= reportSelfCheck(instrument, profile, sets);
    }
  }
  if (!selfCheck && !climate) return null;
  // Where we differ and what we want to talk about are the wall's own lists, over the same results.
  const wall = wallFigures(workshop, workshop.results, findInstrument);
  const differences: ReportDifference[] = wall.differences.map((d) => ({ instrumentId: d.instrumentId, itemId: d.itemId, split: d.split }));
  return {
    name: workshop.name,
    date: workshop.createdAt.slice(0, 10),
    minRespondents: workshop.minRespondents,
    selfCheck,
    climate,
    differences,
    agenda: wall.agenda.map(({ instrumentId, itemId }) => ({ instrumentId, itemId })),
    ...(workshop.personWord && workshop.personWord !== 'client' ? { personWord: workshop.personWord } : {}),
    ...(extras.wanted ? { wanted: { support: round1(extras.wanted.support), expectations: round1(extras.wanted.expectations) } } : {}),
    ...(extras.actions && extras.actions.length > 0 ? { actions: extras.actions.map(({ what, who, when }) => ({ what, who, when })) } : {}),
  };
}
