import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateOfferNotice } from './update-offer';
import { offerUpdate } from '../lib/update-offer';
import { setTestLanguage } from '../testing/render';

describe('a new version of the app', () => {
  it('is offered and only applied when the person chooses it', async () => {
    await setTestLanguage('nl');
    const user = userEvent.setup();
    const apply = vi.fn();
    render(
      <>
        <UpdateOfferNotice />
        <p>Vraag 3 van 24</p>
      </>,
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => offerUpdate({ apply }));
    expect(screen.getByRole('status')).toHaveTextContent('nieuwe versie');
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(apply).toHaveBeenCalledTimes(1);
    act(() => offerUpdate(null));
  });
});
