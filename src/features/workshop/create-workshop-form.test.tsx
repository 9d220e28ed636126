import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateWorkshopForm } from './create-workshop-form';
import { JoinPanel } from './join-panel';
import { renderAt } from '../../testing/render';
import { useWorkshopStore } from '../../stores/workshop-store';
import { CURRENT_SELF_CHECK } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { joinCodeOptions } from '../../model/workshop/join-code';

const page = (lng: 'nl' | 'en' = 'nl') =>
  renderAt('/workshops', [
    { path: '/workshops', element: <CreateWorkshopForm /> },
    { path: '/workshops/:id', element: <p>workshop shown</p> },
  ], lng);

const created = async () => {
  await waitFor(() => expect(useWorkshopStore.getState().workshops).toHaveLength(1));
  const [workshop] = useWorkshopStore.getState().workshops;
  if (!workshop) throw new Error('no workshop');
  return workshop;
};

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [] });
});

describe('CreateWorkshopForm: which questionnaire', () => {
  it('offers the self-check, the team climate or both as a radio group with a legend, the self-check chosen', async () => {
    await page();
    const group = screen.getByRole('group', { name: 'Welke vragenlijst?' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('div')?.textContent)).toEqual(['Zelfcheck', 'Teamklimaat', 'Beide']);
    expect(within(group).getByRole('radio', { name: 'Zelfcheck' })).toBeChecked();
    expect(group).toHaveAccessibleDescription(/eerst de zelfcheck/);
  });

  it('makes a self-check workshop by default, and its code says so', async () => {
    const user = userEvent.setup();
    await page();
    await user.type(screen.getByRole('textbox', { name: 'Naam van de workshop' }), 'Team Noord');
    await user.click(screen.getByRole('button', { name: 'Maak de workshop' }));
    expect(await screen.findByText('workshop shown')).toBeInTheDocument();
    const workshop = await created();
    expect(workshop.questionnaires).toEqual([{ instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version }]);
    expect(joinCodeOptions(workshop.code)).toEqual({ hideOwnResult: false, questionnaires: 'self-check' });
  });

  it.each([
    ['Teamklimaat', 'team-climate', [TEAM_CLIMATE]],
    ['Beide', 'both', [CURRENT_SELF_CHECK, TEAM_CLIMATE]],
  ] as const)('makes a workshop for %s, with the newest versions, and the code carries the choice', async (label, set, instruments) => {
    const user = userEvent.setup();
    await page();
    await user.type(screen.getByRole('textbox', { name: 'Naam van de workshop' }), 'Team Zuid');
    await user.click(screen.getByRole('radio', { name: label }));
    await user.click(screen.getByRole('checkbox', { name: /alleen samen/ }));
    await user.click(screen.getByRole('button', { name: 'Maak de workshop' }));
    const workshop = await created();
    expect(workshop.questionnaires).toEqual(instruments.map((i) => ({ instrumentId: i.id, instrumentVersion: i.version })));
    expect(workshop.hideOwnResult).toBe(true);
    expect(joinCodeOptions(workshop.code)).toEqual({ hideOwnResult: true, questionnaires: set });
  });

  it('speaks English when asked', async () => {
    await page('en');
    const group = screen.getByRole('group', { name: 'Which questionnaire?' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('div')?.textContent)).toEqual(['Self-check', 'Team climate', 'Both']);
  });
});

describe('CreateWorkshopForm: one submit, one workshop (issue 18)', () => {
  it('makes one workshop however fast the submits come', async () => {
    await page();
    fireEvent.change(screen.getByRole('textbox', { name: 'Naam van de workshop' }), { target: { value: 'Team Oost' } });
    const form = screen.getByRole('form', { name: 'Nieuwe workshop' });
    // Four submits before React renders again: a double click, Enter held down, an impatient facilitator.
    act(() => {
      for (let i = 0; i < 4; i++) fireEvent.submit(form);
    });
    expect(await screen.findByText('workshop shown')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useWorkshopStore.getState().workshops.map((w) => w.name)).toEqual(['Team Oost']);
  });
});

describe('JoinPanel', () => {
  it('names the questionnaires a participant answers, in the order asked', async () => {
    const workshop = {
      id: 'w1',
      code: 'K7MQ45',
      name: 'Team Noord',
      questionnaires: [
        { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
        { instrumentId: CURRENT_SELF_CHECK.id, instrumentVersion: CURRENT_SELF_CHECK.version },
      ],
      minRespondents: 5,
      hideOwnResult: false,
      createdAt: '2026-12-03T09:00:00.000Z',
      results: [],
    };
    await renderAt('/', [{ path: '/', element: <JoinPanel workshop={workshop} /> }]);
    const total = CURRENT_SELF_CHECK.items.length + TEAM_CLIMATE.items.length;
    expect(screen.getByText(`Deelnemers vullen de zelfcheck en daarna het teamklimaat in: samen ${total} stellingen. Ze geven één code door.`)).toBeInTheDocument();
  });
});
