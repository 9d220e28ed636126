import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadText } from '../../lib/download';
import { CLIENT_CHECK } from '../../model/instruments/client-check';
import { SELF_CHECK_V2 } from '../../model/instruments/self-check-v2';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { seededWorkshops, workshopOf } from '../../model/quality/test-workshops';
import { onePeakedTeam } from '../../model/testing/response-model';
import { seeded } from '../../model/testing/seeded';
import type { Workshop } from '../../model/workshop/workshop';
import { useClientStore } from '../../stores/client-store';
import { useWorkshopStore } from '../../stores/workshop-store';
import { renderAt } from '../../testing/render';
import QualityPage from './quality-page';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

/** Time enough for the whole report on the page's own thread (jsdom has no worker): about 0.15 s a scale. */
const COMPUTED = { timeout: 20_000 };

function keep(workshops: Workshop[], clients: Workshop[] = []) {
  useWorkshopStore.setState({ workshops });
  useClientStore.setState({
    collections: clients.map((w) => ({ id: w.id, code: w.code, setting: 'collected', scope: 'own', word: 'coach', minClients: 5, createdAt: w.createdAt, results: w.results, shown: [] })),
  });
}

const open = (lng: 'nl' | 'en' = 'nl') => renderAt('/quality', [{ path: '/quality', element: <QualityPage /> }], lng);

beforeEach(() => {
  vi.mocked(downloadText).mockClear();
});

describe('below 100 people in 10 teams', () => {
  it('shows no figure, only what each questionnaire reached and still needs, in words', async () => {
    // 9 climate teams of 10, one more of 3 below its minimum of 5, and 6 clients in one collection.
    const small = seededWorkshops(TEAM_CLIMATE, 1, 3, 9).map((w) => ({ ...w, id: 'small' }));
    keep([...seededWorkshops(TEAM_CLIMATE, 9, 10, 2), ...small], [workshopOf(CLIENT_CHECK, onePeakedTeam(CLIENT_CHECK, 6, { support: 70, expectations: 50 }, 15, seeded(3)))]);
    await open();
    const forms = await screen.findByRole('list', {}, COMPUTED);
    const item = (name: string) => within(forms).getByText(name).closest('li')?.textContent;
    expect(item('Teamklimaat, versie 1')).toBe(
      'Teamklimaat, versie 1 Nog niet te zien. Nu zijn er 90 mensen in 9 teams. Nog nodig: 10 mensen en 1 team. 1 team had minder antwoorden dan zijn minimum en telt niet mee.',
    );
    expect(item('Cliëntvragenlijst, versie 1')).toBe('Cliëntvragenlijst, versie 1 Nog niet te zien. Nu zijn er 6 mensen in 1 team. Nog nodig: 94 mensen en 9 teams.');
    expect(item('Zelfcheck, versie 2')).toBe('Zelfcheck, versie 2 Nog niet te zien. Nu zijn er 0 mensen in 0 teams. Nog nodig: 100 mensen en 10 teams.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // Nothing was computed, so no progress to tell; the meanings are there to read beforehand.
    expect(screen.getAllByRole('status')[0]?.textContent).toBe('');
    expect(screen.getByRole('heading', { name: 'Wat de cijfers zeggen, en wat niet' })).toBeInTheDocument();
  });

  it('saves a CSV of the counts only', async () => {
    keep(seededWorkshops(TEAM_CLIMATE, 9, 10, 2));
    await open();
    await userEvent.click(await screen.findByRole('button', { name: 'Download de cijfers (CSV)' }, COMPUTED));
    const [fileName, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('houdt-de-vragenlijst-stand.csv');
    expect(text).toContain('\r\nTeamklimaat, versie 1;nee, nog te weinig mensen of teams;90;9;0\r\n');
    expect(text).not.toContain('Team 1');
    expect(screen.getByText('De cijfers zijn gedownload.')).toBeInTheDocument();
  });
});

describe('from 100 people in 10 teams', () => {
  // 12 climate teams of 10 people, 3 % "does not apply": shown. 11 self-check teams of 9: 99 people, hidden.
  const workshops = [...seededWorkshops(TEAM_CLIMATE, 12, 10, 4, 0.03), ...seededWorkshops(SELF_CHECK_V2, 11, 9, 5)];
  const progressLine = () => screen.getAllByRole('status')[0]?.textContent;

  it('shows per element alpha, omega and their ranges with n, in Dutch numbers', async () => {
    keep(workshops);
    await open();
    const table = await screen.findByRole('table', { name: 'Teamklimaat, versie 1: alfa en omega per schaal' }, COMPUTED);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Schaal', 'Stellingen', 'n', 'Alfa', 'Marge alfa (95%)', 'Omega', 'Marge omega (95%)']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Gedeeld doel', 'Samenwerking', 'Grenzen over', 'Ruimte om te reflecteren', 'Energie']);
    for (const row of rows) {
      const [statements, n, alpha, alphaRange, omega, omegaRange] = within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
      expect(statements).toMatch(/^[46]$/);
      expect(Number(n)).toBeGreaterThan(90);
      expect(alpha).toMatch(/^0,\d\d$/);
      expect(omega).toMatch(/^0,\d\d$/);
      expect(alphaRange).toMatch(/^0,\d\d tot 0,\d\d$/);
      expect(omegaRange).toMatch(/^0,\d\d tot 0,\d\d$/);
    }
    expect(progressLine()).toBe('5 van 5 schalen berekend');
  });

  it('shows whether the elements are team properties (ICC) and each statement with its text', async () => {
    keep(workshops);
    await open();
    const icc = await screen.findByRole('table', { name: 'Teamklimaat, versie 1: hoort de score bij het team? (ICC)' }, COMPUTED);
    // ICC rests on every person of the form (their scale scores), whatever they skipped.
    const people = /Te zien: (\d+) mensen in 12 teams\./.exec(screen.getByText(/^Te zien/, { selector: 'section > p' }).textContent ?? '')?.[1];
    expect(Number(people)).toBeGreaterThanOrEqual(100);
    expect(within(icc).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').slice(2).map((c) => c.textContent))).toEqual(Array(5).fill(['12', people]));
    const purpose = screen.getByRole('table', { name: 'Teamklimaat, versie 1, Gedeeld doel: per stelling' });
    const first = within(purpose).getAllByRole('row')[1]!;
    expect(within(first).getByRole('rowheader').textContent).toBe('In ons team weten we waarvoor we dit werk doen.');
    const [keying, itemRest, , share] = within(first).getAllByRole('cell').map((c) => c.textContent);
    expect(keying).toBe('gewoon');
    expect(itemRest).toMatch(/^0,\d\d$/);
    expect(share).toMatch(/^\d+,\d%$/);
    // The self-check, one person short, is not shown: no table of it.
    expect(screen.queryByRole('table', { name: /Zelfcheck/ })).not.toBeInTheDocument();
    expect(screen.getByText(/^Zelfcheck, versie 2/, { selector: 'strong' }).closest('li')?.textContent).toContain('Nog nodig: 1 persoon.');
  });

  it('saves a CSV of coefficients and counts with a decimal comma, and no statement text or team', async () => {
    keep(workshops);
    await open();
    await userEvent.click(await screen.findByRole('button', { name: 'Download de cijfers (CSV)' }, COMPUTED));
    const text = vi.mocked(downloadText).mock.calls[0]?.[1] ?? '';
    expect(text.startsWith('\uFEFFVragenlijst;Getoond;Mensen;Teams;')).toBe(true);
    const purpose = text.split('\r\n').find((line) => line.startsWith('Teamklimaat, versie 1;Gedeeld doel;6;'));
    expect(purpose?.split(';').slice(4)).toEqual(expect.arrayContaining([expect.stringMatching(/^0,\d{3}$/)]));
    expect(text).not.toContain('In ons team');
    expect(text).not.toContain('Team 1');
  });

  it('speaks English with English numbers', async () => {
    keep(workshops);
    await open('en');
    const table = await screen.findByRole('table', { name: 'Team climate, version 1: alpha and omega per scale' }, COMPUTED);
    const alpha = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell')[2]?.textContent;
    expect(alpha).toMatch(/^0\.\d\d$/);
    expect(progressLine()).toBe('5 of 5 scales computed');
  });
});
