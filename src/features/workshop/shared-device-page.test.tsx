import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import userEvent from '@testing-library/user-event';
import SharedDevicePage from './shared-device-page';
import { renderAt, setTestLanguage } from '../../testing/render';
import { Layout } from '../../app/layout';
import { lockSharedDevice, SHARED_LOCK_KEY, unlockSharedDevice } from '../../stores/shared-device-lock';
import { useWorkshopStore } from '../../stores/workshop-store';
import { useProgressStore } from '../../stores/progress-store';
import { CURRENT_SELF_CHECK as SELF_CHECK, findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import type { Instrument } from '../../model/instruments/types';
import { createJoinCode } from '../../model/workshop/join-code';
import { decodeResultCode } from '../../model/codec/result-code';
import type { Workshop } from '../../model/workshop/workshop';

const code = createJoinCode(() => 0.2, { hideOwnResult: false, questionnaires: 'both' });
const workshop: Workshop = {
  id: 'w1',
  code,
  name: 'Team Noord',
  // Stored in any order; the self-check is still asked first.
  questionnaires: [
    { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
    { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version },
  ],
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: [],
};
const all = (instrument: Instrument, value: 1 | 2 | 3 | 4 | 5) => Object.fromEntries(instrument.items.map((item) => [item.id, value]));
const seedLast = (instrument: Instrument, value: 1 | 2 | 3 | 4 | 5) =>
  act(() =>
    useProgressStore.setState({
      sessions: {
        ...useProgressStore.getState().sessions,
        [`shared:w1:${instrument.id}`]: {
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          answers: all(instrument, value),
          index: instrument.items.length - 1,
          startedAt: new Date().toISOString(),
        },
      },
    }),
  );

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  useWorkshopStore.setState({ workshops: [workshop] });
});

describe('SharedDevicePage with two questionnaires', () => {
  it('asks both, one after the other, and takes them in as one result', async () => {
    const user = userEvent.setup();
    await renderAt('/workshops/w1/shared', [{ path: '/workshops/:id/shared', element: <SharedDevicePage /> }]);
    await user.click(screen.getByRole('button', { name: 'Ik ben de volgende: start' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 1 van 2 · Zelfcheck/);
    seedLast(SELF_CHECK, 5);
    await user.click(await screen.findByRole('button', { name: 'Naar deel 2' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Deel 2 van 2: het teamklimaat' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin aan deel 2' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 2 van 2 · Teamklimaat/);
    seedLast(TEAM_CLIMATE, 1);
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Je antwoorden staan nu in de workshop.');
    const [result, ...more] = useWorkshopStore.getState().workshops[0]?.results ?? [];
    expect(more).toHaveLength(0);
    expect(result?.parts).toEqual({
      [SELF_CHECK.id]: { answers: all(SELF_CHECK, 5), marks: [] },
      [TEAM_CLIMATE.id]: { answers: all(TEAM_CLIMATE, 1), marks: [] },
    });
    const decoded = decodeResultCode(result?.fingerprint ?? '', { findInstrument, expectedWorkshop: code });
    expect(decoded.questionnaires).toHaveLength(2);
    expect(Object.keys(useProgressStore.getState().sessions)).toEqual([]);
    // The next person starts at part 1 again.
    await user.click(screen.getByRole('button', { name: 'Ik ben de volgende: start' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 1 van 2/);
  });

  it('offers to go on for a person who stopped between the two parts, and forgets it for a new person', async () => {
    const user = userEvent.setup();
    useProgressStore.setState({
      sessions: { 'shared:w1:self-check:done': { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers: all(SELF_CHECK, 3), index: 0, startedAt: new Date().toISOString() } },
    });
    await renderAt('/workshops/w1/shared', [{ path: '/workshops/:id/shared', element: <SharedDevicePage /> }]);
    await user.click(screen.getByRole('button', { name: 'Ik ga verder waar ik was' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Deel 2 van 2: het teamklimaat' })).toBeInTheDocument();
  });

  it('starts a new person at part 1, with nothing of the one before', async () => {
    const user = userEvent.setup();
    useProgressStore.setState({
      sessions: { 'shared:w1:self-check:done': { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers: all(SELF_CHECK, 3), index: 0, startedAt: new Date().toISOString() } },
    });
    await renderAt('/workshops/w1/shared', [{ path: '/workshops/:id/shared', element: <SharedDevicePage /> }]);
    await user.click(screen.getByRole('button', { name: 'Ik ben de volgende: start' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 1 van 2/);
    expect(screen.getByText(`1 van ${SELF_CHECK.items.length}`)).toBeInTheDocument();
    expect(useProgressStore.getState().sessions['shared:w1:self-check:done']).toBeUndefined();
  });
});

/** The app's layout around the shared screen and a stand-in for the workshop's admin page. */
async function inLayout(path: string) {
  await setTestLanguage('nl');
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path="/workshops/:id/shared" element={<SharedDevicePage />} />
          <Route path="/workshops/:id" element={<p>Beheer van de workshop</p>} />
          <Route path="*" element={<p>elders</p>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('SharedDevicePage: the lock', () => {
  beforeEach(() => {
    unlockSharedDevice();
  });

  it('always warns to stop mirroring to the projector, and hides the app menu while people answer', async () => {
    await inLayout('/workshops/w1/shared');
    expect(await screen.findByText(/Stop dan eerst met spiegelen/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).not.toBeInTheDocument();
    // Only the skip link to the page's own content: no link leads out.
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#main']);
  });

  it('leads every other address back to the shared screen, also after a reload', async () => {
    const first = await inLayout('/workshops/w1/shared');
    await screen.findByRole('heading', { level: 1, name: 'Klaar voor de volgende deelnemer' });
    first.unmount();
    // A reload elsewhere (the admin page, the Back button, a typed address): still locked.
    expect(localStorage.getItem(SHARED_LOCK_KEY)).toContain('w1');
    await inLayout('/workshops/w1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Klaar voor de volgende deelnemer' })).toBeInTheDocument();
    expect(screen.queryByText('Beheer van de workshop')).not.toBeInTheDocument();
  });

  it('opens only when the facilitator types the stop word, then goes to the workshop with the menu back', async () => {
    const user = userEvent.setup();
    await inLayout('/workshops/w1/shared');
    await user.click(await screen.findByRole('button', { name: 'Stop het gedeelde apparaat' }));
    const dialog = screen.getByRole('dialog', { name: 'Het gedeelde apparaat stoppen?' });
    // Cancel keeps the lock.
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop het gedeelde apparaat' }));
    // A wrong word keeps the lock and says why.
    await user.type(screen.getByRole('textbox', { name: 'Typ STOP' }), 'stap');
    await user.click(screen.getByRole('button', { name: 'Stop en ga naar de workshop' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Dat is niet STOP.');
    expect(screen.queryByText('Beheer van de workshop')).not.toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'Typ STOP' }));
    await user.type(screen.getByRole('textbox', { name: 'Typ STOP' }), 'stop');
    await user.click(screen.getByRole('button', { name: 'Stop en ga naar de workshop' }));
    expect(await screen.findByText('Beheer van de workshop')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(localStorage.getItem(SHARED_LOCK_KEY)).toBeNull();
  });

  it('takes the marks of a person on the shared device into the workshop', async () => {
    const user = userEvent.setup();
    await renderAt('/workshops/w1/shared', [{ path: '/workshops/:id/shared', element: <SharedDevicePage /> }]);
    await user.click(screen.getByRole('button', { name: 'Ik ben de volgende: start' }));
    seedLast(SELF_CHECK, 4);
    await user.click(await screen.findByRole('button', { name: 'Ik wil hierover praten' }));
    expect(screen.getByRole('button', { name: 'Ik wil hierover praten' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Naar deel 2' }));
    await user.click(screen.getByRole('button', { name: 'Begin aan deel 2' }));
    seedLast(TEAM_CLIMATE, 2);
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));
    await screen.findByRole('status');
    const [result] = useWorkshopStore.getState().workshops[0]?.results ?? [];
    expect(result?.parts[SELF_CHECK.id]?.marks).toEqual([SELF_CHECK.items.at(-1)?.id]);
    expect(result?.parts[TEAM_CLIMATE.id]?.marks).toEqual([]);
    // The fingerprint is the code with the marks in it.
    const decoded = decodeResultCode(result?.fingerprint ?? '', { findInstrument, expectedWorkshop: code });
    expect(decoded.questionnaires.find((q) => q.instrumentId === SELF_CHECK.id)?.marks).toEqual([SELF_CHECK.items.at(-1)?.id]);
  });
});

describe('SharedDevicePage: a lock on a workshop that is gone', () => {
  it('lifts the lock, so the device is not stuck on "not found"', async () => {
    lockSharedDevice('gone');
    await inLayout('/workshops/gone/shared');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(localStorage.getItem(SHARED_LOCK_KEY)).toBeNull();
    expect(await screen.findByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
  });
});
