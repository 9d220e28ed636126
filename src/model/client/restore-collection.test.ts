import { describe, expect, it } from 'vitest';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../instruments/client-check';
import type { AnswerValue, Answers } from '../instruments/types';
import { generateWorkshopCode } from '../codec/workshop-code';
import { findInstrument } from '../instruments/registry';
import { seeded } from '../testing/seeded';
import type { WorkshopResult } from '../workshop/workshop';
import { addResults } from '../workshop/result-set';
import { isClientView, resultOfForm, type ClientCollection } from './collection';
import { hidesOwnResult } from '../workshop/join-code';
import { restoreCollection } from './restore-collection';
import { collectionsFromBackup } from './backup-collections';

const code = generateWorkshopCode(seeded(7));
const other = generateWorkshopCode(seeded(8));
const same = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));
const client = (v: AnswerValue, nonce: number, forCode = code) => resultOfForm(forCode, CLIENT_CHECK, same(v), nonce);
const mirror = resultOfForm(code, CLIENT_MIRROR, same(4), 900);
/** A real client's fingerprint with other answers beside it: what an edited backup can hold. */
const forged = (real: WorkshopResult, answers: Answers): WorkshopResult => ({ ...real, parts: { [CLIENT_CHECK.id]: { answers, marks: [] } } });

const conversation = (results: WorkshopResult[], over: Partial<ClientCollection> = {}): ClientCollection => ({
  id: 'c1',
  code,
  setting: 'collected',
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-11-30T10:00:00.000Z',
  results: addResults([], results).results,
  shown: results.filter(isClientView).map((r) => r.fingerprint),
  ...over,
});
const restore = (c: ClientCollection) => restoreCollection(c, findInstrument);

describe('a conversation from a backup, rebuilt from its codes', () => {
  it('comes back exactly as it was when every result agrees with its code', () => {
    const real = conversation([mirror, client(5, 1), client(3, 2)]);
    expect(restore(real)).toEqual({ collection: real, refused: 0 });
  });

  it('refuses a real client’s fingerprint beside forged answers, and keeps the rest', () => {
    const real = client(5, 1);
    const restored = restore(conversation([mirror, forged(real, same(1)), client(3, 2)]));
    expect(restored?.refused).toBe(1);
    expect(restored?.collection.results.map((r) => r.fingerprint)).not.toContain(real.fingerprint);
    // The refused result leaves the shown comparison too.
    expect(restored?.collection.shown).not.toContain(real.fingerprint);
    expect(restored?.collection.results).toHaveLength(2);
  });

  it.each<[string, (real: WorkshopResult) => WorkshopResult]>([
    ['a part the code does not hold', (real) => ({ ...real, parts: { ...real.parts, 'self-check': { answers: { s17: 3 }, marks: [] } } })],
    ['only an unknown part', (real) => ({ ...real, parts: { nope: { answers: { k01: 5 }, marks: [] } } })],
    ['a statement id the form does not have', (real) => forged(real, { ...same(5), k99: 5 })],
    ['one answer left out', (real) => forged(real, Object.fromEntries(Object.entries(same(5)).slice(1)))],
    ['a mark the code does not hold', (real) => ({ ...real, parts: { [CLIENT_CHECK.id]: { answers: same(5), marks: ['k01'] } } })],
    ['markup in its fingerprint', (real) => ({ ...real, fingerprint: `<img src=x onerror=alert(1)>${real.fingerprint}` })],
    ['a code of another conversation', () => client(5, 1, other)],
  ])('refuses a result with %s', (_, edit) => {
    const restored = restore(conversation([mirror, edit(client(5, 1))]));
    expect(restored).toMatchObject({ refused: 1, collection: { results: [mirror] } });
  });

  it('refuses the whole conversation when its code is not a code', () => {
    expect(restore(conversation([mirror], { code: '<b>X</b>' }))).toBeNull();
    expect(restore(conversation([mirror], { code: `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}` }))).toBeNull();
  });

  it('keeps a conversation whose code has the "own result" bit, which means nothing for a conversation', () => {
    // restoreWorkshop checks that bit against a workshop's setting; a conversation's code is random.
    const codes = Array.from({ length: 12 }, (_, i) => generateWorkshopCode(seeded(100 + i)));
    expect(new Set(codes.map(hidesOwnResult))).toEqual(new Set([true, false]));
    for (const c of codes) {
      const real = conversation([resultOfForm(c, CLIENT_CHECK, same(4), 1)], { code: c });
      expect(restore(real)).toEqual({ collection: real, refused: 0 });
    }
  });

  it('shows only results that remain, each once', () => {
    const a = client(4, 1);
    const restored = restore({ ...conversation([mirror, a]), shown: [a.fingerprint, a.fingerprint, 'not-here', mirror.fingerprint] });
    expect(restored?.collection.shown).toEqual([a.fingerprint]);
  });

  it('refuses every client view of a table conversation that holds more than one: nothing says which is real', () => {
    const restored = restore(conversation([mirror, client(5, 1), client(2, 2)], { setting: 'table' }));
    expect(restored).toMatchObject({ refused: 2, collection: { results: [mirror], shown: [] } });
  });
});

describe('a backup’s conversations, entry by entry', () => {
  const fromFile = (c: unknown) => collectionsFromBackup([JSON.parse(JSON.stringify(c)) as unknown], findInstrument);

  it('refuses a damaged result alone, and keeps the conversation', () => {
    const real = conversation([mirror, client(5, 1)]);
    const damaged = { ...real, results: [...real.results, { fingerprint: 'x', parts: { [CLIENT_CHECK.id]: { answers: { k01: 9 }, marks: [] } } }] };
    expect(fromFile(damaged)).toEqual({ collections: [real], refused: 1, conversationsRefused: 0 });
  });

  it('refuses a result with a part named "__proto__", which a parsed record would hide', () => {
    const real = client(5, 1);
    const hidden: WorkshopResult = { ...real, parts: { ...real.parts, ['__proto__']: { answers: { k01: 1 as const }, marks: [] } } };
    expect(fromFile(conversation([mirror, hidden]))).toMatchObject({ refused: 1, collections: [{ results: [mirror] }] });
  });

  it('counts a conversation that is not one', () => {
    expect(fromFile({ id: 'x' })).toEqual({ collections: [], refused: 0, conversationsRefused: 1 });
  });
});
