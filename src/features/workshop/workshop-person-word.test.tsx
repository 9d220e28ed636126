import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CreateWorkshopForm } from './create-workshop-form';
import { JoinPanel } from './join-panel';
import { renderAt } from '../../testing/render';
import { useWorkshopStore } from '../../stores/workshop-store';
import { usePersonWordStore } from '../../stores/person-word-store';

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [] });
  usePersonWordStore.getState().forget();
});

const created = async () => {
  await waitFor(() => expect(useWorkshopStore.getState().workshops).toHaveLength(1));
  const [workshop] = useWorkshopStore.getState().workshops;
  if (!workshop) throw new Error('no workshop');
  return workshop;
};

describe('the facilitator chooses who the participants work with (decision 85)', () => {
  it('a workshop made with "Jongeren" carries the word in its join address', async () => {
    const user = userEvent.setup();
    await renderAt('/workshops', [
      { path: '/workshops', element: <CreateWorkshopForm /> },
      { path: '/workshops/:id', element: <p>workshop shown</p> },
    ]);
    const group = screen.getByRole('group', { name: 'Met wie werken de deelnemers?' });
    // The facilitator's own word to start with: nothing chosen on this device, so "Cliënten".
    expect(within(group).getByRole('radio', { name: 'Cliënten' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Jongeren' }));
    await user.type(screen.getByRole('textbox', { name: 'Naam van de workshop' }), 'Jongerenwerk Oost');
    await user.click(screen.getByRole('button', { name: 'Maak de workshop' }));
    const workshop = await created();
    expect(workshop.personWord).toBe('youth');

    await renderAt('/', [{ path: '/', element: <JoinPanel workshop={workshop} /> }]);
    const address = screen.getByText(/#\/join\//);
    expect(address.textContent).toMatch(new RegExp(`#/join/${workshop.code}\\?w=youth$`));
    expect(await screen.findByRole('img', { name: /QR-code/ })).toBeInTheDocument();
  });

  it('starts from the word the facilitator chose for their own work', async () => {
    usePersonWordStore.getState().choose('pupil');
    await renderAt('/workshops', [{ path: '/workshops', element: <CreateWorkshopForm /> }]);
    expect(screen.getByRole('radio', { name: 'Leerlingen' })).toBeChecked();
  });

  it('a workshop with "cliënt" keeps the join address it always had', async () => {
    const workshop = { id: 'w', code: 'K7MQ45', name: 'W', questionnaires: [{ instrumentId: 'self-check', instrumentVersion: 2 }], minRespondents: 5, hideOwnResult: false, createdAt: '', results: [] };
    await renderAt('/', [{ path: '/', element: <JoinPanel workshop={workshop} /> }]);
    expect(screen.getByText(/#\/join\//).textContent).toMatch(/#\/join\/K7MQ45$/);
  });
});
