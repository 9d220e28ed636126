import nlHistory from '../../../locales/nl/history.json';
import enHistory from '../../../locales/en/history.json';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HistoryPage from './history-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { useClientStore } from '../../stores/client-store';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../../model/instruments/client-check';
import type { AnswerValue, Answers } from '../../model/instruments/types';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { toTextCode, tryDecodeResultCode } from '../../model/codec/result-code';
import { findInstrument } from '../../model/instruments/registry';
import { seeded } from '../../model/testing/seeded';
import { sortIntake } from '../../model/workshop/intake';
import { toBackupFile } from '../../model/results/backup-file';
import type { SavedResult } from '../../model/results/saved-result';
import { asWorkshop, resultOfForm, shownClientAnswers, type ClientCollection } from '../../model/client/collection';

const code = generateWorkshopCode(seeded(21));
const same = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));
const conversation: ClientCollection = {
  id: 't1',
  code,
  setting: 'table',
  scope: 'own',
  word: 'coach',
  minClients: 5,
  createdAt: '2026-11-30T10:00:00.000Z',
  results: [resultOfForm(code, CLIENT_MIRROR, same(4), 900)],
  shown: [],
};
// A real client's code, handed over elsewhere: "altijd" everywhere.
const realCode = toTextCode({ workshopCode: code, nonce: 77, questionnaires: [{ instrument: CLIENT_CHECK, answers: same(5) }] });
const real = resultOfForm(code, CLIENT_CHECK, same(5), 77);
// The same fingerprint in a backup, beside answers the client never gave.
const forgedBackup = toBackupFile([], new Date(), [{ ...conversation, results: [...conversation.results, { ...real, parts: { [CLIENT_CHECK.id]: { answers: same(1), marks: [] } } }] }]);

const fileOf = (text: string) => new File([text], 'modusspiegel.json', { type: 'application/json' });
const fill = (template: string, values: Record<string, number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

async function openBackup(text: string, lng: 'nl' | 'en' = 'nl') {
  const user = userEvent.setup();
  const { container } = await renderAt('/history', [{ path: '/history', element: <HistoryPage /> }], lng);
  await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, fileOf(text));
  return screen.findByRole('status', {}, { timeout: 5000 });
}

beforeEach(async () => {
  useHistoryStore.setState({ results: [] });
  useClientStore.setState({ collections: [] });
  await useClientStore.getState().create(conversation);
});

describe.each([
  ['nl', nlHistory],
  ['en', enHistory],
] as const)('a backup with a forged client answer (%s)', (lng, texts) => {
  it('is refused with a count, and the real code then counts with its real answers', async () => {
    const status = await openBackup(forgedBackup, lng);
    await waitFor(() => expect(status).toHaveTextContent(fill(texts.importedClients, { added: 0, duplicates: 1, refused: 1 })));
    expect(status).toHaveTextContent(texts.importClientsRefused);
    expect(status).toHaveTextContent(fill(texts.imported, { added: 0, duplicates: 0, refused: 0 }));

    const stored = useClientStore.getState().collections.find((c) => c.id === 't1');
    expect(stored?.results.map((r) => r.fingerprint)).not.toContain(real.fingerprint);
    // The real code is not "already received": it is taken in, and the comparison uses its answers.
    const outcome = tryDecodeResultCode(realCode, { findInstrument, expectedWorkshop: code });
    const sorted = sortIntake(asWorkshop(stored as ClientCollection), [{ source: realCode, outcome }]);
    expect(sorted.entries.map((e) => e.status.kind)).toEqual(['added']);
    await useClientStore.getState().takeIn('t1', sorted.accepted);
    expect(shownClientAnswers(useClientStore.getState().collections.find((c) => c.id === 't1') as ClientCollection)).toEqual([same(5)]);
  });
});

describe('what a backup import says', () => {
  it('counts forged own results as refused, and says why', async () => {
    const good: SavedResult = { id: 'r1', instrumentId: 'self-check', instrumentVersion: 2, answers: { s17: 4 }, completedAt: '2026-11-30T09:00:00.000Z' };
    const forged: SavedResult = { ...good, id: 'r2', answers: { s17: 4, s99: 1 } };
    const status = await openBackup(toBackupFile([good, forged], new Date()));
    await waitFor(() => expect(status).toHaveTextContent(fill(nlHistory.imported, { added: 1, duplicates: 0, refused: 1 })));
    expect(status).toHaveTextContent(nlHistory.importRefused);
    expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['r1']);
  });

  it('keeps a conversation whose id belongs to another conversation apart, and says so', async () => {
    const otherCode = generateWorkshopCode(seeded(22));
    const clash = { ...conversation, code: otherCode, results: [resultOfForm(otherCode, CLIENT_CHECK, same(3), 5)] };
    const status = await openBackup(toBackupFile([], new Date(), [clash]));
    await waitFor(() => expect(status).toHaveTextContent(nlHistory.importKeptApart_one));
    expect(status).toHaveTextContent(fill(nlHistory.importedClients, { added: 1, duplicates: 0, refused: 0 }));
    expect(useClientStore.getState().collections.map((c) => c.code).sort()).toEqual([code, otherCode].sort());
  });

  it('counts a conversation whose code is not a code, and stores nothing of it', async () => {
    const status = await openBackup(toBackupFile([], new Date(), [{ ...conversation, id: 'x', code: '<img>' }]));
    await waitFor(() => expect(status).toHaveTextContent(fill(nlHistory.importConversationsRefused_one, {})));
    expect(useClientStore.getState().collections.map((c) => c.id)).toEqual(['t1']);
  });
});
