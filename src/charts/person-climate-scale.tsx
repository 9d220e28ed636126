import { useId } from 'react';
import { CLIMATE_LEVELS as BOUNDS, scaleMarkAt } from '../model/climate/temperature';
import { LEVEL_COLOUR } from './climate-colours';

interface PersonClimateScaleProps {
  /** 0–100; null draws the scale without a marker. */
  value: number | null;
  /** The words at the marker, e.g. "58 · Lauw". */
  markerLabel: string;
  /** Words under the three zones: cold, middle, warm (for the temperature: the band words). */
  zones: { cold: string; middle: string; warm: string };
  /** A smaller scale, for energy beside the temperature. */
  small?: boolean;
}

const WIDTH = 320;
const PAD = 14;
const TRACK = WIDTH - 2 * PAD;
const x = (v: number) => PAD + (Math.min(100, Math.max(0, v)) / 100) * TRACK;

/**
 * A cold-to-warm scale from 0 to 100 (blue to orange), the zones named under it, and a marker
 * with its words above it. Purely visual: the figure around it carries the words and the table.
 */
export function PersonClimateScale({ value, markerLabel, zones, small = false }: PersonClimateScaleProps) {
  const gradient = useId();
  const barY = small ? 22 : 28;
  const barH = small ? 10 : 16;
  const height = barY + barH + 34;
  const zoneLabels = [
    { key: 'cold', text: zones.cold, at: BOUNDS.coldTo / 2, colour: LEVEL_COLOUR.cold },
    { key: 'middle', text: zones.middle, at: (BOUNDS.coldTo + BOUNDS.warmFrom) / 2, colour: '#3d4247' },
    { key: 'warm', text: zones.warm, at: (BOUNDS.warmFrom + 100) / 2, colour: LEVEL_COLOUR.warm },
  ];
  // At the value as shown, so the marker stands in the zone whose word it carries.
  const markerX = value === null ? null : x(scaleMarkAt(value));
  // Keep the marker's words inside the drawing near either end.
  const anchor = markerX === null ? 'middle' : markerX < 60 ? 'start' : markerX > WIDTH - 60 ? 'end' : 'middle';
  return (
    <svg
      className="person-climate person-climate-scale"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: 560, height: 'auto', display: 'block' }}
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <linearGradient id={gradient} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0%" stopColor="#2166ac" />
          <stop offset="40%" stopColor="#92c5de" />
          <stop offset="50%" stopColor="#f7f7f7" />
          <stop offset="60%" stopColor="#fdb863" />
          <stop offset="100%" stopColor="#b35806" />
        </linearGradient>
      </defs>
      <rect x={PAD} y={barY} width={TRACK} height={barH} rx={3} fill={`url(#${gradient})`} stroke="#3d4247" strokeWidth={0.75} />
      {[0, BOUNDS.coldTo, BOUNDS.warmFrom, 100].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={barY - 3} y2={barY + barH + 3} stroke="#3d4247" strokeWidth={1} />
          <text x={x(tick)} y={barY + barH + 14} fontSize={10} textAnchor="middle" fill="#3d4247">
            {tick}
          </text>
        </g>
      ))}
      {zoneLabels.map((zone) => (
        <text key={zone.key} x={x(zone.at)} y={barY + barH + 28} fontSize={small ? 11 : 12} fontWeight={600} textAnchor="middle" fill={zone.colour}>
          {zone.text}
        </text>
      ))}
      {markerX !== null && (
        <g>
          <line x1={markerX} x2={markerX} y1={barY - 4} y2={barY + barH + 4} stroke="#1f2328" strokeWidth={3} />
          <path d={`M ${markerX - 6} ${barY - 10} L ${markerX + 6} ${barY - 10} L ${markerX} ${barY - 3} Z`} fill="#1f2328" />
          <text x={markerX} y={barY - 13} fontSize={small ? 11 : 13} fontWeight={700} textAnchor={anchor} fill="#1f2328">
            {markerLabel}
          </text>
        </g>
      )}
    </svg>
  );
}
