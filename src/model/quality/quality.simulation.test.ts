import { TEAM_CLIMATE } from '../instruments/team-climate';
import { normal, onePeakedTeam, upperBound95 } from '../testing/response-model';
import { seeded } from '../testing/seeded';
import { covarianceMatrix } from './covariance';
import { teamIcc } from './icc';
import { qualityReport, type ShownForm } from './quality-report';
import { alphaEstimate, cronbachAlpha } from './reliability';
import { workshopOf } from './test-workshops';

/**
 * What the figures say when the truth is known (docs/quality.md §6). Every simulation is seeded,
 * so a run is the same on every machine; the rates are written in docs/quality.md.
 */
const answer = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

describe('alpha when the truth is known', () => {
  it('is 1 for statements that are exact copies, and high for parallel statements with a little noise', () => {
    const random = seeded(11);
    const truths = Array.from({ length: 200 }, () => 1 + 4 * random());
    const copies = truths.map((t) => Array.from({ length: 6 }, () => answer(t)));
    expect(cronbachAlpha(covarianceMatrix(copies, 6))).toBeCloseTo(1, 12);
    const parallel = truths.map((t) => Array.from({ length: 6 }, () => answer(t + 0.4 * normal(random))));
    expect(cronbachAlpha(covarianceMatrix(parallel, 6))).toBeGreaterThan(0.95);
  });

  it('is near 0 for random answers, and its 95 % interval misses 0 about 5 % of the time', () => {
    const random = seeded(12);
    const runs = 1000;
    let misses = 0;
    let sum = 0;
    for (let run = 0; run < runs; run++) {
      const rows = Array.from({ length: 100 }, () => Array.from({ length: 6 }, () => 1 + Math.floor(random() * 5)));
      const estimate = alphaEstimate(covarianceMatrix(rows, 6), 100)!;
      sum += estimate.value;
      if (estimate.lower > 0 || estimate.upper < 0) misses += 1;
    }
    // Seeded run: mean alpha −0.023, the interval misses 0 in 4.9 % of 1000 data sets (docs/quality.md §6).
    expect(Math.abs(sum / runs)).toBeLessThan(0.03);
    expect(misses / runs).toBeGreaterThan(0.025);
    expect(upperBound95(misses, runs)).toBeLessThan(0.08);
  });
});

describe('ICC(1) when the truth is known', () => {
  /** 12 teams of 6–14 people; a person is team effect (SD √between) plus own part (SD √(1 − between)). */
  function teams(random: () => number, between: number): number[][] {
    return Array.from({ length: 12 }, () => {
      const effect = Math.sqrt(between) * normal(random);
      return Array.from({ length: 6 + Math.floor(random() * 9) }, () => effect + Math.sqrt(1 - between) * normal(random));
    });
  }

  it('is near 0 for teams drawn from one population', () => {
    const random = seeded(13);
    const values = Array.from({ length: 1000 }, () => teamIcc(teams(random, 0))?.icc1 ?? 0);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    // Seeded run: mean ICC(1) 0.000; above .10 in 2.7 % of 1000 runs (docs/quality.md §6).
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(upperBound95(values.filter((v) => v > 0.1).length, values.length)).toBeLessThan(0.08);
  });

  it('finds team effects that are there: true ICC(1) = .20', () => {
    const random = seeded(14);
    const values = Array.from({ length: 1000 }, () => teamIcc(teams(random, 0.2))!.icc1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    // Seeded run: mean ICC(1) 0.189; above .05 in 92.4 % of 1000 runs.
    expect(mean).toBeGreaterThan(0.17);
    expect(mean).toBeLessThan(0.23);
    expect(values.filter((v) => v > 0.05).length / values.length).toBeGreaterThan(0.9);
  });

  it('through the whole report: an element whose level differs by team reads as a team property, one that does not as none', () => {
    const random = seeded(15);
    const workshops = Array.from({ length: 12 }, () => {
      const reflection = 50 + 15 * normal(random);
      return workshopOf(TEAM_CLIMATE, onePeakedTeam(TEAM_CLIMATE, 12, { purpose: 55, cooperation: 55, boundaries: 55, reflection, energy: 55 }, 12, random));
    });
    const form = qualityReport(workshops, { resamples: 50 }).forms.find((f) => f.instrumentId === 'team-climate') as ShownForm;
    const icc = (scale: string) => form.scales.find((s) => s.scale === scale)?.icc?.icc1 ?? Number.NaN;
    expect(icc('reflection')).toBeGreaterThan(0.3);
    expect(Math.abs(icc('purpose'))).toBeLessThan(0.1);
  });
});
