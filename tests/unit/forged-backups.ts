import fc from 'fast-check';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../../src/model/instruments/client-check';
import type { Answer, AnswerValue, Answers } from '../../src/model/instruments/types';
import { generateWorkshopCode } from '../../src/model/codec/workshop-code';
import { tryDecodeResultCode } from '../../src/model/codec/result-code';
import { findInstrument } from '../../src/model/instruments/registry';
import { fitsQuestionnaire } from '../../src/model/instruments/fits-questionnaire';
import { resultFromDecoded } from '../../src/model/workshop/intake';
import { seeded } from '../../src/model/testing/seeded';
import { asWorkshop, resultOfForm, type ClientCollection } from '../../src/model/client/collection';
import type { WorkshopResult } from '../../src/model/workshop/workshop';
import type { SavedResult } from '../../src/model/results/saved-result';

/**
 * Backups an attacker (or a careless edit) could write, for tests/unit/fuzz-inputs.test.ts: each
 * holds client results whose stored answers are not their code's, or history entries the app
 * never made. `forgedStored` counts what of that reached storage; the import must leave it at 0.
 */

export const clientCode = generateWorkshopCode(seeded(31));
const otherCode = generateWorkshopCode(seeded(32));
const same = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));

/** The professional's conversation at the table, with their mirror form. */
export const conversation: ClientCollection = {
  id: 'conversation-1',
  code: clientCode,
  setting: 'table',
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-11-30T10:00:00.000Z',
  results: [resultOfForm(clientCode, CLIENT_MIRROR, same(4), 900)],
  shown: [],
};

/** Real client results for the conversation, not yet taken in: their fingerprints are what a forger copies. */
export const realClients = [1, 2, 3, 4, 5].map((n) =>
  resultOfForm(clientCode, CLIENT_CHECK, Object.fromEntries(CLIENT_CHECK.items.map((i, k) => [i.id, (((n + k) % 5) + 1) as AnswerValue])), 100 + n),
);

const ids = CLIENT_CHECK.items.map((i) => i.id);
const answer = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na');
const html = fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><b>', '&lt;', '<svg/onload=alert(1)>');
const partOf = (answers: Answers): WorkshopResult['parts'] => ({ [CLIENT_CHECK.id]: { answers, marks: [] } });

/** Answers over the form's statements that differ from `real` in at least one place. */
const otherAnswers = (real: Answers) =>
  fc.dictionary(fc.constantFrom(...ids), answer, { minKeys: 1, maxKeys: ids.length }).map((edit): Answers => {
    const answers: Answers = { ...real, ...edit };
    return ids.every((id) => answers[id] === real[id]) ? { ...answers, k01: real.k01 === 1 ? 2 : 1 } : answers;
  });

type Forgery = { kind: string; collection: ClientCollection; real?: WorkshopResult };
const inConversation = (kind: string, real: WorkshopResult, forged: WorkshopResult, over: Partial<ClientCollection> = {}): Forgery => ({
  kind,
  real,
  collection: { ...conversation, results: [...conversation.results, forged], shown: [forged.fingerprint], ...over },
});
const realClient = fc.constantFrom(...realClients);
const clientAnswers = (r: WorkshopResult) => r.parts[CLIENT_CHECK.id]?.answers ?? {};

const forgery: fc.Arbitrary<Forgery> = fc.oneof(
  realClient.chain((real) => otherAnswers(clientAnswers(real)).map((a) => inConversation('forged answers', real, { ...real, parts: partOf(a) }))),
  fc.tuple(realClient, fc.oneof(fc.constantFrom('self-check', 'team-climate', 'client-mirror', 'constructor', '__proto__', 'nope'), fc.string({ minLength: 1, maxLength: 40 }))).map(([real, part]) =>
    inConversation('unknown part', real, { ...real, parts: { ...real.parts, [part]: { answers: { k01: 5 }, marks: [] } } }),
  ),
  fc.tuple(realClient, fc.oneof(fc.constantFrom('__proto__', 'k13', 's01'), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !ids.includes(s))), answer).map(([real, id, value]) =>
    inConversation('unknown statement', real, { ...real, parts: partOf({ ...clientAnswers(real), [id]: value }) }),
  ),
  fc.tuple(realClient, html, fc.nat(60)).map(([real, tag, at]) =>
    inConversation('HTML in a fingerprint', real, { ...real, fingerprint: real.fingerprint.slice(0, at) + tag + real.fingerprint.slice(at) }),
  ),
  fc.tuple(realClient, html).map(([real, tag]) => inConversation('HTML in a code', real, real, { id: 'conversation-2', code: `${clientCode}${tag}` })),
  // Another conversation's code under this conversation's id, holding forged answers for that code.
  fc.tuple(fc.nat(1000), fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5)).chain(([nonce, v]) => {
    const real = resultOfForm(otherCode, CLIENT_CHECK, same(v), nonce);
    return otherAnswers(same(v)).map((a) => inConversation('id clash', real, { ...real, parts: partOf(a) }, { code: otherCode, results: [{ ...real, parts: partOf(a) }] }));
  }),
);

/** History entries the app never makes: unknown questionnaires, statements and answers. */
const forgedHistory: fc.Arbitrary<SavedResult> = fc
  .oneof(
    fc.record({ instrumentId: fc.constantFrom('other-check', 'self-check '), instrumentVersion: fc.constant(1), answers: fc.constant({ s01: 3 }) }),
    fc.record({ instrumentId: fc.constant('self-check'), instrumentVersion: fc.constantFrom(3, 99), answers: fc.constant({ s17: 3 }) }),
    fc.record({ instrumentId: fc.constant('self-check'), instrumentVersion: fc.constant(2), answers: fc.dictionary(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/^s(1[7-9]|2\d|3[0-2])$/.test(s)), answer, { minKeys: 1, maxKeys: 3 }) }),
    fc.record({ instrumentId: fc.constant('self-check'), instrumentVersion: fc.constant(1), answers: fc.constant({ s01: 'na' as const }) }),
    fc.record({ instrumentId: fc.constant('self-check'), instrumentVersion: fc.constant(2),
      // Values no answer can have: typed as answers on purpose, as a file can hold anything.
      answers: fc.constantFrom({ s17: 0 }, { s17: 6 }, { s17: 2.5 }, { s17: '3' }) as unknown as fc.Arbitrary<Answers> }),
  )
  .map((r) => ({ ...r, id: `forged-${r.instrumentId.length}`, completedAt: '2026-11-30T09:00:00.000Z' }));

export const forgedBackup = fc.record({
  forgeries: fc.array(forgery, { minLength: 1, maxLength: 3 }),
  history: fc.array(forgedHistory, { maxLength: 3 }),
});

/**
 * How many stored entries are forged: a client result whose answers are not what its code says,
 * in a conversation whose code is not a code, or a history entry that does not fit its questionnaire.
 */
export function forgedStored(collections: readonly ClientCollection[], history: readonly SavedResult[]): number {
  let forged = 0;
  for (const c of collections) {
    for (const r of c.results) {
      const decoded = tryDecodeResultCode(r.fingerprint, { findInstrument, expectedWorkshop: c.code });
      const rebuilt = decoded.ok ? resultFromDecoded(asWorkshop(c), decoded.value) : null;
      if (!rebuilt || JSON.stringify(sorted(rebuilt.parts)) !== JSON.stringify(sorted(r.parts))) forged += 1;
    }
  }
  forged += history.filter((h) => !fitsQuestionnaire(h, findInstrument)).length;
  return forged;
}

const sorted = (parts: WorkshopResult['parts']) =>
  Object.keys(parts)
    .sort()
    .map((id) => [id, Object.entries(parts[id]?.answers ?? {}).sort(), [...(parts[id]?.marks ?? [])].sort()]);
