import { describe, expect, it } from 'vitest';
import { findInstrument } from '../instruments/registry';
import { demoWorkshop } from './demo';
import { linkedThenAndNow, linkSameTeam, sameTeamCandidates, sameTeamLink } from './same-team';
import { selfCheckWorkshop } from './test-workshops';
import { wallFigures } from './wall';
import type { Workshop } from './workshop';

/**
 * Issue 20, item 4: the wall compared Team Noord with Team Oost, the newest earlier workshop with
 * the same questionnaires, and named it. Now only the facilitator's link counts.
 */
const real = (w: Workshop): Workshop => ({ ...w, demo: undefined });
const noord = real(demoWorkshop({ id: 'noord', name: 'Team Noord', createdAt: '2026-12-03T09:00:00.000Z' }));
const noordBefore = { ...real(demoWorkshop({ id: 'noord-1', name: 'Team Noord, vorig jaar', createdAt: '2025-12-03T09:00:00.000Z' })), results: noord.results.slice(1) };
const oost = real(demoWorkshop({ id: 'oost', name: 'Team Oost', createdAt: '2026-11-20T09:00:00.000Z' }));
const selfCheckOnly = selfCheckWorkshop('ABCDEF', [], { id: 'self-only', createdAt: '2026-01-01T09:00:00.000Z' });
const later = real(demoWorkshop({ id: 'later', name: 'Team Noord, volgend jaar', createdAt: '2027-12-03T09:00:00.000Z' }));
const demo = demoWorkshop({ id: 'demo', name: 'Voorbeeldteam', createdAt: '2026-01-01T09:00:00.000Z' });
const all = [noord, noordBefore, oost, selfCheckOnly, later, demo];
const wall = (w: Workshop) => wallFigures(w, w.results, findInstrument);
const linked = (to: string) => {
  const w = linkSameTeam(all, noord, to);
  if (!w) throw new Error(`could not link ${to}`);
  return w;
};

describe('the workshops a facilitator may link', () => {
  it('are the earlier ones with the same questionnaires and versions, real with real, newest first', () => {
    expect(sameTeamCandidates(all, noord).map((w) => w.id)).toEqual(['oost', 'noord-1']);
    expect(sameTeamCandidates(all, { ...noord, demo: true }).map((w) => w.id)).toEqual(['demo']);
  });

  it('refuses a link to another questionnaire set, a later workshop, a demo team, itself or a workshop not on this device', () => {
    for (const id of ['self-only', 'later', 'demo', 'noord', 'gone']) expect(linkSameTeam(all, noord, id)).toBeNull();
  });

  it('keeps a link, and removes it again', () => {
    expect(linked('noord-1').sameTeamAs).toBe('noord-1');
    expect(linkSameTeam(all, linked('noord-1'), undefined)).not.toHaveProperty('sameTeamAs');
  });
});

describe('then and now compares only with the linked workshop', () => {
  it('compares nothing without a link, though two earlier workshops of the same questionnaires are here', () => {
    expect(sameTeamLink(all, noord)).toEqual({ status: 'none' });
    expect(linkedThenAndNow(all, noord, wall(noord), findInstrument)).toBeNull();
  });

  it('compares with the linked workshop, not with the newest one', () => {
    const current = linked('noord-1');
    const result = linkedThenAndNow(all, current, wall(current), findInstrument);
    expect(result?.then.date).toBe('2025-12-03');
    expect(result?.comparison.centre).not.toBeNull();
    expect(result?.comparison.temperature).not.toBeNull();
  });

  it('ignores a link to a workshop that was deleted', () => {
    const current = linked('noord-1');
    const rest = all.filter((w) => w.id !== 'noord-1');
    expect(sameTeamLink(rest, current)).toEqual({ status: 'missing' });
    expect(linkedThenAndNow(rest, current, wall(current), findInstrument)).toBeNull();
  });

  it('refuses a stored link to another questionnaire set (a changed store) and compares nothing', () => {
    const current = { ...noord, sameTeamAs: 'self-only' };
    expect(sameTeamLink(all, current)).toEqual({ status: 'refused' });
    expect(linkedThenAndNow(all, current, wall(current), findInstrument)).toBeNull();
  });

  it('never compares with an earlier workshop below its minimum', () => {
    const few = { ...noordBefore, results: noordBefore.results.slice(0, 4) };
    const current = linked('noord-1');
    expect(linkedThenAndNow([noord, few], current, wall(current), findInstrument)).toBeNull();
    const raised = { ...noordBefore, minRespondents: 8 };
    expect(linkedThenAndNow([noord, raised], current, wall(current), findInstrument)).toBeNull();
  });
});
