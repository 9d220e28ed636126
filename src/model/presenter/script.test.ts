import { describe, expect, it } from 'vitest';
import nlScript from '../../../locales/nl/script.json';
import enScript from '../../../locales/en/script.json';
import { climateLeaning, scriptTeam, type Leaning } from './script-teams';
import { DEFAULT_PLAN, planMinutes, planSteps, plannedSteps, QUESTION_VARIANTS, STEP_AVOID, stepMinutes, stepNotes, type ScriptPlan, type WorkshopLength } from './script';
import { presenterSteps, STEP_ORDER, type StepKey } from './steps';
import type { WallFigures } from '../workshop/wall';
import { thenAndNow, wallReport, type ThenAndNow } from '../workshop/then-and-now';
import { findInstrument } from '../instruments/registry';

const questionIds = (step: StepKey, figures: WallFigures) => stepNotes(step, figures, DEFAULT_PLAN).questions.map((q) => q.key.split('.').pop());

/** Eight members, all warm but on cooperation, where `cooperation` gives each member's leaning. */
function coldCooperation(cooperation: readonly number[], options: { noise?: number; seed?: number } = {}) {
  return scriptTeam(
    cooperation.map((c) => ({ self: { support: 4, expectations: 4 }, climate: climateLeaning(4, { cooperation: c }) })),
    { noise: options.noise ?? 0.8, seed: options.seed ?? 7 },
  );
}

describe('the questions follow the team figures', () => {
  it('asks a team that agrees an element is cold what keeps it cold, and a team that sees it differently who sees what', () => {
    const agreed = coldCooperation([2, 2, 2, 2, 2, 2, 2, 2]).figures;
    const split = coldCooperation([1, 1, 1, 1, 1, 4, 4, 4], { noise: 0.4 }).figures;
    // The model's own verdicts, which the script reads and never recomputes.
    const agreedClimate = agreed.climate?.climate;
    const splitClimate = split.climate?.climate;
    expect(agreedClimate?.status === 'shown' && agreedClimate.reading.coldest).toBe('cooperation');
    expect(agreedClimate?.status === 'shown' && agreedClimate.agreedCold).toContain('cooperation');
    expect(splitClimate?.status === 'shown' && splitClimate.reading.cold).toContain('cooperation');
    expect(splitClimate?.status === 'shown' && splitClimate.disagreed).toContain('cooperation');

    const first = (f: WallFigures) => stepNotes('climate', f, DEFAULT_PLAN).questions[0];
    expect(first(agreed)).toEqual({ key: 'steps.climate.questions.agreedCold', values: { element: 'cooperation' } });
    expect(first(split)).toEqual({ key: 'steps.climate.questions.seeDifferently', values: { element: 'cooperation' } });
    // Both cold on cooperation: the chain question (contact → trust) is the same, the opening is not.
    expect(questionIds('climate', agreed)[1]).toBe('chainCooperation');
    expect(questionIds('climate', split)[1]).toBe('chainCooperation');
  });

  it('asks what helped when the team moved beyond the measurement error, and what would make a difference when it did not', () => {
    const team = (support: number, seed: number) =>
      scriptTeam(Array.from({ length: 8 }, () => ({ self: { support, expectations: 3 }, climate: climateLeaning(3) })), { noise: 0.6, seed }).figures;
    const then = team(2, 3);
    // The wall's own comparison (then-and-now.ts), over the figures each workshop shows.
    const compare = (now: WallFigures) => thenAndNow(wallReport(then), wallReport(now), findInstrument);
    const moved = compare(team(4.5, 5));
    const same = compare(team(2, 11));
    expect(moved.centre?.support.changed).toBe(true);
    expect([same.centre?.support, same.centre?.expectations, same.temperature].some((c) => c?.changed === true)).toBe(false);
    const ids = (comparison: ThenAndNow) => stepNotes('thenNow', then, DEFAULT_PLAN, undefined, comparison).questions.map((q) => q.key.split('.').pop());
    expect(ids(moved)).toEqual(['whatChanged', 'whatHelped']);
    expect(ids(same)).toEqual(['noChange', 'nextTime']);
  });

  it('names the coldest element of the team, whichever it is, and asks about energy only when it is shown and cold', () => {
    const purposeCold = scriptTeam(Array.from({ length: 6 }, () => ({ climate: climateLeaning(4, { purpose: 2, energy: 1.5 }) })), { noise: 0.5 });
    expect(questionIds('climate', purposeCold.figures)).toEqual(['agreedCold', 'chainPurpose', 'energyLow']);
    const warm = scriptTeam(Array.from({ length: 6 }, () => ({ climate: climateLeaning(4.6, { reflection: 4 }) })), { noise: 0.5 });
    expect(questionIds('climate', warm.figures)).toEqual(['keepWarm', 'chainReflection']);
  });

  it('chooses the window questions by where the centre is and by the weaker side', () => {
    const voor = scriptTeam(Array.from({ length: 6 }, () => ({ self: { support: 4.6, expectations: 2.2 } })), { noise: 0.6 }).figures;
    expect(questionIds('window', voor)).toEqual(['inVOOR', 'agree', 'expectationsLower']);
    expect(questionIds('modes', voor)).toEqual(['recognise', 'forToThat']);
    expect(questionIds('wanted', voor)).toEqual(['where', 'moreExpectations']);
    const door = scriptTeam(Array.from({ length: 6 }, () => ({ self: { support: 1.8, expectations: 4.5 } })), { noise: 0.6 }).figures;
    expect(questionIds('window', door)).toEqual(['inDOOR', 'agree', 'supportLower']);
    expect(questionIds('actions', door)).toEqual(['oneAction', 'stepToMet', 'lookBack']);
  });

  it('asks a team split in two on an axis what each group sees, never who is in it', () => {
    const camps = scriptTeam(
      [1, 1, 1, 5, 5, 5].map((s) => ({ self: { support: s, expectations: 4 } })),
      { noise: 0 },
    ).figures;
    const notes = stepNotes('window', camps, DEFAULT_PLAN);
    expect(notes.questions[1]).toEqual({ key: 'steps.window.questions.twoGroups', values: { axis: 'support' } });
    expect(notes.avoid[0]).toEqual({ key: 'avoid.whose' });
  });
});

describe('a withheld figure never picks a question', () => {
  it('gives a team below the minimum the same questions whatever its answers', () => {
    const coldAgreed = scriptTeam(Array.from({ length: 4 }, () => ({ self: { support: 4.6, expectations: 2 }, climate: climateLeaning(4, { cooperation: 2 }) })));
    const warmSplit = scriptTeam([1, 1, 5, 5].map((s) => ({ self: { support: s, expectations: 5 }, climate: climateLeaning(4.8) })));
    expect(coldAgreed.figures.shown).toBe(false);
    for (const step of STEP_ORDER) {
      expect(stepNotes(step, coldAgreed.figures, DEFAULT_PLAN), step).toEqual(stepNotes(step, warmSplit.figures, DEFAULT_PLAN));
    }
    expect(questionIds('climate', coldAgreed.figures)).toEqual(['whatSee', 'surprise']);
    expect(questionIds('count', coldAgreed.figures)).toEqual(['takeTime', 'whyMinimum']);
  });

  it('never asks about energy when too few people answered it, however cold their answers', () => {
    // Six members, of whom three answer energy (and very cold): energy is withheld at a minimum of 5.
    const members = Array.from({ length: 6 }, (_, i) => {
      const climate: Leaning = climateLeaning(3.2);
      const { energy: _energy, ...noEnergy } = climate;
      return { climate: i < 3 ? { ...climate, energy: 1 } : noEnergy };
    });
    const { figures } = scriptTeam(members, { noise: 0 });
    expect(figures.climate?.climate.status === 'shown' && figures.climate.climate.energy.status).toBe('withheld');
    expect(questionIds('climate', figures)).not.toContain('energyLow');
    // The same team with energy answered cold by all: now it is shown, and it asks.
    const all = scriptTeam(Array.from({ length: 6 }, () => ({ climate: climateLeaning(3.2, { energy: 1 }) })), { noise: 0 });
    expect(questionIds('climate', all.figures)).toContain('energyLow');
  });
});

describe('the plan: length, hidden steps and minutes', () => {
  const plan = (length: WorkshopLength, hidden: StepKey[] = []): ScriptPlan => ({ length, hidden });

  it('leaves the modes, then and now, and the wanted point out of 45 minutes, and keeps every step at 90 and 180', () => {
    expect(planSteps(STEP_ORDER, plan(45))).toEqual(['join', 'count', 'window', 'climate', 'differ', 'agenda', 'actions']);
    expect(planSteps(STEP_ORDER, plan(90))).toEqual([...STEP_ORDER]);
    expect(planSteps(STEP_ORDER, plan(180))).toEqual([...STEP_ORDER]);
  });

  it('gives longer workshops more minutes a step, and never hides joining, the count or the actions', () => {
    for (const step of ['window', 'climate', 'differ', 'actions'] as const) {
      expect(stepMinutes(step, plan(45))).toBeLessThan(stepMinutes(step, plan(90)));
      expect(stepMinutes(step, plan(90))).toBeLessThan(stepMinutes(step, plan(180)));
    }
    expect(planSteps(STEP_ORDER, plan(90, ['join', 'count', 'actions', 'modes']))).toEqual(STEP_ORDER.filter((s) => s !== 'modes'));
    expect(stepMinutes('modes', plan(90, ['modes']))).toBe(0);
    expect(stepMinutes('modes', plan(45))).toBe(0);
  });

  it('makes the minutes of the kept steps add up to the length, whatever is hidden or missing', () => {
    const climateOnly = plannedSteps({ selfCheck: false, climate: true, earlier: false });
    const both = plannedSteps({ selfCheck: true, climate: true, earlier: true });
    for (const length of [45, 90, 180] as const) {
      for (const available of [STEP_ORDER, climateOnly, both, ['join', 'count', 'actions'] as StepKey[]]) {
        for (const hidden of [[], ['differ'], ['window', 'agenda', 'climate']] as StepKey[][]) {
          const minutes = planMinutes(available, plan(length, hidden));
          expect([...minutes.values()].reduce((a, b) => a + b, 0)).toBe(length);
          expect([...minutes.keys()]).toEqual(planSteps(available, plan(length, hidden)));
        }
      }
    }
  });

  it('gives a step its share of this team: a hidden step gives its time to the others', () => {
    const { figures } = coldCooperation([2, 2, 2, 2, 2, 2, 2, 2]);
    const steps = presenterSteps(figures, false);
    const full = stepNotes('climate', figures, plan(90), steps).minutes;
    const fewer = stepNotes('climate', figures, plan(90, ['window', 'modes']), steps).minutes;
    expect(fewer).toBeGreaterThan(full);
  });
});

describe('every text the script names exists in Dutch and in English', () => {
  type Tree = { [key: string]: Tree | string };
  const at = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
  const plural = (tree: Tree, key: string) => at(tree, key) ?? at(tree, `${key}_other`);

  it('has every question, condition, avoid and what-line of every step in both languages', () => {
    const keys: string[] = [];
    for (const step of STEP_ORDER) {
      keys.push(`steps.${step}.what`);
      for (const v of QUESTION_VARIANTS[step]) keys.push(`steps.${step}.questions.${v.id}`, `when.${v.when}`);
      for (const id of STEP_AVOID[step]) keys.push(`avoid.${id}`);
    }
    for (const tree of [nlScript, enScript] as Tree[]) expect(keys.filter((k) => typeof plural(tree, k) !== 'string')).toEqual([]);
  });

  it('returns only keys of its own list, with a value for every name its text uses', () => {
    const teams = [
      coldCooperation([2, 2, 2, 2, 2, 2, 2, 2]).figures,
      coldCooperation([1, 1, 1, 1, 1, 4, 4, 4], { noise: 0.4 }).figures,
      scriptTeam([1, 1, 1, 5, 5, 5].map((s) => ({ self: { support: s, expectations: 4 } })), { noise: 0 }).figures,
      scriptTeam(Array.from({ length: 4 }, () => ({ climate: climateLeaning(2) }))).figures,
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      teams.push(scriptTeam(Array.from({ length: 7 }, () => ({ self: { support: 3, expectations: 3 }, climate: climateLeaning(3) })), { seed, noise: 4 }).figures);
    }
    for (const figures of teams) {
      for (const step of STEP_ORDER) {
        const notes = stepNotes(step, figures, DEFAULT_PLAN);
        expect(notes.questions.length, step).toBeGreaterThanOrEqual(2);
        expect(notes.questions.length, step).toBeLessThanOrEqual(3);
        const listed = QUESTION_VARIANTS[step].map((v) => `steps.${step}.questions.${v.id}`);
        for (const q of notes.questions) {
          expect(listed).toContain(q.key);
          for (const tree of [nlScript, enScript] as Tree[]) {
            const text = at(tree, q.key) as string;
            const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
            expect(Object.keys(q.values ?? {}).sort(), q.key).toEqual([...new Set(names)].sort());
          }
        }
      }
    }
  });
});
