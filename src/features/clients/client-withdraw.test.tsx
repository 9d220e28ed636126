import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ClientPhonePage from './client-phone-page';
import { renderAt } from '../../testing/render';
import { CLIENT_PHONE_KEY, useClientPhoneStore } from '../../stores/client-phone-store';
import { CLIENT_CHECK } from '../../model/instruments/client-check';
import { decodeResultCode } from '../../model/codec/result-code';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { findInstrument } from '../../model/instruments/registry';
import { seeded } from '../../model/testing/seeded';

const code = generateWorkshopCode(seeded(13));
const answers = Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, 4 as const]));
const phone = () => renderAt(`/client/${code}/coach`, [{ path: '/client/:code/:word', element: <ClientPhonePage form="client" /> }]);

beforeEach(() => {
  useClientPhoneStore.setState({
    entries: [{ code, instrumentId: CLIENT_CHECK.id, instrumentVersion: CLIENT_CHECK.version, nonce: 900, answers }],
    withdrawals: [],
  });
});

describe('a client withdraws their answers on their own phone', () => {
  it('erases the answers, shows a withdrawal code for the professional, and leaves nothing once closed', async () => {
    const user = userEvent.setup();
    await phone();
    await user.click(screen.getByRole('button', { name: 'Trek mijn antwoorden in' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Je antwoorden intrekken?' })).getByRole('button', { name: 'Ja, trek in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Geef je intrekcode' })).toBeInTheDocument();
    const shown = screen.getByRole('status', { name: 'Jouw intrekcode' }).textContent ?? '';
    expect(decodeResultCode(shown, { findInstrument, expectedWorkshop: code }).withdraws).toEqual({ root: 900, seq: 1 });
    expect(useClientPhoneStore.getState().entries).toEqual([]);
    const stored = localStorage.getItem(CLIENT_PHONE_KEY) ?? '';
    expect(stored).toContain('"root":900');
    expect(stored).not.toContain('answers');
    // No way back to the answers: only closing.
    expect(screen.queryByRole('button', { name: 'Opnieuw invullen' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Klaar, sluit af' }));
    expect(useClientPhoneStore.getState().withdrawals).toEqual([]);
    expect(screen.getByRole('button', { name: 'Beginnen' })).toBeInTheDocument();
  });
});
