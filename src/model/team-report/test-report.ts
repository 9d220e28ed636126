/** Fixtures for the team report tests: a workshop with both questionnaires and varied answers. Tests only. */
import { randomAnswers } from '../climate/test-fixture';
import { CURRENT_SELF_CHECK } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue, Answers } from '../instruments/types';
import { seeded } from '../testing/seeded';
import type { Workshop, WorkshopResult } from '../workshop/workshop';

/** Answers leaning towards `lean` (1–5) with some noise: a plausible team member. */
export function selfCheckAnswers(random: () => number, lean: AnswerValue): Answers {
  return Object.fromEntries(
    CURRENT_SELF_CHECK.items.map((item) => [item.id, Math.min(5, Math.max(1, lean + Math.round(random() * 2 - 1))) as AnswerValue]),
  );
}

/** `n` results answering both questionnaires; fingerprints and nonces are made up (never read by the report). */
export function bothWorkshop(n: number, seed = 7, over: Partial<Workshop> = {}): Workshop {
  const random = seeded(seed);
  const results: WorkshopResult[] = Array.from({ length: n }, (_, i) => ({
    fingerprint: `fp-${seed}-${i}`,
    nonce: 1000 + i,
    parts: {
      [CURRENT_SELF_CHECK.id]: { answers: selfCheckAnswers(random, ((i % 5) + 1) as AnswerValue), marks: [] },
      [TEAM_CLIMATE.id]: { answers: randomAnswers(random), marks: [] },
    },
  }));
  return {
    id: 'w-report',
    code: 'ABCDEF',
    name: 'Team Noord',
    questionnaires: [
      { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version },
      { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
    ],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-11-30T09:00:00.000Z',
    results,
    ...over,
  };
}

/** Every key anywhere in a JSON value. */
export function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}
