import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nlLead from '../../../locales/nl/facilitator.json';
import { renderAt } from '../../testing/render';
import { TwoWindowsButton } from './two-windows-button';

async function show() {
  await renderAt('/workshops/w1', [
    { path: '/workshops/:id', element: <TwoWindowsButton workshopId="w1" /> },
    { path: '/workshops/:id/lead', element: <p>lead view</p> },
  ]);
}

describe('"Presenteren met eigen scherm"', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens the wall in a named window and takes this tab to the facilitator’s view', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({ focus: () => undefined } as unknown as Window);
    await show();
    fireEvent.click(screen.getByRole('button', { name: nlLead.open }));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/#\/workshops\/w1\/wall$/), 'modusspiegel-wall-w1', expect.any(String));
    expect(await screen.findByText('lead view')).toBeInTheDocument();
  });

  it('says so and stays when the browser blocks the second window', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    await show();
    fireEvent.click(screen.getByRole('button', { name: nlLead.open }));
    expect(screen.getByRole('alert')).toHaveTextContent(nlLead.blocked);
    expect(screen.getByRole('button', { name: nlLead.open })).toBeInTheDocument();
  });
});
