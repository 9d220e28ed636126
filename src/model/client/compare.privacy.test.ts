import { describe, expect, it } from 'vitest';
import { generateWorkshopCode } from '../codec/workshop-code';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../instruments/client-check';
import { ANSWER_VALUES, type AnswerValue, type Answers } from '../instruments/types';
import { ABSOLUTE_MIN_RESPONDENTS } from '../team/anonymity';
import { seeded } from '../testing/seeded';
import { addResults } from '../workshop/result-set';
import { clientView, clientViewUpdate } from './client-view';
import { removeResult, resultOfForm, updateShown, type ClientCollection } from './collection';
import { oftenShare } from './compare';

/**
 * The professional as attacker (decision 74): the clients' view before and after one client more,
 * less or answering again. Per statement at least two answers must stay possible for that client,
 * even after an update the professional confirmed.
 */
const SKIP = 0;
type Answer = AnswerValue | typeof SKIP;
const ANSWERS: readonly Answer[] = [...ANSWER_VALUES, SKIP];
/** What the page shows for a statement of a group: its answers, "weet ik niet" as SKIP. */
const shown = (answers: readonly number[]) => oftenShare(answers.filter((v) => v !== SKIP), answers.length);
const plus = (answers: readonly number[], x: Answer) => [...answers, x];

/**
 * Every multiset of `n` answers (1–5 or "weet ik niet"), as arrays: all the attacker could face.
 * Built from counts per answer, one array per multiset (order never matters to a group figure).
 */
function* multisets(n: number): Generator<number[]> {
  const counts = [0, 0, 0, 0, 0, 0];
  function* fill(value: number, left: number): Generator<number[]> {
    if (value === ANSWERS.length - 1) {
      counts[value] = left;
      yield counts.flatMap((c, v) => Array<number>(c).fill(ANSWERS[v] ?? SKIP));
      return;
    }
    for (let c = 0; c <= left; c++) {
      counts[value] = c;
      yield* fill(value + 1, left - c);
    }
  }
  yield* fill(0, n);
}

describe('a group’s statement figure leaves at least two answers possible for any one client', () => {
  it(`after one client more or less: every set of answers for groups of ${ABSOLUTE_MIN_RESPONDENTS} to 20, and 3,000 drawn ones per size up to 30`, { timeout: 120_000 }, () => {
    const draw = seeded(7430);
    const drawn = (n: number) => Array.from({ length: 3000 }, () => Array.from({ length: n }, () => ANSWERS[Math.floor(draw() * ANSWERS.length)] ?? SKIP));
    for (let n = ABSOLUTE_MIN_RESPONDENTS; n <= 30; n++) {
      // The attacker sees the figure before and after; which answers of the newcomer fit both?
      const fitting = new Map<string, Set<Answer>>();
      for (const others of n <= 20 ? multisets(n) : drawn(n)) {
        const first = shown(others);
        for (const x of ANSWERS) {
          others.push(x);
          const key = `${first}→${shown(others)}`;
          others.pop();
          fitting.set(key, (fitting.get(key) ?? new Set()).add(x));
        }
      }
      // Deleting is the same pair read backwards: the same sets fit.
      const pinned = [...fitting].filter(([, answers]) => answers.size < 2).map(([key]) => `${n}: ${key}`);
      expect(pinned).toEqual([]);
    }
  });

  it('after one client answered again, every set of answers for groups up to 16: neither the old nor the new answer is pinned', { timeout: 120_000 }, () => {
    for (let n = ABSOLUTE_MIN_RESPONDENTS; n <= 16; n++) {
      const fitting = new Map<string, { old: Set<Answer>; now: Set<Answer> }>();
      for (const others of multisets(n - 1)) {
        for (const x of ANSWERS) {
          for (const y of ANSWERS) {
            if (x === y) continue;
            const key = `${shown(plus(others, x))}→${shown(plus(others, y))}`;
            const seen = fitting.get(key) ?? { old: new Set(), now: new Set() };
            seen.old.add(x);
            seen.now.add(y);
            fitting.set(key, seen);
          }
        }
      }
      const pinned = [...fitting].filter(([, { old, now }]) => old.size < 2 || now.size < 2).map(([key]) => `${n}: ${key}`);
      expect(pinned).toEqual([]);
    }
  });
});

const code = generateWorkshopCode(seeded(74));
const next = seeded(741);
const randomClient = (): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, ANSWER_VALUES[Math.floor(next() * 5)] ?? 3]));
const client = (answers: Answers, nonce: number, replaces?: number) => resultOfForm(code, CLIENT_CHECK, answers, nonce, replaces);
const mirror = resultOfForm(code, CLIENT_MIRROR, Object.fromEntries(CLIENT_MIRROR.items.map((i) => [i.id, 4])), 999);

function collected(...results: ReturnType<typeof resultOfForm>[]): ClientCollection {
  const outcome = addResults([], results);
  return { id: 'c', code, setting: 'collected', scope: 'own', word: 'coach', minClients: 5, createdAt: '2026-12-01T10:00:00Z', results: outcome.results, shown: [], retired: outcome.retired };
}
const withMore = (c: ClientCollection, ...results: ReturnType<typeof resultOfForm>[]): ClientCollection => {
  const outcome = addResults(c.results, results, c.retired);
  return { ...c, results: outcome.results, retired: outcome.retired };
};
/** "Bijwerken", and "Wachten" when asked. */
const updateAndWait = (c: ClientCollection) => (clientViewUpdate(c)?.asks ? c : updateShown(c));

describe('the 6 × m₆ − 5 × m₅ attack on the clients’ view', () => {
  const five = Array.from({ length: 5 }, (_, i) => client(randomClient(), i + 1));
  const shownFive = updateShown(collected(mirror, ...five));
  const sixth = randomClient();

  it('without the confirmation: one client more, less or again changes nothing the professional sees', () => {
    const before = clientView(shownFive);
    const more = withMore(shownFive, client(sixth, 6));
    const less = removeResult(shownFive, five[0]?.fingerprint ?? '');
    const again = withMore(shownFive, client(sixth, 7, 1));
    // Below the minimum the view shows only a count: the fifth client needs no question.
    const four = updateShown(collected(mirror, ...five.slice(0, 4)));
    expect(clientViewUpdate(withMore(four, five[4]!))).toMatchObject({ added: 1, asks: false });
    for (const c of [more, less, again]) {
      expect(clientViewUpdate(c)).toMatchObject({ changes: true, asks: true });
      expect(clientView(updateAndWait(c))).toEqual(before);
    }
  });

  it('confirmed anyway: 6 × after − 5 × before gives no answer of the sixth client, and two or more answers fit each statement', () => {
    const before = clientView(shownFive);
    const after = clientView(updateShown(withMore(shownFive, client(sixth, 6))));
    if (before.status !== 'shown' || after.status !== 'shown') throw new Error('both views are shown');
    for (const [i, row] of after.comparison.statements.entries()) {
      const was = before.comparison.statements[i];
      // What the page shows for a group is a share, never a mean: there is no mean to subtract.
      expect(row.clients).toBeNull();
      expect(was?.clients).toBeNull();
      // The sixth client's answers that fit both shares, knowing the five others only by their share.
      const possible = ANSWERS.filter((x) => {
        for (let often = 0; often <= 5; often++) {
          const others = [...Array<number>(often).fill(5), ...Array<number>(5 - often).fill(1)];
          if (shown(others) === was?.clientsOften && shown(plus(others, x)) === row.clientsOften) return true;
        }
        return false;
      });
      expect(possible.length).toBeGreaterThanOrEqual(2);
      expect(possible).toContain((sixth[row.itemId] ?? SKIP) as Answer);
    }
  });
});
