/** Workshops for the quality tests: simulated teams (testing/response-model.ts) as the device keeps them. */
import type { Answers, Instrument } from '../instruments/types';
import type { Workshop, WorkshopResult } from '../workshop/workshop';
import { normal, onePeakedTeam } from '../testing/response-model';
import { seeded } from '../testing/seeded';

let made = 0;

/** A workshop of one questionnaire whose results hold `answerSets`, with unique fingerprints. */
export function workshopOf(instrument: Instrument, answerSets: readonly Answers[], over: Partial<Workshop> = {}): Workshop {
  made += 1;
  const id = over.id ?? `w${made}`;
  const results: WorkshopResult[] = answerSets.map((answers, i) => ({
    fingerprint: `${id}-${String(i).padStart(4, '0')}`,
    parts: { [instrument.id]: { answers, marks: [] } },
  }));
  return {
    id,
    code: `CODE${made}`,
    name: '',
    questionnaires: [{ instrumentId: instrument.id, instrumentVersion: instrument.version }],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    results,
    ...over,
  };
}

/**
 * `teams` workshops of one questionnaire with `size` people each, named "Team 1"…, as the device
 * keeps them: for the page's component and browser tests. Each team has its own level per scale
 * (around 55, SD 12) and its people lie around it (SD 15), so a scale is a team property to a
 * modest degree, as in real teams. `notApplicable`: the chance of "does not apply" per statement, where
 * the form offers it (then a few people are incomplete and do not count).
 */
export function seededWorkshops(instrument: Instrument, teams: number, size: number, seed = 1, notApplicable = 0): Workshop[] {
  const random = seeded(seed);
  return Array.from({ length: teams }, (_, i) => {
    const centre = Object.fromEntries(instrument.scales.map((scale) => [scale.id, 55 + 12 * normal(random)]));
    const na = instrument.answerScale.notApplicable ? notApplicable : 0;
    return workshopOf(instrument, onePeakedTeam(instrument, size, centre, 15, random, na), { id: `${instrument.id}-${seed}-${i + 1}`, name: `Team ${i + 1}` });
  });
}
