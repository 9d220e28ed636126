import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { demoWorkshop } from './demo';
import { restoreWorkshop } from './restore-workshop';
import { shownClimate, shownProfile, wallFigures } from './wall';
import { sameSetup, workshopSchema } from './workshop';
import { selfCheckWorkshop } from './test-workshops';

const make = () => demoWorkshop({ id: 'demo-1', name: 'Voorbeeldteam', createdAt: '2026-12-03T09:00:00.000Z' });

describe('the demo team', () => {
  it('is the same team on every run, marked as a demo, and valid as a stored workshop', () => {
    const demo = make();
    expect(make()).toEqual(demo);
    expect(demo.demo).toBe(true);
    expect(workshopSchema.safeParse(demo).success).toBe(true);
    expect(demo.results).toHaveLength(8);
  });

  it('holds real result codes: restoring it from storage or a file drops nothing', () => {
    const restored = restoreWorkshop(make(), findInstrument);
    expect(restored?.dropped).toBe(0);
    expect(restored?.workshop.results).toEqual(make().results);
  });

  it('has a shown team profile, a climate, disputed statements and an agenda, so every presenter step has data', () => {
    const demo = make();
    const figures = wallFigures(demo, demo.results, findInstrument);
    expect(figures.shown).toBe(true);
    expect(shownProfile(figures)?.count).toBe(8);
    expect(shownClimate(figures)?.count).toBe(8);
    expect(figures.differences.length).toBeGreaterThan(0);
    expect(figures.agenda.map((a) => a.itemId)).toEqual(expect.arrayContaining(['c02', 's20', 's25']));
    expect(figures.agenda.every((a) => a.marks >= 2)).toBe(true);
  });

  it('never counts as the same workshop as another, so an import never merges into it or from it', () => {
    const demo = make();
    expect(sameSetup(demo, demo)).toBe(false);
    expect(sameSetup(demo, { ...demo, demo: undefined })).toBe(false);
    const real = selfCheckWorkshop('ABCDEF');
    expect(sameSetup(real, { ...real })).toBe(true);
  });
});
