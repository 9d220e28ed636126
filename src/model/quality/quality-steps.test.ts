import { SELF_CHECK_V2 } from '../instruments/self-check-v2';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import { onePeakedTeam } from '../testing/response-model';
import { seeded } from '../testing/seeded';
import { stillNeeded } from './quality-gate';
import { qualityReport } from './quality-report';
import { qualitySteps, type QualityProgress } from './quality-steps';
import { workshopOf } from './test-workshops';

const QUICK = { resamples: 50 } as const;

function run(steps: Generator<QualityProgress, unknown, void>) {
  const seen: QualityProgress[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { seen, report: next.value };
    seen.push(next.value);
  }
}

describe('the report in steps of one scale', () => {
  const random = seeded(31);
  // Climate past the gate (5 scales); the self-check 2 short of teams (hidden: nothing to compute).
  const workshops = [
    ...Array.from({ length: 10 }, () => workshopOf(TEAM_CLIMATE, onePeakedTeam(TEAM_CLIMATE, 11, { purpose: 60, cooperation: 55, boundaries: 50, reflection: 45, energy: 60 }, 15, random))),
    ...Array.from({ length: 8 }, () => workshopOf(SELF_CHECK_V2, onePeakedTeam(SELF_CHECK_V2, 14, { support: 60, expectations: 50 }, 15, random))),
  ];

  it('counts only the scales of shown forms, and says so before the first costly step', () => {
    const { seen } = run(qualitySteps(workshops, QUICK));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5].map((done) => ({ done, total: 5 })));
  });

  it('ends with the same report as computing it at once', () => {
    expect(run(qualitySteps(workshops, QUICK)).report).toEqual(qualityReport(workshops, QUICK));
  });

  it('has nothing to compute when no form passes the gate', () => {
    const { seen, report } = run(qualitySteps(workshops.slice(0, 9), QUICK));
    expect(seen).toEqual([{ done: 0, total: 0 }]);
    expect(report).toEqual(qualityReport(workshops.slice(0, 9), QUICK));
  });
});

describe('what a form still needs', () => {
  it('is the people and teams short of 100 in 10, never below 0', () => {
    expect(stillNeeded({ people: 37, teams: 4, teamsBelowMinimum: 2 })).toEqual({ people: 63, teams: 6 });
    expect(stillNeeded({ people: 140, teams: 9, teamsBelowMinimum: 0 })).toEqual({ people: 0, teams: 1 });
    expect(stillNeeded({ people: 100, teams: 10, teamsBelowMinimum: 0 })).toEqual({ people: 0, teams: 0 });
  });
});
