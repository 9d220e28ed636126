import type { CompletenessRule, Instrument } from './types';

/** 2 of the 3 statements of each keying of an element (and 4 of its 6). */
const ELEMENT_COMPLETENESS: CompletenessRule = { minShare: 2 / 3, perKeying: true };

/** 1 of the 2 statements of each keying of energy (and 2 of its 4). */
const ENERGY_COMPLETENESS: CompletenessRule = { minShare: 1 / 2, perKeying: true };

/**
 * The team climate questionnaire, version 1: is this team a hot spot or a cold spot (DOMAIN.md
 * §3)? Four elements after Gratton (Hot Spots, 2007), plus the team's energy as the outcome:
 * - `purpose` (gedeeld doel): an igniting purpose, shared goals and values; cold side: everyone
 *   their own goals, work as ticking boxes, values only on paper;
 * - `cooperation` (samenwerking): a cooperative mindset and psychological safety (Edmondson 1999);
 *   cold side: rivalry, gossip, blame;
 * - `boundaries` (grenzen over): boundary spanning towards other disciplines, clients, their
 *   networks and experts by experience; cold side: silos, clinical distance, plans made among
 *   professionals only;
 * - `reflection` (ruimte om te reflecteren): productive capacity and team reflexivity (West 1996);
 *   cold side: arbitrariness, routine, no time to stop and think;
 * - `energy` (energie): vigour, "in this team I get energy from my work"; its content opposite is
 *   exhaustion. The outcome: shown beside the temperature, never part of it (src/model/climate/).
 *
 * The team is the subject of the statements ("In ons team …": a referent shift, Chan 1998); two of
 * the four energy statements ask about the person in the team, as vigour is felt by a person.
 * Every element has as many statements from its cold side (`minus`) as from its warm side
 * (`plus`): 3 + 3 for the four elements, 2 + 2 for energy, 28 statements (about five minutes).
 * A cold statement names the cold content itself (rivalry, gossip, silos, arbitrariness), never a
 * negated warm one; no statement uses a negation word.
 *
 * SCORING AND COMPLETENESS (docs/climate.md §4, docs/decisions.md 65): each scale is scored
 * keying-balanced, as the mean of its `plus` mean and its keyed `minus` mean, and needs 2 of the 3
 * statements of each keying (energy: 1 of 2). The same answer to every statement then scores
 * exactly 50 whatever is skipped (x and 6 − x average to 3), so a "Past niet bij ons team" or a
 * skip no longer costs the element, and a complete element scores as before (with equal counts
 * the balanced mean is the plain mean). Stored results are re-scored from their answers; the
 * version stays 1 because items, order and keying are unchanged and no complete result moves.
 *
 * ORDER: consecutive screens always differ in element and in keying (odd positions `plus`, even
 * positions `minus`); within an element the keying alternates; every round of four element
 * statements holds all four elements; energy stands at positions 5, 12, 19 and 26.
 * This is the order shown and the order encoded in result codes (instrument code 3): changing
 * items, order or keying needs a new version. Texts: `instrument:teamClimate.items.<id>`.
 */
export const TEAM_CLIMATE: Instrument = {
  id: 'team-climate',
  version: 1,
  answerScale: { id: 'agreementTeam', points: [1, 2, 3, 4, 5], notApplicable: true },
  scales: [
    { id: 'purpose', completeness: ELEMENT_COMPLETENESS, keyingBalanced: true },
    { id: 'cooperation', completeness: ELEMENT_COMPLETENESS, keyingBalanced: true },
    { id: 'boundaries', completeness: ELEMENT_COMPLETENESS, keyingBalanced: true },
    { id: 'reflection', completeness: ELEMENT_COMPLETENESS, keyingBalanced: true },
    { id: 'energy', completeness: ENERGY_COMPLETENESS, keyingBalanced: true },
  ],
  items: [
    // Purpose: we know why we do this work.
    { id: 'c01', scale: 'purpose', keying: 'plus' },
    // Cooperation, cold (rivalry): colleagues mainly want to outdo each other.
    { id: 'c02', scale: 'cooperation', keying: 'minus' },
    // Boundaries: we readily ask other disciplines for advice.
    { id: 'c03', scale: 'boundaries', keying: 'plus' },
    // Reflection, cold (arbitrariness): a decision depends on who happens to make it.
    { id: 'c04', scale: 'reflection', keying: 'minus' },
    // Energy: in this team I get energy from my work.
    { id: 'c05', scale: 'energy', keying: 'plus' },
    // Boundaries, cold (clinical distance): we talk about clients as if they were case files.
    { id: 'c06', scale: 'boundaries', keying: 'minus' },
    // Reflection: after a difficult situation we look back on it together.
    { id: 'c07', scale: 'reflection', keying: 'plus' },
    // Purpose, cold (fragmented goals): everyone works mainly towards their own goals.
    { id: 'c08', scale: 'purpose', keying: 'minus' },
    // Cooperation (psychological safety): people dare to admit a mistake.
    { id: 'c09', scale: 'cooperation', keying: 'plus' },
    // Reflection, cold (routine): we do the work the way we always have.
    { id: 'c10', scale: 'reflection', keying: 'minus' },
    // Purpose (shared values): we work from values we share.
    { id: 'c11', scale: 'purpose', keying: 'plus' },
    // Energy, cold (exhaustion): after a working day in this team I am exhausted.
    { id: 'c12', scale: 'energy', keying: 'minus' },
    // Boundaries (network): we involve clients' family, friends and neighbours in the work.
    { id: 'c13', scale: 'boundaries', keying: 'plus' },
    // Cooperation, cold (gossip): colleagues talk about each other behind their backs.
    { id: 'c14', scale: 'cooperation', keying: 'minus' },
    // Reflection (learning): we try out new ways of working.
    { id: 'c15', scale: 'reflection', keying: 'plus' },
    // Purpose, cold (no meaning): the work feels like ticking boxes.
    { id: 'c16', scale: 'purpose', keying: 'minus' },
    // Cooperation (helping): colleagues step in to help when it is busy.
    { id: 'c17', scale: 'cooperation', keying: 'plus' },
    // Boundaries, cold (silos): we mostly see other teams and disciplines as outsiders.
    { id: 'c18', scale: 'boundaries', keying: 'minus' },
    // Energy: in our team we work with a lot of energy.
    { id: 'c19', scale: 'energy', keying: 'plus' },
    // Cooperation, cold (blame): when something goes wrong, we look for someone to blame.
    { id: 'c20', scale: 'cooperation', keying: 'minus' },
    // Boundaries (experiential knowledge): what experts by experience know counts as much as professional knowledge.
    { id: 'c21', scale: 'boundaries', keying: 'plus' },
    // Reflection, cold (no time): we rush from one task to the next.
    { id: 'c22', scale: 'reflection', keying: 'minus' },
    // Purpose (pride): we are proud of what we achieve together.
    { id: 'c23', scale: 'purpose', keying: 'plus' },
    // Boundaries, cold (drawing board): we mostly make plans for clients among ourselves.
    { id: 'c24', scale: 'boundaries', keying: 'minus' },
    // Cooperation (the opposite of rivalry): we are glad when a colleague succeeds.
    { id: 'c25', scale: 'cooperation', keying: 'plus' },
    // Energy, cold (exhaustion): colleagues feel tired and drained.
    { id: 'c26', scale: 'energy', keying: 'minus' },
    // Reflection (reflexivity): we regularly discuss how we go about our work.
    { id: 'c27', scale: 'reflection', keying: 'plus' },
    // Purpose, cold (values on paper): our values exist mainly on paper.
    { id: 'c28', scale: 'purpose', keying: 'minus' },
  ],
};
