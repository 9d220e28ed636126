import { describe, expect, it } from 'vitest';
import { CELL, densityCells } from './density';

describe('densityCells', () => {
  it('counts the dots per cell, keeps only cells with people, and sorts them by place', () => {
    const dots = [
      { support: 55, expectations: 72 },
      { support: 12, expectations: 90 },
      { support: 58.4, expectations: 79.9 },
      { support: 100, expectations: 0 },
    ];
    expect(densityCells(dots)).toEqual([
      { support: 10, expectations: 90, count: 1 },
      { support: 50, expectations: 70, count: 2 },
      { support: 90, expectations: 0, count: 1 },
    ]);
  });

  it('gives the same cells for any order of the dots, and never more than (100 / CELL)² of them', () => {
    const dots = Array.from({ length: 2000 }, (_, i) => ({ support: (i * 37) % 101, expectations: (i * 53) % 101 }));
    const cells = densityCells(dots);
    expect(densityCells([...dots].reverse())).toEqual(cells);
    expect(cells.length).toBeLessThanOrEqual((100 / CELL) ** 2);
    expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(2000);
  });
});
