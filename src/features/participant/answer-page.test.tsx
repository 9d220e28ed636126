import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AnswerPage from './answer-page';
import HandoverPage from './handover-page';
import { renderAt } from '../../testing/render';
import { CURRENT_SELF_CHECK as SELF_CHECK, findInstrument } from '../../model/instruments/registry';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import type { Instrument } from '../../model/instruments/types';
import { createJoinCode, type QuestionnaireSet } from '../../model/workshop/join-code';
import { decodeResultCode, tryDecodeResultCode } from '../../model/codec/result-code';
import { sortIntake } from '../../model/workshop/intake';
import { type Workshop } from '../../model/workshop/workshop';
import { addResults } from '../../model/workshop/result-set';
import { workshopCodeFromValues } from '../../model/codec/workshop-code';
import { useProgressStore } from '../../stores/progress-store';
import { useHistoryStore } from '../../stores/history-store';
import { useParticipationStore } from '../../stores/participation-store';

const codeFor = (questionnaires: QuestionnaireSet, hideOwnResult = false) => createJoinCode(() => 0.4, { hideOwnResult, questionnaires });
const page = (code: string) =>
  renderAt(`/join/${code}/answer`, [
    { path: '/join/:code/answer', element: <AnswerPage /> },
    { path: '/handover/:id', element: <HandoverPage /> },
  ]);

const all = (instrument: Instrument, value: 1 | 2 | 3 | 4 | 5) => Object.fromEntries(instrument.items.map((item) => [item.id, value]));

/** The questionnaire in progress, on its last statement with every statement answered. */
function seedLast(session: string, instrument: Instrument, value: 1 | 2 | 3 | 4 | 5) {
  useProgressStore.setState({
    sessions: {
      ...useProgressStore.getState().sessions,
      [session]: { instrumentId: instrument.id, instrumentVersion: instrument.version, answers: all(instrument, value), index: instrument.items.length - 1, startedAt: new Date().toISOString() },
    },
  });
}

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  useHistoryStore.setState({ results: [] });
  useParticipationStore.setState({ participations: [] });
});

describe('AnswerPage with two questionnaires', () => {
  it('runs the self-check, then the team climate, and hands over one code holding both', async () => {
    const user = userEvent.setup();
    const code = codeFor('both');
    seedLast(`join:${code}:self-check`, SELF_CHECK, 4);
    await page(code);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 1 van 2 · Zelfcheck/);
    await user.click(screen.getByRole('button', { name: 'Naar deel 2' }));

    // Between the two: the second part is named, nothing is handed over yet.
    expect(screen.getByRole('heading', { level: 1, name: 'Deel 2 van 2: het teamklimaat' })).toBeInTheDocument();
    expect(useParticipationStore.getState().participations).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Begin aan deel 2' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 2 van 2 · Teamklimaat/);
    expect(screen.getByText(`1 van ${TEAM_CLIMATE.items.length}`)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Past niet bij ons team' }));
    expect(useProgressStore.getState().sessions[`join:${code}:team-climate`]?.answers).toEqual({ c01: 'na' });

    // Skip ahead to the last statement rather than clicking through 28 of them.
    act(() => seedLast(`join:${code}:team-climate`, TEAM_CLIMATE, 2));
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Geef je resultaat door' })).toBeInTheDocument();
    const [participation, ...more] = useParticipationStore.getState().participations;
    expect(more).toHaveLength(0);
    expect(participation?.parts).toEqual([
      { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version, answers: all(SELF_CHECK, 4), marks: [] },
      { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version, answers: all(TEAM_CLIMATE, 2), marks: [] },
    ]);

    const text = screen.getByRole('status', { name: 'Je resultaatcode' }).textContent ?? '';
    const decoded = decodeResultCode(text, { findInstrument, expectedWorkshop: code });
    expect(decoded.nonce).toBe(participation?.nonce);
    expect(decoded.questionnaires.map((q) => [q.instrumentId, q.answers])).toEqual([
      [SELF_CHECK.id, all(SELF_CHECK, 4)],
      [TEAM_CLIMATE.id, all(TEAM_CLIMATE, 2)],
    ]);

    // One personal result per questionnaire; the link goes to the first.
    const history = useHistoryStore.getState().results;
    expect(history.map((r) => r.instrumentId).sort()).toEqual([SELF_CHECK.id, TEAM_CLIMATE.id]);
    expect(participation?.resultIds).toHaveLength(2);
    const first = history.find((r) => r.id === participation?.resultIds[0]);
    expect(first?.instrumentId).toBe(SELF_CHECK.id);
    expect(screen.getByRole('link', { name: 'Bekijk je eigen resultaat' })).toHaveAttribute('href', `/result/${first?.id}`);
    expect(screen.getByRole('link', { name: 'Bekijk ook je resultaat van het teamklimaat' })).toHaveAttribute('href', `/result/${participation?.resultIds[1]}`);
    // Nothing of the questionnaires is left in progress.
    expect(Object.keys(useProgressStore.getState().sessions)).toEqual([]);
  });

  it('resumes after a reload: between the parts, and inside the second part', async () => {
    const user = userEvent.setup();
    const code = codeFor('both');
    seedLast(`join:${code}:self-check`, SELF_CHECK, 5);
    const first = await page(code);
    await user.click(screen.getByRole('button', { name: 'Naar deel 2' }));
    first.unmount();

    const second = await page(code);
    expect(screen.getByRole('heading', { level: 1, name: 'Deel 2 van 2: het teamklimaat' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin aan deel 2' }));
    await user.click(screen.getByRole('radio', { name: 'Eens' }));
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    second.unmount();

    await page(code);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/deel 2 van 2/);
    expect(screen.getByText(`2 van ${TEAM_CLIMATE.items.length}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(screen.getByRole('radio', { name: 'Eens' })).toBeChecked();
  });

  it('keeps no personal results when the workshop shows results only together', async () => {
    const user = userEvent.setup();
    const code = codeFor('both', true);
    seedLast(`join:${code}:self-check`, SELF_CHECK, 3);
    await page(code);
    await user.click(screen.getByRole('button', { name: 'Naar deel 2' }));
    await user.click(screen.getByRole('button', { name: 'Begin aan deel 2' }));
    act(() => seedLast(`join:${code}:team-climate`, TEAM_CLIMATE, 3));
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));
    expect(await screen.findByText(/laat de resultaten alleen samen zien/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /resultaat/ })).not.toBeInTheDocument();
    expect(useHistoryStore.getState().results).toHaveLength(0);
    expect(useParticipationStore.getState().participations[0]?.resultIds).toEqual([]);
    expect(useParticipationStore.getState().participations[0]?.parts).toHaveLength(2);
  });
});

describe('AnswerPage with one questionnaire', () => {
  it('asks only the team climate when the code says so, without parts', async () => {
    const user = userEvent.setup();
    const code = codeFor('team-climate');
    seedLast(`join:${code}:team-climate`, TEAM_CLIMATE, 4);
    await page(code);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(/Teamklimaat/);
    expect(heading).not.toHaveTextContent(/deel/);
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn resultaat' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Geef je resultaat door' })).toBeInTheDocument();
    expect(useParticipationStore.getState().participations[0]?.parts.map((p) => p.instrumentId)).toEqual([TEAM_CLIMATE.id]);
    expect(screen.getByRole('link', { name: 'Bekijk je eigen resultaat' })).toBeInTheDocument();
  });

  it('asks the self-check for a code that says so', async () => {
    await page(codeFor('self-check'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Zelfcheck/);
    expect(screen.getByText(`1 van ${SELF_CHECK.items.length}`)).toBeInTheDocument();
  });

  it('says a code with the reserved questionnaire value comes from a newer app', async () => {
    await page(workshopCodeFromValues([0b00110, 1, 2, 3, 4]));
    expect(screen.getByRole('alert')).toHaveTextContent('Laad de pagina opnieuw terwijl je online bent.');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});

const workshopFor = (code: string): Workshop => ({
  id: 'w1',
  code,
  name: 'Team Noord',
  questionnaires: [
    { instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version },
    { instrumentId: TEAM_CLIMATE.id, instrumentVersion: TEAM_CLIMATE.version },
  ],
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: [],
});

/** What the facilitator's intake makes of the code on the hand-over screen. */
function takeIn(workshop: Workshop) {
  const text = screen.getByRole('status', { name: 'Je resultaatcode' }).textContent ?? '';
  return sortIntake(workshop, [{ source: text, outcome: tryDecodeResultCode(text, { findInstrument, expectedWorkshop: workshop.code }) }]);
}

describe('AnswerPage: "Ik wil hierover praten"', () => {
  it('lets a participant mark statements in both questionnaires; the marks reach the facilitator through the code', async () => {
    const user = userEvent.setup();
    const code = codeFor('both');
    seedLast(`join:${code}:self-check`, SELF_CHECK, 4);
    await page(code);
    const mark = screen.getByRole('button', { name: 'Ik wil hierover praten' });
    // Optional and off until pressed.
    expect(mark).toHaveAttribute('aria-pressed', 'false');
    expect(mark).toHaveAccessibleDescription(/Niet verplicht/);
    await user.click(mark);
    expect(screen.getByRole('button', { name: 'Ik wil hierover praten' })).toHaveAttribute('aria-pressed', 'true');
    // The statement before: its own toggle, not pressed.
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(screen.getByRole('button', { name: 'Ik wil hierover praten' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Volgende' }));
    await user.click(screen.getByRole('button', { name: 'Naar deel 2' }));
    await user.click(screen.getByRole('button', { name: 'Begin aan deel 2' }));
    act(() => seedLast(`join:${code}:team-climate`, TEAM_CLIMATE, 3));
    await user.click(await screen.findByRole('button', { name: 'Ik wil hierover praten' }));
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn resultaat' }));
    await screen.findByRole('heading', { level: 1, name: 'Geef je resultaat door' });

    const lastSelf = SELF_CHECK.items.at(-1)?.id;
    const lastClimate = TEAM_CLIMATE.items.at(-1)?.id;
    expect(useParticipationStore.getState().participations[0]?.parts.map((p) => p.marks)).toEqual([[lastSelf], [lastClimate]]);
    const { accepted, entries } = takeIn(workshopFor(code));
    expect(entries.map((e) => e.status.kind)).toEqual(['added']);
    expect(accepted[0]?.parts[SELF_CHECK.id]?.marks).toEqual([lastSelf]);
    expect(accepted[0]?.parts[TEAM_CLIMATE.id]?.marks).toEqual([lastClimate]);
  });

  it('hands over no marks when none are pressed', async () => {
    const user = userEvent.setup();
    const code = codeFor('self-check');
    seedLast(`join:${code}:self-check`, SELF_CHECK, 2);
    await page(code);
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn resultaat' }));
    await screen.findByRole('heading', { level: 1, name: 'Geef je resultaat door' });
    expect(useParticipationStore.getState().participations[0]?.parts[0]?.marks).toEqual([]);
  });
});

describe('AnswerPage: answering the same workshop again', () => {
  it('says the new answers replace the earlier ones, and the new code replaces the earlier code', async () => {
    const user = userEvent.setup();
    const code = codeFor('self-check');
    // The first time: no word about replacing.
    seedLast(`join:${code}:self-check`, SELF_CHECK, 2);
    const first = await page(code);
    expect(screen.queryByText(/vervangen de vorige/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn resultaat' }));
    await screen.findByRole('heading', { level: 1, name: 'Geef je resultaat door' });
    expect(screen.queryByText(/vervangt je vorige code/)).not.toBeInTheDocument();
    const workshop = workshopFor(code);
    const original = takeIn({ ...workshop, questionnaires: [workshop.questionnaires[0] as Workshop['questionnaires'][number]] });
    first.unmount();

    seedLast(`join:${code}:self-check`, SELF_CHECK, 5);
    await page(code);
    expect(screen.getByText('Je hebt deze workshop al eerder ingevuld op dit apparaat. Je nieuwe antwoorden vervangen de vorige.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bekijk mijn resultaat' }));
    await screen.findByRole('heading', { level: 1, name: 'Geef je resultaat door' });
    expect(screen.getByText(/Deze code vervangt je vorige code voor deze workshop/)).toBeInTheDocument();
    const [latest, earlier] = useParticipationStore.getState().participations;
    expect(latest?.chain).toEqual({ root: earlier?.nonce, seq: 1 });
    expect(latest?.nonce).not.toBe(earlier?.nonce);
    // The earlier code is listed as replaced; opened again, it says to hand over the newest.
    const listed = screen.getByRole('link', { name: /vervangen door een nieuwere code/ });
    expect(listed).toHaveAttribute('href', `/handover/${earlier?.id}`);
    await user.click(listed);
    expect(await screen.findByRole('alert')).toHaveTextContent('Geef alleen de nieuwste door.');
    await user.click(screen.getByRole('link', { name: 'Naar de nieuwste code' }));
    expect(await screen.findByText(/Deze code vervangt je vorige code/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // At the facilitator's: the new result takes the place of the old one; still one result.
    const withOriginal = { ...workshop, questionnaires: [workshop.questionnaires[0] as Workshop['questionnaires'][number]], results: original.accepted };
    const replacing = takeIn(withOriginal);
    expect(replacing.entries.map((e) => e.status.kind)).toEqual(['replaced']);
    expect(addResults(withOriginal.results, replacing.accepted).results).toHaveLength(1);
  });
});
