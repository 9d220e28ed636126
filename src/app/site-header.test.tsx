import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { setTestLanguage } from '../testing/render';
import { SiteHeader } from './site-header';

function Where() {
  return <p>at {useLocation().pathname}</p>;
}

async function renderHeader(locked = false) {
  await setTestLanguage('nl');
  return render(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              <SiteHeader locked={locked} />
              <Where />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

/** The element the menu button says it opens. */
const controlled = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;

describe('the header on a phone: one "Menu" button folds the menu and the language', () => {
  it('is a disclosure button that controls the menu and the language buttons', async () => {
    await renderHeader();
    const button = screen.getByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const menu = controlled(button);
    expect(within(menu).getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(within(menu).getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    await userEvent.setup().click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('closes with Escape and gives focus back to the button', async () => {
    const user = userEvent.setup();
    await renderHeader();
    const button = screen.getByRole('button', { name: 'Menu' });
    await user.click(button);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Zelfcheck' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('reaches the menu with Tab right after the button, in reading order', async () => {
    const user = userEvent.setup();
    await renderHeader();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Modusspiegel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Zelfcheck' })).toHaveFocus();
  });

  it('closes when a link leads to another page', async () => {
    const user = userEvent.setup();
    await renderHeader();
    const button = screen.getByRole('button', { name: 'Menu' });
    await user.click(button);
    await user.click(screen.getByRole('link', { name: 'Over het venster' }));
    expect(screen.getByText('at /about')).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('on a locked shared device: no menu and no button, only the language', async () => {
    await renderHeader(true);
    expect(screen.queryByRole('button', { name: 'Menu' })).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByRole('group', { name: 'Taal' })).toBeInTheDocument();
  });
});
