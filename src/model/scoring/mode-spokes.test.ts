import { describe, expect, it } from 'vitest';
import type { Mode } from '../instruments/types';
import { EVEN_SPREAD, namedMode, readModes, type ModeSpokes } from './mode-spokes';

const FOUR = { MET: 4, VOOR: 4, NIET: 4, DOOR: 4 } as const;
const spokes = (MET: number | null, VOOR: number | null, NIET: number | null, DOOR: number | null): ModeSpokes => ({ MET, VOOR, NIET, DOOR });

describe('readModes: the one rule for naming a mode', () => {
  it('names a mode with a lead of 31.25 points (5 answer steps) and its placement', () => {
    expect(readModes(spokes(81.25, 50, 25, 25), FOUR, 'MET')).toEqual({ kind: 'leads', mode: 'MET' });
    expect(readModes(spokes(25, 25, 50, 81.25), FOUR, 'DOOR')).toEqual({ kind: 'leads', mode: 'DOOR' });
  });

  it('never while the point is between the modes or not in the window', () => {
    expect(readModes(spokes(100, 50, 25, 25), FOUR, 'between')).toEqual({ kind: 'highest', modes: ['MET'], why: 'between' });
    expect(readModes(spokes(100, 50, 25, 25), FOUR, null)).toEqual({ kind: 'highest', modes: ['MET'], why: 'unplaced' });
  });

  it('not with a lead of 25 points: random answers give that 18 % of the time', () => {
    expect(namedMode(readModes(spokes(75, 50, 25, 25), FOUR, 'MET'))).toBeNull();
  });

  it('asks more of spokes with fewer statements answered', () => {
    // 3 answered on each spoke: 41.67 points are needed, 33.33 (4 steps of 8.33) are not enough.
    const three = { MET: 3, VOOR: 3, NIET: 3, DOOR: 3 };
    expect(readModes(spokes(83.33, 50, 25, 25), three, 'MET')?.kind).toBe('highest');
    expect(readModes(spokes(91.67, 50, 25, 25), three, 'MET')?.kind).toBe('leads');
  });

  it('says "about equally often" only while highest and lowest differ by less than 30', () => {
    expect(EVEN_SPREAD).toBe(30);
    expect(readModes(spokes(75, 68.75, 56.25, 50), FOUR, 'MET')).toEqual({ kind: 'even' });
    expect(readModes(spokes(100, 100, 100, 100), FOUR, 'between')).toEqual({ kind: 'even' });
    expect(readModes(spokes(75, 68.75, 50, 45), FOUR, 'MET')?.kind).toBe('highest');
  });

  it('names the two highest together for the page of issue 19 (MET 75, VOOR 69, NIET 25, DOOR 25)', () => {
    expect(readModes(spokes(75, 68.75, 25, 25), FOUR, 'MET')).toEqual({ kind: 'highest', modes: ['MET', 'VOOR'], why: 'chance' });
    expect(readModes(spokes(75, 68.75, 25, 25), FOUR, 'between')).toEqual({ kind: 'highest', modes: ['MET', 'VOOR'], why: 'chance' });
  });

  it('keeps every mode tied at second place, in the fixed order, and never favours MET on a tie', () => {
    expect(readModes(spokes(50, 75, 50, 25), FOUR, 'VOOR')).toEqual({ kind: 'highest', modes: ['VOOR', 'MET', 'NIET'], why: 'chance' });
    expect(readModes(spokes(75, 75, 25, 25), FOUR, 'MET')).toEqual({ kind: 'highest', modes: ['MET', 'VOOR'], why: 'chance' });
    expect(readModes(spokes(25, 75, 25, 75), FOUR, 'between')).toEqual({ kind: 'highest', modes: ['VOOR', 'DOOR'], why: 'chance' });
  });

  it('names the highest alone when the other three are equal', () => {
    // 3 answered on each spoke: a lead of 33.33 is not enough (41.67 is needed), the spread is.
    const three: Record<Mode, number> = { MET: 3, VOOR: 3, NIET: 3, DOOR: 3 };
    expect(readModes(spokes(83.33, 50, 50, 50), three, 'MET')).toEqual({ kind: 'highest', modes: ['MET'], why: 'chance' });
  });

  it('compares nothing when a spoke has too few answers', () => {
    expect(readModes(spokes(100, null, 0, null), FOUR, 'MET')).toEqual({ kind: 'missing', modes: ['VOOR', 'DOOR'] });
    expect(readModes(null, FOUR, 'MET')).toBeNull();
  });
});

describe('readModes: a clear lead in another mode than the placement', () => {
  it('is not named: the headline names the placement', () => {
    expect(readModes(spokes(100, 50, 25, 25), FOUR, 'VOOR')).toEqual({ kind: 'highest', modes: ['MET'], why: 'otherMode' });
  });
});
