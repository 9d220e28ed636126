import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IntakePanel } from './intake-panel';
import { setTestLanguage } from '../../testing/render';
import { useWorkshopStore } from '../../stores/workshop-store';
import { SELF_CHECK } from '../../model/instruments/self-check';
import { toQrPayload, toTextCode } from '../../model/codec/result-code';
import { toResultFile } from '../../model/codec/result-file';
import { createJoinCode } from '../../model/workshop/join-code';
import type { Workshop } from '../../model/workshop/workshop';
import type { AnswerValue } from '../../model/instruments/types';

const code = createJoinCode(() => 0.3, { hideOwnResult: false });
const otherCode = createJoinCode(() => 0.6, { hideOwnResult: false });
const workshop: Workshop = {
  id: 'w1',
  code,
  name: 'Team Noord',
  questionnaires: [{ instrumentId: SELF_CHECK.id, instrumentVersion: SELF_CHECK.version }],
  minRespondents: 5,
  hideOwnResult: false,
  createdAt: '2026-12-03T09:00:00.000Z',
  results: [],
};
const answers = (v: AnswerValue) => Object.fromEntries(SELF_CHECK.items.map((i) => [i.id, v]));
const result = (v: AnswerValue, ws = code, nonce: number = v) => ({ workshopCode: ws, nonce, questionnaires: [{ instrument: SELF_CHECK, answers: answers(v) }] });
const stored = () => useWorkshopStore.getState().workshops[0]?.results ?? [];

function Panel() {
  const current = useWorkshopStore((s) => s.workshops[0]);
  return current ? <IntakePanel workshop={current} /> : null;
}

async function setup() {
  await setTestLanguage('nl');
  useWorkshopStore.setState({ workshops: [workshop] });
  const user = userEvent.setup();
  const view = render(<Panel />);
  const box = screen.getByRole('textbox', { name: /Resultaatcodes/ });
  const fileInput = view.container.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  return { user, box, fileInput };
}

beforeEach(() => useWorkshopStore.setState({ workshops: [] }));

describe('IntakePanel', () => {
  it('takes several pasted codes in at once and counts each once', async () => {
    const { user, box } = await setup();
    await user.click(box);
    await user.paste([toTextCode(result(1)), toTextCode(result(2)), toTextCode(result(1))].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    expect(stored()).toHaveLength(2);
    expect(screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' })).toHaveTextContent('2 nieuw opgenomen, 1 al ontvangen, 0 niet opgenomen.');
    await user.click(box);
    await user.paste(toTextCode(result(2)));
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    expect(stored()).toHaveLength(2);
    expect(screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' })).toHaveTextContent('was al ontvangen; telt één keer');
  });

  it('counts two people with identical answers as two results', async () => {
    const { user, box } = await setup();
    await user.click(box);
    await user.paste([toTextCode(result(3, code, 11)), toTextCode(result(3, code, 12)), toTextCode(result(3, code, 11))].join('\n'));
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    expect(stored()).toHaveLength(2);
    expect(screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' })).toHaveTextContent('2 nieuw opgenomen, 1 al ontvangen, 0 niet opgenomen.');
  });

  it('names the wrong block of a mistyped code, keeps it in the box, and stores nothing', async () => {
    const { user, box } = await setup();
    const good = toTextCode(result(4));
    const groups = good.split('-');
    const third = groups[2] ?? '';
    groups[2] = (third[0] === 'A' ? 'B' : 'A') + third.slice(1);
    const typo = groups.join('-');
    await user.click(box);
    await user.paste(typo);
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    expect(screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' })).toHaveTextContent(/blok 3 \(.{5}\) klopt niet/);
    expect(box).toHaveValue(typo);
    expect(stored()).toHaveLength(0);
  });

  it('refuses a code of another workshop, reads past a label, and says so for text without any code', async () => {
    const { user, box } = await setup();
    await user.click(box);
    await user.paste(`Anna: ${toTextCode(result(3, otherCode))}`);
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    const status = screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' });
    expect(status).toHaveTextContent('hoort bij workshop');
    expect(status).not.toHaveTextContent('Anna');
    await user.clear(box);
    await user.paste('hallo');
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    expect(screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' })).toHaveTextContent('geen resultaatcode van Modusspiegel');
    expect(stored()).toHaveLength(0);
  });

  it.each([
    ['an empty file', '', 'er staat niets in'],
    ['a file that is not ours', '{"hello":"world"}', 'dit bestand is geen resultaatbestand'],
    ['a huge file', 'x'.repeat(70 * 1024), 'te veel tekst of een te groot bestand'],
  ])('refuses %s with a message and changes nothing', async (_, text, message) => {
    const { user, fileInput } = await setup();
    await user.upload(fileInput, new File([text], 'result.json', { type: 'application/json' }));
    expect(await screen.findByText(new RegExp(`result.json: ${message}`))).toBeInTheDocument();
    expect(stored()).toHaveLength(0);
  });

  it('says what its own write added: codes another tab stored a moment ago count as already received', async () => {
    const { user, box } = await setup();
    // Another tab stored these three; this tab has not read storage since (no storage event yet).
    const theirs = [1, 2, 3].map((v) => result(v as AnswerValue));
    localStorage.setItem('modusspiegel:workshops', JSON.stringify({ state: { workshops: [{ ...workshop, results: theirs.map((r) => ({ fingerprint: toQrPayload(r), parts: { [SELF_CHECK.id]: { answers: answers(r.nonce as AnswerValue), marks: [] } }, nonce: r.nonce })) }] }, version: 2 }));
    await user.click(box);
    await user.paste([...theirs, result(4)].map(toTextCode).join('\n'));
    await user.click(screen.getByRole('button', { name: 'Neem de codes op' }));
    const status = screen.getByRole('status', { name: 'Wat er met de codes en bestanden gebeurde' });
    await waitFor(() => expect(status).toHaveTextContent('1 nieuw opgenomen, 3 al ontvangen, 0 niet opgenomen.'));
    expect(stored()).toHaveLength(4);
  });

  it('takes result files in, one or several', async () => {
    const { user, fileInput } = await setup();
    const files = [1, 2, 3].map((v) => new File([toResultFile(result(v as AnswerValue))], `r${v}.json`, { type: 'application/json' }));
    await user.upload(fileInput, files);
    expect(await screen.findByText('3 nieuw opgenomen, 0 al ontvangen, 0 niet opgenomen.')).toBeInTheDocument();
    expect(stored()).toHaveLength(3);
  });
});
