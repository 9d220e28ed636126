import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SharedDevicePage from './shared-device-page';
import { renderAt } from '../../testing/render';
import { deviceLock, lockDevice, unlockDevice } from '../../stores/shared-device-lock';
import { hashPin } from '../../lib/pin-hash';
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

const PIN = '2580';
/** The facilitator has locked the device with a PIN (fewer hash rounds than the app's, for speed). */
const lockWithPin = async (id = 'w1') => lockDevice({ kind: 'workshop', id }, await hashPin(PIN, 1000));

beforeEach(async () => {
  unlockDevice();
  useProgressStore.setState({ sessions: {} });
  useWorkshopStore.setState({ workshops: [workshop] });
  await lockWithPin();
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

  it('after a reload mid-way, shows the next person an empty form and nothing to go on with', async () => {
    const user = userEvent.setup();
    // Someone finished part 1 and stopped; the page is opened again.
    useProgressStore.setState({
      sessions: { 'shared:w1:self-check:done': { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers: all(SELF_CHECK, 3), index: 0, startedAt: new Date().toISOString() } },
    });
    await renderAt('/workshops/w1/shared', [{ path: '/workshops/:id/shared', element: <SharedDevicePage /> }]);
    expect(screen.queryByRole('button', { name: /verder/i })).toBeNull();
    // The hand-over screen, which the next person reads, says nothing of it.
    expect(screen.queryByText(/weggegooid|gestopt/)).toBeNull();
    expect(useProgressStore.getState().sessions).toEqual({});
    await user.click(screen.getByRole('button', { name: 'Ik ben de volgende: start' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 1 van 2/);
    expect(screen.getByText(`1 van ${SELF_CHECK.items.length}`)).toBeInTheDocument();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    // Kept in the lock for the facilitator.
    expect(deviceLock()?.dropped).toBe(1);
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
