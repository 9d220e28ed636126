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
);

const counts: Record<string, { runs: number; refused: number }> = {};
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

  it('backups: a refused file changes nothing stored', () => {
    const before = snapshot();
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(goodBackup)), (text) => {
        const parsed = parseBackupFile(text);
        count('backups', !parsed.ok);
        expect(snapshot()).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('stored values: an unreadable history never costs another key anything, and is kept aside byte for byte', async () => {
    const stored = JSON.stringify({ state: { results: [{ id: 'r1', instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 4 }, completedAt: '2026-11-30T09:00:00.000Z' }] }, version: 1 });
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
        if (kept.length > 0) expect(localStorage.getItem(kept[0] ?? '')).toBe(raw);
        else expect(localStorage.getItem('modusspiegel:history')).toBe(raw);
      }),
      { numRuns: 1000 },
    );
  });
});
