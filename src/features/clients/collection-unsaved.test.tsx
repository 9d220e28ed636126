import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CollectionPage from './collection-page';
import { renderAt } from '../../testing/render';
import { useClientStore } from '../../stores/client-store';
import * as download from '../../lib/download';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { seeded } from '../../model/testing/seeded';

/** Issue 18: a conversation made while storage is full says at once that it is only on this page. */

const collection = { id: 'c-full', code: generateWorkshopCode(seeded(9)), setting: 'table' as const, scope: 'own' as const, word: 'coach' as const, minClients: 5, createdAt: '2026-11-30T10:00:00.000Z', results: [], shown: [] };

beforeEach(() => useClientStore.setState({ collections: [] }));

describe('a conversation made while storage is full', () => {
  it('says so on its page and offers a copy as a file', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    expect((await useClientStore.getState().create(collection)).written).toBe(false);
    await renderAt(`/clients/${collection.id}`, [{ path: '/clients/:id', element: <CollectionPage /> }]);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Dit is nog niet bewaard: de opslag van dit apparaat is vol.');
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Bewaar een kopie als bestand' }));
    expect(save.mock.calls[0]?.[1]).toContain('"c-full"');
  });
});
