import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CollectionPage from './collection-page';
import { renderAt } from '../../testing/render';
import { useClientStore } from '../../stores/client-store';
import { generateWorkshopCode } from '../../model/codec/workshop-code';
import { seeded } from '../../model/testing/seeded';
import { CLIENT_CHECK, CLIENT_MIRROR } from '../../model/instruments/client-check';
import type { AnswerValue, Answers } from '../../model/instruments/types';
import { resultOfForm, type ClientCollection } from '../../model/client/collection';
import { addResults } from '../../model/workshop/result-set';

/** Decision 73: the clients' view changes only by "Bijwerken", and one client alone asks first. */
const code = generateWorkshopCode(seeded(73));
const answers = (v: AnswerValue): Answers => Object.fromEntries(CLIENT_CHECK.items.map((i) => [i.id, v]));
const mirror = resultOfForm(code, CLIENT_MIRROR, answers(4), 999);
const clients = [1, 2, 3, 4, 5].map((n) => resultOfForm(code, CLIENT_CHECK, answers(((n % 5) + 1) as AnswerValue), n));
const sixth = resultOfForm(code, CLIENT_CHECK, answers(5), 6);

function collection(extra: ReturnType<typeof resultOfForm>[] = []): ClientCollection {
  const results = addResults([], [mirror, ...clients, ...extra]).results;
  return { id: 'c1', code, setting: 'collected', scope: 'own', word: 'coach', minClients: 5, createdAt: '2026-12-01T10:00:00.000Z', results, shown: clients.map((c) => c.fingerprint) };
}

async function open(c: ClientCollection) {
  useClientStore.setState({ collections: [c] });
  await renderAt(`/clients/${c.id}`, [{ path: '/clients/:id', element: <CollectionPage /> }]);
}

beforeEach(() => useClientStore.setState({ collections: [] }));

describe('the clients’ view with five clients shown', () => {
  it('one more code: "Bijwerken" asks first, "Wachten" keeps the view of five, confirming shows six', async () => {
    const user = userEvent.setup();
    await open(collection([sixth]));
    expect(screen.getByText('Gemiddelde van 5 cliënten.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bijwerken' }));
    const dialog = screen.getByRole('dialog', { name: 'Eerst even wachten?' });
    expect(dialog).toHaveTextContent('1 cliënt komt erbij');
    expect(dialog).toHaveTextContent('Wie de cijfers voor en na vergelijkt, kan de antwoorden van die ene cliënt uitrekenen.');
    await user.click(within(dialog).getByRole('button', { name: 'Wachten' }));
    expect(screen.getByText('Gemiddelde van 5 cliënten.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bijwerken' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Toch bijwerken' }));
    expect(await screen.findByText('Gemiddelde van 6 cliënten.')).toBeInTheDocument();
  });

  it('shows no code ends; a result deleted by its code leaves the list at once and the view only at the update', async () => {
    const user = userEvent.setup();
    await open(collection([sixth]));
    // Nothing on the page ends like a client's code.
    const ends = clients.map((c) => c.fingerprint.slice(-5));
    expect(ends.filter((end) => document.body.textContent?.includes(end))).toEqual([]);
    expect(screen.getByText('6 cliëntresultaten ontvangen.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'De code van het resultaat' }), clients[0]?.fingerprint ?? '');
    await user.click(screen.getByRole('button', { name: 'Zoek het resultaat' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('5 cliëntresultaten ontvangen.')).toBeInTheDocument();
    expect(useClientStore.getState().collections[0]?.results.some((r) => r.fingerprint === clients[0]?.fingerprint)).toBe(false);
    // The view is still the five it showed; one in, one out is two people: no question.
    expect(screen.getByText('Gemiddelde van 5 cliënten.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bijwerken' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a code that is not here says so', async () => {
    const user = userEvent.setup();
    await open(collection());
    await user.type(screen.getByRole('textbox', { name: 'De code van het resultaat' }), sixth.fingerprint);
    await user.click(screen.getByRole('button', { name: 'Zoek het resultaat' }));
    expect(screen.getByText('Deze code staat niet (meer) op dit apparaat.')).toBeInTheDocument();
  });
});
