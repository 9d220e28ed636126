import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import HandoverPage from './handover-page';
import { renderAt } from '../../testing/render';
import { PARTICIPATIONS_KEY, useParticipationStore, type Participation } from '../../stores/participation-store';
import { useHistoryStore } from '../../stores/history-store';
import { decodeResultCode } from '../../model/codec/result-code';
import { findInstrument } from '../../model/instruments/registry';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { seeded } from '../../model/testing/seeded';

const code = generateWorkshopCode(seeded(11));
const answers = Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, 2 as const]));
const part = { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers, marks: [] };
/** A phone that answered the workshop twice: the first result, and a re-answer chained to it. */
const first: Participation = { id: 'p1', workshopCode: code, parts: [part], nonce: 700, resultIds: ['h1'], completedAt: '2026-12-03T10:00:00.000Z' };
const again: Participation = { ...first, id: 'p2', nonce: 701, chain: { root: 700, seq: 1 }, resultIds: ['h2'], completedAt: '2026-12-03T10:20:00.000Z' };
const history = (id: string) => ({ id, instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers, completedAt: '2026-12-03T10:00:00.000Z' });

const page = (id: string) => renderAt(`/handover/${id}`, [{ path: '/handover/:id', element: <HandoverPage /> }]);

beforeEach(() => {
  useParticipationStore.setState({ participations: [again, first], withdrawals: [] });
  useHistoryStore.setState({ results: [history('h1'), history('h2'), history('own')] });
});

describe('withdrawing a result on the participant’s phone', () => {
  it('after a confirmation, forgets every answer for the workshop and shows a withdrawal code of the same chain', async () => {
    const user = userEvent.setup();
    await page('p1');
    await user.click(screen.getByRole('button', { name: 'Trek mijn resultaat in' }));
    const dialog = screen.getByRole('dialog', { name: 'Je resultaat intrekken?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(useParticipationStore.getState().participations).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Trek mijn resultaat in' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, trek in en wis mijn antwoorden' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Geef je intrekcode door' })).toBeInTheDocument();
    const shown = screen.getByRole('status', { name: 'Je intrekcode' }).textContent ?? '';
    // The place after the newest result of the chain, whichever page it was withdrawn from.
    expect(decodeResultCode(shown, { findInstrument, expectedWorkshop: code }).withdraws).toEqual({ root: 700, seq: 2 });
    expect(await screen.findByRole('img', { name: /QR-code die je resultaat voor workshop .* intrekt/ })).toBeInTheDocument();

    // Nothing of the answers is left: not the hand-over codes, not the own results opened from them.
    expect(useParticipationStore.getState().participations).toEqual([]);
    expect(useHistoryStore.getState().results.map((r) => r.id)).toEqual(['own']);
    const stored = localStorage.getItem(PARTICIPATIONS_KEY) ?? '';
    expect(stored).toContain('"root":700');
    expect(stored).not.toContain('answers');
    expect(stored).not.toContain('"nonce"');
  });

  it('shows the withdrawal code again until the participant closes it, then nothing is left', async () => {
    const user = userEvent.setup();
    useParticipationStore.setState({ participations: [], withdrawals: [{ id: 'p2', workshopCode: code, chain: { root: 700, seq: 2 }, withdrawnAt: '2026-12-03T11:00:00.000Z' }] });
    await page('p2');
    expect(screen.getByRole('heading', { level: 1, name: 'Geef je intrekcode door' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trek mijn resultaat in' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'De code is doorgegeven, sluit af' }));
    expect(useParticipationStore.getState().withdrawals).toEqual([]);
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });
});
