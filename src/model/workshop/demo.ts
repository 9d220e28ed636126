import { toQrPayload } from '../codec/result-code';
import { CURRENT_SELF_CHECK } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue, Answers, Instrument } from '../instruments/types';
import { seeded } from '../testing/seeded';
import { createJoinCode } from './join-code';
import { type Workshop, type WorkshopResult } from './workshop';
import { addResults } from './result-set';

/**
 * The made-up team of the demo workshop: eight people, each a leaning on every scale of both
 * questionnaires (1–5, as a keyed answer), with a little seeded noise per statement. The leanings
 * spread the team over the window (mostly MET and VOOR, one DOOR, one between) and make the
 * climate lukewarm with cooperation as the coldest element, so every step of the presenter has
 * something to show. Marks: three statements are marked by two or more people, others by one.
 */
const PEOPLE: readonly { self: [number, number]; climate: [number, number, number, number, number]; marks: readonly string[] }[] = [
  { self: [4.6, 4.2], climate: [4, 2, 4, 3, 4], marks: ['s20', 'c02'] },
  { self: [4.4, 3.9], climate: [4, 3, 3, 3, 4], marks: ['s25', 'c02'] },
  { self: [4.8, 2.6], climate: [5, 2, 4, 2, 3], marks: ['s20'] },
  { self: [4.2, 2.4], climate: [4, 3, 3, 3, 3], marks: ['s25', 'c04'] },
  { self: [2.4, 4.4], climate: [3, 2, 3, 2, 2], marks: ['c02', 'c04'] },
  { self: [3.6, 3.4], climate: [4, 3, 4, 4, 4], marks: ['s20'] },
  { self: [4.5, 4.6], climate: [5, 3, 4, 3, 4], marks: ['c02'] },
  { self: [3.9, 4.1], climate: [4, 2, 3, 3, 3], marks: ['s30'] },
];

/** The seed of everything random in the demo: the same demo team on every device and every run. */
export const DEMO_SEED = 20261203;

function answersFor(instrument: Instrument, leaning: readonly number[], random: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const scale = instrument.scales.findIndex((s) => s.id === item.scale);
    const noisy = (leaning[scale] ?? 3) + (random() - 0.5) * 1.6;
    const keyed = Math.min(5, Math.max(1, Math.round(noisy)));
    answers[item.id] = (item.keying === 'plus' ? keyed : 6 - keyed) as AnswerValue;
  }
  return answers;
}

/**
 * A demo workshop: made-up, deterministic results of both questionnaires (real result codes, so
 * every check the app makes on a workshop holds for it), `demo: true`, and the given id, name and
 * date. The store refuses to take real results into it and never merges it with another workshop.
 */
export function demoWorkshop(options: { id: string; name: string; createdAt: string }): Workshop {
  const random = seeded(DEMO_SEED);
  const code = createJoinCode(random, { hideOwnResult: false, questionnaires: 'both' });
  const results: WorkshopResult[] = PEOPLE.map((person, index) => {
    const self = answersFor(CURRENT_SELF_CHECK, person.self, random);
    const climate = answersFor(TEAM_CLIMATE, person.climate, random);
    const selfMarks = person.marks.filter((m) => m.startsWith('s'));
    const climateMarks = person.marks.filter((m) => m.startsWith('c'));
    const nonce = 1000 + index;
    const fingerprint = toQrPayload({
      workshopCode: code,
      nonce,
      questionnaires: [
        { instrument: CURRENT_SELF_CHECK, answers: self, marks: selfMarks },
        { instrument: TEAM_CLIMATE, answers: climate, marks: climateMarks },
      ],
    });
    return {
      fingerprint,
      nonce,
      parts: {
        [CURRENT_SELF_CHECK.id]: { answers: self, marks: selfMarks },
        [TEAM_CLIMATE.id]: { answers: climate, marks: climateMarks },
      },
    };
  });
  return {
    id: options.id,
    code,
    name: options.name,
    questionnaires: [
      { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version },
      { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
    ],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: options.createdAt,
    results: addResults([], results).results,
    demo: true,
  };
}
