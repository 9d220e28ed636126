import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { setTestLanguage } from '../../testing/render';
import { findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { buildTeamReport } from '../../model/team-report/build';
import { toTeamReportFile } from '../../model/team-report/file';
import version1File from '../../model/team-report/fixtures/team-report-version1.json?raw';
import { bothWorkshop } from '../../model/team-report/test-report';
import type { TeamReport } from '../../model/team-report/types';
import { toWorkshopFile } from '../../model/workshop/workshop-file';
import { TeamReportView } from './team-report-view';
import OpenedReportPage from './opened-report-page';

const report = (extras = {}): TeamReport => {
  const built = buildTeamReport(bothWorkshop(7), findInstrument, TEAM_CLIMATE.id, extras);
  if (!built) throw new Error('the fixture should give a report');
  return built;
};

beforeEach(async () => {
  await setTestLanguage('nl');
});

// Four charts drawn by recharts in jsdom: slow on a busy machine, never a measure of speed.
describe('TeamReportView', { timeout: 20_000 }, () => {
  it('shows the title, the workshop, its date and the counts, then the team in the window, the modes, the climate and where the team differs', () => {
    render(<TeamReportView report={report()} fileStem="x" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Teamrapport' })).toBeInTheDocument();
    expect(screen.getByText('Team Noord')).toBeInTheDocument();
    expect(screen.getByText('30 november 2026')).toBeInTheDocument();
    expect(screen.getAllByText('7 resultaten')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Het team in het venster',
      'De vier werkwijzen in het team',
      'Teamklimaat',
      'Waar jullie verschillen',
    ]);
    // Each chart has a button that saves it as a picture: its name starts with what it shows, then names the chart.
    expect(screen.getByRole('button', { name: 'Bewaar als afbeelding: Het team in het venster' })).toHaveTextContent('Bewaar als afbeelding');
    expect(screen.getAllByRole('button', { name: /^Bewaar als afbeelding: / })).toHaveLength(4);
  });

  it('lists no point of any member: the window\'s table holds the centre, how far apart, and agreement', () => {
    render(<TeamReportView report={report()} fileStem="x" />);
    const window = screen.getByRole('region', { name: 'Het team in het venster' });
    const table = within(window).getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Midden van het team', 'Hoe ver uit elkaar', 'Overeenstemming']);
    expect(window).not.toHaveTextContent(/Punt \d/);
  });

  it('shows how far apart the team is, never the lowest or highest value: each is one person\'s number', () => {
    const built = report();
    render(<TeamReportView report={built} fileStem="x" />);
    const columns = (name: string) =>
      within(screen.getByRole('table', { name })).getAllByRole('columnheader').map((c) => c.textContent);
    expect(columns('Hoe eens het team is met de stellingen van elke werkwijze (0 tot 100): gemiddeld, en hoe ver uit elkaar')).toEqual([
      'Werkwijze',
      'Gemiddeld',
      'Hoe ver uit elkaar (0 tot 100)',
    ]);
    expect(columns('De temperatuur van het team (0 tot 100)')).toEqual(['Temperatuur', 'Hoe ver uit elkaar (0 tot 100)', 'In woorden']);
    expect(columns('Elk element (0 tot 100): gemiddeld, hoe ver uit elkaar en overeenstemming')).toEqual([
      'Element',
      'Gemiddeld',
      'Hoe ver uit elkaar (0 tot 100)',
      'Overeenstemming (in woorden, dan het getal)',
      'Warm of koud',
    ]);
    const radar = screen.getByRole('region', { name: 'De vier werkwijzen in het team' });
    const met = built.selfCheck!.window!.radar[0]!;
    if (met.status !== 'shown') throw new Error('the fixture has a MET spoke');
    expect(within(radar).getByRole('row', { name: `MET ${Math.round(met.mean)} ${Math.round(met.sd!)}` })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/laagste|hoogste|De temperaturen in het team liggen tussen/i);
  });

  it('shows each disputed statement as shares in percent or "geen getal", never a count', () => {
    render(<TeamReportView report={report()} fileStem="x" />);
    const splits = screen.getAllByRole('list', { name: 'Hoe de antwoorden verdeeld zijn' });
    expect(splits.length).toBeGreaterThan(0);
    for (const split of splits) {
      const parts = within(split).getAllByRole('listitem').map((li) => li.textContent ?? '');
      expect(parts).toHaveLength(3);
      for (const part of parts) expect(part).toMatch(/^(Oneens|Neutraal|Eens): (\d+%|geen getal)$/);
    }
  });

  it('shows where the team wants to be and what it will do only when the report has them', () => {
    const { unmount } = render(<TeamReportView report={report()} fileStem="x" />);
    expect(screen.queryByRole('heading', { name: 'Waar het team wil staan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Wat we gaan doen' })).not.toBeInTheDocument();
    unmount();
    render(
      <TeamReportView
        report={report({ wanted: { support: 72, expectations: 70 }, actions: [{ what: 'Intervisie', who: 'Sam', when: 'maart' }] })}
        fileStem="x"
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Waar het team wil staan' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Waar het team wil staan 72 70' })).toBeInTheDocument();
    const plan = screen.getByRole('region', { name: 'Wat we gaan doen' });
    expect(within(plan).getByRole('row', { name: 'Intervisie Sam maart' })).toBeInTheDocument();
  });
});

describe('TeamReportView, what is not there', { timeout: 20_000 }, () => {
  it('writes a withheld spoke without a number, never as 0, and says why', () => {
    const built = report();
    const window = built.selfCheck!.window!;
    const withheld: TeamReport = {
      ...built,
      selfCheck: { ...built.selfCheck!, window: { ...window, radar: window.radar.map((r) => (r.mode === 'NIET' ? { mode: 'NIET', status: 'withheld' } : r)) } },
    };
    render(<TeamReportView report={withheld} fileStem="x" />);
    const radar = screen.getByRole('region', { name: 'De vier werkwijzen in het team' });
    expect(within(radar).getByRole('row', { name: 'NIET Niet getoond: minder dan 5 mensen gaven hier antwoord' })).toBeInTheDocument();
    expect(radar).toHaveTextContent('Een werkwijze zonder getal heeft geen punt in de figuur.');
    expect(within(radar).getByRole('img', { name: /NIET: niet getoond, minder dan 5 mensen gaven hier genoeg antwoorden/ })).toBeInTheDocument();
  });

  it('gives a withheld share neither a number nor a bar, and says why; a statement without shares says so', () => {
    const built: TeamReport = {
      ...report(),
      differences: [
        { instrumentId: TEAM_CLIMATE.id, itemId: TEAM_CLIMATE.items[0]!.id, split: { disagree: null, neither: null, agree: 50 } },
        { instrumentId: TEAM_CLIMATE.id, itemId: TEAM_CLIMATE.items[1]!.id, split: { disagree: null, neither: null, agree: null } },
      ],
    };
    const { container } = render(<TeamReportView report={built} fileStem="x" />);
    const differ = screen.getByRole('region', { name: 'Waar jullie verschillen' });
    const split = within(differ).getByRole('list', { name: 'Hoe de antwoorden verdeeld zijn' });
    expect(within(split).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Oneens: geen getal', 'Neutraal: geen getal', 'Eens: 50%']);
    // Only the shown share has a bar: a bar of its true length would tell a withheld share's size.
    expect(container.querySelectorAll('.report-disputed .split-bar')).toHaveLength(1);
    expect(differ).toHaveTextContent('Geen verdeling: dan zou je kunnen zien wat 1 of 2 mensen antwoordden.');
    expect(differ).toHaveTextContent('Geen getal: in dat deel zitten 1 of 2 mensen');
  });

  it('lists the agenda, and where you differ over both questionnaires, as the wall does', () => {
    const built: TeamReport = {
      ...report(),
      differences: [{ instrumentId: TEAM_CLIMATE.id, itemId: TEAM_CLIMATE.items[0]!.id, split: { disagree: null, neither: null, agree: 40 } }],
      agenda: [{ instrumentId: TEAM_CLIMATE.id, itemId: TEAM_CLIMATE.items[1]!.id }],
    };
    render(<TeamReportView report={built} fileStem="x" />);
    const differ = screen.getByRole('region', { name: 'Waar jullie verschillen' });
    expect(within(differ).getAllByRole('listitem').map((li) => li.textContent)).toContain('Neutraal: geen getal');
    const agenda = screen.getByRole('region', { name: 'Waar jullie over willen praten' });
    expect(within(agenda).getByText('Uit: het teamklimaat')).toBeInTheDocument();
  });
});

describe('OpenedReportPage', () => {
  const openWith = (state: unknown) =>
    render(
      <MemoryRouter initialEntries={[{ pathname: '/team-report', state }]}>
        <Routes>
          <Route path="/team-report" element={<OpenedReportPage />} />
        </Routes>
      </MemoryRouter>,
    );

  it('shows the report it was handed, read-only', () => {
    openWith({ reportText: toTeamReportFile(report(), { reportId: '0123456789abcdef' }, new Date()) });
    expect(screen.getByText('Je ziet een teamrapport uit een bestand. Er staan alleen totalen in. De app bewaart het niet.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Teamrapport' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rapport afdrukken of bewaren als pdf' })).toBeInTheDocument();
  });

  it('opens a version-1 file without its lowest and highest values, and says its radar has no spread', () => {
    openWith({ reportText: version1File });
    expect(screen.getByRole('heading', { level: 1, name: 'Teamrapport' })).toBeInTheDocument();
    const radar = screen.getByRole('region', { name: 'De vier werkwijzen in het team' });
    expect(radar).toHaveTextContent('Dit rapport komt uit een oudere versie van de app.');
    const cells = within(within(radar).getByRole('table')).getAllByRole('row').slice(1).map((row) => row.lastChild?.textContent);
    expect(cells.every((c) => c === '–' || c?.startsWith('Niet getoond'))).toBe(true);
    expect(document.body).not.toHaveTextContent(/Laagste|Hoogste/);
  });

  it('says so when nothing was opened, or when the text is not a team report', () => {
    const { unmount } = openWith(null);
    expect(screen.getByRole('alert')).toHaveTextContent('Er is geen teamrapport geopend.');
    unmount();
    openWith({ reportText: toWorkshopFile(bothWorkshop(5), new Date()) });
    expect(screen.getByRole('alert')).toHaveTextContent('Dit is een workshopbestand, geen teamrapport.');
  });
});

describe('the words of a workshop with young people', () => {
  it('reads the statements with the workshop\'s word, as the phones did, and "cliënten" without one', () => {
    const differences = [{ instrumentId: TEAM_CLIMATE.id, itemId: 'c06', split: { disagree: null, neither: null, agree: null } }];
    const { unmount } = render(<TeamReportView report={{ ...report(), personWord: 'youth', differences }} fileStem="x" />);
    expect(screen.getByText('In ons team praten we over jongeren alsof het dossiers zijn.')).toBeInTheDocument();
    unmount();
    render(<TeamReportView report={{ ...report(), differences }} fileStem="x" />);
    expect(screen.getByText('In ons team praten we over cliënten alsof het dossiers zijn.')).toBeInTheDocument();
  });
});
