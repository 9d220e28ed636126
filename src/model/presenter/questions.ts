/**
 * Which questions the script gives the facilitator for a step, chosen by the team's figures as
 * the wall may show them (issue 22, docs/presenter.md "The script"). Every choice reads a verdict
 * the model already made: the centre's placement (scoring's placementOf), an axis's or element's
 * agreement words (team/agreement.ts), the climate's band, coldest element, agreed-cold and
 * disagreed elements (climate/team.ts), the weaker axis (scoring/reflection.ts). Nothing here
 * computes a verdict of its own. Only shown figures choose: shownProfile and shownClimate are null
 * below the minimum, and a withheld figure (energy or a spoke of too few people) has no level or
 * mean to choose by, so the question is then one that fits any team.
 */
import { round1 } from '../team-report/figures';
import type { ClimateElement } from '../climate/types';
import { weakerAxisQuestion } from '../scoring/reflection';
import type { ShownTeamProfile } from '../team/types';
import { shownClimate, shownProfile, type WallFigures } from '../workshop/wall';
import type { StepKey } from './steps';
import type { ThenAndNow } from '../workshop/then-and-now';

/** A question of the script: `steps.<step>.questions.<id>` in the `script` namespace, with its values. */
export interface ChosenQuestion {
  readonly id: string;
  readonly values?: Readonly<Record<string, string>>;
}

/**
 * Every question a step can get and when it is chosen (`when.<when>` in the `script` namespace),
 * in the order the chooser tries them: the printed guide lists them before the team is shown.
 * `fallback` questions are asked when the figures that would choose are not shown.
 */
export const QUESTION_VARIANTS: Readonly<Record<StepKey, readonly { readonly id: string; readonly when: string }[]>> = {
  join: [
    { id: 'hope', when: 'always' },
    { id: 'honest', when: 'always' },
  ],
  count: [
    { id: 'takeTime', when: 'belowMinimum' },
    { id: 'whyMinimum', when: 'belowMinimum' },
    { id: 'guess', when: 'minimumMet' },
    { id: 'firstLook', when: 'minimumMet' },
  ],
  window: [
    { id: 'inMET', when: 'placeMET' },
    { id: 'inVOOR', when: 'placeVOOR' },
    { id: 'inNIET', when: 'placeNIET' },
    { id: 'inDOOR', when: 'placeDOOR' },
    { id: 'between', when: 'placeBetween' },
    { id: 'twoGroups', when: 'axisSplit' },
    { id: 'seeDifferently', when: 'axisLow' },
    { id: 'agree', when: 'axesAgree' },
    { id: 'supportLower', when: 'supportLower' },
    { id: 'expectationsLower', when: 'expectationsLower' },
    { id: 'axesBalanced', when: 'axesBalanced' },
    { id: 'whatSee', when: 'fallback' },
    { id: 'surprise', when: 'fallback' },
  ],
  modes: [
    { id: 'recognise', when: 'always' },
    { id: 'keepMet', when: 'placeMET' },
    { id: 'forToThat', when: 'placeVOOR' },
    { id: 'notToWith', when: 'placeNIET' },
    { id: 'toToWith', when: 'placeDOOR' },
    { id: 'mixed', when: 'placeBetween' },
    { id: 'whatSee', when: 'fallback' },
  ],
  climate: [
    { id: 'seeDifferently', when: 'coldestDisagreed' },
    { id: 'agreedCold', when: 'coldestAgreedCold' },
    { id: 'coldPartly', when: 'coldestColdLow' },
    { id: 'keepWarm', when: 'hotSpot' },
    { id: 'coldest', when: 'otherwise' },
    { id: 'chainBoundaries', when: 'coldestBoundaries' },
    { id: 'chainCooperation', when: 'coldestCooperation' },
    { id: 'chainPurpose', when: 'coldestPurpose' },
    { id: 'chainReflection', when: 'coldestReflection' },
    { id: 'energyLow', when: 'energyCold' },
    { id: 'whatSee', when: 'fallback' },
    { id: 'surprise', when: 'fallback' },
  ],
  thenNow: [
    { id: 'whatChanged', when: 'changedBeyondNoise' },
    { id: 'whatHelped', when: 'changedBeyondNoise' },
    { id: 'noChange', when: 'noChangeBeyondNoise' },
    { id: 'nextTime', when: 'noChangeBeyondNoise' },
  ],
  differ: [
    { id: 'readIt', when: 'always' },
    { id: 'climateExample', when: 'firstClimate' },
    { id: 'clientExample', when: 'firstSelfCheck' },
    { id: 'bothTrue', when: 'always' },
  ],
  agenda: [
    { id: 'pickFirst', when: 'severalMarked' },
    { id: 'oneTopic', when: 'oneMarked' },
    { id: 'whyTalk', when: 'always' },
  ],
  wanted: [
    { id: 'where', when: 'always' },
    { id: 'moreSupport', when: 'supportLower' },
    { id: 'moreExpectations', when: 'expectationsLower' },
    { id: 'bothSteps', when: 'axesBalanced' },
  ],
  actions: [
    { id: 'oneAction', when: 'always' },
    { id: 'warmCold', when: 'climateShown' },
    { id: 'stepToMet', when: 'placeNotMet' },
    { id: 'smallStep', when: 'otherwise' },
    { id: 'lookBack', when: 'always' },
  ],
};

/** The weaker-axis verdict of scoring/reflection.ts on the centre as the wall shows it (to 0.1, decision 68). */
function weakerAxis(profile: ShownTeamProfile): 'supportLower' | 'expectationsLower' | 'axesBalanced' | null {
  const centre = profile.window?.centre;
  if (!centre) return null;
  const id = weakerAxisQuestion(round1(centre.support), round1(centre.expectations));
  return id === 'supportLower' || id === 'expectationsLower' ? id : 'axesBalanced';
}

/** The first of the window's two axes (support first) whose agreement words are in `bands`. */
function axisWith(profile: ShownTeamProfile, bands: readonly string[]): 'support' | 'expectations' | null {
  const axes = profile.window?.axes;
  if (!axes) return null;
  for (const axis of ['support', 'expectations'] as const) {
    const band = profile.scales.find((s) => s.scale === axes[axis])?.agreement.band;
    if (band && bands.includes(band)) return axis;
  }
  return null;
}

const CHAIN: Readonly<Record<ClimateElement, string>> = {
  boundaries: 'chainBoundaries',
  cooperation: 'chainCooperation',
  purpose: 'chainPurpose',
  reflection: 'chainReflection',
};

const FALLBACK: readonly ChosenQuestion[] = [{ id: 'whatSee' }, { id: 'surprise' }];

/** The two or three questions for `step`, chosen from the figures the wall may show (QUESTION_VARIANTS says when). */
export function chooseQuestions(step: StepKey, figures: WallFigures, thenNow: ThenAndNow | null = null): ChosenQuestion[] {
  const profile = shownProfile(figures);
  const climate = shownClimate(figures);
  const placement = profile?.window?.placement ?? null;
  switch (step) {
    case 'join':
      return [{ id: 'hope' }, { id: 'honest' }];
    case 'count':
      return figures.shown ? [{ id: 'guess' }, { id: 'firstLook' }] : [{ id: 'takeTime' }, { id: 'whyMinimum' }];
    case 'window': {
      const weaker = profile && weakerAxis(profile);
      if (!profile || !placement || !weaker) return [...FALLBACK];
      const split = axisWith(profile, ['split']);
      const low = axisWith(profile, ['none', 'low']);
      const agreement: ChosenQuestion = split
        ? { id: 'twoGroups', values: { axis: split } }
        : low
          ? { id: 'seeDifferently', values: { axis: low } }
          : { id: 'agree' };
      return [{ id: placement === 'between' ? 'between' : `in${placement}` }, agreement, { id: weaker }];
    }
    case 'modes': {
      if (!profile || !placement) return [{ id: 'recognise' }, { id: 'whatSee' }];
      const byPlace = { MET: 'keepMet', VOOR: 'forToThat', NIET: 'notToWith', DOOR: 'toToWith', between: 'mixed' } as const;
      return [{ id: 'recognise' }, { id: byPlace[placement] }];
    }
    case 'climate': {
      if (!climate) return [...FALLBACK];
      const coldest = climate.reading.coldest;
      const element = { element: coldest };
      const agreement = climate.elements.find((e) => e.element === coldest)?.agreement.band;
      const first: ChosenQuestion = climate.disagreed.includes(coldest)
        ? { id: 'seeDifferently', values: element }
        : climate.agreedCold.includes(coldest)
          ? { id: 'agreedCold', values: element }
          : climate.reading.cold.includes(coldest) && agreement === 'low'
            ? { id: 'coldPartly', values: element }
            : climate.reading.band === 'hotSpot'
              ? { id: 'keepWarm', values: element }
              : { id: 'coldest', values: element };
      const questions: ChosenQuestion[] = [first, { id: CHAIN[coldest] }];
      // Energy withheld (too few people) has no level: it never chooses.
      if (climate.energy.status === 'shown' && climate.energy.level === 'cold') questions.push({ id: 'energyLow' });
      return questions;
    }
    case 'thenNow': {
      // The wall's own verdict per figure (then-and-now.ts: beyond the measurement error or not).
      const changes = thenNow ? [thenNow.centre?.support, thenNow.centre?.expectations, thenNow.temperature] : [];
      const noneBeyondNoise = thenNow !== null && !changes.some((c) => c?.changed === true);
      return noneBeyondNoise ? [{ id: 'noChange' }, { id: 'nextTime' }] : [{ id: 'whatChanged' }, { id: 'whatHelped' }];
    }
    case 'differ': {
      const first = figures.differences[0];
      if (!first) return [{ id: 'readIt' }, { id: 'bothTrue' }];
      const fromClimate = figures.climate !== null && first.instrumentId === figures.climate.instrument.id;
      return [{ id: 'readIt' }, { id: fromClimate ? 'climateExample' : 'clientExample' }, { id: 'bothTrue' }];
    }
    case 'agenda':
      return [{ id: figures.agenda.length > 1 ? 'pickFirst' : 'oneTopic' }, { id: 'whyTalk' }];
    case 'wanted': {
      const weaker = profile && weakerAxis(profile);
      const byAxis = { supportLower: 'moreSupport', expectationsLower: 'moreExpectations', axesBalanced: 'bothSteps' } as const;
      return [{ id: 'where' }, { id: weaker ? byAxis[weaker] : 'bothSteps' }];
    }
    case 'actions': {
      const middle: ChosenQuestion = climate
        ? { id: 'warmCold', values: { element: climate.reading.coldest } }
        : placement && placement !== 'MET' && placement !== 'between'
          ? { id: 'stepToMet' }
          : { id: 'smallStep' };
      return [{ id: 'oneAction' }, middle, { id: 'lookBack' }];
    }
  }
}

/** What to avoid at each step (`avoid.<id>`): never asking whose dot or answer is whose comes first, at every step. */
export const STEP_AVOID: Readonly<Record<StepKey, readonly string[]>> = {
  join: ['whose', 'lookPhones'],
  count: ['whose', 'whoMissing'],
  window: ['whose', 'verdict'],
  modes: ['whose', 'verdict'],
  climate: ['whose', 'blame'],
  thenNow: ['whose', 'smallChange'],
  differ: ['whose', 'guessPart'],
  agenda: ['whose', 'whoMarked'],
  wanted: ['whose', 'decideForTeam'],
  actions: ['whose', 'tooMany'],
};
