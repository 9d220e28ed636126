import type { Mode } from '../instruments/types';
import type { SelfCheckScore } from './types';

/**
 * Reflection questions are ids; their texts live in the `modes` locale namespace under
 * `reflection.<id>`. Groups:
 * - `general1`–`general3`: fit any result (an incomplete result gets all three);
 * - `met1`–`met2`, `voor1`–`voor3`, `niet1`–`niet3`, `door1`–`door3`: one mode's placement; the
 *   third question of VOOR, NIET and DOOR is always a small step towards MET;
 * - `between1`–`between2`: a result in the middle zone;
 * - `supportLower`, `expectationsLower`, `axesBalanced`: the weaker axis, or balance.
 */
export const REFLECTION_IDS = [
  'general1',
  'general2',
  'general3',
  'met1',
  'met2',
  'voor1',
  'voor2',
  'voor3',
  'niet1',
  'niet2',
  'niet3',
  'door1',
  'door2',
  'door3',
  'between1',
  'between2',
  'supportLower',
  'expectationsLower',
  'axesBalanced',
] as const;

export type ReflectionId = (typeof REFLECTION_IDS)[number];

/**
 * Two axis scores closer than this (in points of 0–100) count as balanced: the question is then
 * about balance instead of about one weaker axis. The same width as the middle zone.
 */
export const AXIS_GAP = 10;

const MODE_QUESTIONS: Readonly<Record<Mode, readonly ReflectionId[]>> = {
  MET: ['met1', 'met2'],
  VOOR: ['voor1', 'voor2', 'voor3'],
  NIET: ['niet1', 'niet2', 'niet3'],
  DOOR: ['door1', 'door2', 'door3'],
};

/** The question about the weaker axis: the one at least AXIS_GAP points below the other. */
export function weakerAxisQuestion(support: number, expectations: number): ReflectionId {
  if (expectations - support >= AXIS_GAP) return 'supportLower';
  if (support - expectations >= AXIS_GAP) return 'expectationsLower';
  return 'axesBalanced';
}

/**
 * The reflection questions that fit a result, in the order to show them (3 to 5 ids):
 * - incomplete result: `general1`, `general2`, `general3`;
 * - placement MET: `general1`, `met1`, `met2`, weaker-axis question (4);
 * - placement VOOR, NIET or DOOR: `general1`, the mode's three questions, weaker-axis question (5);
 * - placement between: `general1`, `between1`, `between2`, weaker-axis question (4).
 * Selection uses the placement (not the dominant mode), so it agrees with what the result says.
 */
export function reflectionQuestionIds(score: SelfCheckScore): ReflectionId[] {
  if (!score.complete || !score.point || !score.placement) return ['general1', 'general2', 'general3'];
  const modeQuestions: readonly ReflectionId[] =
    score.placement === 'between' ? ['between1', 'between2'] : MODE_QUESTIONS[score.placement];
  const axisQuestion = weakerAxisQuestion(score.point.support, score.point.expectations);
  return ['general1', ...modeQuestions, axisQuestion];
}
