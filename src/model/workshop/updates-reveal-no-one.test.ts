import { describe, expect, it } from 'vitest';
import { toQrPayload } from '../codec/result-code';
import { SELF_CHECK } from '../instruments/self-check';
import { findInstrument } from '../instruments/registry';
import { TEAM_CLIMATE } from '../instruments/team-climate';
import type { AnswerValue, Answers } from '../instruments/types';
import { buildTeamReport, statementSplits } from '../team-report/build';
import { teamCsv, type TeamCsvLabels } from '../team/team-csv';
import { aggregateTeam } from '../team/aggregate';
import { seeded } from '../testing/seeded';
import { selfCheckWorkshop } from './test-workshops';
import { wallFigures, wallResults, wallUpdate } from './wall';
import { answerSetsOf, type Workshop, type WorkshopResult } from './workshop';

/**
 * The attacker watches the wall, the team report and the CSV before and after "Bijwerken"
 * (decision 73). Without the facilitator's confirmation nothing changes when one person comes,
 * goes or answers again, so there is no difference to compute; with two new people the
 * difference does not tell either person's answers.
 */
const CODE = 'K7MQ45';
const next = seeded(73);
const answersOf = (pick: (itemId: string) => AnswerValue): Answers => Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, pick(i.id)]));
const middling = (): Answers => answersOf(() => (2 + Math.floor(next() * 3)) as AnswerValue);

function result(answers: Answers, nonce: number, replaces?: number): WorkshopResult {
  const fingerprint = toQrPayload({ workshopCode: CODE, nonce, questionnaires: [{ instrument: SELF_CHECK, answers }], ...(replaces === undefined ? {} : { replaces }) });
  return { fingerprint, parts: { [SELF_CHECK.id]: { answers, marks: [] } }, nonce, ...(replaces === undefined ? {} : { replaces }) };
}

const labels = new Proxy({} as TeamCsvLabels, {
  get: (_, key: string) => (['placementName', 'scale', 'band', 'mode', 'itemText', 'part'].includes(key) ? (v: string) => `${key}:${v}` : key),
});

/** Everything the room and the take-home files could read: the wall's figures, the report, the CSV. */
function shownState(workshop: Workshop, snapshot: readonly string[]) {
  const view = { ...workshop, results: wallResults(workshop, snapshot, findInstrument) };
  const sets = answerSetsOf(view, SELF_CHECK.id);
  const profile = aggregateTeam(SELF_CHECK, sets, { minRespondents: view.minRespondents });
  return JSON.stringify({
    wall: wallFigures(view, view.results, findInstrument),
    report: buildTeamReport(view, findInstrument, TEAM_CLIMATE.id),
    csv: teamCsv(SELF_CHECK, profile, statementSplits(SELF_CHECK, sets, view.minRespondents), labels),
  });
}

/** The facilitator presses "Bijwerken" and, asked, chooses "Wachten" (the default). */
function updateAndWait(workshop: Workshop, snapshot: readonly string[]): readonly string[] {
  return wallUpdate(workshop, snapshot, findInstrument).asks ? snapshot : workshop.results.map((r) => r.fingerprint);
}

const team = Array.from({ length: 6 }, (_, i) => result(middling(), 100 + i));
const before = selfCheckWorkshop(CODE, team);
const snapshot = team.map((r) => r.fingerprint);
const incomplete = result({ s01: 3 }, 400);

describe('one person more, less or again: nothing changes without the confirmation', () => {
  const cases: [string, WorkshopResult[]][] = [
    ['one late phone', [...team, result(middling(), 300)]],
    ['one re-answer', [...team.slice(1), result(middling(), 301, 100)]],
    ['one result deleted or withdrawn', team.slice(1)],
    ['one late phone and one re-answer', [...team.slice(1), result(middling(), 302, 100), result(middling(), 303)]],
    ['one complete and one incomplete result', [...team, result(middling(), 304), incomplete]],
    ['one deleted and one re-answer', [...team.slice(2), result(middling(), 305, 101)]],
  ];
  for (const [name, results] of cases) {
    it(`${name}: the shown state after "Bijwerken" and "Wachten" is the state before`, () => {
      const after = selfCheckWorkshop(CODE, results);
      expect(wallUpdate(after, snapshot, findInstrument)).toMatchObject({ changes: true, asks: true });
      expect(shownState(after, updateAndWait(after, snapshot))).toBe(shownState(before, snapshot));
    });
  }

  it('two late phones go through without a question: the update is not held back for nothing', () => {
    const after = selfCheckWorkshop(CODE, [...team, result(middling(), 306), result(middling(), 307)]);
    expect(wallUpdate(after, snapshot, findInstrument)).toMatchObject({ added: 2, asks: false });
    expect(shownState(after, updateAndWait(after, snapshot))).not.toBe(shownState(before, snapshot));
  });
});

describe('two new people: the difference does not tell either one’s answers', () => {
  it('finds another pair of answer sets, with other answers for each, that gives the same two shown states', () => {
    let searched = 0;
    for (let trial = 0; trial < 5; trial++) {
      const a = middling();
      const b = middling();
      const state = shownState(selfCheckWorkshop(CODE, [...team, result(a, 500), result(b, 501)]), [...snapshot, result(a, 500).fingerprint, result(b, 501).fingerprint]);
      const differ = SELF_CHECK.items.map((i) => i.id).filter((id) => a[id] !== b[id]);
      // Brute force: hand one or two of their differing answers over from one to the other.
      let alternative: [Answers, Answers] | null = null;
      for (let i = 0; i < differ.length && !alternative; i++) {
        for (let j = i; j < differ.length && !alternative; j++) {
          const moved = new Set([differ[i], differ[j]]);
          const a2 = answersOf((id) => (moved.has(id) ? b[id] : a[id]) as AnswerValue);
          const b2 = answersOf((id) => (moved.has(id) ? a[id] : b[id]) as AnswerValue);
          const results = [...team, result(a2, 500), result(b2, 501)];
          searched += 1;
          if (shownState(selfCheckWorkshop(CODE, results), results.map((r) => r.fingerprint)) === state) alternative = [a2, b2];
        }
      }
      expect(alternative).not.toBeNull();
      const [a2, b2] = alternative ?? [a, b];
      // Neither person's answers are pinned: each has at least two answer sets that fit.
      expect(a2).not.toEqual(a);
      expect(a2).not.toEqual(b);
      expect(b2).not.toEqual(b);
    }
    expect(searched).toBeGreaterThan(0);
  });
});
