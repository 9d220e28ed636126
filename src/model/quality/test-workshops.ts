/** Workshops for the quality tests: simulated teams (testing/response-model.ts) as the device keeps them. */
import type { Answers, Instrument } from '../instruments/types';
import type { Workshop, WorkshopResult } from '../workshop/workshop';

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
