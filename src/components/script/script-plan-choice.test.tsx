import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import nlScript from '../../../locales/nl/script.json';
import nlPresenter from '../../../locales/nl/presenter.json';
import { setTestLanguage } from '../../testing/render';
import { eraseAllLocalData } from '../../stores/erase-all';
import { forgetScriptPlan } from '../../stores/script-plan-store';
import { ScriptPlanChoice } from './script-plan-choice';

const steps = nlPresenter.steps;

beforeEach(async () => {
  localStorage.clear();
  forgetScriptPlan('w1');
  forgetScriptPlan('w2');
  await setTestLanguage('nl');
});

describe('choosing the length and the steps of a workshop', () => {
  it('starts at 90 minutes with every step, and keeps join, count and actions whatever is chosen', () => {
    render(<ScriptPlanChoice workshopId="w1" />);
    expect(screen.getByRole('radio', { name: '90 minuten' })).toBeChecked();
    for (const name of [steps.join, steps.count, steps.actions]) {
      const box = screen.getByRole('checkbox', { name: new RegExp(`^${name.replace('?', '\\?')}`) });
      expect(box).toBeChecked();
      expect(box).toBeDisabled();
    }
    expect(screen.getByRole('checkbox', { name: steps.modes })).toBeEnabled();
  });

  it('leaves the modes out at 45 minutes, by keyboard, and remembers it for this workshop only', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ScriptPlanChoice workshopId="w1" />);
    await user.click(screen.getByRole('radio', { name: '90 minuten' }));
    // Arrow keys move through a radio group: 90 → 180 → 45.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: '45 minuten' })).toBeChecked();
    const modes = screen.getByRole('checkbox', { name: new RegExp(`^${steps.modes}`) });
    expect(modes).not.toBeChecked();
    expect(modes).toBeDisabled();
    expect(modes).toHaveAccessibleName(`${steps.modes} (${nlScript.plan.leftOut.replace('{{minutes}}', '45')})`);
    unmount();
    render(<ScriptPlanChoice workshopId="w1" />);
    expect(screen.getByRole('radio', { name: '45 minuten' })).toBeChecked();
  });

  it('hides a step the facilitator unticks, and a deleted workshop or "Wis alles" forgets the choice', async () => {
    const user = userEvent.setup();
    const first = render(<ScriptPlanChoice workshopId="w2" />);
    await user.click(screen.getByRole('checkbox', { name: steps.differ }));
    expect(screen.getByRole('checkbox', { name: steps.differ })).not.toBeChecked();
    first.unmount();
    // Another workshop keeps its own plan.
    const other = render(<ScriptPlanChoice workshopId="w1" />);
    expect(screen.getByRole('checkbox', { name: steps.differ })).toBeChecked();
    other.unmount();

    forgetScriptPlan('w2');
    const again = render(<ScriptPlanChoice workshopId="w2" />);
    expect(screen.getByRole('checkbox', { name: steps.differ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '180 minuten' }));
    again.unmount();
    eraseAllLocalData();
    render(<ScriptPlanChoice workshopId="w2" />);
    expect(screen.getByRole('radio', { name: '90 minuten' })).toBeChecked();
  });
});
