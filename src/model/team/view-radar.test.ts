import { describe, expect, it } from 'vitest';
import { aggregateTeam } from './aggregate';
import { FIXTURE, keyedAnswers } from './test-fixture';
import { teamRadarPercents } from './view-radar';

describe('teamRadarPercents', () => {
  it('turns weights into whole percentages per mode', () => {
    const percents = teamRadarPercents([
      { mode: 'MET', mean: 0.4561, min: 0.1, max: 0.9 },
      { mode: 'VOOR', mean: 0.2, min: 0, max: 0.505 },
      { mode: 'NIET', mean: 0.15, min: 0.004, max: 0.3 },
      { mode: 'DOOR', mean: 0.1939, min: 0.05, max: 1 },
    ]);
    expect(percents.mean).toEqual({ MET: 46, VOOR: 20, NIET: 15, DOOR: 19 });
    expect(percents.min).toEqual({ MET: 10, VOOR: 0, NIET: 0, DOOR: 5 });
    expect(percents.max).toEqual({ MET: 90, VOOR: 51, NIET: 30, DOOR: 100 });
  });

  it('reads a missing mode as 0', () => {
    expect(teamRadarPercents([]).mean).toEqual({ MET: 0, VOOR: 0, NIET: 0, DOOR: 0 });
  });

  it('keeps min ≤ mean ≤ max for a real team', () => {
    const team = [keyedAnswers(1, 1), keyedAnswers(3, 3), keyedAnswers(5, 5), keyedAnswers(2, 4), keyedAnswers(4, 2)];
    const profile = aggregateTeam(FIXTURE, team, { minRespondents: 5 });
    if (profile.status !== 'shown') throw new Error('expected a shown profile');
    const { mean, min, max } = teamRadarPercents(profile.window!.radar);
    for (const mode of ['MET', 'VOOR', 'NIET', 'DOOR'] as const) {
      expect(min[mode]).toBeLessThanOrEqual(mean[mode]);
      expect(mean[mode]).toBeLessThanOrEqual(max[mode]);
    }
  });
});
