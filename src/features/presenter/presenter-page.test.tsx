import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import workshop from '../../../locales/nl/workshop.json';
import { demoWorkshop } from '../../model/workshop/demo';
import { realResult, selfCheckWorkshop } from '../../model/workshop/test-workshops';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

// Rendering the whole presenter is slow on a loaded machine; the tests assert behaviour, never time.
vi.setConfig({ testTimeout: 30_000 });

const DEMO = demoWorkshop({ id: 'demo', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' });

async function present(workshop: Workshop) {
  useWorkshopStore.setState({ workshops: [workshop] });
  await renderAt(`/workshops/${workshop.id}/present`, [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const currentStep = () => within(screen.getByRole('navigation', { name: nl.steps.label })).getByRole('button', { current: 'step' });
const key = (k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(window, { key: k, ...init });

describe('the presenter’s keys', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('steps like a slide deck: → Space PageDown forward, ← PageUp back, and the step bar follows', async () => {
    await present(DEMO);
    expect(heading()).toBe(nl.steps.join);
    key('ArrowRight');
    expect(heading()).toBe(nl.steps.count);
    key(' ');
    expect(heading()).toBe(nl.steps.window);
    key('PageDown');
    expect(heading()).toBe(nl.steps.modes);
    expect(currentStep()).toHaveAccessibleName(`4 ${nl.steps.modes}`);
    key('PageUp');
    key('ArrowLeft');
    expect(heading()).toBe(nl.steps.count);
    expect(currentStep()).toHaveAccessibleName(`2 ${nl.steps.count}`);
    key('ArrowLeft');
    key('ArrowLeft');
    expect(heading()).toBe(nl.steps.join);
    key('End');
    expect(heading()).toBe(nl.steps.actions);
    key('ArrowRight');
    expect(heading()).toBe(nl.steps.actions);
  });

  it('leaves keys alone while someone types an action, and Space on a button presses the button', async () => {
    const user = userEvent.setup();
    await present(DEMO);
    key('End');
    const what = screen.getByRole('textbox', { name: nl.actions.what });
    await user.type(what, 'Samen. Een casus{ArrowLeft}{ArrowRight} bespreken b f');
    expect(heading()).toBe(nl.steps.actions);
    expect(what).toHaveValue('Samen. Een casus bespreken b f');
    expect(screen.queryByTestId('blank')).toBeNull();
    // Space on the "Previous" button presses it once: one step back, not two.
    screen.getByRole('button', { name: `← ${nl.controls.previous}` }).focus();
    await user.keyboard(' ');
    expect(currentStep()).toHaveAccessibleName(new RegExp(nl.steps.wanted));
  });

  it('blanks the screen with B or "." and brings it back without moving on', async () => {
    await present(DEMO);
    key('ArrowRight');
    key('b');
    expect(screen.getByTestId('blank')).toBeInTheDocument();
    key('ArrowRight');
    expect(screen.queryByTestId('blank')).toBeNull();
    expect(heading()).toBe(nl.steps.count);
    key('.');
    expect(screen.getByTestId('blank')).toBeInTheDocument();
    key('.');
    expect(screen.queryByTestId('blank')).toBeNull();
  });

  it('handles F5 and Shift+F5 without a reload: F5 starts at step 1 in full screen, Shift+F5 stays', async () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: request, configurable: true });
    await present(DEMO);
    key('ArrowRight');
    key('ArrowRight');
    expect(fireEvent.keyDown(window, { key: 'F5', shiftKey: true })).toBe(false);
    expect(heading()).toBe(nl.steps.window);
    expect(fireEvent.keyDown(window, { key: 'F5' })).toBe(false);
    expect(heading()).toBe(nl.steps.join);
    expect(request).toHaveBeenCalledTimes(2);
    // Ctrl+F is the browser's find, never ours.
    expect(fireEvent.keyDown(window, { key: 'f', ctrlKey: true })).toBe(true);
  });

  it('follows fullscreenchange, so Esc (which the browser keeps) shows on the button', async () => {
    await present(DEMO);
    expect(screen.getByRole('button', { name: nl.controls.fullscreen })).toBeInTheDocument();
    Object.defineProperty(document, 'fullscreenElement', { value: document.documentElement, configurable: true });
    act(() => void document.dispatchEvent(new Event('fullscreenchange')));
    expect(screen.getByRole('button', { name: nl.controls.leaveFullscreen })).toBeInTheDocument();
    Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
    act(() => void document.dispatchEvent(new Event('fullscreenchange')));
    expect(screen.getByRole('button', { name: nl.controls.fullscreen })).toBeInTheDocument();
  });

  it('offers the team steps only from the minimum on, and says how many more are needed', async () => {
    const CODE = 'K7MQ45';
    const four = [1, 2, 3, 4].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4, 100 + v));
    await present(selfCheckWorkshop(CODE, four));
    key('ArrowRight');
    expect(screen.getByText(nl.count.needMore_one.replace('{{count}}', '1'))).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: nl.steps.label })).queryByRole('button', { name: new RegExp(nl.steps.window) })).toBeNull();
  });

  it('keeps the wall as it was when results arrive after the reveal, until Update', async () => {
    const CODE = 'K7MQ45';
    const five = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));
    await present(selfCheckWorkshop(CODE, five));
    key('ArrowRight');
    key('ArrowRight');
    expect(heading()).toBe(nl.steps.window);
    const people = () => screen.getByRole('row', { name: new RegExp(nl.window.row.people) }).textContent;
    expect(people()).toContain('5');
    act(() => {
      const w = useWorkshopStore.getState().workshops[0] as Workshop;
      useWorkshopStore.setState({ workshops: [{ ...w, results: [...w.results, realResult(CODE, 5, 301), realResult(CODE, 5, 302)] }] });
    });
    expect(screen.getByText(nl.late.count_other.replace('{{count}}', '2'))).toBeInTheDocument();
    expect(people()).toContain('5');
    fireEvent.click(screen.getByRole('button', { name: nl.late.update }));
    expect(screen.queryByText(nl.late.count_other.replace('{{count}}', '2'))).toBeNull();
    expect(people()).toContain('7');
  });

  it('with one late phone, "Bijwerken" blanks the wall and asks first; "Wachten" shows the wall unchanged, confirming updates it', async () => {
    const CODE = 'K7MQ45';
    const five = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));
    await present(selfCheckWorkshop(CODE, five));
    key('ArrowRight');
    key('ArrowRight');
    const people = () => screen.getByRole('row', { name: new RegExp(nl.window.row.people) }).textContent;
    act(() => {
      const w = useWorkshopStore.getState().workshops[0] as Workshop;
      useWorkshopStore.setState({ workshops: [{ ...w, results: [...w.results, realResult(CODE, 5, 301)] }] });
    });
    fireEvent.click(screen.getByRole('button', { name: nl.late.update }));
    expect(screen.getByTestId('blank')).toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(workshop.shownUpdate.people.risk);
    // While it asks, the remote moves nothing.
    key('ArrowRight');
    expect(heading()).toBe(nl.steps.window);
    fireEvent.click(within(dialog).getByRole('button', { name: workshop.shownUpdate.wait }));
    expect(screen.queryByTestId('blank')).toBeNull();
    expect(people()).toContain('5');

    fireEvent.click(screen.getByRole('button', { name: nl.late.update }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: workshop.shownUpdate.confirm }));
    // Confirmed: the wall stays blank until the facilitator brings it back, then shows six.
    expect(screen.getByTestId('blank')).toBeInTheDocument();
    key('b');
    expect(people()).toContain('6');
  });
});
