import type { ElementLevel } from '../model/climate/types';

/**
 * Cold to hot on a blue–orange scale: safe for the common kinds of colour blindness (never red
 * against green), and in every chart each colour also carries a word (koud / warm, cold spot /
 * hot spot), so nothing depends on colour alone.
 */
export const CLIMATE_COLOURS = {
  /** Areas: the cold zone (≤ 40), the middle, the warm zone (≥ 60). */
  coldFill: '#cfe3f3',
  middleFill: '#ececea',
  warmFill: '#fbd9b0',
  /** Words and marks: at least 4.5:1 on white; used by the team's and the person's climate charts alike. */
  cold: '#2166ac',
  middle: '#5f6368',
  warm: '#b35806',
  /** The team's mean and its range. */
  mark: '#1f2328',
} as const;

export const LEVEL_COLOUR: Readonly<Record<ElementLevel, string>> = {
  cold: CLIMATE_COLOURS.cold,
  middle: CLIMATE_COLOURS.middle,
  warm: CLIMATE_COLOURS.warm,
};
