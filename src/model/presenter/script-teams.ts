/**
 * Seeded teams for the script's tests: real workshops with the self-check and the team climate,
 * each member's answers built from a keyed leaning on every scale plus seeded noise of one answer
 * step, so the figures come from the same models the wall uses (wallFigures).
 */
import { CURRENT_SELF_CHECK, findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue, Answers, Instrument } from '../instruments/types';
import { seeded } from '../testing/seeded';
import { wallFigures, type WallFigures } from '../workshop/wall';
import type { Workshop, WorkshopResult } from '../workshop/workshop';

/** A member's keyed leaning (1–5) on each scale, by scale id; a scale left out is left unanswered. */
export type Leaning = Readonly<Record<string, number>>;

function answersFor(instrument: Instrument, leaning: Leaning, random: () => number, noise: number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const lean = leaning[item.scale];
    if (lean === undefined) continue;
    const keyed = Math.min(5, Math.max(1, Math.round(lean + (random() - 0.5) * noise)));
    answers[item.id] = (item.keying === 'plus' ? keyed : 6 - keyed) as AnswerValue;
  }
  return answers;
}

/**
 * A workshop of `members` (self-check leaning, climate leaning), the figures the wall shows for
 * it with minimum `min`. `noise` 0 gives every member exactly their leaning.
 */
export function scriptTeam(
  members: readonly { readonly self?: Leaning; readonly climate?: Leaning }[],
  options: { readonly seed?: number; readonly noise?: number; readonly min?: number } = {},
): { workshop: Workshop; figures: WallFigures } {
  const random = seeded(options.seed ?? 1);
  const noise = options.noise ?? 1;
  const results: WorkshopResult[] = members.map((m, i) => {
    const parts: Record<string, { answers: Answers; marks: string[] }> = {};
    if (m.self) parts[CURRENT_SELF_CHECK.id] = { answers: answersFor(CURRENT_SELF_CHECK, m.self, random, noise), marks: [] };
    if (m.climate) parts[TEAM_CLIMATE.id] = { answers: answersFor(TEAM_CLIMATE, m.climate, random, noise), marks: [] };
    return { fingerprint: `member-${i}`, parts, nonce: 1000 + i };
  });
  const workshop: Workshop = {
    id: 'script-team',
    code: 'K7MQ45',
    name: 'Team Noord',
    questionnaires: [
      { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version },
      { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
    ],
    minRespondents: options.min ?? 5,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results,
  };
  return { workshop, figures: wallFigures(workshop, results, findInstrument) };
}

/** A climate leaning: the four elements and energy at `rest`, with the given ones overridden. */
export const climateLeaning = (rest: number, over: Leaning = {}): Leaning => ({
  purpose: rest,
  cooperation: rest,
  boundaries: rest,
  reflection: rest,
  energy: rest,
  ...over,
});
