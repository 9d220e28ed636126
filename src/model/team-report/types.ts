import type { PersonWord } from '../people/person-word';
/**
 * The team report: what a team may take home from a workshop. Aggregates only, so a file can go to
 * every member and any device without anyone holding one person's answers: no dots, no answers,
 * no result codes, fingerprints or nonces, no answer counts per statement. Numbers are rounded
 * (scores to 0.1, agreement to 0.01, shares to whole percents) as they are shown. No lowest or
 * highest value either: each is one person's number (docs/decisions.md, item 30); the spread is
 * the SD ("hoe ver uit elkaar").
 * docs/team-report.md describes every field.
 */
import type { ClimateBand, ClimateElement, ClimateScale, ElementLevel } from '../climate/types';
import type { Mode } from '../instruments/types';
import type { Placement } from '../scoring/types';
import type { AgreementBand, TeamPoint } from '../team/types';

/** Agreement on a scale: r*wg(J) (null when it could not be computed) and its words. */
export interface ReportAgreement {
  readonly rwg: number | null;
  readonly band: AgreementBand;
}

export interface ReportScale {
  readonly scale: string;
  readonly centre: number;
  readonly sd: number;
  readonly agreement: ReportAgreement;
}

/** A mode's spoke across the team: its mean and SD (0–100) over at least the minimum number of people. */
export interface ShownReportRadarEntry {
  readonly mode: Mode;
  readonly status: 'shown';
  readonly mean: number;
  /** How far apart the members' spokes are (SD, 0–100); null only in a report read from a version-1 file, which held no SD. */
  readonly sd: number | null;
}

/** A spoke that fewer than the minimum number of people have: no mean, no SD (file version 4). */
export interface WithheldReportRadarEntry {
  readonly mode: Mode;
  readonly status: 'withheld';
}

export type ReportRadarEntry = ShownReportRadarEntry | WithheldReportRadarEntry;

/** The team in the window without its dots: the centre and the 1-SD ellipse (model: TeamSpread). */
export interface ReportWindow {
  readonly centre: TeamPoint;
  readonly ellipse: { readonly rx: number; readonly ry: number; readonly angle: number };
  readonly placement: Placement;
  /** In MODES order. */
  readonly radar: readonly ReportRadarEntry[];
}

export type SplitPart = 'disagree' | 'neither' | 'agree';
export const SPLIT_PARTS: readonly SplitPart[] = ['disagree', 'neither', 'agree'];

/**
 * How the answers to a statement fall apart, in whole percents of those who answered 1–5:
 * disagree (1–2), neither (3), agree (4–5). A share the disclosure rule withholds (a part of one
 * or two people, or one that the shown shares would give away) is null; shown shares add up to
 * 100 only when none is withheld (src/model/team/disclosure.ts, `disclosedShares`).
 */
export interface AnswerSplit {
  readonly disagree: number | null;
  readonly neither: number | null;
  readonly agree: number | null;
}

export interface ReportStatement {
  readonly itemId: string;
  /** Null when fewer than the minimum answered it. */
  readonly split: AnswerSplit | null;
}

/**
 * A statement on which the team differs most, from either questionnaire, with its split: the
 * wall's "where we differ", item for item (decision 68). Without the SD of its answers (file
 * version 4): beside the shares it could narrow down a withheld one (decision 72).
 */
export interface ReportDifference {
  readonly instrumentId: string;
  readonly itemId: string;
  readonly split: AnswerSplit;
}

/** A statement two or more people marked "I want to talk about this": the wall's agenda, without counts. */
export interface ReportAgendaItem {
  readonly instrumentId: string;
  readonly itemId: string;
}

export interface ReportSelfCheck {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** Complete results that count. */
  readonly count: number;
  /** Results left out because a scale lacked answers. */
  readonly incomplete: number;
  /** Every scale of the instrument, in its order. */
  readonly scales: readonly ReportScale[];
  readonly window: ReportWindow | null;
  /** Every statement, in the instrument's order. */
  readonly statements: readonly ReportStatement[];
}

interface ElementFigures {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly level: ElementLevel;
  readonly agreement: ReportAgreement;
}

export interface ReportElement extends ElementFigures {
  readonly element: ClimateScale;
}

export type ReportEnergy = ({ readonly status: 'shown' } & ElementFigures) | { readonly status: 'withheld' };

export interface ReportClimate {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly count: number;
  readonly incomplete: number;
  readonly temperature: number;
  /** The SD of the members' temperatures. */
  readonly spread: { readonly sd: number };
  readonly band: ClimateBand;
  readonly coldest: ClimateElement;
  /** The four elements, in CLIMATE_ELEMENTS order. */
  readonly elements: readonly ReportElement[];
  readonly energy: ReportEnergy;
  readonly agreedCold: readonly ClimateElement[];
  readonly disagreed: readonly ClimateElement[];
}

/** What the team agreed to do (kept with the workshop by the presenter). */
export interface ReportAction {
  readonly what: string;
  readonly who: string;
  readonly when: string;
}

export interface TeamReport {
  /**
   * The report's random id (file version 5, report-id.ts): the same workshop's report always has
   * the same one. Absent in a report built in memory and in a file before version 5.
   */
  readonly reportId?: string;
  /** The report id of the earlier workshop the facilitator linked as "the same team" (file version 5). */
  readonly sameTeamAs?: string;
  /** The workshop's name. */
  readonly name: string;
  /** The day of the workshop, YYYY-MM-DD. */
  readonly date: string;
  readonly minRespondents: number;
  /** Null when the workshop has no self-check or its profile is below the minimum. */
  readonly selfCheck: ReportSelfCheck | null;
  /** Null when the workshop has no climate or the climate is below the minimum. */
  readonly climate: ReportClimate | null;
  /** Where we differ: at most three statements of both questionnaires, most disputed first, as on the wall. */
  readonly differences: readonly ReportDifference[];
  /**
   * What we want to talk about: at most five marked statements, most marked first, as on the wall.
   * Absent in a report from a file before version 3, which did not hold it.
   */
  readonly agenda?: readonly ReportAgendaItem[];
  /**
   * The workshop's word for the people worked with (decision 85), so the statements read as on the
   * phones. Absent: "cliënt", as in a file from before it was kept.
   */
  readonly personWord?: PersonWord;
  /** Where the team wants to be in the window. */
  readonly wanted?: TeamPoint;
  readonly actions?: readonly ReportAction[];
}
