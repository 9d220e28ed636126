import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELF_CHECK } from '../instruments/self-check';
import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { ANSWER_VALUES, AXES, MODES } from '../instruments/types';
import type { Answer, AnswerValue, Answers, Axis, Instrument } from '../instruments/types';
import { MIDDLE_ZONE, modeWeights, placementOf, scoreAnswers } from './score';

const ids = SELF_CHECK.items.map((item) => item.id);
const value = fc.constantFrom<AnswerValue>(...ANSWER_VALUES);

function toAnswers(values: readonly (AnswerValue | undefined)[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  values.forEach((v, i) => {
    const id = ids[i];
    if (id !== undefined && v !== undefined) answers[id] = v;
  });
  return answers;
}

/** Any pattern of answers, including gaps. */
const partialAnswers = fc
  .array(fc.option(value, { nil: undefined, freq: 3 }), { minLength: ids.length, maxLength: ids.length })
  .map(toAnswers);
/** Every statement answered. */
const completeAnswers = fc.array(value, { minLength: ids.length, maxLength: ids.length }).map(toAnswers);
const point = fc.record({
  support: fc.double({ min: 0, max: 100, noNaN: true }),
  expectations: fc.double({ min: 0, max: 100, noNaN: true }),
});

const mirror = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, (6 - (v as AnswerValue)) as AnswerValue]));

describe('scoreAnswers: properties', () => {
  it('axis scores are null or within 0–100; null exactly when under 2 of 4 answered of a keying', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const score = scoreAnswers(SELF_CHECK, answers);
        for (const axis of [score.support, score.expectations]) {
          const answeredOf = (keying: string) =>
            SELF_CHECK.items.filter((item) => item.scale === axis.scale && item.keying === keying && answers[item.id] !== undefined).length;
          expect(axis.score === null).toBe(answeredOf('plus') < 2 || answeredOf('minus') < 2);
          if (axis.score !== null) {
            expect(axis.score).toBeGreaterThanOrEqual(0);
            expect(axis.score).toBeLessThanOrEqual(100);
          }
        }
        expect(score.complete).toBe(score.support.score !== null && score.expectations.score !== null);
      }),
    );
  });

  it('weights are ≥ 0 and sum to 1, for any point in the window', () => {
    fc.assert(
      fc.property(point, (p) => {
        const w = modeWeights(p);
        for (const mode of MODES) expect(w[mode]).toBeGreaterThanOrEqual(0);
        expect(Math.abs(w.MET + w.VOOR + w.NIET + w.DOOR - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it('the same answer everywhere gives exactly 50, with any skips and "does not apply" the rule lets through', () => {
    // For every self-check version the app scores: the keying-balanced score of docs/scoring.md §2.
    for (const instrument of [SELF_CHECK, SELF_CHECK_V2]) {
      const pattern = fc.array(fc.constantFrom<'answer' | 'skip' | 'na'>('answer', 'answer', 'skip', 'na'), {
        minLength: instrument.items.length,
        maxLength: instrument.items.length,
      });
      fc.assert(
        fc.property(value, pattern, (v, kinds) => {
          const answers: Record<string, Answer> = {};
          kinds.forEach((kind, i) => {
            const id = instrument.items[i]?.id;
            if (id === undefined || kind === 'skip') return;
            answers[id] = kind === 'na' ? 'na' : v;
          });
          for (const scale of scoreAnswers(instrument, answers).scales) {
            if (scale.score !== null) expect(scale.score).toBe(50);
          }
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('a result with every statement answered keeps the score of the plain mean', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        for (const axis of AXES) {
          const keyed = SELF_CHECK.items
            .filter((item) => item.scale === axis)
            .map((item) => (item.keying === 'plus' ? (answers[item.id] as number) : 6 - (answers[item.id] as number)));
          const plain = ((keyed.reduce((sum, x) => sum + x, 0) / keyed.length - 1) / 4) * 100;
          expect(scoreAnswers(SELF_CHECK, answers)[axis].score).toBe(plain);
        }
      }),
    );
  });

  it('agreeing with everything gives four equal spokes and names no mode', () => {
    fc.assert(
      fc.property(value, (v) => {
        const score = scoreAnswers(SELF_CHECK, Object.fromEntries(ids.map((id) => [id, v])));
        expect(new Set(Object.values(score.spokes ?? {})).size).toBe(1);
        expect(score.mostPresent).toBeNull();
      }),
    );
  });

  it('placement is between exactly when an axis lies strictly inside the middle zone', () => {
    fc.assert(
      fc.property(point, (p) => {
        const inside = (x: number) => Math.abs(x - MIDDLE_ZONE.centre) < MIDDLE_ZONE.halfWidth;
        expect(placementOf(p) === 'between').toBe(inside(p.support) || inside(p.expectations));
      }),
    );
  });

  it('reverse keying: a minus statement answered x counts as a plus statement answered 6 − x', () => {
    // The completeness rule per keying and the balanced mean cannot carry over to an instrument
    // without minus statements, so both sides use a plain mean here; this test is about the keying.
    const plain = SELF_CHECK.scales.map((scale) => ({ id: scale.id, completeness: { minShare: 0.75, perKeying: false } }));
    const original: Instrument = { ...SELF_CHECK, scales: plain };
    const allPlus: Instrument = {
      ...SELF_CHECK,
      scales: plain,
      items: SELF_CHECK.items.map((item) => ({ ...item, keying: 'plus' })),
    };
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const flipped = Object.fromEntries(
          Object.entries(answers).map(([id, v]) => {
            const minus = SELF_CHECK.items.find((item) => item.id === id)?.keying === 'minus';
            return [id, (minus ? 6 - (v as AnswerValue) : v) as AnswerValue];
          }),
        );
        const a = scoreAnswers(original, answers);
        const b = scoreAnswers(allPlus, flipped);
        expect(b.support.score).toBe(a.support.score);
        expect(b.expectations.score).toBe(a.expectations.score);
      }),
    );
  });

  it('mirroring every answer (x → 6 − x) maps each axis score to 100 − score', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const a = scoreAnswers(SELF_CHECK, answers);
        const b = scoreAnswers(SELF_CHECK, mirror(answers));
        for (const axis of AXES) {
          const before = a[axis].score;
          const after = b[axis].score;
          if (before === null || after === null) expect(after).toBe(before);
          else expect(after).toBeCloseTo(100 - before, 9);
        }
      }),
    );
  });

  it('monotone: raising a plus answer or lowering a minus answer never lowers its axis score', () => {
    fc.assert(
      fc.property(completeAnswers, fc.nat(ids.length - 1), (answers, index) => {
        const item = SELF_CHECK.items[index];
        const current = item ? (answers[item.id] as AnswerValue | undefined) : undefined;
        if (!item || current === undefined) return;
        const better = (item.keying === 'plus' ? Math.min(5, current + 1) : Math.max(1, current - 1)) as AnswerValue;
        const axis = item.scale as Axis;
        const before = scoreAnswers(SELF_CHECK, answers)[axis].score ?? 0;
        const after = scoreAnswers(SELF_CHECK, { ...answers, [item.id]: better })[axis].score ?? 0;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('the same answer on every statement (all agree, all disagree, …) lands near the centre', () => {
    fc.assert(
      fc.property(value, (v) => {
        const answers = Object.fromEntries(ids.map((id) => [id, v]));
        const { point: p } = scoreAnswers(SELF_CHECK, answers);
        expect(Math.abs((p?.support ?? 0) - 50)).toBeLessThanOrEqual(15);
        expect(Math.abs((p?.expectations ?? 0) - 50)).toBeLessThanOrEqual(15);
      }),
    );
  });

  it('scoring is pure: the answers object is left untouched', () => {
    fc.assert(
      fc.property(partialAnswers, (answers) => {
        const copy = { ...answers };
        scoreAnswers(SELF_CHECK, answers);
        expect(answers).toEqual(copy);
      }),
    );
  });
});
