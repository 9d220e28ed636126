import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PrivacyPage from './privacy-page';
import { renderAt } from '../../testing/render';

describe('PrivacyPage', () => {
  it('says what is stored, how to erase it, what a facilitator sees and how to check, and links to the erase button', async () => {
    await renderAt('/privacy', [
      { path: '/privacy', element: <PrivacyPage /> },
      { path: '/history', element: <h1>Mijn resultaten</h1> },
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy' })).toBeInTheDocument();
    for (const name of ['Wat staat waar', 'Bekijken, bewaren en wissen', 'Wat een gespreksleider wel en niet kan weten', 'Zelf controleren']) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/vliegtuigstand/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Naar Mijn resultaten' }));
    expect(screen.getByRole('heading', { name: 'Mijn resultaten' })).toBeInTheDocument();
  });

  it('is in English too', async () => {
    await renderAt('/privacy', [{ path: '/privacy', element: <PrivacyPage /> }], 'en');
    expect(screen.getByRole('heading', { level: 2, name: 'Check it yourself' })).toBeInTheDocument();
  });
});
