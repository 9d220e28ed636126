import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import nlInstrument from '../../../locales/nl/instrument.json';
import nlPresenter from '../../../locales/nl/presenter.json';
import { climateOfTeam } from '../../model/climate/team';
import { keyedAnswers } from '../../model/climate/test-fixture';
import type { ShownTeamClimate } from '../../model/climate/types';
import { TEAM_CLIMATE } from '../../model/instruments/team-climate';
import { setTestLanguage } from '../../testing/render';
import { temperatureAt } from '../../testing/wall-band';
import { ClimateStep } from './climate-step';

/**
 * The wall's climate step (issue 19): the band in the lead is the zone the temperature's mark
 * stands in on the wall, the zones carry the band words, and the cold elements are named.
 */
function team(keyed: Parameters<typeof keyedAnswers>[0]): ShownTeamClimate {
  const climate = climateOfTeam(TEAM_CLIMATE, Array.from({ length: 6 }, () => keyedAnswers(keyed)), { minRespondents: 5 });
  if (climate.status !== 'shown') throw new Error('shown');
  return climate;
}

const bands = nlInstrument.teamClimate.bands;

beforeEach(async () => {
  await setTestLanguage('nl');
});

describe('the wall: band, scale and cold elements agree', () => {
  it('a hot temperature with a cold element: "Hot spot" in the hot zone, the cold element named', () => {
    // 25, 100, 100, 100: T = (2 · 125)^¼ → 74.4; the old rule said "Lauw" (not all four warm).
    const climate = team({ purpose: 2, cooperation: 5, boundaries: 5, reflection: 5, energy: 4 });
    const { container } = render(<ClimateStep climate={climate} />);
    expect(screen.getByText('Temperatuur 74: Warm')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^De temperatuur van het team is 74: Warm\./ })).toBeInTheDocument();
    expect(screen.getByText(/Koud: Gedeeld doel\./)).toBeInTheDocument();
    // The drawing: the zones carry the band words, and the mark stands in the hot zone at 74.
    const words = [...container.querySelectorAll('.zone-word')].map((t) => t.textContent);
    expect(words).toEqual([bands.coldSpot, bands.lukewarm, bands.hotSpot]);
    const mark = container.querySelector('.temperature-mark');
    expect(temperatureAt(Number(mark?.getAttribute('x1')))).toBe(74);
    expect(screen.queryByText(new RegExp(`: ${bands.lukewarm}$`))).not.toBeInTheDocument();
    expect(nlPresenter.climate).not.toHaveProperty('zone');
  });

  it('two cold elements and a temperature in the middle: "Lauw", both named', () => {
    // 25, 25, 100, 100: T = √10 → 54.1; the old rule said "Cold spot".
    const climate = team({ purpose: 2, cooperation: 2, boundaries: 5, reflection: 5, energy: 4 });
    const { container } = render(<ClimateStep climate={climate} />);
    expect(screen.getByText('Temperatuur 54: Lauw')).toBeInTheDocument();
    expect(screen.getByText(/Koud: Gedeeld doel en Samenwerking\./)).toBeInTheDocument();
    expect(temperatureAt(Number(container.querySelector('.temperature-mark')?.getAttribute('x1')))).toBe(54);
    // "Cold spot" stands only under its own zone of the scale.
    expect(screen.getAllByText('Koud', { exact: true }).map((el) => el.getAttribute('class'))).toEqual(['zone-word']);
  });
});
