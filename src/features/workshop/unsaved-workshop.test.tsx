import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import WorkshopsPage from './workshops-page';
import WorkshopPage from './workshop-page';
import { renderAt } from '../../testing/render';
import { useWorkshopStore } from '../../stores/workshop-store';
import * as download from '../../lib/download';

/**
 * Issue 18: a workshop created while storage is full opened as if saved, and was gone after a
 * reload. The page must say so at once and offer the file; the list marks it; once storage takes
 * a write again, both go away.
 */

const storageIsFull = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });

const pages = (lng: 'nl' | 'en' = 'nl') =>
  renderAt(
    '/workshops',
    [
      { path: '/workshops', element: <WorkshopsPage /> },
      { path: '/workshops/:id', element: <WorkshopPage /> },
    ],
    lng,
  );

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [] });
});

describe('a workshop created while storage is full', () => {
  it('says at once that it is only on this page, and offers it as a file', async () => {
    const full = storageIsFull();
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    const user = userEvent.setup();
    await pages();
    await user.type(screen.getByRole('textbox', { name: 'Naam van de workshop' }), 'Team Vol');
    await user.click(screen.getByRole('button', { name: 'Maak de workshop' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Deze workshop is nog niet bewaard: de opslag van dit apparaat is vol.');
    await user.click(within(alert).getByRole('button', { name: 'Bewaar de workshop als bestand' }));
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]?.[1]).toContain('"name": "Team Vol"');

    // Storage has room again: the next write stores it, and the notice goes.
    full.mockRestore();
    const [workshop] = useWorkshopStore.getState().workshops;
    await useWorkshopStore.getState().rename(workshop?.id ?? '', 'Team Vol');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is marked "niet bewaard" in the list, in English "not saved"', async () => {
    storageIsFull();
    await useWorkshopStore.getState().create({
      id: 'w-full',
      code: 'K7MQ45',
      name: 'Team Vol',
      questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 2 }],
      minRespondents: 5,
      hideOwnResult: true,
      createdAt: '2026-12-03T09:00:00.000Z',
      results: [],
    });
    const view = await pages('en');
    expect(within(screen.getByRole('listitem')).getByText('not saved')).toBeInTheDocument();
    view.unmount();
    await pages('nl');
    expect(within(screen.getByRole('listitem')).getByText('niet bewaard')).toBeInTheDocument();
  });
});
