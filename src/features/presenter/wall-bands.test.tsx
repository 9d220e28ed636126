import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import nl from '../../../locales/nl/presenter.json';
import { findInstrument } from '../../model/instruments/registry';
import { MODES } from '../../model/instruments/types';
import { reportRadar } from '../../model/team-report/build';
import { shownFigure } from '../../model/team-report/figures';
import { radarFigures } from '../../model/team-report/radar-figures';
import { sdBand } from '../../model/team-report/sd-band';
import { teamRadarPercents } from '../../model/team/view-radar';
import { demoWorkshop } from '../../model/workshop/demo';
import { shownClimate, shownProfile, wallFigures } from '../../model/workshop/wall';
import { useWorkshopStore } from '../../stores/workshop-store';
import { radarPolygonValues, temperatureAt } from '../../testing/wall-band';
import { renderAt } from '../../testing/render';
import PresenterPage from './presenter-page';

// Rendering the whole presenter is slow on a loaded machine; the tests assert behaviour, never time.
vi.setConfig({ testTimeout: 30_000 });

const DEMO = demoWorkshop({ id: 'demo', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' });
const figures = wallFigures(DEMO, DEMO.results, findInstrument);

async function showStep(name: string) {
  useWorkshopStore.setState({ workshops: [DEMO] });
  const { container } = await renderAt('/workshops/demo/present', [{ path: '/workshops/:id/present', element: <PresenterPage /> }]);
  await userEvent.setup().click(within(screen.getByRole('navigation', { name: nl.steps.label })).getByRole('button', { name: new RegExp(name) }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(name);
  return container;
}

describe('the wall draws one SD around the mean, never one person’s lowest or highest', () => {
  it('draws the radar band from mean − SD to mean + SD and says the SD per mode', async () => {
    const radar = shownProfile(figures)?.window?.radar ?? [];
    const percents = teamRadarPercents(radar);
    // The demo team must tell the two apart, or this test could not fail.
    expect(MODES.some((m) => percents.max[m] !== percents.high[m] || percents.min[m] !== percents.low[m])).toBe(true);
    const container = await showStep(nl.steps.modes);
    const outer = radarPolygonValues(container.querySelector('.wall-radar .radar-band')?.getAttribute('points') ?? '');
    const inner = radarPolygonValues(container.querySelector('.wall-radar .radar-inside')?.getAttribute('points') ?? '');
    // What the team report holds and shows of the same radar (decision 68): mean and SD to 0.1, then whole points.
    const shown = radarFigures(reportRadar(radar));
    for (const m of MODES) {
      const entry = radar.find((r) => r.mode === m);
      if (entry?.status !== 'shown' || !entry.sd) throw new Error(`the demo team has an SD on ${m}`);
      // Whole points of mean ± SD as the file holds them (0.1), within 0–100.
      const mean = Math.round(entry.mean * 10) / 10;
      const sd = Math.round(entry.sd * 10) / 10;
      expect(outer[m], m).toBe(shownFigure(Math.min(100, mean + sd)));
      expect(inner[m], m).toBe(shownFigure(Math.max(0, mean - sd)));
      expect([outer[m], inner[m]], m).toEqual([shown.shape.high[m], shown.shape.low[m]]);
    }
    expect(MODES.some((m) => outer[m] !== percents.max[m] || inner[m] !== percents.min[m])).toBe(true);
    const table = screen.getByRole('table', { name: nl.modes.tableCaption });
    for (const m of MODES) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${m}\\b`, 'i') });
      expect(row).toHaveTextContent(`${shown.mean[m]}`);
      expect(row).toHaveTextContent(`± ${shown.sd[m]}`);
      // A spoke is a score from 0 to 100, not a share of the room: no "%" anywhere on the step.
      expect(row).not.toHaveTextContent('%');
    }
    expect(document.querySelector('.wall')).not.toHaveTextContent(/%|procent/);
  });

  it('draws and names the temperature’s band of one SD, and each element and energy with its SD', async () => {
    const climate = shownClimate(figures);
    if (!climate) throw new Error('the demo team shows its climate');
    expect(climate.spread.max).not.toBeCloseTo(Math.min(100, climate.temperature + climate.spread.sd), 0);
    const container = await showStep(nl.steps.climate);
    const line = container.querySelector('.wall-temperature .temperature-band');
    const { low, high } = sdBand(climate.temperature, climate.spread.sd);
    expect(temperatureAt(Number(line?.getAttribute('x1')))).toBeCloseTo(low, 0);
    expect(temperatureAt(Number(line?.getAttribute('x2')))).toBeCloseTo(high, 0);
    const most = nl.climate.most.replace('{{low}}', String(shownFigure(low))).replace('{{high}}', String(shownFigure(high)));
    expect(screen.getByText(most)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: new RegExp(most.replace('.', '\\.')) })).toBeInTheDocument();
    for (const e of climate.elements) expect(document.body).toHaveTextContent(`(${shownFigure(e.mean)} ± ${shownFigure(e.sd)})`);
    if (climate.energy.status !== 'shown') throw new Error('the demo team shows its energy');
    expect(document.body).toHaveTextContent(`(${shownFigure(climate.energy.mean)} ± ${shownFigure(climate.energy.sd)})`);
    // Nothing on the step spells out the members' coldest or warmest temperature.
    const words = document.querySelector('.wall')?.textContent ?? '';
    expect(words).not.toContain(`${Math.round(climate.spread.min)} en`);
    expect(words).not.toContain(`en ${Math.round(climate.spread.max)}`);
  });
});
