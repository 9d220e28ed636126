import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import nlLead from '../../../locales/nl/facilitator.json';
import nlWorkshop from '../../../locales/nl/workshop.json';
import { realResult, selfCheckWorkshop } from '../../model/workshop/test-workshops';
import type { Workshop } from '../../model/workshop/workshop';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

vi.setConfig({ testTimeout: 30_000 });

const CODE = 'K7MQ45';
const five = [1, 2, 3, 4, 5].map((v) => realResult(CODE, v as 1 | 2 | 3 | 4 | 5, 100 + v));
const WORKSHOP = selfCheckWorkshop(CODE, five, { id: 'two' });
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));

async function open(screenName: 'wall' | 'lead') {
  await renderAt(`/workshops/two/${screenName}`, [{ path: `/workshops/:id/${screenName}`, element: <PresenterPage screen={screenName} /> }]);
}
const key = (k: string) => fireEvent.keyDown(window, { key: k });
const preview = (step: number, name: string) => screen.getByRole('img', { name: fill(nlLead.lead.preview, { step, total: 7, name }) });

describe('the facilitator’s view', () => {
  beforeEach(() => {
    localStorage.clear();
    useWorkshopStore.setState({ workshops: [WORKSHOP] });
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the room’s step small with the next one, timers, and controls that step and blank the wall', async () => {
    await open('lead');
    expect(preview(1, nl.steps.join)).toBeInTheDocument();
    expect(screen.getByText(fill(nlLead.lead.next, { name: nl.steps.count }))).toBeInTheDocument();
    expect(screen.getAllByRole('timer')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: `${nl.controls.next} →` }));
    expect(preview(2, nl.steps.count)).toBeInTheDocument();
    key('ArrowRight');
    expect(preview(3, nl.steps.window)).toBeInTheDocument();
    const blank = screen.getByRole('button', { name: nlLead.lead.blank });
    fireEvent.click(blank);
    expect(blank).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: nlLead.lead.previewBlank })).toBeInTheDocument();
    // Go to a step by its name in the step bar.
    fireEvent.click(within(screen.getByRole('navigation', { name: nl.steps.label })).getByRole('button', { name: `6 ${nl.steps.wanted}` }));
    expect(screen.getByRole('slider', { name: nl.wanted.support })).toBeInTheDocument();
  });

  it('a wall opened after the facilitator stepped shows the same step, and nothing of the facilitator’s', async () => {
    await open('lead');
    key('ArrowRight');
    key('ArrowRight');
    cleanup();
    await open('wall');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.steps.window);
    expect(screen.queryAllByRole('timer')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: nlLead.lead.update })).toBeNull();
    expect(screen.getByText(nlLead.wall.fullscreenHint)).toBeInTheDocument();
    key('b');
    expect(screen.getByTestId('blank')).toBeInTheDocument();
  });

  it('an update that could give one person away blanks the wall and asks; waiting brings the wall back unchanged', async () => {
    await open('lead');
    key('ArrowRight');
    key('ArrowRight');
    act(() => {
      const w = useWorkshopStore.getState().workshops[0] as Workshop;
      useWorkshopStore.setState({ workshops: [{ ...w, results: [...w.results, realResult(CODE, 5, 301)] }] });
    });
    expect(screen.getByText(fill(nlLead.lead.waiting_one, { count: 1 }))).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: nlLead.lead.update }));
    expect(screen.getByRole('img', { name: nlLead.lead.previewBlank })).toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    // While it asks, no key moves the wall.
    key('ArrowRight');
    key('b');
    fireEvent.click(within(dialog).getByRole('button', { name: nlWorkshop.shownUpdate.wait }));
    expect(preview(3, nl.steps.window)).toBeInTheDocument();
    expect(screen.getByText(fill(nlLead.lead.waiting_one, { count: 1 }))).toBeInTheDocument();
  });
});
