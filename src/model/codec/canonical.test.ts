import fc from 'fast-check';
import { answerNumberWidth, answerSetCount } from './answer-number';
import { BitWriter } from './bit-io';
import { decodeResultCode, toQrPayload, tryDecodeResultCode } from './result-code';
import { frame } from './text-frame';
import { FIXTURE_OPTIONS, findFixtureInstrument, WORKSHOP } from './test-instruments';
import { workshopCodeValues } from './workshop-code';

/**
 * One code per result, tested from the other side: payloads of format version 3 made field by
 * field, with every rule sometimes broken (order of questionnaires, unknown instruments, answer
 * numbers past Rⁿ, a has-marks bit without marks, a result replacing itself, padding). The
 * decoder must accept exactly the ones that keep every rule, and each one it accepts must be
 * the very code the encoder writes for what it decoded.
 */
const ID_OF: Record<number, string> = { 1: 'self-check', 2: 'client-check', 3: 'team-climate' };

/** True now and then: a rule broken in about one draw in six. */
const rarely = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

const questionnaire = fc.record({
  code: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 4, 63) }),
  version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant(2) }),
  answerFraction: fc.oneof(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constant(0.999999)),
  marked: fc.boolean(),
  markSeed: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  noMarks: rarely,
});

const payload = fc.record({
  nonce: fc.integer({ min: 0, max: 2 ** 20 - 1 }),
  replaces: fc.option(
    fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 2 ** 20 - 1 }) }, { weight: 1, arbitrary: fc.constant('own' as const) }),
    { nil: undefined },
  ),
  questionnaires: fc.array(questionnaire, { minLength: 1, maxLength: 4 }),
  inOrder: rarely.map((outOfOrder) => !outOfOrder),
  extraPadding: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 }) }),
  paddingOne: rarely,
});

describe('exactly one code per result', () => {
  it('the decoder accepts a payload if and only if it keeps every rule, and then it is the encoder’s', () => {
    let accepted = 0;
    fc.assert(
      fc.property(payload, (drawn) => {
        let valid = true;
        const writer = new BitWriter().write(3, 4);
        for (const value of workshopCodeValues(WORKSHOP) ?? []) writer.write(value, 5);
        writer.write(drawn.nonce, 20);
        const replaces = drawn.replaces === 'own' ? drawn.nonce : drawn.replaces;
        writer.write(replaces === undefined ? 0 : 1, 1);
        if (replaces !== undefined) writer.write(replaces, 20);
        if (replaces === drawn.nonce) valid = false;
        // Most draws put the questionnaires in order, one per instrument, as the encoder does.
        const questionnaires = drawn.inOrder
          ? [...new Map(drawn.questionnaires.map((q) => [q.code, q])).values()].sort((a, b) => a.code - b.code)
          : drawn.questionnaires;
        let previous = 0;
        questionnaires.forEach((q, i) => {
          writer.write(q.code, 6).write(q.version, 8);
          const instrument = findFixtureInstrument(ID_OF[q.code] ?? '', q.version);
          if (!instrument) {
            valid = false;
            return;
          }
          if (q.code <= previous) valid = false;
          previous = q.code;
          const width = answerNumberWidth(instrument);
          const number = BigInt(Math.floor(q.answerFraction * 2 ** Math.min(width, 52))) << BigInt(Math.max(0, width - 52));
          if (number >= answerSetCount(instrument)) valid = false;
          writer.writeBig(number, width);
          writer.write(q.marked ? 1 : 0, 1);
          if (q.marked) {
            const bits = instrument.items.map((_, j) => (!q.noMarks && q.markSeed[j] ? 1 : 0));
            if (!bits.includes(1)) valid = false;
            writer.writeBits(bits);
          }
          writer.write(i < questionnaires.length - 1 ? 1 : 0, 1);
        });
        // An unknown instrument stops the reading: what follows it is never looked at.
        const reachable = questionnaires.every((q) => findFixtureInstrument(ID_OF[q.code] ?? '', q.version));
        if (!reachable) valid = false;
        for (let i = 0; i < drawn.extraPadding; i++) writer.write(drawn.paddingOne && i === 0 ? 1 : 0, 1);
        if (drawn.extraPadding > 0 && drawn.paddingOne) valid = false;
        // The frame fills the last block with zeros; with the extra zeros, a whole block or more is too much.
        const length = writer.length;
        if (Math.ceil((length + 16) / 20) * 20 - 16 - length + drawn.extraPadding >= 20) valid = false;

        const compact = frame(writer.toBits());
        const outcome = tryDecodeResultCode(compact, FIXTURE_OPTIONS);
        expect(outcome.ok).toBe(valid);
        if (!outcome.ok) return;
        accepted++;
        const decoded = decodeResultCode(compact, FIXTURE_OPTIONS);
        const again = toQrPayload({
          workshopCode: decoded.workshopCode,
          nonce: decoded.nonce ?? -1,
          ...(decoded.replaces === undefined ? {} : { replaces: decoded.replaces }),
          questionnaires: decoded.questionnaires.map((q) => ({
            instrument: findFixtureInstrument(q.instrumentId, q.instrumentVersion) ?? { id: '?', version: 0, answerScale: { id: 'agreement', points: [], notApplicable: false }, scales: [], items: [] },
            answers: q.answers,
            marks: q.marks,
          })),
        });
        expect(again).toBe(compact);
      }),
      { numRuns: 1000 },
    );
    // The property must not pass by refusing everything.
    expect(accepted).toBeGreaterThan(60);
  });
});
