import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import { formatFigure } from '../../lib/format';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { buildTeamReport } from '../../model/team-report/build';
import { demoWorkshop } from '../../model/workshop/demo';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

// Rendering the whole presenter is slow on a loaded machine; the tests assert behaviour, never time.
vi.setConfig({ testTimeout: 30_000 });

/** Team Noord now and a year ago, and Team Oost (another team, the same questionnaires) in between. */
const real = (w: Workshop): Workshop => ({ ...w, demo: undefined });
const noord = real(demoWorkshop({ id: 'now', name: 'Team Noord', createdAt: '2026-12-03T09:00:00.000Z' }));
const noordBefore = { ...real(demoWorkshop({ id: 'noord-1', name: 'Team Noord, vorig jaar', createdAt: '2025-12-03T09:00:00.000Z' })), results: noord.results.slice(2) };
const oost = real(demoWorkshop({ id: 'oost', name: 'Team Oost', createdAt: '2026-11-20T09:00:00.000Z' }));

const present = () => renderAt('/workshops/now/present', [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
const stepButton = () => within(screen.getByRole('navigation', { name: nl.steps.label })).queryByRole('button', { name: new RegExp(nl.steps.thenNow) });

describe('then and now on the wall', () => {
  it('is left out while the workshop is not linked, though another team has a newer workshop of the same questionnaires', async () => {
    useWorkshopStore.setState({ workshops: [noord, noordBefore, oost] });
    await present();
    expect(stepButton()).toBeNull();
    expect(document.body.textContent).not.toMatch(/Team Oost|vorig jaar/);
  });

  it('compares with the linked workshop, names it by its date only, and shows the report\'s figures', async () => {
    useWorkshopStore.setState({ workshops: [{ ...noord, sameTeamAs: 'noord-1' }, noordBefore, oost] });
    await present();
    const button = stepButton();
    if (!button) throw new Error('no then-and-now step');
    await userEvent.setup().click(button);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.steps.thenNow);
    expect(screen.getByText('Vergeleken met de vorige keer van dit team: 3 december 2025.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Team Oost|vorig jaar/);
    expect(screen.queryByRole('combobox')).toBeNull();

    // "Then" is the earlier team report's own number, as its report page shows it (decision 68).
    const then = buildTeamReport(noordBefore, findInstrument, TEAM_CLIMATE.id);
    const now = buildTeamReport(noord, findInstrument, TEAM_CLIMATE.id);
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    const support = lines.find((l) => l.startsWith('Steun:'));
    expect(support).toMatch(new RegExp(`^Steun: ${formatFigure(then?.selfCheck?.window?.centre.support, 'nl')} toen, ${formatFigure(now?.selfCheck?.window?.centre.support, 'nl')} nu\\.`));
    const temperature = lines.find((l) => l.startsWith('Temperatuur:'));
    expect(temperature).toMatch(new RegExp(`^Temperatuur: ${then?.climate?.temperature} toen, ${now?.climate?.temperature} nu\\.`));
  });

  it('is left out when the linked workshop was deleted', async () => {
    useWorkshopStore.setState({ workshops: [{ ...noord, sameTeamAs: 'noord-1' }, oost] });
    await present();
    expect(stepButton()).toBeNull();
  });
});
