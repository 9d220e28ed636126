/**
 * The shapes of a team climate result: one person's (person.ts) and a team's (team.ts).
 * docs/climate.md describes every number.
 */
import type { AxisAgreement, HiddenTeamProfile } from '../team/types';

/** The four elements of a hot spot after Gratton (2007), in their fixed display order. */
export type ClimateElement = 'purpose' | 'cooperation' | 'boundaries' | 'reflection';

/** The four elements and the outcome, energy: the scale ids of the team climate questionnaire. */
export type ClimateScale = ClimateElement | 'energy';

/** Where one element stands: warm at ≥ 60, cold at ≤ 40, otherwise in the middle. */
export type ElementLevel = 'warm' | 'middle' | 'cold';

/**
 * The climate as a whole: the zone of the temperature's scale the temperature lies in, as shown
 * (a whole number): `coldSpot` up to 40, `hotSpot` from 60, otherwise `lukewarm` ("lauw").
 */
export type ClimateBand = 'hotSpot' | 'lukewarm' | 'coldSpot';

/** What the four element scores and the temperature say, in words. */
export interface ClimateReading {
  readonly band: ClimateBand;
  /** The lowest of the four elements, always named (also in a hot spot); ties in CLIMATE_ELEMENTS order. */
  readonly coldest: ClimateElement;
  /** The warm elements (≥ 60), in CLIMATE_ELEMENTS order. */
  readonly warm: readonly ClimateElement[];
  /** The cold elements (≤ 40), in CLIMATE_ELEMENTS order: named beside the band, also in a hot spot. */
  readonly cold: readonly ClimateElement[];
}

/** One element (or energy) of one person's result. */
export interface PersonElement {
  readonly element: ClimateScale;
  /**
   * 0–100 from cold to hot (the mean of the `plus` mean and the keyed `minus` mean), or null when
   * the completeness rule is not met (fewer than 2 of 3 statements of a keying; energy 1 of 2).
   */
  readonly score: number | null;
  /** null exactly when `score` is null. */
  readonly level: ElementLevel | null;
  /** Statements answered 1–5. */
  readonly answered: number;
  /** Statements answered "does not apply to our team". */
  readonly notApplicable: number;
  /** Statements of this element. */
  readonly total: number;
}

/** One person's team climate. */
export interface PersonClimate {
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  /** The four elements, in CLIMATE_ELEMENTS order. */
  readonly elements: readonly PersonElement[];
  /** The outcome, shown beside the temperature and never part of it. */
  readonly energy: PersonElement;
  /** 0–100, the geometric mean of the four elements (temperature.ts); null unless all four have a score. */
  readonly temperature: number | null;
  /** null exactly when `temperature` is null: the coldest element is only named when all four are known. */
  readonly reading: ClimateReading | null;
}

/** An element of the team whose figures are withheld: fewer than the minimum have a score on it. */
export interface WithheldTeamElement {
  readonly element: ClimateScale;
  readonly status: 'withheld';
  /** Members with a score on this element. */
  readonly n: number;
}

/** One element (or energy) across the team, over the members who have a score on it. */
export interface ShownTeamElement {
  readonly element: ClimateScale;
  readonly status: 'shown';
  /** Members with a score on this element (at least the minimum). */
  readonly n: number;
  /** Mean of their 0–100 scores. */
  readonly mean: number;
  /** Sample SD (n − 1) of their scores. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** The level of the mean. */
  readonly level: ElementLevel;
  /** r*wg(J) over the element's statements and its words (src/model/team/agreement.ts). */
  readonly agreement: AxisAgreement;
}

export type TeamElement = WithheldTeamElement | ShownTeamElement;

/** The spread of the members' own temperatures (only members with all four elements). */
export interface TemperatureSpread {
  /** Sample SD (n − 1), 0–100. */
  readonly sd: number;
  readonly min: number;
  readonly max: number;
}

export interface ShownTeamClimate {
  readonly status: 'shown';
  /** Members with a temperature (all four elements scored): the count the minimum applies to. */
  readonly count: number;
  readonly minRespondents: number;
  /** Answer sets without a temperature. Their scored elements still count in those elements. */
  readonly incomplete: number;
  /** The four elements, in CLIMATE_ELEMENTS order; always shown (each has at least `count` members). */
  readonly elements: readonly ShownTeamElement[];
  /** Energy: withheld when fewer than the minimum have an energy score. */
  readonly energy: TeamElement;
  /** The geometric mean of the four element means, mapped to 0–100. */
  readonly temperature: number;
  /** How far apart the members' own temperatures lie. */
  readonly spread: TemperatureSpread;
  readonly reading: ClimateReading;
  /**
   * Elements that are cold and on which the team agrees (agreement high or moderate): a shared
   * problem to work on. In CLIMATE_ELEMENTS order.
   */
  readonly agreedCold: readonly ClimateElement[];
  /**
   * Elements on which the team does not agree (agreement none or split), whatever their mean: a
   * conversation nobody has had yet. In CLIMATE_ELEMENTS order.
   */
  readonly disagreed: readonly ClimateElement[];
}

/** Below the minimum the team climate is the count and the minimum, nothing else. */
export type HiddenTeamClimate = HiddenTeamProfile;

export type TeamClimate = HiddenTeamClimate | ShownTeamClimate;
