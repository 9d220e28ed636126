import { describe, expect, it } from 'vitest';
import { teamRadarSeries } from './team-radar-series';

const percents = {
  mean: { MET: 40, VOOR: 30, NIET: 10, DOOR: 20 },
  min: { MET: 10, VOOR: 5, NIET: 0, DOOR: 5 },
  max: { MET: 80, VOOR: 60, NIET: 30, DOOR: 45 },
};

describe('teamRadarSeries', () => {
  const series = teamRadarSeries(percents);

  it('draws the band first, cuts out the inside with the minimum, and puts the mean on top', () => {
    expect(series.map((s) => s.key)).toEqual(['max', 'min', 'mean']);
    expect(series.map((s) => s.values)).toEqual([percents.max, percents.min, percents.mean]);
  });

  it('fills the band, fills the minimum nearly white with a dashed band-coloured edge, and draws the mean bold and unfilled', () => {
    const [max, min, mean] = series;
    expect(max?.fillOpacity).toBeGreaterThan(0);
    expect(min).toMatchObject({ fill: '#ffffff', dashed: true });
    expect(min?.colour).toBe(max?.colour);
    expect(mean?.strokeWidth).toBeGreaterThan(2);
    expect(min?.fillOpacity).toBeGreaterThan(0.5);
    expect(mean?.fillOpacity).toBe(0);
    expect(mean?.dashed).toBeFalsy();
  });
});
