import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Link, MemoryRouter, Navigate, NavLink, Outlet, Route, Routes, useLocation, useNavigate, useParams } from './index';

function Shell() {
  return (
    <>
      <nav aria-label="menu">
        <NavLink to="/history">History</NavLink>
        <NavLink to="/join">Join</NavLink>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

function Result() {
  const { id } = useParams();
  const state = useLocation().state as { unsaved?: boolean } | null;
  return <h1>{`Result ${id}${state?.unsaved ? ' (unsaved)' : ''}`}</h1>;
}

function Finish() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => navigate('/result/7', { replace: true, state: { unsaved: true } })}>
      Finish
    </button>
  );
}

const app = (
  <Routes>
    <Route element={<Shell />}>
      <Route index element={<Link to="/join/AB12">Join AB12</Link>} />
      <Route path="history" element={<h1>History</h1>} />
      <Route path="join" element={<Finish />} />
      <Route path="join/:code" element={<Navigate to="/history" replace />} />
      <Route path="result/:id" element={<Result />} />
      <Route path="*" element={<h1>Not found</h1>} />
    </Route>
  </Routes>
);

describe('the app router', () => {
  it('renders the nested route in the outlet, marks the current menu link, and follows links', async () => {
    const user = userEvent.setup();
    render(<MemoryRouter initialEntries={['/join']}>{app}</MemoryRouter>);
    expect(screen.getByRole('link', { name: 'Join' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'History' })).not.toHaveAttribute('aria-current');
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  });

  it('passes params and location state, and a <Navigate> redirects', async () => {
    const user = userEvent.setup();
    render(<MemoryRouter initialEntries={['/join']}>{app}</MemoryRouter>);
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: 'Result 7 (unsaved)' })).toBeInTheDocument();
    render(<MemoryRouter initialEntries={['/join/AB12']}>{app}</MemoryRouter>);
    expect(await screen.findByRole('heading', { name: 'History' })).toBeInTheDocument();
  });

  it('shows the catch-all for an unknown path', () => {
    render(<MemoryRouter initialEntries={['/nope']}>{app}</MemoryRouter>);
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
  });

  it('keeps the route in the URL fragment, with hrefs the browser can open, and follows a change of the fragment', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/#/');
    render(<HashRouter>{app}</HashRouter>);
    const link = screen.getByRole('link', { name: 'Join AB12' });
    expect(link).toHaveAttribute('href', '#/join/AB12');
    await user.click(screen.getByRole('link', { name: 'History' }));
    expect(window.location.hash).toBe('#/history');
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
    // Typing an address (or a plain <a href="#/…">) changes the fragment without the router.
    await act(async () => {
      window.location.hash = '#/result/3';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: 'Result 3' })).toBeInTheDocument();
  });
});
