import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createJoinCode, formatJoinCode, joinCodeOptions } from './join-code';
import { isValidWorkshopCode } from '../codec/workshop-code';

describe('join codes', () => {
  it('carry the hide-own-result choice and stay valid workshop codes', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.boolean(), (r, hide) => {
        const code = createJoinCode(() => r, { hideOwnResult: hide });
        expect(isValidWorkshopCode(code)).toBe(true);
        expect(joinCodeOptions(code)).toEqual({ hideOwnResult: hide });
      }),
    );
  });

  it('reads a typed code in any case, with a hyphen', () => {
    const code = createJoinCode(Math.random, { hideOwnResult: true });
    expect(joinCodeOptions(formatJoinCode(code).toLowerCase())).toEqual({ hideOwnResult: true });
  });

  it('refuses an invalid code', () => {
    expect(joinCodeOptions('ZZZZZZ')).toBeNull();
    expect(joinCodeOptions('')).toBeNull();
  });
});
