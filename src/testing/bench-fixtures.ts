/**
 * Data for `npm run bench` (scripts/bench.mjs loads this through Vite): deterministic answer
 * sets, the model's cost at growing team sizes, and stored values that put the app on a given
 * screen (a team of n results, a self-check in progress, a finished self-check).
 */
import { toQrPayload } from '../model/codec/result-code';
import { climateOfTeam } from '../model/climate/team';
import { CURRENT_SELF_CHECK, findInstrument } from '../model/instruments/registry';
import { buildOverview } from '../model/overview/overview';
import { fixedReportId, teamReport } from '../model/overview/test-reports';
import { parseTeamReportFile, toTeamReportFile } from '../model/team-report/file';
import { TEAM_CLIMATE } from '../model/instruments/team-climate';
import type { Answers, AnswerValue, Instrument } from '../model/instruments/types';
import { aggregateTeam } from '../model/team/aggregate';
import { createJoinCode } from '../model/workshop/join-code';
import { seeded } from '../model/testing/seeded';
import type { Workshop, WorkshopResult } from '../model/workshop/workshop';

/** Complete answers with a per-person tendency, so teams have a real spread. */
export function answerSets(instrument: Instrument, n: number, seed = 1): Answers[] {
  const random = seeded(seed);
  return Array.from({ length: n }, () => {
    const lean = 1 + random() * 4;
    return Object.fromEntries(
      instrument.items.map((item) => [item.id, Math.min(5, Math.max(1, Math.round(lean + (random() - 0.5) * 2.5))) as AnswerValue]),
    );
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median time of `run` in ms, repeated for at least ~300 ms (3 to 200 runs) after one warm-up. */
function timeOf(run: () => unknown): number {
  run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 3 || (times.length < 200 && performance.now() - start < 300)) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface ModelCost {
  n: number;
  aggregateTeamMs: number;
  climateOfTeamMs: number;
}

/** The cost of the team models at each size (answer sets made beforehand, not timed). */
export function modelCost(sizes: readonly number[]): ModelCost[] {
  return sizes.map((n) => {
    const selfChecks = answerSets(CURRENT_SELF_CHECK, n, n);
    const climates = answerSets(TEAM_CLIMATE, n, n + 1);
    return {
      n,
      aggregateTeamMs: timeOf(() => aggregateTeam(CURRENT_SELF_CHECK, selfChecks, { minRespondents: 5 })),
      climateOfTeamMs: timeOf(() => climateOfTeam(TEAM_CLIMATE, climates, { minRespondents: 5 })),
    };
  });
}

/** localStorage values: a workshop (self-check) with n results taken in, as real result codes. */
export function storedWorkshop(n: number): { key: string; value: string; id: string } {
  const code = createJoinCode(seeded(7), { hideOwnResult: false, questionnaires: 'self-check' });
  const results: WorkshopResult[] = answerSets(CURRENT_SELF_CHECK, n, 11).map((answers, nonce) => ({
    fingerprint: toQrPayload({ workshopCode: code, nonce, questionnaires: [{ instrument: CURRENT_SELF_CHECK, answers }] }),
    parts: { [CURRENT_SELF_CHECK.id]: { answers, marks: [] } },
    nonce,
  }));
  const workshop: Workshop = {
    id: `bench-${n}`,
    code,
    name: `Bench ${n}`,
    questionnaires: [{ instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version }],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-11-30T09:00:00.000Z',
    results: [...results].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint)),
  };
  return { key: 'modusspiegel:workshops', value: JSON.stringify({ state: { workshops: [workshop] }, version: 2 }), id: workshop.id };
}

/** localStorage values: a self-check in progress at statement 5 (the question screen). */
export function storedProgress(): Record<string, string> {
  const [answers = {}] = answerSets(CURRENT_SELF_CHECK, 1, 3);
  const firstFour = Object.fromEntries(Object.entries(answers).slice(0, 4));
  const session = { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version, answers: firstFour, index: 4, startedAt: '2026-11-30T09:00:00.000Z' };
  return { 'modusspiegel:progress': JSON.stringify({ state: { sessions: { self: session } }, version: 2 }) };
}

/** localStorage values: one finished self-check, and its id (the result screen is #/result/<id>). */
export function storedResult(): { values: Record<string, string>; id: string } {
  const [answers = {}] = answerSets(CURRENT_SELF_CHECK, 1, 5);
  const result = { id: 'bench-result', instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version, answers, completedAt: '2026-11-30T09:30:00.000Z' };
  return { values: { 'modusspiegel:history': JSON.stringify({ state: { results: [result] }, version: 2 }) }, id: result.id };
}

export interface OverviewCost {
  n: number;
  /** Reading n report files (parse and check each) and building the overview of them. */
  overviewMs: number;
  perTeamMs: number;
}

/**
 * The overview model's cost at n report files (issue 23): each file parsed and checked as the
 * page does, then the overview (teams once, rows, paths, ρ). The files are made beforehand, not
 * timed; every second team is linked to the one before it, so paths are built too.
 */
export function overviewCost(sizes: readonly number[]): OverviewCost[] {
  const files = overviewFiles(Math.max(...sizes));
  const run = (n: number) => {
    const reports = files.slice(0, n).map((text) => {
      const parsed = parseTeamReportFile(text, findInstrument, TEAM_CLIMATE.id);
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.report;
    });
    return buildOverview(reports, findInstrument);
  };
  // Every size the same number of runs after the same warm-up: timeOf's "as many runs as fit in
  // 300 ms" gives the small size a well-compiled median and the large one a cold one, which read
  // as a per-team cost that grows when it does not.
  for (let i = 0; i < 3; i++) run(Math.max(...sizes));
  return sizes.map((n) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      run(n);
      times.push(performance.now() - t0);
    }
    const overviewMs = median(times);
    return { n, overviewMs, perTeamMs: overviewMs / n };
  });
}

function overviewFiles(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    toTeamReportFile(teamReport(i), { reportId: fixedReportId(i), ...(i % 2 === 1 ? { sameTeamAs: fixedReportId(i - 1) } : {}) }, new Date('2026-11-30T12:00:00Z')),
  );
}
