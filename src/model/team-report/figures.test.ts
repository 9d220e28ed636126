import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../team/csv';
import { fileFigure, round1, shownFigure } from './figures';
import { radarFigures } from './radar-figures';
import { sdBand } from './sd-band';

describe('one rounding for every team figure', () => {
  it('shows the whole number of the value the file holds: 50.46 is 50.5 in the file and 51 everywhere', () => {
    expect(fileFigure(50.46)).toBe(50.5);
    expect(shownFigure(50.46)).toBe(51);
    expect(shownFigure(fileFigure(50.46))).toBe(51);
    expect(shownFigure(50.44)).toBe(50);
    expect(shownFigure(0.04)).toBe(0);
  });

  it('writes the CSV from the same 0.1 value as the file: 0.15 is 0.2 in both (toFixed alone wrote 0.1)', () => {
    for (const value of [0.15, 50.45, 50.46, 12.25, 99.95, 1.005]) expect(formatDecimal(value, 1)).toBe(round1(value).toFixed(1));
    expect(formatDecimal(0.15, 1, ',')).toBe('0,2');
    expect(formatDecimal(Number.NaN, 1)).toBe('');
  });

  it('leaves a figure that is not there absent, never 0', () => {
    for (const missing of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fileFigure(missing)).toBeNull();
      expect(shownFigure(missing)).toBeNull();
    }
  });

  it('draws the band from the 0.1 values, so the wall and the report name the same ends', () => {
    // Unrounded: 55.46 − 12.04 = 43.42 (43); from the file: 55.5 − 12.0 = 43.5 (44).
    expect(sdBand(55.46, 12.04)).toEqual({ low: 43.5, high: 67.5 });
    expect(shownFigure(sdBand(55.46, 12.04).low)).toBe(44);
    expect(sdBand(40, null)).toEqual({ low: 40, high: 40 });
  });

  it('reads the radar as the wall and the report show it, with a withheld spoke without any figure, never 0', () => {
    const figures = radarFigures([
      { mode: 'MET', status: 'withheld' },
      { mode: 'VOOR', status: 'shown', mean: 62.5, sd: null },
      { mode: 'NIET', status: 'shown', mean: 50.5, sd: 12 },
      { mode: 'DOOR', status: 'shown', mean: 70, sd: 40 },
    ]);
    expect(figures.withheld).toEqual({ MET: true, VOOR: false, NIET: false, DOOR: false });
    expect(figures.mean).toEqual({ MET: null, VOOR: 63, NIET: 51, DOOR: 70 });
    expect(figures.sd).toEqual({ MET: null, VOOR: null, NIET: 12, DOOR: 40 });
    expect(figures.shape.low).toEqual({ MET: null, VOOR: 63, NIET: 39, DOOR: 30 });
    expect(figures.shape.high).toEqual({ MET: null, VOOR: 63, NIET: 63, DOOR: 100 });
  });
});
