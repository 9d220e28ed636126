import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ErrorBoundary } from './error-boundary';
import { setTestLanguage } from '../testing/render';

function Broken(): never {
  throw new Error('a stored value the page did not expect');
}

describe('ErrorBoundary', () => {
  it('shows a message and a way back instead of a blank screen', async () => {
    await setTestLanguage('nl');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MemoryRouter>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Er ging iets mis' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Je opgeslagen gegevens zijn niet veranderd.');
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
  });
});
