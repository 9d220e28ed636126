import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import WorkshopPage from '../features/workshop/workshop-page';
import { renderAt } from '../testing/render';
import { useWorkshopStore, WORKSHOPS_KEY } from '../stores/workshop-store';
import { bothWorkshop } from '../model/team-report/test-report';
import KeptReportSwitch from './kept-report-switch';

/** The workshop page as the app routes it: a workshop that keeps only its report shows that report. */
const page = () => renderAt('/workshops/w-report', [{ path: '/workshops/:id', element: <KeptReportSwitch><WorkshopPage /></KeptReportSwitch> }]);
const yesterday = () => new Date(Date.now() - 36 * 3600 * 1000).toISOString();

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [] });
});

describe('keep only the team report, after the workshop', { timeout: 30_000 }, () => {
  it('reminds once the day is over; after a confirmation the answers are gone and the page shows the kept report, with no intake', async () => {
    const workshop = bothWorkshop(7, 7, { createdAt: yesterday() });
    useWorkshopStore.setState({ workshops: [workshop] });
    const user = userEvent.setup();
    await page();
    const reminder = screen.getByRole('region', { name: 'Na de workshop: bewaar alleen het teamrapport' });
    expect(reminder).toHaveTextContent('Deze workshop is voorbij.');
    await user.click(within(reminder).getByRole('button', { name: 'Bewaar alleen het teamrapport' }));
    const dialog = screen.getByRole('dialog', { name: 'Alleen het teamrapport bewaren?' });
    expect(dialog).toHaveTextContent('De 7 resultaten worden van dit apparaat gewist.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, wis de antwoorden' }));

    expect(await screen.findByText('Van deze workshop is alleen het teamrapport bewaard. De antwoorden zijn gewist. Er kunnen geen resultaten meer bij.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Teamrapport' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Resultaten ontvangen' })).toBeNull();
    const stored = useWorkshopStore.getState().workshops[0];
    expect(stored?.results).toEqual([]);
    expect(stored?.keptReport?.selfCheck?.count).toBe(7);
    const raw = localStorage.getItem(WORKSHOPS_KEY) ?? '';
    expect(raw).toContain('keptReport');
    for (const r of workshop.results) expect(raw).not.toContain(r.fingerprint);
    expect(raw).not.toContain('"answers"');
  });

  it('on the workshop’s own day offers it at the end of the page only, and can be cancelled', async () => {
    useWorkshopStore.setState({ workshops: [bothWorkshop(7, 7, { createdAt: new Date().toISOString() })] });
    const user = userEvent.setup();
    await page();
    const regions = screen.getAllByRole('region', { name: 'Na de workshop: bewaar alleen het teamrapport' });
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveTextContent('Klaar met de workshop?');
    await user.click(within(regions[0]!).getByRole('button', { name: 'Bewaar alleen het teamrapport' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
    expect(useWorkshopStore.getState().workshops[0]?.results).toHaveLength(7);
  });
});
