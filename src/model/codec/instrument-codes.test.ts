import { INSTRUMENT_CODES, instrumentCodeOf, instrumentIdOf } from './instrument-codes';

describe('instrument codes', () => {
  it('are distinct numbers that fit in 6 bits, never 0', () => {
    const codes = Object.values(INSTRUMENT_CODES);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code >= 1 && code <= 63 && Number.isInteger(code)).toBe(true);
  });

  it('map both ways, and know nothing else', () => {
    expect(instrumentCodeOf('self-check')).toBe(1);
    expect(instrumentIdOf(1)).toBe('self-check');
    expect(instrumentCodeOf('client-check')).toBe(2);
    expect(instrumentCodeOf('team-climate')).toBe(3);
    expect(instrumentIdOf(3)).toBe('team-climate');
    expect(instrumentCodeOf('toString')).toBeUndefined();
    expect(instrumentIdOf(0)).toBeUndefined();
  });
});
