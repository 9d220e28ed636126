import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { TeamProfileView } from './team-profile-view';
import { setTestLanguage } from '../../testing/render';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import type { AnswerValue, Answers } from '../../model/instruments/types';
import { aggregateTeam } from '../../model/team/aggregate';
import { climateOfTeam } from '../../model/climate/team';
import { combinationQuestions } from '../../model/climate/combination';
import { keyedAnswers } from '../../model/climate/test-fixture';
import type { ShownTeamClimate } from '../../model/climate/types';
import type { Workshop, WorkshopQuestionnaire, WorkshopResult } from '../../model/workshop/workshop';
import { downloadText } from '../../lib/download';

vi.mock('../../lib/download', () => ({ downloadText: vi.fn() }));

/** A self-check member who answers `support` and `expectations` on every statement of that scale, as keyed. */
function member(support: AnswerValue, expectations: AnswerValue): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const item of SELF_CHECK.items) {
    const target = item.scale === 'support' ? support : expectations;
    answers[item.id] = item.keying === 'plus' ? target : ((6 - target) as AnswerValue);
  }
  return answers;
}

// Keyed values per member: purpose, cooperation, boundaries, reflection, energy. Means 87.5,
// 70.8, 70.8, 25: temperature 59.8, shown as 60, so "Hot spot" (the rule before decision 63 said
// "Lauw: temperatuur 60", against its own number); reflection is cold and the coldest, and
// everyone agrees on it (a shared problem).
const CLIMATE_ROWS: readonly (readonly [AnswerValue, AnswerValue, AnswerValue, AnswerValue, AnswerValue])[] = [
  [5, 4, 4, 2, 4],
  [4, 4, 4, 2, 4],
  [4, 3, 4, 2, 3],
  [5, 4, 3, 2, 4],
  [4, 4, 4, 2, 2],
  [5, 4, 4, 2, 4],
];
const CLIMATE: Answers[] = CLIMATE_ROWS.map(([purpose, cooperation, boundaries, reflection, energy]) =>
  keyedAnswers({ purpose, cooperation, boundaries, reflection, energy }),
);
const MODES_TEAM: Answers[] = [member(4, 4), member(4, 3), member(5, 4), member(3, 4), member(4, 5), member(4, 4)];

const SELF: WorkshopQuestionnaire = { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version };
const CLIMATE_Q: WorkshopQuestionnaire = { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version };

interface Parts {
  self?: Answers;
  climate?: Answers;
}
const result = (parts: Parts, index: number): WorkshopResult => ({
  fingerprint: `fp-${index}`,
  parts: {
    ...(parts.self ? { [SELF_CHECK.id]: { answers: parts.self, marks: [] } } : {}),
    ...(parts.climate ? { [TEAM_CLIMATE.id]: { answers: parts.climate, marks: [] } } : {}),
  },
});

function workshop(questionnaires: WorkshopQuestionnaire[], parts: readonly Parts[]): Workshop {
  return {
    id: 'w1',
    code: 'ABC123',
    name: 'Team Noord',
    questionnaires,
    minRespondents: 5,
    hideOwnResult: false,
    createdAt: '2026-12-03T09:00:00.000Z',
    results: parts.map(result),
  };
}
const climateOnly = (sets: readonly Answers[]) => workshop([CLIMATE_Q], sets.map((climate) => ({ climate })));
const both = (selfSets: readonly Answers[], climateSets: readonly Answers[]) =>
  workshop(
    [SELF, CLIMATE_Q],
    selfSets.map((self, i) => ({ self, climate: climateSets[i] })),
  );

function shownClimate(sets: readonly Answers[]): ShownTeamClimate {
  const climate = climateOfTeam(TEAM_CLIMATE, sets, { minRespondents: 5 });
  if (climate.status !== 'shown') throw new Error('expected a shown climate');
  return climate;
}

const stepHeading = (name: RegExp | string) => screen.queryByRole('heading', { level: 3, name });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').filter((row) => row.parentElement?.tagName === 'TBODY');

beforeEach(async () => {
  await setTestLanguage('nl');
  vi.mocked(downloadText).mockClear();
});

describe('TeamProfileView with only the team climate', () => {
  it('shows only the count below the minimum: no step, no figure, no table, no export', () => {
    render(<TeamProfileView workshop={climateOnly(CLIMATE.slice(0, 3))} />);
    expect(screen.getByText('3 van minimaal 5 resultaten zijn binnen. Het profiel verschijnt vanaf 5.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('counts only results with a climate part that has every element', () => {
    const incomplete = keyedAnswers({ purpose: 4, cooperation: 4, boundaries: 4 });
    const parts: Parts[] = [...CLIMATE.slice(0, 4).map((climate) => ({ climate })), { climate: incomplete }, { self: member(4, 4) }];
    render(<TeamProfileView workshop={workshop([CLIMATE_Q], parts)} />);
    expect(screen.getByText('4 van minimaal 5 resultaten zijn binnen. Het profiel verschijnt vanaf 5.')).toBeInTheDocument();
  });

  it('reveals one step, Teamklimaat: the band word, the coldest element, the element table and the questions', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={climateOnly(CLIMATE)} />);
    expect(screen.getByText('Het profiel gaat over 6 resultaten.')).toBeInTheDocument();
    expect(stepHeading(/Teamklimaat/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));

    expect(stepHeading('Stap 1: Teamklimaat')).toHaveFocus();
    expect(stepHeading(/Hoe ver uit elkaar|Werkwijzen/)).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Stappen van het teamprofiel' });
    expect(within(nav).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Teamklimaat']);
    expect(screen.getByRole('button', { name: 'Volgende stap' })).toHaveAttribute('aria-disabled', 'true');

    const step = screen.getByRole('region', { name: 'Stap 1: Teamklimaat' });
    // The frame: contact → trust → loyalty → reciprocity, in that order.
    const chain = within(step).getByRole('heading', { level: 4, name: 'Zo groeit een warm team' }).parentElement as HTMLElement;
    expect(within(chain).getAllByRole('listitem').map((li) => li.textContent?.split(':')[0])).toEqual([
      'Contact',
      'Vertrouwen',
      'Loyaliteit',
      'Wederkerigheid',
    ]);

    // The band in words, the temperature behind it, the cold element beside it, and the coldest element named.
    const climate = shownClimate(CLIMATE);
    expect(climate.temperature).toBeCloseTo(59.78, 2);
    expect(climate.reading.band).toBe('hotSpot');
    expect(within(step).getByText('Warm', { selector: '.climate-band' })).toBeInTheDocument();
    expect(within(step).getByText('Warm: temperatuur 60 (van 0 tot 100).')).toBeInTheDocument();
    expect(within(step).getByText(/^De temperatuur is 60 of hoger: warm\./)).toBeInTheDocument();
    expect(within(step).getByText('Koud (40 of lager): Ruimte om te reflecteren. Een koud element trekt de temperatuur omlaag.')).toBeInTheDocument();
    expect(within(step).getByText('Het koudste element is Ruimte om te reflecteren. Daar begint het gesprek.')).toBeInTheDocument();

    // The temperature scale: a figure with its summary, its legend and a one-row table.
    // The spread as a band around the team's temperature: never the lowest or highest person.
    expect(within(step).getByRole('img', { name: /^Temperatuur 60: Warm\. Het grootste deel van het team ligt tussen \d+ en \d+\.$/ })).toBeInTheDocument();
    const temperature = within(step).getByRole('table', { name: 'De temperatuur van het team (0 tot 100)' });
    expect(bodyRows(temperature)).toHaveLength(1);
    expect(within(temperature).getAllByRole('cell').map((c) => c.textContent)).toEqual(['', '60', expect.stringMatching(/^\d+$/), 'Warm']);
    // Both figures have a legend that names cold and warm in words beside their colours.
    expect(within(step).getAllByText('Blauw vlak: koud, 40 of lager.')).toHaveLength(2);
    expect(within(step).getAllByText('Oranje vlak: warm, 60 of hoger.')).toHaveLength(2);
    expect(within(step).getAllByRole('figure')).toHaveLength(2);

    // Energy beside the temperature, not part of it: 75, 75, 50, 75, 25, 75 → 62.5, SD √(2187.5 / 5) ≈ 20.9.
    const energy = within(step).getByRole('complementary', { name: 'Energie' });
    expect(energy).toHaveTextContent(/Warm: 63 \(van 0 tot 100\), hoe ver uit elkaar: 21\./);
    expect(energy).not.toHaveTextContent(/25 tot 75/);
    expect(energy).toHaveTextContent('Het telt niet mee in de temperatuur.');

    // One row per element, in the fixed order; agreement as words first, then the number.
    const table = within(step).getByRole('table', { name: /^Elk element \(0 tot 100\)/ });
    const rows = bodyRows(table);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Gedeeld doel',
      'Samenwerking',
      'Open naar buiten',
      'Ruimte om te reflecteren',
    ]);
    const reflection = rows[3] as HTMLElement;
    expect(within(reflection).getAllByRole('cell').map((c) => c.textContent)).toEqual(['25', '0', 'veel overeenstemming (1,00)', 'Koud']);
    climate.elements.forEach((e, i) => {
      expect(within(rows[i] as HTMLElement).getByRole('cell', { name: new RegExp(`^${i18n.t(`team:spread.band.${e.agreement.band}`)} \\(-?\\d,\\d\\d\\)$`) })).toBeInTheDocument();
    });

    // Agreed cold: a shared problem; and the reflection questions of the coldest element.
    expect(climate.agreedCold).toEqual(['reflection']);
    const shared = within(step).getByRole('heading', { level: 4, name: 'Koud, en jullie zijn het eens' }).parentElement as HTMLElement;
    expect(shared).toHaveTextContent('Ruimte om te reflecteren Koud, en daar zijn jullie het over eens. Dit is een gedeeld probleem om samen aan te werken.');
    const questions = within(step).getByRole('heading', { level: 4, name: 'Vragen voor het gesprek' }).parentElement as HTMLElement;
    expect(within(questions).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      i18n.t('instrument:teamClimate.reflection.reflectionMoment'),
      i18n.t('instrument:teamClimate.reflection.reflectionStep'),
      i18n.t('instrument:teamClimate.reflection.sharedProblem'),
    ]);
  });

  it('names where the team does not agree as a conversation nobody has had yet', async () => {
    const user = userEvent.setup();
    // Cooperation in two camps: three keyed 5, three keyed 1.
    const split = CLIMATE_ROWS.map(([purpose, , boundaries, reflection, energy], i) =>
      keyedAnswers({ purpose, cooperation: i < 3 ? 5 : 1, boundaries, reflection, energy }),
    );
    expect(shownClimate(split).disagreed).toContain('cooperation');
    render(<TeamProfileView workshop={climateOnly(split)} />);
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    const group = screen.getByRole('heading', { level: 4, name: 'Hier zien jullie het verschillend' }).parentElement as HTMLElement;
    expect(group).toHaveTextContent('Samenwerking Hier zien jullie het verschillend. Dit is een gesprek dat jullie nog niet hebben gevoerd.');
  });

  it('exports the climate rows', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={climateOnly(CLIMATE)} />);
    await user.click(screen.getByRole('button', { name: 'Download het teamrapport (CSV)' }));
    const text = vi.mocked(downloadText).mock.calls[0]?.[1] ?? '';
    expect(text.startsWith(`\uFEFFWorkshop;Team Noord\r\nDatum;2026-12-03\r\n\r\nVragenlijst;${i18n.t('instrument:teamClimate.title')}, versie 1\r\n`)).toBe(true);
    expect(text).not.toContain('team-climate');
    expect(text).toMatch(/\r\nTemperatuur[^;]*;60\r\n/);
    expect(text).toContain('\r\nTeamklimaat;Warm\r\n');
    expect(text).toContain('\r\nKoudste element;Ruimte om te reflecteren\r\n');
    expect(text).toContain('\r\nRuimte om te reflecteren;6;25;0,0;1,00;veel overeenstemming;Koud\r\n');
  });
});

describe('TeamProfileView with the self-check and the team climate', () => {
  it('reveals the modes, then Teamklimaat, then both side by side at team level', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={both(MODES_TEAM, CLIMATE)} />);
    expect(screen.getByText('Het profiel gaat over 6 resultaten.')).toBeInTheDocument();
    expect(screen.getByText('Het teamklimaat gaat over 6 resultaten.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    expect(stepHeading('Stap 1: Hoe ver uit elkaar')).toHaveFocus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Stap 1 van 6: Hoe ver uit elkaar');
    for (const next of ['Midden', 'Verschillen', 'Werkwijzen']) await user.click(screen.getByRole('button', { name: `Volgende stap: ${next}` }));
    expect(stepHeading('Stap 4: Werkwijzen')).toBeInTheDocument();
    expect(stepHeading(/Teamklimaat/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgende stap: Teamklimaat' }));
    expect(stepHeading('Stap 5: Teamklimaat')).toBeInTheDocument();
    expect(bodyRows(screen.getByRole('table', { name: /^Elk element \(0 tot 100\)/ }))).toHaveLength(4);
    expect(stepHeading(/Werkwijzen en teamklimaat/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgende stap: Werkwijzen en teamklimaat' }));
    const step = screen.getByRole('region', { name: 'Stap 6: Werkwijzen en teamklimaat' });
    const profile = aggregateTeam(SELF_CHECK, MODES_TEAM, { minRespondents: 5 });
    if (profile.status !== 'shown' || !profile.window) throw new Error('expected a shown profile with a window');
    const { placement } = profile.window;
    expect(within(step).getByText(i18n.t(`modes:${placement}.display`), { selector: '.team-placement' })).toBeInTheDocument();
    expect(within(step).getByText('Warm', { selector: '.climate-band' })).toBeInTheDocument();
    expect(within(step).getByText('Koud (40 of lager): Ruimte om te reflecteren. Een koud element trekt de temperatuur omlaag.')).toBeInTheDocument();
    const questions = within(step).getByRole('heading', { level: 4, name: 'Vragen voor het gesprek' }).parentElement as HTMLElement;
    expect(within(questions).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      combinationQuestions(placement, 'hotSpot').map((id) => i18n.t(`team:combination.questions.${id}`)),
    );
    // Team level only: no table that sets one person's mode beside that person's climate.
    expect(within(step).queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende stap' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('keeps the self-check minimum as the gate and shows only the climate count while it is below its own minimum', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={both(MODES_TEAM, [...CLIMATE.slice(0, 3), {}, {}, {}])} />);
    expect(screen.getByText('Voor het teamklimaat zijn 3 van minimaal 5 resultaten binnen. Het verschijnt vanaf 5.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Laat het profiel zien' }));
    await user.click(screen.getByRole('button', { name: 'Toon alles' }));
    const step = screen.getByRole('region', { name: 'Stap 5: Teamklimaat' });
    expect(within(step).getByText('Voor het teamklimaat zijn 3 van minimaal 5 resultaten binnen. Het verschijnt vanaf 5.')).toBeInTheDocument();
    expect(within(step).queryByRole('table')).not.toBeInTheDocument();
    expect(within(step).queryByRole('figure')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Stap 6: Werkwijzen en teamklimaat' })).queryByRole('heading', { level: 4, name: 'Vragen voor het gesprek' })).not.toBeInTheDocument();
  });

  it('hides everything below the self-check minimum, whatever the climate', () => {
    render(<TeamProfileView workshop={both(MODES_TEAM.slice(0, 4), CLIMATE.slice(0, 4))} />);
    expect(screen.getByText('4 van minimaal 5 resultaten zijn binnen. Het profiel verschijnt vanaf 5.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('exports the self-check block, then the climate block', async () => {
    const user = userEvent.setup();
    render(<TeamProfileView workshop={both(MODES_TEAM, CLIMATE)} />);
    await user.click(screen.getByRole('button', { name: 'Download het teamrapport (CSV)' }));
    const text = vi.mocked(downloadText).mock.calls[0]?.[1] ?? '';
    const selfCheck = 'Vragenlijst;Zelfcheck: steun en verwachtingen, versie 1\r\n';
    const climate = `\r\n\r\nVragenlijst;${i18n.t('instrument:teamClimate.title')}, versie 1\r\n`;
    expect(text.startsWith(`\uFEFFWorkshop;Team Noord\r\nDatum;2026-12-03\r\n\r\n${selfCheck}`)).toBe(true);
    expect(text).toContain(climate);
    expect(text).toContain('\r\nTeamklimaat;Warm\r\n');
    expect(text.indexOf(selfCheck)).toBeLessThan(text.indexOf(climate));
  });
});

describe('TeamProfileView with the team climate in English', () => {
  it('uses the English words for the step, the band and the table', async () => {
    await setTestLanguage('en');
    const user = userEvent.setup();
    render(<TeamProfileView workshop={climateOnly(CLIMATE)} />);
    await user.click(screen.getByRole('button', { name: 'Show the profile' }));
    expect(stepHeading('Step 1: Team climate')).toBeInTheDocument();
    expect(screen.getByText('Hot spot', { selector: '.climate-band' })).toBeInTheDocument();
    expect(screen.getByText('Cold (40 or lower): Room to reflect and learn. A cold element pulls the temperature down.')).toBeInTheDocument();
    expect(screen.getByText('The coldest element is Room to reflect and learn. That is where the conversation starts.')).toBeInTheDocument();
    const rows = bodyRows(screen.getByRole('table', { name: /^Each element \(0 to 100\)/ }));
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Shared purpose',
      'Cooperation',
      'Crossing boundaries',
      'Room to reflect and learn',
    ]);
  });
});
