import fc from 'fast-check';
import { nameFromBytes, nameToBytes, NAME_MAX_LENGTH, normaliseName } from './participant-name';

describe('participant names', () => {
  it('are trimmed, collapsed, cleaned and cut to 40 characters', () => {
    expect(normaliseName('  Piet   de\nVries ')).toBe('Piet de Vries');
    expect(normaliseName('Ann\u202Ee\u200B')).toBe('Anne');
    expect(normaliseName('   ')).toBeUndefined();
    expect(normaliseName(undefined)).toBeUndefined();
    expect([...(normaliseName('😀'.repeat(60)) ?? '')]).toHaveLength(NAME_MAX_LENGTH);
    expect(normaliseName('Jose\u0301')).toBe('José');
  });

  it('normalise idempotently, to something UTF-8 round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const name = normaliseName(raw);
        if (name === undefined) return;
        expect(normaliseName(name)).toBe(name);
        expect(nameFromBytes(nameToBytes(name))).toBe(name);
        expect([...name].length).toBeLessThanOrEqual(NAME_MAX_LENGTH);
      }),
    );
  });

  it('refuse invalid UTF-8', () => {
    expect(nameFromBytes(new Uint8Array([0xc3]))).toBeUndefined();
  });
});
