import { describe, expect, it } from 'vitest';
import { fitsQuestionnaire } from './fits-questionnaire';
import { findInstrument } from './registry';

const fits = (instrumentId: string, instrumentVersion: number, answers: Record<string, unknown>, marks?: string[]) =>
  fitsQuestionnaire({ instrumentId, instrumentVersion, answers, ...(marks ? { marks } : {}) }, findInstrument);

describe('answers checked against their questionnaire', () => {
  it('accepts what the app makes: known statements, 1–5, "does not apply" where offered, no answers yet', () => {
    expect(fits('self-check', 1, { s01: 1, s16: 5 })).toBe(true);
    expect(fits('self-check', 2, { s17: 'na', s32: 3 })).toBe(true);
    expect(fits('client-check', 1, { k01: 'na' }, ['k02'])).toBe(true);
    expect(fits('team-climate', 1, {})).toBe(true);
  });

  it.each([
    ['an unknown questionnaire', () => fits('other-check', 1, { s01: 3 })],
    ['an unknown version', () => fits('self-check', 99, { s01: 3 })],
    ['a statement of another version', () => fits('self-check', 2, { s01: 3 })],
    ['an unknown statement', () => fits('self-check', 1, { s01: 3, x: 3 })],
    ['"does not apply" where the questionnaire never offers it', () => fits('self-check', 1, { s01: 'na' })],
    ['0, 6, 2.5, "3" or null', () => [0, 6, 2.5, '3', null].some((v) => fits('self-check', 1, { s01: v }))],
    ['a mark on an unknown statement', () => fits('client-check', 1, { k01: 3 }, ['s01'])],
  ])('refuses %s', (_, check) => {
    expect(check()).toBe(false);
  });
});
