import type { TeamRadarPercents } from '../model/team/view-radar';
import type { RadarSeries } from './mode-radar';

/** Colours of the team radar: the band around the mean and the team's mean. */
export const TEAM_RADAR_COLOURS = {
  band: '#7fa9b7',
  inside: '#ffffff',
  mean: '#1d4e5f',
} as const;

/**
 * The team radar as three stacked series, drawn in this order (later on top):
 * 1. `high`: a light filled area up to the mean plus one SD;
 * 2. `low`: a nearly opaque white area up to the mean minus one SD, with a dashed edge in the
 *    band's colour, which cuts the middle out of the `high` area, so what stays coloured is the
 *    band of one SD around the mean (not lowest to highest: those are one person's spokes, and
 *    the wall shows no one person's numbers);
 * 3. `mean`: the team's mean as a bold dark line without fill, on top of the band.
 * Why a cut-out rather than two outlines: on a projector a coloured band reads from the back of
 * the room, two thin outlines do not. The white is not fully opaque so the grid stays faintly
 * visible inside. This works because every vertex of `low` lies at or inside the same vertex of
 * `high` (low ≤ mean ≤ high per mode), so the `low` polygon lies inside `high`.
 */
export function teamRadarSeries(percents: Pick<TeamRadarPercents, 'mean' | 'low' | 'high'>): RadarSeries[] {
  return [
    { key: 'high', values: percents.high, colour: TEAM_RADAR_COLOURS.band, fillOpacity: 0.55 },
    { key: 'low', values: percents.low, colour: TEAM_RADAR_COLOURS.band, fill: TEAM_RADAR_COLOURS.inside, fillOpacity: 0.85, dashed: true },
    { key: 'mean', values: percents.mean, colour: TEAM_RADAR_COLOURS.mean, fillOpacity: 0, strokeWidth: 4 },
  ];
}
