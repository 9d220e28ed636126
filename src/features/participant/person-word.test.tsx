import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JoinPage from './join-page';
import AnswerPage from './answer-page';
import { renderAt } from '../../testing/render';
import { createJoinCode } from '../../model/workshop/join-code';
import { joinUrl } from '../../lib/join-url';
import { useProgressStore } from '../../stores/progress-store';
import { usePersonWordStore } from '../../stores/person-word-store';

const code = createJoinCode(() => 0.4, { hideOwnResult: false, questionnaires: 'self-check' });
const routes = [
  { path: '/join/:code', element: <JoinPage /> },
  { path: '/join/:code/answer', element: <AnswerPage /> },
];
/** The part of the join address the phone's app reads: what follows the '#'. */
const route = (address: string | null) => address?.split('#')[1] ?? '';
const hosted = { origin: 'https://team.example.org', pathname: '/', protocol: 'https:' };

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
  usePersonWordStore.getState().forget();
});

describe('the phone names the person as the workshop does (decision 85)', () => {
  it('a join link made with "jongere": the phone\'s statements say "jongere"', async () => {
    const user = userEvent.setup();
    await renderAt(route(joinUrl(code, hosted, null, 'youth')), routes);
    await user.click(screen.getByRole('button', { name: 'Doe mee' }));
    expect(await screen.findByRole('group', { name: 'Als een jongere iets vertelt, luister ik met volle aandacht.' })).toBeInTheDocument();
    expect(screen.getByText(/stellingen over je werk met jongeren\./)).toBeInTheDocument();
  });

  it('the workshop\'s word wins over the word chosen on the phone for its own self-check', async () => {
    usePersonWordStore.getState().choose('patient');
    await renderAt(`/join/${code}/answer?w=youth`, routes);
    expect(await screen.findByRole('group', { name: /^Als een jongere iets vertelt/ })).toBeInTheDocument();
  });

  it('an old join link, without a word, says "cliënt"', async () => {
    const user = userEvent.setup();
    await renderAt(`/join/${code}`, routes);
    await user.click(screen.getByRole('button', { name: 'Doe mee' }));
    expect(await screen.findByRole('group', { name: 'Als een cliënt iets vertelt, luister ik met volle aandacht.' })).toBeInTheDocument();
  });

  it('a word the app does not know reads as "cliënt"', async () => {
    await renderAt(`/join/${code}/answer?w=<b>iedereen</b>`, routes);
    expect(await screen.findByRole('group', { name: /^Als een cliënt iets vertelt/ })).toBeInTheDocument();
  });

  it('a code typed over the link\'s code does not take the link\'s word', async () => {
    const user = userEvent.setup();
    const other = createJoinCode(() => 0.7, { hideOwnResult: false, questionnaires: 'self-check' });
    await renderAt(`/join/${code}?w=youth`, routes);
    const field = screen.getByRole('textbox');
    await user.clear(field);
    await user.type(field, other);
    await user.click(screen.getByRole('button', { name: 'Doe mee' }));
    expect(await screen.findByRole('group', { name: /^Als een cliënt iets vertelt/ })).toBeInTheDocument();
  });
});
