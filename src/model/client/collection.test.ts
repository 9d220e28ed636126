import { describe, expect, it } from 'vitest';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../instruments/client-check';
import type { AnswerValue, Answers } from '../instruments/types';
import { generateWorkshopCode } from '../codec/workshop-code';
import { toTextCode, decodeResultCode } from '../codec/result-code';
import { findInstrument } from '../instruments/registry';
import { seeded } from '../testing/seeded';
import { sortIntake } from '../workshop/intake';
import { addResults } from '../workshop/result-set';
import { parseBackupFile, toBackupFile } from '../results/backup-file';
import { asWorkshop, clientUpdate, removeResult, resultOfForm, updateShown, type ClientCollection } from './collection';
import { clientView } from './client-view';

const code = generateWorkshopCode(seeded(1));
const same = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));
const keyed = (plus: AnswerValue, minus: AnswerValue): Answers =>
  Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, i.keying === 'plus' ? plus : minus]));

const empty = (setting: ClientCollection['setting']): ClientCollection => ({
  id: 'c1',
  code,
  setting,
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-11-30T10:00:00.000Z',
  results: [],
  shown: [],
});
const withResults = (collection: ClientCollection, ...results: ReturnType<typeof resultOfForm>[]): ClientCollection => {
  const outcome = addResults(collection.results, results, collection.retired);
  const retired = outcome.retired.nonces.length + outcome.retired.chains.length > 0 ? { retired: outcome.retired } : {};
  return { ...collection, results: outcome.results, ...retired };
};
const client = (answers: Answers, nonce: number, replaces?: number) => resultOfForm(code, CLIENT_CHECK, answers, nonce, replaces);
const mirror = resultOfForm(code, CLIENT_MIRROR, keyed(5, 1), 999);

describe('a collection of clients’ views', () => {
  it('asks for the mirror form first, then a client', () => {
    expect(clientView(empty('table')).status).toBe('needMirror');
    expect(clientView(withResults(empty('table'), mirror)).status).toBe('needClient');
  });

  it('shows one client at the table at once, as prompts', () => {
    const view = clientView(withResults(empty('table'), mirror, client(keyed(3, 3), 1)));
    expect(view.status).toBe('shown');
    if (view.status !== 'shown') return;
    expect(view.comparison.kind).toBe('prompts');
    expect(view.clients).toEqual({ support: 50, expectations: 50 });
    expect(view.mirror).toEqual({ support: 100, expectations: 100 });
  });

  it('shows collected clients only from the minimum, and only after the professional updates', () => {
    let c: ClientCollection = withResults(empty('collected'), mirror);
    for (let i = 1; i <= 4; i++) c = withResults(c, client(keyed(4, 2), i));
    c = updateShown(c);
    expect(clientView(c)).toEqual({ status: 'waiting', side: 'clients', count: 4, min: 5 });
    c = withResults(c, client(keyed(4, 2), 5));
    // The fifth arrived, but the view waits for the professional.
    expect(clientView(c)).toMatchObject({ status: 'waiting', count: 4 });
    c = updateShown(c);
    expect(clientView(c)).toMatchObject({ status: 'shown', clientCount: 5 });
    // A deleted client view leaves the stored list at once, and the view at the next update.
    const shown = clientView(c);
    c = removeResult(c, c.shown[0] ?? '');
    expect(c.results).toHaveLength(5);
    expect(clientView(c)).toEqual(shown);
    c = updateShown(c);
    expect(clientView(c)).toMatchObject({ status: 'waiting', count: 4 });
  });

  it('counts a client who answered again once, whichever code arrives first', () => {
    const first = client(same(2), 10);
    const again = client(same(4), 11, 10);
    for (const order of [[first, again], [again, first]]) {
      const c = order.reduce<ClientCollection>((acc, r) => withResults(acc, r), empty('collected'));
      expect(c.results).toHaveLength(1);
      expect(c.results[0]?.fingerprint).toBe(again.fingerprint);
    }
  });

  it('counts a client’s newest view once when the view in between never arrives (a chained re-answer)', () => {
    const a = client(same(2), 20);
    const c = { ...resultOfForm(code, CLIENT_CHECK, same(5), 22), chain: { root: 20, seq: 2 } };
    for (const order of [[a, c], [c, a]]) {
      const collection = order.reduce<ClientCollection>((acc, r) => withResults(acc, r), empty('collected'));
      expect(collection.results.map((r) => r.nonce)).toEqual([22]);
    }
  });

  it('takes in a client’s handed-over code under the same fingerprint as the form made on this device', () => {
    const text = toTextCode({ workshopCode: code, nonce: 7, questionnaires: [{ instrument: CLIENT_CHECK, answers: same(3) }] });
    const outcome = { ok: true as const, value: decodeResultCode(text, { findInstrument, expectedWorkshop: code }) };
    const sorted = sortIntake(asWorkshop(empty('table')), [{ source: text, outcome }]);
    expect(sorted.accepted[0]?.fingerprint).toBe(client(same(3), 7).fingerprint);
  });

  it('travels in the backup file and comes back the same', () => {
    const c = updateShown(withResults(empty('collected'), mirror, client(same(3), 1)));
    const parsed = parseBackupFile(toBackupFile([], new Date('2026-11-30T12:00:00Z'), [c]));
    expect(parsed).toMatchObject({ ok: true, clientCollections: [c] });
  });
});

describe('a team’s mirror forms beside the clients collected for the team', () => {
  it('waits for the team’s minimum of mirror forms too, then compares the team’s centre', () => {
    const team = { ...empty('collected'), scope: 'team' as const };
    const mirrors = [1, 2, 3, 4].map((n) => resultOfForm(code, CLIENT_MIRROR, keyed(5, 1), 100 + n));
    const clients = [1, 2, 3, 4, 5].map((n) => client(keyed(3, 3), n));
    let c = updateShown(withResults(team, ...mirrors, ...clients));
    expect(clientView(c)).toEqual({ status: 'waiting', side: 'team', count: 4, min: 5 });
    c = withResults(c, resultOfForm(code, CLIENT_MIRROR, keyed(5, 1), 105));
    // The fifth form waits for "Bijwerken", as a client's view does: one colleague on their own, so it asks first.
    expect(clientView(c)).toEqual({ status: 'waiting', side: 'team', count: 4, min: 5 });
    expect(clientUpdate(c)).toMatchObject({ added: 1, changes: true, asks: true });
    c = updateShown(c);
    const view = clientView(c);
    expect(view).toMatchObject({ status: 'shown', mirror: { support: 100, expectations: 100 }, clients: { support: 50, expectations: 50 } });
    if (view.status === 'shown') expect(view.comparison.gaps.filter((g) => g.level === 'scale')).toHaveLength(2);
  });

  it('keeps the team’s centre still when one more colleague hands in a mirror form: the difference of two means would give that form away', () => {
    const team = { ...empty('collected'), scope: 'team' as const };
    const mirrors = [1, 2, 3, 4, 5].map((n) => resultOfForm(code, CLIENT_MIRROR, keyed(3, 3), 100 + n));
    const clients = [1, 2, 3, 4, 5].map((n) => client(keyed(3, 3), n));
    const before = updateShown(withResults(team, ...mirrors, ...clients));
    const after = withResults(before, resultOfForm(code, CLIENT_MIRROR, keyed(5, 1), 106));
    expect(clientView(after)).toEqual(clientView(before));
    expect(clientUpdate(after)).toMatchObject({ added: 1, asks: true });
    // The professional's own mirror form is theirs alone: it shows at once.
    const own = withResults(empty('collected'), resultOfForm(code, CLIENT_MIRROR, keyed(5, 1), 200), ...clients);
    expect(clientView(updateShown(own))).toMatchObject({ status: 'shown', mirror: { support: 100, expectations: 100 } });
  });
});
