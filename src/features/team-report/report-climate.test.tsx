import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { ReportClimate } from '../../model/team-report/types';
import { setTestLanguage } from '../../testing/render';
import { ReportClimateSection } from './report-climate';

const agreement = { rwg: 0.62, band: 'moderate' } as const;
const figures = (mean: number, level: 'warm' | 'middle' | 'cold') => ({ n: 6, mean, sd: 10, level, agreement });

/**
 * A climate as a team report file written before decision 63 held it: temperature 65.1 with the
 * band of the old rule ("Cold spot": two elements at 40) and one decimal.
 */
const OLD: ReportClimate = {
  instrumentId: 'team-climate',
  instrumentVersion: 1,
  count: 6,
  incomplete: 0,
  temperature: 65.1,
  spread: { sd: 8 },
  band: 'coldSpot',
  coldest: 'purpose',
  elements: [
    { element: 'purpose', ...figures(40, 'cold') },
    { element: 'cooperation', ...figures(40, 'cold') },
    { element: 'boundaries', ...figures(100, 'warm') },
    { element: 'reflection', ...figures(100, 'warm') },
  ],
  energy: { status: 'shown', ...figures(55, 'middle') },
  agreedCold: ['purpose', 'cooperation'],
  disagreed: [],
};

beforeEach(async () => {
  await setTestLanguage('nl');
});

describe('the report: the band of its own numbers', { timeout: 20_000 }, () => {
  it('reads an older file whose stored band contradicts its temperature as the zone of that temperature, with the cold elements named', () => {
    render(<ReportClimateSection climate={OLD} fileStem="x" min={5} />);
    expect(screen.getByText('Het teamklimaat: Warm, 65 van 100.')).toBeInTheDocument();
    expect(screen.getByText(/^De temperatuur is 60 of hoger: warm\./)).toBeInTheDocument();
    expect(screen.getByText('Koud (40 of lager): Gedeeld doel en Samenwerking. Een koud element trekt de temperatuur omlaag.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'De temperatuur van het team (0 tot 100)' });
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['', '65', '8', 'Warm']);
    expect(screen.getByRole('img', { name: /^Temperatuur 65: Warm\./ })).toBeInTheDocument();
    expect(screen.queryByText(/Het teamklimaat: Koud/)).not.toBeInTheDocument();
  });
});
