import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { TeamProfileView } from './team-profile-view';
import { setTestLanguage } from '../../testing/render';
import { SELF_CHECK } from '../../model/instruments/self-check';
import type { AnswerValue, Answers } from '../../model/instruments/types';
import { aggregateTeam } from '../../model/team/aggregate';
import type { Workshop, WorkshopResult } from '../../model/workshop/workshop';
import { downloadText } from '../../lib/download';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

/**
 * A member who answers `support` on every support statement and `expectations` on every
 * expectations statement, as keyed (reversed statements get 6 − x), with some statements
 * overridden so that the team disagrees on a few of them.
 */
function member(support: AnswerValue, expectations: AnswerValue, overrides: Answers = {}): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of SELF_CHECK.items) {
    const target = item.scale === 'support' ? support : expectations;
    answers[item.id] = item.keying === 'plus' ? target : ((6 - target) as AnswerValue);
  }
  return { ...answers, ...overrides };
}

const TEAM: Answers[] = [
  member(4, 4, { s08: 1, s10: 5 }),
  member(4, 3, { s08: 5, s10: 1 }),
  member(5, 4, { s08: 1, s10: 5 }),
  member(3, 4, { s08: 5, s10: 1 }),
  member(4, 5, { s08: 1 }),
  member(2, 3, { s08: 5 }),
];
const LATE = member(5, 5);

const result = (answers: Answers, index: number): WorkshopResult => ({ fingerprint: `fp-${index}`, parts: { [SELF_CHECK.id]: { answers, marks: [] } } });

function workshop(sets: readonly Answers[], overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: 'w1',
    code: 'ABC123',
    name: 'Team Noord',
    questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version }],
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results: sets.map(result),
    ...overrides,
  };
}

const stepHeading = (name: RegExp | string) => screen.queryByRole('heading', { level: 3, name });
/** The dots counted over the parts of the window (MET, VOOR, NIET, DOOR, between). */
const regionTotal = () => {
  const table = screen.getByRole('table', { name: 'Hoeveel punten in elk deel van het venster' });
  const cells = within(table).getAllByRole('cell').map((cell) => Number(cell.textContent));
  expect(cells).toHaveLength(5);
  return cells.reduce((sum, n) => sum + n, 0);
};
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').filter((row) => row.parentElement?.tagName === 'TBODY');

beforeEach(async () => {
  await setTestLanguage('nl');
});

describe('TeamProfileView below the minimum', () => {
  it('shows only the count and when the profile will appear: no figure, no table, no export', () => {
    render(<TeamProfileView workshop={workshop(TEAM.slice(0, 3))} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Teamprofiel' })).toBeInTheDocument();
    expect(screen.getByText('3 van minimaal 5 resultaten zijn binnen. Het profiel verschijnt vanaf 5.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('counts only complete results towards the minimum', () => {
    const incomplete: Answers = { s01: 3, s02: 3 };
    render(<TeamProfileView workshop={workshop([...TEAM.slice(0, 4), incomplete])} />);
    expect(screen.getByText('4 van minimaal 5 resultaten zijn binnen. Het profiel verschijnt vanaf 5.')).toBeInTheDocument();
  });

  it('says so when the questionnaire version is unknown', () => {
    render(<TeamProfileView workshop={workshop(TEAM, { questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: 99 }] })} />);
    expect(screen.getByText(/kent de app niet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('TeamProfileView with enough results', () => {
  it('shows nothing of the team until the facilitator starts the reveal', () => {
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    expect(screen.getByText('Het profiel gaat over 6 resultaten.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(stepHeading(/Hoe ver uit elkaar/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Laat het profiel zien' })).toBeInTheDocument();
  });

  it('reveals spread first, then the centre, then the differences, then the modes', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));

    // Step 1: dots and spread, agreement in words and numbers; no centre yet.
    expect(stepHeading('Stap 1: Hoe ver uit elkaar')).toHaveFocus();
    // jsdom's accessible-name computation does not take a figure's name from its figcaption.
    expect(screen.getByRole('figure')).toHaveTextContent('Het team in het venster');
    expect(screen.getByRole('img', { name: /^6 punten in het venster/ })).toBeInTheDocument();
    // No row per person: the team's numbers, and how many dots lie in each part of the window.
    const numbers = screen.getByRole('table', { name: /Het team in het venster in getallen/ });
    expect(within(numbers).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Hoe ver uit elkaar (0 tot 100)']);
    expect(regionTotal()).toBe(6);
    const agreement = screen.getByRole('table', { name: 'Hoe ver uit elkaar en hoeveel overeenstemming, bij steun en bij verwachtingen' });
    // One column per axis; rows for spread and rwg. The bands in words are in the list above it.
    expect(within(agreement).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Steun', 'Verwachtingen']);
    expect(bodyRows(agreement)).toHaveLength(2);
    // The words are the model's band for each axis (the team is close on support, split on s08/s10).
    const shownProfile = aggregateTeam(SELF_CHECK, TEAM, { minRespondents: 5 });
    if (shownProfile.status !== 'shown') throw new Error('expected a shown profile');
    for (const scale of shownProfile.scales) {
      expect(screen.getAllByText(i18n.t(`team:spread.agreement.${scale.agreement.band}`), { exact: false }).length).toBeGreaterThan(0);
    }
    expect(stepHeading(/Midden/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Stap 1 van 4: Hoe ver uit elkaar');

    // Step 2: the centre joins the window and is put into words.
    await user.click(screen.getByRole('button', { name: 'Volgende stap: Midden' }));
    expect(stepHeading('Stap 2: Midden')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: /Het team in het venster in getallen/ })).getByRole('rowheader', { name: 'Midden van het team' })).toBeInTheDocument();
    expect(screen.getByText(/^Het midden van het team ligt/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Het midden van het team ligt op steun/ })).toBeInTheDocument();
    expect(stepHeading(/Verschillen/)).not.toBeInTheDocument();

    // Step 3: the statements with most disagreement, as texts to talk about.
    await user.click(screen.getByRole('button', { name: 'Volgende stap: Verschillen' }));
    expect(stepHeading('Stap 3: Verschillen')).toBeInTheDocument();
    const profile = aggregateTeam(SELF_CHECK, TEAM, { minRespondents: 5 });
    if (profile.status !== 'shown') throw new Error('expected a shown profile');
    expect(profile.disagreement.map((d) => d.itemId).slice(0, 2)).toEqual(['s08', 's10']);
    const items = within(screen.getByRole('region', { name: 'Stap 3: Verschillen' })).getAllByRole('listitem');
    expect(items).toHaveLength(profile.disagreement.length);
    profile.disagreement.forEach((d, index) => {
      expect(items[index]).toHaveTextContent(i18n.t(`instrument:selfCheck.items.${d.itemId}` as never));
    });
    expect(screen.getByText(i18n.t('instrument:selfCheck.items.s08'))).toBeInTheDocument();

    // Step 4: the radar with its table.
    await user.click(screen.getByRole('button', { name: 'Volgende stap: Werkwijzen' }));
    expect(stepHeading('Stap 4: Werkwijzen')).toBeInTheDocument();
    expect(screen.getAllByRole('figure')[1]).toHaveTextContent('De vier werkwijzen in het team');
    expect(bodyRows(screen.getByRole('table', { name: /Hoe eens het team is met de stellingen van elke werkwijze/ }))).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Volgende stap' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('shows everything at once, steps back, and hides again', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    await user.click(screen.getByRole('button', { name: 'Toon alles' }));
    for (const name of ['Stap 1: Hoe ver uit elkaar', 'Stap 2: Midden', 'Stap 3: Verschillen', 'Stap 4: Werkwijzen']) {
      expect(stepHeading(name)).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Vorige stap' }));
    expect(stepHeading('Stap 4: Werkwijzen')).not.toBeInTheDocument();
    expect(stepHeading('Stap 3: Verschillen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Verberg het profiel' }));
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Laat het profiel zien' })).toHaveFocus();
  });

  it('can be stepped through with the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Laat het profiel zien' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(stepHeading('Stap 1: Hoe ver uit elkaar')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Verberg het profiel' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    const next = screen.getByRole('button', { name: 'Volgende stap: Midden' });
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(stepHeading('Stap 2: Midden')).toBeInTheDocument();
    // The focus stays on the step button, so Enter again goes on.
    expect(screen.getByRole('button', { name: 'Volgende stap: Verschillen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(stepHeading('Stap 3: Verschillen')).toBeInTheDocument();
  });

  it('does not step back before step 1', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    const previous = screen.getByRole('button', { name: 'Vorige stap' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(stepHeading('Stap 1: Hoe ver uit elkaar')).toBeInTheDocument();
  });

  it('keeps a revealed profile as it was when one result arrives: "Bijwerken" asks first, "Wachten" keeps it, confirming changes it', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    await user.click(screen.getByRole('button', { name: 'Volgende stap: Midden' }));
    expect(regionTotal()).toBe(6);
    rerender(<TeamProfileView workshop={workshop([...TEAM, LATE])} />);
    expect(regionTotal()).toBe(6);
    expect(screen.getByText(/1 wijziging staat nog niet in het teamprofiel/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bijwerken' }));
    const dialog = screen.getByRole('dialog', { name: 'Eerst even wachten?' });
    expect(dialog).toHaveTextContent('1 persoon komt erbij');
    expect(dialog).toHaveTextContent('Wie de cijfers voor en na vergelijkt, kan de antwoorden van die ene persoon uitrekenen.');
    await user.click(within(dialog).getByRole('button', { name: 'Wachten' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(regionTotal()).toBe(6);

    await user.click(screen.getByRole('button', { name: 'Bijwerken' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Toch bijwerken' }));
    expect(regionTotal()).toBe(7);
    expect(screen.getByText('Het profiel gaat over 7 resultaten.')).toBeInTheDocument();
    expect(stepHeading('Stap 2: Midden')).toBeInTheDocument();
  });

  it('updates without a question when two or more people arrive', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    rerender(<TeamProfileView workshop={workshop([...TEAM, LATE, member(3, 3)])} />);
    await user.click(screen.getByRole('button', { name: 'Bijwerken' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('Het profiel gaat over 8 resultaten.')).toBeInTheDocument();
  });

  it('hides everything again when the minimum is raised above the count', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    rerender(<TeamProfileView workshop={workshop(TEAM, { minRespondents: 7 })} />);
    expect(screen.getByText('6 van minimaal 7 resultaten zijn binnen. Het profiel verschijnt vanaf 7.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // Back above the minimum: the facilitator chooses again when to show it.
    rerender(<TeamProfileView workshop={workshop(TEAM)} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Laat het profiel zien' })).toBeInTheDocument();
  });
});

describe('TeamProfileView export', () => {
  it('downloads the anonymous CSV as Dutch Excel reads it: byte-order mark, workshop and date first, ";" and decimal commas', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Download het teamrapport (CSV)' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [fileName, text, mime] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(fileName).toBe('teamprofiel-ABC123.csv');
    expect(mime).toBe('text/csv');
    // The questionnaire by its name in the chosen language, not the app's id "self-check" (issue 21).
    expect(text?.startsWith('\uFEFFWorkshop;Team Noord\r\nDatum;2026-12-03\r\n\r\nVragenlijst;Zelfcheck: steun en verwachtingen, versie 1\r\n')).toBe(true);
    expect(text).not.toContain('self-check');
    expect(text).toContain('Aantal resultaten;6');
    expect(text).toMatch(/\r\nMidden \(0 tot 100\);\d+,\d;\d+,\d\r\n/);
    expect(text).toContain(i18n.t('instrument:selfCheck.items.s08'));
    expect(screen.getByText('Het teamrapport is gedownload.')).toBeInTheDocument();
  });

  it('in English: "," between cells, "." in numbers, and a workshop name that could be a formula made harmless', async () => {
    await setTestLanguage('en');
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM, { name: '=HYPERLINK("http://x")' })} />);
    await user.click(screen.getByRole('button', { name: 'Download the team report (CSV)' }));
    const text = vi.mocked(downloadText).mock.calls.at(-1)?.[1] ?? '';
    expect(text.startsWith('\uFEFFWorkshop,"\'=HYPERLINK(""http://x"")"\r\nDate,2026-12-03\r\n')).toBe(true);
    expect(text).toContain('\r\nQuestionnaire,"Self-check: support and expectations, version 1"\r\n');
    expect(text).not.toMatch(/[,\r\n]self-check[,\r\n]/);
    expect(text).toMatch(/\r\nCentre \(0 to 100\),\d+\.\d,\d+\.\d\r\n/);
    await setTestLanguage('nl');
  });
});

describe('TeamProfileView in English', () => {
  it('uses the English texts with the same steps', async () => {
    await setTestLanguage('en');
    const user = userEvent.setup();
    render(<TeamProfileView workshop={workshop(TEAM.slice(0, 2))} />);
    expect(screen.getByText('2 of at least 5 results are in. The profile appears once there are 5.')).toBeInTheDocument();
    render(<TeamProfileView workshop={workshop(TEAM)} />);
    await user.click(screen.getByRole('button', { name: 'Show the profile' }));
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(stepHeading('Step 4: Modes')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /How much the team agrees with the statements of each mode/ })).toBeInTheDocument();
  });
});
