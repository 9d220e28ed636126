import { afterEach, describe, expect, it, vi } from 'vitest';
import { installQuotaStorage, installWebLocks, openTab } from '../testing/fake-tabs';
import { createJoinCode } from '../model/workshop/join-code';
import { selfCheckWorkshop } from '../model/workshop/test-workshops';
import { toTextCode, tryDecodeResultCode } from '../model/codec/result-code';
import { findInstrument } from '../model/instruments/registry';
import { SELF_CHECK } from '../model/instruments/self-check';
import type { AnswerValue } from '../model/instruments/types';
import type { Workshop } from '../model/workshop/workshop';

/**
 * Issue 18: two tabs pressing "add these codes" with the same 10 codes in the same millisecond
 * each said "10 added" (150 claimed, 80 stored in the break test). The lines must come from each
 * tab's own locked write, so that together they never claim more than was stored.
 */

const KEY = 'modusspiegel:workshops';
const code = createJoinCode(() => 0.15, { hideOwnResult: false });
const ten = Array.from({ length: 10 }, (_, i) => {
  const answers = Object.fromEntries(SELF_CHECK.items.map((item, j) => [item.id, (((i + j) % 5) + 1) as AnswerValue]));
  const text = toTextCode({ workshopCode: code, nonce: 100 + i, questionnaires: [{ instrument: SELF_CHECK, answers }] });
  return { source: text, outcome: tryDecodeResultCode(text, { findInstrument, expectedWorkshop: code }) };
});
const tab = () => openTab(() => import('./workshop-store')).then((m) => m.useWorkshopStore);

afterEach(() => vi.unstubAllGlobals());

describe('two tabs taking the same codes in at once', () => {
  it('each reports what its own write added: 10 in all, as stored', async () => {
    installWebLocks();
    const storage = installQuotaStorage();
    storage.setItem(KEY, JSON.stringify({ state: { workshops: [selfCheckWorkshop(code)] }, version: 2 }));
    const a = await tab();
    const b = await tab();
    const [fromA, fromB] = await Promise.all([a.getState().intake('w1', ten), b.getState().intake('w1', ten)]);
    const added = (entries: readonly { status: { kind: string } }[]) => entries.filter((e) => e.status.kind === 'added').length;
    const stored = (JSON.parse(storage.getItem(KEY) ?? '') as { state: { workshops: Workshop[] } }).state.workshops[0]?.results ?? [];
    expect(stored).toHaveLength(10);
    expect(added(fromA.value.entries) + added(fromB.value.entries)).toBe(10);
    expect([fromA.value.entries, fromB.value.entries].flat().filter((e) => e.status.kind === 'duplicate')).toHaveLength(10);
  });
});
