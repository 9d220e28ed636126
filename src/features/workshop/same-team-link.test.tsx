import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import nl from '../../../locales/nl/workshop.json';
import { demoWorkshop } from '../../model/workshop/demo';
import { selfCheckWorkshop } from '../../model/workshop/test-workshops';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshop, useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import { SameTeamLink } from './same-team-link';

const real = (w: Workshop): Workshop => ({ ...w, demo: undefined });
const noord = real(demoWorkshop({ id: 'now', name: 'Team Noord', createdAt: '2026-12-03T09:00:00.000Z' }));
const noordBefore = real(demoWorkshop({ id: 'noord-1', name: 'Team Noord, vorig jaar', createdAt: '2025-12-03T09:00:00.000Z' }));
const oost = real(demoWorkshop({ id: 'oost', name: 'Team Oost', createdAt: '2026-11-20T09:00:00.000Z' }));
const otherSet = selfCheckWorkshop('ABCDEF', [], { id: 'self-only', name: 'Team Zuid', createdAt: '2026-01-01T09:00:00.000Z' });

function Page() {
  const workshop = useWorkshop('now');
  return workshop ? <SameTeamLink workshop={workshop} /> : null;
}
const page = () => renderAt('/workshops/now', [{ path: '/workshops/:id', element: <Page /> }]);
const stored = () => useWorkshopStore.getState().workshops.find((w) => w.id === 'now');

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [noord, noordBefore, oost, otherSet] });
});

describe('Zelfde team als…', () => {
  it('links nothing by default and offers only earlier workshops with the same questionnaires', async () => {
    await page();
    expect(screen.getByText(nl.sameTeam.none)).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: nl.sameTeam.label });
    expect(select).toHaveDisplayValue(nl.sameTeam.nothing);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([nl.sameTeam.nothing, 'Team Oost (20 november 2026)', 'Team Noord, vorig jaar (3 december 2025)']);
    expect(stored()).not.toHaveProperty('sameTeamAs');
  });

  it('keeps the facilitator\'s choice with the workshop, and removes it again', async () => {
    const user = userEvent.setup();
    await page();
    await user.selectOptions(screen.getByRole('combobox', { name: nl.sameTeam.label }), 'Team Noord, vorig jaar (3 december 2025)');
    expect(stored()).not.toHaveProperty('sameTeamAs');
    await user.click(screen.getByRole('button', { name: nl.sameTeam.link }));
    await waitFor(() => expect(stored()?.sameTeamAs).toBe('noord-1'));
    expect(screen.getByRole('status')).toHaveTextContent(nl.sameTeam.saved);
    expect(screen.getByText('Gekoppeld aan: Team Noord, vorig jaar (3 december 2025).')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: nl.sameTeam.unlink }));
    await waitFor(() => expect(stored()).not.toHaveProperty('sameTeamAs'));
    expect(screen.getByRole('status')).toHaveTextContent(nl.sameTeam.removed);
    expect(screen.getByText(nl.sameTeam.none)).toBeInTheDocument();
  });

  it('says plainly that a linked workshop is gone, and compares nothing', async () => {
    useWorkshopStore.setState({ workshops: [{ ...noord, sameTeamAs: 'deleted' }, oost] });
    await page();
    expect(screen.getByText(nl.sameTeam.missing)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: nl.sameTeam.label })).toHaveDisplayValue(nl.sameTeam.nothing);
  });

  it('says so when the linked time had too few results', async () => {
    useWorkshopStore.setState({ workshops: [{ ...noord, sameTeamAs: 'noord-1' }, { ...noordBefore, results: noordBefore.results.slice(0, 4) }] });
    await page();
    expect(screen.getByText(/Die keer had te weinig resultaten/)).toBeInTheDocument();
  });
});
