/**
 * The team's place in the window beside its climate: conversation questions chosen by the
 * combination of the team centre's placement (a mode, or between the modes) and the team's
 * climate band. Team level only: it never relates one person's mode to that person's climate.
 * Texts live in the `team` locale namespace under `combination.questions.<id>`.
 */
import type { Placement } from '../scoring/types';
import type { ClimateBand } from './types';

export const COMBINATION_QUESTION_IDS = [
  /** A cold spot, and the centre lies in DOOR or NIET: distance inside the team and towards clients. */
  'coldDistant',
  /** A cold spot, and the centre lies in VOOR: much care for clients, little warmth in the team. */
  'coldFor',
  /** A cold spot, and the centre lies in MET: working with clients, not yet with each other. */
  'coldWith',
  /** A hot spot, and the centre lies in VOOR: warm, and perhaps doing too much for clients. */
  'warmFor',
  /** A hot spot, and the centre lies in MET: what keeps both going. */
  'warmWith',
  /** A hot spot, and the centre lies in DOOR or NIET: warm among themselves, at a distance from clients. */
  'warmDistant',
  /** Lukewarm, or the centre lies between the modes: no clear combination to name. */
  'inBetween',
  /** Always last: the chain contact → trust → loyalty → reciprocity as the next step. */
  'chain',
] as const;

export type CombinationQuestionId = (typeof COMBINATION_QUESTION_IDS)[number];

/**
 * The questions for a team whose centre lies at `placement` and whose climate reads `band`, in
 * the order to show them: the question of the combination, then always `chain`.
 * - a cold spot with DOOR or NIET → `coldDistant`; with VOOR → `coldFor`; with MET → `coldWith`;
 * - a hot spot with VOOR → `warmFor`; with MET → `warmWith`; with DOOR or NIET → `warmDistant`;
 * - lukewarm, or a centre between the modes → `inBetween`.
 */
export function combinationQuestions(placement: Placement, band: ClimateBand): CombinationQuestionId[] {
  return [combinationQuestion(placement, band), 'chain'];
}

function combinationQuestion(placement: Placement, band: ClimateBand): CombinationQuestionId {
  if (band === 'lukewarm' || placement === 'between') return 'inBetween';
  const distant = placement === 'DOOR' || placement === 'NIET';
  if (band === 'coldSpot') return distant ? 'coldDistant' : placement === 'VOOR' ? 'coldFor' : 'coldWith';
  return distant ? 'warmDistant' : placement === 'VOOR' ? 'warmFor' : 'warmWith';
}
