import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import { findInstrument } from '../../model/instruments/registry';
import { demoWorkshop } from '../../model/workshop/demo';
import { shownProfile, wallFigures } from '../../model/workshop/wall';
import { setTestLanguage } from '../../testing/render';
import { ModesStep } from './modes-step';

const DEMO = demoWorkshop({ id: 'demo', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' });
const profile = shownProfile(wallFigures(DEMO, DEMO.results, findInstrument))!;

beforeEach(async () => {
  await setTestLanguage('nl');
});

describe('the modes on the wall', () => {
  it('reads a spoke as a score from 0 to 100, never as a percentage of the room', () => {
    render(<ModesStep profile={profile} />);
    expect(screen.getByText(/het team samen, van 0 tot 100\./)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^De werkwijzen van het team, van 0 tot 100: MET \d+, hoe ver uit elkaar \d+/ })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/%|procent/);
  });

  it('withholds a spoke of fewer than the minimum: the reason in its row and in the figure, no number and no point', () => {
    const window = profile.window!;
    const radar = window.radar.map((r) => (r.mode === 'NIET' ? { mode: 'NIET' as const, status: 'withheld' as const } : r));
    const { container } = render(<ModesStep profile={{ ...profile, window: { ...window, radar } }} />);
    const row = within(screen.getByRole('table', { name: nl.modes.tableCaption })).getByRole('row', { name: /^NIET/ });
    expect(row).toHaveTextContent('Niet getoond: minder dan 5 mensen gaven hier antwoord');
    expect(row).not.toHaveTextContent(/\d\s*±|±\s*\d/);
    expect(screen.getByRole('img', { name: /NIET: niet getoond, minder dan 5 mensen gaven hier genoeg antwoorden/ })).toBeInTheDocument();
    // No closed polygon through the centre: the band and line are drawn only between spokes with a figure.
    expect(container.querySelector('.wall-radar .radar-band[points]')?.getAttribute('points')?.split(' ')).toHaveLength(4);
    expect(container.querySelectorAll('.wall-radar .radar-point')).toHaveLength(3);
    expect(container.querySelector('.wall-radar .radar-withheld')).not.toBeNull();
  });
});
