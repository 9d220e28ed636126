import nlHistory from '../../../locales/nl/history.json';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HistoryPage from './history-page';
import { renderAt } from '../../testing/render';
import { useHistoryStore } from '../../stores/history-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { toBackupFile } from '../../model/results/backup-file';
import type { SavedResult } from '../../model/results/saved-result';

const allFive = Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, 5 as const]));
const result = (id: string, completedAt: string): SavedResult => ({
  id,
  instrumentId: SELF_CHECK.id,
  instrumentVersion: SELF_CHECK.version,
  answers: allFive,
  completedAt,
});

const page = () => renderAt('/history', [{ path: '/history', element: <HistoryPage /> }]);
const file = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' });

beforeEach(() => {
  useHistoryStore.setState({ results: [result('b', '2026-09-01T10:00:00.000Z'), result('a', '2026-03-01T10:00:00.000Z')] });
});

describe('HistoryPage', () => {
  it('lists every kept result and deletes one only after confirmation', async () => {
    const user = userEvent.setup();
    await page();
    const list = screen.getByRole('list', { name: nlHistory.listTitle });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const deleteButtons = screen.getAllByRole('button', { name: /^Verwijder het resultaat van/ });
    await user.click(deleteButtons[0] as HTMLElement);
    const dialog = screen.getByRole('dialog', { name: 'Dit resultaat verwijderen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(useHistoryStore.getState().results).toHaveLength(2);
    await user.click(deleteButtons[0] as HTMLElement);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, verwijder' }));
    await waitFor(() => expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['a']));
    expect(screen.getByRole('status')).toHaveTextContent('Het resultaat is verwijderd.');
    // The confirmation is where focus is, not somewhere above the screen.
    expect(screen.getByRole('status')).toHaveFocus();
  });

  it('erases everything after confirmation', async () => {
    const user = userEvent.setup();
    localStorage.setItem('modusspiegel:quarantine:modusspiegel:history:2026', 'kept aside');
    localStorage.setItem('modusspiegel:language', 'nl');
    localStorage.setItem('someone-else', 'not ours');
    useWorkshopStore.setState({ workshops: [{ id: 'w', code: 'X', name: 'W', questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 1 }], minRespondents: 5, hideOwnResult: false, createdAt: '', results: [] }] });
    await page();
    await user.click(screen.getByRole('button', { name: 'Wis al mijn gegevens' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, wis alles' }));
    expect(useHistoryStore.getState().results).toEqual([]);
    expect(useWorkshopStore.getState().workshops).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('modusspiegel:')).sort()).toEqual(['modusspiegel:language']);
    expect(localStorage.getItem('modusspiegel:language')).toBe('nl');
    expect(localStorage.getItem('someone-else')).toBe('not ours');
    expect(screen.getByText('Je hebt nog geen zelfcheck afgerond.')).toBeInTheDocument();
  });

  it.each([
    ['an empty file', '', 'Dit bestand is leeg.'],
    ['a file that is not JSON', 'hello', 'Dit bestand kunnen we niet lezen.'],
    ['someone else’s JSON', '{"a":1}', 'Dit is geen kopie van Modusspiegel-resultaten.'],
    ['a newer format', '{"format":"modusspiegel-backup","version":99}', 'nieuwere versie'],
  ])('refuses %s with a clear message and loses nothing', async (_, text, message) => {
    const user = userEvent.setup();
    const { container } = await page();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    await user.upload(input as HTMLInputElement, file(text));
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    expect(useHistoryStore.getState().results).toHaveLength(2);
  });

  it('restores a saved copy and counts every result once', async () => {
    const user = userEvent.setup();
    const backup = toBackupFile([result('b', '2026-09-01T10:00:00.000Z'), result('c', '2026-11-01T10:00:00.000Z')], new Date());
    const { container } = await page();
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, file(backup));
    expect(await screen.findByRole('status')).toHaveTextContent('Teruggezet: 1. Stond er al: 1.');
    expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});
