import { describe, expect, it } from 'vitest';
import { groupDots, scoresAt, xOf, yOf } from './wall-geometry';

describe('the wall window’s geometry', () => {
  it('draws identical points as one dot with a count, and keeps different points apart', () => {
    const dots = groupDots([
      { support: 75, expectations: 62.5 },
      { support: 75, expectations: 62.5 },
      { support: 75, expectations: 62.5001 },
      { support: 80, expectations: 62.5 },
    ]);
    expect(dots).toEqual([
      { support: 75, expectations: 62.5, count: 3 },
      { support: 80, expectations: 62.5, count: 1 },
    ]);
  });

  it('maps a click back to whole scores inside 0–100', () => {
    expect(scoresAt(xOf(30), yOf(80))).toEqual({ support: 30, expectations: 80 });
    expect(scoresAt(-50, 5000)).toEqual({ support: 0, expectations: 0 });
  });
});
