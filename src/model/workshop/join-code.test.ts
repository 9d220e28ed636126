import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createJoinCode, formatJoinCode, hidesOwnResult, joinCodeOptions, questionnaireSetOf, readJoinCode, type QuestionnaireSet } from './join-code';
import { isValidWorkshopCode, normaliseWorkshopCode, workshopCodeFromValues } from '../codec/workshop-code';
import { restoreWorkshop } from './restore-workshop';
import { selfCheckWorkshop } from './test-workshops';
import { findInstrument } from '../instruments/registry';

const SETS: QuestionnaireSet[] = ['self-check', 'team-climate', 'both'];

/** The canonical code that a scanned join link (`…#/join/<code>`) hands to the join route. */
const fromScannedLink = (code: string) => decodeURIComponent(new URL(`https://example.org/app/#/join/${code}`).hash.replace('#/join/', ''));

describe('join codes', () => {
  it('carry every combination of the own-result choice and the questionnaires, and stay valid workshop codes', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.boolean(), fc.constantFrom(...SETS), (r, hide, set) => {
        const code = createJoinCode(() => r, { hideOwnResult: hide, questionnaires: set });
        expect(isValidWorkshopCode(code)).toBe(true);
        expect(joinCodeOptions(code)).toEqual({ hideOwnResult: hide, questionnaires: set });
        expect(hidesOwnResult(code)).toBe(hide);
      }),
    );
  });

  it.each(SETS.flatMap((set) => [true, false].map((hide) => [set, hide] as const)))('round-trips %s with hideOwnResult %s', (set, hide) => {
    for (const r of [0, 0.13, 0.5, 0.77, 0.999]) {
      const code = createJoinCode(() => r, { hideOwnResult: hide, questionnaires: set });
      expect(readJoinCode(code)).toEqual({ kind: 'ok', code, options: { hideOwnResult: hide, questionnaires: set } });
    }
  });

  it('asks for the self-check when no questionnaires are given', () => {
    expect(joinCodeOptions(createJoinCode(() => 0.9, { hideOwnResult: false }))).toEqual({ hideOwnResult: false, questionnaires: 'self-check' });
  });

  it('gives a typed code the same options as a scanned link', () => {
    for (const set of SETS) {
      for (const hide of [true, false]) {
        const code = createJoinCode(Math.random, { hideOwnResult: hide, questionnaires: set });
        const scanned = joinCodeOptions(fromScannedLink(code));
        for (const typed of [formatJoinCode(code).toLowerCase(), ` ${formatJoinCode(code)} `, code.replace(/0/g, 'O').replace(/1/g, 'l')]) {
          expect(joinCodeOptions(typed)).toEqual(scanned);
        }
        expect(scanned).toEqual({ hideOwnResult: hide, questionnaires: set });
      }
    }
  });

  it('reads the reserved questionnaire value as a code from a newer app, not as an invalid one', () => {
    const newer = workshopCodeFromValues([0b00110, 7, 8, 9, 10]);
    expect(readJoinCode(formatJoinCode(newer))).toEqual({ kind: 'newer', code: newer });
    expect(joinCodeOptions(newer)).toBeNull();
    expect(hidesOwnResult(newer)).toBe(false);
    expect(hidesOwnResult(workshopCodeFromValues([0b10111, 7, 8, 9, 10]))).toBe(true);
  });

  it('keeps restoring a workshop made before the questionnaire bits, whatever random bits it has there', () => {
    for (let first = 0; first < 32; first++) {
      const code = workshopCodeFromValues([first, 3, 1, 4, 1]);
      const hide = (first & 1) === 1;
      expect(restoreWorkshop(selfCheckWorkshop(code, [], { hideOwnResult: hide }), findInstrument)?.workshop.code).toBe(code);
      expect(restoreWorkshop(selfCheckWorkshop(code, [], { hideOwnResult: !hide }), findInstrument)).toBeNull();
    }
  });

  it('names the set of a list of questionnaires in any order', () => {
    expect(questionnaireSetOf(['self-check'])).toBe('self-check');
    expect(questionnaireSetOf(['team-climate'])).toBe('team-climate');
    expect(questionnaireSetOf(['team-climate', 'self-check'])).toBe('both');
    expect(questionnaireSetOf(['client-check'])).toBeUndefined();
  });

  it('refuses an invalid code', () => {
    expect(joinCodeOptions('ZZZZZZ')).toBeNull();
    expect(joinCodeOptions('')).toBeNull();
    expect(readJoinCode('ZZZZZZ')).toEqual({ kind: 'invalid' });
    expect(hidesOwnResult('ZZZZZZ')).toBeNull();
    expect(normaliseWorkshopCode('k7m-q45')).toBe('K7MQ45');
  });
});
