import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, findInstrument, instrumentTextKey, latestInstrument } from './registry';
import { SELF_CHECK } from './self-check';
import { SELF_CHECK_V2 } from './self-check-v2';

describe('instrument registry', () => {
  it('finds the self-check by id and version', () => {
    expect(findInstrument('self-check', 1)).toBe(SELF_CHECK);
    expect(findInstrument('self-check', 99)).toBeUndefined();
    expect(findInstrument('unknown', 1)).toBeUndefined();
  });

  it('returns the latest version of an id', () => {
    expect(latestInstrument('self-check')).toBe(SELF_CHECK_V2);
    expect(latestInstrument('unknown')).toBeUndefined();
  });

  it('never holds the same id and version twice', () => {
    const keys = INSTRUMENTS.map((instrument) => `${instrument.id}@${instrument.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps an instrument id to its locale key', () => {
    expect(instrumentTextKey('self-check')).toBe('selfCheck');
    expect(instrumentTextKey('client-check')).toBe('clientCheck');
  });
});
