import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import { selfCheckWorkshop } from '../../model/workshop/test-workshops';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

// Rendering the whole presenter is slow on a loaded machine; the tests assert behaviour, never time.
vi.setConfig({ testTimeout: 30_000 });

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');

describe('what we will do', () => {
  it('adds, edits and removes actions, keeps them with the workshop, and refuses an empty "what"', async () => {
    const user = userEvent.setup();
    useWorkshopStore.setState({ workshops: [selfCheckWorkshop('K7MQ45', [], { id: 'w1' })] });
    await renderAt('/workshops/w1/present', [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
    await user.keyboard('{End}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.steps.actions);

    await user.click(screen.getByRole('button', { name: nl.actions.add }));
    expect(screen.getByRole('alert')).toHaveTextContent(nl.actions.whatRequired);
    expect(screen.getByRole('textbox', { name: nl.actions.what })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: nl.actions.what }), 'Elke week een casus samen');
    await user.type(screen.getByRole('textbox', { name: nl.actions.who }), 'Sam');
    await user.type(screen.getByRole('textbox', { name: nl.actions.when }), 'maart');
    await user.click(screen.getByRole('button', { name: nl.actions.add }));
    const table = await screen.findByRole('table', { name: nl.actions.tableCaption });
    expect(within(table).getByRole('row', { name: /Elke week een casus samen Sam maart/ })).toBeInTheDocument();
    expect(useWorkshopStore.getState().workshops[0]?.actions).toEqual([{ what: 'Elke week een casus samen', who: 'Sam', when: 'maart' }]);

    await user.click(screen.getByRole('button', { name: fill(nl.actions.editLabel, { what: 'Elke week een casus samen' }) }));
    const who = screen.getByRole('textbox', { name: nl.actions.who });
    await user.clear(who);
    await user.type(who, 'Noor');
    await user.click(screen.getByRole('button', { name: nl.actions.save }));
    await screen.findByRole('row', { name: /Noor/ });
    expect(useWorkshopStore.getState().workshops[0]?.actions?.[0]?.who).toBe('Noor');

    await user.click(screen.getByRole('button', { name: fill(nl.actions.removeLabel, { what: 'Elke week een casus samen' }) }));
    await screen.findByText(nl.actions.none);
    expect(useWorkshopStore.getState().workshops[0]?.actions).toEqual([]);
  });
});
