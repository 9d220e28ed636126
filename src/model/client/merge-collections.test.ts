import { describe, expect, it } from 'vitest';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../instruments/client-check';
import type { AnswerValue, Answers } from '../instruments/types';
import { generateWorkshopCode } from '../codec/workshop-code';
import { seeded } from '../testing/seeded';
import type { WorkshopResult } from '../workshop/workshop';
import { addResults } from '../workshop/result-set';
import { resultOfForm, type ClientCollection } from './collection';
import { mergeCollections } from './merge-collections';

const code = generateWorkshopCode(seeded(11));
const other = generateWorkshopCode(seeded(12));
const same = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));
const client = (v: AnswerValue, nonce: number, forCode = code) => resultOfForm(forCode, CLIENT_CHECK, same(v), nonce);
const mirror = resultOfForm(code, CLIENT_MIRROR, same(4), 900);

const conversation = (id: string, results: WorkshopResult[], over: Partial<ClientCollection> = {}): ClientCollection => ({
  id,
  code,
  setting: 'collected',
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-11-30T10:00:00.000Z',
  results: addResults([], results).results,
  shown: [],
  ...over,
});
let ids = 0;
const newId = () => `new-${++ids}`;

describe('a backup’s conversations merged into this device’s', () => {
  it('adds the file’s results to the same conversation and counts those already here once', () => {
    const here = conversation('c1', [mirror, client(3, 1)]);
    const file = conversation('c1', [mirror, client(3, 1), client(4, 2)]);
    const merged = mergeCollections([here], [file], newId);
    expect(merged).toMatchObject({ added: 1, duplicates: 2, refused: 0, keptApart: 0 });
    expect(merged.collections).toHaveLength(1);
    expect(merged.collections[0]?.results).toHaveLength(3);
  });

  it('knows the same conversation by its code, setting and scope, whatever id the file gives it', () => {
    const merged = mergeCollections([conversation('c1', [mirror])], [conversation('elsewhere', [client(3, 1)])], newId);
    expect(merged.collections.map((c) => [c.id, c.results.length])).toEqual([['c1', 2]]);
  });

  it('keeps a conversation whose id belongs to another code apart, under a new id, and counts it', () => {
    const here = conversation('c1', [mirror]);
    const file = conversation('c1', [client(2, 5, other)], { code: other });
    const merged = mergeCollections([here], [file], newId);
    expect(merged).toMatchObject({ added: 1, keptApart: 1 });
    expect(merged.collections.map((c) => c.code)).toEqual([other, code]);
    expect(merged.collections.find((c) => c.code === code)).toBe(here);
    expect(merged.collections.find((c) => c.code === other)?.id).toMatch(/^new-/);
  });

  it('adds a conversation new to this device whole, under its own id', () => {
    const file = conversation('c2', [mirror, client(3, 1)]);
    expect(mergeCollections([], [file], newId)).toEqual({ collections: [file], added: 2, duplicates: 0, refused: 0, keptApart: 0 });
  });

  it('refuses a second client at the table, and still takes the file’s mirror form', () => {
    const here = conversation('t1', [client(3, 1)], { setting: 'table' });
    const file = conversation('t1', [mirror, client(5, 2)], { setting: 'table' });
    const merged = mergeCollections([here], [file], newId);
    expect(merged).toMatchObject({ added: 1, refused: 1 });
    expect(merged.collections[0]?.results.map((r) => r.fingerprint).sort()).toEqual([mirror.fingerprint, client(3, 1).fingerprint].sort());
  });

  it('takes a client’s new answers at the table in place of the earlier ones (the same client answered again)', () => {
    const here = conversation('t1', [client(3, 1)], { setting: 'table' });
    const again = resultOfForm(code, CLIENT_CHECK, same(5), 2, 1);
    const merged = mergeCollections([here], [conversation('t1', [again], { setting: 'table' })], newId);
    expect(merged).toMatchObject({ added: 1, refused: 0 });
    expect(merged.collections[0]?.results).toEqual([again]);
  });
});
