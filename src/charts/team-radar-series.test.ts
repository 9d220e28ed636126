import { describe, expect, it } from 'vitest';
import { teamRadarSeries } from './team-radar-series';

const percents = {
  mean: { MET: 40, VOOR: 30, NIET: 10, DOOR: 20 },
  min: { MET: 10, VOOR: 5, NIET: 0, DOOR: 5 },
  max: { MET: 80, VOOR: 60, NIET: 30, DOOR: 45 },
  sd: { MET: 15, VOOR: 10, NIET: 12, DOOR: 5 },
  low: { MET: 25, VOOR: 20, NIET: 0, DOOR: 15 },
  high: { MET: 55, VOOR: 40, NIET: 22, DOOR: 25 },
};

describe('teamRadarSeries', () => {
  const series = teamRadarSeries(percents);

  it('draws the band of one SD around the mean, never the lowest or highest person, and the mean on top', () => {
    expect(series.map((s) => s.key)).toEqual(['high', 'low', 'mean']);
    expect(series.map((s) => s.values)).toEqual([percents.high, percents.low, percents.mean]);
  });

  it('fills the band, fills the inside nearly white with a dashed band-coloured edge, and draws the mean bold and unfilled', () => {
    const [high, low, mean] = series;
    expect(high?.fillOpacity).toBeGreaterThan(0);
    expect(low).toMatchObject({ fill: '#ffffff', dashed: true });
    expect(low?.colour).toBe(high?.colour);
    expect(mean?.strokeWidth).toBeGreaterThan(2);
    expect(low?.fillOpacity).toBeGreaterThan(0.5);
    expect(mean?.fillOpacity).toBe(0);
    expect(mean?.dashed).toBeFalsy();
  });
});
