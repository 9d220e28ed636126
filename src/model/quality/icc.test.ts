import { teamIcc } from './icc';

describe('ICC(1) and ICC(2) across teams', () => {
  it('agrees with the hand computation and with scipy for unequal teams', () => {
    // Teams (3, 2, 4 and 3 people): means 20, 45, 35, 35; grand mean 395 / 12.
    //   SSB = 3(20 − 32.917)² + 2(45 − 32.917)² + 7(35 − 32.917)² = 9875 / 12, MSB = 9875 / 36 = 274.306
    //   SSW = 200 + 50 + 500 + 200 = 950, MSW = 950 / 8 = 118.75
    //   k₀ = (12 − (9 + 4 + 16 + 9) / 12) / 3 = 2.9444
    //   ICC(1) = (274.306 − 118.75) / (274.306 + 1.9444 · 118.75) = 0.30790
    //   ICC(2) = (274.306 − 118.75) / 274.306 = 0.56709
    // scipy.stats.f_oneway gives F = MSB / MSW = 2.3099415204678366, and from it
    // ICC(1) = (F − 1) / (F + k₀ − 1) = 0.3079037800687286, ICC(2) = 1 − 1/F = 0.5670886075949368.
    const icc = teamIcc([[10, 20, 30], [40, 50], [20, 30, 40, 50], [35, 45, 25]]);
    expect(icc?.msBetween).toBeCloseTo(9875 / 36, 10);
    expect(icc?.msWithin).toBeCloseTo(118.75, 10);
    expect(icc?.groupSize).toBeCloseTo(2.9444444444444446, 12);
    expect(icc?.icc1).toBeCloseTo(0.3079037800687286, 12);
    expect(icc?.icc2).toBeCloseTo(0.5670886075949368, 12);
    expect(icc).toMatchObject({ teams: 4, people: 12 });
  });

  it('takes the team size itself when all teams are equal', () => {
    expect(teamIcc([[1, 2, 3], [2, 3, 4], [5, 6, 7]])?.groupSize).toBe(3);
  });

  it('is negative when teams differ less than chance would make them', () => {
    // Identical team means: MSB = 0 would be "no variance between"; nearly identical gives ICC(1) < 0.
    expect(teamIcc([[10, 50, 30], [11, 49, 30], [30, 10, 50.5]])?.icc1).toBeLessThan(0);
  });

  it('does not depend on the order of teams or of people', () => {
    const groups = [[10, 20, 30], [40, 50], [20, 30, 40, 50], [35, 45, 25]];
    const turned = [...groups].reverse().map((g) => [...g].reverse());
    expect(teamIcc(turned)).toEqual(teamIcc(groups));
  });

  it('is absent with one team, one person per team, or no difference between teams', () => {
    expect(teamIcc([[1, 2, 3]])).toBeNull();
    expect(teamIcc([[1], [2], [3]])).toBeNull();
    expect(teamIcc([[1, 3], [3, 1]])).toBeNull();
  });
});
