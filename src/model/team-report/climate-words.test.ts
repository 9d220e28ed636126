import { describe, expect, it } from 'vitest';
import { reportClimateWords } from './climate-words';
import type { ReportClimate } from './types';

const agreement = { rwg: 0.5, band: 'moderate' } as const;
const figures = (mean: number, level: 'warm' | 'middle' | 'cold') => ({ n: 6, mean, sd: 10, level, agreement });

/** A report climate as a version-1 file held it: one decimal, and the band of the old rule. */
const OLD: ReportClimate = {
  instrumentId: 'team-climate',
  instrumentVersion: 1,
  count: 6,
  incomplete: 0,
  temperature: 65.1,
  spread: { sd: 8 },
  band: 'coldSpot',
  coldest: 'purpose',
  elements: [
    { element: 'purpose', ...figures(40, 'cold') },
    { element: 'cooperation', ...figures(40.4, 'middle') },
    { element: 'boundaries', ...figures(100, 'warm') },
    { element: 'reflection', ...figures(59.5, 'middle') },
  ],
  energy: { status: 'shown', ...figures(59.6, 'middle') },
  agreedCold: [],
  disagreed: [],
};

describe('reportClimateWords', () => {
  it('reads the band and the levels from the report own numbers, not from the stored words', () => {
    expect(reportClimateWords(OLD)).toEqual({
      band: 'hotSpot',
      levels: ['cold', 'cold', 'warm', 'warm'],
      cold: ['purpose', 'cooperation'],
      energy: 'warm',
    });
    expect(reportClimateWords({ ...OLD, energy: { status: 'withheld' } }).energy).toBeNull();
  });
});
