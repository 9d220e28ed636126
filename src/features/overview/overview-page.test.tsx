import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixedReportId, reportFiles, teamReport } from '../../model/overview/test-reports';
import { toTeamReportFile } from '../../model/team-report/file';
import { bothWorkshop } from '../../model/team-report/test-report';
import { useWorkshopStore } from '../../stores/workshop-store';
import { forgetAllShown, shownSnapshot, takeShown } from '../../stores/shown-store';
import { renderAt } from '../../testing/render';
import OverviewPage from './overview-page';

const files = reportFiles(12).map((text, i) => new File([text], `team-${i + 1}.json`, { type: 'application/json' }));

async function open(lng: 'nl' | 'en' = 'nl') {
  const user = userEvent.setup();
  await renderAt('/overview', [{ path: '/overview', element: <OverviewPage /> }], lng);
  const input = screen.getByLabelText(lng === 'nl' ? 'Open teamrapporten' : 'Open team reports', { selector: 'input' });
  return { user, upload: (f: File[]) => user.upload(input as HTMLInputElement, f) };
}

beforeEach(() => {
  useWorkshopStore.setState({ workshops: [] });
  localStorage.clear();
  forgetAllShown();
});

describe('the overview page', () => {
  it('opens twelve report files and shows every team once in the table, the map table and the counts', async () => {
    const { upload } = await open();
    await upload(files);
    expect(await screen.findByText('12 teams')).toBeInTheDocument();
    expect(screen.getByText('12 bestanden gelezen.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Alle teams, met de cijfers uit hun eigen teamrapport' });
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    const map = screen.getByRole('table', { name: 'Elk team: midden in het venster, temperatuur en klimaat' });
    expect(within(map).getByRole('rowheader', { name: 'Team 1' })).toBeInTheDocument();
    // Twelve teams: what goes together is shown, with its n, and never as a cause.
    expect(screen.getByRole('table', { name: 'Rangcorrelatie tussen het midden van een team en zijn klimaat' })).toBeInTheDocument();
    expect(screen.getByText(/Samen gaan is geen oorzaak/)).toBeInTheDocument();
  });

  it('counts the same files opened again once, and says so', async () => {
    const { upload } = await open();
    await upload(files.slice(0, 3));
    await screen.findByText('3 teams');
    await upload(files.slice(0, 3));
    expect(await screen.findByText('3 rapporten kwamen twee keer voor en tellen één keer.')).toBeInTheDocument();
    expect(screen.getByText('3 teams')).toBeInTheDocument();
    // Below 8 teams, no correlation: only how many more are needed.
    expect(screen.getByText('Dit tonen we vanaf 8 teams. Nu zijn het er 3.')).toBeInTheDocument();
  });

  it('sorts the table by a column with its heading button, and says which way with aria-sort', async () => {
    const { user, upload } = await open('en');
    await upload(files.slice(0, 5));
    const table = await screen.findByRole('table', { name: 'All teams, with the figures from their own team report' });
    const heading = within(table).getByRole('columnheader', { name: /Temperature/ });
    expect(heading).toHaveAttribute('aria-sort', 'none');
    await user.click(within(heading).getByRole('button', { name: 'Temperature' }));
    expect(heading).toHaveAttribute('aria-sort', 'ascending');
    const temperatures = () => within(table).getAllByRole('row').slice(1).map((r) => Number(within(r).getAllByRole('cell')[7]!.textContent));
    expect(temperatures()).toEqual([...temperatures()].sort((a, b) => a - b));
    await user.click(within(heading).getByRole('button', { name: 'Temperature' }));
    expect(heading).toHaveAttribute('aria-sort', 'descending');
    expect(temperatures()).toEqual([...temperatures()].sort((a, b) => b - a));
  });

  it('leaves a workshop below its minimum out and counts it; one above it joins the teams', async () => {
    useWorkshopStore.setState({ workshops: [bothWorkshop(3, 1, { id: 'few', name: 'Klein team' }), bothWorkshop(7, 2, { id: 'many', name: 'Groot team' })] });
    const { user } = await open();
    await user.click(screen.getByRole('checkbox', { name: /Klein team/ }));
    expect(await screen.findByText('1 team weggelaten: te weinig resultaten')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Groot team/ }));
    expect(await screen.findByText('1 team')).toBeInTheDocument();
    // In the map's table and in the table of all teams.
    expect(screen.getAllByRole('rowheader', { name: 'Groot team' })).toHaveLength(2);
    expect(screen.queryByRole('rowheader', { name: 'Klein team' })).not.toBeInTheDocument();
    // Ticked, the workshop got its report id: its report and a file of it will count once.
    await waitFor(() => expect(useWorkshopStore.getState().workshops.find((w) => w.id === 'many')?.reportId).toMatch(/^[0-9a-z]{16}$/));
  });

  it('takes a workshop of this device as its wall shows it: a result taken in since the last update stays out', async () => {
    const workshop = bothWorkshop(7, 2, { id: 'late', name: 'Laat team' });
    useWorkshopStore.setState({ workshops: [workshop] });
    // The wall showed six; the seventh came in after, and nobody pressed "Bijwerken".
    takeShown('late', workshop.results.slice(0, 6).map((r) => r.fingerprint));
    const { user } = await open();
    await user.click(screen.getByRole('checkbox', { name: /Laat team/ }));
    const rows = (await screen.findAllByRole('rowheader', { name: 'Laat team' })).map((h) => h.closest('tr') as HTMLElement);
    const counts = rows.flatMap((row) => within(row).queryAllByRole('cell').map((c) => c.textContent));
    expect(counts).toContain('6');
    expect(counts).not.toContain('7');
  });

  it('reveals a workshop never shown when it is taken in, as opening its report does', async () => {
    useWorkshopStore.setState({ workshops: [bothWorkshop(7, 2, { id: 'new', name: 'Nieuw team' })] });
    const { user } = await open();
    expect(shownSnapshot('new')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /Nieuw team/ }));
    expect(shownSnapshot('new')).toHaveLength(7);
  });

  it('shows a team over time with each change judged against the measurement error', async () => {
    const linked = [0, 1].map((i) => new File([toTeamReportFile(teamReport(i, 12), { reportId: fixedReportId(i), ...(i > 0 ? { sameTeamAs: fixedReportId(0) } : {}) }, new Date())], `t${i}.json`));
    const { upload } = await open();
    await upload(linked);
    const path = await screen.findByRole('table', { name: 'Team 2 door de tijd' });
    expect(within(path).getAllByRole('row')).toHaveLength(3);
    expect(within(path).getByText('Eerste meting')).toBeInTheDocument();
    expect(within(path).getAllByText(/^Steun: .*meetfout/)).toHaveLength(1);
  });

  it('names a file it cannot open and why, and opens the rest', async () => {
    const { upload } = await open();
    await upload([files[0]!, new File(['{"format":"modusspiegel-workshop","version":2}'], 'workshop.json')]);
    expect(await screen.findByText('Niet geopend: workshop.json. Dit is een workshopbestand. Open het bij Workshops.')).toBeInTheDocument();
    expect(screen.getByText('1 team')).toBeInTheDocument();
  });
});
