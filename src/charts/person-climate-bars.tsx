import type { ElementLevel } from '../model/climate/types';
import { CLIMATE_LEVELS, scaleMarkAt } from '../model/climate/temperature';
import { CLIMATE_COLOURS, LEVEL_COLOUR } from './climate-colours';

export interface PersonClimateBar {
  readonly key: string;
  /** The element's name, drawn above its bar. */
  readonly label: string;
  /** 0–100, or null: no bar, only `valueText`. */
  readonly value: number | null;
  readonly level: ElementLevel | null;
  /** The number and the word at the end of the bar, e.g. "79 · warm" (or "geen uitkomst"). */
  readonly valueText: string;
}

const WIDTH = 320;
const LEFT = 4;
const TRACK = 236;
const ROW = 40;
const x = (v: number) => LEFT + (Math.min(100, Math.max(0, v)) / 100) * TRACK;

/**
 * One horizontal bar per element, 0 (cold) to 100 (warm), coloured by level, with the middle zone
 * (40–60) shaded behind and the number and word after each bar. Purely visual: the figure around
 * it carries the table.
 */
export function PersonClimateBars({ bars }: { bars: readonly PersonClimateBar[] }) {
  const { coldTo, warmFrom } = CLIMATE_LEVELS;
  const height = bars.length * ROW + 18;
  return (
    <svg
      className="person-climate person-climate-bars"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: 560, height: 'auto', display: 'block' }}
      aria-hidden="true"
      focusable="false"
    >
      <rect x={x(coldTo)} y={0} width={x(warmFrom) - x(coldTo)} height={bars.length * ROW} fill={CLIMATE_COLOURS.middleFill} />
      {bars.map((bar, i) => {
        const top = i * ROW;
        const barY = top + 17;
        const end = bar.value === null ? LEFT : x(scaleMarkAt(bar.value));
        return (
          <g key={bar.key}>
            <text x={LEFT} y={top + 12} fontSize={12} fontWeight={600} fill="#1f2328">
              {bar.label}
            </text>
            <rect x={LEFT} y={barY} width={TRACK} height={16} fill="none" stroke="#c9c6bf" strokeWidth={1} />
            {bar.value !== null && bar.level !== null && (
              <rect x={LEFT} y={barY} width={Math.max(1.5, end - LEFT)} height={16} fill={LEVEL_COLOUR[bar.level]} />
            )}
            <text
              x={bar.value === null ? LEFT + 6 : Math.min(end + 5, LEFT + TRACK + 5)}
              y={barY + 12}
              fontSize={11}
              fontWeight={600}
              fill={bar.level ? LEVEL_COLOUR[bar.level] : '#3d4247'}
              // A value near 100 would reach past the track: its words go after the track instead.
              textAnchor="start"
            >
              {bar.valueText}
            </text>
          </g>
        );
      })}
      {[0, coldTo, warmFrom, 100].map((tick) => (
        <text key={tick} x={x(tick)} y={bars.length * ROW + 12} fontSize={10} textAnchor="middle" fill="#3d4247">
          {tick}
        </text>
      ))}
    </svg>
  );
}
