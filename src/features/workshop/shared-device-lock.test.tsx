import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import userEvent from '@testing-library/user-event';
import SharedDevicePage from './shared-device-page';
import { setTestLanguage } from '../../testing/render';
import { Layout } from '../../app/layout';
import { DroppedUnfinishedNotice } from '../../components/device-lock/dropped-unfinished-notice';
import { deviceLock, lockDevice, SHARED_LOCK_KEY, unlockDevice } from '../../stores/shared-device-lock';
import { hashPin } from '../../lib/pin-hash';
import { useWorkshopStore } from '../../stores/workshop-store';
import { useProgressStore } from '../../stores/progress-store';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../model/instruments/registry';
import { createJoinCode } from '../../model/workshop/join-code';
import type { Workshop } from '../../model/workshop/workshop';

const workshop: Workshop = {
  id: 'w1',
  code: createJoinCode(() => 0.2, { hideOwnResult: false, questionnaires: 'self-check' }),
  name: 'Team Noord',
  questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version }],
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: [],
};
const PIN = '2580';
const HANDOVER = 'Klaar voor de volgende deelnemer';

/** The app's layout around the shared screen and a stand-in for the workshop's admin page. */
async function inLayout(path: string) {
  await setTestLanguage('nl');
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="/workshops/:id/shared" element={<SharedDevicePage />} />
          <Route
            path="/workshops/:id"
            element={
              <>
                <p>Beheer van de workshop</p>
                <DroppedUnfinishedNotice />
              </>
            }
          />
          <Route index element={<p>Startscherm</p>} />
          <Route path="*" element={<p>elders</p>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

const pinField = (name: string | RegExp) => screen.getByLabelText(name);

/** The facilitator sets the PIN on the shared screen, twice. */
async function setPin(user: ReturnType<typeof userEvent.setup>, pin: string, again = pin) {
  await user.type(pinField('Pincode (4 tot 12 cijfers)'), pin);
  await user.type(pinField('Typ de pincode nog een keer'), again);
  await user.click(screen.getByRole('button', { name: 'Vergrendel en geef het apparaat door' }));
}

async function tryPin(user: ReturnType<typeof userEvent.setup>, pin: string) {
  const dialog = screen.getByRole('dialog', { name: 'Dit apparaat ontgrendelen?' });
  await user.type(within(dialog).getByLabelText('Pincode'), pin);
  await user.click(within(dialog).getByRole('button', { name: 'Ontgrendel' }));
}

beforeEach(() => {
  unlockDevice();
  localStorage.clear();
  useProgressStore.setState({ sessions: {} });
  useWorkshopStore.setState({ workshops: [workshop] });
});

describe('handing the shared device round', () => {
  it('asks for a PIN twice, warns what forgetting it costs, and keeps only a salted hash', async () => {
    const user = userEvent.setup();
    await inLayout('/workshops/w1/shared');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kies eerst een pincode' })).toBeInTheDocument();
    expect(screen.getByText(/Ben je hem vergeten\? Dan gaat het apparaat alleen open als de app alles wist/)).toBeInTheDocument();
    // Not locked yet: the facilitator can still go back.
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();

    await setPin(user, '123');
    expect(screen.getByRole('alert')).toHaveTextContent('Een pincode heeft 4 tot 12 cijfers');
    await user.clear(pinField('Pincode (4 tot 12 cijfers)'));
    await user.clear(pinField('Typ de pincode nog een keer'));
    await setPin(user, PIN, '2581');
    expect(screen.getByRole('alert')).toHaveTextContent('De twee pincodes zijn niet gelijk');
    expect(deviceLock()).toBeNull();

    await setPin(user, PIN);
    expect(await screen.findByRole('heading', { level: 1, name: HANDOVER })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
    const stored = localStorage.getItem(SHARED_LOCK_KEY) ?? '';
    expect(stored).toContain('"salt"');
    expect(stored).not.toContain(PIN);
    // Never shown again.
    expect(document.body.textContent).not.toContain(PIN);
  });
});

describe('the locked shared device', () => {
  beforeEach(async () => {
    lockDevice({ kind: 'workshop', id: 'w1' }, await hashPin(PIN, 1000));
  });

  it('always warns to stop mirroring, hides the menu and leads every other address back, also after a reload', async () => {
    const first = await inLayout('/workshops/w1/shared');
    expect(await screen.findByText(/Stop dan eerst met spiegelen/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#main']);
    first.unmount();
    await inLayout('/workshops/w1');
    expect(await screen.findByRole('heading', { level: 1, name: HANDOVER })).toBeInTheDocument();
    expect(screen.queryByText('Beheer van de workshop')).toBeNull();
  });

  it('refuses a wrong PIN and the old stop word, and opens with the PIN; the facilitator then hears of dropped answers', async () => {
    const user = userEvent.setup();
    // Someone stopped half-way and the page was reloaded.
    useProgressStore.getState().start(`shared:w1:${SELF_CHECK.id}`, SELF_CHECK.id, SELF_CHECK.version, new Date());
    useProgressStore.getState().answer(`shared:w1:${SELF_CHECK.id}`, SELF_CHECK.items[0]?.id ?? '', 3);
    await inLayout('/workshops/w1/shared');
    await user.click(await screen.findByRole('button', { name: 'Stop het gedeelde apparaat' }));
    await tryPin(user, 'stop');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze pincode klopt niet.');
    await tryPin(user, '0000');
    expect(await screen.findByRole('alert')).toHaveTextContent('Deze pincode klopt niet.');
    expect(screen.queryByText('Beheer van de workshop')).toBeNull();
    expect(screen.queryByText(/weggegooid/)).toBeNull();

    await tryPin(user, PIN);
    expect(await screen.findByText('Beheer van de workshop')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Eén half ingevuld resultaat is weggegooid.');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(localStorage.getItem(SHARED_LOCK_KEY)).toBeNull();
  });

  it('after three wrong PINs makes every further try wait, even the right one, and a reload does not reset it', async () => {
    const user = userEvent.setup();
    const first = await inLayout('/workshops/w1/shared');
    await user.click(await screen.findByRole('button', { name: 'Stop het gedeelde apparaat' }));
    for (const guess of ['1111', '2222', '3333']) {
      await tryPin(user, guess);
      expect(await screen.findByRole('alert')).toHaveTextContent('klopt niet');
    }
    await tryPin(user, '4444');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Probeer het over 30 seconden opnieuw/);
    first.unmount();

    await inLayout('/workshops/w1/shared');
    await user.click(await screen.findByRole('button', { name: 'Stop het gedeelde apparaat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Te vaak een verkeerde pincode/);
    await tryPin(user, PIN);
    expect(screen.queryByText('Beheer van de workshop')).toBeNull();
    expect(deviceLock()?.wrong).toBe(4);
  });

  it('without the PIN opens only by erasing everything, and shows nothing before', async () => {
    const user = userEvent.setup();
    await inLayout('/workshops/w1/shared');
    await user.click(await screen.findByRole('button', { name: 'Stop het gedeelde apparaat' }));
    await user.click(screen.getByRole('button', { name: 'Pincode vergeten?' }));
    const dialog = screen.getByRole('dialog', { name: 'Alles wissen om het apparaat te openen?' });
    expect(dialog).toHaveTextContent('alle workshops en hun resultaten');
    // Going back keeps everything and the lock.
    await user.click(within(dialog).getByRole('button', { name: 'Terug naar de pincode' }));
    expect(screen.getByRole('dialog', { name: 'Dit apparaat ontgrendelen?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pincode vergeten?' }));
    await user.click(screen.getByRole('button', { name: 'Wis alles en open het apparaat' }));
    expect(await screen.findByText('Startscherm')).toBeInTheDocument();
    expect(useWorkshopStore.getState().workshops).toEqual([]);
    expect(deviceLock()).toBeNull();
    expect(screen.queryByText('Team Noord')).toBeNull();
  });
});

describe('a lock made before PINs (version 1)', () => {
  it('stays locked and opens only with the word it was made with', async () => {
    const user = userEvent.setup();
    await inLayout('/workshops');
    // Written by the app before this version (read here as another tab's write).
    localStorage.setItem(SHARED_LOCK_KEY, JSON.stringify({ version: 1, workshopId: 'w1' }));
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key: SHARED_LOCK_KEY })));
    expect(await screen.findByRole('heading', { level: 1, name: HANDOVER })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop het gedeelde apparaat' }));
    const dialog = screen.getByRole('dialog', { name: 'Dit apparaat ontgrendelen?' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Typ STOP' }), 'stop');
    await user.click(within(dialog).getByRole('button', { name: 'Ontgrendel' }));
    expect(await screen.findByText('Beheer van de workshop')).toBeInTheDocument();
  });
});

describe('a lock on a workshop that is gone', () => {
  it('lifts the lock, so the device is not stuck on "not found"', async () => {
    lockDevice({ kind: 'workshop', id: 'gone' }, await hashPin(PIN, 1000));
    await inLayout('/workshops/gone/shared');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(localStorage.getItem(SHARED_LOCK_KEY)).toBeNull();
    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });
});
