import { describe, expect, it } from 'vitest';
import { teamRadarPercents } from './view-radar';

describe('teamRadarPercents', () => {
  it('rounds the spokes to whole points per mode', () => {
    const percents = teamRadarPercents([
      { mode: 'MET', status: 'shown', n: 5, mean: 45.61, min: 10, max: 90, sd: 20 },
      { mode: 'VOOR', status: 'shown', n: 5, mean: 20, min: 0, max: 50.5, sd: 20 },
      { mode: 'NIET', status: 'shown', n: 5, mean: 15, min: 0.4, max: 30, sd: 10 },
      { mode: 'DOOR', status: 'shown', n: 5, mean: 19.39, min: 5, max: 100, sd: 30 },
    ]);
    expect(percents.mean).toEqual({ MET: 46, VOOR: 20, NIET: 15, DOOR: 19 });
    expect(percents.min).toEqual({ MET: 10, VOOR: 0, NIET: 0, DOOR: 5 });
    expect(percents.max).toEqual({ MET: 90, VOOR: 51, NIET: 30, DOOR: 100 });
  });

  it("gives the band of one SD around the mean, kept within 0–100: no one person's spoke", () => {
    const percents = teamRadarPercents([
      { mode: 'MET', status: 'shown', n: 5, mean: 45.6, min: 10, max: 90, sd: 20.2 },
      { mode: 'VOOR', status: 'shown', n: 5, mean: 10, min: 0, max: 50, sd: 18 },
      { mode: 'NIET', status: 'shown', n: 5, mean: 95, min: 80, max: 100, sd: 8 },
      { mode: 'DOOR', status: 'shown', n: 5, mean: 20, min: 20, max: 20, sd: 0 },
    ]);
    expect(percents.sd).toEqual({ MET: 20, VOOR: 18, NIET: 8, DOOR: 0 });
    expect(percents.low).toEqual({ MET: 25, VOOR: 0, NIET: 87, DOOR: 20 });
    expect(percents.high).toEqual({ MET: 66, VOOR: 28, NIET: 100, DOOR: 20 });
  });

  it('gives a withheld or missing spoke no value at all, never 0 (it would read as "nobody works this way")', () => {
    const percents = teamRadarPercents([{ mode: 'NIET', status: 'withheld' }]);
    expect(percents.mean).toEqual({ MET: null, VOOR: null, NIET: null, DOOR: null });
    expect(percents.low.NIET).toBeNull();
    expect(percents.high.NIET).toBeNull();
  });
});
