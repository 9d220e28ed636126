import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import nlScript from '../../../locales/nl/script.json';
import enScript from '../../../locales/en/script.json';
import nlInstrument from '../../../locales/nl/instrument.json';
import enInstrument from '../../../locales/en/instrument.json';
import { DEFAULT_PLAN } from '../../model/presenter/script';
import { climateLeaning, scriptTeam } from '../../model/presenter/script-teams';
import { setTestLanguage } from '../../testing/render';
import { StepNotesPanel } from './step-notes-panel';

/** Eight members, warm but on cooperation, whose leanings on cooperation are given. */
const team = (cooperation: readonly number[], noise: number) =>
  scriptTeam(
    cooperation.map((c) => ({ self: { support: 4, expectations: 4 }, climate: climateLeaning(4, { cooperation: c }) })),
    { noise, seed: 7 },
  ).figures;

const fill = (text: string, element: string) => text.replace('{{element}}', element);

beforeEach(async () => {
  await setTestLanguage('nl');
});

describe('the facilitator notes for a step', () => {
  it('asks a team that agrees cooperation is cold what keeps it cold, with what to avoid and the time', () => {
    render(<StepNotesPanel step="climate" figures={team([2, 2, 2, 2, 2, 2, 2, 2], 0.8)} plan={DEFAULT_PLAN} />);
    const panel = screen.getByRole('region', { name: /Aantekeningen bij deze stap: Het teamklimaat/ });
    const [questions, avoid] = within(panel).getAllByRole('list');
    const agreed = fill(nlScript.steps.climate.questions.agreedCold, nlInstrument.scales.cooperation);
    expect(within(questions!).getAllByRole('listitem').map((li) => li.textContent)).toContain(agreed);
    expect(within(avoid!).getAllByRole('listitem')[0]).toHaveTextContent(nlScript.avoid.whose);
    expect(panel).toHaveTextContent(nlScript.steps.climate.what);
    expect(panel).toHaveTextContent(/Ongeveer \d+ minuten/);
  });

  it('asks a team split on cooperation who sees what instead, in English too', async () => {
    const split = team([1, 1, 1, 1, 1, 4, 4, 4], 0.4);
    const { unmount } = render(<StepNotesPanel step="climate" figures={split} plan={DEFAULT_PLAN} />);
    const nlText = fill(nlScript.steps.climate.questions.seeDifferently, nlInstrument.scales.cooperation);
    expect(screen.getByText(nlText)).toBeInTheDocument();
    expect(screen.queryByText(fill(nlScript.steps.climate.questions.agreedCold, nlInstrument.scales.cooperation))).toBeNull();
    unmount();
    await setTestLanguage('en');
    render(<StepNotesPanel step="climate" figures={split} plan={DEFAULT_PLAN} />);
    expect(screen.getByRole('heading', { level: 2, name: /Notes for this step/ })).toBeInTheDocument();
    expect(screen.getByText(fill(enScript.steps.climate.questions.seeDifferently, enInstrument.scales.cooperation))).toBeInTheDocument();
  });

  it('shows a team below the minimum only questions that fit any team', () => {
    const few = scriptTeam(Array.from({ length: 4 }, () => ({ climate: climateLeaning(4, { cooperation: 2 }) }))).figures;
    render(<StepNotesPanel step="climate" figures={few} plan={DEFAULT_PLAN} />);
    const items = screen.getAllByRole('list')[0]!;
    expect(within(items).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      nlScript.steps.climate.questions.whatSee,
      nlScript.steps.climate.questions.surprise,
    ]);
    expect(document.body).not.toHaveTextContent(nlInstrument.scales.cooperation);
  });

  it('says when a step is not in the plan', () => {
    render(<StepNotesPanel step="modes" figures={team([2, 2, 2, 2, 2, 2, 2, 2], 0.8)} plan={{ length: 45, hidden: [] }} />);
    expect(screen.getByText(nlScript.panel.notInPlan)).toBeInTheDocument();
  });
});
