import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../testing/render';
import { useProgressStore } from '../../stores/progress-store';
import { CURRENT_SELF_CHECK as SELF_CHECK } from '../../model/instruments/registry';
import { QuestionnaireRunner } from './questionnaire-runner';
import type { Answers } from '../../model/instruments/types';

const everything: Answers = Object.fromEntries(SELF_CHECK.items.map((item) => [item.id, 3 as const]));
const [firstItem, secondItem] = SELF_CHECK.items;

beforeEach(() => {
  useProgressStore.setState({ sessions: {} });
});

const runner = (props: { allowMarks?: boolean; onFinish?: (answers: unknown, marks: readonly string[]) => void }) =>
  renderAt('/', [{ path: '/', element: <QuestionnaireRunner session="s" instrument={SELF_CHECK} onFinish={props.onFinish ?? (() => {})} allowMarks={props.allowMarks} /> }]);

describe('QuestionnaireRunner marks', () => {
  it('offers no "I want to talk about this" outside a workshop (the solo self-check)', async () => {
    await runner({});
    expect((await screen.findAllByRole('radio')).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Ik wil hierover praten' })).not.toBeInTheDocument();
  });

  it('keeps a mark per statement as the participant moves on, and hands them over in statement order', async () => {
    const user = userEvent.setup();
    const onFinish = vi.fn();
    await runner({ allowMarks: true, onFinish });
    await user.click(await screen.findByRole('button', { name: 'Ik wil hierover praten' }));
    await user.click(screen.getByRole('button', { name: 'Sla over' }));
    const second = screen.getByRole('button', { name: 'Ik wil hierover praten' });
    expect(second).toHaveAttribute('aria-pressed', 'false');
    await user.click(second);
    await user.click(screen.getByRole('button', { name: 'Ik wil hierover praten' }));
    // Pressed twice: not marked after all. Back to the first: still marked.
    expect(screen.getByRole('button', { name: 'Ik wil hierover praten' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Vorige' }));
    expect(screen.getByRole('button', { name: 'Ik wil hierover praten' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Sla over' }));
    await user.click(screen.getByRole('button', { name: 'Ik wil hierover praten' }));
    expect(useProgressStore.getState().sessions.s?.marks).toEqual([firstItem?.id, secondItem?.id]);

    // Straight to the last statement with every answer given, then finish.
    useProgressStore.setState({ sessions: { s: { ...useProgressStore.getState().sessions.s!, answers: everything, index: SELF_CHECK.items.length - 1 } } });
    await user.click(await screen.findByRole('button', { name: 'Bekijk mijn resultaat' }));
    expect(onFinish).toHaveBeenCalledWith(everything, [firstItem?.id, secondItem?.id]);
  });
});
