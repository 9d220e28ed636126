import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import { findInstrument } from '../../model/instruments/registry';
import { demoWorkshop } from '../../model/workshop/demo';
import { thenAndNow } from '../../model/workshop/then-and-now';
import { shownClimate, shownProfile, wallFigures } from '../../model/workshop/wall';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

// Rendering the whole presenter is slow on a loaded machine; the tests assert behaviour, never time.
vi.setConfig({ testTimeout: 30_000 });

describe('then and now on the wall', () => {
  it('appears only with an earlier workshop of the same questionnaires, and names a change only beyond the margin', async () => {
    const now = demoWorkshop({ id: 'now', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' });
    const then = { ...now, id: 'then', name: 'Voorbeeldteam, vorig jaar', createdAt: '2025-12-03T09:00:00.000Z', results: now.results.slice(0, 5) };
    useWorkshopStore.setState({ workshops: [now, then] });
    await renderAt('/workshops/now/present', [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
    await userEvent.setup().click(within(screen.getByRole('navigation', { name: nl.steps.label })).getByRole('button', { name: new RegExp(nl.steps.thenNow) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.steps.thenNow);
    expect(screen.getByRole('combobox', { name: nl.thenNow.choose })).toHaveDisplayValue(/Voorbeeldteam, vorig jaar/);

    const f = (w: typeof now) => wallFigures(w, w.results, findInstrument);
    const expected = thenAndNow(
      { profile: shownProfile(f(then)), climate: shownClimate(f(then)) },
      { profile: shownProfile(f(now)), climate: shownClimate(f(now)) },
    );
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    const temperature = lines.find((l) => l.startsWith('Temperatuur:'));
    const t = expected.temperature;
    expect(t).not.toBeNull();
    const verdict = !t?.changed ? nl.thenNow.same : t.difference > 0 ? nl.thenNow.changedUp : nl.thenNow.changedDown;
    expect(temperature).toBe(`Temperatuur: ${Math.round(t?.then ?? 0)} toen, ${Math.round(t?.now ?? 0)} nu. ${verdict}`);
    expect(lines.filter((l) => l.startsWith('Steun:') || l.startsWith('Verwachtingen:'))).toHaveLength(2);
  });

  it('is not offered without an earlier workshop', async () => {
    useWorkshopStore.setState({ workshops: [demoWorkshop({ id: 'now', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' })] });
    await renderAt('/workshops/now/present', [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
    expect(within(screen.getByRole('navigation', { name: nl.steps.label })).queryByRole('button', { name: new RegExp(nl.steps.thenNow) })).toBeNull();
  });
});
