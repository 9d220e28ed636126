import { describe, expect, it } from 'vitest';
import { CLIENT_CHECK, CLIENT_CHECK_V2, CLIENT_MIRROR, CLIENT_MIRROR_V2 } from '../instruments/client-check';
import type { AnswerValue, Answers, Instrument } from '../instruments/types';
import { generateWorkshopCode } from '../codec/workshop-code';
import { decodeResultCode, toTextCode } from '../codec/result-code';
import { findInstrument } from '../instruments/registry';
import { seeded } from '../testing/seeded';
import { sortIntake } from '../workshop/intake';
import { asWorkshop as asWorkshopOf, clientCollectionSchema, formVersionOf, nextTableConversation, resultOfForm, type ClientCollection } from './collection';
import { restoreCollection } from './restore-collection';
import { clientView } from './client-view';
import { formLinkSegment, formVersionOfSegment } from './form-link';

/** Decision 88: a conversation holds one client form version, for all its results. */
const code = generateWorkshopCode(seeded(3));
const keyed = (instrument: Instrument, plus: AnswerValue, minus: AnswerValue): Answers =>
  Object.fromEntries(instrument.items.map((i) => [i.id, i.keying === 'plus' ? plus : minus]));
const conversation = (formVersion?: 1 | 2, results: ClientCollection['results'] = []): ClientCollection => ({
  id: 'c1',
  code,
  setting: 'table',
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-11-30T10:00:00.000Z',
  ...(formVersion === undefined ? {} : { formVersion }),
  results,
  shown: [],
});
const offer = (collection: ClientCollection, instrument: Instrument, nonce: number) => {
  const text = toTextCode({ workshopCode: code, nonce, questionnaires: [{ instrument, answers: keyed(instrument, 4, 2) }] });
  return sortIntake(asWorkshopOf(collection), [{ source: text, outcome: { ok: true, value: decodeResultCode(text, { findInstrument, expectedWorkshop: code }) } }]);
};

describe('the client form version of a conversation', () => {
  it('is version 1 for a conversation stored before version 2 existed, and such a conversation still reads', () => {
    const stored = JSON.parse(JSON.stringify(conversation())) as unknown;
    const parsed = clientCollectionSchema.safeParse(stored);
    expect(parsed.success).toBe(true);
    expect(formVersionOf(conversation())).toBe(1);
    expect(clientCollectionSchema.safeParse({ ...conversation(), formVersion: 3 }).success).toBe(false);
  });

  it('takes in codes of its own version only; the other version is refused as another questionnaire', () => {
    expect(offer(conversation(2), CLIENT_CHECK_V2, 1).entries[0]?.status.kind).toBe('added');
    expect(offer(conversation(2), CLIENT_CHECK, 2).entries[0]?.status.kind).toBe('wrong-instrument');
    expect(offer(conversation(2), CLIENT_MIRROR, 3).entries[0]?.status.kind).toBe('wrong-instrument');
    // A conversation begun with version 1 goes on with version 1.
    expect(offer(conversation(), CLIENT_CHECK, 4).entries[0]?.status.kind).toBe('added');
    expect(offer(conversation(), CLIENT_CHECK_V2, 5).entries[0]?.status.kind).toBe('wrong-instrument');
  });

  it('compares a version 1 conversation with the statements of version 1', () => {
    // The client differs only on statement 6 of version 1, "spreekt mij aan als ik over een grens ga".
    const answers = { ...keyed(CLIENT_CHECK, 5, 1), k06: 1 } as const;
    const c = conversation(undefined, [resultOfForm(code, CLIENT_MIRROR, keyed(CLIENT_MIRROR, 5, 1), 9), resultOfForm(code, CLIENT_CHECK, answers, 10)]);
    const view = clientView(c);
    expect(view).toMatchObject({ status: 'shown', mirror: { support: 100, expectations: 100 }, clients: { support: 100 } });
    if (view.status !== 'shown' || view.comparison.kind !== 'prompts') throw new Error('expected prompts');
    expect(view.comparison.gaps.filter((g) => g.level === 'statement').map((g) => g.itemId)).toContain('k06');
  });

  it('a backup with a result of the other version loses that result, never the conversation', () => {
    const other = resultOfForm(code, CLIENT_CHECK, keyed(CLIENT_CHECK, 4, 2), 11);
    const own = resultOfForm(code, CLIENT_MIRROR_V2, keyed(CLIENT_MIRROR_V2, 5, 1), 12);
    const restored = restoreCollection(conversation(2, [own, other]), findInstrument);
    expect(restored?.refused).toBe(1);
    expect(restored?.collection.results.map((r) => r.fingerprint)).toEqual([own.fingerprint]);
  });

  it('the next table conversation uses version 2; the own mirror form goes along only within one version', () => {
    const v2 = conversation(2, [resultOfForm(code, CLIENT_MIRROR_V2, keyed(CLIENT_MIRROR_V2, 5, 1), 13)]);
    const next = nextTableConversation(v2, 'c2', generateWorkshopCode(seeded(4)), '2026-12-01T10:00:00.000Z', 14);
    expect(next.formVersion).toBe(2);
    expect(next.results).toHaveLength(1);
    const v1 = conversation(undefined, [resultOfForm(code, CLIENT_MIRROR, keyed(CLIENT_MIRROR, 5, 1), 15)]);
    const after = nextTableConversation(v1, 'c3', generateWorkshopCode(seeded(5)), '2026-12-01T10:00:00.000Z', 16);
    expect(after.formVersion).toBe(2);
    // Version 1's answers lack k13 and k14: the professional answers the mirror form of version 2 again.
    expect(after.results).toEqual([]);
  });

  it('names the version in a link, and reads links made before version 2 as version 1', () => {
    expect(formLinkSegment(1)).toBe('');
    expect(formLinkSegment(2)).toBe('/v2');
    expect(formVersionOfSegment(undefined)).toBe(1);
    expect(formVersionOfSegment('v2')).toBe(2);
    for (const bad of ['v1', 'v3', '2', 'v02x', 'V2']) expect(formVersionOfSegment(bad), bad).toBeNull();
  });
});
