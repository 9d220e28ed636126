import type { TeamRadarPercents } from '../model/team/view-radar';
import type { RadarSeries } from './mode-radar';

/** Colours of the team radar: the min–max band and the team's mean. */
export const TEAM_RADAR_COLOURS = {
  band: '#7fa9b7',
  inside: '#ffffff',
  mean: '#1d4e5f',
} as const;

/**
 * The team radar as three stacked series, drawn in this order (later on top):
 * 1. `max`: a light filled area up to the highest value in the team;
 * 2. `min`: a nearly opaque white area up to the lowest value, with a dashed edge in the band's
 *    colour, which cuts the middle out of the `max` area, so what stays coloured is the band from
 *    lowest to highest;
 * 3. `mean`: the team's mean as a bold dark line without fill, on top of the band.
 * Why a cut-out rather than two outlines: on a projector a coloured band reads from the back of
 * the room, two thin outlines do not. The white is not fully opaque so the grid stays faintly
 * visible inside. This works because every vertex of `min` lies at or inside the same vertex of
 * `max` (the model guarantees min ≤ max per mode), so the `min` polygon lies inside `max`.
 */
export function teamRadarSeries(percents: TeamRadarPercents): RadarSeries[] {
  return [
    { key: 'max', values: percents.max, colour: TEAM_RADAR_COLOURS.band, fillOpacity: 0.55 },
    { key: 'min', values: percents.min, colour: TEAM_RADAR_COLOURS.band, fill: TEAM_RADAR_COLOURS.inside, fillOpacity: 0.85, dashed: true },
    { key: 'mean', values: percents.mean, colour: TEAM_RADAR_COLOURS.mean, fillOpacity: 0, strokeWidth: 4 },
  ];
}
