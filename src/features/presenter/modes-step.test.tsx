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
    expect(screen.getByText(/op een schaal van 0 tot 100/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^De modi van het team, van 0 tot 100: MET \d+, hoe ver uit elkaar \d+/ })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/%|procent/);
  });

  it('says a mode nobody answered has no number, never "0 ± 0"', () => {
    const window = profile.window!;
    const radar = window.radar.map((r) => (r.mode === 'NIET' ? { ...r, n: 0, mean: Number.NaN, sd: Number.NaN, min: Number.NaN, max: Number.NaN } : r));
    render(<ModesStep profile={{ ...profile, window: { ...window, radar } }} />);
    const row = within(screen.getByRole('table', { name: nl.modes.tableCaption })).getByRole('row', { name: /^NIET/ });
    expect(row).toHaveTextContent(nl.modes.absent);
    expect(row).not.toHaveTextContent(/\d/);
    expect(screen.getByRole('img', { name: /NIET: niemand gaf hier genoeg antwoorden/ })).toBeInTheDocument();
  });
});
