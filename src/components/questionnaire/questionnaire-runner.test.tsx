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

describe('QuestionnaireRunner keyboard order', () => {
  it('lets Tab reach the way forward before "Vorige", and reads them in that order', async () => {
    const user = userEvent.setup();
    await runner({});
    await user.click(await screen.findByRole('button', { name: 'Sla over' }));
    // On statement 2 focus is on the answers; choose one, then Tab.
    await user.click(screen.getAllByRole('radio')[3]!);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Volgende' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Vorige' })).toHaveFocus();
    // Back again with Shift+Tab: Volgende, then the answers.
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Volgende' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getAllByRole('radio')[3]).toHaveFocus();
    // A screen reader meets them in the same order as Tab does.
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons.indexOf('Volgende')).toBeLessThan(buttons.indexOf('Vorige'));
  });

  it('on the first statement: Tab from the answers reaches "Sla over", and "Vorige" is not a tab stop', async () => {
    const user = userEvent.setup();
    await runner({});
    expect((await screen.findAllByRole('radio'))[0]).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Sla over' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Vorige' })).toBeDisabled();
  });
});
