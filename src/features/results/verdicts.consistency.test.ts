/**
 * One truth (issue 19): over thousands of seeded results, every verdict word agrees with the
 * figures beside it. The figures (spokes, scores, answers counted per keying) are recomputed here
 * from the answers; the words are the texts the page shows, in Dutch and English (`modeSentence`,
 * `movementText`), so a text that drifts from the rule fails here too.
 */
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { setTestLanguage } from '../../testing/render';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import { isAnswerValue, MODES, NOT_APPLICABLE, type Answers, type Instrument, type Mode } from '../../model/instruments/types';
import { leadNeeded } from '../../model/scoring/chance-lead';
import { compareResults } from '../../model/scoring/movement';
import { scoreAnswers } from '../../model/scoring/score';
import { answerOnce, changed, drawPerson, PEOPLE, randomAnswers, seeded, statementOffsets } from '../../model/scoring/simulation-fixture';
import { movementText } from '../../components/movement-sentence';
import { modeSentence } from './mode-sentence';

const RESULTS = 3_000;
const PAIRS = 3_000;
const LANGUAGES = ['nl', 'en'] as const;

/** People all over the window: wider levels than the movement test, some answering at random. */
function* results(instrument: Instrument, seed: number): Generator<Answers> {
  const random = seeded(seed);
  const offsets = statementOffsets(instrument, random);
  const wide = { ...PEOPLE, levelMean: { support: 3, expectations: 3 }, levelSd: 1.1, acquiescenceSd: 0.6, notApplicableRate: 0.08 };
  for (let i = 0; i < RESULTS; i++) {
    if (i % 3 === 0) {
      const answers = randomAnswers(instrument, random);
      yield instrument.answerScale.notApplicable ? Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, random() < 0.1 ? NOT_APPLICABLE : v])) : answers;
    } else {
      yield answerOnce(instrument, drawPerson(instrument, wide, random), offsets, wide, random);
    }
  }
}

/** A mode's display name as a whole word in the text ("NIET", never the word "niet"). */
const mentions = (text: string, name: string) => new RegExp(`(^|[^\\p{L}])${name.replace(/[()]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

describe.each([
  ['version 2', SELF_CHECK_V2, 621],
  ['version 1', SELF_CHECK, 622],
] as const)('the mode sentence agrees with the spokes (%s)', (_, instrument, seed) => {
  beforeAll(() => setTestLanguage('nl'));

  it(`over ${RESULTS} seeded results, in both languages`, () => {
    let named = 0;
    for (const answers of results(instrument, seed)) {
      const score = scoreAnswers(instrument, answers);
      const spokes = score.spokes;
      const reading = score.modeReading;
      if (!spokes || !reading) throw new Error('the self-check has spokes');
      // The figures, from the answers.
      const counts = Object.fromEntries(
        MODES.map((mode) => [mode, instrument.items.filter((item) => item.illustrates === mode && isAnswerValue(answers[item.id])).length]),
      ) as Record<Mode, number>;
      const present = MODES.filter((mode) => spokes[mode] !== null);
      const values = present.map((mode) => spokes[mode] ?? 0);
      const top = Math.max(...values);
      const ranked = [...values].sort((a, b) => b - a);
      const spread = top - Math.min(...values);
      const leader = present.filter((mode) => spokes[mode] === top);
      const lead = (ranked[0] ?? 0) - (ranked[1] ?? 0);
      const clear = present.length === 4 && lead >= leadNeeded(MODES.map((m) => counts[m])) - 1e-9;

      // The named mode: the only highest spoke, clearly ahead, and the placement.
      if (score.mostPresent) {
        named += 1;
        expect(leader).toEqual([score.mostPresent]);
        expect(clear).toBe(true);
        expect(score.placement).toBe(score.mostPresent);
      } else if (present.length === 4) {
        expect(clear && score.placement === leader[0]).toBe(false);
      }

      for (const lng of LANGUAGES) {
        const t = i18n.getFixedT<['results', 'modes']>(lng, ['results', 'modes']);
        const text = modeSentence(reading, score.placement, t, lng);
        const name = (mode: Mode) => t(`modes:${mode}.display`);
        expect(text === t('results:modeSentence.leads', { name: name(leader[0] ?? 'MET') })).toBe(score.mostPresent !== null);
        if (present.length < 4) {
          expect(MODES.filter((mode) => mentions(text, name(mode)))).toEqual(MODES.filter((mode) => !present.includes(mode)));
          continue;
        }
        // "About equally often" only below a spread of 30 points; otherwise the highest is named.
        expect(text === t('results:modeSentence.even')).toBe(spread < 30 && !score.mostPresent);
        if (spread >= 30) expect(mentions(text, name(leader[0] ?? 'MET'))).toBe(true);
        // Every mode the sentence names is among the highest: the top spoke or tied at second place.
        for (const mode of MODES.filter((m) => mentions(text, name(m)) && m !== score.placement)) {
          expect(spokes[mode] ?? 0).toBeGreaterThanOrEqual(ranked[1] ?? 0);
        }
      }
    }
    // The sample holds named modes too, or the test would prove little.
    expect(named).toBeGreaterThan(RESULTS / 50);
  });
});

/** The SEM of a scale, from the answers: written out again here, apart from movement.ts. */
function variance(answers: Answers, instrument: Instrument, scale: string): number {
  const answered = (keying: 'plus' | 'minus') =>
    instrument.items.filter((item) => item.scale === scale && item.keying === keying && isAnswerValue(answers[item.id])).length;
  return 625 * (0.75 / 4) * (1 / answered('plus') + 1 / answered('minus'));
}

describe('the movement words agree with the joint criterion', () => {
  beforeAll(() => setTestLanguage('nl'));

  it(`over ${PAIRS} seeded pairs with and without a true change, and pairs of two versions`, () => {
    const random = seeded(631);
    const offsets = { v1: statementOffsets(SELF_CHECK, random), v2: statementOffsets(SELF_CHECK_V2, random) };
    const seen = { moved: 0, notMoved: 0, versions: 0 };
    for (let i = 0; i < PAIRS; i++) {
      const person = drawPerson(SELF_CHECK_V2, PEOPLE, random);
      const shift = i % 2 === 0 ? { support: 0, expectations: 0 } : { support: 2 * random() - 1, expectations: 2 * random() - 1 };
      const crossVersion = i % 10 === 0;
      const earlier = crossVersion ? SELF_CHECK : SELF_CHECK_V2;
      const before = answerOnce(earlier, person, crossVersion ? offsets.v1 : offsets.v2, PEOPLE, random);
      const after = answerOnce(SELF_CHECK_V2, changed(person, shift), offsets.v2, PEOPLE, random);
      const a = scoreAnswers(earlier, before);
      const b = scoreAnswers(SELF_CHECK_V2, after);
      const comparison = compareResults(a, b);
      if (!a.point || !b.point) {
        expect(comparison.kind).toBe('none');
        continue;
      }
      // The criterion, from the answers.
      const d2 =
        (b.point.support - a.point.support) ** 2 / (variance(before, earlier, 'support') + variance(after, SELF_CHECK_V2, 'support')) +
        (b.point.expectations - a.point.expectations) ** 2 / (variance(before, earlier, 'expectations') + variance(after, SELF_CHECK_V2, 'expectations'));
      const moved = d2 >= -2 * Math.log(0.05);
      for (const lng of LANGUAGES) {
        const t = i18n.getFixedT(lng, 'results');
        const text = movementText(comparison, 'X', t, lng) ?? '';
        if (crossVersion) {
          expect(text).toBe(t('movement.versions', { previous: 1, current: 2 }));
          continue;
        }
        expect(text.includes(t('movement.moved'))).toBe(moved);
        expect(text.includes(t('movement.notMoved'))).toBe(!moved);
      }
      seen[crossVersion ? 'versions' : moved ? 'moved' : 'notMoved'] += 1;
    }
    expect(Math.min(seen.moved, seen.notMoved, seen.versions)).toBeGreaterThan(PAIRS / 20);
  });
});
