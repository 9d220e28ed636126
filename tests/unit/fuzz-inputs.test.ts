import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { findInstrument } from '../../src/model/instruments/registry';
import { CURRENT_SELF_CHECK } from '../../src/model/instruments/registry';
import { parseManyCodes } from '../../src/model/codec/many-codes';
import { toQrPayload, toTextCode, tryDecodeResultCode } from '../../src/model/codec/result-code';
import { toResultFile, tryParseResultFile } from '../../src/model/codec/result-file';
import { sortIntake } from '../../src/model/workshop/intake';
import { createJoinCode } from '../../src/model/workshop/join-code';
import { parseWorkshopFile, toWorkshopFile } from '../../src/model/workshop/workshop-file';
import { parseBackupFile, toBackupFile } from '../../src/model/results/backup-file';
import { realResult, selfCheckWorkshop } from '../../src/model/workshop/test-workshops';
import { useWorkshopStore } from '../../src/stores/workshop-store';
import { useHistoryStore } from '../../src/stores/history-store';
import { CLIENTS_KEY, useClientStore } from '../../src/stores/client-store';
import { asWorkshop, type ClientCollection } from '../../src/model/client/collection';
import type { SavedResult } from '../../src/model/results/saved-result';
import { clientCode, conversation, forgedBackup, forgedStored, realClients } from './forged-backups';

/**
 * Every way data comes in, fuzzed: random text and mutations of real codes, QR payloads, result
 * files, workshop files, backups and stored values. Whatever is refused must leave what was stored
 * before byte for byte unchanged. The counts are printed (docs/testing.md keeps the figures).
 */

const code = createJoinCode(() => 0.37, { hideOwnResult: false });
const workshop = selfCheckWorkshop(code, [1, 2, 3, 4, 5].map((v) => realResult(code, v as 1 | 2 | 3 | 4 | 5, 500 + v)));
const answers = Object.fromEntries(CURRENT_SELF_CHECK.items.map((item, i) => [item.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5]));
const goodCode = toTextCode({ workshopCode: code, nonce: 9, questionnaires: [{ instrument: CURRENT_SELF_CHECK, answers }] });
const goodQr = toQrPayload({ workshopCode: code, nonce: 9, questionnaires: [{ instrument: CURRENT_SELF_CHECK, answers }] });
const goodResultFile = toResultFile({ workshopCode: code, nonce: 9, questionnaires: [{ instrument: CURRENT_SELF_CHECK, answers }] });
const goodWorkshopFile = toWorkshopFile(workshop, new Date('2026-11-30T00:00:00Z'));
const goodBackup = toBackupFile(
  [{ id: 'r1', instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 4, s18: 'na' }, completedAt: '2026-11-30T09:00:00.000Z' }],
  new Date('2026-11-30T10:00:00Z'),
  // A conversation with a client's real result, so mutations reach client answers and codes too.
  [{ ...conversation, results: [...conversation.results, ...realClients.slice(0, 1)] }],
);

const counts: Record<string, { runs: number; refused: number }> = {};
const forgedTally = { backups: 0, entries: 0, stored: 0, byKind: {} as Record<string, number> };
const count = (channel: string, refused: boolean) => {
  const c = (counts[channel] ??= { runs: 0, refused: 0 });
  c.runs += 1;
  if (refused) c.refused += 1;
};

/** A valid input with a few random edits: characters replaced, inserted or removed. */
function mutated(valid: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(valid.length), fc.constantFrom('replace', 'insert', 'delete'), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }));
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((text, [at, kind, piece]) => {
      const i = Math.min(at, text.length);
      if (kind === 'insert') return text.slice(0, i) + piece + text.slice(i);
      if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
      return text.slice(0, i) + piece + text.slice(i + piece.length);
    }, valid),
  );
}
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
const snapshot = () => JSON.stringify(Object.entries(localStorage).sort());

beforeEach(async () => {
  useHistoryStore.setState({ results: [] });
  useWorkshopStore.setState({ workshops: [workshop] });
  // Make storage hold the workshop, as the facilitator's laptop would.
  await useWorkshopStore.getState().takeIn(workshop.id, []);
  useWorkshopStore.setState({ workshops: [workshop] });
});

afterAll(() => {
  console.info(`fuzzed inputs (runs / refused): ${Object.entries(counts).map(([k, c]) => `${k} ${c.runs}/${c.refused}`).join(', ')}`);
  if (forgedTally.backups > 0) {
    const kinds = Object.entries(forgedTally.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.info(`forged backups: ${forgedTally.backups} tried with ${forgedTally.entries} forged entries (${kinds}), ${forgedTally.stored} stored`);
  }
});

describe('fuzzing every input channel', () => {
  it('pasted text and scanned QR payloads: a refused input changes nothing stored', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, mutated(goodCode), mutated(goodQr)), async (text) => {
        const pasted = parseManyCodes(text.slice(0, 60_000), { findInstrument, expectedWorkshop: code }).map((p) => ({ source: p.text, outcome: p.outcome }));
        const scanned = { source: 'scan', outcome: tryDecodeResultCode(text.slice(0, 4000), { findInstrument, expectedWorkshop: code }) };
        const sorted = sortIntake(workshop, [...pasted, scanned]);
        count('codes', sorted.accepted.length === 0);
        if (sorted.accepted.length === 0) expect(snapshot()).toBe(before);
        else {
          // A mutation that still decodes is a real, different result: it may only be added.
          await useWorkshopStore.getState().takeIn(workshop.id, sorted.accepted);
          useWorkshopStore.setState({ workshops: [workshop] });
          await useWorkshopStore.getState().takeIn(workshop.id, []);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('result files: a refused file changes nothing stored', () => {
    const before = snapshot();
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(goodResultFile)), (text) => {
        const outcome = tryParseResultFile(text, { findInstrument, expectedWorkshop: code });
        const refused = !outcome.ok || sortIntake(workshop, [{ source: 'f', outcome }]).accepted.length === 0;
        count('result files', refused);
        if (refused) expect(snapshot()).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('workshop files: a refused file changes nothing stored; an accepted one keeps only consistent results', () => {
    const before = snapshot();
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(goodWorkshopFile)), (text) => {
        const parsed = parseWorkshopFile(text);
        count('workshop files', !parsed.ok);
        expect(snapshot()).toBe(before);
        if (parsed.ok) expect(parsed.workshop.results.length + parsed.dropped).toBeLessThanOrEqual(workshop.results.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('backups: a refused file changes nothing stored; what an accepted one would restore fits its questionnaire or its code', () => {
    const before = snapshot();
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(goodBackup)), (text) => {
        const parsed = parseBackupFile(text);
        count('backups', !parsed.ok);
        expect(snapshot()).toBe(before);
        if (parsed.ok) expect(forgedStored(parsed.clientCollections, parsed.results)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('stored values: an unreadable history never costs another key anything; what is kept aside is what was not read', async () => {
    const entry = { id: 'r1', instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 4 }, completedAt: '2026-11-30T09:00:00.000Z' };
    // Two results, so a mutation can damage one and leave the other readable (kept entry by entry).
    const stored = JSON.stringify({ state: { results: [entry, { ...entry, id: 'r2', answers: { s18: 'na' } }] }, version: 1 });
    const listOf = (text: string | null): unknown[] => {
      try {
        const list = (JSON.parse(text ?? '') as { state?: { results?: unknown } }).state?.results;
        return Array.isArray(list) ? list : [];
      } catch {
        return [];
      }
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, mutated(stored)), async (raw) => {
        localStorage.clear();
        localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [workshop] }, version: 2 }));
        localStorage.setItem('modusspiegel:history', raw);
        const workshopsBefore = localStorage.getItem('modusspiegel:workshops');
        await useHistoryStore.persist.rehydrate();
        const kept = Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:quarantine:modusspiegel:history:'));
        count('stored values', kept.length > 0);
        expect(localStorage.getItem('modusspiegel:workshops')).toBe(workshopsBefore);
        const aside = localStorage.getItem(kept[0] ?? '');
        const now = localStorage.getItem('modusspiegel:history');
        if (kept.length === 0) expect(now).toBe(raw);
        else if (now === null) expect(aside).toBe(raw);
        else {
          // Partly readable: the damaged results aside exactly as they were, the others still shown.
          const rawList = listOf(raw).map((r) => JSON.stringify(r));
          const asideList = listOf(aside).map((r) => JSON.stringify(r));
          expect(asideList.every((r) => rawList.includes(r))).toBe(true);
          expect(asideList.length + useHistoryStore.getState().results.length).toBe(rawList.length);
          count('stored values, partly readable', true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('backups with forged client results or history entries: nothing forged is stored, and the real code still counts', async () => {
    const history: SavedResult = { id: 'r1', instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 4 }, completedAt: '2026-11-30T09:00:00.000Z' };
    const stored = <T,>(key: string, field: string): T[] => (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: Record<string, T[]> }).state?.[field] ?? [];
    let ids = 0;
    await fc.assert(
      fc.asyncProperty(forgedBackup, async ({ forgeries, history: forgedHistory }) => {
        localStorage.clear();
        localStorage.setItem(CLIENTS_KEY, JSON.stringify({ state: { collections: [conversation] }, version: 1 }));
        localStorage.setItem('modusspiegel:history', JSON.stringify({ state: { results: [history] }, version: 2 }));
        const parsed = parseBackupFile(toBackupFile([history, ...forgedHistory], new Date(), forgeries.map((f) => f.collection)));
        if (!parsed.ok) throw new Error(`a forged backup is still a backup: ${parsed.error}`);
        await useHistoryStore.getState().importMany(parsed.results);
        await useClientStore.getState().importCollections(parsed.clientCollections, () => `kept-apart-${++ids}`);
        const collections = stored<ClientCollection>(CLIENTS_KEY, 'collections');
        const found = forgedStored(collections, stored<SavedResult>('modusspiegel:history', 'results'));
        forgedTally.backups += 1;
        forgedTally.entries += forgeries.length + forgedHistory.length;
        for (const kind of [...forgeries.map((f) => f.kind), ...forgedHistory.map(() => 'history entry')]) forgedTally.byKind[kind] = (forgedTally.byKind[kind] ?? 0) + 1;
        forgedTally.stored += found;
        expect(found).toBe(0);
        // The conversation is as it was, and each real client's code is taken in, not "already received".
        const here = collections.find((c) => c.id === conversation.id);
        expect(here).toEqual(conversation);
        for (const { real } of forgeries) {
          if (!real) continue;
          const outcome = tryDecodeResultCode(real.fingerprint, { findInstrument, expectedWorkshop: clientCode });
          if (!outcome.ok) continue;
          expect(sortIntake(asWorkshop(here as ClientCollection), [{ source: 'real', outcome }]).entries[0]?.status.kind).toBe('added');
        }
      }),
      { numRuns: 1500 },
    );
  });
});
