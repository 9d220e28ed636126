import { describe, expect, it } from 'vitest';
import { SELF_CHECK } from '../instruments/self-check';
import type { AnswerValue, Answers, Instrument, Mode } from '../instruments/types';
import { MIDDLE_ZONE, axisLevel, modeWeights, placementOf, scaleScore, scoreAnswers, scoreInstrument } from './score';

/** The same value on every statement. */
function allOf(value: AnswerValue, instrument: Instrument = SELF_CHECK): Answers {
  return Object.fromEntries(instrument.items.map((item) => [item.id, value]));
}

/** `plus` statements get `onPlus`, `minus` statements get 6 − `onPlus`. */
function keyedAll(onPlus: AnswerValue): Answers {
  return Object.fromEntries(
    SELF_CHECK.items.map((item) => [item.id, item.keying === 'plus' ? onPlus : ((6 - onPlus) as AnswerValue)]),
  );
}

function without(answers: Answers, ids: readonly string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

const supportOf = (keying: 'plus' | 'minus') => SELF_CHECK.items.filter((item) => item.scale === 'support' && item.keying === keying).map((item) => item.id);
const supportPlus = supportOf('plus');
const supportMinus = supportOf('minus');

describe('scoreAnswers: examples', () => {
  it('all 5 on plus and all 1 on minus → the MET corner', () => {
    const score = scoreAnswers(SELF_CHECK, keyedAll(5));
    expect(score.complete).toBe(true);
    expect(score.point).toEqual({ support: 100, expectations: 100 });
    expect(score.weights).toEqual({ MET: 1, VOOR: 0, NIET: 0, DOOR: 0 });
    expect(score.placement).toBe('MET');
  });

  it('all 1 on plus and all 5 on minus → the NIET corner', () => {
    const score = scoreAnswers(SELF_CHECK, keyedAll(1));
    expect(score.point).toEqual({ support: 0, expectations: 0 });
    expect(score.placement).toBe('NIET');
  });

  it('agreeing with everything lands in the centre, between modes', () => {
    const score = scoreAnswers(SELF_CHECK, allOf(5));
    expect(score.point).toEqual({ support: 50, expectations: 50 });
    expect(score.placement).toBe('between');
    expect(score.weights).toEqual({ MET: 0.25, VOOR: 0.25, NIET: 0.25, DOOR: 0.25 });
    // Four equal spokes: no mode is named, not even MET by the order of the modes.
    expect(score.spokes).toEqual({ MET: 100, VOOR: 100, NIET: 100, DOOR: 100 });
    expect(score.mostPresent).toBeNull();
  });

  it('disagreeing with everything lands in the centre too', () => {
    expect(scoreAnswers(SELF_CHECK, allOf(1)).point).toEqual({ support: 50, expectations: 50 });
  });

  it('high support with low expectations → VOOR; the reverse → DOOR', () => {
    const voor = Object.fromEntries(
      SELF_CHECK.items.map((item) => {
        const high = item.scale === 'support';
        return [item.id, (item.keying === 'plus') === high ? 5 : 1];
      }),
    ) as Answers;
    expect(scoreAnswers(SELF_CHECK, voor).placement).toBe('VOOR');
    const door = Object.fromEntries(Object.entries(voor).map(([id, v]) => [id, 6 - (v as number)])) as Answers;
    expect(scoreAnswers(SELF_CHECK, door).placement).toBe('DOOR');
  });

  it('no answers → incomplete, every derived field null', () => {
    const score = scoreAnswers(SELF_CHECK, {});
    expect(score).toMatchObject({ complete: false, point: null, weights: null, placement: null, mostPresent: null });
    expect(score.support).toEqual({ scale: 'support', score: null, answered: 0, byKeying: { plus: 0, minus: 0 }, notApplicable: 0, total: 8 });
  });

  it('2 of the 4 statements of each keying on an axis still give a score', () => {
    const answers = without(keyedAll(5), [...supportPlus.slice(0, 2), ...supportMinus.slice(0, 2)]);
    const score = scoreAnswers(SELF_CHECK, answers);
    expect(score.support).toEqual({ scale: 'support', score: 100, answered: 4, byKeying: { plus: 2, minus: 2 }, notApplicable: 0, total: 8 });
    expect(score.complete).toBe(true);
  });

  it('fewer than 2 of one keying (here 1 of the 4 minus statements) → that axis null and the result incomplete', () => {
    const score = scoreAnswers(SELF_CHECK, without(keyedAll(5), supportMinus.slice(0, 3)));
    expect(score.support.score).toBeNull();
    expect(score.support.answered).toBe(5);
    expect(score.expectations.score).toBe(100);
    expect(score.complete).toBe(false);
    expect(score.placement).toBeNull();
  });

  it('ignores unknown ids and values outside 1–5', () => {
    const answers = { ...allOf(3), s01: 9, s03: 0, zz: 5 } as unknown as Answers;
    expect(scaleScore(SELF_CHECK, answers, 'support')).toEqual({ scale: 'support', score: 50, answered: 6, byKeying: { plus: 3, minus: 3 }, notApplicable: 0, total: 8 });
  });

  it('keeps the instrument id and version', () => {
    expect(scoreAnswers(SELF_CHECK, {})).toMatchObject({ instrumentId: 'self-check', instrumentVersion: 1 });
  });
});

describe('scales: the general rules', () => {
  const base: Instrument = {
    id: 'rules-fixture',
    version: 1,
    answerScale: { id: 'frequency', points: [1, 2, 3, 4, 5], notApplicable: true },
    scales: [
      { id: 'a', completeness: { minShare: 0.75, perKeying: true } },
      { id: 'b', completeness: { minShare: 0.5, perKeying: false } },
    ],
    items: [
      { id: 'a1', scale: 'a', keying: 'plus' },
      { id: 'a2', scale: 'a', keying: 'plus' },
      { id: 'a3', scale: 'a', keying: 'plus' },
      { id: 'a4', scale: 'a', keying: 'plus' },
      { id: 'a5', scale: 'a', keying: 'minus' },
      { id: 'a6', scale: 'a', keying: 'minus' },
      { id: 'a7', scale: 'a', keying: 'minus' },
      { id: 'a8', scale: 'a', keying: 'minus' },
      { id: 'b1', scale: 'b', keying: 'plus' },
      { id: 'b2', scale: 'b', keying: 'minus' },
    ],
  };
  const all5 = Object.fromEntries(base.items.map((item) => [item.id, 5])) as Answers;

  it('"does not apply" counts as unanswered, and is counted apart', () => {
    const answers: Answers = { ...all5, a1: 'na', b1: 'na' };
    expect(scaleScore(base, answers, 'a')).toEqual({
      scale: 'a',
      score: (((5 * 3 + 1 * 4) / 7 - 1) / 4) * 100,
      answered: 7,
      byKeying: { plus: 3, minus: 4 },
      notApplicable: 1,
      total: 8,
    });
    expect(scaleScore(base, answers, 'b')).toEqual({ scale: 'b', score: 0, answered: 1, byKeying: { plus: 0, minus: 1 }, notApplicable: 1, total: 2 });
  });

  it('per keying: skipping two reversed statements leaves the scale without a score', () => {
    // 6 of 8 answered is 75 %, but only 2 of the 4 minus statements: not enough with perKeying.
    const answers: Answers = { ...all5, a7: 'na', a8: 'na' };
    expect(scaleScore(base, answers, 'a').score).toBeNull();
    // The same six answers on a scale without the per-keying rule do get a score.
    const loose: Instrument = { ...base, scales: [{ id: 'a', completeness: { minShare: 0.75, perKeying: false } }, base.scales[1]!] };
    expect(scaleScore(loose, answers, 'a').score).not.toBeNull();
  });

  it('an instrument without a window is scored per scale, and has no window score', () => {
    const score = scoreInstrument(base, all5);
    expect(score.scales.map((s) => s.scale)).toEqual(['a', 'b']);
    expect(score.complete).toBe(true);
    expect(() => scoreAnswers(base, all5)).toThrow(RangeError);
  });

  it('an unknown scale id is a programming error', () => {
    expect(() => scaleScore(base, all5, 'zz')).toThrow(RangeError);
  });
});

describe('mode spokes', () => {
  it('follow the statements answered: agreeing with the DOOR statements makes DOOR long', () => {
    const answers = Object.fromEntries(SELF_CHECK.items.map((item) => [item.id, item.illustrates === 'DOOR' ? 5 : 1])) as Answers;
    const score = scoreAnswers(SELF_CHECK, answers);
    expect(score.spokes).toEqual({ MET: 0, VOOR: 0, NIET: 0, DOOR: 100 });
    expect(score.placement).toBe('DOOR');
    expect(score.mostPresent).toBe('DOOR');
  });

  it('name a mode only with a lead that random answers rarely reach, and only when the placement is that mode', () => {
    const answers = (values: Record<Mode, AnswerValue>) =>
      Object.fromEntries(SELF_CHECK.items.map((item) => [item.id, values[item.illustrates ?? 'MET']])) as Answers;
    // MET 75, VOOR 50, NIET and DOOR 25: a lead of 25 points, which random answers reach 18 % of the time.
    const close = scoreAnswers(SELF_CHECK, answers({ MET: 4, VOOR: 3, NIET: 2, DOOR: 2 }));
    expect(close.mostPresent).toBeNull();
    expect(close.modeReading).toEqual({ kind: 'highest', modes: ['MET', 'VOOR'], why: 'chance' });
    // MET 100, VOOR 0, NIET and DOOR 50: a lead of 50 points, but support is 50, between the modes.
    const between = scoreAnswers(SELF_CHECK, answers({ MET: 5, VOOR: 1, NIET: 3, DOOR: 3 }));
    expect(between.placement).toBe('between');
    expect(between.mostPresent).toBeNull();
    expect(between.modeReading).toEqual({ kind: 'highest', modes: ['MET'], why: 'between' });
  });

  it('leave a spoke empty with fewer than 3 of its 4 statements answered', () => {
    const answers = Object.fromEntries(SELF_CHECK.items.filter((item) => item.illustrates !== 'NIET' || item.id === 's03').map((item) => [item.id, 4])) as Answers;
    expect(scoreAnswers(SELF_CHECK, answers).spokes?.NIET).toBeNull();
    expect(scoreAnswers(SELF_CHECK, answers).mostPresent).toBeNull();
  });
});

describe('helpers', () => {
  it('modeWeights at a known point', () => {
    const w = modeWeights({ support: 80, expectations: 30 });
    expect(w.MET).toBeCloseTo(0.24);
    expect(w.VOOR).toBeCloseTo(0.56);
    expect(w.NIET).toBeCloseTo(0.14);
    expect(w.DOOR).toBeCloseTo(0.06);
  });

  it('placementOf: the middle zone is strict, its bounds (as shown, in whole points) belong to the quadrants', () => {
    const { centre, halfWidth } = MIDDLE_ZONE;
    expect(placementOf({ support: centre + halfWidth, expectations: centre + halfWidth })).toBe('MET');
    expect(placementOf({ support: centre + halfWidth - 0.6, expectations: 90 })).toBe('between');
    expect(placementOf({ support: 90, expectations: 55 })).toBe('between');
    expect(placementOf({ support: 20, expectations: 20 })).toBe('NIET');
    expect(placementOf({ support: 20, expectations: 80 })).toBe('DOOR');
    expect(placementOf({ support: 80, expectations: 20 })).toBe('VOOR');
  });

  it('axisLevel', () => {
    expect(axisLevel(39)).toBe('low');
    expect(axisLevel(40)).toBe('low');
    expect(axisLevel(50)).toBe('middle');
    expect(axisLevel(59.4)).toBe('middle');
    expect(axisLevel(60)).toBe('high');
  });

  it('axisLevel agrees with the whole number shown beside it: 59.6 reads "60" and high, never between', () => {
    expect(axisLevel(59.6)).toBe('high');
    expect(axisLevel(40.4)).toBe('low');
    for (let tenth = 0; tenth <= 1000; tenth++) {
      const score = tenth / 10;
      // The result page prints it with Intl at 0 digits (src/lib/format.ts): halfExpand.
      const shown = Number(new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(score));
      expect(axisLevel(score), `${score} shown as ${shown}`).toBe(shown >= 60 ? 'high' : shown <= 40 ? 'low' : 'middle');
    }
  });
});
