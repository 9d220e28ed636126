import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import { demoWorkshop } from '../../model/workshop/demo';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

vi.setConfig({ testTimeout: 30_000 });

describe('where we want to be', () => {
  it('is set with the sliders (keyboard) and kept with the workshop, also when the step is left at once', async () => {
    useWorkshopStore.setState({ workshops: [demoWorkshop({ id: 'demo', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' })] });
    await renderAt('/workshops/demo/present', [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
    fireEvent.click(within(screen.getByRole('navigation', { name: nl.steps.label })).getByRole('button', { name: new RegExp(nl.steps.wanted) }));
    expect(screen.getByText(nl.wanted.none)).toBeInTheDocument();

    const support = screen.getByRole('slider', { name: nl.wanted.support });
    fireEvent.change(support, { target: { value: '82' } });
    fireEvent.change(screen.getByRole('slider', { name: nl.wanted.expectations }), { target: { value: '77' } });
    expect(screen.getByText(nl.wanted.summary.replace('{{support}}', '82').replace('{{expectations}}', '77'))).toBeInTheDocument();
    await waitFor(() => expect(useWorkshopStore.getState().workshops[0]?.wanted).toEqual({ support: 82, expectations: 77 }));

    // Arrow keys in a slider move the slider, never the presentation.
    fireEvent.keyDown(support, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.steps.wanted);

    // A move followed at once by leaving the step is still written.
    fireEvent.change(support, { target: { value: '60' } });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.steps.actions);
    await waitFor(() => expect(useWorkshopStore.getState().workshops[0]?.wanted).toEqual({ support: 60, expectations: 77 }));

    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.click(screen.getByRole('button', { name: nl.wanted.clear }));
    await waitFor(() => expect(useWorkshopStore.getState().workshops[0]?.wanted).toBeUndefined());
  });
});
